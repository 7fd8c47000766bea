"""Lineage suggestions: explicit references in the six languages (paragraph-level and resolution-level),
similarity across sessions and languages, the relation read from the text, and re-suggestion leaving the
curators' decisions alone.

The documents are the mandate-evidence fixture (tests/fixtures/mandate_evidence), imported through the
library's import, which creates their mandates."""

import json
from pathlib import Path

import pytest
from django.utils import timezone

from observatory.accounts.permissions import SYSTEM
from observatory.ingest.references import find_references
from observatory.library.models import Document
from observatory.library.services import import_file
from observatory.mandates.lineage import (
    SIMILARITY_THRESHOLD,
    rank_lineage,
    relation_of,
    suggest_lineage,
    suggest_lineage_for_document,
)
from observatory.mandates.matching import is_earlier, own_texts, paragraph_citations
from observatory.mandates.models import Decision, Lineage, LineageRelation, Mandate, Method

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "mandate_evidence"
DOCUMENTS = {
    entry["file"]: entry for entry in json.loads((FIXTURE / "links.json").read_text("utf-8"))["documents"]
}

SEVENTH = "CAC/COSP/2017/14"  # resolution 7/5
EIGHTH = "CAC/COSP/2019/17"  # resolution 8/7, in English and French
REPORT = "CAC/COSP/2019/5"  # the Secretariat's report on 7/5 (English)
NOTE = "CAC/COSP/WG.4/2018/3"  # a note to the Working Group (French only)

RESOLUTION_7_5 = "cosp7-resolution-7-5.en.md"
RESOLUTION_8_7_EN = "cosp8-resolution-8-7.en.md"
RESOLUTION_8_7_FR = "cosp8-resolution-8-7.fr.md"
REPORT_EN = "cosp8-implementation-7-5.en.md"
NOTE_FR = "wg4-2018-reporting-persons.fr.md"


def import_fixture(*names: str, **options) -> dict[str, Document]:
    """Import fixture files (their mandates are created by the import); the documents by symbol."""
    documents = {}
    for file_name in names:
        entry = DOCUMENTS[file_name]
        outcome = import_file(
            SYSTEM,
            FIXTURE / file_name,
            kind=options.get("kind", entry["kind"]),
            symbol=entry["symbol"],
            language=entry["language"],
            **{k: v for k, v in options.items() if k != "kind"},
        )
        assert outcome.status in {"imported", "updated", "unchanged"}, outcome.reason
        documents[entry["symbol"]] = Document.objects.get(key=outcome.key)
    return documents


def mandate(symbol: str, pid: str, clause: int = 0) -> Mandate:
    """The mandate of a document's paragraph (and clause)."""
    return Mandate.objects.select_related("document").get(document__key=symbol, pid=pid, clause=clause)


def links_of(later: Mandate) -> dict[str, Lineage]:
    """The later mandate's links, by the earlier mandate's paragraph id (and clause when not 0)."""
    return {
        (link.earlier.pid if not link.earlier.clause else f"{link.earlier.pid}/{link.earlier.clause}"): link
        for link in Lineage.objects.filter(later=later).select_related("earlier")
    }


@pytest.fixture
def two_sessions(reference):
    """Resolution 7/5 and resolution 8/7 in English."""
    return import_fixture(RESOLUTION_7_5, RESOLUTION_8_7_EN)


# Citations of paragraphs, in the six languages ----------------------------------------------------------

CITATIONS = [
    (
        "en",
        "Reiterates its request, contained in paragraph 4 of resolution 7/5, that the Secretariat",
        "7/5",
        ("4",),
    ),
    ("en", "Recalling resolution 7/5, paragraph 4, of 10 November 2017", "7/5", ("4",)),
    ("en", "Requests, in paragraphs 4 and 5 of its resolution 7/5, that", "7/5", ("4", "5")),
    ("fr", "Décide que le présent paragraphe remplace le paragraphe 6 de la résolution 7/5", "7/5", ("6",)),
    ("fr", "Au paragraphe 6 de sa résolution 7/5, la Conférence a prié le Secrétariat", "7/5", ("6",)),
    ("es", "Reitera la solicitud formulada en el párrafo 4 de su resolución 7/5", "7/5", ("4",)),
    ("ru", "вновь обращается с просьбой, содержащейся в пункте 4 резолюции 7/5", "7/5", ("4",)),
    ("ar", "يكرر الطلب الوارد في الفقرة 4 من القرار 7/5", "7/5", ("4",)),
    ("zh", "重申第7/5号决议第4段所载请求", "7/5", ("4",)),
    ("en", "Recalling its resolution 7/5 of 10 November 2017", "7/5", ()),
]


