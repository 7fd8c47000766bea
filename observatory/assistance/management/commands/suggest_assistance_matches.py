"""``observatory suggest-assistance-matches``: score every open need against every running offer and queue
the best pairs for the Secretariat (meant for cron, e.g. nightly; the Secretariat can also ask from the
match queue). Idempotent: decided matches are never touched, proposed ones are re-scored."""

from django.core.management.base import BaseCommand

from observatory.accounts.permissions import SYSTEM
from observatory.assistance.services import suggest_matches


class Command(BaseCommand):
    help = "Suggest matches between open technical-assistance needs and offers."

    def handle(self, *args, **options):
        self.stdout.write(suggest_matches(SYSTEM).line())
