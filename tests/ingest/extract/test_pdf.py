"""PDF: paragraphs in reading order, footnotes, page debris removed, Arabic in logical order."""

import pypdfium2 as pdfium
import pytest

from observatory.ingest.extract import extract_bytes, pdf_lines
from tests.ingest.extract.builders import PAGE_STYLE, SENTENCES, paragraph, pdf_from_html, plain_pdf

REPORT_STYLE = (
    PAGE_STYLE
    + """
@page { @top-center { content: "CAC/COSP/2009/15"; font-size: 9pt }
        @bottom-right { content: counter(page); font-size: 9pt } }
@page :first { @top-center { content: none }
               @bottom-left { content: "V.09-87654 (E)    201109    231109"; font-size: 8pt }
               @bottom-right { content: "*0987654*"; font-size: 9pt } }
h1 { font-size: 16pt; margin: 0 0 12pt 0 }
"""
)
OPERATIVE = (
    "the work carried out by the Secretariat to gather information on national efforts to implement the "
    "Convention, including its provisions on prevention, through a self-assessment checklist on the "
    "implementation of the Convention, as reflected in the relevant reports prepared by the Secretariat"
)


@pytest.fixture(scope="module")
def report():
    body = [
        "<h1>Preventive measures</h1>",
        f'<p>1. <i>Takes note with appreciation</i> of {OPERATIVE}.<span class="fn">United Nations, '
        "<i>Treaty Series</i>, vol. 2349, No. 42146.</span></p>",
        *(paragraph(language) for language in ("ar", "zh", "en", "fr", "ru", "es")),
        "<p>2. <i>Decides</i> to establish a working group."
        f'<span class="fn">CAC/COSP/2009/9 and Add.1.</span> '
        f"{OPERATIVE}.</p>",
        '<p style="page-break-before: always">3. <i>Requests</i> the Secretariat to report to the Conference '
        f"at its fourth session. {OPERATIVE}.</p>",
        '<p style="page-break-before: always">4. <i>Urges</i> States parties to raise public awareness.</p>',
    ]
    return extract_bytes(pdf_from_html("".join(body), REPORT_STYLE, title="Resolution 3/2"), "resolution.pdf")


def texts(document, kind="text"):
    return [block.text for block in document.blocks if block.kind == kind]


def test_paragraphs_in_reading_order_with_their_sizes(report):
    body = [block for block in report.blocks if block.kind == "text"]
    assert body[0].text == "Preventive measures"
    assert body[0].font_size == 16.0
    assert body[1].text == f"1. Takes note with appreciation of {OPERATIVE}."
    assert body[1].font_size == 10.0
    assert [block.text for block in body[2:8]] == [
        SENTENCES[language] for language in ("ar", "zh", "en", "fr", "ru", "es")
    ]
    assert body[8].text.startswith("2. Decides to establish a working group. the work carried out")


def test_italic_opening_after_the_printed_number(report):
    body = [block for block in report.blocks if block.kind == "text"]
    assert body[1].italic_start == "Takes note with appreciation"
    assert body[8].italic_start == "Decides"
    assert body[2].italic_start is None


def test_footnotes_with_their_markers_and_calls_left_out(report):
    notes = [block for block in report.blocks if block.kind == "footnote"]
    assert [(note.marker, note.text) for note in notes] == [
        ("1", "United Nations, Treaty Series, vol. 2349, No. 42146."),
        ("2", "CAC/COSP/2009/9 and Add.1."),
    ]
    assert all(note.page == 1 and note.font_size == 8.0 for note in notes)
    # The raised calls are not glued to the words they follow.
    assert "Secretariat." in texts(report)[1]
    assert "group.2" not in " ".join(texts(report))


def test_running_headers_page_numbers_job_numbers_and_barcodes_are_gone(report):
    everything = " ".join(block.text for block in report.blocks)
    for debris in ("CAC/COSP/2009/15", "V.09-87654", "*0987654*", "201109"):
        assert debris not in everything
    assert not any(block.text.strip().isdigit() for block in report.blocks)


def test_pages_and_page_breaks(report):
    assert report.pages == 3
    assert report.format == "pdf"
    assert report.title == "Resolution 3/2"
    breaks = [block for block in report.blocks if block.kind == "page_break"]
    assert [block.page for block in breaks] == [2, 3]
    assert all(block.text == "" for block in breaks)
    third = [block for block in report.blocks if block.page == 3 and block.kind == "text"]
    assert [block.text for block in third] == ["4. Urges States parties to raise public awareness."]
    assert report.warnings == []


