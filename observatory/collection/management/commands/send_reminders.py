"""``observatory send-reminders``: send the reminders that are due (meant for cron, e.g. daily).

Idempotent: run it as often as you like; a State is never sent the same reminder twice.
"""

from django.core.management.base import BaseCommand, CommandError

from observatory.accounts.permissions import SYSTEM
from observatory.collection.dispatch import send_due_reminders
from observatory.core.moments import moment_option


class Command(BaseCommand):
    help = "Send due reminders of launched calls to States that have not submitted (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--now", help="act as if it were this time (ISO 8601), for catching up or testing"
        )

    def handle(self, *args, now=None, **options):
        moment = moment_option(now)
        summary = send_due_reminders(moment, actor=SYSTEM)
        self.stdout.write(
            f"Reminders: {summary.sent} sent, {summary.failed} failed, "
            f"{summary.no_recipient} States without a focal point e-mail."
        )
        if summary.failed:
            raise CommandError(f"{summary.failed} reminders could not be sent: see the dispatch log.")
