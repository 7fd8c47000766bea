"""The semantic side of search: both fusions, pseudo-relevance feedback, the vector index on its exact and
its approximate (faiss) path, filters and visibility on both, and the cache brought up to date when the
index changes. Real embeddings, real database (SQLite, or PostgreSQL with DATABASE_URL)."""

import pytest

from observatory.accounts.permissions import SYSTEM
from observatory.library.models import Document, Visibility
from observatory.library.services import import_file
from observatory.search import semantic
from observatory.search.fusion import fuse_rrf, fuse_weighted
from observatory.search.models import SearchEntry
from observatory.search.relevance import as_text_file, document, queries, recall_at_k
from observatory.search.services import index_document
from observatory.search.writer import write_pending

from .conftest import SECRET

PUBLIC = ["public"]
EVERYONE = [Visibility.PUBLIC, Visibility.STATES_PARTIES, Visibility.SECRETARIAT]
QUERIES = [
    "declaración de bienes",
    "protection of whistle-blowers",
    "отмывание денег",
    "公共采购",
    "debarment",
]


@pytest.fixture(params=["exact", "ann", "ann-scan"])
def index_path(request, monkeypatch):
    """Run the test on the exact matrix and on the faiss index (forced by a threshold of 10 vectors),
    where a few rows are decoded and scored directly ("ann") or found by scanning the inverted lists
    ("ann-scan", as for filters that leave many rows at scale)."""
    if request.param != "exact":
        monkeypatch.setattr(semantic, "ANN_THRESHOLD", 10)
    if request.param == "ann-scan":
        monkeypatch.setattr(semantic, "ANN_RECONSTRUCT_ROWS", 0)
    return request.param.split("-")[0]


def ranking(text, visibilities=PUBLIC, **options):
    return semantic.semantic_ranking(text, visibilities, limit=options.pop("limit", 10), **options)


def entries(**where):
    return set(SearchEntry.objects.filter(**where).values_list("paragraph_id", flat=True))


# Fusion ---------------------------------------------------------------------------------------------


def test_rrf_ranks_by_rank_only_and_weights_the_semantic_side():
    lexical = [(1, 30.0), (2, 29.0), (3, 1.0)]
    semantic_hits = [(3, 0.9), (4, 0.8), (1, 0.1)]
    fused = [pid for pid, _ in fuse_rrf(lexical, semantic_hits, 1.0)]
    assert fused[0] in (1, 3)  # in both lists
    assert set(fused) == {1, 2, 3, 4}
    # A small semantic weight keeps the lexical order first.
    assert [pid for pid, _ in fuse_rrf(lexical, semantic_hits, 0.01)][:3] == [1, 2, 3]
    # Scores do not count: the same ranks with other scores give the same fusion.
    rescored = [(pid, score * 100) for pid, score in lexical]
    assert fuse_rrf(rescored, semantic_hits, 0.5) == fuse_rrf(lexical, semantic_hits, 0.5)


def test_weighted_sum_keeps_score_gaps_and_moves_with_its_weight():
    lexical = [(1, 30.0), (2, 29.0), (3, 1.0)]
    semantic_hits = [(3, 0.9), (2, 0.8), (4, 0.1)]
    assert [pid for pid, _ in fuse_weighted(lexical, semantic_hits, 0.0)][:3] == [1, 2, 3]
    assert [pid for pid, _ in fuse_weighted(lexical, semantic_hits, 1.0)][:2] == [3, 2]
    # Unlike RRF, the gap counts: 1 and 2 are level lexically, 2 is also found semantically.
    halfway = dict(fuse_weighted(lexical, semantic_hits, 0.5))
    assert halfway[2] > halfway[1]
    # Absent from the semantic list: the semantic floor (0), not a bonus.
    assert halfway[1] == pytest.approx(0.5)
    assert dict(fuse_weighted(lexical, semantic_hits, 0.5, "zscore")).keys() == {1, 2, 3, 4}
    with pytest.raises(ValueError, match="between 0 and 1"):
        fuse_weighted(lexical, semantic_hits, 1.5)
    with pytest.raises(ValueError, match="normalisation"):
        fuse_weighted(lexical, semantic_hits, 0.5, "softmax")