def test_arabic_in_logical_order_with_numbers_symbols_and_brackets():
    lines = [
        "1- يطلب إلى الأمانة أن تجمع المعلومات عن الممارسات الجيدة في مجال منع الفساد وأن تحللها وتعممها.",
        "(أ) مساعدة المؤتمر على تطوير المعارف وتجميعها في مجال منع الفساد؛",
        "2. يشير إلى المادة 5 من الاتفاقية وإلى الوثيقة CAC/COSP/2009/15 الصادرة في عام 2009.",
    ]
    note = "الأمم المتحدة، مجموعة المعاهدات، المجلد 2349، الرقم 42146."
    opening = " ".join([SENTENCES["ar"]] * 6)  # a paragraph of several lines, as documents have
    body = paragraph("ar", opening) + "".join(
        paragraph("ar", line if index else f'{line[:-1]}<span class="fn" dir="rtl">{note}</span>.')
        for index, line in enumerate(lines)
    )
    document = extract_bytes(pdf_from_html(body), "ar.pdf")
    assert texts(document) == [opening, *lines]
    assert [(block.marker, block.text) for block in document.blocks if block.kind == "footnote"] == [
        ("1", note)
    ]


def test_chinese_lines_join_without_spaces_and_hyphenated_words_stay_whole():
    long_chinese = SENTENCES["zh"] * 4
    body = paragraph("zh", long_chinese) + "<p>a well-functioning anti-<br>corruption body</p>"
    document = extract_bytes(pdf_from_html(body), "zh.pdf")
    assert texts(document) == [long_chinese, "a well-functioning anti-corruption body"]


def test_paragraphs_told_apart_by_first_line_indent_without_spacing():
    style = PAGE_STYLE + "p { margin: 0; text-indent: 2em }"
    first = "Recognizing the prominence that the Convention has given to the prevention of corruption " * 3
    second = (
        "Stressing the importance of implementing articles 5 to 14 of the Convention to prevent corruption "
        * 3
    )
    document = extract_bytes(pdf_from_html(f"<p>{first}</p><p>{second}</p>", style), "indent.pdf")
    assert texts(document) == [first.strip(), second.strip()]


def test_page_without_text_among_pages_with_text_is_a_warning():
    pixel = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    body = (
        paragraph("es")
        + '<div style="page-break-before: always">'
        + f'<img src="data:image/png;base64,{pixel}" style="width: 10cm"></div>'
        + '<p style="page-break-before: always">Tercera página.</p>'
    )
    document = extract_bytes(pdf_from_html(body), "mixed.pdf")
    assert texts(document) == [SENTENCES["es"], "Tercera página."]
    assert document.warnings == ["page 2 has no text (a scanned image?); its content is missing"]
    assert [block.page for block in document.blocks if block.kind == "page_break"] == [2, 3]


def test_footnotes_below_a_rule_of_underscores():
    style = PAGE_STYLE + ".foot { position: absolute; bottom: 0; font-size: 10pt }"
    body = (
        paragraph("fr")
        + '<div class="foot"><p>__________________</p><p>7 Nations Unies, Recueil des Traités, vol. 2349.</p>'
        "<p>8 CAC/COSP/2009/9.</p></div>"
    )
    document = extract_bytes(pdf_from_html(body, style), "fr.pdf")
    assert texts(document) == [SENTENCES["fr"]]
    assert [(block.marker, block.text) for block in document.blocks if block.kind == "footnote"] == [
        ("7", "Nations Unies, Recueil des Traités, vol. 2349."),
        ("8", "CAC/COSP/2009/9."),
    ]


def test_small_print_without_a_marker_stays_body_text():
    style = PAGE_STYLE + ".small { font-size: 7pt; position: absolute; bottom: 0 }"
    body = paragraph("ru") + '<p class="small">Примечание: перевод предварительный.</p>'
    document = extract_bytes(pdf_from_html(body, style), "ru.pdf")
    assert texts(document) == [SENTENCES["ru"], "Примечание: перевод предварительный."]
    assert texts(document, "footnote") == []


def test_lines_of_one_text_object_and_an_italic_run():
    content = (
        b"BT /F1 12 Tf 72 700 Td (Recalling article 61, paragraph 2, of the Convention, which) Tj "
        b"0 -14 Td (stresses the importance of sharing best practices) Tj ET "
        b"BT /F2 12 Tf 72 660 Td (Requests) Tj /F1 12 Tf ( the Secretariat to report.) Tj ET"
    )
    resources = (
        b"<< /Font << /F1 4 0 R /F2 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique >> >> >>"
    )
    document = extract_bytes(plain_pdf(content, resources), "plain.pdf")
    assert [(block.text, block.italic_start) for block in document.blocks] == [
        ("Recalling article 61, paragraph 2, of the Convention, which stresses the importance of sharing "
         "best "
         "practices", None),
        ("Requests the Secretariat to report.", "Requests"),
    ]  # fmt: skip
    assert document.blocks[0].font_size == 12.0


def test_reading_rectangles_by_area_gives_the_same_runs():
    # The slower way is taken when PDFium's text and character indexes disagree; both must agree.
    data = pdf_from_html(
        paragraph("en") + "<p>1. <i>Decides</i> to establish a working group.</p>" + paragraph("ru")
    )
    textpage = pdfium.PdfDocument(data)[0].get_textpage()
    by_text = [(run.text.strip(), run.size, run.italic) for run in pdf_lines._read_runs(textpage)]
    by_area = [
        (run.text.strip(), run.size, run.italic)
        for run in pdf_lines._read_runs_by_area(pdf_lines._Calls(textpage))
    ]
    assert by_area == by_text
    assert ("Decides", 10.0, True) in by_text
