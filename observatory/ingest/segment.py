"""The segment stage: blocks → the paragraphs of the extraction contract, with their ids (DESIGN §4).

What it does, in order:
- drops page-break debris (rules of underscores, page numbers, job numbers, barcodes, running headers);
- splits hard-wrapped text into lines and regroups them: a numbered paragraph starts at "12.", a lettered
  sub-paragraph "(a)" stays with the paragraph that introduces it, a footnote ("⁷ United Nations …") is
  its own paragraph and never glued into the text it interrupts;
- makes a paragraph cut by a page break whole again (an open sentence continued in lower case);
- knows resolutions and decisions ("Resolution 7/1", "Décision 5/1", "第7/1号决议" …): inside resolution N,
  unnumbered paragraphs are preambular ("N pp K") and numbered ones operative ("N op K");
- removes footnote markers glued to words ("Convention⁷", "Kosovo2", "2011:1") when a footnote with that
  marker exists, and lists them on the paragraph.

Ids: numbered report paragraph "12"; "N op K", "N pp K"; decision items "dec N (a)" (a decision's
unlettered text "dec N"); footnotes "fn K"; headings "h K" and other text "t K" (K-th of its kind).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .types import Block

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")

_RESOLUTION_WORDS = r"Resolution|Résolution|Resolución|Резолюция|القرار"
_DECISION_WORDS = r"Decision|Décision|Decisión|Решение|المقرر"
RESOLUTION_HEADING = re.compile(rf"^(?:{_RESOLUTION_WORDS})\s+(\d{{1,2}}/\d{{1,2}})\.?$", re.IGNORECASE)
DECISION_HEADING = re.compile(rf"^(?:{_DECISION_WORDS})\s+(\d{{1,2}}/\d{{1,2}})\.?$", re.IGNORECASE)
RESOLUTION_HEADING_ZH = re.compile(r"^第\s*(\d{1,2}/\d{1,2})\s*号决议$")
DECISION_HEADING_ZH = re.compile(r"^第\s*(\d{1,2}/\d{1,2})\s*号决定$")

NUMBERED = re.compile(r"^(\d{1,3})\s?[.．](?!\d)\s*(\S.*)$|^(\d{1,3})\s[-–]\s(\S.*)$")
SUBPARAGRAPH = re.compile(
    r"^(?:[-–•]\s*)?\(([a-z]{1,2}|[ivx]{1,5}|[а-я]|[\u0621-\u064A]{1,2}|[一二三四五六七八九十]{1,3})\)\s*(\S.*)$"
    r"|^([a-zа-я])\)\s+(\S.*)$"
)
ROMAN_HEADING = re.compile(r"^([IVXLC]{1,6})\.\s+(\S.{0,200})$")
LETTER_HEADING = re.compile(r"^([A-H])\.\s+(\S.{0,200})$")
CHINESE_HEADING = re.compile(r"^([一二三四五六七八九十]{1,3})[、.．]\s*(\S.{0,120})$")
FOOTNOTE_LINE = re.compile(rf"^([{SUPERSCRIPTS}]{{1,3}}|\d{{1,3}})\s+(\S.*)$")
CHAPEAU = re.compile(
    r"^(?:The Conference of the States Parties|La Conférence des États parties|La Conferencia de los Estados"
    r" Partes|Конференция государств-участников|إن مؤتمر الدول الأطراف|مؤتمر الدول الأطراف|"
    r"联合国反腐败公约缔约国会议|《联合国反腐败公约》缔约国会议)"
)

DEBRIS = [
    re.compile(r"^[_\-–—=·.\s]{5,}$"),  # separator rules
    re.compile(r"^V\.\d{2}-\d{4,6}(?:\s*\([A-Z]\))?(?:\s+\S+)*$"),  # UN job numbers
    re.compile(r"^\*\d{6,}\*$"),  # barcodes
    re.compile(r"^[-–]?\s*\d{1,4}\s*[-–]?$"),  # bare page numbers
    re.compile(r"^(?:Page|page|Página|página|Стр\.|стр\.|الصفحة)\s*\d+(?:\s*(?:of|de|из|من)\s*\d+)?$"),
    re.compile(r"^\d{1,4}\s*/\s*\d{1,4}$"),  # "3/12" page counters
]
SYMBOL_LINE = re.compile(r"^[A-Z]{1,6}(?:/[A-Za-z0-9.]+){2,}$")
OPEN_END = re.compile(r"[^.;:!?。；：！？)\]»”\"]$")
EMPHASIS = re.compile(r"(?<![\w*])\*{1,2}([^*]+?)\*{1,2}(?![\w*])")
ABBREVIATIONS = {"add", "rev", "corr", "crp", "inf", "no", "nos", "vol", "para", "paras", "art", "p", "pp", "wg", "eg"}


@dataclass
class Paragraph:
    """One paragraph of the contract, before language, references and action are added."""

    id: str
    kind: str  # operative | preambular | numbered | footnote | heading | text
    text: str
    number: str | None = None
    resolution: str | None = None
    page: int | None = None
    footnotes: list[str] = field(default_factory=list)  # markers of the footnotes it cites
    language: str | None = None
    references: dict = field(default_factory=dict)
    action: dict | None = None


@dataclass
class Segmented:
    """The segment stage's result: paragraphs and what it learnt of the document."""

    paragraphs: list[Paragraph]
    symbol: str | None
    title: str | None
    has_resolutions: bool


