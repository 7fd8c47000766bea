"""``observatory make-demo-corpus FOLDER [--formats pdf,docx,txt] [--annotations] [--pages N]``.

Writes the demo documents as real files (``<slug>.<lang>.<ext>``); with ``--annotations`` also their hand
annotations (``<slug>.<lang>.expected.json``) beside them, ready for ``observatory score-extraction``.
``--formats none`` writes no rendered file (to refresh annotations only). ``--pages N`` instead writes a
larger corpus of at least N pages in all six languages, for the ingestion benchmark.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from observatory.library.demo_corpus import (
    FORMATS,
    documents,
    generate_pages,
    write_annotations,
    write_corpus,
)


class Command(BaseCommand):
    help = "Write the demo corpus (PDF, DOCX, text) and optionally its hand annotations."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path)
        parser.add_argument("--formats", default="pdf,docx,txt", help=f"among {','.join(FORMATS)}, or none")
        parser.add_argument("--annotations", action="store_true", help="also write the expected contracts")
        parser.add_argument("--pages", type=int, help="write a benchmark corpus of at least this many pages")

    def handle(self, *args, folder: Path, formats: str, annotations: bool, pages: int | None, **options):
        if folder.exists() and not folder.is_dir():
            raise CommandError(f"{folder}: exists and is not a folder")
        if pages is not None:
            if pages < 1:
                raise CommandError("--pages: give a number of pages of at least 1")
            written = generate_pages(pages, folder, progress=self._progress)
            self.stdout.write(f"Wrote {len(written)} files of at least {pages} pages in {folder}.")
            return
        chosen = [] if formats.strip() == "none" else [f.strip() for f in formats.split(",") if f.strip()]
        unknown = [f for f in chosen if f not in FORMATS]
        if unknown:
            raise CommandError(f"--formats: unknown format {unknown[0]!r}; choose among {', '.join(FORMATS)}")
        written = write_corpus(folder, chosen, progress=self._progress)
        if annotations:
            written += write_annotations(folder, documents())
        self.stdout.write(f"Wrote {len(written)} files in {folder}.")

    def _progress(self, path: Path) -> None:
        self.stderr.write(f"  {path.name}")
