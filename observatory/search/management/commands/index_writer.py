"""``observatory index-writer [--once]``: the index writer as a process of its own (for deployments
that serve with a WSGI server; ``observatory serve`` runs one in a thread)."""

import time

from django.core.management.base import BaseCommand

from observatory.search.writer import POLL_SECONDS, drain_for_command, holder_name, write_pending


class Command(BaseCommand):
    help = "Write the vectors of newly indexed paragraphs, polling every second (or once, with --once)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="drain the queue and stop")

    def handle(self, *args, once, **options):
        if once:
            self.stdout.write(drain_for_command())
            return
        holder = holder_name()
        self.stdout.write(f"Index writer {holder}: polling every {POLL_SECONDS:g} s (Ctrl-C stops).")
        try:
            while True:
                written = write_pending(holder=holder)
                if written:
                    self.stdout.write(f"  {written} vectors written")
                time.sleep(POLL_SECONDS)
        except KeyboardInterrupt:
            self.stdout.write("Index writer stopped.")
