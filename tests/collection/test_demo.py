"""The demo of calls for information: both calls, every status, six languages, idempotent, and nothing
confidential in what the public reads."""

import datetime
import json

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from observatory.accounts.demo import DEMO_PASSWORD, create_demo_accounts
from observatory.accounts.models import User
from observatory.accounts.permissions import Action, can
from observatory.audit.models import AuditEntry
from observatory.collection import demo, services
from observatory.collection.ledger import LedgerStatus, ledger
from observatory.collection.models import (
    Answer,
    Call,
    CallDocument,
    CallStatus,
    Dispatch,
    Submission,
    SubmissionStatus,
    SubmissionVersion,
)
from observatory.collection.selectors import own_state, published_submissions, readable_submission
from observatory.countries.models import ConventionStatus, RegionalGroup, State
from observatory.library.models import Document, Visibility

from ..conftest import load_reference

COUNTED = [Call, Submission, SubmissionVersion, Answer, Dispatch, CallDocument, Document, User, AuditEntry]
FAST_HASHING = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="class")
def built(django_db_setup, django_db_blocker):
    """The demo built once for the tests of a class, as ``load-demo`` builds it (it takes seconds: every
    e-mail carries a rendered note verbale), inside a transaction rolled back after them; each test's own
    transaction nests inside it. Yields the summary and the e-mails sent."""
    with django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=FAST_HASHING), transaction.atomic():
        if not State.objects.exists():  # a transactional test emptied the database
            load_reference()
        services.load_checklist()
        create_demo_accounts()
        sent = len(mail.outbox)
        summary = demo.load_demo_collection(password=DEMO_PASSWORD)
        yield summary, mail.outbox[sent:]
        transaction.set_rollback(True)


@pytest.fixture
def loaded(built, db):
    """The demo's summary, for one test reading the demo's database."""
    return built[0]


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in COUNTED}


def closed_call() -> Call:
    return Call.objects.get(symbol=demo.CLOSED_SYMBOL)


def open_call() -> Call:
    return Call.objects.get(symbol=demo.OPEN_SYMBOL)


def person(username: str) -> User:
    return User.objects.get(username=username)


def public_text() -> str:
    """Everything the public selectors give an anonymous reader of the submissions."""
    views = published_submissions(AnonymousUser())
    return json.dumps(
        [
            [view.answers, view.documents, view.submission.note, view.submission.decline_reason]
            for view in views
        ],
        ensure_ascii=False,
    )


def stored_text() -> str:
    """Every text the collection stores: answers, frozen versions, Secretariat notes, decline reasons."""
    parts = [
        json.dumps(list(SubmissionVersion.objects.values_list("snapshot", flat=True)), ensure_ascii=False)
    ]
    for name in ("measures", "examples", "challenges"):
        parts += Answer.objects.values_list(name, flat=True)
    parts += Submission.objects.values_list("note", flat=True)
    parts += Submission.objects.values_list("decline_reason", flat=True)
    return "\n".join(parts)


def read_by(user) -> str:
    """Every submission's text as ``user`` reads it, with the Secretariat's note and the reason for
    declining for the Secretariat and the State concerned."""
    parts = []
    for submission in Submission.objects.all():
        view = readable_submission(user, submission)
        if view is not None:
            parts.append(json.dumps(view.answers, ensure_ascii=False))
        if can(user, Action.VIEW_SECRETARIAT_ONLY) or own_state(user) == submission.state:
            parts += [submission.note, submission.decline_reason]
    return "\n".join(parts)


