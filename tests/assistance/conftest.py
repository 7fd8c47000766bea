"""Fixtures of the register's tests: the collection's call (tests/collection/conftest.py) answered by Viet
Nam with technical-assistance needs, providers with their offers, and a reader per role."""

import pytest

from observatory.accounts.models import Role
from observatory.collection import services as collection
from observatory.library.models import Visibility
from tests.collection.conftest import (  # noqa: F401 (fixtures)
    call,
    checklist,
    draft_call,
    focal_points,
    parties,
    questions,
    submission,
)

#: Markers in needs' descriptions: whoever may not read a need must not meet its marker anywhere.
PUBLIC_NEED = "Training of procurement officers on e-procurement (Tealmoss-3141)"
RESTRICTED_NEED = "Secure servers for the asset declaration database (Quartzfen-7720)"
#: The readers of the role-by-role tests, named as in the ``users`` fixture (None: the public).
READERS = [
    "administrator",
    "secretariat",
    "focal_point",
    "contributor",
    "other_focal_point",
    "provider",
    None,
]


def reader(users, role):
    """The user of a role (None for the anonymous public)."""
    return users[role] if role else None


@pytest.fixture
def answered(users, submission, questions):
    """Viet Nam's answers, not submitted yet: to question 1 (article 7) with a public need, to question 2
    (article 8) restricted to the Secretariat with another."""
    collection.save_answer(
        users["contributor"],
        submission,
        questions[0],
        revision=0,
        language="en",
        measures="Asset declarations are filed online.",
        assistance_needs=[{"kind": "capacity_building", "description": PUBLIC_NEED, "priority": "high"}],
    )
    collection.save_answer(
        users["contributor"],
        submission,
        questions[1],
        revision=0,
        language="en",
        measures="Conflicts of interest are declared yearly.",
        visibility=Visibility.SECRETARIAT,
        assistance_needs=[{"kind": "technology", "description": RESTRICTED_NEED, "priority": "medium"}],
    )
    return submission


@pytest.fixture
def submitted(users, answered):
    """Viet Nam's answers submitted (version 1, public), not published."""
    collection.submit(users["focal_point"], answered, visibility=Visibility.PUBLIC)
    answered.refresh_from_db()
    return answered


@pytest.fixture
def published(users, submitted):
    """Viet Nam's version 1 published by the Secretariat."""
    collection.publish(users["secretariat"], submitted)
    submitted.refresh_from_db()
    return submitted


@pytest.fixture
def donor(make_user):
    """A second provider, of another organization than the ``users`` fixture's provider."""
    user = make_user(Role.PROVIDER, username="donor")
    user.organization = "Nordic Governance Fund"
    user.save()
    return user


#: Markers of needs entered by hand: France's (public), Argentina's (Secretariat only), Egypt's (States
#: parties only).
FRANCE_NEED = "Guidance on registers of lobbyists (Larkspur-5510)"
SECRET_NEED = "Review of the asset recovery office's budget (Nettlecombe-9902)"
STATES_NEED = "Peer review of the whistle-blower channel (Ambercliff-3307)"
CONTACT = "offers.contact@undp.example"


@pytest.fixture
def register(users, published, donor, parties):
    """The register of the role-by-role tests: Viet Nam's published needs (one public, one restricted to
    the Secretariat by its answer), needs entered by hand at three visibilities, three offers of three
    providers (one with a contact), the register's suggestions and one confirmed match."""
    from observatory.assistance import services
    from observatory.countries.models import State

    State.objects.filter(iso3="EGY").update(convention_status="party", party_date="2005-02-25")
    users["provider"].organization = "UNDP"
    users["provider"].save()
    needs = {
        "france": services.declare_need(
            users["other_focal_point"],
            state="FRA",
            kind="legal_advice",
            articles=[7],
            description=FRANCE_NEED,
            language="en",
        ),
        "secret": services.declare_need(
            users["secretariat"],
            state="ARG",
            kind="institution_building",
            articles=[58],
            description=SECRET_NEED,
            visibility=Visibility.SECRETARIAT,
            source="review_report",
            source_reference="CAC/COSP/IRG/II/1/1/Add.1",
        ),
        "states": services.declare_need(
            users["secretariat"],
            state="EGY",
            kind="capacity_building",
            articles=[33],
            description=STATES_NEED,
            visibility=Visibility.STATES_PARTIES,
        ),
    }
    offers = {
        "undp": services.record_offer(
            users["provider"],
            provider_type="un_entity",
            programme="Open procurement facility",
            kinds=["capacity_building", "it_equipment"],
            articles=[7, 9],
            regions=["asia_pacific", "african"],
            description="Training of procurement officers and electronic procurement systems.",
            contact_name="Pat",
            contact_email=CONTACT,
        ),
        "donor": services.record_offer(
            donor,
            provider_type="bilateral",
            programme="Asset declaration twinning",
            kinds=["it_equipment", "on_site_expert"],
            articles=[8],
            regions=["eastern_european", "asia_pacific"],
            description="Servers and software for asset declaration systems.",
        ),
        "unodc": services.record_offer(
            users["secretariat"],
            organization="UNODC",
            provider_type="un_entity",
            programme="Global advisory service",
            kinds=["legal_advice", "institution_building"],
            description="Legal advice on lobbying, whistle-blowers and asset recovery offices.",
        ),
    }
    services.suggest_matches(users["secretariat"])
    return {"needs": needs, "offers": offers}
