"""Which format a file is in, judged by its content; the extension only has to agree with it."""

from __future__ import annotations

import codecs
import re
from pathlib import PurePath

from observatory.ingest.errors import UnreadableFile
from observatory.ingest.extract.archive import open_checked_zip
from observatory.ingest.extract.encoding import decode_text
from observatory.ingest.extract.failures import unreadable

# What each extension promises. Extensions of other formats are not listed: a ".doc" that is really a
# DOCX is simply read as one.
EXTENSION_FORMATS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".docm": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
}
_EXTENSION_SAYS = {"pdf": "PDF", "docx": "DOCX", "html": "HTML", "text": "plain text", "markdown": "Markdown"}
_CONTENT_IS = {"pdf": "a PDF", "docx": "a Word document (DOCX)", "html": "an HTML page", "text": "plain text"}
_RIGHT_EXTENSION = {"pdf": ".pdf", "docx": ".docx", "html": ".html", "text": ".txt"}

# Formats that are recognised only to say clearly why they cannot be read.
_UNSUPPORTED_MAGIC = (
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "a Microsoft Office 97-2003 file (.doc, .xls)",
        "save it as DOCX or PDF",
    ),
    (b"{\\rtf", "an RTF document", "save it as DOCX or PDF"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "run OCR first or give the text"),
    (b"\xff\xd8\xff", "a JPEG image", "run OCR first or give the text"),
    (b"GIF87a", "a GIF image", "run OCR first or give the text"),
    (b"GIF89a", "a GIF image", "run OCR first or give the text"),
    (b"II*\x00", "a TIFF image", "run OCR first or give the text"),
    (b"MM\x00*", "a TIFF image", "run OCR first or give the text"),
    (b"\x1f\x8b", "a gzip archive", "unpack it and give the documents one by one"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "unpack it and give the documents one by one"),
    (b"Rar!\x1a\x07", "a RAR archive", "unpack it and give the documents one by one"),
)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_ZIP_KINDS = (  # a part that only this kind of package has → what it is
    ("word/document.xml", None),
    ("xl/workbook.xml", "an Excel workbook (XLSX)"),
    ("ppt/presentation.xml", "a PowerPoint presentation (PPTX)"),
    ("content.xml", "an OpenDocument file (ODT, ODS)"),
)

_HTML_DOCUMENT = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE | re.DOTALL
)
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<([a-z][a-z0-9]*)[\s/>]", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(
    r"</?(?:head|body|meta|title|p|div|span|h[1-6]|table|tr|td|ul|ol|li|section|article|main|nav|br|a)[\s/>]",
    re.IGNORECASE,
)
_TYPICAL_FIRST_TAGS = {
    "head",
    "body",
    "meta",
    "title",
    "p",
    "div",
    "span",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "ul",
    "ol",
    "section",
    "article",
    "main",
    "nav",
    "header",
    "link",
    "style",
    "script",
}
_SNIFF_BYTES = 4096


def detect_format(data: bytes, filename: str) -> str:
    """The format of ``data`` (one of ``FORMATS``), decided by its content.

    Raises UnreadableFile when the file is empty, in a format that is not read, or when its extension
    names a different format than its content ("report.pdf" that is a Word document).
    """
    if not data:
        raise unreadable(filename, "the file is empty (0 bytes); give the document itself")
    extension = PurePath(filename).suffix.lower()
    promised = EXTENSION_FORMATS.get(extension)
    content = _content_format(data, filename, promised)
    if content in ("pdf", "docx"):
        if promised not in (None, content):
            raise _mismatch(filename, promised, content)
        return content
    if content in ("html", "html-like"):
        if promised in (None, "html"):
            return "html"
        if promised == "markdown" and content == "html-like":
            return "markdown"  # Markdown may begin with HTML tags (a centred logo, a <div>)
        raise _mismatch(filename, promised, "html")
    if promised in ("pdf", "docx"):
        try:
            decode_text(data[: _SNIFF_BYTES * 4], filename)
        except UnreadableFile:
            raise unreadable(
                filename,
                f"the file is not {_CONTENT_IS[promised]} (it lacks the {_EXTENSION_SAYS[promised]} "
                "signature) nor text; it is damaged or in another format",
            ) from None
        raise _mismatch(filename, promised, "text")
    if promised in ("html", "markdown"):
        return promised  # both read plain text as it is
    return "text"


def _content_format(data: bytes, filename: str, promised: str | None) -> str:
    """ "pdf", "docx", "html" (a whole HTML document), "html-like" (starts with HTML tags) or "text"."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(_ZIP_MAGIC):
        return _zip_format(data, filename, promised)
    for magic, what, advice in _UNSUPPORTED_MAGIC:
        if data.startswith(magic):
            prefix = f"the extension says {_EXTENSION_SAYS[promised]} but " if promised else ""
            raise unreadable(filename, f"{prefix}the content is {what}, which cannot be read; {advice}")
    head = _sniffing_text(data[:_SNIFF_BYTES])
    if _HTML_DOCUMENT.match(head):
        return "html"
    first = _HTML_START.match(head)
    if first and first.group(1).lower() in _TYPICAL_FIRST_TAGS and len(_HTML_TAG.findall(head)) >= 2:
        return "html-like"
    return "text"


def _zip_format(data: bytes, filename: str, promised: str | None) -> str:
    what = "Word document" if promised == "docx" else "ZIP archive"
    with open_checked_zip(data, filename, what) as archive:
        names = set(archive.namelist())
    for part, description in _ZIP_KINDS:
        if part in names:
            if description is None:
                return "docx"
            break
    else:
        description = "a ZIP archive"
    prefix = f"the extension says {_EXTENSION_SAYS[promised]} but " if promised else ""
    advice = (
        "unpack it and give the documents one by one"
        if description == "a ZIP archive"
        else "save it as DOCX or PDF"
    )
    raise unreadable(filename, f"{prefix}the content is {description}, which cannot be read; {advice}")


def _sniffing_text(head: bytes) -> str:
    """The start of the file as text, good enough to look for tags (which are ASCII)."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="ignore")
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8) :]
    if b"\x00" in head:  # UTF-16 without a byte-order mark: drop the zero high bytes of ASCII
        return head.replace(b"\x00", b"").decode("latin-1")
    return head.decode("latin-1")


def _mismatch(filename: str, promised: str, content: str) -> UnreadableFile:
    stem = PurePath(filename).stem or PurePath(filename).name
    return unreadable(
        filename,
        f"the extension says {_EXTENSION_SAYS[promised]} but the content is {_CONTENT_IS[content]}; "
        f"rename it {stem}{_RIGHT_EXTENSION[content]}",
    )
