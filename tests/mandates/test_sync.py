"""Mandates kept in step with the library: created on import, never duplicated by a re-import, updated
in their extracted fields only (the curators' status, lineage and evidence decisions survive), retired
when their paragraph disappears and current again when it comes back; the ``sync-mandates`` command."""

import io
import logging
import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.utils import timezone

from observatory.accounts.permissions import SYSTEM
from observatory.audit.models import AuditEntry
from observatory.library import services
from observatory.library.demo_corpus import get, render
from observatory.library.models import Document
from observatory.library.services import import_file
from observatory.mandates import sync
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
from observatory.mandates.sync import SyncSummary, sync_document

pytestmark = pytest.mark.usefixtures("reference")
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mandates"
COSP7 = "CAC/COSP/2017/14"
COSP8 = "CAC/COSP/2019/17"


def demo_file(tmp_path, slug: str, language: str, fmt: str = "txt") -> Path:
    path = tmp_path / f"{slug}.{language}.{fmt}"
    path.write_bytes(render(get(slug, language), fmt))
    return path


def mandate(pid: str, clause: int = 0, key: str = COSP7) -> Mandate:
    return Mandate.objects.get(document__key=key, pid=pid, clause=clause)


def current_pids(key: str = COSP7) -> set[tuple[str, int]]:
    return set(Mandate.objects.filter(document__key=key, is_current=True).values_list("pid", "clause"))


