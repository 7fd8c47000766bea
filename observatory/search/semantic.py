"""Semantic and hybrid search.

Semantic: the query's embedding against the stored paragraph embeddings, among the paragraphs the
reader may see (and the filters allow). The vectors live in one in-process index per model, keyed by the
index generation (``SearchGeneration``, moved by every change to the index), so every process sees what
is committed:

- up to ``ANN_THRESHOLD`` vectors: a float32 matrix, exact cosine in numpy;
- above it: a faiss IVF index with 8-bit scalar quantisation (a quarter of the memory of float32) and a
  bitmap of the rows the reader may see, so filters are applied inside the search, not after it.

Visibility and language are kept per row as small integer codes. When the generation moves, the index is
brought up to date rather than rebuilt: what every row may be seen by is read again (a narrow query, no
vectors), vectors are read only for new paragraphs, and rows that left the index are masked out until
the next compaction. So a change of visibility is reflected in the very next search.

Hybrid: the lexical and semantic rankings fused (``fusion.py``; the default and why in
docs/embeddings.md, "Fusing the rankings"). The lexical hits also feed the semantic query
(pseudo-relevance feedback): the query's vector is moved towards the mean of those paragraphs' vectors,
which crosses languages where the query's words do not.
"""

from __future__ import annotations

import math
import os
import threading
from dataclasses import dataclass, field

import numpy as np
from django.db import connection

from .embeddings import get_embedder
from .fusion import RRF_K, fuse_rrf, fuse_weighted
from .models import SearchEntry, SearchGeneration, SearchPending, SearchVector

__all__ = [
    "FEEDBACK_DEPTH",
    "FUSION_DEPTH",
    "RRF_K",
    "VectorIndex",
    "fuse",
    "semantic_ranking",
]

FUSION_DEPTH = 100  # how deep each ranking goes into the fusion

# Fusion, measured on the relevance fixture with bench/search_quality.py (docs/embeddings.md, "Fusing the
# rankings"). "weighted": (1 - w) · lexical + w · semantic, min-max normalised per ranking; "rrf": weighted
# reciprocal rank fusion, k = 60, the semantic ranking's share RRF_SEMANTIC_WEIGHT.
FUSION = os.environ.get("OBSERVATORY_FUSION", "weighted")
WEIGHTED_SEMANTIC_WEIGHT = float(os.environ.get("OBSERVATORY_WEIGHTED_SEMANTIC_WEIGHT", "0.6"))
RRF_SEMANTIC_WEIGHT = float(os.environ.get("OBSERVATORY_SEMANTIC_WEIGHT", "0.3"))
NORMALISATION = "minmax"

# Pseudo-relevance feedback (Rocchio, in embedding space): the query vector becomes
# (1 - FEEDBACK_WEIGHT) · query + FEEDBACK_WEIGHT · mean of the feedback paragraphs' vectors. USE embeds a
# two-word query far from the long paragraphs that answer it; the paragraphs the query's words find are
# a better picture of what is meant, and their vectors are as good in every language.
FEEDBACK_DEPTH = 5  # how many lexical hits hybrid search hands to the semantic ranking as feedback
FEEDBACK_WEIGHT = float(os.environ.get("OBSERVATORY_FEEDBACK_WEIGHT", "0.7"))
# Across languages, hybrid search also counts the translations (the same paragraph of the same document
# in the results' language) of the query's own-language lexical hits (selectors._with_translations).
TRANSLATIONS = os.environ.get("OBSERVATORY_TRANSLATIONS", "1") != "0"
# Semantic mode has no lexical hits: its own first pass (over every language) gives the feedback.
SELF_FEEDBACK_DEPTH = 0
SELF_FEEDBACK_WEIGHT = 0.0

# Above this many vectors the index is approximate (faiss IVF, 8-bit scalar quantiser): exact cosine over
# a float32 matrix costs its whole size in memory bandwidth on every query (2 GB at a million).
ANN_THRESHOLD = int(os.environ.get("OBSERVATORY_ANN_THRESHOLD", "200000"))
ANN_NPROBE = 32  # inverted lists scanned for an unfiltered query; more when a filter leaves fewer rows
ANN_RECONSTRUCT_ROWS = 5000  # a filter leaving at most this many rows scores them directly (~10 ms)
ANN_TRAINING = 100_000  # vectors sampled to train the coarse quantiser
COMPACT_SHARE = 0.25  # rebuild once this share of the rows are paragraphs that left the index
READ_CHUNK = 5000

