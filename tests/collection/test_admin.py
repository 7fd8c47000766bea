"""Calls in the back office: the Secretariat reads everything, translates titles and checklist texts;
submitted versions, submissions, dispatches and documents are read-only; nothing is deleted."""

import docx
import pytest

from observatory.audit.models import AuditEntry
from observatory.collection import services
from observatory.collection.models import (
    Call,
    CallDocument,
    ChecklistItem,
    Dispatch,
    Submission,
    SubmissionVersion,
)

BASE = "/back-office/collection"
MODELS = {
    "call": Call,
    "checklistitem": ChecklistItem,
    "submission": Submission,
    "submissionversion": SubmissionVersion,
    "dispatch": Dispatch,
    "calldocument": CallDocument,
}
READ_ONLY = ["submission", "submissionversion", "dispatch", "calldocument"]


@pytest.fixture
def records(users, call, questions, parties, tmp_path):
    """Viet Nam submitted an answer and uploaded a document: one record of every kind."""
    submission = services.start_submission(users["contributor"], call, parties["VNM"])
    services.save_answer(
        users["contributor"], submission, questions[0], revision=0, language="en", implemented="yes"
    )
    path = tmp_path / "reply.docx"
    document = docx.Document()
    document.add_paragraph("Viet Nam's reply: asset declarations are verified by the inspectorate.")
    document.save(path)
    services.upload_document(users["contributor"], call, parties["VNM"], path, language="en")
    services.submit(users["focal_point"], submission)
    return {name: model.objects.order_by("pk").first() for name, model in MODELS.items()}


def change_url(name: str, obj) -> str:
    return f"{BASE}/{name}/{obj.pk}/change/"


@pytest.mark.parametrize("role", ["secretariat", "administrator"])
def test_every_page_loads_for_the_back_office(client, users, records, role):
    client.force_login(users[role])
    for name, obj in records.items():
        changelist = client.get(f"{BASE}/{name}/")
        assert changelist.status_code == 200, (name, changelist.content.decode()[:2000])
        page = client.get(change_url(name, obj))
        assert page.status_code == 200, (name, page.content.decode()[:2000])
    assert str(records["call"]) in client.get(f"{BASE}/call/").content.decode()


@pytest.mark.parametrize("role", ["secretariat", "administrator"])
def test_records_written_by_the_services_are_read_only(client, users, records, role):
    client.force_login(users[role])
    for name in READ_ONLY:
        page = client.get(change_url(name, records[name])).content.decode()
        assert 'name="_save"' not in page, name  # a view, not a form
        assert client.post(change_url(name, records[name]), {}).status_code == 403, name
        assert client.get(f"{BASE}/{name}/add/").status_code == 403, name


def test_a_submitted_version_is_never_changed(client, users, records):
    version = records["submissionversion"]
    frozen = (version.snapshot, version.visibility, version.is_late)
    for role in ("secretariat", "administrator"):
        client.force_login(users[role])
        response = client.post(
            change_url("submissionversion", version),
            {"visibility": "secretariat", "is_late": "on", "snapshot": '{"answers": []}', "number": "9"},
        )
        assert response.status_code == 403
    version.refresh_from_db()
    assert (version.snapshot, version.visibility, version.is_late) == frozen
    assert version.snapshot["answers"]


def test_nothing_is_deleted(client, users, records):
    client.force_login(users["administrator"])
    for name, obj in records.items():
        assert client.get(f"{BASE}/{name}/{obj.pk}/delete/").status_code == 403, name
        assert client.post(f"{BASE}/{name}/{obj.pk}/delete/", {"post": "yes"}).status_code == 403, name
        assert "delete_selected" not in client.get(f"{BASE}/{name}/").content.decode(), name
        assert MODELS[name].objects.filter(pk=obj.pk).exists()


def test_the_secretariat_translates_a_calls_title_and_nothing_else(client, users, records):
    call = records["call"]
    client.force_login(users["secretariat"])
    page = client.get(change_url("call", call)).content.decode()
    # The questions are shown as asked, not as a form.
    assert "Describe any statistics on verified declarations." in page
    assert 'name="questions-0-text_en"' not in page
    response = client.post(
        change_url("call", call),
        {
            "title_es": "Sistemas de declaración de bienes y conflictos de intereses",
            "title_fr": call.title_fr,
            "deadline": "2040-01-01",  # read-only: ignored
            "status": "draft",
            "questions-TOTAL_FORMS": "3",
            "questions-INITIAL_FORMS": "3",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    call.refresh_from_db()
    assert call.title_es == "Sistemas de declaración de bienes y conflictos de intereses"
    assert (str(call.deadline), call.status) == ("2031-05-27", "launched")
    entry = AuditEntry.objects.get(action="call.change")
    assert entry.actor == users["secretariat"] and entry.note == "back office"
    assert entry.after["title_es"] == call.title_es


def test_an_administrator_reads_calls_without_changing_them(client, users, records):
    call = records["call"]
    client.force_login(users["administrator"])
    assert client.post(change_url("call", call), {"title_es": "Cambio"}).status_code == 403
    call.refresh_from_db()
    assert call.title_es == ""


@pytest.mark.parametrize("role", ["secretariat", "administrator"])
def test_checklist_texts_are_edited_in_six_languages(client, users, records, role):
    item = ChecklistItem.objects.get(code="9-1")
    client.force_login(users[role])
    values = {f"text_{code}": getattr(item, f"text_{code}") for code in ("ar", "zh", "en", "fr", "ru", "es")}
    values |= {"text_fr": "Texte revu par la traductrice.", "position": item.position, "is_active": "on"}
    values |= {"code": "renamed", "paragraph": "7"}  # read-only: ignored
    response = client.post(change_url("checklistitem", item), values)
    assert response.status_code == 302, response.content.decode()[:3000]
    item.refresh_from_db()
    assert item.text_fr == "Texte revu par la traductrice."
    assert (item.code, item.paragraph) == ("9-1", "1")
    assert AuditEntry.objects.filter(action="checklistitem.change", actor=users[role]).count() == 1


@pytest.mark.parametrize("who", [None, "focal_point", "contributor", "provider"])
def test_the_public_and_national_users_are_sent_to_log_in(client, users, records, who):
    if who:
        client.force_login(users[who])
    for name, obj in records.items():
        for url in (f"{BASE}/{name}/", change_url(name, obj)):
            response = client.get(url)
            assert response.status_code == 302, url
            assert "/back-office/login/" in response["Location"]
