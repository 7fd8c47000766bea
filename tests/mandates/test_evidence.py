"""Evidence suggestions: explicit references (the mandate's paragraph, "paragraph 7 above", a bare
paragraph under a title naming the resolution, in English and French), similarity across languages, the
top-``limit`` cut, confidentiality, and re-suggestion leaving the curators' decisions alone."""

import pytest
from django.utils import timezone

from observatory.accounts.permissions import SYSTEM
from observatory.core.errors import InvalidInput
from observatory.library.models import Document, Visibility
from observatory.library.services import import_file
from observatory.mandates.evidence import (
    SEMANTIC_MIN,
    rank_evidence,
    suggest_evidence,
    suggest_evidence_from_document,
)
from observatory.mandates.models import Decision, Evidence, Method
from tests.mandates.test_lineage import (
    NOTE,
    NOTE_FR,
    REPORT,
    REPORT_EN,
    RESOLUTION_7_5,
    RESOLUTION_8_7_EN,
    SEVENTH,
    import_fixture,
    mandate,
)


def proposals(m) -> dict[tuple[str, str], Evidence]:
    """A mandate's evidence by (document key, paragraph id)."""
    return {(e.document.key, e.pid): e for e in Evidence.objects.filter(mandate=m).select_related("document")}


@pytest.fixture
def with_report(reference):
    """Resolution 7/5 and the Secretariat's report on it."""
    return import_fixture(RESOLUTION_7_5, REPORT_EN)


def test_a_paragraph_naming_the_mandates_paragraph_is_proposed_first(with_report):
    workshops = mandate(SEVENTH, "7/5 op 4")
    found = suggest_evidence(workshops)
    assert [(e.document.key, e.pid) for e in found[:2]] == [(REPORT, "7"), (REPORT, "9")]
    first = found[0]
    assert (first.method, first.decision) == (Method.EXPLICIT, Decision.PROPOSED)
    assert first.text.startswith("In response to the request in paragraph 4 of resolution 7/5")
    # "As noted in paragraph 7 above": paragraph 7 of the same report names the mandate's paragraph.
    assert found[1].method == Method.EXPLICIT and found[1].text.startswith("As noted in paragraph 7 above")


def test_a_bare_paragraph_is_read_against_the_resolution_the_report_is_about(with_report):
    """ "Pursuant to paragraph 10, …" in the report entitled "Update on … resolution 7/5"."""
    found = suggest_evidence(mandate(SEVENTH, "7/5 op 10"))
    assert (found[0].document.key, found[0].pid, found[0].method) == (REPORT, "19", Method.EXPLICIT)


def test_a_resolution_named_without_its_paragraph_goes_to_its_nearest_mandate(with_report):
    """Paragraph 1: "In its resolution 7/5 … requested the Secretariat to report to it at its eighth
    session" answers the reporting mandate only."""
    [reporting] = suggest_evidence(mandate(SEVENTH, "7/5 op 13"))
    assert (reporting.pid, reporting.method) == ("1", Method.EXPLICIT)
    assert ("CAC/COSP/2019/5", "1") not in proposals(mandate(SEVENTH, "7/5 op 7"))
    suggest_evidence(mandate(SEVENTH, "7/5 op 7"))
    assert (REPORT, "1") not in proposals(mandate(SEVENTH, "7/5 op 7"))


def test_similar_text_is_proposed_without_a_reference(with_report):
    [answer] = suggest_evidence(mandate(SEVENTH, "7/5 op 7"))  # participation of society, article 13
    assert (answer.pid, answer.method) == ("16", Method.SIMILARITY)
    assert answer.score >= 0.3 * SEMANTIC_MIN


def test_the_paragraphs_clauses_get_the_paragraphs_that_are_about_them(with_report):
    """Paragraph 5 encourages States (asset declarations) and requests the Secretariat to compile good
    practices: report paragraph 11 (States' systems) answers the first, paragraph 12 (the compilation)
    the second."""
    assert suggest_evidence(mandate(SEVENTH, "7/5 op 5"))[0].pid == "11"
    compilation = suggest_evidence(mandate(SEVENTH, "7/5 op 5", 1))
    assert compilation[0].pid == "12" and "11" not in {e.pid for e in compilation}


def test_explicit_references_and_similarity_in_french(reference):
    import_fixture(RESOLUTION_7_5, NOTE_FR)
    reporting_persons = {(e.document.key, e.pid): e for e in suggest_evidence(mandate(SEVENTH, "7/5 op 6"))}
    # "Au paragraphe 6 de sa résolution 7/5 …" and "Comme indiqué au paragraphe 1 ci-dessus …"
    assert reporting_persons[(NOTE, "1")].method == Method.EXPLICIT
    assert reporting_persons[(NOTE, "6")].method == Method.EXPLICIT
    assert reporting_persons[(NOTE, "1")].text.startswith("Au paragraphe 6 de sa résolution 7/5")
    # Electronic asset declarations, in French, answer an English mandate with no reference at all.
    declarations = suggest_evidence(mandate(SEVENTH, "7/5 op 5"))
    assert [(e.document.key, e.pid) for e in declarations] == [(NOTE, "7")]
    assert declarations[0].method in {Method.SIMILARITY, Method.SHARED_SUBJECT}


