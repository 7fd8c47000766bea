"""The note verbale renderer: six languages, DOCX and PDF, read back from the files it writes."""

from __future__ import annotations

import ctypes
import datetime as dt
import io
import zipfile

import docx
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from docx.oxml.ns import qn

from observatory.collection.note_verbale import (
    LANGUAGES,
    Article,
    NoteVerbale,
    NoteVerbaleTemplateError,
    default_template,
    format_articles,
    format_date,
    render_note_verbale,
    render_note_verbale_html,
    validate_template,
)
from observatory.collection.note_verbale._pdf import local_fetcher
from observatory.core.errors import InvalidInput

REFERENCE = "CU 2026/123/DTA/CEB/CSS"
DEADLINE = {
    "ar": "27 أيار/مايو 2026",
    "zh": "2026年5月27日",
    "en": "27 May 2026",
    "fr": "27 mai 2026",
    "ru": "27 мая 2026 года",
    "es": "27 de mayo de 2026",
}
#: Per language: the title, one question, and a phrase of the default template (no diacritics in the
#: Arabic one: PDF text extraction moves combining marks).
CONTENT = {
    "ar": (
        "نظم إقرار الذمة المالية وتضارب المصالح",
        "هل لدى دولتكم نظام لإقرار الذمة المالية؟",
        "أطيب تحياتها",
    ),
    "zh": ("资产申报制度和利益冲突", "贵国是否建立了公职人员资产申报制度？", "常驻代表团致意"),
    "en": (
        "Asset declaration systems and conflicts of interest",
        "Does your country require public officials to declare their assets?",
        "presents its compliments",
    ),
    "fr": (
        "Systèmes de déclaration de patrimoine et conflits d’intérêts",
        "Votre pays exige-t-il des agents publics qu’ils déclarent leur patrimoine ?",
        "présente ses compliments",
    ),
    "ru": (
        "Системы декларирования активов и конфликт интересов",
        "Обязаны ли публичные должностные лица в вашей стране декларировать свои активы?",
        "свидетельствует свое уважение",
    ),
    "es": (
        "Sistemas de declaración de bienes y conflictos de intereses",
        "¿Exige su país que los funcionarios públicos declaren sus bienes?",
        "saluda atentamente",
    ),
}


def note_fields(language: str) -> dict:
    title, question, _ = CONTENT[language]
    return {
        "language": language,
        "reference": REFERENCE,
        "date": dt.date(2026, 3, 2),
        "title": title,
        "deadline": dt.date(2026, 5, 27),
        "articles": [Article(7, "4"), Article(8, "5")],
        "topics": ["conflicts of interest"],
        "questions": [question, "Second question"],
        "portal_url": "https://observatory.example.org/calls/12/",
        "email": "uncac@un.org",
        "contact": "Corruption and Economic Crime Branch",
    }


def make_note(language: str, **changes) -> NoteVerbale:
    return NoteVerbale(**(note_fields(language) | changes))


def docx_text(data: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def pdf_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    return "\n".join(page.get_textpage().get_text_range() for page in pdf)


def pdf_fonts(data: bytes) -> set[tuple[str, bool]]:
    """(base font name, embedded?) of every font the PDF's text uses."""
    fonts = set()
    for page in pdfium.PdfDocument(data):
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT]):
            font = pdfium_c.FPDFTextObj_GetFont(obj.raw)
            size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
            buffer = ctypes.create_string_buffer(size)
            pdfium_c.FPDFFont_GetBaseFontName(font, buffer, size)
            fonts.add((buffer.value.decode(), bool(pdfium_c.FPDFFont_GetIsEmbedded(font))))
    return fonts


# --- language -----------------------------------------------------------------------------------


def test_dates_are_written_as_the_un_writes_them():
    day = dt.date(2011, 5, 27)
    assert [format_date(day, language) for language in LANGUAGES] == [
        "27 أيار/مايو 2011",
        "2011年5月27日",
        "27 May 2011",
        "27 mai 2011",
        "27 мая 2011 года",
        "27 de mayo de 2011",
    ]
    assert format_date(dt.date(2011, 6, 1), "fr") == "1er juin 2011"
    assert format_date(dt.date(2011, 6, 1), "ar") == "1 حزيران/يونيه 2011"


