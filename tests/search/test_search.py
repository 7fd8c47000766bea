"""Lexical search, one suite for every backend (the suite runs on SQLite FTS5 and on PostgreSQL)."""

import json

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.db import connection
from django.db.models import F

from observatory.library.models import Paragraph
from observatory.search.backends import FACETS
from observatory.search.models import SearchEntry, SearchLabel
from observatory.search.query import InvalidQuery
from observatory.search.selectors import search
from observatory.search.services import rebuild

from .conftest import SECRET

PUBLIC = AnonymousUser()


def pids(page):
    return [(hit.document.key, hit.paragraph.pid) for hit in page.hits]


def test_every_current_paragraph_is_indexed(corpus):
    assert SearchEntry.objects.count() == Paragraph.objects.count() > 300


def test_spanish_query_finds_inflected_forms(corpus):
    page = search(PUBLIC, "declaraciones patrimoniales", language="es", results_language="es", limit=50)
    assert page.total >= 2
    assert any(key == "submission-2011-mexico" for key, _ in pids(page))
    assert all(hit.paragraph.language == "es" for hit in page.hits)
    assert "<mark>" in str(page.hits[0].snippet)


def test_phrases_or_not_and_prefix(corpus):
    phrase = search(PUBLIC, '"conflicts of interest"', language="en", results_language="en", limit=100)
    assert phrase.total > 0 and all("conflict" in hit.paragraph.text.lower() for hit in phrase.hits)
    either = search(PUBLIC, "whistle-blowers OR gifts", language="en", results_language="en", limit=100).total
    assert either >= search(PUBLIC, "gifts", language="en", results_language="en").total
    without = search(PUBLIC, "declarations -verification", language="en", results_language="en", limit=100)
    assert without.total > 0 and all("verification" not in hit.paragraph.text.lower() for hit in without.hits)
    prefix = search(PUBLIC, "declar*", language="en", results_language="en").total
    assert prefix >= search(PUBLIC, "declarations", language="en", results_language="en").total > 0


def test_arabic_without_diacritics_chinese_segmented_russian_inflected(corpus):
    arabic = search(PUBLIC, "الاقرار", language="ar")  # no hamza on the alef: the text writes الإقرار
    assert arabic.total > 0 and all(hit.paragraph.language == "ar" for hit in arabic.hits)
    chinese = search(PUBLIC, "财产申报", language="zh")
    assert chinese.total > 0 and chinese.hits[0].paragraph.language == "zh"
    russian = search(PUBLIC, "декларировании доходов", language="ru")  # the text: "декларирования доходов"
    assert russian.total > 0 and russian.hits[0].paragraph.language == "ru"


def test_facets_count_what_matched(corpus):
    page = search(PUBLIC, "corruption", language="en", limit=5)
    languages = dict(page.facets["language"])
    assert sum(languages.values()) == page.total
    assert set(page.facets) == set(FACETS)
    narrowed = search(PUBLIC, "corruption", language="en", article=8)
    assert narrowed.total == dict(page.facets["article"])[8]


def test_confidential_paragraphs_only_for_those_allowed(corpus, users):
    assert search(PUBLIC, "Quillwort", language="en").total == 0
    assert search(users["focal_point"], "Quillwort", language="en").total == 0
    for_secretariat = search(users["secretariat"], "Quillwort", language="en")
    assert for_secretariat.total == 1 and SECRET in for_secretariat.hits[0].paragraph.text
    # …and never counted in the public's facets either.
    public = search(PUBLIC, "procurement", language="en", limit=100)
    assert all(hit.document.key != "internal-note" for hit in public.hits)


def test_a_new_revision_replaces_the_old_in_the_index(corpus, tmp_path):
    from observatory.accounts.permissions import SYSTEM
    from observatory.library.services import import_file

    path = tmp_path / "internal-note.en.txt"
    path.write_text("1. A rewritten note on beneficial ownership registers.\n", encoding="utf-8")
    assert import_file(SYSTEM, path, kind="other", visibility="secretariat").status == "updated"
    assert SearchEntry.objects.filter(paragraph__text__contains="Quillwort").count() == 0
    current = Paragraph.objects.filter(revision__version__current=F("revision"))
    assert SearchEntry.objects.count() == current.count() < Paragraph.objects.count()


def index_snapshot():
    columns = [field.attname for field in SearchEntry._meta.concrete_fields if field.attname != "vector"]
    schema = []
    if connection.vendor == "sqlite":  # a rebuild drops the triggers and indexes, and makes them again
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE tbl_name LIKE 'search_%'"
            )
            schema = sorted(cursor.fetchall())
    return (
        sorted(SearchEntry.objects.values_list(*columns)),
        sorted(SearchLabel.objects.values_list("entry_id", "facet", "value")),
        schema,
    )


