"""Facets and filters, one suite for every backend: every count is what the filter it links to finds."""

import pytest
from django.contrib.auth.models import AnonymousUser

from observatory.library.bodies import Body, body_and_session, session_label
from observatory.search.backends import FACETS
from observatory.search.models import SearchLabel
from observatory.search.query import InvalidQuery
from observatory.search.selectors import search

from .conftest import SECRET

PUBLIC = AnonymousUser()
# The search argument each facet's values narrow by.
FILTER_OF = {name: name for name in FACETS} | {"language": "results_language"}


# A query whose results give each facet values in the demo corpus (submissions are in ar/ru/zh/es).
QUERY_OF = {"state": ("declaraciones", "es"), "region": ("declaraciones", "es")}


def test_each_facet_count_is_what_its_filter_finds(corpus, users):
    # One test over every facet: the corpus is imported once.
    for name in FACETS:
        text, language = QUERY_OF.get(name, ("corruption", "en"))
        page = search(users["secretariat"], text, language=language, limit=5)
        assert set(page.facets) == set(FACETS)
        rows = page.facets[name]
        assert rows, f"the demo corpus gives the {name} facet values"
        for value, count in rows[:3]:
            narrowed = search(
                users["secretariat"],
                text,
                language=language,
                limit=5,
                facets=False,
                **{FILTER_OF[name]: value},
            )
            assert narrowed.total == count, (name, value)


def test_single_valued_facets_add_up_to_the_total(corpus):
    page = search(PUBLIC, "corruption", limit=5)
    for name in ("language", "document_kind", "visibility"):
        assert sum(count for _, count in page.facets[name]) == page.total


def test_topics_and_chapters_follow_the_articles_cited(corpus):
    from observatory.convention.models import Topic

    of_article_8 = set(
        Topic.objects.filter(articles__number=8, is_active=True).values_list("slug", flat=True)
    )
    assert of_article_8
    citing = SearchLabel.objects.filter(facet="article", value="8").values_list("entry_id", flat=True)
    assert citing
    for paragraph_id in citing:
        labels = set(SearchLabel.objects.filter(entry_id=paragraph_id).values_list("facet", "value"))
        assert {("topic", slug) for slug in of_article_8} <= labels
        assert ("chapter", "2") in labels


def test_submitting_state_region_and_mentioned_state(corpus):
    page = search(PUBLIC, "declaraciones", language="es", limit=5)
    assert dict(page.facets["state"]).get("MEX", 0) > 0
    mexico = search(PUBLIC, "declaraciones", language="es", state="mex", facets=False)
    grulac = search(PUBLIC, "declaraciones", language="es", region="grulac", facets=False)
    assert 0 < mexico.total == grulac.total
    assert all(hit.document.state.iso3 == "MEX" for hit in mexico.hits)
    assert search(PUBLIC, "declaraciones", language="es", region="weog", facets=False).total == 0
    label = SearchLabel.objects.filter(facet="mentioned").select_related("entry__paragraph").first()
    assert label, "the demo corpus names States"
    word = label.entry.paragraph.text.split()[0]
    found = search(PUBLIC, f'"{word}"', mentioned=label.value.lower(), limit=50, facets=False)
    assert label.entry_id in {hit.paragraph.pk for hit in found.hits}
    assert all(hit.paragraph.state_references.filter(state__iso3=label.value).exists() for hit in found.hits)


def test_body_and_session_come_from_the_symbol(corpus):
    page = search(PUBLIC, "declarations", language="en", body="wg-prevention", limit=50)
    assert page.hits and {hit.document.symbol for hit in page.hits} == {"CAC/COSP/WG.4/2011/3"}
    assert dict(page.facets["session"]) == {"wg-prevention/2011": page.total}


def test_visibility_facet_narrows_never_widens(corpus, users):
    secretariat = search(users["secretariat"], SECRET, limit=5)
    assert "secretariat" in dict(secretariat.facets["visibility"])
    only = search(users["secretariat"], SECRET, visibility="secretariat", facets=False)
    assert only.total == dict(secretariat.facets["visibility"])["secretariat"]
    # The public asking for Secretariat-only paragraphs gets none, not an error and not the paragraphs.
    assert search(PUBLIC, SECRET, visibility="secretariat").total == 0


