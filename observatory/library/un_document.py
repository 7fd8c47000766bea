"""The layout of a UN document, as DOCX and as PDF, in the six languages: what the reports the platform
writes (the status of implementation of a resolution, a background paper) share.

A :class:`UNDocument` is plain data: the masthead ("United Nations", the symbol, the date, the
distribution and original language), the body and session, the title and subtitle, then
:class:`Block` after block (chapters "I.", headings, numbered paragraphs, quotations, labels), each made
of :class:`Span` runs, which may carry a footnote. :func:`render_docx` writes it with python-docx and
:func:`render_pdf` through WeasyPrint (HTML, :func:`render_html`), with the notes verbales' fonts and
right-to-left handling for Arabic (``collection.note_verbale``); nothing is fetched from the network.

Footnotes are real ones: Word's footnotes part (python-docx has no API for it, so the part is written
here, ECMA-376 §17.11) and WeasyPrint's ``float: footnote``, both numbered 1, 2, 3 … through the document.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import cache
from html import escape
from pathlib import Path

from docx import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt
from lxml import etree

from observatory.collection.note_verbale._model import HTML_LANG, LANGUAGE_TAGS
from observatory.collection.note_verbale._pdf import local_fetcher
from observatory.collection.note_verbale._word import (
    PPR_ORDER,
    RPR_ORDER,
    SECTPR_ORDER,
    _default_style,
    _fonts,
    _put,
)

DATA_DIR = Path(__file__).resolve().parent / "data" / "un_document"
# Chapter numbers as UN documents print them: "أولاً-" in Arabic, "一." in Chinese, roman elsewhere.
_CHAPTER_NUMERALS = {"ar": ("أولاً-", "ثانياً-"), "zh": ("一.", "二.")}


def chapter_numeral(index: int, language: str) -> str:
    """The printed number of a document's chapter ``index`` (0 for the first) in ``language``."""
    return _CHAPTER_NUMERALS.get(language, ("I.", "II."))[index]


@dataclass(frozen=True)
class Span:
    """A run of text: bold or italic, and in another language than its paragraph when ``language`` is
    set (an English quotation in a Chinese report)."""

    text: str
    bold: bool = False
    italic: bool = False
    language: str | None = None
    #: The text of a footnote whose number follows ``text``; footnotes are numbered through the document.
    footnote: str = ""


@dataclass(frozen=True)
class Block:
    """One paragraph of the report's body. ``kind``: "chapter" (numbered heading), "heading" (an
    operative paragraph's), "quote" (its text), "paragraph" (numbered), "label" (a caption such as
    "Evidence of implementation"), "evidence" (one piece of it, indented). ``language`` is the language
    of the paragraph's text, which sets its direction."""

    kind: str
    spans: tuple[Span, ...]
    language: str
    number: str = ""

    @property
    def text(self) -> str:
        """The paragraph as plain text."""
        return "".join(span.text for span in self.spans)


@dataclass
class UNDocument:
    """A document as plain data, in one language; :func:`render_docx` and :func:`render_html` write it."""

    language: str
    symbol: str
    symbol_note: str
    organization: str
    date: str
    body_name: str
    session_line: str
    title: str
    resolution_title: str
    subtitle: str
    blocks: list[Block] = field(default_factory=list)
    #: A safe ASCII file name without extension ("status-7-1.CAC-COSP-2017-14.en").
    file_stem: str = ""

    @property
    def direction(self) -> str:
        """ "rtl" for Arabic, "ltr" otherwise."""
        return "rtl" if self.language == "ar" else "ltr"


# --- DOCX ---------------------------------------------------------------------------------------

# Children of tblPr in schema order (ECMA-376 §17.4.60), for w:bidiVisual.
_TBLPR_ORDER = [
    "w:tblStyle",
    "w:tblpPr",
    "w:tblOverlap",
    "w:bidiVisual",
    "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize",
    "w:tblW",
    "w:jc",
    "w:tblCellSpacing",
    "w:tblInd",
    "w:tblBorders",
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
]