@pytest.mark.parametrize(("language", "text", "resolution", "paragraphs"), CITATIONS)
def test_a_cited_paragraph_of_a_resolution_is_read_in_every_language(language, text, resolution, paragraphs):
    citations = paragraph_citations(text, language, find_references(text, language))
    assert [(c.resolution, c.paragraphs) for c in citations if c.resolution] == [(resolution, paragraphs)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "in accordance with article 6, paragraph 3, of the Convention"),
        ("fr", "conformément au paragraphe 3 de l'article 6 de la Convention"),
        ("es", "de conformidad con el artículo 6, párrafo 3, de la Convención"),
        ("ru", "в соответствии с пунктом 3 статьи 6 Конвенции"),
        ("ar", "وفقا للفقرة 3 من المادة 6 من الاتفاقية"),
        ("en", "and rule 2, paragraph 2, of the rules of procedure of the Conference"),
    ],
)
def test_a_paragraph_of_an_article_is_never_taken_for_one_of_a_resolution(language, text):
    assert paragraph_citations(text, language, find_references(text, language)) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "As noted in paragraph 7 above, the workshops"),
        ("fr", "Comme indiqué au paragraphe 7 ci-dessus, les ateliers"),
        ("es", "Como se indica en el párrafo 7 supra, los talleres"),
        ("ru", "Как отмечалось в пункте 7 выше, семинары"),
        ("ar", "وكما ذكر في الفقرة 7 أعلاه، تناولت حلقات العمل"),
        ("zh", "如上文第7段所述，讲习班还讨论了"),
    ],
)
def test_a_paragraph_above_is_one_of_the_citing_document(language, text):
    [citation] = paragraph_citations(text, language, find_references(text, language))
    assert citation.internal and citation.paragraphs == ("7",)


def test_a_bare_paragraph_is_left_to_the_context_and_a_singular_takes_one_number():
    text = "Pursuant to paragraph 10, 17 States parties shared information on their registers."
    [citation] = paragraph_citations(text, "en", find_references(text, "en"))
    assert citation.contextual and citation.paragraphs == ("10",)


def test_a_paragraph_of_another_bodys_resolution_is_neither_followed_nor_read_as_bare():
    text = "In line with paragraph 3 of General Assembly resolution 58/4, and with resolution 7/5"
    citations = paragraph_citations(text, "en", find_references(text, "en"))
    assert [(c.resolution, c.paragraphs, c.contextual) for c in citations] == [("7/5", (), False)]


def test_a_paragraph_of_a_document_cited_by_its_symbol():
    text = "the recommendation in paragraph 29 of the report of the Working Group (CAC/COSP/WG.4/2016/4)"
    [citation] = paragraph_citations(text, "en", find_references(text, "en"))
    assert (citation.symbol, citation.paragraphs) == ("CAC/COSP/WG.4/2016/4", ("29",))


# The relation --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Decides that the present paragraph supersedes paragraph 6 of resolution 7/5"),
        (
            "en",
            "Requests the Secretariat, in lieu of the report requested in paragraph 6 of resolution 7/5, to",
        ),
        ("fr", "Décide que le présent paragraphe remplace le paragraphe 6 de la résolution 7/5"),
        ("es", "Decide que el presente párrafo sustituye al párrafo 6 de la resolución 7/5"),
        ("ru", "постановляет, что настоящий пункт заменяет пункт 6 резолюции 7/5"),
        ("ar", "يقرر أن تحل هذه الفقرة محل الفقرة 6 من القرار 7/5"),
        ("zh", "决定本段取代第7/5号决议第6段"),
    ],
)
def test_supersedes_in_the_six_languages(language, text):
    later = Mandate(verb_base="decides", clause=0)
    [citation] = paragraph_citations(text, language, find_references(text, language))
    assert citation.resolution == "7/5" and citation.paragraphs == ("6",)
    assert relation_of(later, text, citation) == LineageRelation.SUPERSEDES


