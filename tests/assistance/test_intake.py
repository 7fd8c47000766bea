"""Needs of checklist answers flow into the register when a State submits and when the Secretariat
publishes: once (re-submitting does not duplicate), withdrawn when dropped (never deleted), as visible as
the answer they come from."""

import pytest

from observatory.assistance import services
from observatory.assistance.intake import sync_submission
from observatory.assistance.models import CHECKLIST_KINDS, Kind, Need, NeedStatus, Source
from observatory.assistance.selectors import filter_needs, need_for, readable_needs
from observatory.audit.models import AuditEntry
from observatory.collection import services as collection
from observatory.collection.models import AssistanceKind
from observatory.library.models import Visibility

from .conftest import PUBLIC_NEED, READERS, RESTRICTED_NEED, reader


def descriptions(needs) -> set[str]:
    return {need.description for need in needs}


def test_nothing_flows_in_before_the_state_submits(answered):
    assert not Need.objects.exists()


def test_submitting_brings_the_needs_in_with_their_answer_and_kind(users, submitted, questions):
    needs = {need.description: need for need in Need.objects.all()}
    assert set(needs) == {PUBLIC_NEED, RESTRICTED_NEED}
    public = needs[PUBLIC_NEED]
    assert public.source == Source.CHECKLIST and public.state.iso3 == "VNM"
    assert public.kind == Kind.CAPACITY_BUILDING and public.source_kind == "capacity_building"
    assert public.priority == "high" and public.status == NeedStatus.CURRENT and public.language == "en"
    assert public.submission == submitted and public.question == questions[0]
    assert public.source_version.number == 1 and public.declared_by == users["focal_point"]
    assert [article.number for article in public.articles.all()] == [7]
    assert public.collection_need is not None and public.collection_need.description == PUBLIC_NEED
    # "Technological assistance" of the checklist is the register's "IT and equipment".
    assert needs[RESTRICTED_NEED].kind == Kind.IT_EQUIPMENT
    assert [article.number for article in needs[RESTRICTED_NEED].articles.all()] == [8]
    # Not published: the public may not read them yet.
    assert {need.published_visibility for need in needs.values()} == {""}
    assert needs[RESTRICTED_NEED].visibility == Visibility.SECRETARIAT
    # The first status is in the history, and the intake is audited.
    assert public.status_changes.get().after == NeedStatus.CURRENT
    assert AuditEntry.objects.filter(action="assistance.need.intake").count() == 1


def test_every_checklist_kind_has_a_register_kind():
    assert set(CHECKLIST_KINDS) == set(AssistanceKind.values)
    assert set(CHECKLIST_KINDS.values()) <= set(Kind.values)


def test_intake_is_idempotent(users, published):
    before = list(Need.objects.order_by("pk").values())
    for _ in range(2):
        report = sync_submission(users["secretariat"], published)
        assert not report.changed
    assert list(Need.objects.order_by("pk").values()) == before
    assert AuditEntry.objects.filter(action="assistance.need.intake").count() == 2  # submit, publish


def test_resubmitting_keeps_the_needs_and_a_dropped_need_is_withdrawn_not_deleted(
    users, published, questions
):
    collection.reopen(users["focal_point"], published)
    first = published.answers.get(question=questions[0])
    # The State keeps its first need, drops the second, adds a new one.
    collection.save_answer(
        users["contributor"],
        published,
        questions[0],
        revision=first.revision,
        assistance_needs=[
            {"kind": "capacity_building", "description": PUBLIC_NEED, "priority": "high"},
            {"kind": "legal_advice", "description": "Advice on a law on lobbying", "priority": "low"},
        ],
    )
    second = published.answers.get(question=questions[1])
    collection.save_answer(
        users["contributor"], published, questions[1], revision=second.revision, assistance_needs=[]
    )
    collection.submit(users["focal_point"], published)
    assert Need.objects.count() == 3  # nothing duplicated, nothing deleted
    kept = Need.objects.get(description=PUBLIC_NEED)
    dropped = Need.objects.get(description=RESTRICTED_NEED)
    added = Need.objects.get(description="Advice on a law on lobbying")
    assert not kept.withdrawn and kept.source_version.number == 2
    assert dropped.withdrawn and dropped.withdrawn_at is not None
    assert not added.withdrawn and added.published_visibility == ""
    # Version 2 is not published: the public still reads version 1's public need, and not the new one.
    assert descriptions(filter_needs(None)) == {PUBLIC_NEED}
    # The State and the Secretariat see the change at once.
    for role in ("focal_point", "secretariat"):
        assert descriptions(filter_needs(users[role])) == {PUBLIC_NEED, "Advice on a law on lobbying"}
    collection.publish(users["secretariat"], published)
    assert descriptions(filter_needs(None)) == {PUBLIC_NEED, "Advice on a law on lobbying"}
    dropped.refresh_from_db()
    assert dropped.published_visibility == ""