class TestTheDemo:
    def test_a_closed_call_and_an_open_one(self, loaded, built):
        today = timezone.localdate()
        closed, open_ = closed_call(), open_call()
        assert closed.status == CallStatus.CLOSED and closed.deadline < today - datetime.timedelta(days=150)
        assert closed.launched_at.date() < closed.deadline < closed.closed_at.date()
        assert open_.status == CallStatus.LAUNCHED and open_.deadline > today + datetime.timedelta(days=60)
        assert open_.launched_at.date() < today
        for call in (closed, open_):
            assert all(getattr(call, f"title_{code}") for code in ("ar", "zh", "en", "fr", "ru", "es"))
            questions = list(call.questions.order_by("position"))
            assert [q.checklist_item is not None for q in questions] == [True, True, False]
        groups = set(closed.addressees.values_list("state__regional_group", flat=True))
        assert groups == set(RegionalGroup.values) - {RegionalGroup.NONE}
        # The open call goes to every State recorded as a party: the demo recorded the fourteen.
        assert State.objects.filter(convention_status=ConventionStatus.PARTY).count() == 14
        assert open_.addressees.count() == 14
        assert [call.symbol for call in loaded.created] == [demo.CLOSED_SYMBOL, demo.OPEN_SYMBOL]
        assert "2 created" in loaded.line()
        # Tests keep the in-memory outbox: only the console is redirected to files.
        emails = built[1]
        assert loaded.mail_folder is None and loaded.emails == len(emails) > 20
        assert {address for email in emails for address in email.to} >= {"focal.egy@demo.invalid"}
        assert set(loaded.accounts_created) == {entry[0] for entry in demo.EXTRA_FOCAL_POINTS}
        assert not User.objects.filter(state__iso3=demo.NO_FOCAL_POINT).exists()

    def test_every_submission_status(self, loaded):
        assert set(Submission.objects.values_list("status", flat=True)) == set(SubmissionStatus.values)
        closed = dict(closed_call().submissions.values_list("state__iso3", "status"))
        assert closed["BRA"] == SubmissionStatus.DECLINED and closed["ARG"] == SubmissionStatus.ACKNOWLEDGED
        assert closed["AUT"] == SubmissionStatus.SUBMITTED
        assert sum(status == SubmissionStatus.PUBLISHED for status in closed.values()) == 7
        opened = dict(open_call().submissions.values_list("state__iso3", "status"))
        assert opened == {
            "VNM": SubmissionStatus.DRAFT,
            "FRA": SubmissionStatus.DRAFT,
            "CHN": SubmissionStatus.SUBMITTED,
            "RUS": SubmissionStatus.ACKNOWLEDGED,
            "MEX": SubmissionStatus.CLARIFICATION_REQUESTED,
            "EGY": SubmissionStatus.PUBLISHED,
        }
        # The contributors draft (France's draft is its contributor's alone); Viet Nam's focal point
        # added to an answer its contributor wrote.
        drafts = Answer.objects.filter(
            submission__call=open_call(), submission__status=SubmissionStatus.DRAFT
        )
        assert set(
            drafts.filter(submission__state__iso3="FRA").values_list("updated_by__username", flat=True)
        ) == {"contributor.fra"}
        assert drafts.filter(
            submission__state__iso3="VNM", revision=2, updated_by__username="focal.vnm"
        ).exists()
        visibilities = dict(
            closed_call().submissions.values_list("state__iso3", "published_version__visibility")
        )
        assert visibilities["FRA"] == Visibility.STATES_PARTIES and visibilities["EGY"] == Visibility.PUBLIC
        assert (
            Answer.objects.filter(submission__state__iso3="MEX", visibility=Visibility.SECRETARIAT).count()
            == 1
        )

    def test_the_closed_calls_ledger_shows_every_status(self, loaded):
        rows = {row.state.iso3: row for row in ledger(person("secretariat"), closed_call())}
        assert len(rows) == 14
        assert {row.status for row in rows.values()} == {
            LedgerStatus.ON_TIME,
            LedgerStatus.LATE,
            LedgerStatus.DECLINED,
            LedgerStatus.REMINDED,
            LedgerStatus.SENT,
            LedgerStatus.NOT_SENT,
        }
        assert rows["RUS"].status == rows["ARG"].status == LedgerStatus.LATE
        assert rows["BRA"].status == LedgerStatus.DECLINED
        assert rows["IND"].status == LedgerStatus.REMINDED and rows["IND"].reminders == 3
        assert rows["DEU"].status == LedgerStatus.SENT and rows["DEU"].problem == ""
        assert rows["NGA"].status == LedgerStatus.NOT_SENT and rows["NGA"].problem == "no_recipient"
        # Reminders went only to the States still silent at the time.
        assert rows["EGY"].reminders == 0 and rows["MEX"].reminders == 2
        assert rows["EGY"].status == LedgerStatus.ON_TIME

    def test_answers_in_six_languages_and_a_filled_document(self, loaded):
        assert set(Answer.objects.values_list("language", flat=True)) == {"ar", "zh", "en", "fr", "ru", "es"}
        languages = dict(Answer.objects.values_list("submission__state__iso3", "language").distinct())
        assert languages["EGY"] == "ar" and languages["CHN"] == "zh" and languages["ARG"] == "es"
        link = CallDocument.objects.get(call=closed_call(), state__iso3="KEN")
        assert link.source_name.endswith(".docx") and not link.submission.answers.exists()
        # Published with Kenya's submission, the filled document is public.
        assert link.submission.status == SubmissionStatus.PUBLISHED
        assert link.document.visibility == Visibility.PUBLIC
        assert link.document.versions.get().language == "en"

    def test_a_second_run_even_on_a_later_day_creates_nothing(self, loaded):
        before = counts()
        again = demo.load_demo_collection(password=DEMO_PASSWORD)
        later = demo.load_demo_collection(
            password=DEMO_PASSWORD, today=timezone.localdate() + datetime.timedelta(days=9)
        )
        assert counts() == before
        assert again.created == later.created == [] and "nothing created" in later.line()

    def test_the_public_reads_no_confidential_marker_and_every_public_one(self, loaded):
        stored = stored_text()
        # Each marker is really stored, so a crawler that does not find one proves something.
        assert [
            marker for marker in [*demo.CONFIDENTIAL_MARKERS, *demo.PUBLIC_MARKERS] if marker not in stored
        ] == []
        assert set(demo.MARKER_STATES) == set(demo.CONFIDENTIAL_MARKERS)
        public = public_text()
        assert [marker for marker in demo.CONFIDENTIAL_MARKERS if marker in public] == []
        assert [marker for marker in demo.PUBLIC_MARKERS if marker not in public] == []

    def test_markers_reach_the_readers_they_name(self, loaded):
        # Another State's focal point reads what is published to States parties, and nothing narrower.
        another_state = json.dumps(
            [view.answers for view in published_submissions(person("focal.egy"))], ensure_ascii=False
        )
        assert "EGY" not in demo.MARKER_STATES.values()
        for marker, audience in demo.CONFIDENTIAL_MARKERS.items():
            assert (marker in another_state) == (audience == "states_parties"), marker
        # The Secretariat reads every marker but the drafts'; each State reads its own.
        for marker, audience in demo.CONFIDENTIAL_MARKERS.items():
            assert (marker in read_by(person("secretariat"))) == (not audience.startswith("own_state:")), (
                marker
            )
            assert marker in read_by(person(f"focal.{demo.MARKER_STATES[marker].lower()}")), marker


def test_load_demo_builds_the_calls_once(reference, capsys, settings, tmp_path):
    """The command itself, run twice: the library, the checklist, the calls, then the vectors."""
    settings.VAR_DIR = tmp_path
    call_command("load_demo")
    first = capsys.readouterr().out
    assert "Demo calls: 2 created" in first and "focal.arg" in first and "Checklist: 29 items" in first
    before = counts()
    call_command("load_demo")
    second = capsys.readouterr().out
    assert "Demo calls: 2 already present" in second and "nothing created" in second
    assert counts() == before