_lock = threading.Lock()
_cache: dict = {}  # model → VectorIndex (keyed inside by the generation it was read at)


def _stamp(model: str) -> int:
    """The index generation (one row): the cached index is current while it has not moved."""
    return SearchGeneration.objects.filter(pk=1).values_list("value", flat=True).first() or 0


class _SharedLock:
    """Many searches at once, or one writer alone: faiss may not be searched while vectors are added."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    def read(self):
        return _Held(self, write=False)

    def write(self):
        return _Held(self, write=True)

    def _acquire(self, write: bool) -> None:
        with self._cond:
            if write:
                while self._writing or self._readers:
                    self._cond.wait()
                self._writing = True
            else:
                while self._writing:
                    self._cond.wait()
                self._readers += 1

    def _release(self, write: bool) -> None:
        with self._cond:
            if write:
                self._writing = False
            else:
                self._readers -= 1
            self._cond.notify_all()


@dataclass
class _Held:
    lock: _SharedLock
    write: bool

    def __enter__(self):
        self.lock._acquire(self.write)

    def __exit__(self, *exc):
        self.lock._release(self.write)


@dataclass
class VectorIndex:
    """The vectors of one model at one index generation, row by row with what search filters on.

    Rows ("slots") are only ever appended: a paragraph that leaves the index keeps its slot, masked out
    (``alive``), so a search started on an older generation never sees its rows move. ``vectors`` is a
    view of a buffer with room to grow (exact path); ``ann`` the faiss index (large path), whose ids
    are the slots, shared by the generations that follow and guarded by ``ann_lock``."""

    stamp: int
    model: str
    ids: np.ndarray  # int64, slot → paragraph id
    visibility: np.ndarray  # uint8 codes of ``codes``
    language: np.ndarray  # uint8 codes of ``codes``
    alive: np.ndarray  # bool: the paragraph is in the index now
    codes: dict[str, int]  # visibility and language values → small integers (0 is "none")
    dimensions: int
    vectors: np.ndarray | None = None
    buffer: np.ndarray | None = None
    ann: object | None = None
    ann_lock: _SharedLock = field(default_factory=_SharedLock)
    order: np.ndarray = field(init=False)  # slots sorted by paragraph id
    sorted_ids: np.ndarray = field(init=False)
    alive_count: int = field(init=False)

    def __post_init__(self) -> None:
        self.order = np.argsort(self.ids, kind="stable")
        self.sorted_ids = self.ids[self.order]
        self.alive_count = int(self.alive.sum())

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def kind(self) -> str:
        """``exact`` or ``ann``."""
        return "ann" if self.ann is not None else "exact"

    def slots_of(self, paragraph_ids) -> np.ndarray:
        """The slots of these paragraphs (those in the index, alive or not), in no particular order."""
        wanted = np.asarray(list(paragraph_ids) if isinstance(paragraph_ids, set) else paragraph_ids)
        if not len(wanted) or not len(self.ids):
            return np.empty(0, dtype=np.int64)
        wanted = wanted.astype(np.int64, copy=False)
        position = np.minimum(np.searchsorted(self.sorted_ids, wanted), len(self.ids) - 1)
        found = self.sorted_ids[position] == wanted
        return self.order[position[found]]

    def mask(self, visibilities, *, language: str | None = None, allowed=None) -> np.ndarray:
        """The rows a reader of these visibilities may see, in ``language`` and ``allowed`` when given."""
        seen = np.zeros(256, dtype=bool)
        for value in visibilities:
            code = self.codes.get(value)
            if code:
                seen[code] = True
        mask = seen[self.visibility] & self.alive
        if language:
            code = self.codes.get(language)
            if not code:
                return np.zeros(len(self.ids), dtype=bool)
            mask &= self.language == code
        if allowed is not None:
            permitted = np.zeros(len(self.ids), dtype=bool)
            permitted[self.slots_of(allowed)] = True
            mask &= permitted
        return mask

    def vectors_of(self, slots: np.ndarray) -> np.ndarray:
        """The stored vectors of these slots, float32, in the order given."""
        if self.vectors is not None:
            return self.vectors[slots]
        # The quantised index keeps no exact copy: read the few rows asked for from the database.
        wanted = [int(pid) for pid in self.ids[slots]]
        rows = dict(
            SearchVector.objects.filter(model=self.model, paragraph_id__in=wanted).values_list(
                "paragraph_id", "vector"
            )
        )
        found = [np.frombuffer(bytes(rows[pid]), dtype=np.float32) for pid in wanted if pid in rows]
        return np.stack(found) if found else np.empty((0, self.dimensions), dtype=np.float32)

    def search(self, query: np.ndarray, mask: np.ndarray, limit: int) -> list[tuple[int, float]]:
        """The ``limit`` best rows of ``mask`` by cosine with ``query``: (paragraph id, score), best first."""
        selected = int(mask.sum())
        count = min(limit, selected)
        if count <= 0:
            return []
        if self.ann is None:
            return self._exact(query, mask, count)
        return self._approximate(query, mask, count, selected)

    def _exact(self, query: np.ndarray, mask: np.ndarray, count: int) -> list[tuple[int, float]]:
        if count * 4 < int(mask.sum()) < len(self.ids) // 4:
            # A restrictive filter: score only the rows it lets through.
            slots = np.flatnonzero(mask)
            scores = self.vectors[slots] @ query
        else:
            slots = None
            scores = np.where(mask, self.vectors @ query, -np.inf)
        top = np.argpartition(-scores, count - 1)[:count]
        top = top[np.lexsort((top, -scores[top]))]
        chosen = top if slots is None else slots[top]
        return [(int(self.ids[s]), float(v)) for s, v in zip(chosen, scores[top], strict=True)]

    def _approximate(self, query: np.ndarray, mask: np.ndarray, count: int, selected: int):
        import faiss

        index = self.ann
        if selected <= ANN_RECONSTRUCT_ROWS:
            # A restrictive filter (a State, a year): decode just those rows and score them all, exact up
            # to quantisation; scanning the lists for them would read every code in the index.
            slots = np.flatnonzero(mask)
            with self.ann_lock.read():
                scores = index.reconstruct_batch(slots) @ query
            top = np.argpartition(-scores, count - 1)[:count]
            top = top[np.lexsort((slots[top], -scores[top]))]
            return [(int(self.ids[slots[i]]), float(scores[i])) for i in top]
        # A filter that keeps a share f of the rows leaves about f of each list: scan 1/f as many lists to
        # find as many candidates. A very restrictive one scans them all (exact up to quantisation).
        share = selected / max(1, self.alive_count)
        nprobe = min(index.nlist, max(ANN_NPROBE, math.ceil(ANN_NPROBE / share)))
        bits = np.packbits(mask, bitorder="little")
        # The bitmap's length in bytes bounds what the selector reads: slots past it are never members.
        selector = faiss.IDSelectorBitmap(len(bits), faiss.swig_ptr(bits))
        query = query.reshape(1, -1).astype(np.float32)
        while True:
            params = faiss.SearchParametersIVF(sel=selector, nprobe=nprobe)
            with self.ann_lock.read():
                scores, slots = index.search(query, count, params=params)
            found = slots[0] >= 0
            if found.sum() >= count or nprobe >= index.nlist:
                break
            # The filtered rows were scarcer than average in the lists scanned: scan them all.
            nprobe = index.nlist
        return [(int(self.ids[s]), float(v)) for s, v in zip(slots[0][found], scores[0][found], strict=True)]


def _code(codes: dict[str, int], value: str) -> int:
    code = codes.get(value)
    if code is None:
        code = codes[value] = len(codes) + 1
        if code > 255:
            raise RuntimeError("more than 255 distinct visibilities and languages in the search index")
    return code


def _coded(codes: dict[str, int], values: list[str]) -> np.ndarray:
    return np.fromiter((_code(codes, value) for value in values), dtype=np.uint8, count=len(values))


def _metadata() -> tuple[np.ndarray, list[str], list[str]]:
    """Every indexed paragraph: ids (ascending), visibilities, languages. From the entries alone: this is
    read again on every change of the index, and joining the vectors would read all of them (2 GB at a
    million) just to learn which exist."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT paragraph_id, visibility, language FROM {SearchEntry._meta.db_table} "  # noqa: S608
            "ORDER BY paragraph_id"
        )
        rows = cursor.fetchall()
    ids = np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))
    return ids, [row[1] for row in rows], [row[2] for row in rows]