def test_weighted_sum_of_one_list_keeps_its_order():
    only = [(5, 3.0), (6, 2.0), (7, 2.0)]
    assert [pid for pid, _ in fuse_weighted(only, [], 0.3)] == [5, 6, 7]
    assert [pid for pid, _ in fuse_weighted([], only, 0.3)] == [5, 6, 7]
    assert fuse_weighted([(9, 1.0)], [], 0.3) == [(9, pytest.approx(0.7))]


@pytest.mark.parametrize("method", ["rrf", "weighted"])
def test_fuse_uses_the_configured_method(monkeypatch, method):
    lexical, semantic_hits = [(1, 3.0), (2, 1.0)], [(2, 0.9), (3, 0.5)]
    monkeypatch.setattr(semantic, "FUSION", method)
    expected = (
        fuse_rrf(lexical, semantic_hits, semantic.RRF_SEMANTIC_WEIGHT)
        if method == "rrf"
        else fuse_weighted(lexical, semantic_hits, semantic.WEIGHTED_SEMANTIC_WEIGHT)
    )
    assert semantic.fuse(lexical, semantic_hits) == expected
    monkeypatch.setattr(semantic, "FUSION", "borda")
    with pytest.raises(ValueError, match="unknown fusion"):
        semantic.fuse(lexical, semantic_hits)


# Feedback -------------------------------------------------------------------------------------------


@pytest.fixture
def procurement(reference, tmp_path):
    """The relevance fixture's seven documents in English and Arabic."""
    from observatory.search.relevance import SLUGS

    for slug in SLUGS:
        for language in ("en", "ar"):
            path = tmp_path / f"{slug}.{language}.txt"
            path.write_text(as_text_file(document(slug, language)), encoding="utf-8")
            import_file(SYSTEM, path, kind="submission", language=language)
    write_pending()  # the index writer's work, done here and now


def keys(hits):
    from observatory.library.models import Paragraph

    paragraphs = Paragraph.objects.select_related("revision__version__document").in_bulk([p for p, _ in hits])
    return [(paragraphs[p].revision.version.document.key, paragraphs[p].pid) for p, _ in hits]


def test_feedback_carries_an_english_query_into_arabic(procurement, index_path):
    # "e-procurement" alone lands among the wrong Arabic paragraphs; the English paragraph that the
    # query's words find (as hybrid search hands it over) carries its meaning across.
    query = next(q for q in queries() if q.id == "en-02")
    assert query.text == "e-procurement"
    judgments = query.judgments
    best = [key for key, grade in judgments.items() if grade == 2]
    english = SearchEntry.objects.filter(language="en")
    feedback = [english.get(document__key=slug, paragraph__pid=pid).pk for slug, pid in best]
    plain = recall_at_k(keys(ranking("e-procurement", language="ar")), judgments)
    fed = recall_at_k(keys(ranking("e-procurement", language="ar", feedback=feedback)), judgments)
    assert fed == 1.0
    assert fed > plain


def test_feedback_the_reader_may_not_see_is_ignored(corpus, index_path):
    secret = entries(visibility=Visibility.SECRETARIAT)
    assert secret
    without = ranking("public procurement", limit=20)
    # The caller passes a paragraph the reader may not see: it must not steer the query.
    assert ranking("public procurement", limit=20, feedback=sorted(secret)) == without
    assert ranking("public procurement", EVERYONE, limit=20, feedback=sorted(secret)) != ranking(
        "public procurement", EVERYONE, limit=20
    )


# The two index paths ------------------------------------------------------------------------------------


