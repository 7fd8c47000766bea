"""Calls for information, States' submissions and the Secretariat's ledger.

Thin over the collection app: reads go through ``collection.selectors`` (where confidentiality is
decided, so these answers show exactly what the portal shows), writes through ``collection.services``
(their permission checks, audit entries and conflict detection). Writes need a signed-in session and a
CSRF token, like the portal's forms.
"""

from __future__ import annotations

from django.db.models import Prefetch
from django.http import Http404
from django.urls import reverse
from django.utils import translation
from ninja import Router
from ninja.security import SessionAuth
from ninja.utils import check_csrf

from observatory.accounts.permissions import Action, require
from observatory.collection import services
from observatory.collection.ledger import LedgerStatus, ledger, ledger_counts
from observatory.collection.models import Answer, Call, CallStatus, Question, Submission
from observatory.collection.selectors import (
    SubmissionView,
    effective_visibility,
    own_state,
    readable_submission,
    readable_submissions,
    readable_versions,
    shown_submission_status,
    visible_calls,
)
from observatory.collection.statistics import statistics_sentences
from observatory.collection.submissions import answer_record
from observatory.convention.models import Article, Topic
from observatory.core.errors import InvalidInput, ObservatoryError, PermissionDenied
from observatory.core.languages import CONTENT_LANGUAGES
from observatory.countries.models import State

from .schemas import (
    AnswerIn,
    AnswerOut,
    CallOut,
    ErrorOut,
    LedgerOut,
    SubmissionOut,
    SubmitIn,
)

router = Router(tags=["collection"])

#: The formats the portal renders a note verbale in.
NOTE_VERBALE_FORMATS = ("docx", "pdf")
MAX_LIMIT = 500

#: Errors a write can answer with, all in the one error shape.
WRITE_ERRORS = frozenset({400, 401, 403, 404, 409, 422})


class SignedInSession(SessionAuth):
    """Django's session, as the portal uses it, with the CSRF token required; refusals answer in the
    project's error shape rather than ninja's own."""

    def _get_key(self, request):
        if check_csrf(request) is not None:
            raise PermissionDenied(
                message="The CSRF check failed: send the csrftoken cookie's value in an X-CSRFToken header.",
                code="csrf_failed",
            )
        return request.COOKIES.get(self.param_name)

    def authenticate(self, request, key):
        """The signed-in user, or a 401 for the anonymous public."""
        if request.user.is_authenticated:
            return request.user
        raise ObservatoryError(message="Sign in to change submissions.", code="not_authenticated", status=401)


session = SignedInSession()


def _six(obj, prefix: str) -> dict[str, str]:
    return {lang: getattr(obj, f"{prefix}_{lang}") for lang in CONTENT_LANGUAGES}


def _invalid(message: str, field: str, value) -> InvalidInput:
    return InvalidInput(message=message, details=[{"field": field, "value": value}], status=422)


def _page(limit: int, offset: int) -> tuple[int, int]:
    if offset < 0:
        raise _invalid("offset cannot be negative.", "offset", offset)
    return max(1, min(limit, MAX_LIMIT)), offset


def _known_article(number: int | None) -> int | None:
    if number is not None and not Article.objects.filter(number=number).exists():
        raise _invalid(f"There is no article {number} in the Convention (1 to 71).", "article", number)
    return number


def _calls(user):
    questions = Question.objects.select_related("checklist_item", "article").order_by("position")
    return visible_calls(user).prefetch_related(Prefetch("questions", queryset=questions))


def _visible_call(user, call_id: int) -> Call:
    call = _calls(user).filter(pk=call_id).first()
    if call is None:
        raise Http404
    return call


def _note_verbale(call: Call) -> dict:
    # The portal's URLs carry a language prefix; the English one is the stable address to link to.
    with translation.override("en"):
        return {
            language: {
                fmt: reverse("portal:note_verbale", kwargs={"pk": call.pk, "language": language, "fmt": fmt})
                for fmt in NOTE_VERBALE_FORMATS
            }
            for language in CONTENT_LANGUAGES
        }


def _call(call: Call) -> dict:
    return {
        "id": call.pk,
        "symbol": call.symbol,
        "titles": _six(call, "title"),
        "status": call.status,
        "deadline": call.deadline,
        "audience": call.audience,
        "articles": sorted(article.number for article in call.articles.all()),
        "topics": sorted(topic.slug for topic in call.topics.all()),
        "launched_at": call.launched_at,
        "closed_at": call.closed_at,
        "questions": [
            {
                "id": question.pk,
                "position": question.position,
                "checklist_item": question.checklist_item.code if question.checklist_item_id else None,
                "article": question.article.number if question.article_id else None,
                "texts": _six(question, "text"),
            }
            for question in call.questions.all()
        ],
        "note_verbale": _note_verbale(call),
    }