def render_docx(report: UNDocument) -> bytes:
    """The report as a Word document: A4, the UN masthead, numbered paragraphs; Arabic right to left."""
    code = report.language
    document = WordDocument()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(25)
    section.left_margin = section.right_margin = Mm(25)
    if code == "ar":
        # Section direction: page numbers, columns and gutter follow the reading order.
        _put(section._sectPr, "w:bidi", SECTPR_ORDER)
    # The note verbale's fonts, sizes and proofing language, on the defaults and the Normal style.
    _default_style(document, code)
    properties = document.core_properties
    properties.title = report.title
    properties.subject = report.symbol
    properties.author = properties.last_modified_by = "UNODC"
    properties.language = LANGUAGE_TAGS[code]
    properties.comments = properties.keywords = ""  # the template's own metadata is not ours

    writer = _WordWriter(document, code)
    # Masthead: "United Nations" at the start, the symbol and date at the end, a rule under both.
    table = document.add_table(rows=1, cols=2)
    if code == "ar":
        # Columns in reading order: the first cell on the right.
        _put(table._tbl.tblPr, "w:bidiVisual", _TBLPR_ORDER)
    start, end = table.rows[0].cells
    start.width = end.width = Mm(80)
    writer.into(start.paragraphs[0], [Span(report.organization, bold=True)], code, size=Pt(16))
    writer.into(end.paragraphs[0], [Span(report.symbol, bold=True)], code, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for line in (report.date, report.symbol_note):
        if line:
            writer.into(end.add_paragraph(), [Span(line)], code, align=WD_ALIGN_PARAGRAPH.RIGHT, size=Pt(10))
    _rule(writer.add([Span("")], code, after=Pt(12)))

    writer.add([Span(report.body_name, bold=True)], code, after=Pt(0))
    for line in report.session_line.splitlines():
        writer.add([Span(line)], code, after=Pt(0))
    writer.add([Span(report.title, bold=True)], code, size=Pt(15), before=Pt(18), after=Pt(6))
    if report.resolution_title:
        writer.add([Span(report.resolution_title, italic=True)], code, after=Pt(6))
    writer.add([Span(report.subtitle, bold=True)], code, after=Pt(18))
    for block in report.blocks:
        writer.block(block)
    writer.attach_footnotes()
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def _rule(paragraph) -> None:
    """A rule under the masthead: the bottom border of an empty paragraph."""
    borders = _put(paragraph._p.get_or_add_pPr(), "w:pBdr", PPR_ORDER)
    bottom = OxmlElement("w:bottom")
    for name, value in (("w:val", "single"), ("w:sz", "12"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(name), value)
    borders.append(bottom)


class _WordWriter:
    """Adds paragraphs and runs, each with its language's direction and fonts."""

    def __init__(self, document, code: str):
        self.document = document
        self.code = code
        self.indent = Mm(10)
        self.footnotes: list[tuple[str, str]] = []  # (text, language), numbered from 1

    def add(self, spans, language: str, **options):
        """A new paragraph of ``spans`` in ``language``."""
        return self.into(self.document.add_paragraph(), spans, language, **options)

    def into(self, paragraph, spans, language: str, *, align=None, size=None, before=None, after=None):
        """Fill ``paragraph``: direction, alignment, spacing, then one run per span."""
        if language == "ar":
            # A w:bidi paragraph reads alignment and indents from its start (the right), so the same
            # logical values serve both directions.
            _put(paragraph._p.get_or_add_pPr(), "w:bidi", PPR_ORDER)
        if align is not None:
            paragraph.alignment = align
        if before is not None:
            paragraph.paragraph_format.space_before = before
        if after is not None:
            paragraph.paragraph_format.space_after = after
        for span in spans:
            if not span.text:
                if span.footnote:
                    self._footnote_call(paragraph, span, language)
                continue
            run = paragraph.add_run(span.text)
            run_language = span.language or language
            rpr = run._r.get_or_add_rPr()
            # Word takes the boldness and slant of Arabic text from the complex-script properties.
            if span.bold:
                run.bold = True
                if run_language == "ar":
                    _put(rpr, "w:bCs", RPR_ORDER)
            if span.italic:
                run.italic = True
                if run_language == "ar":
                    _put(rpr, "w:iCs", RPR_ORDER)
            if size is not None:
                run.font.size = size
                _put(rpr, "w:szCs", RPR_ORDER).set(qn("w:val"), str(int(size.pt * 2)))
            _fonts(rpr, run_language)
            if span.footnote:
                self._footnote_call(paragraph, span, language)
        return paragraph

    def _footnote_call(self, paragraph, span: Span, language: str) -> None:
        """The footnote's number, superscript, after the span's text."""
        self.footnotes.append((span.footnote, span.language or language))
        run = paragraph.add_run()
        rpr = run._r.get_or_add_rPr()
        _put(rpr, "w:vertAlign", RPR_ORDER).set(qn("w:val"), "superscript")
        _fonts(rpr, language)
        reference = OxmlElement("w:footnoteReference")
        reference.set(qn("w:id"), str(len(self.footnotes)))
        run._r.append(reference)

    def attach_footnotes(self) -> None:
        """Write the footnotes part (ECMA-376 §17.11): the separators Word expects (ids -1 and 0), then
        one footnote per call, in its language's direction and fonts, 9 points."""
        if not self.footnotes:
            return
        root = etree.fromstring(f"<w:footnotes {nsdecls('w')}/>")
        for number, kind, mark in (
            (-1, "separator", "w:separator"),
            (0, "continuationSeparator", "w:continuationSeparator"),
        ):
            note = etree.SubElement(root, qn("w:footnote"), {qn("w:type"): kind, qn("w:id"): str(number)})
            etree.SubElement(etree.SubElement(etree.SubElement(note, qn("w:p")), qn("w:r")), qn(mark))
        for number, (text, language) in enumerate(self.footnotes, start=1):
            note = etree.SubElement(root, qn("w:footnote"), {qn("w:id"): str(number)})
            paragraph = etree.SubElement(note, qn("w:p"))
            ppr = OxmlElement("w:pPr")
            paragraph.append(ppr)
            if language == "ar":
                _put(ppr, "w:bidi", PPR_ORDER)
            for content in ("ref", text):
                run = OxmlElement("w:r")
                paragraph.append(run)
                rpr = OxmlElement("w:rPr")
                run.append(rpr)
                _fonts(rpr, language)
                for name in ("w:sz", "w:szCs"):
                    _put(rpr, name, RPR_ORDER).set(qn("w:val"), "18")
                if content == "ref":
                    _put(rpr, "w:vertAlign", RPR_ORDER).set(qn("w:val"), "superscript")
                    run.append(OxmlElement("w:footnoteRef"))
                else:
                    written = OxmlElement("w:t")
                    written.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                    written.text = " " + text
                    run.append(written)
        blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        part = Part(
            PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, blob, self.document.part.package
        )
        self.document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)

    def block(self, block: Block):
        """One block of the body, laid out as its kind is."""
        if block.kind == "chapter":
            paragraph = self.add([Span(f"{block.number}\t"), *block.spans], block.language, before=Pt(12))
            self._hanging(paragraph, 1)
            paragraph.paragraph_format.keep_with_next = True
            return paragraph
        if block.kind == "heading":
            paragraph = self.add(block.spans, block.language, before=Pt(10))
            paragraph.paragraph_format.left_indent = self.indent
            paragraph.paragraph_format.keep_with_next = True
            return paragraph
        if block.kind in ("paragraph", "quote"):
            spans = [Span(f"{block.number}\t", language=self.code), *block.spans]
            paragraph = self.add(spans, block.language, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            self._hanging(paragraph, 2)
            return paragraph
        paragraph = self.add(block.spans, block.language, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=Pt(3))
        paragraph.paragraph_format.left_indent = self.indent * (3 if block.kind == "evidence" else 2)
        if block.kind == "label":
            paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def _hanging(self, paragraph, steps: int) -> None:
        """The number hanging at the margin, the text ``steps`` indents in, a tab between them."""
        paragraph.paragraph_format.tab_stops.add_tab_stop(self.indent * steps)
        paragraph.paragraph_format.left_indent = self.indent * steps
        paragraph.paragraph_format.first_line_indent = -self.indent


# --- HTML and PDF -------------------------------------------------------------------------------


def render_html(report: UNDocument) -> str:
    """The report as a complete HTML page: lang and dir set (also on a paragraph quoted in another
    language), stylesheet inline, every text escaped."""
    code = report.language
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{HTML_LANG[code]}" dir="{report.direction}">',
        '<head><meta charset="utf-8">',
        f"<title>{_h(report.symbol)} — {_h(report.title)}</title>",
        '<meta name="author" content="UNODC">',
        f'<meta name="description" content="{_h(report.symbol_note)}">',
        f"<style>{_stylesheet()}</style></head>",
        "<body>",
        '<header class="masthead"><table><tr>',
        f'<td class="organization">{_h(report.organization)}</td>',
        '<td class="identity">',
        f'<p class="symbol">{_h(report.symbol)}</p>',
        f'<p class="date">{_h(report.date)}</p>',
    ]
    if report.symbol_note:
        parts.append(f'<p class="symbol-note">{_h(report.symbol_note)}</p>')
    parts += ["</td></tr></table></header>", f'<p class="body-name">{_h(report.body_name)}</p>']
    for line in report.session_line.splitlines():
        parts.append(f'<p class="session">{_h(line)}</p>')
    parts.append(f"<h1>{_h(report.title)}</h1>")
    if report.resolution_title:
        parts.append(f'<p class="resolution-title">{_h(report.resolution_title)}</p>')
    parts += [f'<p class="subtitle">{_h(report.subtitle)}</p>', "<main>"]
    for block in report.blocks:
        parts.append(_html_block(block, code))
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def render_pdf(report: UNDocument) -> bytes:
    """The report as PDF through WeasyPrint, its fonts embedded; nothing is fetched from the network."""
    from weasyprint import HTML  # imported here: loading WeasyPrint costs about a second

    html = HTML(string=render_html(report), base_url=DATA_DIR.as_uri() + "/", url_fetcher=local_fetcher())
    return html.write_pdf()


def _html_block(block: Block, code: str) -> str:
    attributes = ""
    if block.language != code:
        direction = "rtl" if block.language == "ar" else "ltr"
        attributes = f' lang="{HTML_LANG.get(block.language, block.language)}" dir="{direction}"'
    content = "".join(_html_span(span) for span in block.spans)
    if block.kind == "chapter":
        return f'<h2><span class="number">{_h(block.number)}</span>{content}</h2>'
    if block.kind == "heading":
        return f"<h3{attributes}>{content}</h3>"
    if block.kind in ("paragraph", "quote"):
        # The number is in the report's language and direction, whatever the paragraph's text.
        number = f'<span class="number" lang="{HTML_LANG[code]}">{_h(block.number)}</span>'
        return f'<p class="{block.kind} numbered"{attributes}>{number}<span class="text">{content}</span></p>'
    return f'<p class="{block.kind}"{attributes}>{content}</p>'


def _html_span(span: Span) -> str:
    # WeasyPrint moves a float: footnote element to the page's foot and leaves its number here.
    note = f'<span class="footnote">{_h(span.footnote)}</span>' if span.footnote else ""
    text = _h(span.text)
    if span.language:
        direction = "rtl" if span.language == "ar" else "ltr"
        text = f'<span lang="{HTML_LANG.get(span.language, span.language)}" dir="{direction}">{text}</span>'
    if span.italic:
        text = f"<em>{text}</em>"
    if span.bold:
        text = f"<strong>{text}</strong>"
    return text + note


def _h(text: str) -> str:
    return escape(text or "", quote=True)


@cache
def _stylesheet() -> str:
    return (DATA_DIR / "un_document.css").read_text(encoding="utf-8")
