"""Files that cannot be read: each gives one line that names the file and says what is wrong."""

import io
import os
import zipfile

import pypdfium2 as pdfium
import pytest

from observatory.ingest.errors import UnreadableFile
from observatory.ingest.extract import extract_bytes, extract_file
from tests.ingest.extract.builders import WordDocument, encrypted_pdf, paragraph, pdf_from_html


def reason(data: bytes, filename: str) -> str:
    with pytest.raises(UnreadableFile) as caught:
        extract_bytes(data, filename)
    message = caught.value.message
    assert "\n" not in message
    assert message.startswith(f"{filename}: ")
    assert caught.value.status == 422
    return message


@pytest.fixture(scope="module")
def text_pdf() -> bytes:
    return pdf_from_html(paragraph("en") + paragraph("fr"))


@pytest.fixture(scope="module")
def word_document() -> bytes:
    document = WordDocument()
    for _ in range(40):
        document.document.add_paragraph(
            "Requests the Secretariat to collect, analyse and disseminate information."
        )
    return document.save()


def test_encrypted_pdf_says_so_and_the_file_is_really_encrypted():
    data = encrypted_pdf("Confidential submission of Viet Nam", user_password="secret")
    assert "encrypted with a password" in reason(data, "submission.pdf")
    # The file is a real encrypted PDF, not just a broken one: the password opens it.
    document = pdfium.PdfDocument(data, password="secret")
    assert document[0].get_textpage().get_text_range() == "Confidential submission of Viet Nam"


def test_truncated_pdf_is_damaged(text_pdf):
    message = reason(text_pdf[: len(text_pdf) // 2], "report.pdf")
    assert "damaged or truncated" in message
    assert "complete copy" in message


def test_image_only_pdf_has_no_text_layer():
    pixel = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    data = pdf_from_html(f'<img src="data:image/png;base64,{pixel}" style="width: 15cm; height: 20cm">')
    message = reason(data, "scan.pdf")
    assert message == "scan.pdf: the PDF has no text layer (a scanned image?); run OCR first or give the text"


def test_blank_pdf_has_no_text_layer():
    assert "no text layer" in reason(pdf_from_html(""), "blank.pdf")


def test_truncated_docx_is_damaged(word_document):
    message = reason(word_document[: len(word_document) - 400], "report.docx")
    assert "Word document is damaged or truncated" in message


def test_docx_with_a_corrupt_part_is_damaged(word_document):
    # The directory is intact but a compressed part is garbage: found when the part is inflated.
    source = zipfile.ZipFile(io.BytesIO(word_document))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            body = source.read(entry)
            if entry.filename == "word/document.xml":
                body = body[: len(body) // 2]  # well-compressed, but no longer well-formed XML
            target.writestr(entry, body)
    assert "Word document is damaged" in reason(buffer.getvalue(), "report.docx")


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in entries.items():
            archive.writestr(name, body)
    return buffer.getvalue()


def test_zip_bomb_disguised_as_docx_is_refused_before_inflating():
    # 4 MB of zeros deflate to 4 KB: a ratio of 1,000 to 1, far past any real document.
    bomb = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * (4 * 1024 * 1024)})
    assert len(bomb) < 10_000
    message = reason(bomb, "report.docx")
    assert "ZIP bomb" in message
    assert "word/document.xml" in message


def test_archive_whose_directory_declares_an_absurd_size_is_refused():
    data = bytearray(_zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}))
    # Declare 4 GB for document.xml in its central-directory entry (uncompressed size at offset 24).
    entry = data.rfind(b"PK\x01\x02", 0, data.rfind(b"word/document.xml"))
    data[entry + 24 : entry + 28] = (0xFFFFFFFE).to_bytes(4, "little")
    message = reason(bytes(data), "report.docx")
    assert "would expand to 4096.0 MB, over the limit of 500.0 MB (a ZIP bomb?)" in message


def test_archive_declaring_more_than_the_uncompressed_limit_is_refused(settings):
    settings.OBSERVATORY_MAX_UNCOMPRESSED_BYTES = 50_000
    entries = {"[Content_Types].xml": b"<Types/>", "word/document.xml": os.urandom(60_000)}
    message = reason(_zip(entries), "report.docx")
    assert "would expand to" in message
    assert "over the limit" in message


def test_archive_with_too_many_entries_is_refused_from_its_directory_record():
    entries = {f"word/media/image{number}.png": b"" for number in range(10_001)}
    entries["word/document.xml"] = b"<w:document/>"
    assert "10,002 parts" in reason(_zip(entries), "report.docx")


