"""The report "Status of implementation of resolution N": real DOCX files opened with python-docx, real PDF
files opened with pypdfium2, in the six languages; Arabic right to left, Chinese fonts embedded; only what
the reader may see."""

from __future__ import annotations

import ctypes
import datetime
import io
import re
import zipfile

import docx
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import Http404
from django.test import RequestFactory
from django.utils import translation
from docx.oxml.ns import qn

from observatory.core.errors import InvalidInput, NotFound
from observatory.library.models import Visibility
from observatory.library.un_document import Block, Span, UNDocument, render_html
from observatory.mandates.models import MandateStatus
from observatory.mandates.reports import build_status_report, status_report, status_report_html
from tests.library_documents import make_document
from tests.mandates import test_exports as world
from tests.mandates.test_exports import (
    FOLLOW_UP_12,
    PROPOSED_EVIDENCE,
    RESOLUTION_8_2,
    SECRET_EVIDENCE,
    SECRET_MANDATE,
    resolution_paragraphs,
)

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
INTERFACE = {"zh": "zh-hans"}
ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670]")
TAGS = {"ar": "ar-SA", "zh": "zh-CN", "en": "en-GB", "fr": "fr-FR", "ru": "ru-RU", "es": "es-ES"}
#: Before the Conference's eleventh session (15 December 2025), after the ninth (the reports' due date).
TODAY = datetime.date(2025, 6, 1)

# The tracker's world (tests/mandates/test_exports.py), bound here so that pytest finds it.
tracker = world.tracker


def report(user, tracker, language: str, fmt: str, resolution: str = "8/2", document=None) -> bytes:
    return status_report(
        user, document or tracker.resolution, resolution, language=language, format=fmt, today=TODAY
    )


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    cells = [p.text for table in document.tables for cell in table._cells for p in cell.paragraphs]
    return "\n".join(cells + [p.text for p in document.paragraphs])


def pdf_text(data: bytes) -> str:
    return "\n".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(data))


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


def label(language: str, choice) -> str:
    """A choice's label as the report in ``language`` prints it."""
    with translation.override(INTERFACE.get(language, language)):
        return str(choice.label)


def language_name(language: str, of: str) -> str:
    with translation.override(INTERFACE.get(language, language)):
        return str(dict(settings.LANGUAGES)[INTERFACE.get(of, of)])


# --- DOCX ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_docx_in_each_language(users, tracker, language):
    data = report(None, tracker, language, "docx")
    document = docx.Document(io.BytesIO(data))
    text = docx_text(data)
    # The resolution is quoted in the report's language where the document has that version (Arabic,
    # Chinese, English, French), else in English, the language named after it.
    quoted = RESOLUTION_8_2.get(language, RESOLUTION_8_2["en"])
    for key in ("op 1", "op 2", "op 3"):
        assert quoted[key] in text
    if language in ("ru", "es"):
        assert f"({language_name(language, 'en')})" in text
    for status in (MandateStatus.IMPLEMENTED, MandateStatus.IN_PROGRESS, MandateStatus.OPEN):
        assert label(language, status) in text
    assert "CAC/COSP/2025/…" in text and "CAC/COSP/2021/5" in text
    # The evidence quoted in Chinese where the follow-up report has a Chinese version.
    assert FOLLOW_UP_12["zh" if language == "zh" else "en"] in text
    number = "1-" if language == "ar" else "1."
    assert any(p.text.startswith(f"{number}\t") for p in document.paragraphs)
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert document.core_properties.language == TAGS[language]
    runs = [r for p in document.paragraphs for r in p.runs if r.text.strip()]
    fonts = [r._r.rPr.find(qn("w:rFonts")) for r in runs]
    assert {f.get(qn("w:eastAsia")) for f in fonts} == {"Noto Serif CJK SC"}
    assert {f.get(qn("w:cs")) for f in fonts} == {"Noto Naskh Arabic"}


def test_arabic_docx_is_right_to_left(users, tracker):
    data = report(None, tracker, "ar", "docx")
    document = docx.Document(io.BytesIO(data))
    paragraphs = [p for p in document.paragraphs if p.text.strip()]

    def bidi(paragraph) -> bool:
        return paragraph._p.pPr is not None and paragraph._p.pPr.find(qn("w:bidi")) is not None

    assert paragraphs and all(bidi(p) for p in paragraphs)
    assert document.sections[0]._sectPr.find(qn("w:bidi")) is not None
    # The masthead's columns in reading order: "United Nations" on the right.
    assert document.tables[0]._tbl.tblPr.find(qn("w:bidiVisual")) is not None
    arabic = next(p for p in paragraphs if RESOLUTION_8_2["ar"]["op 2"] in p.text)
    assert all(r._r.rPr.find(qn("w:rtl")) is not None for r in arabic.runs)
    # The evidence is quoted from the English version: that run is not right to left.
    quoted = next(r for p in paragraphs for r in p.runs if FOLLOW_UP_12["en"] in r.text)
    assert quoted._r.rPr.find(qn("w:rtl")) is None
    # Word refuses properties out of schema order: w:bidi before w:jc, w:rtl before w:lang.
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    numbered = xml.split("1-\t")[0].rsplit("<w:pPr>", 1)[1]
    assert numbered.index("<w:bidi/>") < numbered.index("<w:jc")
    run = xml.split("<w:rtl/>")[0].rsplit("<w:rPr>", 1)[1]
    assert "<w:lang" not in run