def test_the_relation_comes_from_the_verb_else_continues():
    text = "Reiterates its request, contained in paragraph 4 of resolution 7/5, that the Secretariat"
    [citation] = paragraph_citations(text, "en", find_references(text, "en"))
    assert relation_of(Mandate(verb_base="reiterates"), text, citation) == LineageRelation.REITERATES
    assert relation_of(Mandate(verb_base="reaffirms"), "Reaffirms …", None) == LineageRelation.REAFFIRMS
    # A later clause of the paragraph takes its citations but its own verb.
    assert relation_of(Mandate(verb_base="requests", clause=1), text, citation) == LineageRelation.CONTINUES
    urges = "Urges States parties to continue to implement chapter II, as called for in its resolution 7/5"
    [citation] = paragraph_citations(urges, "en", find_references(urges, "en"))
    assert relation_of(Mandate(verb_base="urges"), urges, citation) == LineageRelation.CONTINUES


# Suggestions ---------------------------------------------------------------------------------------------


def test_a_cited_paragraph_is_linked_explicitly(two_sessions):
    later = mandate(EIGHTH, "8/7 op 2")
    [link] = suggest_lineage(later)
    assert link.earlier == mandate(SEVENTH, "7/5 op 4")
    assert (link.method, link.relation, link.score, link.decision) == (
        Method.EXPLICIT,
        LineageRelation.REITERATES,
        1.0,
        Decision.PROPOSED,
    )
    # The paragraph's later clause ("and requests the Secretariat to make the findings available online")
    # shares the citation but not the verb.
    [clause] = suggest_lineage(mandate(EIGHTH, "8/7 op 2", 1))
    assert clause.earlier == link.earlier and clause.relation == LineageRelation.CONTINUES


def test_a_superseded_paragraph(two_sessions):
    [link] = suggest_lineage(mandate(EIGHTH, "8/7 op 4"))
    assert link.earlier == mandate(SEVENTH, "7/5 op 6")
    assert (link.method, link.relation) == (Method.EXPLICIT, LineageRelation.SUPERSEDES)


def test_a_resolution_cited_without_its_paragraph_links_its_nearest_mandate(two_sessions):
    [link] = suggest_lineage(mandate(EIGHTH, "8/7 op 1"))
    assert link.earlier == mandate(SEVENTH, "7/5 op 1")
    assert link.method == Method.EXPLICIT and 0.6 < link.score < 1.0  # the similarity that chose it


def test_explicit_references_in_french(reference):
    """Resolution 8/7 in French only: its mandates are read from the French text."""
    import_fixture(RESOLUTION_7_5, RESOLUTION_8_7_FR)
    later = mandate(EIGHTH, "8/7 op 4")
    assert later.language == "fr"
    links = links_of_suggested(later)
    assert links["7/5 op 6"].relation == LineageRelation.SUPERSEDES
    assert links["7/5 op 6"].method == Method.EXPLICIT and links["7/5 op 6"].score == 1.0
    reiterated = links_of_suggested(mandate(EIGHTH, "8/7 op 2"))
    assert reiterated["7/5 op 4"].relation == LineageRelation.REITERATES


def links_of_suggested(later: Mandate) -> dict[str, Lineage]:
    suggest_lineage(later)
    return links_of(later)


def test_similar_mandates_of_an_earlier_session_are_linked_by_similarity(two_sessions):
    [link] = suggest_lineage(mandate(EIGHTH, "8/7 op 3"))  # the authorities of article 6, paragraph 3
    assert link.earlier == mandate(SEVENTH, "7/5 op 3")
    assert link.method == Method.SIMILARITY and link.relation == LineageRelation.CONTINUES
    assert SIMILARITY_THRESHOLD <= link.score < 1.0
    # Major sporting events and gender are new at the eighth session.
    assert suggest_lineage(mandate(EIGHTH, "8/7 op 9")) == []
    assert suggest_lineage(mandate(EIGHTH, "8/7 op 11")) == []


