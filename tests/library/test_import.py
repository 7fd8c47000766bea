"""Importing into the library: idempotent, versioned, linked across languages, safe with bad files."""

import pytest
from django.core.management import CommandError, call_command

from observatory.accounts.permissions import SYSTEM
from observatory.audit.models import AuditEntry
from observatory.core.errors import PermissionDenied
from observatory.library import services
from observatory.library.models import (
    ArticleReference,
    Document,
    LanguageVersion,
    Paragraph,
    Revision,
    StateReference,
)
from observatory.library.selectors import aligned
from observatory.library.services import import_file

pytestmark = pytest.mark.usefixtures("reference")
RESOLUTIONS = ("cosp7-resolutions", "en")


def test_import_stores_document_version_revision_and_paragraphs(corpus_file):
    outcome = import_file(SYSTEM, corpus_file(*RESOLUTIONS, "txt"))
    assert outcome.status == "imported" and outcome.key == "CAC/COSP/2017/14" and outcome.language == "en"
    document = Document.objects.get(key="CAC/COSP/2017/14")
    assert document.kind == "resolutions" and document.year == 2017
    version = document.versions.get(language="en")
    assert version.current.number == 1 and version.current.format == "text"
    paragraphs = {p.pid: p for p in Paragraph.objects.filter(revision=version.current)}
    assert paragraphs["7/1 op 4"].kind == "operative"
    assert paragraphs["7/1 op 4"].action["addressees"] == ["Secretariat"]
    assert "extrabudgetary" in paragraphs["7/1 op 4"].action["conditions"]
    assert ArticleReference.objects.filter(paragraph=paragraphs["7/1 op 1"], article__number=8).exists()
    assert StateReference.objects.filter(paragraph__revision=version.current).exists()
    assert AuditEntry.objects.filter(action="document.import", object_id=str(document.pk)).count() == 1


def test_the_same_content_again_changes_nothing_whatever_the_format(corpus_file):
    assert import_file(SYSTEM, corpus_file(*RESOLUTIONS, "txt")).status == "imported"
    assert import_file(SYSTEM, corpus_file(*RESOLUTIONS, "txt")).status == "unchanged"
    assert import_file(SYSTEM, corpus_file(*RESOLUTIONS, "docx")).status == "unchanged"
    assert Revision.objects.count() == 1


def test_a_changed_file_makes_a_new_revision_and_keeps_the_old(corpus_file):
    path = corpus_file(*RESOLUTIONS, "txt")
    import_file(SYSTEM, path)
    path.write_text(
        path.read_text(encoding="utf-8").replace("Urges States parties", "Strongly urges States parties"),
        encoding="utf-8",
    )
    assert import_file(SYSTEM, path).status == "updated"
    version = LanguageVersion.objects.get(document__key="CAC/COSP/2017/14", language="en")
    assert list(version.revisions.values_list("number", flat=True)) == [1, 2]
    assert version.current.number == 2
    assert Paragraph.objects.get(revision=version.current, pid="7/1 op 1").text.startswith("Strongly urges")
    old = version.revisions.get(number=1)
    assert Paragraph.objects.get(revision=old, pid="7/1 op 1").text.startswith("Urges")


def test_language_versions_are_linked_paragraph_by_paragraph(corpus_file):
    import_file(SYSTEM, corpus_file("cosp7-resolutions", "en", "pdf"))
    import_file(SYSTEM, corpus_file("cosp7-resolutions", "fr", "docx"))
    document = Document.objects.get(key="CAC/COSP/2017/14")
    english, french = document.versions.get(language="en"), document.versions.get(language="fr")
    pairs = {left.pid: right for left, right in aligned(english, french) if left and right}
    assert pairs["7/1 op 4"].text.startswith("Prie le Secrétariat")
    assert pairs["7/2 pp 1"].kind == "preambular"


def test_submissions_keep_their_state(corpus_file):
    from observatory.countries.models import State

    jordan = State.objects.get(iso3="JOR")
    outcome = import_file(
        SYSTEM, corpus_file("submission-2011-jordan", "ar", "pdf"), kind="submission", state=jordan
    )
    assert outcome.status == "imported" and outcome.language == "ar"
    document = Document.objects.get(key="submission-2011-jordan")
    assert (document.kind, document.state) == ("submission", jordan)


def test_an_interrupted_import_leaves_nothing_and_a_rerun_ends_clean(corpus_file, monkeypatch):
    path = corpus_file(*RESOLUTIONS, "txt")
    real = services._store_paragraphs

    def dies_midway(revision, contract):
        real(revision, contract)
        raise KeyboardInterrupt  # the process is killed after the paragraphs were written

    monkeypatch.setattr(services, "_store_paragraphs", dies_midway)
    with pytest.raises(KeyboardInterrupt):
        import_file(SYSTEM, path)
    assert (Document.objects.count(), Revision.objects.count(), Paragraph.objects.count()) == (0, 0, 0)
    monkeypatch.setattr(services, "_store_paragraphs", real)
    assert import_file(SYSTEM, path).status == "imported"
    assert Revision.objects.count() == 1


@pytest.mark.parametrize("role", ["focal_point", "contributor", "provider"])
def test_only_the_secretariat_and_administrators_import(users, corpus_file, role):
    with pytest.raises(PermissionDenied):
        import_file(users[role], corpus_file(*RESOLUTIONS, "txt"))
    assert import_file(users["secretariat"], corpus_file(*RESOLUTIONS, "txt")).status == "imported"


def test_the_command_imports_a_folder_and_names_each_bad_file(tmp_path, corpus_file, capsys):
    folder = tmp_path / "batch"
    folder.mkdir()
    corpus_file(*RESOLUTIONS, "txt", name="batch/resolutions.en.txt")
    corpus_file("nv-2011-asset-declarations", "fr", "docx", name="batch/note.fr.docx")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")
    (folder / "really-a-docx.pdf").write_bytes((folder / "note.fr.docx").read_bytes())
    with pytest.raises(CommandError, match="3 of 5 files could not be imported"):
        call_command("import", str(folder))
    out = capsys.readouterr().out
    assert "5 files: 2 imported, 0 updated, 0 unchanged, 3 failed" in out
    for name in ("empty.txt", "broken.pdf", "really-a-docx.pdf"):
        assert f"failed: {name}:" in out
    assert Document.objects.count() == 2
    with pytest.raises(CommandError):
        call_command("import", str(folder))
    assert "0 imported, 0 updated, 2 unchanged, 3 failed" in capsys.readouterr().out