def test_approximate_index_finds_the_same_top_hits_as_exact(corpus, monkeypatch):
    exact = {text: ranking(text, EVERYONE, limit=5) for text in QUERIES}
    assert semantic.vector_index().kind == "exact"
    monkeypatch.setattr(semantic, "ANN_THRESHOLD", 10)
    semantic._cache.clear()
    assert semantic.vector_index().kind == "ann"
    for text, hits in exact.items():
        monkeypatch.setattr(semantic, "ANN_RECONSTRUCT_ROWS", 0)
        scanned = ranking(text, EVERYONE, limit=5)
        monkeypatch.undo()
        monkeypatch.setattr(semantic, "ANN_THRESHOLD", 10)
        approximate = ranking(text, EVERYONE, limit=5)
        assert {pid for pid, _ in scanned} == {pid for pid, _ in approximate}, text
        # Quantised cosines may swap two near-ties, nothing more.
        assert approximate[0][0] == hits[0][0], text
        assert len({pid for pid, _ in approximate} & {pid for pid, _ in hits}) >= 4, text
        exact_scores = dict(hits)
        for pid, score in approximate:
            if pid in exact_scores:
                assert score == pytest.approx(exact_scores[pid], abs=0.02)  # 8-bit quantised cosines


def test_language_and_allowed_filters_hold(corpus, index_path):
    arabic = entries(language="ar", visibility="public")
    hits = ranking("protection of whistle-blowers", language="ar", limit=50)
    assert hits and {pid for pid, _ in hits} <= arabic
    allowed = set(sorted(entries(visibility="public"))[::7])
    hits = ranking("protection of whistle-blowers", allowed=allowed, limit=50)
    assert {pid for pid, _ in hits} == allowed or len(hits) == 50
    assert {pid for pid, _ in hits} <= allowed
    assert ranking("protection of whistle-blowers", allowed=set()) == []
    assert ranking("protection of whistle-blowers", language="xx") == []


def test_hidden_paragraphs_never_returned(corpus, index_path):
    secret = entries(visibility=Visibility.SECRETARIAT)
    public_hits = ranking(SECRET, limit=1000)
    assert public_hits
    assert not {pid for pid, _ in public_hits} & secret
    # Even when the caller lets them through ``allowed``.
    assert ranking(SECRET, allowed=secret) == []
    assert {pid for pid, _ in ranking(SECRET, EVERYONE, limit=3)} & secret


# Refresh ---------------------------------------------------------------------------------------------


def test_index_follows_visibility_changes_and_new_documents(corpus, index_path, tmp_path):
    first = semantic.vector_index()
    document = Document.objects.filter(visibility=Visibility.PUBLIC).order_by("pk").first()
    paragraphs = entries(document=document)
    assert paragraphs & {pid for pid, _ in ranking("corruption", limit=1000)}

    document.visibility = Visibility.SECRETARIAT
    document.save(update_fields=["visibility"])
    index_document(document)
    hidden = {pid for pid, _ in ranking("corruption", limit=1000)}
    assert not paragraphs & hidden
    second = semantic.vector_index()
    assert second.stamp > first.stamp
    # Brought up to date, not read anew: the vectors are the ones already in memory.
    if index_path == "ann":
        assert second.ann is first.ann
    else:
        assert second.buffer is first.buffer
    assert paragraphs <= {pid for pid, _ in ranking("corruption", EVERYONE, limit=1000)}

    path = tmp_path / "new.en.txt"
    path.write_text(
        "1. Nettlebloom-9 registry of lobbyists and their meetings with ministers.\n", encoding="utf-8"
    )
    import_file(SYSTEM, path, kind="other")
    write_pending()
    new = entries(document__key__contains="new")
    assert new
    assert ranking("register of lobbyists' meetings", limit=3)[0][0] in new
    assert len(semantic.vector_index()) == len(first) + len(new)


def test_full_rebuild_when_most_rows_left(corpus, monkeypatch):
    first = semantic.vector_index()
    gone = sorted(entries())[: len(first) // 2]
    SearchEntry.objects.filter(paragraph_id__in=gone).delete()
    from observatory.search.services import bump_generation

    bump_generation()
    rebuilt = semantic.vector_index()
    assert rebuilt.buffer is not first.buffer  # compacted: more than a quarter of the rows had left
    assert len(rebuilt) == len(first) - len(gone)
    assert not set(gone) & {pid for pid, _ in ranking("corruption", EVERYONE, limit=1000)}
