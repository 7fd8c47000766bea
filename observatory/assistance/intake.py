"""Needs declared in checklist answers flow into the register.

``sync_submission`` runs when a State submits and when the Secretariat publishes (one call at the end of
``collection.submissions.submit`` and ``publish``), and may run again at any time (``backfill``): it reads
the submission's latest submitted version and its published version and brings the register in line with
them, so running it twice changes nothing.

- Each need of an answer is recognised across versions by its **key**: the question, the checklist's kind,
  a digest of the description (spaces and case folded) and its rank among identical needs of the same
  answer. Re-submitting the same need finds the same register need; a need whose description the State
  rewrote is a new need (and the old one is withdrawn).
- A need missing from the latest version is **withdrawn** (marked, never deleted); one that comes back is
  current again. The State and the Secretariat see this at once.
- **Visibility** follows the answer's: the effective visibility of the answer (the stricter of the
  submission's and the answer's own) in the latest version is ``visibility``; in the *published* version
  it is ``published_visibility``, what readers other than the State and the Secretariat are shown. A need
  of an unpublished answer has none, so only the State and the Secretariat read it; a need of an answer
  restricted to the Secretariat is never public.
- While a newer version awaits publication, a need that is already published keeps the published
  version's wording and priority: what the public reads of it is what the Secretariat published.
- Needs entered from a submission's free text or documents (source "submission") follow the submission's
  publication the same way: their ``published_visibility`` is the stricter of their own visibility and the
  published version's, and nothing while the submission is unpublished.

The checklist's kinds become the register's through ``models.CHECKLIST_KINDS``; the checklist's own kind
is kept in ``source_kind``.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from observatory.audit.services import record
from observatory.collection.models import AssistanceNeed, Submission, SubmissionVersion
from observatory.collection.selectors import effective_visibility
from observatory.convention.models import Article

from .models import CHECKLIST_KINDS, Kind, Need, NeedStatus, NeedStatusChange, Source


@dataclass(frozen=True)
class Entry:
    """One need of one answer of a version, as the register reads it."""

    key: str
    question: int
    position: int  # among the answer's needs
    source_kind: str
    description: str
    priority: str
    language: str
    visibility: str  # the answer's effective visibility in that version
    article: int | None


@dataclass
class IntakeReport:
    """What one run of the intake did to one submission's needs."""

    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    withdrawn: list[int] = field(default_factory=list)
    restored: list[int] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Whether anything in the register changed."""
        return bool(self.created or self.updated or self.withdrawn or self.restored)


def need_key(question: int, source_kind: str, description: str, rank: int) -> str:
    """The key a checklist need is recognised by across versions of one submission."""
    folded = " ".join(description.split()).casefold()
    digest = hashlib.sha256(folded.encode("utf-8")).hexdigest()[:20]
    return f"{question}:{source_kind}:{digest}:{rank}"


def entries_of(version: SubmissionVersion | None) -> dict[str, Entry]:
    """The needs of a version's answers, by key (none for no version)."""
    if version is None:
        return {}
    found: dict[str, Entry] = {}
    for answer in version.snapshot.get("answers", []):
        ranks: Counter[tuple[str, str]] = Counter()
        visibility = effective_visibility(version.visibility, answer.get("visibility", ""))
        for position, need in enumerate(answer.get("assistance_needs") or []):
            description = (need.get("description") or "").strip()
            kind = need.get("kind") or "other"
            folded = " ".join(description.split()).casefold()
            rank = ranks[(kind, folded)]
            ranks[(kind, folded)] += 1
            key = need_key(answer["question"], kind, description, rank)
            found[key] = Entry(
                key=key,
                question=answer["question"],
                position=position,
                source_kind=kind,
                description=description,
                priority=need.get("priority") or "medium",
                language=answer.get("language") or "en",
                visibility=visibility,
                article=answer.get("article"),
            )
    return found


def _latest(submission: Submission) -> SubmissionVersion | None:
    return submission.versions.order_by("-number").first()


def _articles(entry: Entry, call_articles: list[Article], by_number: dict[int, Article]) -> list[Article]:
    # A question written for the call names no article: its needs concern the call's articles.
    if entry.article is not None and entry.article in by_number:
        return [by_number[entry.article]]
    return call_articles


def _live_needs(submission: Submission) -> dict[tuple[int, int], AssistanceNeed]:
    """The collection's needs of the submission's answers now, by (question, position): at submission and
    publication they are the ones just frozen, so the register can point at them."""
    needs = AssistanceNeed.objects.filter(answer__submission=submission).select_related("answer")
    ordered: dict[int, list[AssistanceNeed]] = {}
    for need in needs.order_by("answer__question_id", "position", "pk"):
        ordered.setdefault(need.answer.question_id, []).append(need)
    return {
        (question, position): need
        for question, items in ordered.items()
        for position, need in enumerate(items)
    }