def test_a_need_that_comes_back_is_current_again(users, published, questions):
    answer = published.answers.get(question=questions[1])
    collection.reopen(users["focal_point"], published)
    collection.save_answer(
        users["contributor"], published, questions[1], revision=answer.revision, assistance_needs=[]
    )
    collection.submit(users["focal_point"], published)
    assert Need.objects.get(description=RESTRICTED_NEED).withdrawn
    collection.reopen(users["focal_point"], published)
    answer.refresh_from_db()
    collection.save_answer(
        users["contributor"],
        published,
        questions[1],
        revision=answer.revision,
        assistance_needs=[{"kind": "technology", "description": RESTRICTED_NEED, "priority": "medium"}],
    )
    collection.submit(users["focal_point"], published)
    assert Need.objects.filter(description=RESTRICTED_NEED).count() == 1
    assert not Need.objects.get(description=RESTRICTED_NEED).withdrawn


def test_a_published_need_keeps_its_published_priority_until_the_new_version_is_published(
    users, published, questions
):
    answer = published.answers.get(question=questions[0])
    collection.reopen(users["focal_point"], published)
    collection.save_answer(
        users["contributor"],
        published,
        questions[0],
        revision=answer.revision,
        assistance_needs=[{"kind": "capacity_building", "description": PUBLIC_NEED, "priority": "low"}],
    )
    collection.submit(users["focal_point"], published)
    assert Need.objects.get(description=PUBLIC_NEED).priority == "high"
    collection.publish(users["secretariat"], published)
    assert Need.objects.get(description=PUBLIC_NEED).priority == "low"


@pytest.mark.parametrize("role", READERS)
def test_before_publication_only_the_state_and_the_secretariat_read_the_needs(users, submitted, role):
    found = descriptions(readable_needs(reader(users, role)))
    if role in ("administrator", "secretariat", "focal_point", "contributor"):
        assert found == {PUBLIC_NEED, RESTRICTED_NEED}
    else:
        assert found == set()


@pytest.mark.parametrize("role", READERS)
def test_after_publication_a_need_is_as_visible_as_its_answer(users, published, role):
    found = descriptions(readable_needs(reader(users, role)))
    if role in ("administrator", "secretariat", "focal_point", "contributor"):
        assert found == {PUBLIC_NEED, RESTRICTED_NEED}
    else:
        # The answer restricted to the Secretariat keeps its need from everyone else, the public included.
        assert found == {PUBLIC_NEED}


@pytest.mark.parametrize(
    ("visibility", "outsiders"),
    [
        (Visibility.PUBLIC, {"other_focal_point", "provider", None}),
        (Visibility.STATES_PARTIES, {"other_focal_point"}),
        (Visibility.SECRETARIAT, set()),
    ],
)
def test_the_submissions_visibility_bounds_its_needs(users, answered, visibility, outsiders):
    collection.submit(users["focal_point"], answered, visibility=visibility)
    collection.publish(users["secretariat"], answered)
    need = Need.objects.get(description=PUBLIC_NEED)
    assert need.published_visibility == visibility
    for role in ("other_focal_point", "provider", None):
        assert (need_for(reader(users, role), need.pk) is not None) == (role in outsiders)


def test_a_need_entered_from_an_unpublished_submission_waits_for_its_publication(users, submitted):
    need = services.declare_need(
        users["secretariat"],
        state="VNM",
        kind="on_site_expert",
        description="An expert to help set up the verification unit (from the State's letter)",
        source=Source.SUBMISSION,
        submission=submitted,
    )
    assert need.published_visibility == ""
    assert need_for(None, need.pk) is None and need_for(users["focal_point"], need.pk) is not None
    collection.publish(users["secretariat"], submitted)
    need.refresh_from_db()
    assert need.published_visibility == Visibility.PUBLIC
    assert need_for(None, need.pk) is not None


def test_the_backfill_finds_needs_of_submissions_made_before_the_register(users, published):
    Need.objects.all().update(published_visibility="")  # as if the register had missed them
    totals = services.backfill(users["secretariat"])
    assert totals["submissions"] == 1
    assert Need.objects.get(description=PUBLIC_NEED).published_visibility == Visibility.PUBLIC