def test_other_languages_are_left_to_right(users, tracker):
    document = docx.Document(io.BytesIO(report(None, tracker, "zh", "docx")))
    assert not any(
        p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None for p in document.paragraphs
    )
    assert document.sections[0]._sectPr.find(qn("w:bidi")) is None
    hints = {r._r.rPr.find(qn("w:rFonts")).get(qn("w:hint")) for p in document.paragraphs for r in p.runs}
    assert hints == {"eastAsia"}


# --- PDF ----------------------------------------------------------------------------------------


def test_english_pdf(users, tracker):
    data = report(None, tracker, "en", "pdf")
    assert data.startswith(b"%PDF-")
    text = " ".join(pdf_text(data).split())
    for key in ("op 1", "op 2", "op 3"):
        assert RESOLUTION_8_2["en"][key] in text
    for expected in (
        "Status of implementation of resolution 8/2",
        "CAC/COSP/2025/… (draft)",
        "Status: Implemented.",
        "Status: In progress.",
        "Status: Open (overdue).",
        "Conference of the States Parties, session 9 (due 13 December 2021)",
        "CAC/COSP/2021/5, paragraph 12:",
        FOLLOW_UP_12["en"],
    ):
        assert expected in text, expected
    width, height = pdfium.PdfDocument(data)[0].get_size()
    assert (round(width * 25.4 / 72), round(height * 25.4 / 72)) == (210, 297)
    fonts = pdf_fonts(data)
    assert fonts and all(embedded for _, embedded in fonts), fonts


def test_chinese_pdf_embeds_its_fonts(users, tracker):
    data = report(None, tracker, "zh", "pdf")
    # Chinese lines wrap anywhere: compare without whitespace.
    text = "".join(pdf_text(data).split())
    for key in ("title", "op 1", "op 2", "op 3"):
        assert RESOLUTION_8_2["zh"][key] in text
    assert FOLLOW_UP_12["zh"] in text and label("zh", MandateStatus.IMPLEMENTED) in text
    fonts = pdf_fonts(data)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert "NotoSerifCJKSC" in " ".join(name.replace("-", "") for name, _ in fonts)


def test_arabic_pdf_is_right_to_left(users, tracker):
    data = report(None, tracker, "ar", "pdf")
    # pdfium gives Arabic words in logical order, but detaches vowel marks (tanwin, shadda) into runs of
    # their own: compare words, marks left out.
    words = set(ARABIC_MARKS.sub("", pdf_text(data)).split())
    for word in ("الأمانة", "المشتريات", "العمومية", "الذمة", "الفساد", "الأطراف"):
        assert word in words
    fonts = pdf_fonts(data)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert "NotoNaskhArabic" in " ".join(name.replace("-", "") for name, _ in fonts)
    html = status_report_html(None, tracker.resolution, "8/2", language="ar", today=TODAY)
    assert '<html lang="ar" dir="rtl">' in html
    # The English quotation of the evidence runs left to right inside the Arabic page.
    assert '<span lang="en" dir="ltr">' in html


# --- what the reader may see ---------------------------------------------------------------------


def test_the_report_shows_only_confirmed_evidence_the_reader_may_see(users, tracker):
    public = docx_text(report(None, tracker, "en", "docx"))
    assert FOLLOW_UP_12["en"] in public
    assert SECRET_EVIDENCE not in public and "CAC/COSP/2021/CRP.9" not in public
    assert PROPOSED_EVIDENCE not in public
    secretariat = docx_text(report(users["secretariat"], tracker, "en", "docx"))
    assert SECRET_EVIDENCE in secretariat and "CAC/COSP/2021/CRP.9" in secretariat
    # A report states what was established: not even a curator's report shows proposals or rejections.
    assert PROPOSED_EVIDENCE not in secretariat


def test_a_resolution_the_reader_may_not_see_is_not_found(users, tracker):
    with pytest.raises(NotFound) as hidden:
        report(None, tracker, "en", "docx", "9/9", tracker.secret_resolution)
    assert hidden.value.status == 404
    assert SECRET_MANDATE in docx_text(
        report(users["secretariat"], tracker, "en", "docx", "9/9", tracker.secret_resolution)
    )
    assert SECRET_MANDATE not in hidden.value.message
    with pytest.raises(NotFound):
        report(None, tracker, "en", "docx", "1/1")
    # A States-parties document: for States' people, not for the public.
    tracker.resolution.visibility = Visibility.STATES_PARTIES
    tracker.resolution.save()
    with pytest.raises(NotFound):
        report(users["provider"], tracker, "en", "docx")
    assert RESOLUTION_8_2["en"]["op 2"] in docx_text(report(users["focal_point"], tracker, "en", "docx"))