def test_articles_are_cited_in_each_language():
    cited = [Article(7, "4"), Article(8, "5")]
    assert (
        format_articles(cited, "en")
        == "article 7, paragraph 4, and article 8, paragraph 5, of the Convention"
    )
    assert (
        format_articles([Article(5), Article(7), Article(9)], "en") == "articles 5, 7 and 9 of the Convention"
    )
    assert (
        format_articles(cited, "fr")
        == "du paragraphe 4 de l’article 7 et du paragraphe 5 de l’article 8 de la Convention"
    )
    assert format_articles([Article(9)], "es") == "del artículo 9 de la Convención"
    assert format_articles([Article(7), Article(8)], "ru") == "статей 7 и 8 Конвенции"
    assert format_articles([Article(7), Article(8)], "ar") == "المادتين 7 و8 من الاتفاقية"
    assert format_articles([Article(63, "7")], "zh") == "《公约》第六十三条第七款"


@pytest.mark.parametrize("language", LANGUAGES)
def test_default_templates_are_valid(language):
    assert validate_template(default_template(language)) == []


# --- DOCX ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_docx_in_each_language(language):
    data = render_note_verbale(make_note(language), format="docx")
    document = docx.Document(io.BytesIO(data))
    text = docx_text(data)
    title, question, phrase = CONTENT[language]
    for expected in (REFERENCE, DEADLINE[language], title, phrase, "uncac@un.org"):
        assert expected in text
    number = "1-" if language == "ar" else "1."
    assert f"{number}\t{question}" in text.splitlines()
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)

    paragraphs = [p for p in document.paragraphs if p.text]
    runs = [r for p in paragraphs for r in p.runs]
    bidi = [p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None for p in paragraphs]
    rtl = [r._r.rPr is not None and r._r.rPr.find(qn("w:rtl")) is not None for r in runs]
    if language == "ar":
        assert all(bidi) and all(rtl)
        assert section._sectPr.find(qn("w:bidi")) is not None
    else:
        assert not any(bidi) and not any(rtl)
    fonts = [r._r.rPr.find(qn("w:rFonts")) for r in runs]
    assert {f.get(qn("w:eastAsia")) for f in fonts} == {"Noto Serif CJK SC"}
    assert {f.get(qn("w:cs")) for f in fonts} == {"Noto Naskh Arabic"}
    assert {f.get(qn("w:hint")) for f in fonts} == ({"eastAsia"} if language == "zh" else {None})


def test_docx_properties_follow_the_schema_order():
    # Word refuses a file whose rPr children are out of order: w:rtl must come before w:lang.
    data = render_note_verbale(make_note("ar"), format="docx")
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    run_properties = xml.split("<w:rPr>")[1].split("</w:rPr>")[0]
    assert (
        run_properties.index("<w:rFonts") < run_properties.index("<w:rtl/>") < run_properties.index("<w:lang")
    )
    paragraph_properties = xml.split("<w:pPr>")[1].split("</w:pPr>")[0]
    assert paragraph_properties.index("<w:bidi/>") < paragraph_properties.index("<w:jc")


# --- PDF ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_pdf_in_each_language(language):
    data = render_note_verbale(make_note(language), format="pdf")
    assert data.startswith(b"%PDF-")
    # Lines wrap wherever the layout puts them: compare with line breaks as spaces.
    text = " ".join(pdf_text(data).split())
    _, question, phrase = CONTENT[language]
    deadline = DEADLINE[language]
    if language == "ar":
        # pdfium extracts the full stop after the year ahead of it (".2026"): compare day and month.
        deadline = deadline.rsplit(" ", 1)[0]
    for expected in (REFERENCE, deadline, phrase, question):
        assert expected in text
    if language != "ar":
        # pdfium extracts Latin words inside an Arabic line in visual order ("org.un@uncac").
        assert "uncac@un.org" in text
    width, height = pdfium.PdfDocument(data)[0].get_size()
    assert (round(width * 25.4 / 72), round(height * 25.4 / 72)) == (210, 297)

    fonts = pdf_fonts(data)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    names = " ".join(name.replace("-", "") for name, _ in fonts)
    expected_font = {"ar": "NotoNaskhArabic", "zh": "NotoSerifCJKSC"}.get(language, "NotoSerif")
    assert expected_font in names, fonts


def test_pdf_html_is_right_to_left_for_arabic_only():
    assert '<html lang="ar" dir="rtl">' in render_note_verbale_html(make_note("ar"))
    assert '<html lang="zh-Hans" dir="ltr">' in render_note_verbale_html(make_note("zh"))


def test_fetcher_refuses_the_network(tmp_path):
    fetcher = local_fetcher()
    for url in ("http://127.0.0.1:9/x.png", "https://example.org/font.woff2", "ftp://example.org/x"):
        with pytest.raises(ValueError, match="only local files"):
            fetcher.fetch(url)
    local = tmp_path / "x.css"
    local.write_text("p {}")
    response = fetcher.fetch(local.as_uri())
    assert response.read() == b"p {}"
    response.close()


