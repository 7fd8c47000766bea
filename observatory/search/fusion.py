"""Fusing a lexical and a semantic ranking into one (hybrid search).

Two ways, measured side by side by ``bench/search_quality.py`` (figures in docs/embeddings.md, "Fusing
the rankings"):

- ``rrf``: weighted reciprocal rank fusion. Each ranking gives ``weight / (k + rank)`` to its items; only
  the ranks count, so the two scales never need to agree.
- ``weighted``: a weighted sum of scores normalised per ranking (min-max by default, or z-score): BM25 (or
  ``ts_rank_cd``) from the lexical list, cosines from the semantic one. Unlike RRF it keeps how far apart
  two hits are, so a paragraph far ahead in one ranking stays ahead.

Both take rankings as lists of ``(paragraph_id, score)``, best first, and return one such list.
"""

from __future__ import annotations

import math

RRF_K = 60

Ranking = list[tuple[int, float]]


def fuse_rrf(lexical: Ranking, semantic: Ranking, semantic_weight: float) -> Ranking:
    """Weighted reciprocal rank fusion: the lexical ranking gives ``1 / (k + rank)`` to its items, the
    semantic one ``semantic_weight / (k + rank)``."""
    scores: dict[int, float] = {}
    for ranking, factor in ((lexical, 1.0), (semantic, semantic_weight)):
        for rank, (paragraph_id, _) in enumerate(ranking, start=1):
            scores[paragraph_id] = scores.get(paragraph_id, 0.0) + factor / (RRF_K + rank)
    return _ordered(scores)


def fuse_weighted(
    lexical: Ranking, semantic: Ranking, semantic_weight: float, normalisation: str = "minmax"
) -> Ranking:
    """``(1 - w) · lexical + w · semantic``, each score normalised within its own ranking (``minmax``: the
    best becomes 1 and the last 0; ``zscore``: distance from the ranking's mean in standard deviations).

    A paragraph absent from one ranking takes that ranking's lowest normalised score: it was not among
    its best, so it is at most as good as the last one that was."""
    if not 0.0 <= semantic_weight <= 1.0:
        raise ValueError(f"semantic_weight must be between 0 and 1, not {semantic_weight}")
    scaled = []
    for ranking in (lexical, semantic):
        values = _normalised([score for _, score in ranking], normalisation)
        floor = min(values, default=0.0)
        scaled.append((dict(zip((pid for pid, _ in ranking), values, strict=True)), floor))
    (lexical_scores, lexical_floor), (semantic_scores, semantic_floor) = scaled
    scores = {
        pid: (1.0 - semantic_weight) * lexical_scores.get(pid, lexical_floor)
        + semantic_weight * semantic_scores.get(pid, semantic_floor)
        for pid in lexical_scores.keys() | semantic_scores.keys()
    }
    return _ordered(scores)


def _normalised(values: list[float], normalisation: str) -> list[float]:
    if not values:
        return []
    if normalisation == "minmax":
        low, high = min(values), max(values)
        if high - low < 1e-12:
            # One hit, or all tied: they are all the best this ranking has.
            return [1.0] * len(values)
        return [(value - low) / (high - low) for value in values]
    if normalisation == "zscore":
        mean = math.fsum(values) / len(values)
        spread = math.sqrt(math.fsum((value - mean) ** 2 for value in values) / len(values))
        if spread < 1e-12:
            return [0.0] * len(values)
        return [(value - mean) / spread for value in values]
    raise ValueError(f"unknown normalisation {normalisation!r}; use minmax or zscore")


def _ordered(scores: dict[int, float]) -> Ranking:
    # Ties go to the lower paragraph id, so a ranking is the same from run to run.
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))
