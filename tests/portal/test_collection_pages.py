"""The collection pages as States and the public use them: calls, a call, a submission, the inbox and the
answer form (htmx and plain), submitting, declining, uploading — role by role."""

import datetime
import io

import docx
import pytest
from django.utils import timezone

from observatory.collection import services
from observatory.collection.models import Answer, Submission, SubmissionStatus
from tests.collection.conftest import (  # noqa: F401 (fixtures)
    call,
    checklist,
    draft_call,
    focal_points,
    parties,
    questions,
    submission,
)

HTMX = {"HTTP_HX_REQUEST": "true"}
PAYLOAD = "<script>alert('x')</script>"


def _answer_data(revision=0, **fields):
    data = {"revision": revision, "language": "fr", "implemented": "", "measures": "", "needs": "1"}
    return data | fields


def _docx(text: str) -> bytes:
    document = docx.Document()
    document.add_heading("Réponse de la France", level=1)
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def published(users, submission, questions):
    """Viet Nam's answers, one restricted to the Secretariat, submitted and published."""
    services.save_answer(
        users["contributor"], submission, questions[0], revision=0, language="en", measures=PAYLOAD
    )
    services.save_answer(
        users["contributor"],
        submission,
        questions[1],
        revision=0,
        language="en",
        measures="Alderbrook-3310 internal figures",
        visibility="secretariat",
    )
    services.submit(users["focal_point"], submission)
    services.publish(users["secretariat"], submission)
    return submission


def test_the_calls_page_lists_launched_calls_and_drafts_only_for_the_secretariat(client, users, call):
    other = services.create_call(users["secretariat"], title_en="A draft nobody sees", deadline=call.deadline)
    page = client.get("/en/calls/").content.decode()
    assert "Asset declaration systems" in page and "A draft nobody sees" not in page
    client.force_login(users["secretariat"])
    page = client.get("/en/calls/").content.decode()
    assert "A draft nobody sees" in page
    assert client.get(f"/en/calls/{other.pk}/").status_code == 200
    client.logout()
    assert client.get(f"/en/calls/{other.pk}/").status_code == 404


def test_the_call_page_shows_questions_and_the_note_verbale_in_six_languages(client, call):
    page = client.get(f"/fr/calls/{call.pk}/").content.decode()
    assert "Systèmes de déclaration de patrimoine" in page  # the French title
    assert "CU 2031/45/DTA/CEB/CSS" in page
    assert "Describe any statistics on verified declarations." in page
    for language in ("ar", "zh", "en", "fr", "ru", "es"):
        assert f"/note-verbale/{language}.pdf" in page and f"/note-verbale/{language}.docx" in page


def test_a_draft_is_read_by_its_own_state_only(client, users, submission, questions):
    services.save_answer(
        users["contributor"], submission, questions[0], revision=0, language="en", measures=PAYLOAD
    )
    address = f"/en/calls/{submission.call_id}/states/VNM/"
    assert client.get(address).status_code == 404
    client.force_login(users["other_focal_point"])
    assert client.get(address).status_code == 404
    client.force_login(users["secretariat"])
    assert client.get(address).status_code == 404  # the Secretariat reads what was submitted, not drafts
    client.force_login(users["contributor"])
    page = client.get(address).content.decode()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page and PAYLOAD not in page


def test_a_published_submission_is_public_without_its_restricted_answers(client, users, published):
    page = client.get(f"/en/calls/{published.call_id}/states/VNM/").content.decode()
    assert "&lt;script&gt;" in page and PAYLOAD not in page
    assert "Alderbrook" not in page
    client.force_login(users["secretariat"])
    assert "Alderbrook-3310" in client.get(f"/en/calls/{published.call_id}/states/VNM/").content.decode()


def test_article_and_state_pages_list_what_states_reported(client, published):
    article = client.get("/en/convention/articles/7/").content.decode()
    assert f"/en/calls/{published.call_id}/states/VNM/" in article
    state = client.get("/en/states/vnm/").content.decode()
    assert f"/en/calls/{published.call_id}/states/VNM/" in state
    assert "Asset declaration systems" in state


