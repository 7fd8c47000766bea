"""Writes about States' submissions: draft, answer, submit (frozen versions), decline, reopen, and the
Secretariat's acknowledgement, request for clarification and publication.

National sign-off is two steps: contributors and the focal point of a State draft its answers; only the
focal point submits. A submitted version is frozen (a JSON snapshot of every answer); changing answers
afterwards means reopening the submission, and the next submission makes a new version.
"""

from __future__ import annotations

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from observatory.accounts.permissions import Action, require
from observatory.audit.services import changed_fields, record
from observatory.core.errors import Conflict, InvalidInput, NotFound
from observatory.library.models import Document, Visibility
from observatory.search.services import index_document

from .diffs import text_diff
from .locking import lock
from .models import (
    ANSWER_LANGUAGES,
    EDITABLE_STATUSES,
    Addressee,
    Answer,
    AssistanceKind,
    AssistanceNeed,
    Call,
    CallDocument,
    CallStatus,
    Implemented,
    Priority,
    Question,
    Submission,
    SubmissionStatus,
    SubmissionVersion,
)
from .publication import publish_to_library

TEXT_FIELDS = ("measures", "examples", "challenges")
ANSWER_FIELDS = ("implemented", *TEXT_FIELDS, "language", "visibility")
LANGUAGE_CODES = frozenset(code for code, _label in ANSWER_LANGUAGES)


def _person(actor):
    return actor if getattr(actor, "is_authenticated", False) else None


def answer_record(answer: Answer) -> dict:
    """One answer as a frozen version stores it (and as readers receive it)."""
    question = answer.question
    return {
        "question": question.pk,
        "position": question.position,
        "checklist_item": question.checklist_item.code if question.checklist_item_id else None,
        "article": question.article.number if question.article_id else None,
        "question_text": question.text_en,
        "implemented": answer.implemented,
        "measures": answer.measures,
        "examples": answer.examples,
        "challenges": answer.challenges,
        "language": answer.language,
        "visibility": answer.visibility,
        "assistance_needs": [
            {"kind": need.kind, "description": need.description, "priority": need.priority}
            for need in answer.assistance_needs.all()
        ],
        "evidence": [
            {"id": document.pk, "key": document.key, "title": str(document)}
            for document in answer.evidence.order_by("pk")
        ],
    }


def submission_snapshot(submission: Submission) -> dict:
    """Everything a State submits: its answers and the documents it uploaded, as JSON."""
    answers = (
        submission.answers.select_related("question__checklist_item", "question__article")
        .prefetch_related("assistance_needs", "evidence")
        .order_by("question__position")
    )
    documents = CallDocument.objects.filter(call=submission.call, state=submission.state).select_related(
        "document"
    )
    return {
        "answers": [answer_record(answer) for answer in answers],
        "documents": [
            {"id": link.document_id, "key": link.document.key, "source_name": link.source_name}
            for link in documents
        ],
    }


def _require_open(call: Call) -> None:
    if call.status != CallStatus.LAUNCHED:
        message = (
            _("This call is closed: it no longer accepts answers.")
            if call.status == CallStatus.CLOSED
            else _("This call has not been launched yet.")
        )
        raise InvalidInput(message=message, details=[{"field": "call", "value": call.status}])


def _require_addressed(call: Call, state) -> None:
    if not Addressee.objects.filter(call=call, state=state).exists():
        raise NotFound(message=_("This call is not addressed to %(state)s.") % {"state": state.name_en})


def start_submission(actor, call: Call, state, *, prefill: bool = True) -> Submission:
    """The State's submission to a call, created as a draft on first use. A call that follows a
    previous cycle is pre-filled from the State's latest submitted answers to it."""
    require(actor, Action.DRAFT_SUBMISSION, state)
    _require_open(call)
    _require_addressed(call, state)
    existing = Submission.objects.filter(call=call, state=state).first()
    if existing:
        return existing
    try:
        with transaction.atomic():
            submission = Submission.objects.create(call=call, state=state, created_by=_person(actor))
            prefilled = _prefill(submission, actor) if prefill else 0
            record(
                actor=actor,
                action="collection.submission.start",
                obj=submission,
                after={"status": submission.status, "prefilled_answers": prefilled},
            )
    except IntegrityError:  # a colleague started it at the same moment
        return Submission.objects.get(call=call, state=state)
    return submission