@router.get("/calls", response={200: list[CallOut], 422: ErrorOut})
def list_calls(
    request,
    status: str | None = None,
    article: int | None = None,
    topic: str | None = None,
    limit: int = 100,
    offset: int = 0,
):
    """Calls for information the reader may see (launched and closed ones; drafts too for the
    Secretariat), latest deadline first, with their questions and the addresses of the note verbale
    in six languages and two formats. Filters: ``status`` (draft, launched, closed), ``article`` (a
    number of the Convention), ``topic`` (a topic's slug, exactly)."""
    limit, offset = _page(limit, offset)
    found = _calls(request.user)
    if status is not None:
        if status not in CallStatus.values:
            raise _invalid(
                f"Unknown status {status!r}; use one of {', '.join(CallStatus.values)}.", "status", status
            )
        found = found.filter(status=status)
    if _known_article(article) is not None:
        found = found.filter(articles__number=article)
    if topic is not None:
        if not Topic.objects.filter(slug=topic).exists():
            raise _invalid(
                f"Unknown topic {topic!r}; the topics are listed at /api/v1/topics.", "topic", topic
            )
        found = found.filter(topics__slug=topic)
    return [_call(call) for call in found[offset : offset + limit]]


@router.get("/calls/{call_id}", response={200: CallOut, 404: ErrorOut})
def get_call(request, call_id: int):
    """One call for information, if the reader may see it."""
    return _call(_visible_call(request.user, call_id))


def _counts(counter, submitted: int) -> dict:
    return {"statuses": {status: counter[status] for status in LedgerStatus.values}, "submitted": submitted}


@router.get("/calls/{call_id}/ledger", response={200: LedgerOut, 403: ErrorOut, 404: ErrorOut})
def call_ledger(request, call_id: int):
    """The Secretariat's ledger of a call: every addressed State with where it stands (sent, reminded,
    drafting, submitted on time or late, declined) and any delivery problem, sorted by name in the
    request's language; the counts in total and per regional group; and the background paper's
    sentence on who submitted, in six languages. Secretariat only."""
    # Refuse before looking the call up, so nobody else learns which call numbers exist.
    require(request.user, Action.VIEW_SECRETARIAT_ONLY)
    found = _visible_call(request.user, call_id)
    rows = ledger(request.user, found)
    counts = ledger_counts(rows)
    return {
        "call": found.pk,
        "rows": [
            {
                "iso3": row.state.iso3,
                "names": _six(row.state, "name"),
                "regional_group": row.state.regional_group,
                "status": row.status,
                "sent_at": row.sent_at,
                "reminders": row.reminders,
                "last_reminded_at": row.last_reminded_at,
                "submitted_at": row.submitted_at,
                "versions": row.versions,
                "submission_status": row.submission_status,
                "problem": row.problem,
            }
            for row in rows
        ],
        "total": _counts(counts.total, counts.submitted()),
        "by_group": {
            group: _counts(counter, counts.submitted(group)) for group, counter in counts.by_group.items()
        },
        "statistics": statistics_sentences(found),
    }


def _answer(entry: dict, visibility: str, revision: int | None) -> dict:
    """One answer of a snapshot, field by field: a key added to snapshots later is not published here
    until someone decides it should be."""
    return {
        "question": entry["question"],
        "position": entry["position"],
        "checklist_item": entry["checklist_item"],
        "article": entry["article"],
        "question_text": entry["question_text"],
        "implemented": entry["implemented"],
        "measures": entry["measures"],
        "examples": entry["examples"],
        "challenges": entry["challenges"],
        "language": entry["language"],
        "visibility": effective_visibility(visibility, entry["visibility"]),
        "assistance_needs": [
            {"kind": need["kind"], "description": need["description"], "priority": need["priority"]}
            for need in entry["assistance_needs"]
        ],
        "evidence": [
            {"id": document["id"], "key": document["key"], "title": document["title"]}
            for document in entry["evidence"]
        ],
        "revision": revision,
    }


def _submission(user, view: SubmissionView) -> dict:
    submission = view.submission
    versions = readable_versions(user, submission)
    # The working copy has no version of its own: describe the latest one the State submitted.
    shown = view.version or (versions[-1] if versions else None)
    visibility = view.version.visibility if view.version else submission.visibility
    revisions = (
        dict(Answer.objects.filter(submission=submission).values_list("question_id", "revision"))
        if view.is_live
        else {}
    )
    return {
        "id": submission.pk,
        "call": submission.call_id,
        "state": submission.state.iso3,
        "status": shown_submission_status(user, submission),
        "live": view.is_live,
        "version": shown.number if shown else None,
        "submitted_at": shown.submitted_at if shown else None,
        "is_late": shown.is_late if shown else None,
        "published_at": shown.published_at if shown else None,
        "visibility": visibility,
        "answers": [_answer(entry, visibility, revisions.get(entry["question"])) for entry in view.answers],
        "documents": [
            {"id": document["id"], "key": document["key"], "source_name": document["source_name"]}
            for document in view.documents
        ],
        "versions": [
            {
                "number": version.number,
                "submitted_at": version.submitted_at,
                "is_late": version.is_late,
                "visibility": version.visibility,
                "published_at": version.published_at,
            }
            for version in versions
        ],
    }


