"""The upload path: a filled DOCX or PDF goes through the library's import, linked to the call, the State
and the call's articles; the import's own errors reach the State."""

import docx
import pytest

from observatory.collection import services
from observatory.collection.models import CallDocument
from observatory.collection.selectors import readable_submission
from observatory.core.errors import Conflict, InvalidInput, PermissionDenied
from observatory.library.models import Document, DocumentKind, Visibility
from observatory.library.selectors import visible_documents

TEXT = [
    "Réponse du Viet Nam à la note verbale CU 2031/45",
    "1. La loi sur la prévention de la corruption impose une déclaration de patrimoine aux agents publics, "
    "conformément à l'article 8, paragraphe 5, de la Convention.",
    "2. En 2030, 1 250 déclarations ont été vérifiées par l'inspection générale.",
]


@pytest.fixture
def reply(tmp_path):
    path = tmp_path / "Réponse Viet Nam.docx"
    document = docx.Document()
    for line in TEXT:
        document.add_paragraph(line)
    document.save(path)
    return path


def test_a_state_uploads_a_filled_document(users, call, parties, reply):
    link = services.upload_document(users["contributor"], call, parties["VNM"], reply, language="fr")
    assert isinstance(link, CallDocument)
    document = link.document
    assert document.kind == DocumentKind.SUBMISSION and document.state == parties["VNM"]
    assert document.key.startswith(f"call-{call.pk}-vnm-")
    assert sorted(link.articles.values_list("number", flat=True)) == [7, 8]
    assert link.source_name == "Réponse Viet Nam.docx"
    assert document.versions.get().language == "fr"
    # Imported for the Secretariat only until the submission is published.
    assert document.visibility == Visibility.SECRETARIAT
    assert document not in visible_documents(None)
    # The State sees its own upload in its working copy.
    view = readable_submission(users["focal_point"], link.submission)
    assert [entry["source_name"] for entry in view.documents] == ["Réponse Viet Nam.docx"]


def test_uploading_the_same_file_again_links_it_once(users, call, parties, reply):
    first = services.upload_document(users["contributor"], call, parties["VNM"], reply, language="fr")
    second = services.upload_document(users["contributor"], call, parties["VNM"], reply, language="fr")
    assert first == second and CallDocument.objects.count() == 1 and Document.objects.count() == 1


def test_two_states_files_of_the_same_name_stay_apart(users, call, parties, reply):
    services.upload_document(users["contributor"], call, parties["VNM"], reply, language="fr")
    services.upload_document(users["other_focal_point"], call, parties["FRA"], reply, language="fr")
    assert Document.objects.count() == 2


def test_a_document_alone_can_be_submitted_and_published(users, call, parties, reply):
    link = services.upload_document(users["contributor"], call, parties["VNM"], reply, language="fr")
    version = services.submit(users["focal_point"], link.submission)
    assert version.snapshot["answers"] == [] and len(version.snapshot["documents"]) == 1
    services.publish(users["secretariat"], link.submission)
    link.document.refresh_from_db()
    assert link.document.visibility == Visibility.PUBLIC
    assert link.document in visible_documents(None)


def test_only_the_states_own_people_upload(users, call, parties, reply):
    for role in ("other_focal_point", "secretariat", "provider"):
        with pytest.raises(PermissionDenied):
            services.upload_document(users[role], call, parties["VNM"], reply)


def test_wrong_formats_and_unreadable_files_are_refused_with_the_files_name(users, call, parties, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("plain text")
    with pytest.raises(InvalidInput, match=r"notes\.txt: upload a DOCX or PDF"):
        services.upload_document(users["contributor"], call, parties["VNM"], text)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 this is no word document")
    with pytest.raises(InvalidInput) as error:
        services.upload_document(users["contributor"], call, parties["VNM"], broken)
    assert "broken.docx" in error.value.message
    assert error.value.details[0]["file"] == "broken.docx"
    assert CallDocument.objects.count() == 0 and Document.objects.count() == 0


def test_an_oversized_file_is_refused(users, call, parties, reply, settings):
    settings.OBSERVATORY_MAX_FILE_BYTES = 1000
    with pytest.raises(InvalidInput) as error:
        services.upload_document(users["contributor"], call, parties["VNM"], reply)
    assert "Réponse Viet Nam.docx" in error.value.message
    assert Document.objects.count() == 0


def test_no_uploads_to_a_submitted_submission(users, call, parties, reply):
    link = services.upload_document(users["contributor"], call, parties["VNM"], reply, language="fr")
    services.submit(users["focal_point"], link.submission)
    with pytest.raises(Conflict, match="frozen"):
        services.upload_document(users["contributor"], call, parties["VNM"], reply, language="fr")
