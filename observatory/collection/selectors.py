"""Reading calls and submissions. Confidentiality is enforced here, so every page, export and API answer
built on these obeys it:

- a State's focal points and contributors read their own State's submission as it stands (the live
  draft, every version);
- the Secretariat (and administrators) read what States submitted (the latest version), never drafts;
- everyone else (another State, an assistance provider, the public) reads only published versions whose
  visibility admits them, without the answers a State restricted further.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q, QuerySet

from observatory.accounts.models import STATE_ROLES
from observatory.accounts.permissions import Action, can, role_of
from observatory.library.selectors import readable_visibilities

from .diffs import text_diff
from .models import (
    EDITABLE_STATUSES,
    VISIBILITY_RANK,
    Call,
    CallStatus,
    ChecklistItem,
    Question,
    Submission,
    SubmissionStatus,
    SubmissionVersion,
)
from .submissions import ANSWER_FIELDS, TEXT_FIELDS, submission_snapshot


def own_state(user):
    """The State a focal point or contributor acts for (None for every other reader)."""
    if role_of(user) in STATE_ROLES:
        return user.state
    return None


def _is_secretariat(user) -> bool:
    return can(user, Action.VIEW_SECRETARIAT_ONLY)


def visible_calls(user) -> QuerySet[Call]:
    """Calls a reader may see: launched and closed ones (notes verbales are public), and drafts for the
    Secretariat."""
    calls = Call.objects.all()
    if not _is_secretariat(user):
        calls = calls.exclude(status=CallStatus.DRAFT)
    return calls.prefetch_related("articles", "topics")


def open_calls_for(user) -> QuerySet[Call]:
    """Launched calls addressed to the reader's State (the focal point's inbox); none for others."""
    state = own_state(user)
    if state is None:
        return Call.objects.none()
    return Call.objects.filter(status=CallStatus.LAUNCHED, addressees__state=state).order_by("deadline")


def drafts_for(user) -> QuerySet[Submission]:
    """The reader's own State's submissions that are open for changes; none for others."""
    state = own_state(user)
    if state is None:
        return Submission.objects.none()
    return Submission.objects.filter(state=state, status__in=EDITABLE_STATUSES).select_related("call")


def checklist(article_numbers: list[int] | None = None) -> QuerySet[ChecklistItem]:
    """Active checklist items, by article (optionally only those of some articles)."""
    items = ChecklistItem.objects.filter(is_active=True).select_related("article")
    if article_numbers:
        items = items.filter(article__number__in=article_numbers)
    return items


def effective_visibility(submission_visibility: str, answer_visibility: str) -> str:
    """An answer's visibility can only narrow its submission's: the stricter of the two."""
    if not answer_visibility:
        return submission_visibility
    return max(submission_visibility, answer_visibility, key=lambda level: VISIBILITY_RANK[level])


@dataclass
class SubmissionView:
    """What one reader may see of one submission: the live draft (``version`` None) or one version."""

    submission: Submission
    version: SubmissionVersion | None
    answers: list[dict] = field(default_factory=list)
    documents: list[dict] = field(default_factory=list)

    @property
    def is_live(self) -> bool:
        """Whether this is the State's working copy rather than a submitted version."""
        return self.version is None


def readable_submission(user, submission: Submission) -> SubmissionView | None:
    """The view of ``submission`` that ``user`` may read, or None when they may read none of it."""
    state = own_state(user)
    if state is not None and state.pk == submission.state_id:
        snapshot = submission_snapshot(submission)
        return SubmissionView(submission, None, snapshot["answers"], snapshot["documents"])
    if _is_secretariat(user):
        version = submission.versions.order_by("-number").first()
        if version is None:
            return None
        return SubmissionView(submission, version, version.snapshot["answers"], version.snapshot["documents"])
    version = submission.published_version
    if version is None:
        return None
    levels = readable_visibilities(user)
    if version.visibility not in levels:
        return None
    answers = [
        answer
        for answer in version.snapshot["answers"]
        if effective_visibility(version.visibility, answer["visibility"]) in levels
    ]
    return SubmissionView(submission, version, answers, version.snapshot["documents"])


def published_submissions(
    user, *, call: Call | None = None, state=None, article: int | None = None, levels: list[str] | None = None
) -> list[SubmissionView]:
    """Published submissions the reader may see, by call, State and article (the answers to questions
    on that article). ``levels`` reads them as an audience (a background paper's) instead of a user."""
    levels = readable_visibilities(user) if levels is None else levels
    submissions = Submission.objects.filter(
        published_version__isnull=False, published_version__visibility__in=levels
    ).select_related("call", "state", "published_version")
    if call is not None:
        submissions = submissions.filter(call=call)
    if state is not None:
        submissions = submissions.filter(state=state)
    views = []
    for submission in submissions:
        version = submission.published_version
        answers = [
            answer
            for answer in version.snapshot["answers"]
            if effective_visibility(version.visibility, answer["visibility"]) in levels
            and (article is None or answer["article"] == article)
        ]
        if article is not None and not answers:
            continue
        views.append(SubmissionView(submission, version, answers, version.snapshot["documents"]))
    return views


