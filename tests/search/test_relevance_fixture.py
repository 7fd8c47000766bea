"""The relevance fixture: a parallel corpus in the six UN languages, judged queries and ranking metrics."""

import math
import unicodedata
from collections import Counter, defaultdict

import pytest

from observatory.ingest.extract import extract_bytes
from observatory.ingest.segment import segment
from observatory.search.relevance import (
    LANGUAGES,
    SLUGS,
    RelevanceDocument,
    as_text_file,
    document,
    documents,
    ndcg_at_k,
    queries,
    recall_at_k,
)

DOCS = documents()
QUERIES = queries()


def _by_slug() -> dict[str, dict[str, RelevanceDocument]]:
    grouped: dict[str, dict[str, RelevanceDocument]] = defaultdict(dict)
    for doc in DOCS:
        assert doc.language not in grouped[doc.slug], (doc.slug, doc.language)
        grouped[doc.slug][doc.language] = doc
    return grouped


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    if "\u4e00" <= ch <= "\u9fff":
        return "han"
    return name.split()[0].lower() if name else "unknown"


EXPECTED_SCRIPT = {
    "ar": "arabic",
    "zh": "han",
    "ru": "cyrillic",
    "en": "latin",
    "fr": "latin",
    "es": "latin",
}


def _foreign_letters(text: str, language: str) -> set[str]:
    return {ch for ch in text if ch.isalpha() and _script(ch) != EXPECTED_SCRIPT[language]}


# --- the documents ---


def test_at_least_six_documents_each_in_the_six_languages():
    grouped = _by_slug()
    assert len(grouped) >= 6
    assert set(grouped) == set(SLUGS)
    for slug, versions in grouped.items():
        assert set(versions) == set(LANGUAGES), slug
    assert len(DOCS) == len(SLUGS) * len(LANGUAGES)


def test_every_language_version_has_the_same_paragraph_ids_in_the_same_order():
    for slug, versions in _by_slug().items():
        ids = versions["en"].ids
        assert 6 <= len(ids) <= 10, slug
        assert ids == tuple(str(n) for n in range(1, len(ids) + 1)), slug
        for language, doc in versions.items():
            assert doc.ids == ids, (slug, language)


def test_each_language_has_forty_to_sixty_paragraphs():
    per_language = Counter()
    for doc in DOCS:
        per_language[doc.language] += len(doc.paragraphs)
    assert set(per_language) == set(LANGUAGES)
    assert len(set(per_language.values())) == 1
    assert all(40 <= count <= 60 for count in per_language.values()), per_language


def test_titles_and_paragraphs_are_non_empty_single_lines():
    for doc in DOCS:
        for text in (doc.title, *(text for _, text in doc.paragraphs)):
            assert text and text == text.strip(), (doc.slug, doc.language)
            assert "\n" not in text and "  " not in text, (doc.slug, doc.language)
        for _, text in doc.paragraphs:
            assert text[-1] in ".。", (doc.slug, doc.language, text[-20:])


def test_texts_are_written_in_the_script_of_their_language():
    for doc in DOCS:
        for text in (doc.title, *(text for _, text in doc.paragraphs)):
            assert any(ch.isalpha() for ch in text), (doc.slug, doc.language)
            assert not _foreign_letters(text, doc.language), (doc.slug, doc.language, text[:40])


def test_no_two_language_versions_of_a_paragraph_are_the_same_string():
    for slug, versions in _by_slug().items():
        titles = [doc.title for doc in versions.values()]
        assert len(set(titles)) == len(titles), slug
        for pid in versions["en"].ids:
            texts = [doc.paragraph(pid) for doc in versions.values()]
            assert len(set(texts)) == len(texts), (slug, pid)


def test_paragraphs_within_a_document_are_distinct():
    for doc in DOCS:
        texts = [text for _, text in doc.paragraphs]
        assert len(set(texts)) == len(texts), (doc.slug, doc.language)


