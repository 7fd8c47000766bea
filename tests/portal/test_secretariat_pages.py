"""The Secretariat's pages of a call for information: drafting a call, its dashboard (actions, ledger,
counts, statistics sentences, note verbale), reviewing a State's submission, and the note verbale's
downloads. Role by role, in the six languages, with State-written text kept as text."""

import datetime
import io
import re

import docx
import pypdfium2
import pytest
from django.urls import reverse
from django.utils import timezone, translation

from observatory.collection import services
from observatory.collection.models import Call, CallStatus, SubmissionStatus
from observatory.convention.models import Article
from tests.collection.conftest import (  # noqa: F401
    ADDRESSED,
    call,
    checklist,
    draft_call,
    focal_points,
    parties,
    questions,
    submission,
)

ROLES = ["anonymous", "focal_point", "contributor", "provider", "administrator", "secretariat"]
LANGUAGES = ["ar", "zh-hans", "en", "fr", "ru", "es"]
SCRIPT = "<script>alert(1)</script>"


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"portal:{name}", args=args)


def sign_in(client, users, role):
    if role != "anonymous":
        client.force_login(users[role])


def html(response) -> str:
    return response.content.decode()


def compact(page: str) -> str:
    """The page without the white space between tags, to read table rows whole."""
    return re.sub(r">\s+<", "><", page)


@pytest.fixture
def submitted(users, submission, questions):
    """Viet Nam's submission with two answers (one in French, one with markup typed in it), submitted
    by its focal point."""
    services.save_answer(
        users["contributor"],
        submission,
        questions[0],
        revision=0,
        language="fr",
        implemented="partly",
        measures="Les déclarations sont déposées sur papier.",
        assistance_needs=[{"kind": "technology", "description": "Un système de dépôt en ligne"}],
    )
    services.save_answer(
        users["contributor"], submission, questions[2], revision=0, language="ar", measures=SCRIPT
    )
    services.submit(users["focal_point"], submission)
    submission.refresh_from_db()
    return submission


@pytest.fixture
def soon_due(users, checklist, focal_points):
    """A launched call whose deadline is two days away, with a reminder due three days before it: a
    reminder is due today."""
    due = services.create_call(
        users["secretariat"],
        title_en="Whistle-blower protection",
        deadline=timezone.localdate() + datetime.timedelta(days=2),
        checklist_items=["8-4"],
        reminder_days_before=[3],
        reminder_days_after=[],
    )
    services.launch_call(users["secretariat"], due)
    return due


# --- Who may do what -------------------------------------------------------------------------------

GET_PAGES = ["new_call", "dashboard", "review"]
POST_ACTIONS = ["launch", "close", "remind", "acknowledge"]
#: Status per role for the pages read (GET) and the actions (POST). Administrators read what the
#: Secretariat reads (the ledger, submitted versions) but neither manage calls nor review.
EXPECTED = {
    "anonymous": {"get": 302, "post": 302},
    "focal_point": {"get": 403, "post": 403},
    "contributor": {"get": 403, "post": 403},
    "provider": {"get": 403, "post": 403},
    "secretariat": {"get": 200, "post": 302},
}


def target(request, name: str) -> tuple[str, str]:
    """The address of a page or action, with the records it needs, and where a successful action goes."""
    if name == "new_call":
        return url("new_call"), ""
    if name == "launch":
        pk = request.getfixturevalue("draft_call").pk
        return url("launch_call", pk), url("call_dashboard", pk)
    if name in ("review", "acknowledge"):
        address = url("review", request.getfixturevalue("submitted").call_id, "VNM")
        return address, address
    pk = request.getfixturevalue("call").pk
    names = {"dashboard": "call_dashboard", "close": "close_call", "remind": "remind"}
    return url(names[name], pk), url("call_dashboard", pk)


@pytest.mark.parametrize("role", [role for role in ROLES if role != "administrator"])
@pytest.mark.parametrize("name", GET_PAGES)
def test_pages_role_by_role(request, client, users, focal_points, role, name):
    address, _done = target(request, name)
    sign_in(client, users, role)
    response = client.get(address)
    assert response.status_code == EXPECTED[role]["get"]
    if role == "anonymous":
        assert response["Location"].startswith("/en/account/login/?next=")
    if response.status_code == 403:
        assert "Not allowed" in html(response)