def _prefill(submission: Submission, actor) -> int:
    previous_call = submission.call.previous_call
    if previous_call is None:
        return 0
    version = (
        SubmissionVersion.objects.filter(submission__call=previous_call, submission__state=submission.state)
        .order_by("-number")
        .first()
    )
    if version is None:
        return 0
    entries = version.snapshot["answers"]
    by_item = {entry["checklist_item"]: entry for entry in entries if entry["checklist_item"]}
    by_text = {entry["question_text"]: entry for entry in entries}
    documents = Document.objects.in_bulk([e["id"] for entry in entries for e in entry["evidence"]])
    count = 0
    for question in submission.call.questions.select_related("checklist_item"):
        code = question.checklist_item.code if question.checklist_item_id else None
        entry = by_item.get(code) if code else by_text.get(question.text_en)
        if entry is None:
            continue
        answer = Answer.objects.create(
            submission=submission,
            question=question,
            updated_by=_person(actor),
            **{name: entry[name] for name in ANSWER_FIELDS},
        )
        _replace_needs(answer, entry["assistance_needs"])
        answer.evidence.set([documents[e["id"]] for e in entry["evidence"] if e["id"] in documents])
        count += 1
    submission.prefilled_from = version
    submission.save(update_fields=["prefilled_from"])
    return count


def _replace_needs(answer: Answer, needs: list[dict]) -> None:
    answer.assistance_needs.all().delete()
    AssistanceNeed.objects.bulk_create(
        [
            AssistanceNeed(
                answer=answer,
                kind=need["kind"],
                description=need.get("description", ""),
                priority=need.get("priority") or Priority.MEDIUM,
                position=position,
            )
            for position, need in enumerate(needs)
        ]
    )


def _clean_changes(changes: dict) -> dict:
    unknown = sorted(set(changes) - {*ANSWER_FIELDS, "assistance_needs", "evidence"})
    if unknown:
        raise InvalidInput(
            message=_("Unknown fields: %(fields)s.") % {"fields": ", ".join(unknown)},
            details=[{"field": name} for name in unknown],
        )
    checks = {
        "implemented": ("", *Implemented.values),
        "language": tuple(LANGUAGE_CODES),
        "visibility": ("", *Visibility.values),
    }
    for name, allowed in checks.items():
        if name in changes and changes[name] not in allowed:
            raise InvalidInput(
                message=_("%(value)r is not a valid value for %(field)s.")
                % {"value": changes[name], "field": name},
                details=[{"field": name, "value": changes[name]}],
            )
    for name in TEXT_FIELDS:
        if name in changes and not isinstance(changes[name], str):
            raise InvalidInput(message=_("Answers are text."), details=[{"field": name}])
    for position, need in enumerate(changes.get("assistance_needs") or []):
        if need.get("kind") not in AssistanceKind.values or need.get("priority", Priority.MEDIUM) not in (
            Priority.values
        ):
            raise InvalidInput(
                message=_("A technical-assistance need has an unknown kind or priority."),
                details=[{"field": "assistance_needs", "row": position, "value": need}],
            )
    return changes


def _conflict(answer: Answer, revision: int, changes: dict) -> Conflict:
    """The error a stale save gets: what is stored now next to what was sent, field by field."""
    current = answer_record(answer)
    details: list[dict] = [{"field": "revision", "current": answer.revision, "yours": revision}]
    for name, yours in changes.items():
        if name in ANSWER_FIELDS and current[name] != yours:
            entry = {"field": name, "current": current[name], "yours": yours}
            if name in TEXT_FIELDS:
                entry["diff"] = text_diff(current[name], yours)
            details.append(entry)
    who = answer.updated_by.get_username() if answer.updated_by_id else _("someone")
    return Conflict(
        message=_(
            "%(who)s saved this answer meanwhile: your changes were not saved. Compare them with the "
            "current text and save again."
        )
        % {"who": who},
        details=details,
    )