@router.get("/submissions", response={200: list[SubmissionOut], 422: ErrorOut})
def list_submissions(
    request,
    call: int | None = None,
    state: str | None = None,
    article: int | None = None,
    limit: int = 100,
    offset: int = 0,
):
    """The States' submissions the reader may read. Everyone reads the published ones their visibility
    admits (without the answers a State restricted further); a State's focal points and contributors
    also read their own State's working copy; the Secretariat reads the latest version every State
    submitted, never drafts. Filters: ``call`` (id), ``state`` (ISO3), ``article`` (keeps the answers
    on that article, and the submissions that have any)."""
    limit, offset = _page(limit, offset)
    found_state = None
    if state is not None:
        found_state = State.objects.filter(iso3=state.upper()).first()
        if found_state is None:
            raise _invalid(f"Unknown State {state!r}; use an ISO 3166-1 alpha-3 code.", "state", state)
    views = readable_submissions(
        request.user,
        call=call,
        state=found_state,
        article=_known_article(article),
        offset=offset,
        limit=limit,
    )
    return [_submission(request.user, view) for view in views]


def _readable(user, submission_id: int) -> SubmissionView:
    """The reader's view of a submission; 404 alike for one that does not exist and one the reader may
    not read, so a confidential submission never shows that it exists."""
    found = Submission.objects.select_related("call", "state", "published_version").filter(pk=submission_id)
    view = readable_submission(user, found[0]) if found else None
    if view is None:
        raise Http404
    return view


@router.get("/submissions/{submission_id}", response={200: SubmissionOut, 404: ErrorOut})
def get_submission(request, submission_id: int):
    """One submission as the reader may read it (see ``/submissions``)."""
    return _submission(request.user, _readable(request.user, submission_id))


@router.post(
    "/calls/{call_id}/submission", auth=session, response={200: SubmissionOut, WRITE_ERRORS: ErrorOut}
)
def start_submission(request, call_id: int):
    """Open the signed-in focal point's or contributor's State's submission to a launched call addressed
    to it (a draft, pre-filled from the State's answers to the previous cycle), or return it when it
    exists already."""
    found = _visible_call(request.user, call_id)
    state = own_state(request.user)
    if state is None:
        raise PermissionDenied(message=f"Not allowed: {Action.DRAFT_SUBMISSION.label}.")
    started = services.start_submission(request.user, found, state)
    return _submission(request.user, readable_submission(request.user, started))


@router.put(
    "/submissions/{submission_id}/answers/{question_id}",
    auth=session,
    response={200: AnswerOut, WRITE_ERRORS: ErrorOut},
)
def save_answer(request, submission_id: int, question_id: int, payload: AnswerIn):
    """Save (part of) the State's answer to one question of its submission: only the fields sent are
    changed (send ``assistance_needs: []`` to remove them all). ``revision`` is the answer's revision
    the edit started from (0 for a new answer, which must name its ``language``). When someone saved
    meanwhile nothing is saved and the answer is 409, its details listing per field the ``current``
    value, ``yours`` and, for texts, a word-level ``diff``. Texts are stored and returned as sent:
    escaping them is the job of whoever displays them."""
    view = _readable(request.user, submission_id)
    question = Question.objects.filter(pk=question_id, call_id=view.submission.call_id).first()
    if question is None:
        raise Http404
    changes = {name: value for name, value in payload.dict(exclude_unset=True).items() if value is not None}
    revision = changes.pop("revision")
    answer = services.save_answer(request.user, view.submission, question, revision=revision, **changes)
    return _answer(answer_record(answer), view.submission.visibility, answer.revision)


@router.post(
    "/submissions/{submission_id}/submit", auth=session, response={200: SubmissionOut, WRITE_ERRORS: ErrorOut}
)
def submit(request, submission_id: int, payload: SubmitIn | None = None):
    """Submit the State's answers (its focal point only): they are frozen as a new version, marked late
    when submitted after the deadline day. Submitting what is already submitted is 409, naming the
    date and version; reopening is done on the portal."""
    view = _readable(request.user, submission_id)
    visibility = payload.visibility if payload is not None else None
    services.submit(request.user, view.submission, visibility=visibility)
    view.submission.refresh_from_db()
    return _submission(request.user, readable_submission(request.user, view.submission))