def edit(path: Path, *replacements: tuple[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


def test_an_import_creates_the_mandates_in_the_same_transaction(tmp_path):
    outcome = import_file(SYSTEM, demo_file(tmp_path, "cosp7-resolutions", "en"))
    assert outcome.status == "imported"
    document = Document.objects.get(key=COSP7)
    assert document.mandates.count() == 25 and not document.mandates.filter(is_current=False).exists()
    request = mandate("7/1 op 4")
    assert (request.category, request.addressees, request.conditions) == (
        "requests",
        ["Secretariat"],
        ["extrabudgetary"],
    )
    assert request.status == MandateStatus.OPEN
    assert set(mandate("7/1 op 3").articles.values_list("number", flat=True)) == {8}
    assert mandate("7/1 op 3").topics.filter(slug="codes-of-conduct").exists()
    assert str(mandate("7/1 op 5").report_due) == "2019-12-16"
    entry = AuditEntry.objects.get(action="mandates.sync", object_id=str(document.pk))
    assert entry.after == {"created": 25, "updated": 0, "retired": 0, "unchanged": 0}


def test_syncing_again_changes_nothing(tmp_path):
    path = demo_file(tmp_path, "cosp7-resolutions", "en")
    import_file(SYSTEM, path)
    document = Document.objects.get(key=COSP7)
    stamps = dict(document.mandates.values_list("pk", "updated_at"))
    assert sync_document(document) == SyncSummary(created=0, updated=0, retired=0, unchanged=25)
    assert import_file(SYSTEM, path).status == "unchanged"
    assert import_file(SYSTEM, demo_file(tmp_path, "cosp7-resolutions", "en", "docx")).status == "unchanged"
    assert dict(document.mandates.values_list("pk", "updated_at")) == stamps
    assert AuditEntry.objects.filter(action="mandates.sync").count() == 1  # only the first wrote


def test_a_changed_resolution_never_duplicates_nor_loses_the_curators_decisions(tmp_path, users):
    curator = users["secretariat"]
    path = demo_file(tmp_path, "cosp7-resolutions", "en")
    import_file(SYSTEM, path)
    import_file(SYSTEM, demo_file(tmp_path, "wg4-2011-asset-declarations", "en"))
    report = Document.objects.get(key="CAC/COSP/WG.4/2011/3")
    now = timezone.now()
    # A curator's decisions, as the curation service would leave them.
    changed, removed = mandate("7/1 op 4"), mandate("7/1 op 8")
    for target in (changed, removed):
        Mandate.objects.filter(pk=target.pk).update(status=MandateStatus.IN_PROGRESS)
        evidence = Evidence.objects.create(
            mandate=target,
            document=report,
            pid="21",
            text="The Working Group may also wish to request the Secretariat …",
            method=Method.EXPLICIT,
            score=0.9,
            decision=Decision.CONFIRMED,
            decided_by=curator,
            decided_at=now,
        )
        StatusChange.objects.create(
            mandate=target,
            before=MandateStatus.OPEN,
            after=MandateStatus.IN_PROGRESS,
            by=curator,
            at=now,
            evidence=evidence,
        )
    lineage = Lineage.objects.create(
        later=mandate("7/2 op 4"),
        earlier=changed,
        relation=LineageRelation.CONTINUES,
        method=Method.SIMILARITY,
        score=0.7,
        decision=Decision.CONFIRMED,
        decided_by=curator,
        decided_at=now,
    )

    # Paragraph 8 removed, paragraph 4 changed, paragraph 11 added.
    edit(
        path,
        (
            "Requests the Secretariat, subject to the availability of extrabudgetary resources, to continue",
            "Requests the Secretariat, within existing resources, to continue",
        ),
        (
            "8. Encourages States parties to share with the Secretariat information on their experiences",
            "Encourages States parties to share with the Secretariat information on their experiences",
        ),
        (
            "in accordance with the rules and procedures of the United Nations.",
            "in accordance with the rules and procedures of the United Nations;\n\n11. Requests the "
            "Secretariat to report to the Conference at its eighth session on the implementation of the "
            "present resolution.",
        ),
    )
    # The removed number's text now continues paragraph 7: take it out altogether.
    text = path.read_text(encoding="utf-8")
    start = text.index("Encourages States parties to share with the Secretariat")
    end = text.index("9. Notes with appreciation")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    assert import_file(SYSTEM, path).status == "updated"

    document = Document.objects.get(key=COSP7)
    assert document.mandates.count() == 26  # 25 + the new paragraph 11; none duplicated
    assert ("7/1 op 8", 0) not in current_pids() and ("7/1 op 11", 0) in current_pids()
    changed.refresh_from_db()
    removed.refresh_from_db()
    assert changed.conditions == ["existing_resources"] and changed.is_current
    assert changed.status == removed.status == MandateStatus.IN_PROGRESS
    assert not removed.is_current
    assert Evidence.objects.filter(decision=Decision.CONFIRMED).count() == 2
    assert StatusChange.objects.count() == 2
    lineage.refresh_from_db()
    assert lineage.decision == Decision.CONFIRMED and lineage.earlier_id == changed.pk
    assert mandate("7/1 op 11").report_session == 8
    entry = AuditEntry.objects.filter(action="mandates.sync").latest("pk")
    # Updated: paragraph 4, and paragraphs 9 and 10, which moved up a place (10 also ends otherwise).
    assert entry.after == {"created": 1, "updated": 3, "retired": 1, "unchanged": 21}

    # The paragraph comes back in a later revision: the same mandate is current again, decisions kept.
    edit(
        path,
        (
            "9. Notes with appreciation",
            "8. Encourages States parties to share with the Secretariat information on their experiences, "
            "including statistics on the number of declarations filed and verified and on the sanctions "
            "imposed, in their responses to the self-assessment checklist;\n\n9. Notes with appreciation",
        ),
    )
    assert import_file(SYSTEM, path).status == "updated"
    removed.refresh_from_db()
    assert removed.is_current and removed.status == MandateStatus.IN_PROGRESS
    assert removed.evidence.get().decision == Decision.CONFIRMED
    assert Mandate.objects.filter(document=document, pid="7/1 op 8").count() == 1


def test_later_clauses_are_linked_to_their_paragraph_and_follow_it(tmp_path):
    path = tmp_path / "cosp8-resolutions.en.txt"
    shutil.copy(FIXTURES / path.name, path)
    import_file(SYSTEM, path)
    opening, later = mandate("8/2 op 6", 0, COSP8), mandate("8/2 op 6", 1, COSP8)
    assert later.parent == opening and list(opening.clauses.all()) == [later]
    assert (later.category, later.addressees, later.report_body, later.report_session) == (
        "requests",
        ["Working Group"],
        "cosp",
        9,
    )
    assert later.report_due is not None and opening.report_due is None
    assert Mandate.objects.filter(document__key=COSP8, clause__gt=0, parent__isnull=True).count() == 0
    # The paragraph loses its second clause: that mandate is retired, the paragraph's stays.
    edit(
        path,
        (
            ", and requests the Working Group to report on its deliberations to the Conference at its ninth "
            "session;",
            ";",
        ),
    )
    assert import_file(SYSTEM, path).status == "updated"
    opening.refresh_from_db()
    later.refresh_from_db()
    assert opening.is_current and not later.is_current
    assert later.parent_id == opening.pk


def test_recommendations_of_an_imported_report(tmp_path):
    import_file(SYSTEM, demo_file(tmp_path, "wg4-2011-asset-declarations", "en"))
    mandates = Mandate.objects.filter(document__key="CAC/COSP/WG.4/2011/3")
    assert set(mandates.values_list("source", flat=True)) == {"recommendation"}
    assert sorted(mandates.values_list("pid", flat=True)) == ["20", "21", "22", "23"]
    assert mandates.get(pid="21").body == "wg-prevention"


def test_documents_of_other_kinds_are_skipped(tmp_path):
    import_file(SYSTEM, demo_file(tmp_path, "nv-2011-asset-declarations", "en"))
    import_file(SYSTEM, demo_file(tmp_path, "submission-2011-jordan", "ar"), kind="submission")
    assert not Mandate.objects.exists()
    for document in Document.objects.all():
        assert sync_document(document) == SyncSummary()


def test_a_rolled_back_import_leaves_no_mandate(tmp_path):
    path = demo_file(tmp_path, "cosp7-resolutions", "en")
    with pytest.raises(RuntimeError), transaction.atomic():
        assert import_file(SYSTEM, path).status == "imported"
        assert Mandate.objects.count() == 25
        raise RuntimeError("the batch is interrupted")
    assert not Document.objects.exists() and not Mandate.objects.exists()


def test_a_fault_in_reading_mandates_never_costs_the_document(tmp_path, monkeypatch, caplog):
    def broken(document):
        raise ValueError("a bug in reading mandates")

    monkeypatch.setattr(sync, "extract_mandates", broken)
    with caplog.at_level(logging.ERROR, logger=services.__name__):
        outcome = import_file(SYSTEM, demo_file(tmp_path, "cosp7-resolutions", "en"))
    assert outcome.status == "imported" and Document.objects.filter(key=COSP7).exists()
    assert not Mandate.objects.exists()
    assert "mandates could not be updated" in caplog.text
    monkeypatch.undo()
    out = io.StringIO()
    call_command("sync_mandates", stdout=out)
    assert Mandate.objects.count() == 25


def test_the_command_syncs_documents_imported_before(tmp_path, monkeypatch):
    monkeypatch.setattr(services, "sync_document", lambda document, actor=None: SyncSummary())
    import_file(SYSTEM, demo_file(tmp_path, "cosp7-resolutions", "en"))
    import_file(SYSTEM, demo_file(tmp_path, "wg4-2011-asset-declarations", "en"))
    import_file(SYSTEM, demo_file(tmp_path, "nv-2011-asset-declarations", "en"))
    monkeypatch.undo()
    assert not Mandate.objects.exists()

    out = io.StringIO()
    call_command("sync_mandates", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines == [
        "[1/2] CAC/COSP/2017/14: 25 created, 0 updated, 0 retired, 0 unchanged",
        "[2/2] CAC/COSP/WG.4/2011/3: 4 created, 0 updated, 0 retired, 0 unchanged",
        "2 documents: 29 created, 0 updated, 0 retired, 0 unchanged",
    ]
    out = io.StringIO()
    call_command("sync_mandates", "--document", COSP7, stdout=out)
    assert out.getvalue().splitlines()[-1] == "1 documents: 0 created, 0 updated, 0 retired, 25 unchanged"

    note = Document.objects.exclude(kind__in=["resolutions", "report"]).get()
    out = io.StringIO()
    call_command("sync_mandates", "--document", note.key, stdout=out)
    assert "skipped" in out.getvalue()
    with pytest.raises(CommandError, match="no document has this key"):
        call_command("sync_mandates", "--document", "CAC/COSP/1999/1")
