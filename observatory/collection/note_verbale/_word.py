"""The note verbale as a Word document (python-docx): A4, letterhead, reference, date, body, questions.

python-docx has no right-to-left API, so Arabic sets ``w:bidi`` on paragraphs (and the section) and
``w:rtl`` on runs through OXML. In a ``w:bidi`` paragraph Word reads alignment and indents from the
start of the line (ECMA-376 §17.3.1.6), so the same logical values serve both directions. Every run
names its East Asian font in ``w:eastAsia`` (Chinese) and its complex-script font in ``w:cs`` (Arabic);
all are Noto fonts that Debian installs (fonts-noto-core, fonts-noto-cjk).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ._model import CITY, LANGUAGE_TAGS, ORGANIZATION, REFERENCE_LABEL, NoteVerbale, clean, question_number
from ._template import Block
from ._text import format_date

LATIN_FONT = "Noto Serif"
ARABIC_FONT = "Noto Naskh Arabic"
CHINESE_FONT = "Noto Serif CJK SC"
# UN Arabic documents are set a size up (14 pt against 12 pt elsewhere): Naskh reads small.
FONT_SIZE = {"ar": 14}
INDENT = Mm(12.7)

# Children of rPr, pPr and sectPr must come in schema order (ECMA-376), or Word calls the file corrupt.
RPR_ORDER = [
    "w:rStyle",
    "w:rFonts",
    "w:b",
    "w:bCs",
    "w:i",
    "w:iCs",
    "w:caps",
    "w:smallCaps",
    "w:strike",
    "w:dstrike",
    "w:outline",
    "w:shadow",
    "w:emboss",
    "w:imprint",
    "w:noProof",
    "w:snapToGrid",
    "w:vanish",
    "w:webHidden",
    "w:color",
    "w:spacing",
    "w:w",
    "w:kern",
    "w:position",
    "w:sz",
    "w:szCs",
    "w:highlight",
    "w:u",
    "w:effect",
    "w:bdr",
    "w:shd",
    "w:fitText",
    "w:vertAlign",
    "w:rtl",
    "w:cs",
    "w:em",
    "w:lang",
    "w:eastAsianLayout",
    "w:specVanish",
    "w:oMath",
]
PPR_ORDER = [
    "w:pStyle",
    "w:keepNext",
    "w:keepLines",
    "w:pageBreakBefore",
    "w:framePr",
    "w:widowControl",
    "w:numPr",
    "w:suppressLineNumbers",
    "w:pBdr",
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
]
SECTPR_ORDER = [
    "w:headerReference",
    "w:footerReference",
    "w:footnotePr",
    "w:endnotePr",
    "w:type",
    "w:pgSz",
    "w:pgMar",
    "w:paperSrc",
    "w:pgBorders",
    "w:lnNumType",
    "w:pgNumType",
    "w:cols",
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:bidi",
    "w:rtlGutter",
    "w:docGrid",
    "w:printerSettings",
    "w:sectPrChange",
]


def render_docx(note: NoteVerbale, blocks: Sequence[Block]) -> bytes:
    """The DOCX file of a note verbale whose body is ``blocks``."""
    language = note.language
    document = Document()
    _page_setup(document, language)
    _default_style(document, language)
    properties = document.core_properties
    properties.title = clean(note.title)
    properties.subject = clean(note.reference)
    properties.author = properties.last_modified_by = "UNODC"
    properties.language = LANGUAGE_TAGS[language]
    properties.comments = properties.keywords = ""  # the template's own metadata is not ours

    _paragraph(document, language, ORGANIZATION[language], align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    _paragraph(document, language, CITY[language], align=WD_ALIGN_PARAGRAPH.CENTER, after=Pt(18))
    if clean(note.reference):
        paragraph = _paragraph(document, language, REFERENCE_LABEL[language] + " ", after=Pt(0))
        _run(paragraph, language, clean(note.reference), bold=True)
    date = format_date(note.date, language)
    _paragraph(document, language, date, align=WD_ALIGN_PARAGRAPH.RIGHT, after=Pt(18))
    for block in blocks:
        if block.kind == "question":
            text = f"{question_number(block.number, language)}\t{block.text}"
            paragraph = _paragraph(document, language, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            paragraph.paragraph_format.tab_stops.add_tab_stop(INDENT * 2)
            paragraph.paragraph_format.left_indent = INDENT * 2
            paragraph.paragraph_format.first_line_indent = -INDENT
        else:
            paragraph = _paragraph(document, language, block.text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            paragraph.paragraph_format.first_line_indent = INDENT
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def _page_setup(document, language: str) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(25)
    section.left_margin = section.right_margin = Mm(25)
    if language == "ar":
        # Section direction: page numbers, columns and gutter follow the reading order.
        _put(section._sectPr, "w:bidi", SECTPR_ORDER)


def _default_style(document, language: str) -> None:
    """Fonts, sizes and proofing language on the document defaults and the Normal style, so text
    typed later in Word keeps them."""
    size = Pt(FONT_SIZE.get(language, 12))
    style = document.styles["Normal"]
    style.font.size = size
    style.paragraph_format.space_after = Pt(6)
    _fonts(style.element.get_or_add_rPr(), language, size)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if rpr is not None:
            _fonts(rpr, language, size)
            _put(rpr, "w:sz", RPR_ORDER).set(qn("w:val"), str(int(size.pt * 2)))


def _paragraph(document, language: str, text: str, *, align=None, bold=False, after=None):
    paragraph = document.add_paragraph()
    if language == "ar":
        _put(paragraph._p.get_or_add_pPr(), "w:bidi", PPR_ORDER)
    if align is not None:
        paragraph.alignment = align
    if after is not None:
        paragraph.paragraph_format.space_after = after
    _run(paragraph, language, text, bold=bold)
    return paragraph


def _run(paragraph, language: str, text: str, *, bold: bool = False):
    run = paragraph.add_run(text)
    if bold:
        run.bold = True
    rpr = run._r.get_or_add_rPr()
    if bold and language == "ar":
        _put(rpr, "w:bCs", RPR_ORDER)  # Word takes the boldness of Arabic text from this property
    _fonts(rpr, language)
    return run


def _fonts(rpr, language: str, size: Pt | None = None) -> None:
    """Name the font of each script slot Word may pick (ascii, hAnsi, East Asian, complex script)."""
    fonts = _put(rpr, "w:rFonts", RPR_ORDER)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        # A theme font wins over a named one: drop the template's theme fonts.
        fonts.attrib.pop(qn(attribute), None)
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)
    fonts.set(qn("w:cs"), ARABIC_FONT)
    fonts.set(qn("w:eastAsia"), CHINESE_FONT)
    if language == "zh":
        # Characters shared by both scripts (quotes, ellipsis) take the East Asian font in Chinese text.
        fonts.set(qn("w:hint"), "eastAsia")
    if size is not None:
        # Complex-script text (Arabic) has its own size property.
        _put(rpr, "w:szCs", RPR_ORDER).set(qn("w:val"), str(int(size.pt * 2)))
    if language == "ar":
        _put(rpr, "w:rtl", RPR_ORDER)
    lang = _put(rpr, "w:lang", RPR_ORDER)
    lang.set(qn("w:val"), LANGUAGE_TAGS["en" if language in {"ar", "zh"} else language])
    lang.set(qn("w:eastAsia"), LANGUAGE_TAGS["zh"])
    lang.set(qn("w:bidi"), LANGUAGE_TAGS["ar"])


def _put(parent, tag: str, order: Sequence[str]):
    """The child ``tag`` of ``parent``, created at its schema position when missing."""
    existing = parent.find(qn(tag))
    if existing is not None:
        return existing
    element = OxmlElement(tag)
    later = {qn(name) for name in order[order.index(tag) + 1 :]}
    for child in parent:
        if child.tag in later:
            child.addprevious(element)
            return element
    parent.append(element)
    return element
