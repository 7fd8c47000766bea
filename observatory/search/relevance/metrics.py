"""Ranking metrics over judged paragraphs, in plain Python.

A ranking is the list of paragraphs a search returned, best first, each named by (document slug,
paragraph id); judgments map paragraphs to grades (2 answers the query, 1 is related, 0 or absent is not
relevant). A paragraph that appears twice in a ranking counts once, at its first place.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

Paragraph = tuple[str, str]


def _first_k(ranking: Iterable[Paragraph], k: int) -> list[Paragraph]:
    seen: set[Paragraph] = set()
    top: list[Paragraph] = []
    for item in ranking:
        if len(top) >= k:
            break
        if item not in seen:
            seen.add(item)
            top.append(item)
    return top


def dcg(gains: Iterable[float]) -> float:
    """Discounted cumulative gain of gains in rank order: the gain at rank r (from 1) is divided by
    log2(r + 1)."""
    return sum(gain / math.log2(rank + 1) for rank, gain in enumerate(gains, start=1))


def ndcg_at_k(ranking: list[Paragraph], judgments: Mapping[Paragraph, int], k: int = 10) -> float:
    """Normalized discounted cumulative gain of the first ``k`` results.

    The gain of a result is its grade (0 when unjudged), discounted by log2(rank + 1); the ideal is the
    same sum over the judged grades sorted from best, cut at ``k``. 1.0 for a ranking that puts the best
    paragraphs first, 0.0 when nothing relevant is in the top ``k`` or nothing is judged relevant."""
    if k <= 0:
        return 0.0
    ideal = dcg(sorted((g for g in judgments.values() if g > 0), reverse=True)[:k])
    if ideal == 0:
        return 0.0
    return dcg(max(judgments.get(item, 0), 0) for item in _first_k(ranking, k)) / ideal


def recall_at_k(ranking: list[Paragraph], judgments: Mapping[Paragraph, int], k: int = 10) -> float:
    """Share of the relevant paragraphs (grade 1 or more) found in the first ``k`` results; 0.0 when no
    paragraph is judged relevant."""
    relevant = {item for item, grade in judgments.items() if grade >= 1}
    if not relevant or k <= 0:
        return 0.0
    return len(relevant.intersection(_first_k(ranking, k))) / len(relevant)