@dataclass
class _Unit:
    kind: str
    parts: list[str]
    number: str | None = None
    resolution: str | None = None
    context: str | None = None  # "resolution" or "decision"
    page: int | None = None
    letter: str | None = None  # decision items

    @property
    def text(self) -> str:
        return " ".join(part for part in self.parts if part)


def clean_line(line: str) -> str:
    """A line with Markdown-style emphasis removed and spaces folded (NFC, so matching is stable)."""
    line = unicodedata.normalize("NFC", line)
    line = EMPHASIS.sub(r"\1", line)
    line = line.replace("\u00ad", "")  # soft hyphens
    return re.sub(r"[ \t\u00a0\u2009\u202f]+", " ", line).strip()


def is_debris(line: str, symbol: str | None = None) -> bool:
    """Page-break debris: rules, page numbers, job numbers, barcodes, a running header with the symbol."""
    if any(pattern.match(line) for pattern in DEBRIS):
        return True
    return symbol is not None and line == symbol


def _is_open(text: str) -> bool:
    return bool(text) and bool(OPEN_END.search(text))


def _starts_lower(text: str) -> bool:
    first = next((ch for ch in text if ch.isalpha()), "")
    return bool(first) and first.islower()


def _uncased(text: str) -> bool:
    first = next((ch for ch in text if ch.isalpha()), "")
    return bool(first) and not first.islower() and not first.isupper()