# --- hostile input ------------------------------------------------------------------------------

PAYLOAD = '<script>alert("nv")</script><img src="http://127.0.0.1:9/x.png">'


def test_markup_in_fields_is_text_in_every_format():
    note = make_note("en", title=PAYLOAD, questions=[PAYLOAD], contact="<b>bold</b> & co")
    html = render_note_verbale_html(note)
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&amp; co" in html
    assert PAYLOAD in docx_text(render_note_verbale(note, format="docx"))
    assert "<script>alert(" in pdf_text(render_note_verbale(note, format="pdf"))


def test_fields_are_not_read_as_template_code():
    note = make_note("en", title="{{ email }} {% if email %}x{% endif %}", topics=["\n\n{{ questions }}\n\n"])
    text = docx_text(render_note_verbale(note, format="docx"))
    assert "“{{ email }} {% if email %}x{% endif %}”" in text
    assert "{{ questions }}" in text  # a field cannot forge the questions' paragraph either


def test_control_characters_do_not_break_the_docx():
    note = make_note("en", title="Title\x00 with\x0b controls\x1f")
    assert "“Title with controls”" in docx_text(render_note_verbale(note, format="docx"))


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("language", "de", "unknown language 'de'"),
        ("articles", [72], "not an article of the Convention"),
        ("deadline", "2026-05-27", "deadline must be a date"),
    ],
)
def test_bad_fields_are_named(field, value, message):
    with pytest.raises(InvalidInput, match=message) as caught:
        NoteVerbale(**(note_fields("en") | {field: value}))
    assert caught.value.details[0]["field"] == field


# --- templates ----------------------------------------------------------------------------------


def test_an_edited_template_is_used():
    template = "Dear {{ addressees }}: {{ title|upper }}.\n\n{{ questions }}\n\nBy {{ deadline }}."
    text = docx_text(render_note_verbale(make_note("en"), template=template, format="docx"))
    assert "Dear the Permanent Missions" in text
    assert "ASSET DECLARATION SYSTEMS" in text
    assert "By 27 May 2026." in text


@pytest.mark.parametrize(
    ("template", "problem"),
    [
        ("{{ questions }}\n\n{% if title %}{{ deadline }}", "line 3: Unclosed tag on line 3: 'if'"),
        ("{{ questions }}\n\n{{ deadline }}\n\n{{ titel }}", "line 5: unknown placeholder {{ titel }}"),
        ("{{ questions }}\n\n{{ deadline }} {{ title.upper }}", "a placeholder has no parts"),
        ("{{ questions }}\n\n{{ deadline }} {{ title|safe }}", "the filter |safe is not allowed"),
        ("{{ questions }}\n\n{{ deadline }}{% debug %}", "the tag {% debug %} is not allowed"),
        ("{{ questions }}\n\n{{ deadline }}{% include 'x.txt' %}", "the tag {% include %} is not allowed"),
        ("{% load static %}{{ questions }}\n\n{{ deadline }}", "the tag {% load %} is not allowed"),
        ("{{ questions }}\n\n{{ deadline }}{% frobnicate %}", "Invalid block tag on line 3: 'frobnicate'"),
        ("{{ questions }}", "never shows {{ deadline }}"),
        ("By {{ deadline }}: {{ questions }}", "{{ questions }} must stand alone in its paragraph"),
    ],
)
def test_malformed_templates_are_refused_with_a_clear_error(template, problem):
    problems = validate_template(template)
    assert any(problem in p for p in problems), problems
    with pytest.raises(NoteVerbaleTemplateError) as caught:
        render_note_verbale(make_note("en"), template=template, format="docx")
    assert problem in caught.value.message
    assert caught.value.code == "invalid_template"


def test_a_reminder_refers_to_the_first_note():
    note = make_note("fr", original_reference="CU 2026/100/DTA/CEB/CSS", original_date=dt.date(2026, 1, 1))
    text = docx_text(render_note_verbale(note, format="docx"))
    assert "se référer à sa note verbale CU 2026/100/DTA/CEB/CSS du 1er janvier 2026" in text
    assert "qui ne l’ont pas encore fait" in text


def test_optional_passages_disappear_when_empty():
    note = make_note("en", articles=[], topics=[], questions=[], portal_url="", email="", contact="")
    text = docx_text(render_note_verbale(note, format="docx"))
    assert "concerning the implementation" not in text
    assert "following questions" not in text and "For further information" not in text
    assert "Replies may be submitted in any of the six official languages of the United Nations." in text
