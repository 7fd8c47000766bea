"""Writes to the search index. The library calls ``index_revision`` in the transaction that stores a
revision, so the lexical index changes with the library, atomically, and the paragraphs' vectors are
queued for the index writer (``writer.py``); ``rebuild`` makes the index anew from the library.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable

from django.db import transaction
from django.db.models import F

from observatory.convention.models import Topic
from observatory.core.languages import content_language
from observatory.library.bodies import body_and_session
from observatory.library.models import ArticleReference, LanguageVersion, Paragraph, Revision, StateReference

from .analysis import index_text
from .models import (
    SearchChange,
    SearchEntry,
    SearchGeneration,
    SearchIndexState,
    SearchLabel,
    SearchPending,
    SearchVector,
)

BATCH = 2000


def _entries(paragraphs: Iterable[Paragraph]) -> tuple[list[SearchEntry], list[SearchLabel]]:
    """The search entries of these paragraphs, and their multi-valued facets (a few queries per batch)."""
    paragraphs = list(paragraphs)
    ids = [paragraph.pk for paragraph in paragraphs]
    labels = _labels(ids)
    entries = []
    for paragraph in paragraphs:
        document = paragraph.revision.version.document
        body, session = body_and_session(document.symbol)
        entries.append(
            SearchEntry(
                paragraph_id=paragraph.pk,
                document_id=document.pk,
                language=paragraph.language or paragraph.revision.version.language,
                paragraph_kind=paragraph.kind,
                document_kind=document.kind,
                visibility=document.visibility,
                year=document.year,
                state_id=document.state_id,
                region=document.state.regional_group if document.state_id else "",
                body=body,
                session=session,
                tokens=index_text(paragraph.text, content_language(paragraph.language)),
            )
        )
    return entries, labels


def _labels(paragraph_ids: list[int]) -> list[SearchLabel]:
    """Articles and chapters cited, the topics of those articles, States mentioned."""
    found: set[tuple[int, str, str]] = set()
    topics = _topics_by_article()
    cited = ArticleReference.objects.filter(paragraph_id__in=paragraph_ids).values_list(
        "paragraph_id", "article__number", "article__chapter__number"
    )
    for paragraph_id, article, chapter in cited:
        found.add((paragraph_id, SearchLabel.Facet.ARTICLE, str(article)))
        found.add((paragraph_id, SearchLabel.Facet.CHAPTER, str(chapter)))
        found.update((paragraph_id, SearchLabel.Facet.TOPIC, slug) for slug in topics.get(article, ()))
    mentioned = StateReference.objects.filter(paragraph_id__in=paragraph_ids).values_list(
        "paragraph_id", "state__iso3"
    )
    found.update((paragraph_id, SearchLabel.Facet.MENTIONED, iso3) for paragraph_id, iso3 in mentioned)
    return [SearchLabel(entry_id=pid, facet=facet, value=value) for pid, facet, value in sorted(found)]


def _topics_by_article() -> dict[int, list[str]]:
    """Article number → the slugs of the active topics mapped to it (reference data: read per batch)."""
    mapping: dict[int, list[str]] = {}
    rows = Topic.objects.filter(is_active=True).values_list("articles__number", "slug")
    for number, slug in rows:
        if number is not None:
            mapping.setdefault(number, []).append(slug)
    return mapping


def _store(paragraphs: list[Paragraph]) -> None:
    entries, labels = _entries(paragraphs)
    SearchEntry.objects.bulk_create(entries, batch_size=BATCH)
    SearchLabel.objects.bulk_create(labels, batch_size=BATCH)


def _paragraphs():
    return Paragraph.objects.select_related("revision__version__document__state")


def index_revision(revision: Revision) -> int:
    """Make ``revision`` the indexed one of its language version: its paragraphs in, the older
    revisions' out. Call inside the transaction that stored it."""
    # Entries of the whole version go (this revision's too, so indexing it again refreshes them); the
    # vectors of this revision stay, because its paragraphs' text has not changed.
    # By id: a DELETE joined through four tables is planned badly before PostgreSQL has statistics
    # (9 s for a few hundred rows in a fresh database); by id it uses the primary key and label index.
    indexed = list(
        SearchEntry.objects.filter(paragraph__revision__version=revision.version).values_list(
            "paragraph_id", flat=True
        )
    )
    SearchLabel.objects.filter(entry_id__in=indexed).delete()
    SearchEntry.objects.filter(paragraph_id__in=indexed).delete()
    SearchVector.objects.filter(paragraph__revision__version=revision.version).exclude(
        paragraph__revision=revision
    ).delete()
    paragraphs = list(_paragraphs().filter(revision=revision))
    _store(paragraphs)
    with_vectors = set(
        SearchVector.objects.filter(paragraph__revision=revision).values_list("paragraph_id", flat=True)
    )
    _queue_vectors(p.pk for p in paragraphs if p.pk not in with_vectors)
    bump_generation()
    return len(paragraphs)


def _queue_vectors(paragraph_ids) -> None:
    """Leave the embedding to the index writer (observatory.search.writer)."""
    SearchPending.objects.bulk_create(
        [SearchPending(entry_id=pk) for pk in paragraph_ids], batch_size=BATCH, ignore_conflicts=True
    )


def new_epoch() -> str:
    """Give the lexical index a new identity: every tantivy folder is then stale, and the index writer
    builds one anew from the entries (``tantivy_index``)."""
    epoch = uuid.uuid4().hex
    SearchIndexState.objects.update_or_create(pk=1, defaults={"epoch": epoch})
    return epoch


def bump_generation() -> None:
    """Tell every process that the index changed (read by the semantic search's cache)."""
    if not SearchGeneration.objects.filter(pk=1).update(value=F("value") + 1):
        SearchGeneration.objects.create(pk=1, value=1)


@transaction.atomic
def index_document(document) -> int:
    """Index a document's current versions again (after its visibility, kind, year or State changed)."""
    count = 0
    for version in LanguageVersion.objects.filter(document=document, current__isnull=False):
        count += index_revision(version.current)
    return count


@transaction.atomic
def rebuild(progress: Callable[[int, int], None] | None = None) -> int:
    """Empty the index and fill it from the current revisions of the library, in batches."""
    SearchLabel.objects.all().delete()
    SearchEntry.objects.all().delete()
    current = _paragraphs().filter(revision__version__current_id=F("revision_id")).order_by("pk")
    # Vectors are dear to make and a paragraph never changes: keep those of current paragraphs.
    SearchVector.objects.exclude(paragraph__in=current.values("pk")).delete()
    with_vectors = set(SearchVector.objects.values_list("paragraph_id", flat=True))
    total, done, after = current.count(), 0, 0
    # By key, not by OFFSET, which reads every earlier row again for each batch.
    while batch := list(current.filter(pk__gt=after)[:BATCH]):
        after = batch[-1].pk
        _store(batch)
        _queue_vectors(p.pk for p in batch if p.pk not in with_vectors)
        done += len(batch)
        if progress:
            progress(done, total)
    # The tantivy index is built anew from the entries; the log of this rebuild's own writes is moot.
    SearchChange.objects.all().delete()
    new_epoch()
    bump_generation()
    return done
