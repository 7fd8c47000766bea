"""The note verbale of a call, built from the call's records and rendered, read back from the files."""

from __future__ import annotations

import datetime
import io

import docx
import pypdfium2 as pdfium
import pytest
from django.utils import timezone

from observatory.collection import services
from observatory.collection.models import Audience, Call
from observatory.collection.note_verbale import LANGUAGES, Article
from observatory.collection.notes import MIME_TYPES, file_stem, note_files, note_for_call
from observatory.convention.models import Article as ConventionArticle
from observatory.convention.models import Topic
from observatory.core.errors import InvalidInput
from observatory.countries.models import State

from .conftest import DEADLINE, LAUNCH

#: A title per language, without Arabic diacritics (PDF text extraction moves combining marks).
TITLES = {
    "ar": "نظم إقرار الذمة المالية وتضارب المصالح",
    "zh": "资产申报制度和利益冲突",
    "en": "Asset declaration systems and conflicts of interest",
    "fr": "Systèmes de déclaration de patrimoine et conflits d’intérêts",
    "ru": "Системы декларирования активов и конфликт интересов",
    "es": "Sistemas de declaración de bienes y conflictos de intereses",
}
#: The selection of States of the selection call, and how each language lists them.
SELECTION = ["VNM", "AUT", "EGY", "CHN", "ARG"]
SELECTION_NAMES = {
    "ar": "الأرجنتين، والصين، والنمسا، وفييت نام، ومصر",
    "zh": "阿根廷、埃及、奥地利、越南和中国",
    "en": "Argentina, Austria, China, Egypt and Viet Nam",
    "fr": "Argentine, Autriche, Chine, Égypte et Viet Nam",
    "ru": "Австрия, Аргентина, Вьетнам, Египет и Китай",
    "es": "Argentina, Austria, China, Egipto y Viet Nam",
}


def docx_text(data: bytes) -> str:
    return "\n".join(paragraph.text for paragraph in docx.Document(io.BytesIO(data)).paragraphs)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(data))


@pytest.fixture
def titled_call(users, checklist, parties):
    """A draft call titled in all six languages, with a topic, to all States parties."""
    call = services.create_call(
        users["secretariat"],
        title_en=TITLES["en"],
        titles=TITLES,
        symbol="CU 2031/112/DTA/CEB/CSS",
        deadline=DEADLINE,
        articles=ConventionArticle.objects.filter(number__in=[8, 7]),
        topics=Topic.objects.filter(label_fr__gt="").order_by("position")[:1],
        checklist_items=["7-4"],
        questions=["Describe any statistics on verified declarations."],
    )
    return call


