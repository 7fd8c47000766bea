"""The mandate tracker's demo: resolutions of two sessions and a follow-up report of the project's own
writing, imported into the library, with their mandates, lineage and evidence curated, every status
shown, and a second run that changes nothing."""

import datetime

import pytest
from django.db import transaction
from django.test.utils import override_settings

from observatory.accounts.demo import create_demo_accounts
from observatory.audit.models import AuditEntry
from observatory.countries.models import State
from observatory.library.demo import load_demo_library
from observatory.library.demo_corpus import get
from observatory.library.models import Document
from observatory.mandates import demo
from observatory.mandates.models import (
    ActionCategory,
    Decision,
    Evidence,
    Lineage,
    LineageRelation,
    Mandate,
    MandateSource,
    MandateStatus,
    Method,
    StatusChange,
)

from ..conftest import load_reference

FAST_HASHING = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="class")
def built(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo library and the mandates demo built once for the class, as ``load-demo`` builds them,
    inside a transaction rolled back after the tests; each test's own transaction nests inside it."""
    with django_db_blocker.unblock(), override_settings(PASSWORD_HASHERS=FAST_HASHING), transaction.atomic():
        if not State.objects.exists():  # a transactional test emptied the database
            load_reference()
        create_demo_accounts()
        outcomes = load_demo_library(tmp_path_factory.mktemp("demo-corpus"))
        summary = demo.load_demo_mandates()
        yield outcomes, summary
        transaction.set_rollback(True)


@pytest.fixture
def loaded(built, db):
    """The demo's summary, for one test reading the demo's database."""
    return built[1]


def mandate(symbol: str, pid: str, clause: int = 0) -> Mandate:
    return Mandate.objects.get(document__key=symbol, pid=pid, clause=clause)


def link(later: tuple[str, str], earlier: tuple[str, str]) -> Lineage:
    return Lineage.objects.get(
        later__document__key=later[0],
        later__pid=later[1],
        later__clause=0,
        earlier__document__key=earlier[0],
        earlier__pid=earlier[1],
        earlier__clause=0,
    )


def counts() -> dict:
    return {
        "mandates": Mandate.objects.count(),
        "lineage": sorted(Lineage.objects.values_list("later_id", "earlier_id", "decision", "relation")),
        "evidence": sorted(Evidence.objects.values_list("mandate_id", "document_id", "pid", "decision")),
        "statuses": sorted(Mandate.objects.values_list("pk", "status")),
        "status changes": StatusChange.objects.count(),
        "audit": AuditEntry.objects.count(),
    }


def test_the_demo_documents_are_written_in_the_style_of_the_conference():
    eighth, report = get("cosp8-resolutions", "en"), get("cosp9-implementation-report", "en")
    assert {get("cosp8-resolutions", lang).symbol for lang in ("en", "fr", "es")} == {"CAC/COSP/2019/17"}
    assert {get("cosp9-implementation-report", lang).symbol for lang in ("en", "fr")} == {"CAC/COSP/2021/5"}
    assert report.kind == "report"
    recalls = [p.text for p in eighth.paragraphs if p.kind == "preambular" and p.text.startswith("Recalling")]
    assert any("its resolution 7/1 of 10 November 2017" in text for text in recalls)
    operative = " ".join(p.text for p in eighth.paragraphs if p.kind == "operative")
    for phrase in (
        "subject to the availability of extrabudgetary resources",
        "within existing resources",
        "to report to the Conference at its ninth session",
        "and requests the Secretariat to",
        "Decides that the Working Group shall",
        "paragraph 5 of resolution 7/1",
    ):
        assert phrase in operative, phrase
    body = " ".join(p.text for p in report.paragraphs)
    assert "Pursuant to paragraph 3 of resolution 8/1" in body
    assert "In response to the request contained in paragraph 3 of resolution 8/2" in body
    assert "The Conference may wish to request the Secretariat" in body


class TestTheDemo:
    def test_the_demo_documents_are_imported(self, built, db):
        outcomes, summary = built
        assert {o.status for o in outcomes} == {"imported"}
        documents = {d.key: d for d in Document.objects.filter(key__in=demo.DOCUMENTS)}
        assert set(documents) == set(demo.DOCUMENTS)
        languages = {key: set(d.versions.values_list("language", flat=True)) for key, d in documents.items()}
        assert languages[demo.EIGHTH] == {"en", "fr", "es"} and languages[demo.NINTH_REPORT] == {"en", "fr"}
        assert documents[demo.NINTH_REPORT].kind == "report"
        assert summary.documents == 3 and summary.missing == [] and summary.refused == []

    def test_both_sessions_and_the_report_have_their_mandates(self, loaded):
        by_session = {
            session: Mandate.objects.filter(document__key__in=demo.DOCUMENTS, session=session).count()
            for session in (7, 8, 9)
        }
        assert by_session[7] >= 25 and by_session[8] >= 18
        recommendations = Mandate.objects.filter(document__key=demo.NINTH_REPORT)
        assert set(recommendations.values_list("source", flat=True)) == {MandateSource.RECOMMENDATION}
        assert sorted(recommendations.values_list("pid", flat=True), key=int) == ["18", "19", "20", "21"]
        assert by_session[9] == 4
        study = mandate(demo.EIGHTH, "8/1 op 4")
        assert study.conditions == ["existing_resources"] and study.report_session == 9
        assert study.report_due == datetime.date(2021, 12, 13)  # the ninth session's first day
        group = mandate(demo.EIGHTH, "8/2 op 1")
        assert group.category == ActionCategory.DECIDES and group.addressees == ["Working Group"]
        # "…, and requests the Secretariat to … report thereon": a mandate of its own, under the paragraph.
        clause = mandate(demo.EIGHTH, "8/1 op 2", 1)
        assert clause.parent == mandate(demo.EIGHTH, "8/1 op 2")
        assert clause.addressees == ["Secretariat"] and clause.report_body == "wg-prevention"

    def test_lineage_from_the_eighth_session_to_the_seventh_is_confirmed(self, loaded):
        for later, earlier, relation in demo.LINEAGE_CONFIRMED:
            found = link(later, earlier)
            assert (found.decision, found.relation) == (Decision.CONFIRMED, relation), (later, earlier)
            assert found.decided_by.username == demo.CURATOR
        assert link((demo.EIGHTH, "8/1 op 4"), (demo.SEVENTH, "7/1 op 5")).method == Method.EXPLICIT
        # Found by similarity alone: 8/1 op 5 says again what 7/1 op 6 said, without citing it.
        assert link((demo.EIGHTH, "8/1 op 5"), (demo.SEVENTH, "7/1 op 6")).method == Method.SIMILARITY
        rejected = Lineage.objects.filter(decision=Decision.REJECTED, decided_by__username=demo.CURATOR)
        assert rejected.count() >= 2
        for later, earlier in demo.LINEAGE_REJECTED:
            found = Lineage.objects.filter(
                later__document__key=later[0],
                later__pid=later[1],
                earlier__document__key=earlier[0],
                earlier__pid=earlier[1],
            )
            assert all(row.decision == Decision.REJECTED for row in found), (later, earlier)

    def test_evidence_from_the_report_is_linked(self, loaded):
        report = Document.objects.get(key=demo.NINTH_REPORT)
        for (symbol, pid, clause), paragraph, _note in demo.EVIDENCE_CONFIRMED:
            found = Evidence.objects.get(mandate=mandate(symbol, pid, clause), document=report, pid=paragraph)
            assert found.decision == Decision.CONFIRMED, (pid, clause, paragraph)
        methods = set(
            Evidence.objects.filter(decision=Decision.CONFIRMED, document=report).values_list(
                "method", flat=True
            )
        )
        # Explicit ("Pursuant to paragraph 3 of resolution 8/1"), implicit (same subject, no citation)
        # and a curator's own.
        assert {Method.EXPLICIT, Method.SIMILARITY, Method.CURATOR} <= methods
        explicit = Evidence.objects.get(mandate=mandate(demo.EIGHTH, "8/1 op 3"), pid="7")
        assert explicit.method == Method.EXPLICIT
        implicit = Evidence.objects.get(mandate=mandate(demo.EIGHTH, "8/1 op 5"), pid="9")
        assert implicit.method != Method.EXPLICIT and "8/1" not in implicit.text
        # The wrong suggestions the curator refuses (those the suggestions make: they are tuned apart).
        rejected = 0
        for (symbol, pid, clause), paragraph in demo.EVIDENCE_REJECTED:
            found = Evidence.objects.filter(mandate=mandate(symbol, pid, clause), pid=paragraph).first()
            assert found is None or found.decision == Decision.REJECTED, (pid, clause, paragraph)
            rejected += found is not None
        assert rejected >= 2

    def test_every_status_and_every_decision_is_shown(self, loaded):
        assert {status for status, n in loaded.statuses.items() if n} == set(MandateStatus.values)
        assert all(loaded.lineage.get(d) for d in Decision.values), loaded.lineage
        assert all(loaded.evidence.get(d) for d in Decision.values), loaded.evidence
        superseded = mandate(demo.SEVENTH, "7/1 op 5")
        assert superseded.status == MandateStatus.SUPERSEDED
        assert superseded.later_links.get(decision=Decision.CONFIRMED).relation == LineageRelation.SUPERSEDES
        implemented = mandate(demo.EIGHTH, "8/1 op 4")
        change = implemented.status_changes.get()
        assert (change.before, change.after, change.by.username) == ("open", "implemented", demo.CURATOR)
        assert change.evidence.pid == "8"
        assert AuditEntry.objects.filter(action="mandates.change_status").count() == len(demo.STATUSES)
        line = loaded.line()
        assert line.startswith("Demo mandates:") and "1 superseded" in line and "decisions taken" in line

    def test_a_second_run_changes_nothing(self, loaded):
        before = counts()
        again = demo.load_demo_mandates()
        assert counts() == before
        assert again.decisions == 0 and "nothing to decide" in again.line()
        assert again.statuses == loaded.statuses


@pytest.mark.django_db
def test_without_the_demo_library_it_does_nothing(reference):
    summary = demo.load_demo_mandates()
    assert summary.documents == 0 and "nothing done" in summary.line()