def test_at_most_limit_proposals(reference):
    import_fixture(RESOLUTION_7_5, REPORT_EN, NOTE_FR)
    reporting_persons = mandate(SEVENTH, "7/5 op 6")
    ranked = rank_evidence(reporting_persons)
    assert len(ranked) == 3  # report paragraph 14, and paragraphs 1 and 6 of the French note
    best_two = [(s.candidate.document.key, s.candidate.pid) for s in ranked[:2]]
    assert [(e.document.key, e.pid) for e in suggest_evidence(reporting_persons, limit=2)] == best_two
    assert len(suggest_evidence(reporting_persons, limit=1)) == 1
    assert Evidence.objects.filter(mandate=reporting_persons).count() == 1  # the others were withdrawn
    with pytest.raises(InvalidInput, match="limit"):
        suggest_evidence(reporting_persons, limit=0)


def test_decided_evidence_is_never_touched_again(with_report):
    workshops = mandate(SEVENTH, "7/5 op 4")
    suggest_evidence(workshops)
    now = timezone.now()
    Evidence.objects.filter(mandate=workshops, pid="7").update(
        decision=Decision.CONFIRMED, note="Three workshops.", score=0.1, text="as it read", decided_at=now
    )
    Evidence.objects.filter(mandate=workshops, pid="9").update(decision=Decision.REJECTED, decided_at=now)
    again = suggest_evidence(workshops)
    assert {e.pid for e in again}.isdisjoint({"7", "9"})  # neither proposed again
    rows = proposals(workshops)
    confirmed, rejected = rows[(REPORT, "7")], rows[(REPORT, "9")]
    assert (confirmed.decision, confirmed.note, confirmed.score, confirmed.text) == (
        Decision.CONFIRMED,
        "Three workshops.",
        0.1,
        "as it read",
    )
    assert rejected.decision == Decision.REJECTED and rejected.decided_at == now


def test_re_suggesting_changes_nothing(with_report):
    report = Document.objects.get(key=REPORT)
    count = suggest_evidence_from_document(report)
    rows = sorted(Evidence.objects.values_list("mandate_id", "document_id", "pid", "method", "score"))
    assert count == len(rows) and len(rows) >= 15
    assert suggest_evidence_from_document(report) == count
    assert sorted(Evidence.objects.values_list("mandate_id", "document_id", "pid", "method", "score")) == rows


def test_a_report_imported_after_the_resolution_and_before_it(reference):
    documents = import_fixture(REPORT_EN)
    assert suggest_evidence_from_document(documents[REPORT]) == 0  # the resolution is not there yet
    documents |= import_fixture(RESOLUTION_7_5)
    # The resolution's own mandates get their evidence from the report already in the library.
    assert suggest_evidence_from_document(documents[SEVENTH]) >= 15
    assert (REPORT, "7") in proposals(mandate(SEVENTH, "7/5 op 4"))


def test_resolutions_and_a_reports_own_recommendations_are_not_evidence(reference):
    import_fixture(RESOLUTION_7_5, RESOLUTION_8_7_EN, REPORT_EN)
    suggest_evidence_from_document(Document.objects.get(key=REPORT))
    keys = set(Evidence.objects.values_list("document__key", "pid"))
    assert not any(key == "CAC/COSP/2019/17" for key, _ in keys)
    # "The Conference may wish to request the Secretariat to continue to assist States parties …"
    assert (REPORT, "25") not in keys


SUBMISSION = """Information provided by Norway

1. In response to the request in paragraph 4 of resolution 7/5, Norway funded two regional workshops on
the prevention of corruption in public procurement organized by the Secretariat in 2018.
"""


@pytest.mark.parametrize(
    ("visibility", "proposed"),
    [(Visibility.PUBLIC, True), (Visibility.STATES_PARTIES, False), (Visibility.SECRETARIAT, False)],
)
def test_a_submission_that_is_not_public_is_never_proposed(reference, tmp_path, visibility, proposed):
    import_fixture(RESOLUTION_7_5)
    path = tmp_path / "norway-2018.en.txt"
    path.write_text(SUBMISSION, encoding="utf-8")
    outcome = import_file(SYSTEM, path, kind="submission", language="en", visibility=visibility)
    submission = Document.objects.get(key=outcome.key)
    assert submission.year == 2018
    found = {e.document_id for e in suggest_evidence(mandate(SEVENTH, "7/5 op 4"))}
    assert (submission.pk in found) is proposed


def test_a_document_of_the_same_year_is_not_later(reference, tmp_path):
    import_fixture(RESOLUTION_7_5)
    path = tmp_path / "note-2017.en.txt"
    path.write_text(SUBMISSION.replace("2018", "2017"), encoding="utf-8")
    import_file(SYSTEM, path, kind="report", language="en")
    assert suggest_evidence(mandate(SEVENTH, "7/5 op 4")) == []


def test_a_mandate_no_longer_current_gets_no_proposals(with_report):
    workshops = mandate(SEVENTH, "7/5 op 4")
    workshops.is_current = False
    assert suggest_evidence(workshops) == []