def save_answer(actor, submission: Submission, question: Question, *, revision: int, **changes) -> Answer:
    """Save (part of) a State's answer to one question. ``revision`` is the answer's revision the
    editor started from (0 for a new answer); if someone saved since, nothing is saved and a Conflict
    carries the current text, so no edit is silently lost."""
    require(actor, Action.DRAFT_SUBMISSION, submission.state)
    changes = _clean_changes(changes)
    with transaction.atomic():
        lock(submission)
        if submission.status not in EDITABLE_STATUSES:
            raise Conflict(
                message=_("This submission was submitted and is frozen: reopen it to make a new version."),
                details=[{"field": "status", "current": submission.status}],
            )
        _require_open(submission.call)
        if question.call_id != submission.call_id:
            raise InvalidInput(
                message=_("This question belongs to another call."), details=[{"field": "question"}]
            )
        answer = Answer.objects.select_for_update().filter(submission=submission, question=question).first()
        if answer is None:
            return _create_answer(actor, submission, question, revision, changes)
        if answer.revision != revision:
            raise _conflict(answer, revision, changes)
        before = answer_record(answer)
        fields = {name: changes[name] for name in ANSWER_FIELDS if name in changes}
        # The revision in the WHERE clause makes the check and the write one statement, whatever the
        # database's locking does.
        saved = Answer.objects.filter(pk=answer.pk, revision=revision).update(
            **fields, revision=revision + 1, updated_by=_person(actor), updated_at=timezone.now()
        )
        if not saved:
            answer.refresh_from_db()
            raise _conflict(answer, revision, changes)
        answer.refresh_from_db()
        _save_relations(answer, changes)
        record(
            actor=actor,
            action="collection.answer.save",
            obj=answer,
            before={"revision": revision},
            # Which fields changed, never their text: a draft is its State's alone, and the audit log is
            # read by the Secretariat.
            after={
                "revision": answer.revision,
                "changed": sorted(changed_fields(before, answer_record(answer))),
            },
        )
        return answer


def _create_answer(actor, submission, question, revision: int, changes: dict) -> Answer:
    if revision != 0:
        raise InvalidInput(
            message=_("This answer does not exist yet: save it with revision 0."),
            details=[{"field": "revision", "yours": revision}],
        )
    if "language" not in changes:
        raise InvalidInput(
            message=_("Say which language the answer is written in."), details=[{"field": "language"}]
        )
    try:
        with transaction.atomic():
            answer = Answer.objects.create(
                submission=submission,
                question=question,
                updated_by=_person(actor),
                **{name: changes[name] for name in ANSWER_FIELDS if name in changes},
            )
    except IntegrityError:  # created by someone else between our read and our write
        raise _conflict(
            Answer.objects.get(submission=submission, question=question), revision, changes
        ) from None
    _save_relations(answer, changes)
    filled = sorted(name for name, value in answer_record(answer).items() if name in ANSWER_FIELDS and value)
    record(
        actor=actor,
        action="collection.answer.create",
        obj=answer,
        after={"revision": answer.revision, "fields": filled},
    )
    return answer


def _save_relations(answer: Answer, changes: dict) -> None:
    if "assistance_needs" in changes:
        _replace_needs(answer, changes["assistance_needs"] or [])
    if "evidence" in changes:
        documents = list(changes["evidence"] or [])
        allowed = set(
            CallDocument.objects.filter(
                call=answer.submission.call_id, state=answer.submission.state_id
            ).values_list("document_id", flat=True)
        ) | set(Document.objects.filter(visibility=Visibility.PUBLIC).values_list("pk", flat=True))
        refused = [document.pk for document in documents if document.pk not in allowed]
        if refused:
            raise InvalidInput(
                message=_("Evidence must be a public library document or a document uploaded for this call."),
                details=[{"field": "evidence", "value": pk} for pk in refused],
            )
        answer.evidence.set(documents)