def test_the_inbox_is_for_national_users(client, users, call):
    assert client.get("/en/inbox/").status_code == 302  # to sign in
    client.force_login(users["provider"])
    assert client.get("/en/inbox/").status_code == 403
    client.force_login(users["focal_point"])
    page = client.get("/en/inbox/").content.decode()
    assert "Asset declaration systems" in page and "days left" in page and "Not started" in page


def test_the_answer_form_is_for_the_states_addressed(client, users, call, make_user):
    address = f"/en/calls/{call.pk}/answer/"
    client.force_login(users["provider"])
    assert client.get(address).status_code == 403
    outsider = make_user("focal_point", "DEU", username="focal-deu")  # Germany is not addressed
    client.force_login(outsider)
    assert client.get(address).status_code == 404
    client.force_login(users["contributor"])
    page = client.get(address).content.decode()
    assert 'hx-post="/en/calls/' in page and 'aria-live="polite"' in page
    assert "Submit the answers of my State" not in page  # contributors draft; the focal point submits


def test_saving_as_you_type_and_a_conflict_shown_with_the_difference(
    client, users, call, questions, make_user
):
    question = questions[0]
    address = f"/en/calls/{call.pk}/answer/{question.pk}/"
    client.force_login(users["contributor"])
    saved = client.post(address, _answer_data(measures="Première version du texte."), **HTMX)
    assert saved.status_code == 200 and "Saved at" in saved.content.decode()
    assert f'id="revision-{question.pk}" value="1" hx-swap-oob="true"' in saved.content.decode()
    # A colleague saves from revision 1 …
    colleague = make_user("contributor", "VNM", username="contributor-vnm-2")
    client.force_login(colleague)
    assert client.post(address, _answer_data(1, measures="Texte du collègue."), **HTMX).status_code == 200
    # … and the first contributor, still on revision 1, is told and shown the difference.
    client.force_login(users["contributor"])
    conflict = client.post(address, _answer_data(1, measures="Ma deuxième version."), **HTMX)
    body = conflict.content.decode()
    assert conflict.status_code == 409
    assert "saved this answer meanwhile" in body and "<del" in body and "<ins" in body
    assert 'name="revision_override" value="2"' in body
    assert Answer.objects.get(question=question).measures == "Texte du collègue."
    # Having seen it, they keep theirs.
    kept = client.post(address, _answer_data(1, measures="Ma deuxième version.", revision_override=2), **HTMX)
    assert kept.status_code == 200
    assert Answer.objects.get(question=question).measures == "Ma deuxième version."


def test_the_plain_form_works_without_javascript_and_keeps_what_was_typed(client, users, call, questions):
    question = questions[0]
    address = f"/en/calls/{call.pk}/answer/{question.pk}/"
    client.force_login(users["contributor"])
    response = client.post(address, _answer_data(measures="Texte", implemented="partly"))
    assert response.status_code == 302 and response["Location"].endswith(f"#question-{question.pk}")
    answer = Answer.objects.get(question=question)
    assert (answer.implemented, answer.measures, answer.language) == ("partly", "Texte", "fr")
    # A stale save without htmx shows the whole form again, with the typed text and the conflict.
    stale = client.post(address, _answer_data(0, measures="Un texte que je ne veux pas perdre"))
    assert stale.status_code == 409
    page = stale.content.decode()
    assert "Un texte que je ne veux pas perdre" in page and "saved this answer meanwhile" in page


def test_an_invalid_answer_is_refused_with_a_message(client, users, call, questions):
    client.force_login(users["contributor"])
    address = f"/en/calls/{call.pk}/answer/{questions[0].pk}/"
    response = client.post(address, _answer_data(language="de", measures="Gespeichert?"), **HTMX)
    assert response.status_code == 400 and "could not be saved" in response.content.decode()
    assert not Answer.objects.exists()


