"""Formats told by content; the extension only has to agree."""

import pytest

from observatory.ingest.errors import UnreadableFile
from observatory.ingest.extract import extract_bytes, extract_file
from observatory.ingest.extract.detect import detect_format
from observatory.ingest.extract.numbering import format_number
from tests.ingest.extract.builders import WordDocument, paragraph, pdf_from_html


def test_pdf_after_leading_junk_and_under_any_name():
    data = b"\r\n" + pdf_from_html(paragraph("en"))
    assert detect_format(data, "download") == "pdf"
    assert detect_format(data, "report.PDF") == "pdf"


def test_docx_under_a_legacy_word_extension_is_read():
    word = WordDocument()
    word.document.add_paragraph("Решение 3/2")
    assert extract_bytes(word.save(), "old-name.doc").blocks[0].text == "Решение 3/2"


@pytest.mark.parametrize(
    ("data", "filename", "expected"),
    [
        (
            b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>',
            "a",
            "html",
        ),
        (b"<!-- saved page -->\n<!DOCTYPE html><p>x</p>", "page.htm", "html"),
        ("<p>Décide</p>\n<p>Prie</p>".encode("utf-16"), "fragment.html", "html"),
        (b"Plain words, then <b>one</b> tag.", "notes", "text"),
        (b"# Heading\n\nText", "notes.md", "markdown"),
        (b"# Heading\n\nText", "notes.txt", "text"),
        (b"Just text", "page.html", "html"),
        (b"<div>\n<p>Intro</p>\n</div>\n\n# Title", "README.markdown", "markdown"),
    ],
)
def test_textual_formats(data, filename, expected):
    assert detect_format(data, filename) == expected


def test_markdown_that_is_really_an_html_document_is_refused():
    with pytest.raises(UnreadableFile) as caught:
        detect_format(b"<!DOCTYPE html><html><body>x</body></html>", "notes.md")
    assert caught.value.message == (
        "notes.md: the extension says Markdown but the content is an HTML page; rename it notes.html"
    )


def test_size_is_checked_on_disk_before_reading(tmp_path):
    # A sparse file of 5 GB takes no disk space; reading it would take minutes and all the memory.
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.truncate(5 * 1024**3)
    with pytest.raises(UnreadableFile) as caught:
        extract_file(path)
    assert caught.value.message.startswith("huge.pdf: the file is 5120.0 MB, over the limit of 200.0 MB;")


@pytest.mark.parametrize(
    ("number", "number_format", "label"),
    [
        (27, "lowerLetter", "aa"),
        (28, "upperLetter", "BB"),
        (1994, "upperRoman", "MCMXCIV"),
        (4, "lowerRoman", "iv"),
        (7, "decimalZero", "07"),
        (23, "chineseCounting", "二十三"),
        (28, "russianUpper", "Я"),
        (29, "russianLower", "аа"),
        (5, "arabicAlpha", "ج"),
        (12, "ordinalText", "12"),
        (3, "none", ""),
    ],
)
def test_number_formats(number, number_format, label):
    assert format_number(number, number_format) == label
