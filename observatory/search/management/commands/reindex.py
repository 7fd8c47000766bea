"""``observatory reindex``: rebuild the search index from the library (it is derived data)."""

import sys

from django.core.management.base import BaseCommand
from tqdm import tqdm

from observatory.search.services import rebuild
from observatory.search.writer import drain_for_command


class Command(BaseCommand):
    help = "Rebuild the search index from the library."

    def handle(self, *args, **options):
        bar = tqdm(desc="indexing", unit="paragraph", file=sys.stderr, disable=None)

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        count = rebuild(progress)
        bar.close()
        self.stdout.write(f"Indexed {count} paragraphs.")
        self.stdout.write(drain_for_command())
