"""``observatory import PATH… [--kind K] [--symbol S] [--language L] [--state ISO3]``.

Imports files, or every file in folders, into the library: a progress bar, one transaction per document,
and a summary; then proposes lineage and evidence for the resolutions and reports that changed. Files
that cannot be read are listed with their reason; the others are imported; the exit code is 1 when any
file failed.
"""

import sys
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from observatory.accounts.permissions import SYSTEM
from observatory.core.languages import CONTENT_LANGUAGES
from observatory.countries.models import State
from observatory.library.models import Document, DocumentKind, Visibility
from observatory.library.services import import_file
from observatory.mandates.extraction import MANDATE_KINDS
from observatory.mandates.services import suggest_for_document
from observatory.search.writer import drain_for_command


def files_under(paths: list[Path]) -> list[Path]:
    """The files named, and the files inside the folders named (recursively, sorted, hidden ones left out)."""
    found = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and not any(part.startswith(".") for part in p.parts)
                )
            )
        else:
            found.append(path)
    return found


class Command(BaseCommand):
    help = "Import files or folders into the library (PDF, DOCX, HTML, text, Markdown)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--kind", choices=DocumentKind.values)
        parser.add_argument("--symbol", help="the UN symbol (for a single document)")
        parser.add_argument("--language", choices=CONTENT_LANGUAGES)
        parser.add_argument("--state", help="ISO3 code of the submitting State")
        parser.add_argument("--visibility", choices=Visibility.values, default=Visibility.PUBLIC)

    def handle(self, *args, paths, kind, symbol, language, state, visibility, **options):
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"no such file or folder: {', '.join(missing)}")
        submitter = None
        if state:
            submitter = State.objects.filter(iso3=state.upper()).first()
            if submitter is None:
                raise CommandError(f"--state {state}: no State has this ISO3 code")
        files = files_under(paths)
        if symbol and len(files) > 1:
            raise CommandError("--symbol names one document: give it with a single file")
        counts, failures, changed = Counter(), [], []
        for path in tqdm(files, desc="importing", unit="file", file=sys.stderr, disable=None):
            outcome = import_file(
                SYSTEM,
                path,
                kind=kind,
                symbol=symbol,
                language=language,
                state=submitter,
                visibility=visibility,
            )
            counts[outcome.status] += 1
            if outcome.status in ("imported", "updated"):
                changed.append(outcome.key)
            if outcome.status == "failed":
                failures.append(outcome.reason)
        self.stdout.write(
            f"{len(files)} files: {counts['imported']} imported, {counts['updated']} updated, "
            f"{counts['unchanged']} unchanged, {counts['failed']} failed"
        )
        for reason in failures:
            self.stdout.write(f"  failed: {reason}")
        self.stdout.write(drain_for_command())
        self._suggest(changed)
        if failures:
            raise CommandError(f"{len(failures)} of {len(files)} files could not be imported (listed above)")

    def _suggest(self, keys: list[str]) -> None:
        """Propose lineage and evidence for the resolutions and reports that changed (after the vectors
        are written, so similarity reads them)."""
        documents = Document.objects.filter(key__in=keys, kind__in=MANDATE_KINDS)
        lineage = evidence = 0
        for document in documents:
            found = suggest_for_document(document)
            lineage, evidence = lineage + found[0], evidence + found[1]
        if documents:
            self.stdout.write(f"Mandates: {lineage} lineage links and {evidence} evidence proposed.")
