"""The data that passes between ingestion stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["text", "heading", "list_item", "footnote", "page_break"]
FORMATS = ("pdf", "docx", "html", "text", "markdown")


@dataclass(frozen=True)
class Block:
    """One unit of a source document, in reading order, as its format delivers it.

    - ``text``: the text with runs of spaces folded; line breaks inside a block are kept only where the
      format has hard line breaks (the segmenter joins them).
    - ``kind``: "text" (body text), "heading" (the format marks it as a heading), "list_item" (a numbered
      or lettered list item whose label the format generated, e.g. Word numbering — the label is in
      ``marker``), "footnote" (footnote or endnote text; its printed marker in ``marker``), "page_break"
      (between two pages; text is empty).
    - ``page``: 1-based page number where the format has pages (PDF), else None.
    - ``level``: heading level (1 = top) when known.
    - ``marker``: a footnote's printed marker ("7") or a list item's generated label ("1.", "(a)").
    - ``font_size``: median font size in points (PDF only), for telling footnotes and headings apart.
    - ``italic_start``: the leading run of the block that is set in italics, when the format says so
      (operative paragraphs open with an italic verb: "*Requests* the Secretariat …").
    """

    text: str
    kind: BlockKind = "text"
    page: int | None = None
    level: int | None = None
    marker: str | None = None
    font_size: float | None = None
    italic_start: str | None = None


@dataclass
class ExtractedDocument:
    """What the extract stage read from one file."""

    source: str  # the file name, without folders
    format: str  # one of FORMATS
    blocks: list[Block]
    pages: int | None = None  # number of pages, for formats that have them
    title: str | None = None  # the title the file's metadata gives, if any
    encoding: str | None = None  # plain text and Markdown: the encoding that was detected
    warnings: list[str] = field(
        default_factory=list
    )  # things a person should know (e.g. a page with no text)