def test_similarity_crosses_languages(reference):
    import_fixture(RESOLUTION_7_5, RESOLUTION_8_7_FR)
    links = links_of_suggested(mandate(EIGHTH, "8/7 op 7"))  # the Working Group's meetings, in French
    assert links["7/5 op 9"].method == Method.SIMILARITY


def test_only_earlier_sessions_are_linked(two_sessions):
    earlier, later = mandate(SEVENTH, "7/5 op 3"), mandate(EIGHTH, "8/7 op 3")
    assert is_earlier(earlier, later) and not is_earlier(later, earlier)
    assert suggest_lineage(earlier) == []
    assert rank_lineage(later, methods=("explicit",)) == []  # 8/7 op 3 cites no resolution


def test_a_paragraphs_opening_clause_is_compared_by_its_own_words(two_sessions):
    opening, clause = mandate(SEVENTH, "7/5 op 5"), mandate(SEVENTH, "7/5 op 5", 1)
    own = own_texts([opening, clause])
    assert clause.text in opening.text and clause.text not in own[0] and own[1] == clause.text


def test_decided_links_are_never_touched_again(two_sessions):
    later = mandate(EIGHTH, "8/7 op 2")
    first = mandate(EIGHTH, "8/7 op 3")
    suggest_lineage(later)
    suggest_lineage(first)
    confirmed = Lineage.objects.get(later=later)
    decided_at = timezone.now()
    Lineage.objects.filter(pk=confirmed.pk).update(
        decision=Decision.CONFIRMED, relation=LineageRelation.CONTINUES, score=0.5, decided_at=decided_at
    )
    rejected = Lineage.objects.get(later=first)
    Lineage.objects.filter(pk=rejected.pk).update(decision=Decision.REJECTED, decided_at=decided_at)
    # A stale proposal (no longer suggested) and a proposal whose score drifted.
    stale = Lineage.objects.create(
        later=later,
        earlier=mandate(SEVENTH, "7/5 op 12"),
        relation="continues",
        method="similarity",
        score=0.7,
    )
    assert suggest_lineage(later) == []  # its only link is decided
    assert suggest_lineage(first) == []  # its only link was rejected: not proposed again
    confirmed.refresh_from_db()
    rejected.refresh_from_db()
    assert (confirmed.decision, confirmed.relation, confirmed.score) == (Decision.CONFIRMED, "continues", 0.5)
    assert confirmed.decided_at == decided_at and rejected.decision == Decision.REJECTED
    assert not Lineage.objects.filter(pk=stale.pk).exists()
    assert Lineage.objects.filter(later__in=[later, first]).count() == 2


def test_re_suggesting_changes_nothing(two_sessions):
    document = Document.objects.get(key=EIGHTH)
    count = suggest_lineage_for_document(document)
    rows = sorted(Lineage.objects.values_list("later_id", "earlier_id", "relation", "method", "score"))
    assert count == len(rows) and len(rows) >= 10
    suggest_lineage_for_document(document)
    assert (
        sorted(Lineage.objects.values_list("later_id", "earlier_id", "relation", "method", "score")) == rows
    )


def test_a_document_imported_after_the_ones_that_cite_it_gets_their_links(reference):
    documents = import_fixture(RESOLUTION_8_7_EN)
    assert suggest_lineage_for_document(documents[EIGHTH]) == 0  # nothing earlier yet
    documents |= import_fixture(RESOLUTION_7_5)
    assert suggest_lineage_for_document(documents[SEVENTH]) >= 10
    assert links_of(mandate(EIGHTH, "8/7 op 4"))["7/5 op 6"].relation == LineageRelation.SUPERSEDES


def test_a_mandate_no_longer_current_gets_no_proposals(two_sessions):
    later = mandate(EIGHTH, "8/7 op 2")
    Mandate.objects.filter(pk=later.pk).update(is_current=False)
    later.refresh_from_db()
    assert suggest_lineage(later) == []