@pytest.fixture
def selection_call(users, checklist, parties):
    return services.create_call(
        users["secretariat"],
        title_en="Whistle-blower protection",
        deadline=DEADLINE,
        checklist_items=["9-1"],
        audience=Audience.SELECTION,
        states=State.objects.filter(iso3__in=SELECTION),
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_note_of_a_launched_call_in_each_language(call, language):
    note = note_for_call(call, language)
    assert note.language == language
    assert note.reference == "CU 2031/45/DTA/CEB/CSS"
    assert note.date == timezone.localdate(LAUNCH) == datetime.date(2031, 4, 1)
    assert note.deadline == DEADLINE
    assert [Article(7), Article(8)] == list(note.cited_articles)
    questions = list(call.questions.order_by("position"))
    assert note.questions == [getattr(q, f"text_{language}") or q.text_en for q in questions]
    assert note.addressees == ""  # all States parties: the template's own wording
    prefix = "zh-hans" if language == "zh" else language
    assert note.portal_url == f"/{prefix}/calls/{call.pk}/"
    assert not note.original_reference and note.original_date is None


@pytest.mark.parametrize("language", ["de", "", "english"])
def test_another_language_is_refused_naming_the_field(call, language):
    with pytest.raises(InvalidInput) as raised:
        note_for_call(call, language)
    assert raised.value.details[0]["field"] == "language"


def test_titles_fall_back_to_english_where_the_call_has_none(call):
    # The fixture's call is titled in English and French only.
    assert note_for_call(call, "fr").title == "Systèmes de déclaration de patrimoine et conflits d'intérêts"
    for language in ("ar", "zh", "ru", "es", "en"):
        assert note_for_call(call, language).title == "Asset declaration systems and conflicts of interest"


def test_questions_and_topics_are_in_the_language_or_in_english(titled_call):
    written = titled_call.questions.get(checklist_item=None)
    written.text_zh = "请说明经核实的申报的统计数据。"
    written.save()
    topic = titled_call.topics.get()
    note = note_for_call(titled_call, "zh-hans")
    assert note.language == "zh"
    assert note.title == TITLES["zh"]
    assert note.questions[-1] == "请说明经核实的申报的统计数据。"
    assert note.topics == [topic.label_zh or topic.label_en]
    assert note_for_call(titled_call, "fr").topics == [topic.label_fr]
    assert (
        note_for_call(titled_call, "ru").questions[-1] == "Describe any statistics on verified declarations."
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_selection_names_its_states_in_the_alphabetical_order_of_the_language(selection_call, language):
    addressees = note_for_call(selection_call, language).addressees
    assert SELECTION_NAMES[language] in addressees


def test_a_selection_reads_after_presents_its_compliments_to(selection_call):
    assert note_for_call(selection_call, "en").addressees == (
        "the Permanent Missions of the States concerned (Argentina, Austria, China, Egypt and Viet Nam)"
    )
    assert note_for_call(selection_call, "fr").addressees.startswith("aux Missions permanentes")
    assert note_for_call(selection_call, "ru").addressees.startswith("постоянным представительствам")
    selection_call.selected_states.set(State.objects.filter(iso3="AUT"))
    assert note_for_call(selection_call, "en").addressees == (
        "the Permanent Mission of the State concerned (Austria)"
    )


def test_a_draft_is_dated_today_and_an_explicit_date_wins(titled_call, call):
    assert titled_call.launched_at is None
    assert note_for_call(titled_call, "en").date == timezone.localdate()
    day = datetime.date(2031, 4, 3)
    assert note_for_call(titled_call, "en", date=day).date == day
    assert note_for_call(call, "en", date=day).date == day


def test_a_reminder_refers_to_the_original_note(call):
    day = datetime.date(2031, 5, 13)
    note = note_for_call(call, "es", date=day, reminder=True)
    assert note.date == day
    assert note.original_reference == call.symbol
    assert note.original_date == datetime.date(2031, 4, 1)
    assert note_for_call(call, "es", reminder=True).date == timezone.localdate()


def test_site_address_and_secretariat_contact_come_from_settings(call, settings):
    settings.OBSERVATORY_SITE_URL = "https://observatory.example.org/"
    settings.OBSERVATORY_SECRETARIAT_EMAIL = "uncac@un.org"
    settings.OBSERVATORY_SECRETARIAT_CONTACT = "Corruption and Economic Crime Branch"
    note = note_for_call(call, "zh")
    assert note.portal_url == f"https://observatory.example.org/zh-hans/calls/{call.pk}/"
    assert note.email == "uncac@un.org"
    assert note.contact == "Corruption and Economic Crime Branch"


def test_file_names_are_ascii_from_the_symbol(titled_call):
    assert file_stem(titled_call) == "CU-2031-112-DTA-CEB-CSS"
    Call.objects.filter(pk=titled_call.pk).update(symbol="  CU 2031/7 – Réf. «spécial» ")
    titled_call.refresh_from_db()
    assert file_stem(titled_call) == "CU-2031-7-Ref-special"
    for symbol in ("", "///", "《编号》"):
        titled_call.symbol = symbol
        assert file_stem(titled_call) == f"call-{titled_call.pk}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_files_open_and_show_the_title(titled_call, language):
    files = note_files(titled_call, language)
    stem = f"CU-2031-112-DTA-CEB-CSS.{language}"
    assert [(name, mime) for name, _content, mime in files] == [
        (f"{stem}.docx", MIME_TYPES["docx"]),
        (f"{stem}.pdf", MIME_TYPES["pdf"]),
    ]
    (_, word, _), (_, pdf, _) = files
    assert TITLES[language] in docx_text(word)
    # The PDF's text comes back line by line; a Chinese line breaks anywhere, with no space.
    text = pdf_text(pdf).replace("\r\n", "\n").replace("\n", "" if language == "zh" else " ")
    assert TITLES[language] in text


def test_a_reminders_files_are_named_apart_and_cite_the_original(call):
    files = note_files(call, "en", date=datetime.date(2031, 5, 13), reminder=True)
    assert [name for name, _content, _mime in files] == [
        "CU-2031-45-DTA-CEB-CSS.reminder.en.docx",
        "CU-2031-45-DTA-CEB-CSS.reminder.en.pdf",
    ]
    text = docx_text(files[0][1])
    assert "refer to its note verbale CU 2031/45/DTA/CEB/CSS of 1 April 2031" in text
    assert "13 May 2031" in text