def _pending() -> np.ndarray:
    """The paragraphs still waiting for their vector (the index writer's queue), ascending."""
    ids = SearchPending.objects.order_by("pk").values_list("pk", flat=True)
    return np.fromiter(ids, dtype=np.int64)


def _read_vectors(model: str, paragraph_ids: np.ndarray):
    """Yield (ids, float32 rows) in chunks for these paragraphs (those still stored)."""
    for start in range(0, len(paragraph_ids), READ_CHUNK):
        chunk = [int(pid) for pid in paragraph_ids[start : start + READ_CHUNK]]
        rows = sorted(
            SearchVector.objects.filter(model=model, paragraph_id__in=chunk).values_list(
                "paragraph_id", "vector"
            )
        )
        if rows:
            ids = np.fromiter((pid for pid, _ in rows), dtype=np.int64, count=len(rows))
            blob = b"".join(bytes(vector) for _, vector in rows)
            yield ids, np.frombuffer(blob, dtype=np.float32).reshape(len(rows), -1)


def _read_all_vectors(model: str):
    """Yield (ids, float32 rows) in chunks for every indexed paragraph with a vector of ``model``,
    streamed (a server-side cursor on PostgreSQL), so reading costs one chunk beyond what is kept."""
    rows = (
        SearchVector.objects.filter(model=model, paragraph__search_entry__isnull=False)
        .order_by("paragraph_id")
        .values_list("paragraph_id", "vector")
    )
    ids, blobs = [], []
    for paragraph_id, blob in rows.iterator(chunk_size=READ_CHUNK):
        ids.append(paragraph_id)
        blobs.append(bytes(blob))
        if len(ids) == READ_CHUNK:
            yield _chunk(ids, blobs)
            ids, blobs = [], []
    if ids:
        yield _chunk(ids, blobs)


