"""National sign-off: contributors draft, the focal point submits (a frozen version), the Secretariat
acknowledges, asks for clarification and publishes. Role by role, with the ways it can go wrong."""

import datetime

import pytest

from observatory.audit.models import AuditEntry
from observatory.collection import services
from observatory.collection.models import (
    AssistanceKind,
    Submission,
    SubmissionStatus,
    SubmissionVersion,
)
from observatory.collection.selectors import changes_since_previous_cycle, drafts_for, open_calls_for
from observatory.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from observatory.library.models import Visibility

from .conftest import DEADLINE, LAUNCH, at


def draft(users, submission, question, **fields):
    fields.setdefault("language", "fr")
    return services.save_answer(users["contributor"], submission, question, revision=0, **fields)


@pytest.mark.parametrize("role", ["secretariat", "administrator", "provider", "other_focal_point", None])
def test_only_the_states_own_people_draft(users, call, parties, role):
    actor = users[role] if role else None
    with pytest.raises(PermissionDenied):
        services.start_submission(actor, call, parties["VNM"])


@pytest.mark.parametrize("role", ["secretariat", "administrator", "provider", "other_focal_point", None])
def test_nobody_else_writes_a_states_answers(users, submission, questions, role):
    actor = users[role] if role else None
    with pytest.raises(PermissionDenied):
        services.save_answer(actor, submission, questions[0], revision=0, language="en")


def test_a_contributor_drafts_in_french_and_the_draft_keeps_every_part(users, submission, questions):
    answer = draft(
        users,
        submission,
        questions[0],
        implemented="partly",
        measures="Loi n° 2018/12 sur la déclaration de patrimoine.",
        examples="1 250 déclarations vérifiées en 2030.",
        challenges="Peu de vérificateurs.",
        assistance_needs=[
            {
                "kind": AssistanceKind.CAPACITY_BUILDING,
                "description": "Former 40 vérificateurs",
                "priority": "high",
            }
        ],
    )
    assert answer.revision == 1 and answer.language == "fr" and answer.implemented == "partly"
    need = answer.assistance_needs.get()
    assert (need.kind, need.priority) == ("capacity_building", "high")
    assert AuditEntry.objects.filter(action="collection.answer.create", object_id=str(answer.pk)).exists()
    # The audit log (read by the Secretariat) records which fields were written, never a draft's text.
    services.save_answer(
        users["contributor"], submission, questions[0], revision=1, measures="Texte Zircone-7"
    )
    entries = AuditEntry.objects.filter(object_id=str(answer.pk), action__startswith="collection.answer")
    assert entries.count() == 2
    assert not any("vérificateurs" in str(e.after) or "Zircone" in str(e.after) for e in entries)
    assert entries.get(action="collection.answer.save").after["changed"] == ["measures"]
    assert list(drafts_for(users["focal_point"])) == [submission]
    assert list(drafts_for(users["other_focal_point"])) == []
    assert list(open_calls_for(users["contributor"])) == [submission.call]


def test_a_stale_save_is_refused_and_shown_the_difference(users, submission, questions):
    first = draft(users, submission, questions[0], measures="Asset declarations since 2018.")
    # Two people opened revision 1. The focal point saves first …
    services.save_answer(
        users["focal_point"], submission, questions[0], revision=1, measures="Asset declarations since 2019."
    )
    # … then the contributor, still on revision 1: nothing is saved, and the error carries both texts.
    with pytest.raises(Conflict) as error:
        services.save_answer(
            users["contributor"],
            submission,
            questions[0],
            revision=1,
            measures="Declarations since 2018, online.",
        )
    details = {entry["field"]: entry for entry in error.value.details}
    assert details["revision"] == {"field": "revision", "current": 2, "yours": 1}
    assert details["measures"]["current"] == "Asset declarations since 2019."
    assert details["measures"]["yours"] == "Declarations since 2018, online."
    assert ("delete", "2019.") in details["measures"]["diff"]
    assert "focal_point-vnm" in error.value.message
    first.refresh_from_db()
    assert first.measures == "Asset declarations since 2019." and first.revision == 2