def test_technical_assistance_needs_are_saved_from_the_form(client, users, call, questions):
    client.force_login(users["contributor"])
    address = f"/en/calls/{call.pk}/answer/{questions[0].pk}/"
    data = _answer_data(measures="x") | {
        "need-0-kind": "capacity_building",
        "need-0-description": "Formation des vérificateurs",
        "need-0-priority": "high",
    }
    assert client.post(address, data, **HTMX).status_code == 200
    need = Answer.objects.get().assistance_needs.get()
    assert (need.kind, need.description, need.priority) == (
        "capacity_building",
        "Formation des vérificateurs",
        "high",
    )
    page = client.get(f"/en/calls/{call.pk}/answer/").content.decode()
    assert "Formation des vérificateurs" in page


def test_submitting_twice_and_after_the_deadline(client, users, call, submission, questions):
    services.save_answer(
        users["contributor"], submission, questions[0], revision=0, language="en", measures="Ready"
    )
    client.force_login(users["contributor"])
    assert client.post(f"/en/calls/{call.pk}/submit/").status_code == 403  # only the focal point submits
    client.force_login(users["focal_point"])
    response = client.post(f"/en/calls/{call.pk}/submit/", {"visibility": "public"}, follow=True)
    assert "Version 1 submitted" in response.content.decode()
    again = client.post(f"/en/calls/{call.pk}/submit/", follow=True).content.decode()
    assert "already submitted" in again
    assert submission.versions.count() == 1
    # Reopened after the deadline, the next version is accepted and marked late.
    type(call).objects.filter(pk=call.pk).update(deadline=timezone.localdate() - datetime.timedelta(days=3))
    client.post(f"/en/calls/{call.pk}/reopen/")
    late = client.post(f"/en/calls/{call.pk}/submit/", follow=True).content.decode()
    assert "marked as late" in late
    assert submission.versions.get(number=2).is_late


def test_declining(client, users, call):
    client.force_login(users["focal_point"])
    response = client.post(f"/en/calls/{call.pk}/decline/", {"reason": "No new measures."})
    assert response.status_code == 302
    assert Submission.objects.get(call=call, state__iso3="VNM").status == SubmissionStatus.DECLINED


def test_uploading_a_document_and_bad_uploads(client, users, call, questions, settings):
    client.force_login(users["contributor"])
    services.start_submission(users["contributor"], call, users["contributor"].state)
    client.post(f"/en/calls/{call.pk}/answer/{questions[0].pk}/", _answer_data(measures="Gardé"))
    address = f"/en/calls/{call.pk}/upload/"
    good = io.BytesIO(_docx("La déclaration de patrimoine est obligatoire pour les hauts fonctionnaires."))
    good.name = "reponse.docx"
    page = client.post(address, {"file": good, "language": "fr"}, follow=True).content.decode()
    assert "reponse.docx was received" in page
    broken = io.BytesIO(b"PK\x03\x04 not really a zip")
    broken.name = "cassé.docx"
    page = client.post(address, {"file": broken}, follow=True).content.decode()
    assert "cassé.docx" in page and "was received" not in page.split("cassé.docx")[1][:40]
    text = io.BytesIO(b"plain text")
    text.name = "notes.txt"
    assert "upload a DOCX or PDF file" in client.post(address, {"file": text}, follow=True).content.decode()
    settings.OBSERVATORY_MAX_UPLOAD_BYTES = 1024
    big = io.BytesIO(b"x" * 4096)
    big.name = "big.pdf"
    assert "larger than" in client.post(address, {"file": big}, follow=True).content.decode()
    # Nothing typed was lost on the way.
    assert Answer.objects.get(question=questions[0]).measures == "Gardé"
    assert call.documents.count() == 1


def test_the_answer_form_in_arabic_is_right_to_left(client, users, call):
    client.force_login(users["contributor"])
    page = client.get(f"/ar/calls/{call.pk}/answer/").content.decode()
    assert 'dir="rtl"' in page and 'dir="auto"' in page