@pytest.mark.parametrize("mode", ["lexical", "semantic", "hybrid"])
def test_documents_as_the_unit(corpus, mode):
    # The documents of 2011 only: few enough that every paragraph matching the query fits on one page.
    paragraphs = search(PUBLIC, "asset declarations", language="en", year=2011, mode=mode, limit=100)
    documents = search(
        PUBLIC, "asset declarations", language="en", year=2011, mode=mode, unit="documents", limit=50
    )
    keys = [hit.document.key for hit in documents.hits]
    assert len(keys) == len(set(keys)) > 1
    assert documents.hits[0].document == paragraphs.hits[0].document
    assert documents.total >= len(keys)
    if mode == "lexical":
        # Every matching paragraph is on the page: the documents are exactly theirs.
        assert paragraphs.total <= 100
        assert documents.total == len({hit.document.key for hit in paragraphs.hits}) == len(keys)


def test_unknown_filter_or_unit_is_a_clear_error(corpus):
    with pytest.raises(InvalidQuery, match="Unknown filter"):
        search(PUBLIC, "corruption", colour="blue")
    with pytest.raises(InvalidQuery, match="Unknown unit"):
        search(PUBLIC, "corruption", unit="pages")


def test_semantic_facets_count_the_ranking(corpus):
    page = search(PUBLIC, "whistle-blower protection", mode="semantic", limit=10)
    assert sum(count for _, count in page.facets["language"]) == page.total


def test_portal_names_facet_values_in_the_interface_language(client, corpus):
    html = client.get("/en/search/", {"q": "corruption"}).content.decode()
    assert "Article 8" in html and "Chapter II" in html and "Conflicts of interest" in html
    html = client.get(
        "/fr/search/", {"q": "declaraciones", "language": "es", "mode": "lexical"}
    ).content.decode()
    assert "Mexique" in html and "Amérique latine et des Caraïbes" in html
    narrowed = client.get("/en/search/", {"q": "corruption", "region": "grulac", "chapter": "2"})
    assert narrowed.status_code == 200 and 'aria-current="true"' in narrowed.content.decode()


def test_api_filters_by_every_facet(client, corpus):
    body = client.get("/api/v1/search", {"q": "corruption", "mode": "lexical", "unit": "documents"}).json()
    assert body["unit"] == "documents" and set(body["facets"]) == set(FACETS)
    paragraphs = client.get("/api/v1/search", {"q": "corruption", "mode": "lexical"}).json()
    narrowed = client.get("/api/v1/search", {"q": "corruption", "mode": "lexical", "chapter": 2}).json()
    assert narrowed["total"] == dict(map(tuple, paragraphs["facets"]["chapter"]))[2] > 0


@pytest.mark.parametrize(
    ("symbol", "body", "session"),
    [
        ("CAC/COSP/2017/14", Body.CONFERENCE, "cosp/2017"),
        ("CAC/COSP/WG.4/2011/3", Body.PREVENTION, "wg-prevention/2011"),
        ("CAC/COSP/IRG/2016/9/Add.1", Body.IMPLEMENTATION_REVIEW_GROUP, "irg/2016"),
        ("CAC/COSP/WG.2/2019/4", Body.ASSET_RECOVERY, "wg-asset-recovery/2019"),
        ("CAC/COSP/EG.1/2014/2", Body.INTERNATIONAL_COOPERATION, "eg-cooperation/2014"),
        ("CAC/COSP/IRG/I/1/1/Add.5", Body.IMPLEMENTATION_REVIEW_GROUP, ""),
        ("A/RES/58/4", "", ""),
        ("", "", ""),
    ],
)
def test_body_and_session_of_a_symbol(symbol, body, session):
    assert body_and_session(symbol) == (str(body), session)


def test_session_labels():
    assert session_label("cosp/2017") == "Conference of the States Parties, session 7 (2017)"
    assert session_label("irg/2016") == "Implementation Review Group, 2016"
    assert session_label("nonsense") == "nonsense"


@pytest.mark.django_db
def test_sqlite_counts_labels_from_the_matches_not_the_other_way(corpus, lexical_engine):
    """The label facets join from the (few) matches to their labels by the unique index; a plan that
    scans every label of the facet instead took 2.5 s at a million paragraphs."""
    from django.db import connection

    if lexical_engine != "sqlite-fts5":
        pytest.skip("SQLite's planner, under FTS5")
    statements = []

    def capture(execute, sql, params, many, context):
        statements.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(capture):
        search(PUBLIC, "corruption", language="en", facets=("language", "document_kind", "article"))
    sql, params = next((sql, params) for sql, params in statements if "search_searchlabel l" in sql)
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        plan = [row[-1] for row in cursor.fetchall()]
    # The matches drive; each one's labels come from the index that starts with the entry.
    assert any(step.startswith("SCAN m") for step in plan), plan
    assert any(step.startswith("SEARCH l USING") and "(entry_id=?" in step for step in plan), plan
