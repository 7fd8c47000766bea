"""``observatory sync-mandates [--document KEY …]``: bring mandates up to date with the library.

Every import of a resolutions or report document already keeps its mandates in step; this command is for
documents imported before mandates were tracked (or after the reading of mandates improved). It reads
every resolutions and report document (or those given by key or symbol), one transaction each, prints a
line per document and a summary. Running it twice changes nothing the second time.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from observatory.accounts.permissions import SYSTEM
from observatory.library.models import Document
from observatory.mandates.extraction import MANDATE_KINDS
from observatory.mandates.services import suggest_for_document
from observatory.mandates.sync import SyncSummary, sync_document


class Command(BaseCommand):
    help = "Create, update and retire mandates from the current paragraphs of resolutions and reports."

    def add_arguments(self, parser):
        """``--document KEY``, repeatable."""
        parser.add_argument(
            "--document",
            action="append",
            default=[],
            metavar="KEY",
            help="a document's key or UN symbol (repeat for several; default: every resolutions and "
            "report document)",
        )
        parser.add_argument(
            "--suggest", action="store_true", help="also propose lineage and evidence for these documents"
        )

    def handle(self, *args, document, suggest, **options):
        """Sync the documents named (or every resolutions and report document), one line each."""
        if document:
            documents = []
            for key in document:
                found = Document.objects.filter(Q(key=key) | Q(symbol=key)).order_by("key").first()
                if found is None:
                    raise CommandError(
                        f"--document {key}: no document has this key or symbol; give the key or UN symbol "
                        "of an imported document"
                    )
                documents.append(found)
        else:
            documents = list(Document.objects.filter(kind__in=MANDATE_KINDS).order_by("key"))
        total = SyncSummary()
        skipped = 0
        for number, doc in enumerate(documents, start=1):
            prefix = f"[{number}/{len(documents)}] {doc.key}"
            if doc.kind not in MANDATE_KINDS:
                skipped += 1
                self.stdout.write(f"{prefix}: skipped (a {doc.get_kind_display()} carries no mandates)")
                continue
            summary = sync_document(doc, actor=SYSTEM)
            total.add(summary)
            self.stdout.write(f"{prefix}: {_counts(summary)}")
        if suggest:
            proposed = [suggest_for_document(doc) for doc in documents if doc.kind in MANDATE_KINDS]
            lineage, evidence = sum(p[0] for p in proposed), sum(p[1] for p in proposed)
            self.stdout.write(f"Proposed: {lineage} lineage links, {evidence} evidence.")
        line = f"{len(documents) - skipped} documents: {_counts(total)}"
        if skipped:
            line += f"; {skipped} skipped"
        self.stdout.write(line)


def _counts(summary: SyncSummary) -> str:
    return (
        f"{summary.created} created, {summary.updated} updated, {summary.retired} retired, "
        f"{summary.unchanged} unchanged"
    )
