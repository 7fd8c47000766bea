"""Finding approaches: the clustering and labelling functions alone, then on the hand-grouped fixture
with the real multilingual model."""

from collections import Counter

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score

from observatory.papers import approaches
from observatory.papers.approaches import Passage
from observatory.search.embeddings import get_embedder
from tests.papers.conftest import approaches_fixture


def blobs(sizes, dimensions=16, spread=0.05, seed=1):
    """Unit rows around len(sizes) well-separated directions, and the true group of each row."""
    generator = np.random.default_rng(seed)
    centres = np.eye(dimensions)[: len(sizes)]
    rows, truth = [], []
    for group, size in enumerate(sizes):
        for _ in range(size):
            rows.append(centres[group] + generator.normal(0, spread, dimensions))
            truth.append(group)
    rows = np.array(rows, dtype=np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True), truth


def test_cluster_recovers_separated_groups_and_numbers_them_in_order():
    rows, truth = blobs([5, 7, 4])
    labels = approaches.cluster(rows)
    assert adjusted_rand_score(truth, labels) == 1.0
    assert labels[0] == 0 and sorted(set(labels.tolist())) == [0, 1, 2]


def test_cluster_of_one_or_two_rows_is_one_approach():
    rows, _ = blobs([2])
    assert approaches.cluster(rows).tolist() == [0, 0]
    assert approaches.cluster(rows[:1]).tolist() == [0]
    assert approaches.cluster(rows[:0]).tolist() == []


def test_cluster_without_structure_stays_one_approach():
    identical = np.tile(np.eye(8)[0], (12, 1)).astype(np.float32)
    assert set(approaches.cluster(identical).tolist()) == {0}


def test_split_in_two_separates_two_groups():
    rows, truth = blobs([3, 4])
    assert adjusted_rand_score(truth, approaches.split_in_two(rows)) == 1.0
    assert approaches.split_in_two(rows[:2]).tolist() == [0, 1]
    with pytest.raises(ValueError):
        approaches.split_in_two(rows[:1])


def test_without_language_takes_out_each_languages_mean():
    rows, _ = blobs([4, 4], spread=0.02)
    shift = np.zeros(16, dtype=np.float32)
    shift[10] = 3.0
    languages = ["en"] * 4 + ["fr"] * 4
    # Same two groups in both languages; French rows all pushed one way (the language's offset).
    mixed = np.vstack([rows[[0, 1, 4, 5]], rows[[2, 3, 6, 7]] + shift])
    mixed /= np.linalg.norm(mixed, axis=1, keepdims=True)
    truth = [0, 0, 1, 1, 0, 0, 1, 1]
    assert adjusted_rand_score(truth, approaches.cluster(mixed)) < 1.0  # the language wins
    centred = approaches.without_language(mixed, languages)
    assert np.allclose(np.linalg.norm(centred, axis=1), 1.0, atol=1e-5)
    assert adjusted_rand_score(truth, approaches.cluster(centred)) == 1.0


def test_without_language_leaves_a_rare_language_alone():
    rows, _ = blobs([3])
    centred = approaches.without_language(rows, ["ar", "ar", "ar"])
    assert np.allclose(centred, rows, atol=1e-6)


def test_centrality_is_the_cosine_to_the_centroid():
    rows, truth = blobs([3, 3])
    scores = approaches.centrality(rows, np.array(truth))
    assert scores.shape == (6,) and np.all(scores > 0.9) and np.all(scores <= 1.0 + 1e-6)


def test_labels_are_distinctive_words_in_the_papers_language():
    passages = [
        Passage(1, "Declarations are filed online through the electronic portal every year.", "en"),
        Passage(2, "The electronic portal receives declarations online and sends reminders.", "en"),
        Passage(3, "False declarations are punished with fines and dismissal from office.", "en"),
        Passage(4, "Officials who lie in declarations face fines, dismissal and prosecution.", "en"),
        Passage(5, "Las declaraciones falsas se sancionan con multas y destitución.", "es"),
    ]
    words = approaches.labels(passages, np.array([0, 0, 1, 1, 1]), "en")
    assert words[0][:2] == ["electronic", "online"] or set(words[0][:3]) >= {"electronic", "online"}
    assert {"fines", "dismissal"} <= set(words[1])
    # "declarations" is in every paragraph: it tells nothing apart.
    assert "declarations" not in words[0] + words[1]