@transaction.atomic
def sync_submission(actor, submission: Submission) -> IntakeReport:
    """Bring the register's needs of ``submission``'s checklist answers in line with its latest and its
    published versions (see the module's docstring). Idempotent; audited when anything changed."""
    submission = Submission.objects.select_related("call", "state", "published_version").get(pk=submission.pk)
    latest = _latest(submission)
    published = submission.published_version
    current, public = entries_of(latest), entries_of(published)
    report = IntakeReport()
    existing = {
        need.intake_key: need
        for need in Need.objects.select_for_update().filter(submission=submission, source=Source.CHECKLIST)
    }
    call_articles = list(submission.call.articles.all())
    numbers = {entry.article for entry in [*current.values(), *public.values()] if entry.article}
    by_number = {article.number: article for article in Article.objects.filter(number__in=numbers)}
    live = _live_needs(submission)
    now = timezone.now()
    for key in sorted(set(current) | set(public)):
        # The published wording wins while it is published: the public reads what was published.
        entry = public.get(key) or current[key]
        visibility = current[key].visibility if key in current else entry.visibility
        published_visibility = public[key].visibility if key in public else ""
        need = existing.pop(key, None)
        version = latest if key in current else published
        if need is None:
            need = _create(submission, version, entry, visibility, published_visibility)
            need.articles.set(_articles(entry, call_articles, by_number))
            report.created.append(need.pk)
        else:
            changes = {
                "kind": CHECKLIST_KINDS.get(entry.source_kind, Kind.OTHER),
                "source_kind": entry.source_kind,
                "description": entry.description,
                "priority": entry.priority,
                "language": entry.language,
                "visibility": visibility,
                "published_visibility": published_visibility,
                "question_id": entry.question,
                "source_version_id": version.pk,
            }
            changed = {name for name, value in changes.items() if getattr(need, name) != value}
            was_withdrawn = need.withdrawn
            if was_withdrawn and key in current:
                need.withdrawn, need.withdrawn_at = False, None
                report.restored.append(need.pk)
                changed.add("withdrawn")
            elif not was_withdrawn and key not in current:
                need.withdrawn, need.withdrawn_at = True, now
                report.withdrawn.append(need.pk)
                changed.add("withdrawn")
            if changed:
                for name, value in changes.items():
                    setattr(need, name, value)
                need.save()
                if changed - {"withdrawn"}:
                    report.updated.append(need.pk)
            wanted = {article.pk for article in _articles(entry, call_articles, by_number)}
            if set(need.articles.values_list("pk", flat=True)) != wanted:
                need.articles.set(wanted)
        linked = live.get((entry.question, entry.position))
        if linked is not None and key in current and need.collection_need_id != linked.pk:
            Need.objects.filter(pk=need.pk).update(collection_need=linked)
    # In neither version any more: withdrawn, and no longer published.
    for need in existing.values():
        fields = []
        if not need.withdrawn:
            need.withdrawn, need.withdrawn_at = True, now
            fields += ["withdrawn", "withdrawn_at"]
            report.withdrawn.append(need.pk)
        if need.published_visibility:
            need.published_visibility = ""
            fields.append("published_visibility")
            if need.pk not in report.withdrawn:
                report.updated.append(need.pk)
        if fields:
            need.save(update_fields=[*fields, "updated_at"])
    _refresh_submission_sourced(submission)
    if report.changed:
        record(
            actor=actor,
            action="assistance.need.intake",
            obj=submission,
            after={
                "latest_version": latest.number if latest else None,
                "published_version": published.number if published else None,
                "created": report.created,
                "updated": report.updated,
                "withdrawn": report.withdrawn,
                "restored": report.restored,
            },
        )
    return report


def _create(submission, version, entry: Entry, visibility: str, published_visibility: str) -> Need:
    declared = version.submitted_at
    need = Need.objects.create(
        state=submission.state,
        kind=CHECKLIST_KINDS.get(entry.source_kind, Kind.OTHER),
        source_kind=entry.source_kind,
        description=entry.description,
        language=entry.language,
        priority=entry.priority,
        status=NeedStatus.CURRENT,
        source=Source.CHECKLIST,
        submission=submission,
        question_id=entry.question,
        source_version=version,
        intake_key=entry.key,
        visibility=visibility,
        published_visibility=published_visibility,
        declared_on=timezone.localdate(declared),
        declared_by=version.submitted_by,
    )
    # Every need's history starts with its first status: the dashboards count needs over time from it.
    NeedStatusChange.objects.create(
        need=need, before="", after=need.status, by=version.submitted_by, at=declared
    )
    return need


def published_visibility_of_submission_need(need: Need, submission: Submission | None) -> str:
    """Who beyond the State and the Secretariat may read a need entered from a submission: the stricter
    of the need's visibility and the submission's published version's; nobody while it is unpublished."""
    if submission is None:
        return need.visibility
    version = submission.published_version
    if version is None:
        return ""
    return effective_visibility(version.visibility, need.visibility)


def _refresh_submission_sourced(submission: Submission) -> None:
    for need in Need.objects.filter(submission=submission, source=Source.SUBMISSION, withdrawn=False):
        wanted = published_visibility_of_submission_need(need, submission)
        if need.published_visibility != wanted:
            need.published_visibility = wanted
            need.save(update_fields=["published_visibility", "updated_at"])


def backfill(actor) -> dict[str, int]:
    """Run the intake over every submission with a submitted version (needs of submissions made before
    the register existed, or after a repair). Idempotent."""
    totals = Counter()
    submissions = Submission.objects.filter(versions__isnull=False).distinct().order_by("pk")
    for submission in submissions:
        report = sync_submission(actor, submission)
        totals["submissions"] += 1
        for name in ("created", "updated", "withdrawn", "restored"):
            totals[name] += len(getattr(report, name))
    return dict(totals)
