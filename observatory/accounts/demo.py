"""The demo accounts: one per role, focal points and contributors for several States."""

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


def create_demo_accounts() -> int:
    """Create the demo accounts that do not exist yet (idempotent); returns how many were created.
    Needs the States loaded."""
    states = {
        state.iso3: state for state in State.objects.filter(iso3__in=[a[2] for a in DEMO_ACCOUNTS if a[2]])
    }
    created = 0
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
        created += 1
    return created