def test_unknown_language_and_format(users, tracker):
    with pytest.raises(InvalidInput, match="Unknown language"):
        report(None, tracker, "de", "docx")
    with pytest.raises(InvalidInput, match="Unknown format"):
        report(None, tracker, "en", "odt")


# --- contents -----------------------------------------------------------------------------------


def test_symbol_line_and_masthead(users, tracker):
    built = build_status_report(None, tracker.resolution, "8/2", language="zh-hans", today=TODAY)
    assert built.language == "zh" and built.symbol.startswith("CAC/COSP/2025/…")
    assert "CAC/COSP/2019/17" in built.symbol_note and built.date == "2025年6月1日"
    assert built.resolution_title == RESOLUTION_8_2["zh"]["title"]
    assert built.file_stem == "status-8-2.CAC-COSP-2019-17.zh"
    # No later session with known dates: the year of the day the report is made.
    later = build_status_report(
        None, tracker.resolution, "8/2", language="en", today=datetime.date(2026, 11, 30)
    )
    assert later.symbol.startswith("CAC/COSP/2026/…") and later.session_line == ""
    # A document without a UN symbol keeps its own name, and the note says what the report is.
    plain = make_document(
        "demo-resolutions",
        versions={"en": resolution_paragraphs("1/1", {"op 1": "Requests the Secretariat to act;"})},
    )
    plain.symbol = ""
    plain.save()
    built = build_status_report(None, plain, "1/1", language="en", today=TODAY)
    assert built.symbol == "demo-resolutions" and "not an official document symbol" in built.symbol_note
    # Its only operative paragraph is listed though no mandate was recorded for it.
    assert "No mandate has been recorded for this paragraph." in [b.text for b in built.blocks]


def test_each_operative_paragraph_is_one_entry_with_its_mandates(users, tracker):
    built = build_status_report(None, tracker.resolution, "8/2", language="en", today=TODAY)
    headings = [b.text for b in built.blocks if b.kind == "heading"]
    assert headings == ["Operative paragraph 1", "Operative paragraph 2", "Operative paragraph 3"]
    numbers = [b.number for b in built.blocks if b.number and b.kind != "chapter"]
    assert numbers == [f"{n}." for n in range(1, len(numbers) + 1)]
    texts = [b.text for b in built.blocks]
    clause = next(t for t in texts if t.startswith("Clause 2."))
    assert "Addressed to: Secretariat." in clause and "Status: Open (overdue)." in clause
    op2 = next(t for t in texts if "Conditions:" in t)
    assert "subject to the availability of extrabudgetary resources" in op2
    assert "Articles of the Convention: 9." in op2 and "Topics: Public procurement." in op2
    # Declarative paragraphs await no evidence.
    declarative = texts.index(next(t for t in texts if t.startswith("Action: Declarative")))
    assert built.blocks[declarative + 1].kind == "heading"


def test_fallback_paragraphs_run_in_their_own_direction(users, tracker):
    built = build_status_report(None, tracker.resolution, "8/2", language="ru", today=TODAY)
    quotes = [b for b in built.blocks if b.kind == "quote"]
    assert len(quotes) == 3 and {b.language for b in quotes} == {"en"}
    assert quotes[0].spans[-1].language == "ru" and quotes[0].spans[-1].italic
    html = render_html(built)
    assert '<p class="quote numbered" lang="en" dir="ltr">' in html


def test_html_escapes_every_text():
    built = UNDocument(
        language="en",
        symbol="<b>",
        symbol_note="",
        organization="United Nations",
        date="1 June 2025",
        body_name="x",
        session_line="",
        title="<script>alert(1)</script>",
        resolution_title="",
        subtitle="",
        blocks=[Block("paragraph", (Span("<img src=x onerror=alert(1)>"),), "en", "1.")],
    )
    html = render_html(built)
    assert "<script>" not in html and "<img" not in html and "&lt;img src=x" in html


# --- the portal's download view ------------------------------------------------------------------


def test_status_report_view(users, tracker):
    from observatory.portal import mandate_exports

    request = RequestFactory().get("/en/mandates/resolutions/x/status.docx", {"language": "zh"})
    request.user = AnonymousUser()
    response = mandate_exports.status_report(request, key="CAC/COSP/2019/17", session=8, number=2, fmt="docx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert 'filename="status-8-2.CAC-COSP-2019-17.zh.docx"' in response["Content-Disposition"]
    assert RESOLUTION_8_2["zh"]["op 2"] in docx_text(response.content)
    with pytest.raises(Http404):
        mandate_exports.status_report(request, key="CAC/COSP/2021/CRP.10", session=9, number=9, fmt="docx")
    with pytest.raises(Http404):
        mandate_exports.status_report(request, key="CAC/COSP/2019/17", session=8, number=2, fmt="odt")
