"""What each reader may see of a submission: role by role, draft and published, per answer."""

import pytest

from observatory.collection import services
from observatory.collection.selectors import (
    published_submissions,
    readable_submission,
    readable_versions,
    visible_calls,
)
from observatory.library.models import Visibility

DRAFT_MARKER = "draft-marker-7f3a"
SUBMITTED_MARKER = "submitted-marker-51c2"
RESTRICTED_MARKER = "secretariat-only-answer-9d4e"

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
    return users[role] if role else None


def texts(view) -> str:
    return " ".join(answer["measures"] for answer in view.answers) if view else ""


@pytest.fixture
def scenario(users, submission, questions):
    """Viet Nam submitted two answers (one restricted to the Secretariat), then started changing one."""
    first = services.save_answer(
        users["contributor"], submission, questions[0], revision=0, language="en", measures=SUBMITTED_MARKER
    )
    services.save_answer(
        users["contributor"],
        submission,
        questions[1],
        revision=0,
        language="en",
        measures=RESTRICTED_MARKER,
        visibility=Visibility.SECRETARIAT,
    )
    services.submit(users["focal_point"], submission, visibility=Visibility.PUBLIC)
    services.reopen(users["focal_point"], submission)
    services.save_answer(
        users["contributor"], submission, questions[0], revision=first.revision, measures=DRAFT_MARKER
    )
    return submission


@pytest.mark.parametrize(
    ("role", "sees"),
    [
        ("focal_point", {DRAFT_MARKER, RESTRICTED_MARKER}),
        ("contributor", {DRAFT_MARKER, RESTRICTED_MARKER}),
        # The Secretariat reads what was submitted, never the State's work in progress.
        ("secretariat", {SUBMITTED_MARKER, RESTRICTED_MARKER}),
        ("administrator", {SUBMITTED_MARKER, RESTRICTED_MARKER}),
        # Not published yet: nobody else sees anything.
        ("other_focal_point", set()),
        ("provider", set()),
        (None, set()),
    ],
)
def test_before_publication(users, scenario, role, sees):
    view = readable_submission(reader(users, role), scenario)
    found = {
        marker for marker in (DRAFT_MARKER, SUBMITTED_MARKER, RESTRICTED_MARKER) if marker in texts(view)
    }
    assert found == sees


@pytest.mark.parametrize(
    ("visibility", "readers"),
    [
        (Visibility.PUBLIC, {"other_focal_point", "provider", None}),
        (Visibility.STATES_PARTIES, {"other_focal_point"}),
        (Visibility.SECRETARIAT, set()),
    ],
)
def test_after_publication_outsiders_see_what_is_published_to_them(
    users, submission, questions, visibility, readers
):
    services.save_answer(
        users["contributor"], submission, questions[0], revision=0, language="en", measures=SUBMITTED_MARKER
    )
    services.save_answer(
        users["contributor"],
        submission,
        questions[1],
        revision=0,
        language="en",
        measures=RESTRICTED_MARKER,
        visibility=Visibility.SECRETARIAT,
    )
    services.submit(users["focal_point"], submission, visibility=visibility)
    services.publish(users["secretariat"], submission)
    for role in ("other_focal_point", "provider", None):
        view = readable_submission(reader(users, role), submission)
        listed = published_submissions(reader(users, role), call=submission.call)
        if role in readers:
            assert SUBMITTED_MARKER in texts(view)
            assert [v.submission for v in listed] == [submission]
            # The answer the State kept for the Secretariat is never shown to them.
            assert RESTRICTED_MARKER not in texts(view)
            assert all(RESTRICTED_MARKER not in texts(v) for v in listed)
            assert [v.number for v in readable_versions(reader(users, role), submission)] == [1]
        else:
            assert view is None and listed == []
            assert readable_versions(reader(users, role), submission) == []


def test_a_published_version_stays_published_while_the_state_drafts_the_next(users, scenario):
    services.submit(users["focal_point"], scenario)  # version 2, with the draft text
    assert readable_submission(None, scenario) is None  # version 2 is not published
    services.publish(users["secretariat"], scenario)
    public = readable_submission(None, scenario)
    assert public.version.number == 2 and DRAFT_MARKER in texts(public)


def test_published_submissions_by_article(users, submission, questions):
    services.save_answer(
        users["contributor"], submission, questions[0], revision=0, language="en", measures="On 7"
    )
    services.save_answer(
        users["contributor"], submission, questions[1], revision=0, language="en", measures="On 8"
    )
    services.submit(users["focal_point"], submission)
    services.publish(users["secretariat"], submission)
    (view,) = published_submissions(None, article=8)
    assert [answer["measures"] for answer in view.answers] == ["On 8"]
    assert published_submissions(None, article=9) == []


def test_draft_calls_are_the_secretariats_only(users, draft_call):
    assert draft_call in visible_calls(users["secretariat"])
    for role in ("focal_point", "provider", None):
        assert draft_call not in visible_calls(reader(users, role))
