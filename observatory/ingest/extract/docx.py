"""Word (DOCX): body paragraphs and tables in document order, with headings, numbered list items and
footnotes as Word shows them.

- Headings come from paragraph styles (Title, Subtitle, Heading 1 … 9, or a style's outline level).
- Numbered paragraphs (``w:numPr``, direct or from the style) become ``list_item`` blocks whose
  ``marker`` is the label Word computes (``docx_numbering``); numbered headings keep their label in
  ``marker`` too.
- Table cells are read row by row, cell by cell; a cell's paragraphs are blocks like any other.
- Each footnote (and endnote) follows the paragraph that calls it; the call's mark is not in the text.
- ``italic_start`` is the italic text a paragraph opens with ("Requests" in "*Requests* the …").
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree

from observatory.ingest.extract.archive import open_checked_zip
from observatory.ingest.extract.docx_notes import DocumentNotes
from observatory.ingest.extract.docx_numbering import ListNumbering
from observatory.ingest.extract.docx_runs import is_switched_on, paragraph_content, run_properties
from observatory.ingest.extract.failures import unreadable
from observatory.ingest.types import Block, BlockKind, ExtractedDocument

_HEADING_NAME = re.compile(r"^heading ([1-9])$")
_NAMED_LEVELS = {"title": 1, "subtitle": 2}
_PARAGRAPH = qn("w:p")
_TABLE = qn("w:tbl")
_WRAPPERS = {qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")}
_DAMAGED = "the Word document is damaged ({reason}); open it in Word and save it again"


def extract_docx(data: bytes, filename: str) -> ExtractedDocument:
    """The blocks of a Word document. UnreadableFile if it is damaged or would expand too far."""
    open_checked_zip(data, filename, "Word document").close()
    try:
        document = docx.Document(io.BytesIO(data))
        reader = _Reader(document)
        blocks = _symbols_in_header(document) + reader.read_body(document.element.body)
        title = (document.core_properties.title or "").strip() or None
    except (KeyError, PackageNotFoundError) as error:
        raise unreadable(filename, _DAMAGED.format(reason=f"a part is missing: {error}")) from None
    except etree.XMLSyntaxError:
        raise unreadable(filename, _DAMAGED.format(reason="its XML is malformed")) from None
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise unreadable(filename, _DAMAGED.format(reason="a compressed part is corrupt")) from None
    except ValueError as error:
        raise unreadable(filename, _DAMAGED.format(reason=str(error))) from None
    return ExtractedDocument(source=filename, format="docx", blocks=blocks, title=title)


_SYMBOL = re.compile(r"^[A-Z]{1,6}(?:/[A-Za-z0-9.]+){2,}$")


def _symbols_in_header(document) -> list[Block]:
    """The UN symbol a Word document prints in its first page header ("CAC/COSP/2017/14"), as a block
    before the body, where it stands on the printed page; other header text is running matter."""
    if not document.sections:
        return []
    section = document.sections[0]
    header = section.first_page_header if section.different_first_page_header_footer else section.header
    texts = [paragraph.text.strip() for paragraph in header.paragraphs]
    return [Block(text=text) for text in texts if _SYMBOL.match(text)]


@dataclass
class _Style:
    name: str
    based_on: str | None
    outline_level: int | None
    list_id: str | None
    list_level: int | None
    italic: bool | None


class _Reader:
    def __init__(self, document) -> None:
        self._styles = _read_styles(document.styles.element)
        self._default_paragraph_style = next(
            (
                style.get(qn("w:styleId"))
                for style in document.styles.element.iterchildren(qn("w:style"))
                if style.get(qn("w:type")) == "paragraph" and style.get(qn("w:default")) in ("1", "true")
            ),
            None,
        )
        numbering_part = _numbering_part(document)
        style_lists = {
            identifier: style.list_id for identifier, style in self._styles.items() if style.list_id
        }
        self._numbering = ListNumbering(numbering_part, style_lists)
        self._notes = DocumentNotes(document, self._run_is_italic)
        self._italic_cache: dict[str, bool] = {}

    def read_body(self, body) -> list[Block]:
        """All blocks of the body, tables included, in document order."""
        blocks: list[Block] = []
        self._read_container(body, blocks)
        return blocks

    def _read_container(self, element, blocks: list[Block]) -> None:
        for child in element.iterchildren():
            if child.tag == _PARAGRAPH:
                self._read_paragraph(child, blocks)
            elif child.tag == _TABLE:
                self._read_table(child, blocks)
            elif child.tag in _WRAPPERS:
                self._read_container(child, blocks)

    def _read_table(self, table, blocks: list[Block]) -> None:
        for row in table.iterchildren(qn("w:tr")):
            for cell in row.iterchildren(qn("w:tc")):
                self._read_container(cell, blocks)

    def _read_paragraph(self, paragraph, blocks: list[Block]) -> None:
        properties = paragraph.find(qn("w:pPr"))
        style_id = _value(properties, "w:pStyle") or self._default_paragraph_style
        content = paragraph_content(paragraph, self._run_is_italic)
        label = self._list_label(properties, style_id)
        heading_level = self._heading_level(properties, style_id)
        kind: BlockKind = "text"
        if heading_level is not None:
            kind = "heading"
        elif label:
            kind = "list_item"
        if content.text:
            blocks.append(
                Block(
                    text=content.text,
                    kind=kind,
                    level=heading_level,
                    marker=label or None,
                    italic_start=content.italic_start,
                )
            )
        for call in content.calls:
            note = self._notes.block_for(call)
            if note is not None:
                blocks.append(note)

    def _list_label(self, properties, style_id: str | None) -> str | None:
        """Advance the paragraph's list counter, if it is numbered, and return its label."""
        numbering = properties.find(qn("w:numPr")) if properties is not None else None
        list_id = _value(numbering, "w:numId")
        level = _value(numbering, "w:ilvl")
        if list_id is None:
            for style in self._style_chain(style_id):
                if style.list_id is not None:
                    list_id = style.list_id
                    if level is None and style.list_level is not None:
                        level = str(style.list_level)
                    break
            if list_id is not None and level is None:
                level = str(self._numbering.level_of_style(list_id, style_id or ""))
        if list_id is None or list_id == "0":
            return None
        return self._numbering.label(list_id, int(level) if level and level.isdigit() else 0)

    def _heading_level(self, properties, style_id: str | None) -> int | None:
        direct = _value(properties, "w:outlineLvl")
        if direct is not None and direct.isdigit() and int(direct) < 9:
            return int(direct) + 1
        for style in self._style_chain(style_id):
            found = _HEADING_NAME.match(style.name)
            if found:
                return int(found.group(1))
            if style.name in _NAMED_LEVELS:
                return _NAMED_LEVELS[style.name]
            if style.outline_level is not None and style.outline_level < 9:
                return style.outline_level + 1
        return None

    def _style_chain(self, style_id: str | None):
        seen: set[str] = set()
        while style_id and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            style = self._styles[style_id]
            yield style
            style_id = style.based_on

    def _run_is_italic(self, run) -> bool:
        properties = run_properties(run)
        if properties is not None:
            direct = is_switched_on(properties.find(qn("w:i")))
            if direct is None and properties.find(qn("w:rtl")) is not None:
                direct = is_switched_on(properties.find(qn("w:iCs")))  # right-to-left runs use iCs
            if direct is not None:
                return direct
            style_id = _value(properties, "w:rStyle")
            if style_id:
                cached = self._italic_cache.get(style_id)
                if cached is None:
                    cached = next(
                        (style.italic for style in self._style_chain(style_id) if style.italic is not None),
                        False,
                    )
                    self._italic_cache[style_id] = cached
                return cached
        return False