class _Segmenter:
    def __init__(self, blocks: list[Block]):
        self.blocks = blocks
        self.units: list[_Unit] = []
        self.context: str | None = None
        self.resolution: str | None = None
        self.page: int | None = None
        self.broken = False  # a page break (or debris, or a footnote) since the last body text
        self.symbol = self._find_symbol()
        self.seen_symbol = False
        self.seen_chapeau = False

    def _find_symbol(self) -> str | None:
        for block in self.blocks[:40]:
            for line in block.text.splitlines():
                line = clean_line(line)
                if SYMBOL_LINE.match(line):
                    return line
        return None

    # -- units -------------------------------------------------------------------------------------
    def _last_body(self) -> _Unit | None:
        for unit in reversed(self.units):
            if unit.kind not in ("footnote", "heading"):
                return unit
            if unit.kind == "heading":
                return None
        return None

    def _new(self, kind: str, text: str, **extra) -> _Unit:
        unit = _Unit(
            kind=kind,
            parts=[text],
            page=self.page,
            context=self.context,
            resolution=self.resolution,
            **extra,
        )
        self.units.append(unit)
        if kind not in ("footnote",):
            self.broken = False
        return unit

    def _continue_or_new(self, text: str) -> None:
        """Body text: the rest of a paragraph cut by a page break, or a new paragraph."""
        if self.context and not self.seen_chapeau:
            if CHAPEAU.match(text):
                self.seen_chapeau = True
            elif _is_open(text) and len(text) < 200 and not text.endswith(","):
                # Between "Resolution 7/1" and the chapeau stands the resolution's title.
                self._new("heading", text)
                return
        last = self._last_body()
        if last is not None and _is_open(last.text) and (
            _starts_lower(text) or (self.broken and _uncased(text))
        ):
            last.parts.append(text)
            self.broken = False
            return
        self._new("text", text)

    # -- lines -------------------------------------------------------------------------------------
    def _heading(self, text: str, level: int | None = None) -> None:
        match = RESOLUTION_HEADING.match(text) or RESOLUTION_HEADING_ZH.match(text)
        if match:
            self.context, self.resolution = "resolution", match.group(1)
            self.seen_chapeau = False
        else:
            match = DECISION_HEADING.match(text) or DECISION_HEADING_ZH.match(text)
            if match:
                self.context, self.resolution = "decision", match.group(1)
                self.seen_chapeau = False
            elif ROMAN_HEADING.match(text) and self.context:
                # A new chapter of the report ends the resolution or decision.
                self.context = self.resolution = None
        self._new("heading", text, number=None)

    def _line(self, line: str, first_in_block: bool, block: Block) -> None:
        if RESOLUTION_HEADING.match(line) or DECISION_HEADING.match(line) or RESOLUTION_HEADING_ZH.match(line) or (
            DECISION_HEADING_ZH.match(line)
        ):
            self._heading(line)
            return
        numbered = NUMBERED.match(line)
        if numbered:
            number = numbered.group(1) or numbered.group(3)
            self._new("numbered", numbered.group(2) or numbered.group(4), number=number)
            return
        sub = SUBPARAGRAPH.match(line)
        if sub:
            letter = sub.group(1) or sub.group(3)
            rest = sub.group(2) or sub.group(4)
            last = self._last_body()
            if self.context == "decision" and (last is None or last.letter or last.kind == "text"):
                self._new("item", f"({letter}) {rest}", letter=letter)
            elif last is not None:
                last.parts.append(f"({letter}) {rest}")
                self.broken = False
            else:
                self._new("text", f"({letter}) {rest}")
            return
        if first_in_block and (ROMAN_HEADING.match(line) or LETTER_HEADING.match(line) or CHINESE_HEADING.match(line)):
            if not line.endswith((".", ";", ":")) or len(line) < 80:
                self._heading(line)
                return
        footnote = FOOTNOTE_LINE.match(line) if first_in_block else None
        if footnote and (footnote.group(1)[0] in SUPERSCRIPTS or self._plausible_plain_footnote(footnote, block)):
            self._new("footnote", footnote.group(2), number=footnote.group(1).translate(_SUPER_TO_DIGIT))
            self.broken = True
            return
        if first_in_block:
            self._continue_or_new(line)
        else:
            last = self.units[-1] if self.units else None
            if last is None:
                self._new("text", line)
            else:
                last.parts.append(line)

    def _plausible_plain_footnote(self, match: re.Match, block: Block) -> bool:
        # "7 United Nations, Treaty Series …": a plain number, a space, then a capital or a symbol; only
        # trusted after a page break or a separator rule, where footnotes sit.
        rest = match.group(2)
        return self.broken and (rest[:1].isupper() or bool(SYMBOL_LINE.match(rest.split(" ")[0])))

    # -- blocks ------------------------------------------------------------------------------------
    def run(self) -> list[_Unit]:
        for block in self.blocks:
            if block.page is not None:
                self.page = block.page
            if block.kind == "page_break":
                self.broken = True
                continue
            if block.kind == "footnote":
                self._new("footnote", clean_line(" ".join(block.text.split())), number=block.marker)
                self.broken = True
                continue
            # Emphasis first, on the whole block: "**Conference …\n… Corruption**" spans lines.
            lines = [clean_line(line) for line in EMPHASIS.sub(r"\1", block.text).splitlines()]
            lines = [line for line in lines if line]
            kept = []
            for line in lines:
                if is_debris(line, self.symbol if self.seen_symbol else None):
                    self.broken = True
                    continue
                if self.symbol and line == self.symbol:
                    self.seen_symbol = True
                kept.append(line)
            if not kept:
                continue
            if block.kind == "heading":
                self._heading(" ".join(kept), block.level)
                continue
            if block.kind == "list_item" and block.marker:
                kept[0] = f"{block.marker} {kept[0]}"
            for index, line in enumerate(kept):
                self._line(line, index == 0, block)
        return self.units