@pytest.mark.parametrize("role", [role for role in ROLES if role != "administrator"])
@pytest.mark.parametrize("name", POST_ACTIONS)
def test_actions_role_by_role(request, client, users, focal_points, role, name):
    address, done = target(request, name)
    sign_in(client, users, role)
    data = {"action": "acknowledge"} if name == "acknowledge" else {}
    response = client.post(address, data)
    assert response.status_code == EXPECTED[role]["post"]
    if role == "anonymous":
        assert response["Location"].startswith("/en/account/login/?next=")
    if role == "secretariat":
        assert response["Location"] == done


def test_administrators_read_the_dashboard_and_submissions_but_do_not_act(client, users, submitted):
    client.force_login(users["administrator"])
    assert client.get(url("new_call")).status_code == 403
    dashboard = client.get(url("call_dashboard", submitted.call_id))
    assert dashboard.status_code == 200
    assert url("close_call", submitted.call_id) not in html(dashboard)
    review = client.get(url("review", submitted.call_id, "VNM"))
    assert review.status_code == 200 and 'name="action"' not in html(review)
    assert client.post(url("close_call", submitted.call_id)).status_code == 403
    assert client.post(url("review", submitted.call_id, "VNM"), {"action": "publish"}).status_code == 403
    submitted.refresh_from_db()
    assert submitted.status == SubmissionStatus.SUBMITTED


@pytest.mark.parametrize("name", ["launch_call", "close_call", "remind"])
def test_actions_take_post_only(client, users, call, name):
    client.force_login(users["secretariat"])
    assert client.get(url(name, call.pk)).status_code == 405


def test_actions_carry_csrf_protection(users, call):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(users["secretariat"])
    page = html(strict.get(url("call_dashboard", call.pk)))
    assert page.count('name="csrfmiddlewaretoken"') >= 3  # sign out, remind, close
    assert strict.post(url("close_call", call.pk)).status_code == 403
    call.refresh_from_db()
    assert call.status == CallStatus.LAUNCHED


# --- Drafting a call ------------------------------------------------------------------------------


def test_the_form_offers_the_checklist_by_article_and_the_71_articles(client, users, checklist, parties):
    client.force_login(users["secretariat"])
    page = html(client.get(url("new_call")))
    assert page.count('name="checklist_items"') == 29
    assert 'id="checklist-7-4"' in page and "<legend>Article 7. Public sector</legend>" in page
    assert page.count('<option value="', page.index('name="articles"'), page.index('name="topics"')) == 71
    assert 'type="date"' in page and 'name="deadline"' in page
    assert 'name="title_ar"' in page and 'lang="ar" dir="rtl"' in page
    assert 'value="all_parties"' in page and 'value="selection"' in page
    assert '<option value="VNM">Viet Nam</option>' in page


def test_article_titles_and_state_names_follow_the_interface_language(client, users, checklist, parties):
    Article.objects.filter(number=7).update(title_fr="Secteur public")
    client.force_login(users["secretariat"])
    page = html(client.get(url("new_call", language="fr")))
    assert ">7. Secteur public</option>" in page
    assert '<option value="VNM">Viet Nam</option>' in page
    assert '<option value="DEU">Allemagne</option>' in page


def test_creating_a_call_through_the_form(client, users, checklist, parties):
    client.force_login(users["secretariat"])
    articles = Article.objects.filter(number__in=[7, 8])
    response = client.post(
        url("new_call"),
        {
            "title_en": "Codes of conduct",
            "title_fr": "Codes de conduite",
            "title_ar": "مدونات قواعد السلوك",
            "symbol": "CU 2031/60/DTA/CEB/CSS",
            "deadline": "2031-09-30",
            "articles": [article.pk for article in articles],
            "checklist_items": ["8-1", "8-4"],
            "questions": "How many officials were trained?\n\n  Which codes apply to judges?  \n",
            "audience": "selection",
            "states": ["VNM", "FRA"],
            "reminder_days_before": "14, 3",
            "reminder_days_after": "7",
        },
    )
    created = Call.objects.get(title_en="Codes of conduct")
    assert response.status_code == 302 and response["Location"] == url("call_dashboard", created.pk)
    assert (created.title_fr, created.title_ar, created.symbol) == (
        "Codes de conduite",
        "مدونات قواعد السلوك",
        "CU 2031/60/DTA/CEB/CSS",
    )
    assert created.deadline == datetime.date(2031, 9, 30) and created.status == CallStatus.DRAFT
    assert sorted(created.articles.values_list("number", flat=True)) == [7, 8]
    assert [(q.checklist_item.code if q.checklist_item else q.text_en) for q in created.questions.all()] == [
        "8-1",
        "8-4",
        "How many officials were trained?",
        "Which codes apply to judges?",
    ]
    assert sorted(created.selected_states.values_list("iso3", flat=True)) == ["FRA", "VNM"]
    assert (created.reminder_days_before, created.reminder_days_after) == ([14, 3], [7])
    dashboard = client.get(response["Location"])
    assert "The call was drafted" in html(dashboard)