def readable_versions(user, submission: Submission) -> list[SubmissionVersion]:
    """The submitted versions a reader may list: all of them for the State and the Secretariat, the
    published one for readers it is published to."""
    state = own_state(user)
    if _is_secretariat(user) or (state is not None and state.pk == submission.state_id):
        return list(submission.versions.order_by("number"))
    version = submission.published_version
    if version is not None and version.visibility in readable_visibilities(user):
        return [version]
    return []


@dataclass
class AnswerChange:
    """One field of one answer that differs between two versions."""

    position: int
    checklist_item: str | None
    field: str
    before: object
    after: object
    diff: list[tuple[str, str]] | None = None


def _key(answer: dict) -> str:
    return answer["checklist_item"] or answer["question_text"]


def compare_answers(before: list[dict], after: list[dict]) -> list[AnswerChange]:
    """What changed, field by field, between two lists of answers (matched by checklist item, or by
    question text for questions written for a call)."""
    old = {_key(answer): answer for answer in before}
    changes = []
    for answer in after:
        previous = old.get(_key(answer))
        for name in (*ANSWER_FIELDS, "assistance_needs"):
            was = previous[name] if previous else ("" if name != "assistance_needs" else [])
            if was != answer[name]:
                changes.append(
                    AnswerChange(
                        position=answer["position"],
                        checklist_item=answer["checklist_item"],
                        field=name,
                        before=was,
                        after=answer[name],
                        diff=text_diff(was, answer[name]) if name in TEXT_FIELDS else None,
                    )
                )
    return changes


def changes_since_previous_cycle(user, submission: Submission) -> list[AnswerChange]:
    """What the State changed against the answers its submission was pre-filled from (the previous
    cycle). The State reads its working copy; the Secretariat the latest submitted version."""
    view = readable_submission(user, submission)
    if view is None or not (view.is_live or _is_secretariat(user)) or submission.prefilled_from is None:
        return []
    return compare_answers(submission.prefilled_from.snapshot["answers"], view.answers)


def readable_submissions(
    user,
    *,
    call: Call | int | None = None,
    state=None,
    article: int | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> list[SubmissionView]:
    """Every submission the reader may read, each as ``readable_submission`` shows it: the published
    ones whose visibility admits the reader, the reader's own State's (its working copies too), and for
    the Secretariat every one with a submitted version. ``article`` keeps the answers to questions on
    that article, and the submissions that have any; ``offset`` and ``limit`` page the result."""
    admitted = Q(
        published_version__isnull=False, published_version__visibility__in=readable_visibilities(user)
    )
    state_of_reader = own_state(user)
    if state_of_reader is not None:
        admitted |= Q(state=state_of_reader)
    if _is_secretariat(user):
        # A subquery rather than a join: no duplicate rows, no DISTINCT next to the ordering.
        admitted |= Q(pk__in=SubmissionVersion.objects.values("submission"))
    submissions = Submission.objects.filter(admitted).select_related("call", "state", "published_version")
    if call is not None:
        submissions = submissions.filter(call=call)
    if state is not None:
        submissions = submissions.filter(state=state)
    if article is None:
        # Every candidate is readable (the filter above mirrors readable_submission), so the page can
        # be cut in the database before any snapshot is read.
        end = None if limit is None else offset + limit
        views = (readable_submission(user, submission) for submission in submissions[offset:end])
        return [view for view in views if view is not None]
    submissions = submissions.filter(call__in=Question.objects.filter(article__number=article).values("call"))
    views = []
    for submission in submissions:
        view = readable_submission(user, submission)
        if view is None:
            continue
        answers = [answer for answer in view.answers if answer["article"] == article]
        if answers:
            views.append(SubmissionView(submission, view.version, answers, view.documents))
    end = None if limit is None else offset + limit
    return views[offset:end]


def shown_submission_status(user, submission: Submission) -> str:
    """The status of a submission as a reader may know it: the State's own people and the Secretariat
    see where it stands (a draft, sent back for clarification …); everyone else only reads published
    versions, so for them it is "published" whatever the State is doing meanwhile."""
    state_of_reader = own_state(user)
    if _is_secretariat(user) or (state_of_reader is not None and state_of_reader.pk == submission.state_id):
        return submission.status
    return SubmissionStatus.PUBLISHED
