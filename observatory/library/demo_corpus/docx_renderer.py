"""Word rendering of a demo document: Word headings, operative verbs in italics, lettered sub-paragraphs
as indented paragraphs, real Word footnotes, the symbol as page header and the job number in the footer.

python-docx cannot write footnotes, so this module writes the footnotes part (``word/footnotes.xml``)
itself and relates it to the document part; Word numbers the footnotes, except those with a printed mark
of their own (an asterisk), which are written as custom marks. Arabic paragraphs and runs carry
``w:bidi``/``w:rtl`` (python-docx has no right-to-left API).
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from docx import Document
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from .model import FOOTNOTE_MARKER, DemoDocument, Paragraph

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
EAST_ASIAN_FONT = "Noto Sans CJK SC"
ARABIC_FONT = "Noto Naskh Arabic"
LATIN_FONT = "Times New Roman"
LANG_TAGS = {"ar": "ar-SA", "zh": "zh-CN", "en": "en-GB", "fr": "fr-FR", "es": "es-ES", "ru": "ru-RU"}
# Elements that follow w:bidi in a paragraph's properties and w:rtl in a run's: Word wants schema order.
AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
AFTER_RTL = ("w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")


class FootnoteWriter:
    """Numbers the footnotes in the order they are called and writes the footnotes part."""

    def __init__(self, doc: DemoDocument, rtl: bool):
        self.doc = doc
        self.rtl = rtl
        self.ids: dict[str, int] = {}

    def reference(self, paragraph, marker: str) -> None:
        """Append the call of footnote ``marker`` to a Word paragraph."""
        footnote_id = self.ids.setdefault(marker, len(self.ids) + 1)
        run = OxmlElement("w:r")
        run.append(self._superscript_properties())
        reference = OxmlElement("w:footnoteReference")
        reference.set(qn("w:id"), str(footnote_id))
        if not marker.isdigit():
            reference.set(qn("w:customMarkFollows"), "1")
        run.append(reference)
        if not marker.isdigit():
            text = OxmlElement("w:t")
            text.text = marker
            run.append(text)
        paragraph._p.append(run)

    def _superscript_properties(self):
        properties = OxmlElement("w:rPr")
        align = OxmlElement("w:vertAlign")
        align.set(qn("w:val"), "superscript")
        properties.append(align)
        if self.rtl:
            properties.append(OxmlElement("w:rtl"))
        return properties

    def xml(self) -> bytes:
        """The text of ``word/footnotes.xml``: the two separators Word expects, then the footnotes."""
        bidi = "<w:bidi/>" if self.rtl else ""
        rtl = "<w:rtl/>" if self.rtl else ""
        parts = [
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">',
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
            "</w:r></w:p></w:footnote>",
        ]
        for marker, footnote_id in self.ids.items():
            note = self.doc.footnote(marker)
            mark = "<w:footnoteRef/>" if marker.isdigit() else f"<w:t>{escape(marker)}</w:t>"
            parts.append(
                f'<w:footnote w:id="{footnote_id}"><w:p><w:pPr>{bidi}<w:spacing w:after="60"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/>{rtl}</w:rPr>{mark}</w:r>'
                f'<w:r><w:rPr>{rtl}<w:sz w:val="17"/></w:rPr><w:t xml:space="preserve"> {escape(note.text)}'
                "</w:t></w:r></w:p></w:footnote>"
            )
        parts.append("</w:footnotes>")
        return "".join(parts).encode("utf-8")


def render_docx(doc: DemoDocument) -> bytes:
    """The document as a Word file (see the module docstring)."""
    document = Document()
    rtl = doc.language == "ar"
    _page_setup(document, doc)
    _default_fonts(document, doc)
    footnotes = FootnoteWriter(doc, rtl)
    for paragraph in doc.paragraphs:
        _add_paragraph(document, paragraph, footnotes, rtl)
    if footnotes.ids:
        part = Part(
            PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, footnotes.xml(), document.part.package
        )
        document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    document.core_properties.title = doc.title
    document.core_properties.language = LANG_TAGS.get(doc.language, doc.language)
    document.core_properties.author = "United Nations"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _page_setup(document, doc: DemoDocument) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2.4), Cm(2.6)
    section.different_first_page_header_footer = True
    if doc.header:
        section.header.paragraphs[0].text = doc.header
    footer = section.footer.paragraphs[0]
    if doc.job_number:
        footer.add_run(f"{doc.job_number.split()[0]}\t")
    _page_number_field(footer)
    if doc.job_number:
        section.first_page_footer.paragraphs[0].text = doc.job_number
    if doc.symbol:
        section.first_page_header.paragraphs[0].text = doc.symbol


def _page_number_field(paragraph) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _default_fonts(document, doc: DemoDocument) -> None:
    normal = document.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = Pt(10)
    properties = normal.element.get_or_add_rPr()
    fonts = properties.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    fonts.set(qn("w:cs"), ARABIC_FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), LANG_TAGS.get(doc.language, doc.language))
    lang.set(qn("w:eastAsia"), "zh-CN")
    lang.set(qn("w:bidi"), "ar-SA")
    properties.append(lang)


def _add_paragraph(document, paragraph: Paragraph, footnotes: FootnoteWriter, rtl: bool) -> None:
    if paragraph.kind == "heading":
        level = min(paragraph.level or 1, 3)
        label = f"{paragraph.label} " if paragraph.label else ""
        word = document.add_heading(level=level)
        _add_text(word, label + paragraph.text, footnotes, rtl)
        _finish(word, rtl)
        return
    word = document.add_paragraph()
    if paragraph.id.startswith("dec "):
        word.paragraph_format.left_indent = Cm(1.25)
        _add_text(word, f"({paragraph.number})\t{paragraph.text}", footnotes, rtl)
        _finish(word, rtl)
        return
    if paragraph.label:
        _run(word, f"{paragraph.label}\t", rtl)
    text = paragraph.text
    if paragraph.italic:
        _run(word, paragraph.italic, rtl).italic = True
        text = text[len(paragraph.italic) :]
    _add_text(word, text, footnotes, rtl)
    if paragraph.style in ("masthead", "title"):
        for run in word.runs:
            run.bold = True
    _finish(word, rtl)
    for sub in paragraph.subparagraphs:
        indented = document.add_paragraph()
        indented.paragraph_format.left_indent = Cm(1.25)
        _add_text(indented, f"({sub.label})\t{sub.text}", footnotes, rtl)
        _finish(indented, rtl)


def _add_text(word, text: str, footnotes: FootnoteWriter, rtl: bool) -> None:
    """Runs of text, with a Word footnote reference wherever a footnote is called."""
    last = 0
    for match in FOOTNOTE_MARKER.finditer(text):
        if match.start() > last:
            _run(word, text[last : match.start()], rtl)
        footnotes.reference(word, match.group(1))
        last = match.end()
    if last < len(text):
        _run(word, text[last:], rtl)


def _run(word, text: str, rtl: bool):
    run = word.add_run(text)
    if rtl:
        run._r.get_or_add_rPr().insert_element_before(OxmlElement("w:rtl"), *AFTER_RTL)
    return run


def _finish(word, rtl: bool) -> None:
    if rtl:
        word._p.get_or_add_pPr().insert_element_before(OxmlElement("w:bidi"), *AFTER_BIDI)