def submit(
    actor, submission: Submission, *, visibility: str | None = None, now: datetime.datetime | None = None
) -> SubmissionVersion:
    """Submit the State's answers (its focal point only): freezes them as a new version, marked late
    when submitted after the deadline. Submitting what is already submitted is refused."""
    require(actor, Action.SUBMIT_SUBMISSION, submission.state)
    now = now or timezone.now()
    if visibility is not None and visibility not in Visibility.values:
        raise InvalidInput(
            message=_("Unknown visibility."), details=[{"field": "visibility", "value": visibility}]
        )
    with transaction.atomic():
        lock(submission)
        if submission.status not in EDITABLE_STATUSES:
            latest = submission.versions.order_by("-number").first()
            if latest is not None:
                message = _(
                    "This submission was already submitted on %(date)s (version %(number)s). Reopen it to "
                    "submit changes as a new version."
                ) % {"date": latest.submitted_at.date().isoformat(), "number": latest.number}
            else:
                message = _("This State declined to answer this call: reopen the submission to answer it.")
            raise Conflict(message=message, details=[{"field": "status", "current": submission.status}])
        _require_open(submission.call)
        snapshot = submission_snapshot(submission)
        if not snapshot["answers"] and not snapshot["documents"]:
            raise InvalidInput(
                message=_("There is nothing to submit yet: answer a question or upload a document."),
                details=[{"field": "answers"}],
            )
        if visibility is not None:
            submission.visibility = visibility
        number = (submission.versions.order_by("-number").values_list("number", flat=True).first() or 0) + 1
        version = SubmissionVersion.objects.create(
            submission=submission,
            number=number,
            submitted_at=now,
            submitted_by=_person(actor),
            is_late=timezone.localdate(now) > submission.call.deadline,
            visibility=submission.visibility,
            snapshot=snapshot,
        )
        before = {"status": submission.status}
        submission.status = SubmissionStatus.SUBMITTED
        submission.save(update_fields=["status", "visibility", "updated_at"])
        record(
            actor=actor,
            action="collection.submission.submit",
            obj=submission,
            before=before,
            after={"status": submission.status, "version": number, "late": version.is_late},
        )
        from observatory.assistance.intake import sync_submission  # the register's needs (no import cycle)

        sync_submission(actor, submission)
        return version


def decline(actor, call: Call, state, *, reason: str = "") -> Submission:
    """Record that a State will not answer a call (its focal point only)."""
    require(actor, Action.SUBMIT_SUBMISSION, state)
    _require_open(call)
    _require_addressed(call, state)
    with transaction.atomic():
        submission, _created = Submission.objects.select_for_update().get_or_create(
            call=call, state=state, defaults={"created_by": _person(actor)}
        )
        if submission.status not in EDITABLE_STATUSES:
            raise Conflict(
                message=_("This State has already submitted or declined: it cannot decline now."),
                details=[{"field": "status", "current": submission.status}],
            )
        before = {"status": submission.status}
        submission.status, submission.decline_reason = SubmissionStatus.DECLINED, reason.strip()
        submission.save(update_fields=["status", "decline_reason", "updated_at"])
        record(
            actor=actor,
            action="collection.submission.decline",
            obj=submission,
            before=before,
            after={"status": submission.status, "reason": submission.decline_reason},
        )
    return submission


