"""Finding the approaches of States: clusters of similar paragraphs, across languages, with their labels.

The paragraphs of one section (one article) are clustered from their multilingual embeddings:

1. **Language removed.** Each language's mean vector is subtracted from its paragraphs (when the language
   has enough of them to have a mean worth the name), so that what is left is what the paragraph says,
   not the language it says it in: without this, a multilingual model's vectors of two Spanish
   paragraphs on different approaches lie closer than a Spanish and a Russian one on the same approach.
   Measured on tests/fixtures/papers/approaches.json (docs/papers.md).
2. **A tree, then a cut.** Average-linkage agglomerative clustering over cosine distances (scipy) gives the
   whole tree at once; it is cut at each number of clusters from 2 to ``MOST_APPROACHES`` and the cut with
   the best silhouette (scikit-learn) is kept. A section whose best silhouette stays under
   ``LEAST_SILHOUETTE`` has no structure to show and stays one approach.
3. **Labels.** Each approach is named by its distinctive words (class-based TF-IDF): words frequent in
   its paragraphs and rare in the section's other approaches, function words left out (stopwords-iso),
   in the paper's language when the approach has paragraphs in it, else in the language most of its
   paragraphs are written in.

Everything here is a pure function of arrays and texts; reading paragraphs and storing approaches is
done by ``papers.services``.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import stopwordsiso
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.metrics import silhouette_score

from observatory.search.analysis import words

MOST_APPROACHES = 12
LEAST_SILHOUETTE = 0.04
# A language's mean is taken out of its vectors only when it has at least this many paragraphs in the
# section; with fewer, the mean is the paragraphs themselves and subtracting it would erase them.
LANGUAGE_MEAN_FROM = 4
# Above this many paragraphs, silhouettes are estimated on a fixed sample (the tree is still exact).
SILHOUETTE_SAMPLE = 2000
LABEL_WORDS = 3
# A word found in more than this share of the section's other paragraphs (in its language) is grammar
# or the section's common subject ("declarations" everywhere), not what tells an approach apart.
COMMON_SHARE = 0.5


@dataclass(frozen=True)
class Passage:
    """One paragraph to cluster: its vector row, text and language."""

    paragraph_id: int
    text: str
    language: str


def without_language(vectors: np.ndarray, languages: Sequence[str]) -> np.ndarray:
    """The vectors with each well-represented language's mean taken out, normalised again."""
    centred = np.array(vectors, dtype=np.float32, copy=True)
    languages = np.asarray(languages)
    for language in set(languages.tolist()):
        rows = languages == language
        if rows.sum() >= LANGUAGE_MEAN_FROM:
            centred[rows] -= centred[rows].mean(axis=0)
    norms = np.linalg.norm(centred, axis=1, keepdims=True)
    return centred / np.where(norms == 0, 1, norms)


def cluster(vectors: np.ndarray, *, most: int = MOST_APPROACHES, seed: int = 0) -> np.ndarray:
    """Cluster numbers (0, 1, …, ordered by first appearance) of unit-length rows."""
    count = len(vectors)
    if count < 3:
        return np.zeros(count, dtype=np.int64)
    similarity = np.clip(vectors @ vectors.T, -1.0, 1.0)
    distances = (1.0 - similarity).astype(np.float64)
    np.fill_diagonal(distances, 0.0)
    distances = np.maximum(distances, distances.T)  # exact symmetry for squareform
    tree = linkage(squareform(distances, checks=False), method="average")
    best, best_score = np.ones(count, dtype=np.int64), LEAST_SILHOUETTE
    sample = SILHOUETTE_SAMPLE if count > SILHOUETTE_SAMPLE else None
    for k in range(2, min(most, count - 1) + 1):
        labels = fcluster(tree, k, criterion="maxclust")
        if len(set(labels.tolist())) < 2:
            continue
        try:
            score = silhouette_score(
                distances, labels, metric="precomputed", sample_size=sample, random_state=seed
            )
        except ValueError:
            # The sample missed every cluster but one (a cut that splits off a few paragraphs).
            continue
        if score > best_score:
            best, best_score = labels, score
    return _renumbered(best)


def split_in_two(vectors: np.ndarray) -> np.ndarray:
    """Cluster numbers 0 and 1 for the rows of one approach the officer wants split (same tree)."""
    count = len(vectors)
    if count < 2:
        raise ValueError("an approach of one paragraph cannot be split")
    if count == 2:
        return np.array([0, 1])
    distances = np.maximum(1.0 - np.clip(vectors @ vectors.T, -1.0, 1.0), 0.0).astype(np.float64)
    np.fill_diagonal(distances, 0.0)
    distances = np.maximum(distances, distances.T)
    tree = linkage(squareform(distances, checks=False), method="average")
    return _renumbered(fcluster(tree, 2, criterion="maxclust"))


