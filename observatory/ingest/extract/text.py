"""Plain text: the encoding detected, paragraphs split on blank lines, form feeds as page breaks."""

from __future__ import annotations

import re

from observatory.ingest.extract.encoding import decode_text
from observatory.ingest.extract.textnorm import fold_spaces
from observatory.ingest.types import Block, ExtractedDocument

_BLANK_LINES = re.compile(r"\n[ \t\u00a0\u3000]*\n\s*")


def extract_text(data: bytes, filename: str) -> ExtractedDocument:
    """Blocks of a plain-text file: one per paragraph (lines with no blank line between them).

    Line breaks inside a paragraph are kept as "\\n". A form feed ends a page, as in the text that PDF
    converters write; then blocks carry page numbers and a ``page_break`` block stands between pages.
    """
    text, encoding = decode_text(data, filename)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages = text.split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()  # converters end the last page with a form feed too
    paged = len(pages) > 1
    blocks: list[Block] = []
    for number, page in enumerate(pages, start=1):
        if number > 1:
            blocks.append(Block(text="", kind="page_break", page=number))
        for paragraph in _BLANK_LINES.split(page):
            folded = fold_spaces(paragraph)
            if folded:
                blocks.append(Block(text=folded, page=number if paged else None))
    return ExtractedDocument(
        source=filename,
        format="text",
        blocks=blocks,
        pages=len(pages) if paged else None,
        encoding=encoding,
    )
