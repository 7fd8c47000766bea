"""``observatory send-reminders``: send the reminders that are due (meant for cron, e.g. daily).

Idempotent: run it as often as you like; a State is never sent the same reminder twice.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from observatory.accounts.permissions import SYSTEM
from observatory.collection.dispatch import send_due_reminders


class Command(BaseCommand):
    help = "Send due reminders of launched calls to States that have not submitted (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--now", help="act as if it were this time (ISO 8601), for catching up or testing"
        )

    def handle(self, *args, now=None, **options):
        moment = timezone.now()
        if now:
            try:
                moment = datetime.datetime.fromisoformat(now)
            except ValueError as exc:
                raise CommandError(
                    f"--now {now!r}: give an ISO 8601 date or time, e.g. 2026-05-27T08:00"
                ) from exc
            if timezone.is_naive(moment):
                moment = timezone.make_aware(moment)
        summary = send_due_reminders(moment, actor=SYSTEM)
        self.stdout.write(
            f"Reminders: {summary.sent} sent, {summary.failed} failed, "
            f"{summary.no_recipient} States without a focal point e-mail."
        )
        if summary.failed:
            raise CommandError(f"{summary.failed} reminders could not be sent: see the dispatch log.")