def _chunk(ids: list[int], blobs: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    vectors = np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(ids), -1)
    return np.array(ids, dtype=np.int64), vectors


def _build(model: str, stamp: int) -> VectorIndex:
    """The index read anew: metadata first, then every vector, into an exact matrix or a faiss index."""
    meta_ids, meta_visibility, meta_language = _metadata()
    codes: dict[str, int] = {}
    count = len(meta_ids)
    large = count > ANN_THRESHOLD
    # Exact: the float32 matrix is the index. Large: float16 staging (half the memory) to train and fill
    # the quantised index, then dropped.
    staging = np.empty((count, 0), dtype=np.float32)
    ids = np.empty(count, dtype=np.int64)
    filled = 0
    for chunk_ids, chunk in _read_all_vectors(model):
        if staging.shape[1] == 0:
            staging = np.empty((count, chunk.shape[1]), dtype=np.float16 if large else np.float32)
        # Rows must be in the metadata: a paragraph added since it was read waits for the next generation.
        keep = np.isin(chunk_ids, meta_ids, assume_unique=True)
        chunk_ids, chunk = chunk_ids[keep], chunk[keep]
        room = min(len(chunk_ids), count - filled)
        ids[filled : filled + room] = chunk_ids[:room]
        staging[filled : filled + room] = chunk[:room]
        filled += room
    ids, staging = ids[:filled], staging[:filled]
    position = np.searchsorted(meta_ids, ids)
    visibility = _coded(codes, [meta_visibility[i] for i in position])
    language = _coded(codes, [meta_language[i] for i in position])
    dimensions = staging.shape[1]
    common = {
        "stamp": stamp,
        "model": model,
        "ids": ids,
        "visibility": visibility,
        "language": language,
        "alive": np.ones(filled, dtype=bool),
        "codes": codes,
        "dimensions": dimensions,
    }
    if not large or filled == 0:
        buffer = np.empty((max(16, int(filled * 1.25)), max(dimensions, 1)), dtype=np.float32)
        buffer[:filled, :dimensions] = staging
        return VectorIndex(**common, vectors=buffer[:filled], buffer=buffer)
    return VectorIndex(**common, ann=_quantised_index(staging))


