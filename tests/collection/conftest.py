"""Fixtures of the collection tests: the checklist, States recorded as parties, focal points with
their own addresses, and a call launched to a few States."""

import datetime

import pytest
from django.utils import timezone

from observatory.accounts.models import Role, User
from observatory.collection import services
from observatory.collection.models import Audience
from observatory.convention.models import Article
from observatory.countries.models import ConventionStatus, State

#: Deadline of the test call, and moments around it.
DEADLINE = datetime.date(2031, 5, 27)
LAUNCH = timezone.make_aware(datetime.datetime(2031, 4, 1, 9, 0))


def at(day: datetime.date, hour: int = 12) -> datetime.datetime:
    """A moment on ``day``, in the project's time zone."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


#: States of the test call: several regional groups and scripts, sortable differently per language.
ADDRESSED = ["VNM", "FRA", "ARG", "AUT", "EGY", "JPN", "IND", "BRA", "RUS", "CHN"]


@pytest.fixture
def checklist(reference):
    services.load_checklist()


@pytest.fixture
def parties(reference):
    """Record the addressed States, and only them, as parties to the Convention."""
    State.objects.filter(iso3__in=ADDRESSED).update(
        convention_status=ConventionStatus.PARTY, party_date=datetime.date(2005, 12, 14)
    )
    return {state.iso3: state for state in State.objects.filter(iso3__in=ADDRESSED)}


@pytest.fixture
def focal_points(users, make_user, parties):
    """A focal point for every addressed State (Viet Nam's and France's from ``users``), each with its own
    e-mail address; Japan's has no address at all."""
    people = {"VNM": users["focal_point"], "FRA": users["other_focal_point"]}
    for iso3 in ADDRESSED:
        if iso3 not in people:
            people[iso3] = make_user(Role.FOCAL_POINT, iso3)
    for iso3, person in people.items():
        person.email = "" if iso3 == "JPN" else f"focal.{iso3.lower()}@example.org"
        User.objects.filter(pk=person.pk).update(email=person.email)
    return people


@pytest.fixture
def draft_call(users, checklist, parties):
    """A drafted call on asset declarations and conflicts of interest (art. 7(4) and 8(5)) to all
    States parties, with two checklist questions and one written for it."""
    return services.create_call(
        users["secretariat"],
        title_en="Asset declaration systems and conflicts of interest",
        titles={"fr": "Systèmes de déclaration de patrimoine et conflits d'intérêts"},
        symbol="CU 2031/45/DTA/CEB/CSS",
        deadline=DEADLINE,
        articles=Article.objects.filter(number__in=[7, 8]),
        checklist_items=["7-4", "8-5"],
        questions=["Describe any statistics on verified declarations."],
        audience=Audience.ALL_PARTIES,
        reminder_days_before=[14, 3],
        reminder_days_after=[7, 30],
    )


@pytest.fixture
def call(users, draft_call, focal_points, mailoutbox):
    """The call launched (and mailed) on 1 April 2031; the outbox emptied after the launch."""
    services.launch_call(users["secretariat"], draft_call, now=LAUNCH)
    mailoutbox.clear()
    draft_call.refresh_from_db()
    return draft_call


@pytest.fixture
def questions(call):
    return list(call.questions.order_by("position"))


@pytest.fixture
def submission(users, call, parties):
    """Viet Nam's draft submission to the call."""
    return services.start_submission(users["contributor"], call, parties["VNM"])