def test_an_answer_created_meanwhile_is_a_conflict_too(users, submission, questions):
    draft(users, submission, questions[0], measures="Mine")
    with pytest.raises(Conflict):
        services.save_answer(users["focal_point"], submission, questions[0], revision=0, language="en")


def test_bad_values_are_named(users, submission, questions):
    for fields, field in [
        ({"implemented": "maybe"}, "implemented"),
        ({"language": "de"}, "language"),
        ({"visibility": "friends"}, "visibility"),
        ({"colour": "red"}, "colour"),
        ({"assistance_needs": [{"kind": "money"}]}, "assistance_needs"),
    ]:
        with pytest.raises(InvalidInput) as error:
            services.save_answer(
                users["contributor"], submission, questions[0], revision=0, **{"language": "en", **fields}
            )
        assert error.value.details[0]["field"] == field


def test_markup_in_an_answer_is_kept_as_text(users, submission, questions):
    payload = '<script>alert("x")</script><b>bold</b>'
    answer = draft(users, submission, questions[0], measures=payload)
    assert answer.measures == payload


def test_only_the_focal_point_submits_and_the_version_is_frozen(users, submission, questions):
    answer = draft(users, submission, questions[0], measures="Version one.")
    with pytest.raises(PermissionDenied):
        services.submit(users["contributor"], submission)
    with pytest.raises(PermissionDenied):
        services.submit(users["other_focal_point"], submission)
    version = services.submit(users["focal_point"], submission, visibility=Visibility.STATES_PARTIES)
    assert (version.number, version.is_late, version.visibility) == (1, False, "states_parties")
    assert version.snapshot["answers"][0]["measures"] == "Version one."
    assert version.snapshot["answers"][0]["checklist_item"] == "7-4"
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.SUBMITTED
    # Frozen: no more edits until the State reopens it.
    with pytest.raises(Conflict, match="frozen"):
        services.save_answer(
            users["contributor"], submission, questions[0], revision=answer.revision, measures="x"
        )
    assert AuditEntry.objects.filter(
        action="collection.submission.submit", object_id=str(submission.pk)
    ).exists()


def test_submitting_twice_is_a_clear_error(users, submission, questions):
    draft(users, submission, questions[0])
    services.submit(users["focal_point"], submission)
    with pytest.raises(Conflict, match=r"already submitted .* \(version 1\)"):
        services.submit(users["focal_point"], submission)
    assert SubmissionVersion.objects.filter(submission=submission).count() == 1


def test_an_empty_submission_is_refused(users, submission):
    with pytest.raises(InvalidInput, match="nothing to submit"):
        services.submit(users["focal_point"], submission)


def test_after_the_deadline_a_submission_is_accepted_and_marked_late(users, submission, questions):
    draft(users, submission, questions[0])
    on_the_day = services.submit(users["focal_point"], submission, now=at(DEADLINE, hour=23))
    assert on_the_day.is_late is False
    services.reopen(users["focal_point"], submission)
    next_day = services.submit(
        users["focal_point"], submission, now=at(DEADLINE + datetime.timedelta(days=1), 0)
    )
    assert (next_day.number, next_day.is_late) == (2, True)


def test_a_closed_call_takes_no_more_answers(users, call, submission, questions):
    draft(users, submission, questions[0])
    services.close_call(users["secretariat"], call)
    with pytest.raises(InvalidInput, match="closed"):
        services.submit(users["focal_point"], submission)


def test_a_state_not_addressed_cannot_answer(users, make_user, call):
    from observatory.countries.models import State

    peru = State.objects.get(iso3="PER")
    with pytest.raises(NotFound):
        services.start_submission(make_user("focal_point", "PER"), call, peru)


