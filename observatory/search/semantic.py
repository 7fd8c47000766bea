"""Semantic and hybrid search.

Semantic: the query's embedding against the stored paragraph embeddings (exact cosine, numpy, over the
paragraphs the filters allow). The vectors are read from the database into one matrix per process and
read again when the index changes (its size or content stamp moves), so every process sees what is
committed. Hybrid: reciprocal rank fusion (k = 60) of the lexical and the semantic rankings.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass

import numpy as np

from .embeddings import get_embedder
from .models import SearchEntry, SearchGeneration, SearchVector

RRF_K = 60
# The weight of the semantic ranking against the lexical one, measured on the relevance fixture with
# bench/search_quality.py: 0.15 gave hybrid nDCG@10 0.742 (0.3: 0.731, 0.45: 0.723, 0.6: 0.711, 1.0: 0.691).
SEMANTIC_WEIGHT = float(os.environ.get("OBSERVATORY_SEMANTIC_WEIGHT", "0.15"))
FUSION_DEPTH = 100  # how deep each ranking goes into the fusion
FEEDBACK_DEPTH = 5  # how many lexical hits hybrid search hands to the semantic ranking as feedback

_lock = threading.Lock()
_cache: dict = {}  # model → (generation, Matrix)


def _stamp(model: str) -> int:
    """The index generation (one row): the cached matrix is current while it has not moved."""
    return SearchGeneration.objects.filter(pk=1).values_list("value", flat=True).first() or 0


@dataclass(frozen=True)
class Matrix:
    """The stored vectors of one model with, row by row, what semantic search filters on most."""

    ids: np.ndarray
    vectors: np.ndarray
    visibility: np.ndarray
    language: np.ndarray


def _matrix(model: str) -> Matrix:
    """The vectors of one model, cached until the index generation moves. One thread builds it while
    the others wait, and rows stream into preallocated arrays, so building costs the matrix itself."""
    stamp = _stamp(model)
    with _lock:
        cached = _cache.get(model)
        if cached and cached[0] == stamp:
            return cached[1]
        rows = (
            SearchVector.objects.filter(model=model, paragraph__search_entry__isnull=False)
            .order_by("paragraph_id")
            .values_list(
                "paragraph_id",
                "vector",
                "paragraph__search_entry__visibility",
                "paragraph__search_entry__language",
            )
        )
        count = rows.count()
        ids, visibility, language = np.empty(count, np.int64), np.empty(count, "U20"), np.empty(count, "U8")
        vectors: np.ndarray | None = None
        filled = 0
        for paragraph_id, blob, seen_by, written_in in rows.iterator(chunk_size=5000):
            if filled == count:
                break  # rows added meanwhile: the next generation reads them
            vector = np.frombuffer(bytes(blob), dtype=np.float32)
            if vectors is None:
                vectors = np.empty((count, vector.shape[0]), dtype=np.float32)
            ids[filled], vectors[filled] = paragraph_id, vector
            visibility[filled], language[filled] = seen_by, written_in
            filled += 1
        matrix = Matrix(
            ids=ids[:filled],
            vectors=vectors[:filled] if vectors is not None else np.zeros((0, 1), dtype=np.float32),
            visibility=visibility[:filled],
            language=language[:filled],
        )
        _cache[model] = (stamp, matrix)
        return matrix


def semantic_ranking(
    text: str,
    visibilities,
    *,
    language: str | None = None,
    allowed: set[int] | None = None,
    limit: int,
    feedback: list[int] | None = None,
) -> list[tuple[int, float]]:
    """Paragraph ids by cosine similarity to the query, best first, among the paragraphs of these
    visibilities (and language), and among ``allowed`` when other filters apply. ``feedback``: the
    best lexical hits in the query's own language (not used yet)."""
    embedder = get_embedder()
    matrix = _matrix(embedder.name)
    ids = matrix.ids
    if not len(ids):
        return []
    scores = matrix.vectors @ embedder.embed_query(text)
    mask = np.isin(matrix.visibility, list(visibilities))
    if language:
        mask &= matrix.language == language
    if allowed is not None:
        mask &= np.isin(ids, np.fromiter(allowed, dtype=np.int64, count=len(allowed)))
    scores = np.where(mask, scores, -np.inf)
    count = min(limit, int(np.isfinite(scores).sum()))
    if count <= 0:
        return []
    top = np.argpartition(-scores, count - 1)[:count]
    top = top[np.argsort(-scores[top], kind="stable")]
    return [(int(ids[i]), float(scores[i])) for i in top]


def fuse(
    lexical: list[tuple[int, float]], semantic: list[tuple[int, float]], semantic_weight: float | None = None
) -> list[tuple[int, float]]:
    """Weighted reciprocal rank fusion: each ranking gives weight / (k + rank) to its items."""
    weight = SEMANTIC_WEIGHT if semantic_weight is None else semantic_weight
    scores: dict[int, float] = {}
    for ranking, factor in ((lexical, 1.0), (semantic, weight)):
        for rank, (paragraph_id, _) in enumerate(ranking, start=1):
            scores[paragraph_id] = scores.get(paragraph_id, 0.0) + factor / (RRF_K + rank)
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))


def allowed_ids(
    visibilities, *, language=None, document_kind=None, year=None, state=None, article=None
) -> set[int]:
    """The paragraphs the filters (and the reader's visibilities) let through."""
    entries = SearchEntry.objects.filter(visibility__in=visibilities)
    if language:
        entries = entries.filter(language=language)
    if document_kind:
        entries = entries.filter(document_kind=document_kind)
    if year:
        entries = entries.filter(year=year)
    if state:
        entries = entries.filter(state__iso3=state.upper())
    if article:
        entries = entries.filter(paragraph__article_references__article__number=article)
    return set(entries.values_list("paragraph_id", flat=True))


def store_vectors(paragraphs) -> None:
    """Embed and store the vectors of these paragraphs (called where they are indexed)."""
    paragraphs = list(paragraphs)
    if not paragraphs:
        return
    embedder = get_embedder()
    vectors = embedder.embed([p.text for p in paragraphs]).astype(np.float32)
    SearchVector.objects.bulk_create(
        [
            SearchVector(paragraph_id=p.pk, model=embedder.name, vector=v.tobytes())
            for p, v in zip(paragraphs, vectors, strict=True)
        ],
        batch_size=1000,
    )
