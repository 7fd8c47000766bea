"""``observatory load-checklist``: load the self-assessment checklist (idempotent; after load-reference)."""

from django.core.management.base import BaseCommand

from observatory.audit.services import record
from observatory.collection.checklist import load_checklist


class Command(BaseCommand):
    help = "Load the self-assessment checklist questions (idempotent; run after load-reference)."

    def handle(self, *args, **options):
        summary = load_checklist()
        if summary["created"] or summary["updated"]:
            record(actor=None, action="collection.checklist.load", object_type="checklist", after=summary)
        self.stdout.write(
            f"Checklist: {summary['items']} items ({summary['created']} new, {summary['updated']} filled in)."
        )