def test_the_secretariat_reviews_asks_for_clarification_and_publishes(users, submission, questions):
    answer = draft(users, submission, questions[0], measures="First text.")
    services.submit(users["focal_point"], submission)
    for role in ("focal_point", "contributor", "provider", "administrator"):
        with pytest.raises(PermissionDenied):
            services.acknowledge(users[role], submission)
        with pytest.raises(PermissionDenied):
            services.publish(users[role], submission)
    services.acknowledge(users["secretariat"], submission, now=LAUNCH)
    services.request_clarification(users["secretariat"], submission, "Please give the number of verifiers.")
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.CLARIFICATION_REQUESTED
    assert submission.note == "Please give the number of verifiers."
    # The State answers the question and submits again: a second version; the first is unchanged.
    services.save_answer(
        users["contributor"],
        submission,
        questions[0],
        revision=answer.revision,
        measures="First text. 12 verifiers.",
    )
    second = services.submit(users["focal_point"], submission)
    first = submission.versions.get(number=1)
    assert first.snapshot["answers"][0]["measures"] == "First text."
    assert first.acknowledged_at == LAUNCH
    assert second.number == 2
    services.publish(users["secretariat"], submission)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.PUBLISHED
    assert submission.published_version == second and second.__class__.objects.get(pk=second.pk).published_at
    with pytest.raises(Conflict):
        services.publish(users["secretariat"], submission)
    actions = list(
        AuditEntry.objects.filter(object_id=str(submission.pk), object_type="collection.submission")
        .order_by("pk")
        .values_list("action", flat=True)
    )
    assert actions == [
        "collection.submission.start",
        "collection.submission.submit",
        "collection.submission.acknowledge",
        "collection.submission.clarify",
        "collection.submission.submit",
        "collection.submission.publish",
    ]


def test_publishing_needs_something_submitted(users, submission):
    with pytest.raises(Conflict):
        services.publish(users["secretariat"], submission)


def test_a_state_may_decline_and_change_its_mind(users, call, parties, questions):
    submission = services.decline(users["focal_point"], call, parties["VNM"], reason="No system yet.")
    assert submission.status == SubmissionStatus.DECLINED
    with pytest.raises(PermissionDenied):
        services.decline(users["contributor"], call, parties["VNM"])
    with pytest.raises(Conflict, match="declined"):
        services.submit(users["focal_point"], submission)
    services.reopen(users["focal_point"], submission)
    draft(users, submission, questions[0])
    assert services.submit(users["focal_point"], submission).number == 1


def test_a_new_cycle_is_prefilled_from_the_previous_answers_and_shows_what_changed(
    users, call, submission, questions, parties, focal_points
):
    draft(
        users,
        submission,
        questions[0],
        implemented="partly",
        measures="Declarations on paper.",
        assistance_needs=[{"kind": "technology", "description": "An e-filing system"}],
    )
    draft(users, submission, questions[2], measures="312 declarations verified.")
    services.submit(users["focal_point"], submission)

    next_call = services.create_call(
        users["secretariat"],
        title_en="Asset declarations: second cycle",
        deadline=DEADLINE + datetime.timedelta(days=365),
        checklist_items=["7-4", "8-1"],
        questions=["Describe any statistics on verified declarations."],
        previous_call=call,
    )
    services.launch_call(users["secretariat"], next_call, now=LAUNCH)
    renewed = services.start_submission(users["contributor"], next_call, parties["VNM"])
    assert renewed.prefilled_from == submission.versions.get()
    carried = {
        a.question.checklist_item.code if a.question.checklist_item else "free": a
        for a in renewed.answers.all()
    }
    assert set(carried) == {"7-4", "free"}  # 8-1 was not asked before; 8-5 is not asked now
    assert carried["7-4"].measures == "Declarations on paper."
    assert carried["7-4"].assistance_needs.get().kind == "technology"
    assert changes_since_previous_cycle(users["contributor"], renewed) == []

    services.save_answer(
        users["contributor"],
        renewed,
        carried["7-4"].question,
        revision=carried["7-4"].revision,
        implemented="yes",
        measures="Declarations filed online since 2032.",
    )
    changes = {
        (c.checklist_item, c.field): c for c in changes_since_previous_cycle(users["contributor"], renewed)
    }
    assert set(changes) == {("7-4", "implemented"), ("7-4", "measures")}
    assert (changes[("7-4", "implemented")].before, changes[("7-4", "implemented")].after) == (
        "partly",
        "yes",
    )
    assert ("insert", "online since 2032.") in changes[("7-4", "measures")].diff
    # Another State sees none of it.
    assert changes_since_previous_cycle(users["other_focal_point"], renewed) == []
    assert Submission.objects.filter(call=next_call).count() == 1
