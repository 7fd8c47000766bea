"""``observatory sync-assistance-needs``: bring the register in line with every submission's checklist
answers (needs of submissions made before the register existed, or after a repair). Idempotent: the
intake runs by itself whenever a State submits or the Secretariat publishes."""

from django.core.management.base import BaseCommand

from observatory.accounts.permissions import SYSTEM
from observatory.assistance.services import backfill


class Command(BaseCommand):
    help = "Read the technical-assistance needs of every submitted checklist answer into the register."

    def handle(self, *args, **options):
        totals = backfill(SYSTEM)
        self.stdout.write(
            f"Submissions read: {totals.get('submissions', 0)}; needs created {totals.get('created', 0)}, "
            f"updated {totals.get('updated', 0)}, withdrawn {totals.get('withdrawn', 0)}, "
            f"restored {totals.get('restored', 0)}."
        )
