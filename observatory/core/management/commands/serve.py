"""``observatory serve``: serve the portal (127.0.0.1:8000 by default), with the search index writer in
a thread of the same process (``--no-index-writer`` leaves it to ``observatory index-writer``) and the
reminders of calls for information sent every hour (``--no-reminders`` leaves them to a cron job running
``observatory send-reminders``) and the directory's reconfirmation requests every six hours
(``--no-reconfirmations``; ``observatory send-reconfirmations``).

Static files are served by WhiteNoise, so this works with DEBUG off. For production, run
``observatory.config.wsgi`` under a WSGI server behind a proxy (docs/operations.md).
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve the portal on 127.0.0.1:8000 (or --host/--port)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--reload", action="store_true", help="restart when the code changes")
        parser.add_argument("--no-index-writer", dest="index_writer", action="store_false")
        parser.add_argument("--no-reminders", dest="reminders", action="store_false")
        parser.add_argument("--no-reconfirmations", dest="reconfirmations", action="store_false")

    def handle(self, *args, host, port, reload, index_writer, reminders, reconfirmations, **options):
        address = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        if index_writer:
            from observatory.search.writer import WriterThread

            WriterThread().start()
        if reminders:
            from observatory.collection.scheduler import reminder_thread

            reminder_thread().start()
        if reconfirmations:
            from observatory.directory.scheduler import reconfirmation_thread

            reconfirmation_thread().start()
        call_command("runserver", address, use_reloader=reload, use_threading=True)
