"""``observatory send-reconfirmations``: e-mail each State's focal points about its records not confirmed
for a year (or about to be), with a one-click confirmation link per record (meant for cron, e.g. daily;
``observatory serve`` also runs it by itself).

Idempotent: a focal point is asked about a record at most once a month.
"""

from django.core.management.base import BaseCommand, CommandError

from observatory.accounts.permissions import SYSTEM
from observatory.core.moments import moment_option
from observatory.directory.reconfirmation import send_reconfirmation_requests


class Command(BaseCommand):
    help = "E-mail focal points the yearly reconfirmation of their State's authorities (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--now", help="act as if it were this time (ISO 8601), for catching up or testing"
        )

    def handle(self, *args, now=None, **options):
        """Send what is due at ``--now`` (default: now) and say what was sent."""
        moment = moment_option(now)
        summary = send_reconfirmation_requests(moment, actor=SYSTEM)
        self.stdout.write(
            f"Reconfirmations: {summary.sent} e-mails sent about {summary.records} records, "
            f"{summary.failed} failed, {summary.no_recipient} States without a focal point e-mail."
        )
        if summary.failed:
            raise CommandError(
                f"{summary.failed} e-mails could not be sent: see the reconfirmation requests."
            )
