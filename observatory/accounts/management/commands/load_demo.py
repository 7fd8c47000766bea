"""``observatory load-demo``: demo accounts, one per role, for several States, the demo library, the
self-assessment checklist and the demo calls for information. Idempotent."""

from django.conf import settings
from django.core.management.base import BaseCommand

from observatory.accounts.models import Role, User
from observatory.accounts.permissions import SYSTEM
from observatory.accounts.services import create_user
from observatory.countries.models import State

DEMO_PASSWORD = "uncac-demo-2026"  # noqa: S105 (printed for the demo; never a real account)
DEMO_ACCOUNTS = [
    ("admin", Role.ADMINISTRATOR, None, "Ada", "Admin", "Observatory"),
    ("secretariat", Role.SECRETARIAT, None, "Sami", "Secretariat", "UNODC"),
    ("focal.egy", Role.FOCAL_POINT, "EGY", "Nour", "Hassan", "Administrative Control Authority"),
    ("focal.chn", Role.FOCAL_POINT, "CHN", "Li", "Wei", "National Commission of Supervision"),
    ("focal.fra", Role.FOCAL_POINT, "FRA", "Claire", "Martin", "Agence française anticorruption"),
    ("focal.rus", Role.FOCAL_POINT, "RUS", "Irina", "Petrova", "Prosecutor General's Office"),
    ("focal.mex", Role.FOCAL_POINT, "MEX", "Lucía", "Ramírez", "Secretaría Anticorrupción y Buen Gobierno"),
    ("focal.vnm", Role.FOCAL_POINT, "VNM", "Minh", "Nguyen", "Government Inspectorate"),
    ("contributor.vnm", Role.CONTRIBUTOR, "VNM", "Lan", "Tran", "Ministry of Justice"),
    ("contributor.fra", Role.CONTRIBUTOR, "FRA", "Marc", "Dubois", "Ministère de la Justice"),
    ("provider", Role.PROVIDER, None, "Pat", "Provider", "UNDP"),
]


class Command(BaseCommand):
    help = "Create the demo accounts (one per role, several States) and print them."

    def handle(self, *args, **options):
        states = {
            state.iso3: state
            for state in State.objects.filter(iso3__in=[a[2] for a in DEMO_ACCOUNTS if a[2]])
        }
        if not states:
            self.stderr.write("No States are loaded: run `observatory load-reference` first.")
            raise SystemExit(1)
        for username, role, iso3, first, last, organization in DEMO_ACCOUNTS:
            if User.objects.filter(username=username).exists():
                continue
            create_user(
                SYSTEM,
                username=username,
                password=DEMO_PASSWORD,
                role=role,
                state=states[iso3] if iso3 else None,
                email=f"{username}@demo.invalid",
                first_name=first,
                last_name=last,
                organization=organization,
            )
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
