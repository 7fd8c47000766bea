"""Writes to the search index. The library calls ``index_revision`` in the transaction that stores a
revision, so the index changes with the library, atomically; ``rebuild`` makes it anew from the library.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.db import transaction
from django.db.models import F

from observatory.core.languages import content_language
from observatory.library.models import LanguageVersion, Paragraph, Revision

from .analysis import index_text
from .models import SearchEntry, SearchGeneration, SearchVector
from .semantic import store_vectors

BATCH = 2000


def _entries(paragraphs: Iterable[Paragraph]) -> list[SearchEntry]:
    entries = []
    for paragraph in paragraphs:
        document = paragraph.revision.version.document
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
                tokens=index_text(paragraph.text, content_language(paragraph.language)),
            )
        )
    return entries


def _paragraphs():
    return Paragraph.objects.select_related("revision__version__document")


def index_revision(revision: Revision) -> int:
    """Make ``revision`` the indexed one of its language version: its paragraphs in, the older
    revisions' out. Call inside the transaction that stored it."""
    for model in (SearchEntry, SearchVector):
        model.objects.filter(paragraph__revision__version=revision.version).exclude(
            paragraph__revision=revision
        ).delete()
    paragraphs = list(_paragraphs().filter(revision=revision))
    SearchEntry.objects.bulk_create(_entries(paragraphs), batch_size=BATCH)
    with_vectors = set(
        SearchVector.objects.filter(paragraph__revision=revision).values_list("paragraph_id", flat=True)
    )
    store_vectors(p for p in paragraphs if p.pk not in with_vectors)
    bump_generation()
    return len(paragraphs)


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
    SearchEntry.objects.all().delete()
    current = _paragraphs().filter(revision__version__current_id=F("revision_id")).order_by("pk")
    # Vectors are dear to make and a paragraph never changes: keep those of current paragraphs.
    SearchVector.objects.exclude(paragraph__in=current.values("pk")).delete()
    with_vectors = set(SearchVector.objects.values_list("paragraph_id", flat=True))
    total, done = current.count(), 0
    for start in range(0, total, BATCH):
        batch = list(current[start : start + BATCH])
        SearchEntry.objects.bulk_create(_entries(batch), batch_size=BATCH)
        store_vectors(p for p in batch if p.pk not in with_vectors)
        done += len(batch)
        if progress:
            progress(done, total)
    bump_generation()
    return done