def test_document_finds_one_language_version():
    doc = document("reporting-persons", "fr")
    assert (doc.slug, doc.language) == ("reporting-persons", "fr")
    assert doc.paragraph("1").startswith("L'article 33")
    with pytest.raises(KeyError):
        document("reporting-persons", "de")
    with pytest.raises(KeyError):
        doc.paragraph("99")


def test_the_terms_of_each_language_are_used():
    expected = {
        ("asset-declarations", "es"): "declaración de bienes",
        ("asset-declarations", "ru"): "декларирования имущества",
        ("asset-declarations", "ar"): "إقرارات الذمة المالية",
        ("asset-declarations", "zh"): "财产申报",
        ("asset-declarations", "fr"): "déclaration de patrimoine",
        ("beneficial-ownership", "fr"): "bénéficiaires effectifs",
        ("beneficial-ownership", "es"): "beneficiarios finales",
        ("beneficial-ownership", "ru"): "бенефициарных владельц",
        ("beneficial-ownership", "zh"): "受益所有人",
        ("beneficial-ownership", "ar"): "المالكين المنتفعين",
        ("reporting-persons", "zh"): "举报人",
        ("reporting-persons", "es"): "denunciantes",
    }
    for (slug, language), term in expected.items():
        doc = document(slug, language)
        assert term in doc.title + " ".join(text for _, text in doc.paragraphs), (slug, language, term)


# --- the plain-text file ---


def test_as_text_file_is_a_title_then_numbered_paragraphs_separated_by_blank_lines():
    doc = document("public-procurement", "en")
    text = as_text_file(doc)
    blocks = text.rstrip("\n").split("\n\n")
    assert text.endswith(".\n")
    assert blocks[0] == doc.title
    assert blocks[1:] == [f"{pid}. {para}" for pid, para in doc.paragraphs]


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: f"{d.slug}-{d.language}")
def test_the_importer_reads_the_text_file_back_with_the_same_ids(doc):
    extracted = extract_bytes(as_text_file(doc).encode("utf-8"), f"{doc.slug}.{doc.language}.txt")
    segmented = segment(extracted.blocks)
    assert (extracted.title or segmented.title) == doc.title
    body = [(p.id, p.text) for p in segmented.paragraphs if p.kind != "heading"]
    assert body == list(doc.paragraphs)


# --- the queries ---


def test_at_least_sixty_queries_and_ten_per_language():
    assert len(QUERIES) >= 60
    per_language = Counter(query.language for query in QUERIES)
    assert set(per_language) == set(LANGUAGES)
    assert min(per_language.values()) >= 10, per_language
    ids = [query.id for query in QUERIES]
    assert len(set(ids)) == len(ids)
    assert all(query.id.startswith(f"{query.language}-") for query in QUERIES)


def test_queries_are_short_and_in_the_script_of_their_language():
    for query in QUERIES:
        assert query.text == query.text.strip() and query.text, query.id
        if query.language == "zh":
            assert len(query.text) <= 12, query.id
        else:
            assert 1 <= len(query.text.split()) <= 6, query.id
        assert not _foreign_letters(query.text, query.language), query.id
    assert any(len(query.text.split()) == 1 for query in QUERIES if query.language != "zh")
    assert any(query.text.endswith(("?", "？", "؟")) for query in QUERIES)


def test_every_judgment_points_at_an_existing_paragraph_with_a_valid_grade():
    existing = {(doc.slug, pid) for doc in DOCS for pid in doc.ids}
    for query in QUERIES:
        assert query.judgments, query.id
        for item, grade in query.judgments.items():
            assert item in existing, (query.id, item)
            assert grade in (1, 2), (query.id, item)
        assert query.relevant(2), f"{query.id} has no paragraph that answers it"


def test_some_queries_are_about_one_topic_and_some_span_several():
    topics = [{slug for slug, _ in query.judgments} for query in QUERIES]
    assert sum(1 for slugs in topics if len(slugs) == 1) >= 20
    assert sum(1 for slugs in topics if len(slugs) > 1) >= 10
    judged_documents = {slug for slugs in topics for slug in slugs}
    assert judged_documents == set(SLUGS)