def test_labels_fall_back_on_the_approachs_own_language():
    passages = [
        Passage(1, "Декларации подаются в электронном виде через единый портал.", "ru"),
        Passage(2, "Электронный портал принимает декларации и напоминает о сроках.", "ru"),
        Passage(3, "Officials who lie in declarations face fines and dismissal.", "en"),
    ]
    words = approaches.labels(passages, np.array([0, 0, 1]), "fr")
    assert words[0] and all(any("\u0400" <= ch <= "\u04ff" for ch in word) for word in words[0])
    assert words[1] and all(word.isascii() for word in words[1])


def test_labels_of_chinese_are_whole_words():
    passages = [
        Passage(1, "公职人员通过网上申报系统提交财产申报，系统自动提醒。", "zh"),
        Passage(2, "网上申报系统每年接收财产申报并自动提醒逾期人员。", "zh"),
        Passage(3, "虚假申报将被处以罚款并予以免职。", "zh"),
    ]
    words = approaches.labels(passages, np.array([0, 0, 1]), "zh")
    assert "网上" in words[0] or "系统" in words[0] or "提醒" in words[0]
    assert all(len(word) >= 2 for word in words[0] + words[1])


@pytest.fixture(scope="module")
def embedded():
    data = approaches_fixture()
    items = [
        (submission["language"], paragraph["approach"], paragraph["text"])
        for submission in data["submissions"]
        for paragraph in submission["paragraphs"]
    ]
    vectors = get_embedder().embed([text for _, _, text in items])
    article = {name: entry["article"] for name, entry in data["approaches"].items()}
    return items, vectors, article


def grouped_by_article(items, vectors, article, *, centred=True):
    """Cluster numbers as the workbench finds them: languages' means out over all, then per article."""
    languages = [language for language, _, _ in items]
    rows = approaches.without_language(vectors, languages) if centred else vectors
    found = [""] * len(items)
    for number in sorted(set(article.values())):
        picked = [row for row, (_, approach, _) in enumerate(items) if article[approach] == number]
        for row, label in zip(picked, approaches.cluster(rows[picked]), strict=True):
            found[row] = f"{number}/{label}"
    return found


def test_the_hand_grouping_is_found_across_languages(embedded):
    """The aim: the clusters agree with the hand grouping (adjusted Rand index), and each approach's
    paragraphs, written in five or six languages, land together."""
    items, vectors, article = embedded
    truth = [approach for _, approach, _ in items]
    found = grouped_by_article(items, vectors, article)
    assert adjusted_rand_score(truth, found) >= 0.9
    for approach in set(truth):
        rows = [row for row, name in enumerate(truth) if name == approach]
        cluster, size = Counter(found[row] for row in rows).most_common(1)[0]
        together = {items[row][0] for row in rows if found[row] == cluster}
        assert size >= len(rows) - 1, approach
        assert len(together) >= 5, (approach, together)


def test_taking_out_the_languages_means_is_what_finds_them(embedded):
    items, vectors, article = embedded
    truth = [approach for _, approach, _ in items]
    centred = adjusted_rand_score(truth, grouped_by_article(items, vectors, article))
    raw = adjusted_rand_score(truth, grouped_by_article(items, vectors, article, centred=False))
    assert centred > raw


def test_a_sampled_silhouette_that_misses_a_small_cluster_is_skipped(monkeypatch):
    """Above SILHOUETTE_SAMPLE paragraphs the silhouette is estimated on a sample, which may hold one
    cluster only (a cut that splits off a lone paragraph): that cut is skipped, never an error."""
    monkeypatch.setattr(approaches, "SILHOUETTE_SAMPLE", 12)
    rows, _ = blobs([60, 1], spread=0.02)
    labels = approaches.cluster(rows, seed=1)  # the cut in two leaves the lone row out of this sample
    assert len(labels) == 61