@pytest.mark.parametrize("workers", [0, 2])
def test_rebuild_gives_the_same_index(corpus, workers):
    before = index_snapshot()
    assert rebuild(workers=workers) == len(before[0])
    assert index_snapshot() == before
    call_command("reindex")
    assert index_snapshot() == before


def test_a_rebuild_that_fails_half_way_leaves_the_index_as_it_was(corpus, monkeypatch):
    from observatory.search import services

    before, write, calls = index_snapshot(), services._write, []

    def fails_on_the_second_batch(rows):
        calls.append(len(rows))
        if len(calls) == 2:
            raise OSError("disk full")
        return write(rows)

    monkeypatch.setattr(services, "BATCH", 100)
    monkeypatch.setattr(services, "_write", fails_on_the_second_batch)
    with pytest.raises(OSError, match="disk full"):
        rebuild()
    assert index_snapshot() == before
    assert search(PUBLIC, "corruption", language="en").total > 0


def test_after_a_rebuild_new_text_is_found_at_once(corpus, tmp_path):
    # A rebuild suspends the full-text and change-log triggers: they must be back for the next import.
    from observatory.accounts.permissions import SYSTEM
    from observatory.library.services import import_file

    rebuild()
    assert search(PUBLIC, "Zanzibarite", language="en").total == 0
    path = tmp_path / "after-rebuild.en.txt"
    path.write_text("1. A note on Zanzibarite procurement registers.\n", encoding="utf-8")
    import_file(SYSTEM, path, kind="other", visibility="public")
    page = search(PUBLIC, "Zanzibarite", language="en")
    assert [hit.paragraph.text for hit in page.hits] == ["A note on Zanzibarite procurement registers."]


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("", "Type one or more words"),
        ("   ", "Type one or more words"),
        ("x " * 5000, "characters long"),
        ("-corruption", "every word is excluded"),
        ("OR AND NOT", "no word to look for"),
        ("*** ---", "no word"),
    ],
)
def test_bad_queries_get_a_clear_message(corpus, query, says):
    with pytest.raises(InvalidQuery, match=says):
        search(PUBLIC, query)


@pytest.mark.parametrize(
    "query", ['"unbalanced quote', "corruption (", "مكافحة corruption 腐败", "a'b\"c", "NEAR(x y)"]
)
def test_odd_queries_run(corpus, query):
    search(PUBLIC, query)  # no exception: results, possibly none


def test_api_search(client, corpus):
    body = client.get(
        "/api/v1/search", {"q": "asset declarations", "language": "en", "results_language": "en"}
    ).json()
    assert body["total"] > 0 and body["hits"][0]["url"].startswith("/")
    assert {"document", "symbol", "paragraph", "language", "score", "snippet", "url"} <= set(body["hits"][0])
    error = client.get("/api/v1/search", {"q": "-everything"})
    assert error.status_code == 400 and error.json()["error"]["code"] == "invalid_input"
    assert client.get("/api/v1/search", {"q": "x" * 10000}).status_code == 400


def test_command_search_json(corpus, capsys):
    call_command("search", "whistle-blowers", "--language", "en", "--json")
    body = json.loads(capsys.readouterr().out)
    assert body["total"] > 0 and {"document", "symbol", "paragraph", "language", "score", "snippet"} <= set(
        body["hits"][0]
    )


@pytest.mark.parametrize("language", ["ar", "zh-hans", "en", "fr", "ru", "es"])
def test_search_page(client, corpus, language):
    html = client.get(f"/{language}/search/", {"q": "corruption"}).content.decode()
    assert 'class="hit"' in html and "<mark>" in html
    partial = client.get(
        f"/{language}/search/", {"q": "corruption", "results_language": "fr"}, headers={"HX-Request": "true"}
    )
    assert "<html" not in partial.content.decode() and 'class="hit"' in partial.content.decode()
    assert 'role="alert"' in client.get(f"/{language}/search/", {"q": "-x"}).content.decode()


def test_semantic_search_crosses_languages(corpus):
    # A Russian question about asset declarations finds the Arabic and Chinese submissions on it.
    page = search(
        PUBLIC, "проверка деклараций об имуществе государственных служащих", mode="semantic", limit=30
    )
    languages = {hit.paragraph.language for hit in page.hits}
    assert {"ar", "zh"} <= languages
    arabic = search(PUBLIC, "protection of whistle-blowers", mode="semantic", results_language="ar", limit=5)
    assert arabic.hits and all(hit.paragraph.language == "ar" for hit in arabic.hits)


def test_hybrid_fuses_both_rankings(corpus):
    lexical = search(PUBLIC, "asset declarations", mode="lexical", language="en", limit=50)
    hybrid = search(PUBLIC, "asset declarations", mode="hybrid", language="en", limit=50)
    assert hybrid.total >= lexical.total > 0
    assert {h.paragraph.pk for h in lexical.hits[:3]} & {h.paragraph.pk for h in hybrid.hits[:10]}
    assert set(hybrid.facets) == set(FACETS)