def _quantised_index(staging: np.ndarray):
    """A faiss IVF index with an 8-bit scalar quantiser over these vectors, ids = their row numbers."""
    import faiss

    count, dimensions = staging.shape
    # About 4·√n lists (4,000 at a million, ~250 vectors each), and at least 39 training vectors per list,
    # below which k-means has too little to place its centroids.
    nlist = max(1, min(int(4 * math.sqrt(count)), count // 39, 65536))
    quantiser = faiss.IndexFlatIP(dimensions)
    index = faiss.IndexIVFScalarQuantizer(
        quantiser, dimensions, nlist, faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_INNER_PRODUCT
    )
    # Vectors of unit length near each other: quantising them directly is as exact as by residual, and
    # scanning is cheaper.
    index.by_residual = False
    # Slot → list and offset, so a few rows can be decoded without a scan (restrictive filters).
    index.set_direct_map_type(faiss.DirectMap.Hashtable)
    rng = np.random.default_rng(0)
    sample = rng.choice(count, size=min(count, max(ANN_TRAINING, 40 * nlist)), replace=False)
    index.train(np.ascontiguousarray(staging[np.sort(sample)], dtype=np.float32))
    for start in range(0, count, 50_000):
        chunk = np.ascontiguousarray(staging[start : start + 50_000], dtype=np.float32)
        index.add_with_ids(chunk, np.arange(start, start + len(chunk), dtype=np.int64))
    return index


def _refresh(old: VectorIndex, stamp: int) -> VectorIndex | None:
    """``old`` brought to generation ``stamp`` without reading its vectors again; None when a full
    build is due (the index crossed the size threshold, or too many rows left it)."""
    meta_ids, meta_visibility, meta_language = _metadata()
    slots = np.full(len(meta_ids), -1, dtype=np.int64)
    if len(old):
        position = np.minimum(np.searchsorted(old.sorted_ids, meta_ids), len(old) - 1)
        known = old.sorted_ids[position] == meta_ids
        slots[known] = old.order[position[known]]
    # Entries new to the index whose vector is not queued: look their vectors up (one that is missing
    # all the same is simply left out). Read after the entries, so a vector stored meanwhile is at worst
    # missed until the next generation, which storing it moves.
    fresh = np.flatnonzero((slots < 0) & ~np.isin(meta_ids, _pending(), assume_unique=True))
    fresh_ids, fresh_vectors = [], []
    for chunk_ids, chunk in _read_vectors(old.model, meta_ids[fresh]):
        fresh_ids.append(chunk_ids)
        fresh_vectors.append(chunk)
    added_ids = np.concatenate(fresh_ids) if fresh_ids else np.empty(0, dtype=np.int64)
    added = np.concatenate(fresh_vectors) if fresh_vectors else np.empty((0, old.dimensions), np.float32)
    total = len(old) + len(added_ids)
    alive_count = int((slots >= 0).sum()) + len(added_ids)
    large = alive_count > ANN_THRESHOLD
    switch = large != (old.ann is not None) and (large or alive_count < ANN_THRESHOLD // 2)
    # (Back to exact only well below the threshold: no rebuild after rebuild around it.)
    crowded = total - alive_count > COMPACT_SHARE * max(total, 1)
    if switch or crowded or (len(added) and len(old) and added.shape[1] != old.dimensions):
        return None
    # Slots of the new paragraphs follow the old ones; metadata is set for every slot again, so a change
    # of visibility or language, or a paragraph that left, is seen here.
    position = np.searchsorted(meta_ids, added_ids)
    slots[position] = len(old) + np.arange(len(added_ids))
    codes = dict(old.codes)
    present = slots >= 0
    visibility = np.zeros(total, dtype=np.uint8)
    language = np.zeros(total, dtype=np.uint8)
    alive = np.zeros(total, dtype=bool)
    chosen = np.flatnonzero(present)
    visibility[slots[chosen]] = _coded(codes, [meta_visibility[i] for i in chosen])
    language[slots[chosen]] = _coded(codes, [meta_language[i] for i in chosen])
    alive[slots[chosen]] = True
    ids = np.concatenate([old.ids, added_ids])
    dimensions = old.dimensions if len(old) else (added.shape[1] if len(added) else old.dimensions)
    common = {
        "stamp": stamp,
        "model": old.model,
        "ids": ids,
        "visibility": visibility,
        "language": language,
        "alive": alive,
        "codes": codes,
        "dimensions": dimensions,
    }
    if old.ann is None:
        buffer = old.buffer
        if buffer is None or total > len(buffer) or buffer.shape[1] != dimensions:
            # Grown into a new buffer: searches on the old generation keep the old one.
            grown = np.empty((max(16, int(total * 1.5)), dimensions), dtype=np.float32)
            grown[: len(old)] = old.vectors
            buffer = grown
        # Rows past the old generation's end: no search on it reads them.
        buffer[len(old) : total] = added
        return VectorIndex(**common, vectors=buffer[:total], buffer=buffer)
    if len(added):
        with old.ann_lock.write():
            old.ann.add_with_ids(np.ascontiguousarray(added), np.arange(len(old), total, dtype=np.int64))
    return VectorIndex(**common, ann=old.ann, ann_lock=old.ann_lock)


def vector_index(model: str | None = None) -> VectorIndex:
    """The current index of ``model`` (the configured embedder's when None): refreshed when the index
    generation has moved since it was read, by one thread while the others wait."""
    model = model or get_embedder().name
    stamp = _stamp(model)
    cached = _cache.get(model)
    if cached is not None and cached.stamp == stamp:
        return cached
    with _lock:
        cached = _cache.get(model)
        if cached is not None and cached.stamp == stamp:
            return cached
        # The generation was read before the rows, so the index is never older than the stamp it carries.
        index = _refresh(cached, stamp) if cached is not None else None
        if index is None:
            index = _build(model, stamp)
        _cache[model] = index
        return index


def _expanded(query: np.ndarray, feedback: np.ndarray, weight: float) -> np.ndarray:
    """Rocchio in embedding space: the query moved towards the mean of the feedback vectors."""
    if not len(feedback) or weight <= 0:
        return query
    centroid = feedback.mean(axis=0)
    centroid /= np.linalg.norm(centroid) or 1.0
    mixed = (1.0 - weight) * query + weight * centroid
    return (mixed / (np.linalg.norm(mixed) or 1.0)).astype(np.float32)


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
    visibilities (and ``language``), and among ``allowed`` when other filters apply.

    ``feedback``: paragraph ids (the best lexical hits, in the query's own language) whose vectors move
    the query towards what it means (Rocchio, ``FEEDBACK_WEIGHT``). Only those the reader may see count,
    whatever the caller passed."""
    embedder = get_embedder()
    index = vector_index(embedder.name)
    if not len(index):
        return []
    query = embedder.embed_query(text)
    visible = index.mask(visibilities)
    if feedback:
        slots = index.slots_of(list(dict.fromkeys(feedback))[:FEEDBACK_DEPTH])
        slots = slots[visible[slots]]
        query = _expanded(query, index.vectors_of(slots), FEEDBACK_WEIGHT)
    elif feedback is None and SELF_FEEDBACK_DEPTH and SELF_FEEDBACK_WEIGHT > 0:
        first = index.search(query, visible, SELF_FEEDBACK_DEPTH)
        slots = index.slots_of([pid for pid, _ in first])
        query = _expanded(query, index.vectors_of(slots), SELF_FEEDBACK_WEIGHT)
    mask = (
        index.mask(visibilities, language=language, allowed=allowed)
        if language or allowed is not None
        else visible
    )
    return index.search(query, mask, limit)


def fuse(lexical: list[tuple[int, float]], semantic: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """The hybrid ranking: the two fused by the configured method (``FUSION``), best first."""
    if FUSION == "rrf":
        return fuse_rrf(lexical, semantic, RRF_SEMANTIC_WEIGHT)
    if FUSION == "weighted":
        return fuse_weighted(lexical, semantic, WEIGHTED_SEMANTIC_WEIGHT, NORMALISATION)
    raise ValueError(f"unknown fusion {FUSION!r}; use weighted or rrf")