def _read_styles(styles) -> dict[str, _Style]:
    result: dict[str, _Style] = {}
    for style in styles.iterchildren(qn("w:style")):
        identifier = style.get(qn("w:styleId"))
        if not identifier:
            continue
        paragraph = style.find(qn("w:pPr"))
        numbering = paragraph.find(qn("w:numPr")) if paragraph is not None else None
        outline = _value(paragraph, "w:outlineLvl")
        level = _value(numbering, "w:ilvl")
        run = style.find(qn("w:rPr"))
        result[identifier] = _Style(
            name=(_value(style, "w:name") or "").strip().lower(),
            based_on=_value(style, "w:basedOn"),
            outline_level=int(outline) if outline and outline.isdigit() else None,
            list_id=_value(numbering, "w:numId"),
            list_level=int(level) if level and level.isdigit() else None,
            italic=is_switched_on(run.find(qn("w:i"))) if run is not None else None,
        )
    return result


def _numbering_part(document):
    """The ``w:numbering`` element, or None when the document has no numbering part."""
    for rel in document.part.rels.values():
        if rel.reltype == RT.NUMBERING and not rel.is_external:
            return rel.target_part.element
    return None


def _value(element, child: str) -> str | None:
    """The ``w:val`` of a child element, or None."""
    if element is None:
        return None
    found = element.find(qn(child))
    return found.get(qn("w:val")) if found is not None else None