INVALID = {
    "title_en": "Codes of conduct <b>draft</b>",
    "title_fr": "Codes de conduite",
    "symbol": "CU 2031/60",
    "deadline": "2031-09-30",
    "checklist_items": ["8-4"],
    "questions": "How many officials were trained?",
    "audience": "all_parties",
    "reminder_days_before": "14, two",
    "reminder_days_after": "7",
}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({}, "“two” is not a number of days"),
        ({"reminder_days_before": "14", "reminder_days_after": "400"}, "“400” is not a number of days"),
        ({"reminder_days_before": "14", "title_en": ""}, "This field is required."),
        ({"reminder_days_before": "14", "deadline": "30/09/2031x"}, "Enter a valid date."),
        ({"reminder_days_before": "14", "audience": "selection"}, "Choose at least one State"),
    ],
)
def test_invalid_input_shows_the_form_again_with_every_value_kept(
    client, users, checklist, parties, changes, message
):
    client.force_login(users["secretariat"])
    data = {**INVALID, "articles": [Article.objects.get(number=8).pk], **changes}
    response = client.post(url("new_call"), data)
    assert response.status_code == 200
    page = html(response)
    assert message in page and 'role="alert"' in page
    assert not Call.objects.exists()
    if data["title_en"]:
        assert 'value="Codes of conduct &lt;b&gt;draft&lt;/b&gt;"' in page
    assert 'value="Codes de conduite"' in page and 'value="CU 2031/60"' in page
    assert 'value="8-4" id="checklist-8-4" checked' in page
    assert 'value="8-1" id="checklist-8-1" checked' not in page
    assert "How many officials were trained?</textarea>" in page
    assert f'<option value="{Article.objects.get(number=8).pk}" selected>' in page
    assert f'value="{data["reminder_days_before"]}"' in page


# --- The dashboard --------------------------------------------------------------------------------


def test_launching_from_the_dashboard_mails_the_note_and_the_ledger_shows_it(
    client, users, draft_call, focal_points, mailoutbox
):
    client.force_login(users["secretariat"])
    page = html(client.get(url("call_dashboard", draft_call.pk)))
    assert url("launch_call", draft_call.pk) in page and url("close_call", draft_call.pk) not in page
    assert "Describe any statistics on verified declarations." in page
    response = client.post(url("launch_call", draft_call.pk), follow=True)
    assert response.redirect_chain == [(url("call_dashboard", draft_call.pk), 302)]
    draft_call.refresh_from_db()
    assert draft_call.status == CallStatus.LAUNCHED
    # Ten States addressed; Japan's focal point has no e-mail address.
    assert len(mailoutbox) == 9
    assert {address for message in mailoutbox for address in message.to} == {
        f"focal.{iso3.lower()}@example.org" for iso3 in ADDRESSED if iso3 != "JPN"
    }
    page = html(response)
    assert "The call was launched. E-mails sent: 9." in page
    assert "States without a focal point with an e-mail address: 1." in page
    viet_nam = page[page.index('<tr data-state="VNM">') :]
    viet_nam = viet_nam[: viet_nam.index("</tr>")]
    assert '<td data-status="sent">Sent</td>' in viet_nam and "Asia-Pacific States" in viet_nam
    japan = page[page.index('<tr data-state="JPN">') :]
    assert '<span data-problem="no_recipient">No focal point with an e-mail address</span>' in japan[:1500]
    assert "<caption>10 States addressed</caption>" in page
    assert url("launch_call", draft_call.pk) not in page and url("close_call", draft_call.pk) in page


def test_launching_twice_is_refused_with_its_reason(client, users, call, mailoutbox):
    client.force_login(users["secretariat"])
    response = client.post(url("launch_call", call.pk))
    assert response.status_code == 400 and "This call was already launched." in html(response)
    assert mailoutbox == []