def test_hard_queries_use_words_the_corpus_of_their_language_does_not():
    """A synonym query's term is absent from every document in its language: only meaning finds it."""
    hard = {
        "en-01": "whistle",
        "en-02": "e-procurement",
        "en-08": "debar",
        "fr-01": "lanceur",
        "fr-04": "pantouflage",
        "fr-13": "pots-de-vin",
        "ru-02": "осведомител",
        "ru-03": "недобросовестн",
        "ru-13": "информатор",
    }
    by_id = {query.id: query for query in QUERIES}
    for qid, term in hard.items():
        query = by_id[qid]
        assert term in query.text.lower(), qid
        corpus = " ".join(
            text.lower() for doc in DOCS if doc.language == query.language for _, text in doc.paragraphs
        )
        assert term not in corpus, (qid, term)


def test_queries_returns_fresh_judgments():
    first = queries()[0]
    first.judgments.clear()
    assert queries()[0].judgments


# --- the metrics ---

A, B, C, X = ("doc", "1"), ("doc", "2"), ("doc", "3"), ("other", "9")


def test_a_perfect_ranking_scores_one():
    judgments = {A: 2, B: 1, C: 1}
    assert ndcg_at_k([A, B, C], judgments) == pytest.approx(1.0)
    assert ndcg_at_k([A, C, B, X], judgments) == pytest.approx(1.0)  # equal grades in any order
    assert recall_at_k([A, B, C], judgments) == 1.0


def test_an_empty_ranking_scores_zero():
    assert ndcg_at_k([], {A: 2}) == 0.0
    assert recall_at_k([], {A: 2}) == 0.0
    assert ndcg_at_k([X], {A: 2}) == 0.0
    assert recall_at_k([X], {A: 2}) == 0.0


def test_nothing_judged_relevant_scores_zero():
    assert ndcg_at_k([A], {}) == 0.0
    assert recall_at_k([A], {}) == 0.0
    assert ndcg_at_k([A], {A: 0}) == 0.0
    assert recall_at_k([A], {A: 0}) == 0.0


def test_two_items_in_the_wrong_order():
    # DCG = 1/log2(2) + 2/log2(3) = 2.2619; ideal = 2/log2(2) + 1/log2(3) = 2.6309
    judgments = {A: 2, B: 1}
    expected = (1 + 2 / math.log2(3)) / (2 + 1 / math.log2(3))
    assert ndcg_at_k([B, A], judgments) == pytest.approx(expected)
    assert ndcg_at_k([B, A], judgments) == pytest.approx(0.8597, abs=1e-4)
    assert recall_at_k([B, A], judgments) == 1.0


def test_an_unjudged_result_first_pushes_the_answer_down():
    # 2/log2(3) over the ideal 2/log2(2)
    assert ndcg_at_k([X, A], {A: 2}) == pytest.approx(1 / math.log2(3))
    assert ndcg_at_k([X, A], {A: 2}) == pytest.approx(0.6309, abs=1e-4)


def test_results_beyond_k_do_not_count():
    judgments = {A: 2, B: 1, C: 1}
    assert recall_at_k([A, X, B, C], judgments, k=2) == pytest.approx(1 / 3)
    assert recall_at_k([A, X, B, C], judgments, k=3) == pytest.approx(2 / 3)
    # the ideal is cut at k too: with k=1 the best paragraph first is perfect
    assert ndcg_at_k([A, X], judgments, k=1) == pytest.approx(1.0)
    assert ndcg_at_k([A], judgments, k=0) == 0.0


def test_a_repeated_result_counts_once():
    judgments = {A: 2, B: 1}
    assert ndcg_at_k([A, A, B], judgments) == pytest.approx(1.0)
    assert recall_at_k([A, A], judgments, k=2) == pytest.approx(0.5)