def _renumbered(labels: np.ndarray) -> np.ndarray:
    order: dict[int, int] = {}
    return np.array([order.setdefault(int(label), len(order)) for label in labels], dtype=np.int64)


def centrality(vectors: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Each row's cosine to the centroid of its cluster: the most central rows represent it."""
    scores = np.zeros(len(vectors), dtype=np.float32)
    for label in set(labels.tolist()):
        rows = labels == label
        centroid = vectors[rows].mean(axis=0)
        norm = np.linalg.norm(centroid)
        scores[rows] = vectors[rows] @ (centroid / norm if norm else centroid)
    return scores


@lru_cache(maxsize=8)
def _stopwords(language: str) -> frozenset[str]:
    """The language's function words (stopwords-iso lists, shipped inside the package)."""
    return frozenset(stopwordsiso.stopwords(language)) if stopwordsiso.has_lang(language) else frozenset()


def _vocabulary(text: str, language: str) -> list[tuple[str, str]]:
    """(term, word) pairs of a text for labels: the word's longest term (a whole Chinese word rather than
    its parts); function words, digits and one-letter words left out."""
    stop = _stopwords(language)
    pairs = []
    for word, terms in words(text, language):
        if not terms:
            continue
        term = max(terms, key=len)
        spelled = word.lower()
        if len(term) < 2 or term.isdigit() or spelled in stop:
            continue
        pairs.append((term, spelled))
    return pairs


def labels(
    passages: Sequence[Passage], clusters: np.ndarray, language: str, *, count: int = LABEL_WORDS
) -> dict[int, list[str]]:
    """The distinctive words of each cluster (class-based TF-IDF), in ``language`` where the cluster has
    paragraphs in it, else in the language most of its paragraphs are in."""
    by_language: dict[str, list[int]] = defaultdict(list)
    for row, passage in enumerate(passages):
        by_language[passage.language].append(row)
    chosen: dict[int, str] = {}
    for number in set(clusters.tolist()):
        languages = Counter(passages[row].language for row in np.flatnonzero(clusters == number))
        chosen[number] = language if languages[language] else languages.most_common(1)[0][0]
    result: dict[int, list[str]] = {}
    for code, rows in by_language.items():
        wanted = [number for number, picked in chosen.items() if picked == code]
        if wanted:
            result.update(_distinctive([passages[r] for r in rows], clusters[rows], wanted, code, count))
    return result


def _distinctive(
    passages: Sequence[Passage], clusters: np.ndarray, wanted: list[int], language: str, count: int
) -> dict[int, list[str]]:
    frequency: dict[int, Counter] = defaultdict(Counter)
    spelled: dict[str, Counter] = defaultdict(Counter)
    in_cluster: Counter = Counter()  # (cluster, term) → paragraphs of the cluster with the term
    in_section: Counter = Counter()  # term → paragraphs of the section with it
    paragraphs_of: Counter = Counter()
    for passage, number in zip(passages, clusters.tolist(), strict=True):
        pairs = _vocabulary(passage.text, language)
        for term, word in pairs:
            frequency[number][term] += 1
            spelled[term][word] += 1
        for term in {term for term, _ in pairs}:
            in_cluster[(number, term)] += 1
            in_section[term] += 1
        paragraphs_of[number] += 1
    total = len(passages)
    overall: Counter = Counter()
    for counts in frequency.values():
        overall.update(counts)
    average = sum(overall.values()) / max(len(frequency), 1)
    result = {}
    for number in wanted:
        counts = frequency.get(number, Counter())
        size = sum(counts.values()) or 1
        # A word must recur within the approach (unless it is one paragraph) and not be common in the
        # section's other paragraphs.
        recurring = 2 if paragraphs_of[number] > 1 else 1
        others = total - paragraphs_of[number]
        scored = [
            (counts[term] / size * math.log(1 + average / overall[term]), term)
            for term in counts
            if in_cluster[(number, term)] >= recurring
            and in_section[term] - in_cluster[(number, term)] <= COMMON_SHARE * others
        ]
        scored.sort(key=lambda item: (-item[0], item[1]))
        result[number] = [spelled[term].most_common(1)[0][0] for _, term in scored[:count]]
    return result
