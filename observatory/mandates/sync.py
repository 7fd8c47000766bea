"""Keeping a document's mandates in step with its current paragraphs.

``sync_document`` is called by the library's import service after every stored revision (in the same
transaction) and by ``observatory sync-mandates`` for documents imported before. Mandates are keyed by
(document, paragraph id, clause): a second run with the same paragraphs changes nothing, a changed
paragraph updates its mandate in place, a paragraph that is gone retires its mandates (``is_current``
False: never deleted, so the curators' decisions about them survive) and one that comes back is current
again.

Only what the document says is rewritten (text, verb, category, addressees, conditions, reporting duty,
articles, topics, the body and session that adopted it, the parent link of a later clause). A mandate's
status, its status history, its lineage and its evidence are the curators' and are never touched.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from django.db import transaction
from django.utils import timezone

from observatory.audit.services import record
from observatory.convention.models import Article, Topic
from observatory.library.models import Document

from .extraction import MANDATE_KINDS, MandateSpec, extract_mandates
from .models import Mandate

# The fields of a spec written as they are onto the mandate (articles, topics and parent apart).
_COPIED = tuple(
    f.name
    for f in fields(MandateSpec)
    if f.name not in {"pid", "clause", "articles", "topics", "parent_clause"}
)


@dataclass
class SyncSummary:
    """How many mandates of a document one sync created, updated, retired and left unchanged."""

    created: int = 0
    updated: int = 0
    retired: int = 0
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        """Whether the sync wrote anything."""
        return bool(self.created or self.updated or self.retired)

    def add(self, other: SyncSummary) -> None:
        """Add another document's counts to these."""
        self.created += other.created
        self.updated += other.updated
        self.retired += other.retired
        self.unchanged += other.unchanged

    def as_dict(self) -> dict[str, int]:
        """The counts by name (for the audit log and the command's summary)."""
        return {
            "created": self.created,
            "updated": self.updated,
            "retired": self.retired,
            "unchanged": self.unchanged,
        }


def _differs(mandate: Mandate, spec: MandateSpec, parent_id: int | None) -> list[str]:
    """The names of the fields whose stored value is not the spec's."""
    changed = [name for name in _COPIED if getattr(mandate, name) != getattr(spec, name)]
    if mandate.parent_id != parent_id:
        changed.append("parent")
    if not mandate.is_current:
        changed.append("is_current")
    return changed


def _set_relations(mandate: Mandate, spec: MandateSpec, articles: dict, topics: dict, *, new: bool) -> bool:
    """Make the mandate's articles and topics the spec's; whether they changed."""
    wanted_articles = {articles[n] for n in spec.articles if n in articles}
    wanted_topics = {topics[s] for s in spec.topics if s in topics}
    if new:
        have_articles, have_topics = set(), set()
    else:
        # Prefetched with the document's mandates: no query per mandate.
        have_articles = {article.pk for article in mandate.articles.all()}
        have_topics = {topic.pk for topic in mandate.topics.all()}
    changed = False
    if wanted_articles != have_articles:
        mandate.articles.set(wanted_articles)
        changed = True
    if wanted_topics != have_topics:
        mandate.topics.set(wanted_topics)
        changed = True
    return changed


def sync_document(document: Document, *, actor=None) -> SyncSummary:
    """Create, update and retire the mandates of one document so that they match its current paragraphs.

    Idempotent, in one transaction (a savepoint when called inside the import's). Documents of kinds
    other than resolutions and reports are skipped: nothing is read or written. ``actor`` is who caused
    the sync (the importing user, or None for the system), recorded in the audit log when anything
    changed. No permission is checked here: the import or the command that calls it has done so."""
    summary = SyncSummary()
    if document.kind not in MANDATE_KINDS:
        return summary
    with transaction.atomic():
        # Two language versions of one document imported at once would both sync it: one at a time.
        list(Document.objects.select_for_update().filter(pk=document.pk).values_list("pk", flat=True))
        specs = extract_mandates(document)
        existing = {
            (m.pid, m.clause): m
            for m in Mandate.objects.select_for_update()
            .filter(document=document)
            .prefetch_related("articles", "topics")
        }
        numbers = {n for spec in specs for n in spec.articles}
        slugs = {s for spec in specs for s in spec.topics}
        articles = dict(Article.objects.filter(number__in=numbers).values_list("number", "pk"))
        topics = dict(Topic.objects.filter(slug__in=slugs).values_list("slug", "pk"))
        stored: dict[tuple[str, int], Mandate] = {}
        # Specs come in document order with each paragraph's clause 0 first: parents are stored first.
        for spec in specs:
            parent = stored.get((spec.pid, spec.parent_clause)) if spec.parent_clause is not None else None
            parent_id = parent.pk if parent else None
            mandate = existing.get(spec.key)
            values = {name: getattr(spec, name) for name in _COPIED}
            if mandate is None:
                mandate = Mandate.objects.create(
                    document=document, pid=spec.pid, clause=spec.clause, parent_id=parent_id, **values
                )
                _set_relations(mandate, spec, articles, topics, new=True)
                summary.created += 1
            else:
                changed = _differs(mandate, spec, parent_id)
                if _set_relations(mandate, spec, articles, topics, new=False):
                    changed.append("articles or topics")
                if changed:
                    for name, value in values.items():
                        setattr(mandate, name, value)
                    mandate.parent_id = parent_id
                    mandate.is_current = True
                    mandate.save(update_fields=[*_COPIED, "parent", "is_current", "updated_at"])
                    summary.updated += 1
                else:
                    summary.unchanged += 1
            stored[spec.key] = mandate
        gone = [m.pk for key, m in existing.items() if key not in stored and m.is_current]
        if gone:
            Mandate.objects.filter(pk__in=gone).update(is_current=False, updated_at=timezone.now())
            summary.retired = len(gone)
        if summary.changed:
            record(actor=actor, action="mandates.sync", obj=document, after=summary.as_dict())
    return summary
