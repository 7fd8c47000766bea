"""The text of one Word paragraph, read from its runs: what Word shows, with the italic opening and the
footnote calls noted, and nothing of what Word hides (deleted text, field codes, the calls' marks)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from docx.oxml.ns import qn

from observatory.ingest.extract.textnorm import fold_spaces, italic_start

# Elements that hold runs (hyperlinks, tracked insertions, content controls, simple fields …).
_CONTAINERS = {
    qn(name)
    for name in (
        "w:hyperlink", "w:ins", "w:smartTag", "w:customXml", "w:fldSimple", "w:sdt", "w:sdtContent",
        "w:moveTo", "w:dir", "w:bdo",
    )
}  # fmt: skip
_RUN = qn("w:r")
_TEXT = qn("w:t")
_BREAKS = {qn("w:br"), qn("w:cr")}
_TAB = qn("w:tab")
_NO_BREAK_HYPHEN = qn("w:noBreakHyphen")
_SYMBOL = qn("w:sym")
_NOTE_REFERENCES = {qn("w:footnoteReference"): "footnote", qn("w:endnoteReference"): "endnote"}
_RUN_PROPERTIES = qn("w:rPr")
_OFF = ("0", "false", "off")


@dataclass
class NoteCall:
    """A footnote or endnote called from a paragraph; ``custom_mark`` is the mark typed in its place."""

    kind: str  # "footnote" or "endnote"
    note_id: str
    custom_mark: str | None = None


@dataclass
class ParagraphContent:
    """What a paragraph shows."""

    text: str
    italic_start: str | None
    calls: list[NoteCall] = field(default_factory=list)


def paragraph_content(paragraph, run_is_italic: Callable[[object], bool]) -> ParagraphContent:
    """The text of a ``w:p`` element, its leading italic text and the notes it calls.

    ``run_is_italic`` tells, for a ``w:r`` element, whether Word sets it in italics (direct formatting
    or its character style).
    """
    pieces: list[tuple[str, bool]] = []
    calls: list[NoteCall] = []
    for run in _runs(paragraph):
        italic = run_is_italic(run)
        awaiting_mark: NoteCall | None = None
        for child in run.iterchildren():
            tag = child.tag
            if tag == _TEXT:
                if awaiting_mark is not None:
                    awaiting_mark.custom_mark = (child.text or "").strip() or None
                    awaiting_mark = None
                    continue
                pieces.append((child.text or "", italic))
            elif tag == _TAB:
                pieces.append((" ", italic))
            elif tag in _BREAKS:
                pieces.append(("\n", False))
            elif tag == _NO_BREAK_HYPHEN:
                pieces.append(("-", italic))
            elif tag == _SYMBOL:
                pieces.append((_symbol(child), italic))
            elif tag in _NOTE_REFERENCES:
                call = NoteCall(kind=_NOTE_REFERENCES[tag], note_id=child.get(qn("w:id"), ""))
                calls.append(call)
                if child.get(qn("w:customMarkFollows"), "0") not in _OFF:
                    awaiting_mark = call  # the text that follows is the mark, not paragraph text
    return ParagraphContent(
        text=fold_spaces("".join(text for text, _ in pieces)), italic_start=italic_start(pieces), calls=calls
    )


def _runs(element):
    """The runs of a paragraph in order, through the elements that wrap them; deleted ones skipped."""
    for child in element.iterchildren():
        if child.tag == _RUN:
            yield child
        elif child.tag in _CONTAINERS:
            yield from _runs(child)


def _symbol(element) -> str:
    """A ``w:sym`` character; symbol-font characters (private use) show nothing readable."""
    try:
        code = int(element.get(qn("w:char"), ""), 16)
    except ValueError:
        return ""
    if 0xF000 <= code <= 0xF0FF or 0xE000 <= code <= 0xF8FF:
        return ""
    return chr(code)


def is_switched_on(element) -> bool | None:
    """The value of an on/off property element (``w:i``, ``w:iCs``): None when it is absent."""
    if element is None:
        return None
    return element.get(qn("w:val"), "1") not in _OFF


def run_properties(run):
    """The ``w:rPr`` of a run, or None."""
    return run.find(_RUN_PROPERTIES)