def test_file_over_the_size_limit_is_refused_before_it_is_read(settings, tmp_path):
    settings.OBSERVATORY_MAX_FILE_BYTES = 1000
    path = tmp_path / "big.txt"
    path.write_bytes(b"Requests the Secretariat. " * 100)
    with pytest.raises(UnreadableFile) as caught:
        extract_file(path)
    assert caught.value.message.startswith("big.txt: the file is 3 KB, over the limit of 1000 bytes;")
    assert "big.txt: the file is" in reason(path.read_bytes(), "big.txt")


def test_default_size_limit_applies_without_a_setting(settings, tmp_path):
    del settings.OBSERVATORY_MAX_FILE_BYTES
    path = tmp_path / "note.txt"
    path.write_bytes(b"Requests the Secretariat.")
    assert extract_file(path).blocks[0].text == "Requests the Secretariat."


def test_empty_file():
    assert reason(b"", "empty.pdf") == "empty.pdf: the file is empty (0 bytes); give the document itself"


def test_only_white_space_is_no_text():
    assert "contains no text" in reason(b" \n\n \t\n", "blank.txt")


MISMATCHES = [
    ("report.pdf", "docx", "report.pdf: the extension says PDF but the content is a Word document (DOCX); "
     "rename it report.docx"),
    ("x.docx", "text", "x.docx: the extension says DOCX but the content is plain text; rename it x.txt"),
    ("report.docx", "pdf", "report.docx: the extension says DOCX but the content is a PDF; "
     "rename it report.pdf"),
    ("notes.txt", "html", "notes.txt: the extension says plain text but the content is an HTML page; "
     "rename it notes.html"),
    ("page.html", "pdf", "page.html: the extension says HTML but the content is a PDF; rename it page.pdf"),
]  # fmt: skip


@pytest.mark.parametrize(("filename", "data_of", "expected"), MISMATCHES)
def test_extension_that_names_another_format(filename, data_of, expected, text_pdf, word_document):
    data = {
        "docx": word_document,
        "pdf": text_pdf,
        "text": "Решение 3/2. Меры по предупреждению коррупции".encode(),
        "html": b"<!DOCTYPE html><html><body><p>Decides</p></body></html>",
    }[data_of]
    assert reason(data, filename) == expected


def test_unknown_extension_with_text_content_is_read_as_text():
    document = extract_bytes(b"Decide establecer un grupo de trabajo", "minutes.log")
    assert document.format == "text"


def test_binary_garbage_is_not_text():
    garbage = bytes(range(256)) * 40
    assert "not text in any encoding" in reason(garbage, "data.txt")


def test_nul_bytes_among_text_are_not_text():
    data = b"Requests the Secretariat\x00\x01\x02\x00\xff\xfe\x00\x13 to collect" * 20
    assert "not text in any encoding" in reason(data, "notes.txt")


def test_binary_named_pdf_is_neither_pdf_nor_text():
    message = reason(os.urandom(4096), "report.pdf")
    assert "not a PDF" in message
    assert "nor text" in message


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "Office 97-2003 file"),
        (b"{\\rtf1\\ansi Decides}", "an RTF document"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "a PNG image, which cannot be read; run OCR first"),
        (b"\x1f\x8b\x08" + bytes(100), "a gzip archive"),
    ],
)
def test_formats_that_are_not_read_are_named(data, expected):
    assert expected in reason(data, "upload.bin")


def test_other_office_packages_are_named():
    workbook = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
    assert "an Excel workbook (XLSX)" in reason(workbook, "answers.docx")
    assert "the extension says DOCX" in reason(workbook, "answers.docx")
    plain = _zip({"readme.txt": b"hello"})
    assert "a ZIP archive, which cannot be read; unpack it" in reason(plain, "laws.zip")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(UnreadableFile) as caught:
        extract_file(tmp_path / "gone.pdf")
    assert caught.value.message == "gone.pdf: the file does not exist; check the path"
    with pytest.raises(UnreadableFile) as caught:
        extract_file(tmp_path)
    assert "is a folder" in caught.value.message


def test_file_name_with_a_line_break_keeps_the_message_on_one_line():
    with pytest.raises(UnreadableFile) as caught:
        extract_bytes(b"", "evil\nname.txt")
    assert caught.value.message == "evil name.txt: the file is empty (0 bytes); give the document itself"