@transaction.atomic
def reopen(actor, submission: Submission) -> Submission:
    """Make a submitted (or declined) submission a draft again, so the State can change it. Versions
    already submitted stay as they were, and a published version stays published."""
    require(actor, Action.SUBMIT_SUBMISSION, submission.state)
    lock(submission)
    _require_open(submission.call)
    if submission.status in EDITABLE_STATUSES:
        raise Conflict(
            message=_("This submission is already open for changes."), details=[{"field": "status"}]
        )
    before = {"status": submission.status}
    submission.status = SubmissionStatus.DRAFT
    submission.save(update_fields=["status", "updated_at"])
    record(
        actor=actor,
        action="collection.submission.reopen",
        obj=submission,
        before=before,
        after={"status": submission.status},
    )
    return submission


def _latest_version(submission: Submission) -> SubmissionVersion:
    version = submission.versions.order_by("-number").first()
    if version is None:
        raise InvalidInput(message=_("Nothing has been submitted yet."), details=[{"field": "status"}])
    return version


def _review_step(actor, submission, action, allowed, new_status, *, note=None):
    lock(submission)
    if submission.status not in allowed:
        raise Conflict(
            message=_("This submission is %(status)s: that step is not possible now.")
            % {"status": submission.get_status_display()},
            details=[{"field": "status", "current": submission.status}],
        )
    version = _latest_version(submission)
    before = {"status": submission.status}
    submission.status = new_status
    fields = ["status", "updated_at"]
    if note is not None:
        submission.note = note
        fields.append("note")
    submission.save(update_fields=fields)
    record(
        actor=actor,
        action=action,
        obj=submission,
        before=before,
        after={"status": new_status, "version": version.number, **({"note": note} if note else {})},
    )
    return submission, version


@transaction.atomic
def acknowledge(actor, submission: Submission, *, now: datetime.datetime | None = None) -> Submission:
    """The Secretariat acknowledges receipt of the latest submitted version."""
    require(actor, Action.REVIEW_SUBMISSION)
    submission, version = _review_step(
        actor,
        submission,
        "collection.submission.acknowledge",
        {SubmissionStatus.SUBMITTED},
        SubmissionStatus.ACKNOWLEDGED,
    )
    version.acknowledged_at = now or timezone.now()
    version.save(update_fields=["acknowledged_at"])
    return submission


@transaction.atomic
def request_clarification(actor, submission: Submission, message: str) -> Submission:
    """The Secretariat sends a submission back to its State with a question; the State changes its
    answers and submits again (a new version)."""
    require(actor, Action.REVIEW_SUBMISSION)
    if not message.strip():
        raise InvalidInput(message=_("Say what needs clarifying."), details=[{"field": "message"}])
    submission, _version = _review_step(
        actor,
        submission,
        "collection.submission.clarify",
        {SubmissionStatus.SUBMITTED, SubmissionStatus.ACKNOWLEDGED},
        SubmissionStatus.CLARIFICATION_REQUESTED,
        note=message.strip(),
    )
    return submission


@transaction.atomic
def publish(actor, submission: Submission, *, now: datetime.datetime | None = None) -> Submission:
    """The Secretariat publishes the latest submitted version, to the readers its visibility admits;
    the documents the State uploaded for the call take the same visibility."""
    require(actor, Action.PUBLISH)
    submission, version = _review_step(
        actor,
        submission,
        "collection.submission.publish",
        {SubmissionStatus.SUBMITTED, SubmissionStatus.ACKNOWLEDGED},
        SubmissionStatus.PUBLISHED,
    )
    version.published_at = now or timezone.now()
    version.save(update_fields=["published_at"])
    submission.published_version = version
    submission.save(update_fields=["published_version"])
    for link in CallDocument.objects.filter(call=submission.call, state=submission.state).select_related(
        "document"
    ):
        if link.document.visibility != version.visibility:
            link.document.visibility = version.visibility
            link.document.save(update_fields=["visibility", "updated_at"])
            # The search index copies visibility: re-index in the same transaction.
            index_document(link.document)
    publish_to_library(submission, version)
    from observatory.assistance.intake import sync_submission  # the register's needs (no import cycle)

    sync_submission(actor, submission)
    return submission