def test_the_ledger_counts_by_regional_group_and_links_submissions(client, users, submitted):
    client.force_login(users["secretariat"])
    page = html(client.get(url("call_dashboard", submitted.call_id)))
    assert f'<a href="{url("review", submitted.call_id, "VNM")}">Viet Nam</a>' in page
    assert url("review", submitted.call_id, "FRA") not in page
    assert '<td data-status="submitted_on_time">Submitted on time' in page
    counts = page[page.index('class="data-table counts"') :]
    counts = counts[: counts.index("</table>")]
    assert '<th scope="col">Submitted on time</th>' in counts
    # Asia-Pacific: China, India, Japan, Viet Nam addressed; Japan has no focal point with an address
    # (not yet sent), Viet Nam submitted. Columns: addressed, the seven statuses, submitted in all.
    assert (
        '<tr><th scope="row">Asia-Pacific States</th><td>4</td><td>1</td><td>2</td><td>0</td><td>0</td>'
        "<td>1</td><td>0</td><td>0</td><td>1</td></tr>"
    ) in counts
    assert (
        '<tr><th scope="row">All addressed States</th><td>10</td><td>1</td><td>8</td><td>0</td><td>0</td>'
        "<td>1</td><td>0</td><td>0</td><td>1</td></tr>"
    ) in counts


def test_the_dashboard_shows_the_statistics_sentence_in_six_languages(client, users, submitted):
    client.force_login(users["secretariat"])
    page = html(client.get(url("call_dashboard", submitted.call_id)))
    expected = {
        "ar": ('lang="ar" dir="rtl"', "فييت نام"),
        "zh": ('lang="zh-Hans" dir="ltr"', "越南"),
        "en": ('lang="en" dir="ltr"', "One State had submitted information by 27 May 2031: Viet Nam."),
        "fr": ('lang="fr" dir="ltr"', "27 mai 2031"),
        "ru": ('lang="ru" dir="ltr"', "Вьетнам"),
        "es": ('lang="es" dir="ltr"', "27 de mayo de 2031"),
    }
    for code, (attributes, text) in expected.items():
        start = page.index(f'{attributes} data-language="{code}">')
        assert text in page[start : page.index("</dd>", start)]


def test_the_dashboard_offers_the_note_verbale_in_six_languages_and_previews_it(client, users, call):
    client.force_login(users["secretariat"])
    page = html(client.get(url("call_dashboard", call.pk, language="fr")))
    for code in ("ar", "zh", "en", "fr", "ru", "es"):
        for fmt in ("docx", "pdf"):
            assert f'href="{url("note_verbale", call.pk, code, fmt, language="fr")}"' in page
    # The preview is the note in French, in a sandboxed frame, its markup escaped into the attribute.
    frame = page[page.index("<iframe") : page.index("</iframe>")]
    assert 'sandbox=""' in frame and 'lang="fr"' in frame
    assert 'srcdoc="&lt;!DOCTYPE html&gt;' in frame
    assert "CU 2031/45/DTA/CEB/CSS" in frame and "Systèmes de déclaration de patrimoine" in frame


def test_closing_from_the_dashboard(client, users, call):
    client.force_login(users["secretariat"])
    response = client.post(url("close_call", call.pk), follow=True)
    call.refresh_from_db()
    assert call.status == CallStatus.CLOSED
    page = html(response)
    assert "The call was closed" in page and url("close_call", call.pk) not in page
    assert client.post(url("close_call", call.pk)).status_code == 400


def test_sending_due_reminders_from_the_dashboard(client, users, soon_due, mailoutbox):
    mailoutbox.clear()
    client.force_login(users["secretariat"])
    response = client.post(url("remind", soon_due.pk), follow=True)
    assert len(mailoutbox) == 9 and all(message.subject.startswith("Reminder") for message in mailoutbox)
    page = html(response)
    assert "Reminders due for every launched call were sent. E-mails sent: 9." in page
    assert '<td data-status="reminded">Reminded</td>' in page
    # Nothing is sent twice.
    mailoutbox.clear()
    page = html(client.post(url("remind", soon_due.pk), follow=True))
    assert mailoutbox == [] and "No reminder was due for any launched call. E-mails sent: 0." in page


def test_an_unknown_or_draft_call_to_others(client, users, draft_call):
    client.force_login(users["secretariat"])
    assert client.get(url("call_dashboard", 99999)).status_code == 404
    assert client.get(url("call_dashboard", draft_call.pk)).status_code == 200


# --- Review ---------------------------------------------------------------------------------------


