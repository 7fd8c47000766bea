"""The curator's decisions: who may take them (the Secretariat only), the audit entry of each, the rules of
a status change, and the daily elapse of overdue mandates."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from observatory.audit.models import AuditEntry
from observatory.core.errors import Conflict, InvalidInput, PermissionDenied
from observatory.library.models import Document
from observatory.mandates import curation
from observatory.mandates.models import (
    Decision,
    Evidence,
    Lineage,
    LineageRelation,
    Mandate,
    MandateStatus,
    Method,
    StatusChange,
)
from tests.mandates.test_lineage import (
    EIGHTH,
    REPORT,
    REPORT_EN,
    RESOLUTION_7_5,
    RESOLUTION_8_7_EN,
    SEVENTH,
    import_fixture,
    mandate,
)


@pytest.fixture
def library(reference):
    """Resolutions 7/5 and 8/7 and the report on 7/5, with a proposed link and proposed evidence."""
    documents = import_fixture(RESOLUTION_7_5, RESOLUTION_8_7_EN, REPORT_EN)
    replaced = mandate(SEVENTH, "7/5 op 6")
    link = Lineage.objects.create(
        later=mandate(EIGHTH, "8/7 op 4"),
        earlier=replaced,
        relation=LineageRelation.SUPERSEDES,
        method=Method.EXPLICIT,
        score=1.0,
    )
    evidence = Evidence.objects.create(
        mandate=replaced,
        document=documents[REPORT],
        pid="14",
        text="Pursuant to paragraph 6 of resolution 7/5, …",
        method=Method.EXPLICIT,
        score=0.8,
    )
    return {"documents": documents, "link": link, "evidence": evidence, "mandate": replaced}


def entries(action: str) -> list[AuditEntry]:
    return list(AuditEntry.objects.filter(action=action).order_by("at", "pk"))


# Who may curate ------------------------------------------------------------------------------------------

REFUSED = ["administrator", "focal_point", "contributor", "provider", "anonymous"]


def _acts(library):
    report = library["documents"][REPORT]
    return {
        "decide_lineage": lambda actor: curation.decide_lineage(actor, library["link"], Decision.CONFIRMED),
        "decide_evidence": lambda actor: curation.decide_evidence(
            actor, library["evidence"], Decision.REJECTED
        ),
        "add_evidence": lambda actor: curation.add_evidence(actor, library["mandate"], report, "15"),
        "change_status": lambda actor: curation.change_status(
            actor, library["mandate"], MandateStatus.IN_PROGRESS, note="Guide being drafted."
        ),
    }


@pytest.mark.parametrize("act", ["decide_lineage", "decide_evidence", "add_evidence", "change_status"])
@pytest.mark.parametrize("role", REFUSED)
def test_only_the_secretariat_curates(library, users, role, act):
    actor = AnonymousUser() if role == "anonymous" else users[role]
    before = AuditEntry.objects.count()
    with pytest.raises(PermissionDenied):
        _acts(library)[act](actor)
    assert AuditEntry.objects.count() == before
    library["link"].refresh_from_db()
    library["evidence"].refresh_from_db()
    assert library["link"].decision == Decision.PROPOSED and library["evidence"].decision == Decision.PROPOSED
    assert Evidence.objects.count() == 1 and not StatusChange.objects.exists()


@pytest.mark.parametrize(
    ("act", "action"),
    [
        ("decide_lineage", "mandates.decide_lineage"),
        ("decide_evidence", "mandates.decide_evidence"),
        ("add_evidence", "mandates.add_evidence"),
        ("change_status", "mandates.change_status"),
    ],
)
def test_the_secretariat_curates_and_each_decision_is_audited(library, users, act, action):
    _acts(library)[act](users["secretariat"])
    [entry] = entries(action)
    assert entry.actor == users["secretariat"] and entry.actor_name == users["secretariat"].username


def test_an_inactive_secretariat_account_is_refused(library, users):
    officer = users["secretariat"]
    officer.is_active = False
    with pytest.raises(PermissionDenied):
        curation.decide_lineage(officer, library["link"], Decision.CONFIRMED)


# Lineage -------------------------------------------------------------------------------------------------


def test_deciding_a_link(library, users):
    officer = users["secretariat"]
    link = curation.decide_lineage(officer, library["link"], Decision.CONFIRMED, note="Replaced in 2019.")
    assert (link.decision, link.decided_by) == (Decision.CONFIRMED, officer) and link.decided_at
    [entry] = entries("mandates.decide_lineage")
    assert entry.before == {"decision": "proposed", "relation": "supersedes"}
    assert entry.after["decision"] == "confirmed" and entry.note == "Replaced in 2019."
    with pytest.raises(Conflict, match="already confirmed"):
        curation.decide_lineage(officer, link, Decision.CONFIRMED)
    # A decision may be reversed, and the relation corrected.
    link = curation.decide_lineage(officer, link, Decision.REJECTED)
    link = curation.decide_lineage(officer, link, Decision.CONFIRMED, relation=LineageRelation.CONTINUES)
    assert link.relation == LineageRelation.CONTINUES
    assert len(entries("mandates.decide_lineage")) == 3


@pytest.mark.parametrize(
    ("decision", "relation"), [("proposed", None), ("maybe", None), ("confirmed", "replaces")]
)
def test_a_link_decision_must_be_known(library, users, decision, relation):
    with pytest.raises(InvalidInput):
        curation.decide_lineage(users["secretariat"], library["link"], decision, relation=relation)


def test_the_link_a_superseded_status_rests_on_cannot_be_rejected_first(library, users):
    officer = users["secretariat"]
    link = curation.decide_lineage(officer, library["link"], Decision.CONFIRMED)
    curation.change_status(officer, library["mandate"], MandateStatus.SUPERSEDED, note="See 8/7, para. 4.")
    with pytest.raises(Conflict, match="change its status first"):
        curation.decide_lineage(officer, link, Decision.REJECTED)
    with pytest.raises(Conflict, match="change its status first"):
        curation.decide_lineage(officer, link, Decision.CONFIRMED, relation=LineageRelation.CONTINUES)
    curation.change_status(officer, library["mandate"], MandateStatus.OPEN, note="Reopened.")
    assert curation.decide_lineage(officer, link, Decision.REJECTED).decision == Decision.REJECTED


# Evidence ------------------------------------------------------------------------------------------------


def test_deciding_evidence(library, users):
    officer = users["secretariat"]
    evidence = curation.decide_evidence(officer, library["evidence"], Decision.CONFIRMED, note="Guide begun.")
    assert (evidence.decision, evidence.note, evidence.decided_by) == (
        Decision.CONFIRMED,
        "Guide begun.",
        officer,
    )
    with pytest.raises(Conflict, match="already confirmed"):
        curation.decide_evidence(officer, evidence, Decision.CONFIRMED)
    [entry] = entries("mandates.decide_evidence")
    assert entry.after["decision"] == "confirmed" and entry.after["note"] == "Guide begun."
    with pytest.raises(InvalidInput):
        curation.decide_evidence(officer, evidence, "proposed")


def test_the_evidence_a_status_rests_on_cannot_be_rejected_first(library, users):
    officer = users["secretariat"]
    evidence = curation.decide_evidence(officer, library["evidence"], Decision.CONFIRMED)
    curation.change_status(officer, library["mandate"], MandateStatus.IN_PROGRESS, evidence=evidence)
    with pytest.raises(Conflict, match="change the status first"):
        curation.decide_evidence(officer, evidence, Decision.REJECTED)


def test_a_curators_own_evidence(library, users):
    officer = users["secretariat"]
    report = library["documents"][REPORT]
    evidence = curation.add_evidence(officer, library["mandate"], report, "15", note="The outline.")
    assert (evidence.method, evidence.decision, evidence.decided_by) == (
        Method.CURATOR,
        Decision.CONFIRMED,
        officer,
    )
    assert evidence.text.startswith("A draft outline of the guide") and evidence.note == "The outline."
    with pytest.raises(Conflict, match="already confirmed"):
        curation.add_evidence(officer, library["mandate"], report, "15")
    # A paragraph already proposed is confirmed, keeping how it was found.
    proposed = curation.add_evidence(officer, library["mandate"], report, "14")
    assert proposed.pk == library["evidence"].pk and proposed.decision == Decision.CONFIRMED
    assert proposed.method == Method.EXPLICIT
    assert [e.after["pid"] for e in entries("mandates.add_evidence")] == ["15", "14"]


def test_a_curators_evidence_must_be_a_paragraph_of_the_document(library, users):
    officer, report = users["secretariat"], library["documents"][REPORT]
    with pytest.raises(InvalidInput, match="no paragraph '99'"):
        curation.add_evidence(officer, library["mandate"], report, "99")
    with pytest.raises(InvalidInput, match="own paragraph"):
        curation.add_evidence(officer, library["mandate"], Document.objects.get(key=SEVENTH), "7/5 op 6")
    assert not entries("mandates.add_evidence")


# Status --------------------------------------------------------------------------------------------------


def test_a_status_change_records_who_when_the_evidence_and_why(library, users):
    officer = users["secretariat"]
    evidence = curation.decide_evidence(officer, library["evidence"], Decision.CONFIRMED)
    change = curation.change_status(
        officer, library["mandate"], MandateStatus.IN_PROGRESS, evidence=evidence, note="Guide being drafted."
    )
    assert (change.before, change.after, change.by, change.evidence, change.note) == (
        MandateStatus.OPEN,
        MandateStatus.IN_PROGRESS,
        officer,
        evidence,
        "Guide being drafted.",
    )
    assert abs(change.at - timezone.now()) < datetime.timedelta(minutes=1)
    assert Mandate.objects.get(pk=library["mandate"].pk).status == MandateStatus.IN_PROGRESS
    [entry] = entries("mandates.change_status")
    assert entry.before == {"status": "open"}
    assert entry.after == {"status": "in_progress", "evidence": evidence.pk, "status_change": change.pk}
    with pytest.raises(Conflict, match="already in progress"):
        curation.change_status(officer, library["mandate"], MandateStatus.IN_PROGRESS, note="again")


def test_the_evidence_of_a_status_change_is_the_mandates_and_confirmed(library, users):
    officer = users["secretariat"]
    with pytest.raises(InvalidInput, match="Confirm the evidence"):
        curation.change_status(
            officer, library["mandate"], MandateStatus.REPORTED, evidence=library["evidence"]
        )
    other = curation.add_evidence(officer, mandate(SEVENTH, "7/5 op 4"), library["documents"][REPORT], "7")
    with pytest.raises(InvalidInput, match="another mandate"):
        curation.change_status(officer, library["mandate"], MandateStatus.REPORTED, evidence=other)
    assert not StatusChange.objects.exists() and not entries("mandates.change_status")


@pytest.mark.parametrize("status", [MandateStatus.REPORTED, MandateStatus.IMPLEMENTED])
def test_reported_and_implemented_rest_on_evidence_or_a_note(library, users, status):
    officer = users["secretariat"]
    with pytest.raises(InvalidInput, match="confirmed evidence or a note"):
        curation.change_status(officer, library["mandate"], status)
    change = curation.change_status(
        officer, library["mandate"], status, note="Reported orally at the session."
    )
    assert change.after == status and change.evidence is None


def test_superseded_needs_a_confirmed_superseding_link(library, users):
    officer = users["secretariat"]
    with pytest.raises(InvalidInput, match="Nothing is confirmed to supersede"):
        curation.change_status(officer, library["mandate"], MandateStatus.SUPERSEDED)
    curation.decide_lineage(officer, library["link"], Decision.CONFIRMED, relation=LineageRelation.CONTINUES)
    with pytest.raises(InvalidInput, match="Nothing is confirmed to supersede"):
        curation.change_status(officer, library["mandate"], MandateStatus.SUPERSEDED)
    curation.decide_lineage(officer, library["link"], Decision.CONFIRMED, relation=LineageRelation.SUPERSEDES)
    assert curation.change_status(officer, library["mandate"], MandateStatus.SUPERSEDED).after == "superseded"


def test_not_applicable_and_early_elapse_need_a_note(library, users):
    officer, declarative = users["secretariat"], mandate(SEVENTH, "7/5 op 13")
    with pytest.raises(InvalidInput, match="not applicable"):
        curation.change_status(officer, declarative, MandateStatus.NOT_APPLICABLE)
    # Its report is due at the eighth session (16 December 2019): long past, no note needed.
    assert declarative.report_due == datetime.date(2019, 12, 16)
    assert curation.change_status(officer, declarative, MandateStatus.ELAPSED).after == "elapsed"
    not_due = mandate(EIGHTH, "8/7 op 2")
    Mandate.objects.filter(pk=not_due.pk).update(
        report_due=timezone.localdate() + datetime.timedelta(days=30)
    )
    with pytest.raises(InvalidInput, match="not overdue"):
        curation.change_status(officer, not_due, MandateStatus.ELAPSED)
    assert (
        curation.change_status(officer, not_due, MandateStatus.ELAPSED, note="Overtaken.").after == "elapsed"
    )


def test_an_unknown_status_is_refused(library, users):
    with pytest.raises(InvalidInput, match="Unknown status 'done'"):
        curation.change_status(users["secretariat"], library["mandate"], "done")


# Elapse --------------------------------------------------------------------------------------------------


def test_overdue_mandates_elapse_as_the_system(library, users):
    today = datetime.date(2020, 1, 15)
    due = datetime.date(2019, 12, 16)
    later_due = datetime.date(2021, 12, 13)
    open_overdue = mandate(SEVENTH, "7/5 op 4")
    in_progress = mandate(SEVENTH, "7/5 op 8")
    answered = library["mandate"]
    reported = mandate(SEVENTH, "7/5 op 11")
    retired = mandate(SEVENTH, "7/5 op 12")
    not_yet = mandate(EIGHTH, "8/7 op 12")
    everything = Mandate.objects.filter(document__key__in=[SEVENTH, EIGHTH])
    everything.update(report_due=None)
    Mandate.objects.filter(
        pk__in=[m.pk for m in (open_overdue, in_progress, answered, reported, retired)]
    ).update(report_due=due)
    Mandate.objects.filter(pk=not_yet.pk).update(report_due=later_due)
    Mandate.objects.filter(pk=in_progress.pk).update(status=MandateStatus.IN_PROGRESS)
    Mandate.objects.filter(pk=reported.pk).update(status=MandateStatus.REPORTED)
    Mandate.objects.filter(pk=retired.pk).update(is_current=False)
    curation.decide_evidence(users["secretariat"], library["evidence"], Decision.CONFIRMED)

    assert curation.elapse_overdue(today) == 2
    statuses = dict(everything.values_list("pk", "status"))
    assert statuses[open_overdue.pk] == statuses[in_progress.pk] == MandateStatus.ELAPSED
    assert statuses[answered.pk] == MandateStatus.OPEN  # confirmed evidence
    assert statuses[reported.pk] == MandateStatus.REPORTED
    assert statuses[retired.pk] == MandateStatus.OPEN
    assert statuses[not_yet.pk] == MandateStatus.OPEN
    change = StatusChange.objects.get(mandate=in_progress)
    assert (change.before, change.after, change.by) == (
        MandateStatus.IN_PROGRESS,
        MandateStatus.ELAPSED,
        None,
    )
    assert "2019-12-16" in change.note
    elapsed = entries("mandates.elapse")
    assert len(elapsed) == 2 and {e.actor_name for e in elapsed} == {"system"}
    assert all(e.actor is None for e in elapsed)
    assert curation.elapse_overdue(today) == 0  # nothing left to elapse