def _markers_in(text: str, markers: set[str]) -> tuple[str, list[str]]:
    """Remove footnote markers glued to words; return the text and the markers found."""
    found: list[str] = []

    def superscript(match: re.Match) -> str:
        found.append(match.group(0).translate(_SUPER_TO_DIGIT))
        return ""

    text = re.sub(rf"[{SUPERSCRIPTS}]+", superscript, text)

    def glued(match: re.Match) -> str:
        word, punct, digits = match.group(1), match.group(2) or "", match.group(3)
        if digits not in markers:
            return match.group(0)
        if punct == "." and word.lower() in ABBREVIATIONS:
            return match.group(0)
        if not punct and (word.isupper() or any(ch.isdigit() for ch in word)):
            return match.group(0)  # "G20", "WG4": part of a name, not a marker
        found.append(digits)
        return word + punct

    text = re.sub(r"(?<![\w/])([^\W\d_]{2,}|\d{4})([,.;:)]?)(\d{1,3})(?=[\s,.;:)]|$)", glued, text)
    return re.sub(r"\s+", " ", text).strip(), found


def segment(blocks: list[Block]) -> Segmented:
    """Turn the blocks of one document into the contract's paragraphs with their ids."""
    machine = _Segmenter(blocks)
    units = machine.run()
    markers = {unit.number for unit in units if unit.kind == "footnote" and unit.number}
    paragraphs: list[Paragraph] = []
    counters = {"h": 0, "t": 0}
    preambular: dict[str, int] = {}
    has_resolutions = False
    for unit in units:
        text, cited = _markers_in(unit.text, markers) if unit.kind != "footnote" else (unit.text, [])
        if not text:
            continue
        kind, number, resolution = unit.kind, unit.number, None
        if unit.kind == "footnote":
            pid = f"fn {number}"
        elif unit.kind == "heading":
            counters["h"] += 1
            pid = f"h {counters['h']}"
        elif unit.context == "resolution" and unit.kind == "numbered":
            kind, resolution, pid = "operative", unit.resolution, f"{unit.resolution} op {number}"
            has_resolutions = True
        elif unit.context == "resolution" and unit.kind == "text" and not CHAPEAU.match(text):
            preambular[unit.resolution] = preambular.get(unit.resolution, 0) + 1
            kind, resolution = "preambular", unit.resolution
            number = None
            pid = f"{unit.resolution} pp {preambular[unit.resolution]}"
            has_resolutions = True
        elif unit.context == "decision" and unit.kind in ("item", "text", "numbered") and not CHAPEAU.match(text):
            kind, resolution = "text", unit.resolution
            pid = f"dec {unit.resolution} ({unit.letter})" if unit.letter else f"dec {unit.resolution}"
            if unit.kind == "numbered":
                pid = f"dec {unit.resolution} {number}"
            has_resolutions = True
        elif unit.kind == "numbered":
            pid = number
        else:
            counters["t"] += 1
            kind, number, pid = "text", None, f"t {counters['t']}"
        paragraphs.append(
            Paragraph(
                id=pid,
                kind=kind,
                text=text,
                number=number if kind in ("operative", "numbered", "footnote") else None,
                resolution=resolution if kind in ("operative", "preambular") or pid.startswith("dec ") else None,
                page=unit.page,
                footnotes=cited,
            )
        )
    _make_ids_unique(paragraphs)
    title = next((p.text for p in paragraphs if p.kind == "heading" and not RESOLUTION_HEADING.match(p.text)), None)
    return Segmented(paragraphs=paragraphs, symbol=machine.symbol, title=title, has_resolutions=has_resolutions)


def _make_ids_unique(paragraphs: list[Paragraph]) -> None:
    """A printed number seen twice (a numbering slip in the source) gets a suffix, so ids stay keys."""
    seen: dict[str, int] = {}
    for paragraph in paragraphs:
        count = seen.get(paragraph.id, 0)
        seen[paragraph.id] = count + 1
        if count:
            paragraph.id = f"{paragraph.id} ({count + 1})"