def test_the_review_page_shows_what_the_state_submitted_escaped(client, users, submitted):
    client.force_login(users["secretariat"])
    response = client.get(url("review", submitted.call_id, "vnm"))
    assert response.status_code == 200
    page = html(response)
    assert SCRIPT not in page
    assert '<div class="answer-text" lang="ar" dir="rtl">&lt;script&gt;alert(1)&lt;/script&gt;</div>' in page
    assert (
        '<div class="answer-text" lang="fr" dir="ltr">Les déclarations sont déposées sur papier.</div>'
        in page
    )
    assert "Partly" in page and "French" in page and "Arabic" in page
    assert "Technological assistance" in page and "Un système de dépôt en ligne" in page
    assert "Describe any statistics on verified declarations." in page
    assert '<dd data-status="submitted">Submitted</dd>' in page
    for action in ("acknowledge", "publish", "clarify"):
        assert f'name="action" value="{action}"' in page
    assert page.count('name="csrfmiddlewaretoken"') >= 4


def test_review_is_404_without_a_submitted_version(client, users, submission):
    client.force_login(users["secretariat"])
    assert client.get(url("review", submission.call_id, "VNM")).status_code == 404  # a draft only
    assert client.get(url("review", submission.call_id, "FRA")).status_code == 404  # nothing at all
    assert client.get(url("review", submission.call_id, "XYZ")).status_code == 404
    assert client.get(url("review", 99999, "VNM")).status_code == 404


def test_acknowledge_then_publish(client, users, submitted):
    client.force_login(users["secretariat"])
    address = url("review", submitted.call_id, "VNM")
    response = client.post(address, {"action": "acknowledge"}, follow=True)
    assert response.redirect_chain == [(address, 302)]
    submitted.refresh_from_db()
    assert submitted.status == SubmissionStatus.ACKNOWLEDGED
    page = html(response)
    assert "Receipt of the submission was acknowledged." in page
    assert 'value="acknowledge"' not in page and 'value="publish"' in page
    response = client.post(address, {"action": "publish"}, follow=True)
    submitted.refresh_from_db()
    assert submitted.status == SubmissionStatus.PUBLISHED and submitted.published_version.number == 1
    page = html(response)
    assert "The submission was published" in page and 'name="action"' not in page
    # Publishing again is refused with the reason.
    again = client.post(address, {"action": "publish"})
    assert again.status_code == 409 and "that step is not possible now" in html(again)


def test_a_request_for_clarification_needs_a_message(client, users, submitted):
    client.force_login(users["secretariat"])
    address = url("review", submitted.call_id, "VNM")
    response = client.post(address, {"action": "clarify", "message": "   "})
    assert response.status_code == 200 and "This field is required." in html(response)
    submitted.refresh_from_db()
    assert submitted.status == SubmissionStatus.SUBMITTED
    response = client.post(
        address, {"action": "clarify", "message": "How many <b>verifiers</b>?"}, follow=True
    )
    submitted.refresh_from_db()
    assert submitted.status == SubmissionStatus.CLARIFICATION_REQUESTED
    assert submitted.note == "How many <b>verifiers</b>?"
    page = html(response)
    assert "sent back to the State" in page and "How many &lt;b&gt;verifiers&lt;/b&gt;?" in page


def test_an_unknown_review_step_is_refused(client, users, submitted):
    client.force_login(users["secretariat"])
    response = client.post(url("review", submitted.call_id, "VNM"), {"action": "delete"})
    assert response.status_code == 400
    submitted.refresh_from_db()
    assert submitted.status == SubmissionStatus.SUBMITTED


def test_the_review_page_compares_versions(client, users, submitted, questions):
    services.request_clarification(users["secretariat"], submitted, "Please add the figures.")
    answer = submitted.answers.get(question=questions[0])
    services.save_answer(
        users["contributor"],
        submitted,
        questions[0],
        revision=answer.revision,
        implemented="yes",
        measures="Les déclarations sont déposées en ligne.",
    )
    services.submit(users["focal_point"], submitted)
    client.force_login(users["secretariat"])
    page = html(client.get(url("review", submitted.call_id, "VNM")))
    assert "What changed from version 1 to version 2" in page
    assert "déposées <del>sur</del><ins>en</ins> <del>papier.</del><ins>ligne.</ins></td>" in page
    assert "<td>Implemented</td><td>Partly</td><td>Yes</td>" in compact(page)
    assert "Version 2" in page and page.count('<th scope="row">1</th>') >= 1
    # Asking for the same version twice compares nothing.
    page = html(client.get(url("review", submitted.call_id, "VNM"), {"from": "2", "to": "2"}))
    assert "What changed from version" not in page