@pytest.mark.parametrize("mode", ["semantic", "hybrid"])
def test_confidential_paragraphs_never_in_semantic_results(corpus, users, mode):
    public = search(PUBLIC, SECRET, mode=mode, limit=100)
    assert all(hit.document.key != "internal-note" for hit in public.hits)
    secretariat = search(users["secretariat"], SECRET, mode=mode, limit=5)
    assert secretariat.hits[0].document.key == "internal-note"


def test_unknown_mode(corpus):
    with pytest.raises(InvalidQuery, match="Unknown search mode"):
        search(PUBLIC, "corruption", mode="psychic")


def test_scores_fall_with_rank_when_paragraphs_with_some_of_the_words_follow(corpus):
    # Fusion reads the scores: PostgreSQL once scored a paragraph with one word above those with all.
    page = search(
        PUBLIC, "Secrétariat ressources extrabudgétaires", language="fr", results_language="fr", limit=20
    )
    scores = [hit.score for hit in page.hits]
    assert len(scores) == 20 and scores == sorted(scores, reverse=True)


def test_across_languages_hybrid_search_counts_the_translations_of_the_own_language_hits(corpus):
    from observatory.search.selectors import translations

    query = "Secrétariat ressources extrabudgétaires"
    own = search(PUBLIC, query, language="fr", results_language="fr", limit=20, mode="lexical", facets=False)
    french = next(h for h in own.hits if h.document.key == "CAC/COSP/2017/14")
    english = Paragraph.objects.get(
        revision__version__document__key="CAC/COSP/2017/14",
        revision__version__language="en",
        revision__version__current=F("revision"),
        pid=french.paragraph.pid,
    )
    assert translations([french.paragraph.pk], "en") == {french.paragraph.pk: english.pk}
    assert translations([french.paragraph.pk], "zh") == {}  # no Chinese version
    # The best French hit that has an English version brings that version into the English results.
    mapped = translations([hit.paragraph.pk for hit in own.hits], "en")
    best = next(hit.paragraph.pk for hit in own.hits if hit.paragraph.pk in mapped)
    across = search(
        PUBLIC, query, language="fr", results_language="en", limit=10, mode="hybrid", facets=False
    )
    assert mapped[best] in [hit.paragraph.pk for hit in across.hits]
    assert all(hit.paragraph.language == "en" for hit in across.hits)


def test_a_hit_links_the_same_paragraph_in_other_language_versions(client, corpus):
    page = search(
        PUBLIC, "Secrétariat ressources extrabudgétaires", language="fr", results_language="fr", limit=20
    )
    hit = next(h for h in page.hits if h.document.key == "CAC/COSP/2017/14")
    assert [language for language, _ in hit.other_versions] == ["en"]
    assert hit.other_versions[0][1].endswith(f"?version=en#{hit.paragraph.anchor}")
    body = client.get(
        "/api/v1/search",
        {
            "q": "Secrétariat ressources extrabudgétaires",
            "language": "fr",
            "results_language": "fr",
            "limit": 20,
        },
    ).json()
    assert any(h["other_versions"].get("en") for h in body["hits"])


def test_a_question_typed_in_full_still_finds_paragraphs(corpus):
    # Not every word of the question is in one paragraph: the paragraphs with most of them come first.
    page = search(
        PUBLIC,
        "how do States verify the declarations of their officials",
        language="en",
        results_language="en",
        mode="lexical",
    )
    assert page.total > 0 and page.hits
    strict = search(
        PUBLIC, "how AND do AND States AND verify AND declarations", language="en", mode="lexical"
    )
    assert strict.total < page.total
    second = search(
        PUBLIC,
        "how do States verify the declarations of their officials",
        language="en",
        results_language="en",
        mode="lexical",
        offset=10,
    )
    assert not {h.paragraph.pk for h in second.hits} & {h.paragraph.pk for h in page.hits}


def test_command_search_honours_the_mode(corpus, capsys):
    # A made-up word has no lexical match; by meaning, the nearest paragraphs are still found.
    call_command("search", "Zorblatt", "--language", "en", "--mode", "lexical", "--json")
    assert json.loads(capsys.readouterr().out)["total"] == 0
    call_command("search", "Zorblatt", "--language", "en", "--mode", "semantic", "--json")
    body = json.loads(capsys.readouterr().out)
    assert body["mode"] == "semantic" and body["total"] > 0


def test_the_searches_run_on_the_backend_under_test(corpus, lexical_engine):
    page = search(AnonymousUser(), "corrupción", language="es")
    assert page.backend == lexical_engine
    assert page.total > 0
