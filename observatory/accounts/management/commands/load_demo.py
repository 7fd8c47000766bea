"""``observatory load-demo``: demo accounts, one per role, for several States, the demo library, the
self-assessment checklist, the demo calls for information, the technical-assistance register, the
directory of national authorities and the mandate tracker's curated mandates. Idempotent."""

from django.conf import settings
from django.core.management.base import BaseCommand

from observatory.accounts.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, create_demo_accounts
from observatory.accounts.models import Role, User
from observatory.countries.models import State


class Command(BaseCommand):
    help = "Create the demo accounts (one per role, several States) and print them."

    def handle(self, *args, **options):
        if not State.objects.exists():
            self.stderr.write("No States are loaded: run `observatory load-reference` first.")
            raise SystemExit(1)
        create_demo_accounts()
        from observatory.library.demo import load_demo_library

        outcomes = load_demo_library(settings.VAR_DIR / "demo-corpus")
        failed = [o for o in outcomes if o.status == "failed"]
        self.stdout.write(
            f"Demo library: {len(outcomes)} files, "
            + ", ".join(
                f"{sum(o.status == s for o in outcomes)} {s}" for s in ("imported", "updated", "unchanged")
            )
            + (f", {len(failed)} failed: " + "; ".join(o.reason for o in failed) if failed else "")
        )
        # Before the drain: the filled document a State uploads for a call is imported into the library,
        # and its vectors are written with the library's.
        from observatory.collection.demo import EXTRA_FOCAL_POINTS, NO_FOCAL_POINT, load_demo_collection
        from observatory.collection.services import load_checklist

        checklist = load_checklist()
        self.stdout.write(f"Checklist: {checklist['items']} items, {checklist['created']} new.")
        calls = load_demo_collection(password=DEMO_PASSWORD, mail_dir=settings.VAR_DIR / "demo-mail")
        self.stdout.write(calls.line())
        from observatory.assistance.demo import load_demo_assistance
        from observatory.directory.demo import load_demo_directory

        self.stdout.write(load_demo_assistance().line())
        self.stdout.write(load_demo_directory().line())
        # After the library (its resolutions and report are what the tracker reads) and before the drain:
        # the suggestions compute the sentence vectors they need when the index has none yet.
        from observatory.mandates.demo import load_demo_mandates

        self.stdout.write(load_demo_mandates().line())
        from observatory.search.writer import drain_for_command

        self.stdout.write(drain_for_command())
        self.stdout.write(f"Demo accounts (password for all: {DEMO_PASSWORD})")
        for username, role, iso3, *_ in DEMO_ACCOUNTS:
            self.stdout.write(f"  {username:<17} {Role(role).label}{f' ({iso3})' if iso3 else ''}")
        existing = set(
            User.objects.filter(username__in=[e[0] for e in EXTRA_FOCAL_POINTS]).values_list(
                "username", flat=True
            )
        )
        for username, iso3, *_ in EXTRA_FOCAL_POINTS:
            if username in existing:
                self.stdout.write(f"  {username:<17} {Role.FOCAL_POINT.label} ({iso3}, for the demo calls)")
        self.stdout.write(f"  ({NO_FOCAL_POINT} has no focal point: the calls' ledgers show it.)")