def test_the_review_page_links_uploaded_documents_to_the_library(client, users, call, parties, tmp_path):
    path = tmp_path / "Réponse Viet Nam.docx"
    document = docx.Document()
    document.add_paragraph("Réponse du Viet Nam à la note verbale CU 2031/45")
    document.add_paragraph("1. La loi impose une déclaration de patrimoine aux agents publics.")
    document.save(path)
    link = services.upload_document(users["contributor"], call, parties["VNM"], path, language="fr")
    services.submit(users["focal_point"], link.submission)
    client.force_login(users["secretariat"])
    page = html(client.get(url("review", call.pk, "VNM")))
    assert f'<a href="{url("document", link.document.key)}">Réponse Viet Nam.docx</a>' in page
    assert "The State answered with documents only." in page


def test_the_review_page_shows_what_changed_since_the_previous_cycle(
    client, users, submitted, questions, parties
):
    next_call = services.create_call(
        users["secretariat"],
        title_en="Asset declarations: second cycle",
        deadline=datetime.date(2032, 5, 27),
        checklist_items=["7-4"],
        previous_call=submitted.call,
    )
    services.launch_call(users["secretariat"], next_call)
    renewed = services.start_submission(users["contributor"], next_call, parties["VNM"])
    answer = renewed.answers.get()
    services.save_answer(
        users["contributor"], renewed, answer.question, revision=answer.revision, implemented="yes"
    )
    services.submit(users["focal_point"], renewed)
    client.force_login(users["secretariat"])
    page = html(client.get(url("review", next_call.pk, "VNM")))
    section = page[page.index('id="cycle-heading"') :]
    assert "<td>Implemented</td><td>Partly</td><td>Yes</td>" in compact(section)


# --- Notes verbales -------------------------------------------------------------------------------


def test_the_note_verbale_downloads_as_a_real_docx_for_the_public(client, call):
    response = client.get(url("note_verbale", call.pk, "fr", "docx"))
    assert response.status_code == 200
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert response["Content-Disposition"] == 'attachment; filename="CU-2031-45-DTA-CEB-CSS.fr.docx"'
    text = "\n".join(paragraph.text for paragraph in docx.Document(io.BytesIO(response.content)).paragraphs)
    assert "CU 2031/45/DTA/CEB/CSS" in text and "Systèmes de déclaration de patrimoine" in text


def test_the_note_verbale_downloads_as_a_real_pdf(client, call):
    response = client.get(url("note_verbale", call.pk, "en", "pdf", language="ar"))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="CU-2031-45-DTA-CEB-CSS.en.pdf"'
    pdf = pypdfium2.PdfDocument(response.content)
    text = "".join(pdf[index].get_textpage().get_text_range() for index in range(len(pdf)))
    assert "Asset declaration systems and conflicts of interest" in " ".join(text.split())


def test_a_draft_calls_note_is_for_the_secretariat_only(client, users, draft_call):
    address = url("note_verbale", draft_call.pk, "en", "docx")
    assert client.get(address).status_code == 404
    client.force_login(users["focal_point"])
    assert client.get(address).status_code == 404
    client.force_login(users["secretariat"])
    assert client.get(address).status_code == 200


@pytest.mark.parametrize(
    ("language", "fmt"), [("de", "docx"), ("zh-hans", "docx"), ("en", "odt"), ("en", "DOCX")]
)
def test_unknown_languages_and_formats_are_404(client, call, language, fmt):
    assert client.get(url("note_verbale", call.pk, language, fmt)).status_code == 404


def test_an_unknown_call_has_no_note(client, db):
    assert client.get(url("note_verbale", 99999, "en", "pdf")).status_code == 404


# --- Six languages --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_renders_in_every_language(client, users, submitted, language):
    client.force_login(users["secretariat"])
    direction = "rtl" if language == "ar" else "ltr"
    for name, args in (
        ("new_call", ()),
        ("call_dashboard", (submitted.call_id,)),
        ("review", (submitted.call_id, "VNM")),
    ):
        address = url(name, *args, language=language)
        assert address.startswith(f"/{language}/")
        response = client.get(address)
        assert response.status_code == 200, address
        assert f'<html lang="{language}" dir="{direction}">' in html(response)
