"""PDF: the text layer, read with PDFium (pypdfium2), as paragraphs and footnotes page by page.

Each page gives its body paragraphs in reading order, then the footnotes printed at its foot; a
``page_break`` block (``page`` = the page that begins) stands between two pages. Running headers and
footers, page numbers, job numbers and barcodes are dropped, and so are the raised footnote calls in
the body whose footnote is on the page. A PDF without any text (a scan) cannot be read.
"""

from __future__ import annotations

import threading

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from observatory.ingest.extract.failures import unreadable
from observatory.ingest.extract.pdf_debris import PageText, remove_debris
from observatory.ingest.extract.pdf_layout import (
    body_font_size,
    footnote_block,
    group_paragraphs,
    line_spacing,
    paragraph_block,
    split_footnotes,
)
from observatory.ingest.extract.pdf_lines import read_lines
from observatory.ingest.types import Block, ExtractedDocument

NO_TEXT_LAYER = "the PDF has no text layer (a scanned image?); run OCR first or give the text"
# PDFium is not thread-safe: documents are read one at a time in a process (use processes to go wider).
_PDFIUM = threading.Lock()


def extract_pdf(data: bytes, filename: str) -> ExtractedDocument:
    """The blocks of a PDF's text layer. UnreadableFile if it is encrypted, damaged or has no text."""
    with _PDFIUM:
        document = _open(data, filename)
        try:
            pages, empty = _read_pages(document, filename)
            title = _title(document)
        finally:
            document.close()
    if not pages:
        raise unreadable(filename, "the PDF has no pages; it is damaged or empty")
    if len(empty) == len(pages):
        raise unreadable(filename, NO_TEXT_LAYER)
    remove_debris(pages)
    body_size = body_font_size(pages)
    spacing = line_spacing(pages)
    blocks: list[Block] = []
    warnings = [f"page {number} has no text (a scanned image?); its content is missing" for number in empty]
    for page in pages:
        if page.number > 1:
            blocks.append(Block(text="", kind="page_break", page=page.number))
        if page.number in empty:
            continue
        body, footnotes = split_footnotes(page, body_size)
        markers = {note.marker for note in footnotes if note.marker}
        page_blocks = [
            paragraph_block(lines, page.number, markers) for lines in group_paragraphs(body, spacing)
        ]
        page_blocks += [footnote_block(note, page.number) for note in footnotes]
        page_blocks = [block for block in page_blocks if block is not None]
        if not page_blocks:
            warnings.append(
                f"page {page.number} has no text besides headers and page numbers (a scanned image?); "
                "its content is missing"
            )
        blocks += page_blocks
    return ExtractedDocument(
        source=filename, format="pdf", blocks=blocks, pages=len(pages), title=title, warnings=warnings
    )


def _open(data: bytes, filename: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise unreadable(
                filename, "the PDF is encrypted with a password; remove the protection and give it again"
            ) from None
        if getattr(error, "err_code", None) == pdfium_c.FPDF_ERR_SECURITY:
            raise unreadable(
                filename, "the PDF uses a security handler that cannot be opened; save an unprotected copy"
            ) from None
        raise unreadable(
            filename, "the PDF is damaged or truncated and cannot be opened; get a complete copy"
        ) from None


def _read_pages(document: pdfium.PdfDocument, filename: str) -> tuple[list[PageText], set[int]]:
    """Every page's lines, and the numbers of the pages that have no text at all."""
    pages: list[PageText] = []
    empty: set[int] = set()
    for index in range(len(document)):
        try:
            page = document[index]
        except pdfium.PdfiumError:
            raise unreadable(
                filename, f"page {index + 1} of the PDF is damaged; get a complete copy"
            ) from None
        try:
            _left, bottom, _right, top = page.get_bbox()
            textpage = page.get_textpage()
            try:
                lines = read_lines(textpage)
            finally:
                textpage.close()
        finally:
            page.close()
        if not lines:
            empty.add(index + 1)
        pages.append(PageText(number=index + 1, bottom=bottom, top=top, lines=lines))
    return pages, empty


def _title(document: pdfium.PdfDocument) -> str | None:
    title = (document.get_metadata_dict().get("Title") or "").strip()
    return title or None
