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
# "Resolution 7/1 Strengthening asset declaration systems": heading and title on one line (PDF layout).
HEADING_WITH_TITLE = re.compile(
    rf"^((?:{_RESOLUTION_WORDS}|{_DECISION_WORDS})\s+\d{{1,2}}/\d{{1,2}})\s+(\S.{{2,250}})$", re.IGNORECASE
)
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
ARABIC_HEADING = re.compile(
    r"^(أولاً|ثانياً|ثالثاً|رابعاً|خامساً|سادساً|سابعاً|ثامناً|تاسعاً|عاشراً|أولا|ثانيا|ثالثا|رابعا|خامسا)\s*[-–]\s*(\S.{0,200})$"
)
NUMBERED_HEADINGS = (ROMAN_HEADING, LETTER_HEADING, CHINESE_HEADING, ARABIC_HEADING)
TERMINAL = ".;:,!?。；：，！？"
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
FOOTNOTE_LINE = re.compile(rf"^([{SUPERSCRIPTS}]{{1,3}}|\*{{1,3}}|\d{{1,3}})\s+(\S.*)$")
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
# The first line of a UN document names the body; a format may set it large, but it is no heading.
MASTHEAD = re.compile(
    r"^(?:Conference of the States Parties to the United Nations Convention against Corruption|"
    r"Conférence des États parties à la Convention des Nations Unies contre la corruption|"
    r"Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la Corrupción|"
    r"Конференция государств[- –]+участников Конвенции Организации Объединенных Наций против коррупции|"
    r"مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد|联合国反腐败公约缔约国会议|"
    r"UNITED NATIONS)$",
    re.IGNORECASE,
)
DISTRIBUTION = re.compile(r"^(?:Distr\.|Distr :|Distr\.:|Общая|Distribución|التوزيع|分发)", re.IGNORECASE)
# "Original: English"; French and Spanish mastheads put the version's language first.
ORIGINAL_LANGUAGE = re.compile(r"^(?:\w+\s+)?(?:Original|Подлинный текст|الأصل|原文)\s*:", re.IGNORECASE)
SYMBOL_LINE = re.compile(r"^[A-Z]{1,6}(?:/[A-Za-z0-9.]+){2,}$")
LEADING_SYMBOL = re.compile(r"^([A-Z]{1,6}(?:/[A-Za-z0-9.]+){2,})\s+(\S.*)$")
OPEN_END = re.compile(r"[^.;:!?。；：！？)\]»”\"]$")
EMPHASIS = re.compile(r"(?<![\w*])\*{1,2}([^*]+?)\*{1,2}(?![\w*])")
ABBREVIATIONS = {
    "add",
    "rev",
    "corr",
    "crp",
    "inf",
    "no",
    "nos",
    "vol",
    "para",
    "paras",
    "art",
    "p",
    "pp",
    "wg",
    "eg",
}


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
    kind: str  # text | numbered | heading | footnote | item (a decision's lettered item)
    parts: list[str]
    number: str | None = None
    resolution: str | None = None
    context: str | None = None  # "resolution" or "decision"
    page: int | None = None
    single_line: bool = False  # a text block of one line: a title or heading when it has no punctuation
    font_size: float | None = None

    @property
    def text(self) -> str:
        return " ".join(part for part in self.parts if part)


def clean_line(line: str) -> str:
    """A line with Markdown-style emphasis removed and spaces folded (NFC, so matching is stable)."""
    line = unicodedata.normalize("NFC", line)
    line = EMPHASIS.sub(r"\1", line)
    line = line.replace("\u00ad", "")  # soft hyphens
    line = re.sub(r"[ \t\u00a0\u2009\u202f]+", " ", line).strip()
    # No language sets a space before a comma or a full stop; justified PDF text comes out with some.
    line = re.sub(r"(?<=[\w»”)]) ([,.])(?=\s|$)", r"\1", line)
    # Chinese sets no space between characters and digits; a PDF's runs may leave one ("就 2011年").
    line = re.sub(r"(?<=[\u4e00-\u9fff，。、；：]) (?=[0-9])|(?<=[0-9]) (?=[\u4e00-\u9fff])", "", line)
    # Arabic vowel marks split from their letters by a PDF's runs ("ويُقد َّ م", "اعتُ مدت"): a space never
    # comes before a mark, and after a short vowel or shadda inside a word it is the run's, not a word's.
    line = re.sub(r" (?=[\u064B-\u065F\u0670])", "", line)
    line = re.sub(r"(?<=[\u064E-\u0652]) (?=[\u0621-\u064A])", "", line)
    # A symbol broken between two runs: "CAC/COSP/WG. 4/2010/3".
    return re.sub(r"(/[A-Z]{1,5}\.) (?=\d+/)", r"\1", line)


_DEBRIS_TOKEN = re.compile(r"^(?:V\.\d{2}-\d{4,6}|\([A-Z]\)|\*\d{6,}\*|\d{1,4}/\d{1,4}|\d{1,4})$")


def is_debris(line: str, symbol: str | None = None) -> bool:
    """Page-break debris: rules, page numbers, job numbers, barcodes, a running header with the symbol."""
    if any(pattern.match(line) for pattern in DEBRIS):
        return True
    tokens = line.split()
    # A footer made only of debris tokens: "2/6 V.17-08795", "V.17-08795 3/6".
    if (
        len(tokens) > 1
        and all(_DEBRIS_TOKEN.match(token) for token in tokens)
        and any("V." in t for t in tokens)
    ):
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


def _looks_like_heading(text: str) -> bool:
    """A one-line block with no closing punctuation, no date in it and a capital (or no case) first: a
    title or heading in formats that do not mark headings (plain text, PDF). Not the masthead, nor an
    address in capitals ("UNITED NATIONS OFFICE ON DRUGS AND CRIME Vienna International Centre …")."""
    words = text.split()
    if MASTHEAD.match(text) or (len(words) >= 3 and all(word.isupper() for word in words[:3])):
        return False
    return (
        (
            (len(text) <= 250 and len(text.split()) >= 2)
            or (len(text) >= 4 and _uncased(text) and len(text) <= 60)
        )
        and text[-1] not in TERMINAL
        and not YEAR.search(text)
        and not _starts_lower(text)
    )


def _numbered_heading(text: str) -> tuple[str, str] | None:
    for pattern in NUMBERED_HEADINGS:
        match = pattern.match(text)
        if (match and match.group(2)[-1:] not in ".;") or (match and len(text) < 80):
            return match.group(1), match.group(2)
    return None


class _Segmenter:
    def __init__(self, blocks: list[Block]):
        self.blocks = blocks
        self.units: list[_Unit] = []
        self.context: str | None = None
        self.resolution: str | None = None
        self.page: int | None = None
        self.broken = False  # a page break (or debris, or a footnote) since the last body text
        self.in_footnotes = False  # after a separator rule, until the page ends
        self.symbol = self._find_symbol()
        self.seen_chapeau = False

    def _find_symbol(self) -> str | None:
        for index, block in enumerate(self.blocks[:40]):
            for line in block.text.splitlines():
                line = clean_line(line)
                if SYMBOL_LINE.match(line):
                    return line
                leading = LEADING_SYMBOL.match(line) if index < 3 else None
                if leading and "/" in leading.group(1):
                    # The masthead on one line with the body's name (PDF): "CAC/COSP/2017/14 Conference …".
                    return leading.group(1)
        return None

    # -- units -------------------------------------------------------------------------------------
    def _last_body(self) -> _Unit | None:
        for unit in reversed(self.units):
            if unit.kind == "footnote":
                continue
            return None if unit.kind == "heading" else unit
        return None

    def _new(self, kind: str, text: str, **extra) -> _Unit:
        unit = _Unit(
            kind=kind, parts=[text], page=self.page, context=self.context, resolution=self.resolution, **extra
        )
        self.units.append(unit)
        if kind != "footnote":
            self.broken = False
        return unit

    def _continue_or_new(self, text: str, single_line: bool) -> None:
        """Body text: the rest of a paragraph cut by a page break, or a new paragraph."""
        if self.context and not self.seen_chapeau:
            if CHAPEAU.match(text):
                self.seen_chapeau = True
            elif _is_open(text) and len(text) < 200 and not text.endswith(","):
                # Between "Resolution 7/1" and the chapeau stands the resolution's title.
                self._new("heading", text)
                return
        last = self._last_body()
        if last is not None and ORIGINAL_LANGUAGE.match(text) and DISTRIBUTION.match(last.text):
            last.parts.append(text)  # the masthead: "Distr.: General / date / Original: English"
            return
        # Cut by a page break: the open sentence goes on (in lower case, or after a break whatever the case:
        # "… by the" / page break / "Secretaría de la Función Pública.").
        # A comma closes a preambular paragraph ("Recalling …,"), so after one only lower case continues.
        if (
            last is not None
            and _is_open(last.text)
            and (_starts_lower(text) or (self.broken and not last.text.endswith((",", "،", "，"))))
        ):
            last.parts.append(text)
            self.broken = False
            return
        self._new("text", text, single_line=single_line)

    # -- lines -------------------------------------------------------------------------------------
    def _heading(self, text: str) -> None:
        match = RESOLUTION_HEADING.match(text) or RESOLUTION_HEADING_ZH.match(text)
        decision = DECISION_HEADING.match(text) or DECISION_HEADING_ZH.match(text)
        numbered = _numbered_heading(text)
        if match:
            self.context, self.resolution, self.seen_chapeau = "resolution", match.group(1), False
        elif decision:
            self.context, self.resolution, self.seen_chapeau = "decision", decision.group(1), False
        elif numbered and self.context:
            # A new chapter or section of the report ends the resolution or decision.
            self.context = self.resolution = None
        if numbered and not (match or decision):
            self._new("heading", numbered[1], number=numbered[0])
        else:
            self._new("heading", text)

    def _footnote(self, marker: str, text: str) -> None:
        marker = marker.translate(_SUPER_TO_DIGIT)
        # Two footnotes read as one block ("CAC/COSP/WG.4/2011/1. 1 See the report …"): the next marker
        # after a full stop starts the next footnote.
        following = _next_marker(marker)
        split = re.search(rf"(?<=[.;)])\s+({re.escape(following)})\s+(?=\S)", text) if following else None
        if split:
            self._footnote(marker, text[: split.start()])
            self._footnote(following, text[split.end() :])
            return
        self._new("footnote", text, number=marker)
        self.broken = True

    def _line(self, line: str, first_in_block: bool, single_line: bool) -> None:
        combined = HEADING_WITH_TITLE.match(line) if first_in_block else None
        if combined and combined.group(2)[-1] not in TERMINAL and not combined.group(2)[0].islower():
            self._heading(combined.group(1))
            self._new("heading", combined.group(2))
            return
        if any(
            p.match(line)
            for p in (RESOLUTION_HEADING, DECISION_HEADING, RESOLUTION_HEADING_ZH, DECISION_HEADING_ZH)
        ):
            self._heading(line)
            return
        footnote = FOOTNOTE_LINE.match(line)
        if footnote and (
            footnote.group(1)[0] in SUPERSCRIPTS + "*"
            or self.in_footnotes
            or (first_in_block and self._plausible_plain_footnote(footnote))
        ):
            self._footnote(footnote.group(1), footnote.group(2))
            return
        if self.in_footnotes and self.units and self.units[-1].kind == "footnote" and not first_in_block:
            self.units[-1].parts.append(line)  # a footnote that runs over two lines
            return
        numbered = NUMBERED.match(line)
        if numbered:
            self.in_footnotes = False
            self._new(
                "numbered",
                numbered.group(2) or numbered.group(4),
                number=numbered.group(1) or numbered.group(3),
            )
            return
        sub = SUBPARAGRAPH.match(line)
        if sub:
            self.in_footnotes = False
            letter, rest = sub.group(1) or sub.group(3), sub.group(2) or sub.group(4)
            last = self._last_body()
            if self.context == "decision" and (last is None or last.kind in ("item", "text")):
                self._new("item", rest, number=letter)
            elif last is not None:
                last.parts.append(f"({letter}) {rest}")
                self.broken = False
            else:
                self._new("text", f"({letter}) {rest}")
            return
        if first_in_block and _numbered_heading(line):
            self.in_footnotes = False
            self._heading(line)
            return
        if first_in_block:
            self.in_footnotes = False
            self._continue_or_new(line, single_line)
        elif self.units:
            self.units[-1].parts.append(line)
        else:
            self._new("text", line)

    def _plausible_plain_footnote(self, match: re.Match) -> bool:
        # "7 United Nations, Treaty Series …": a plain number, a space, then a capital or a symbol; only
        # trusted after a page break or a separator rule, where footnotes sit.
        rest = match.group(2)
        return self.broken and (rest[:1].isupper() or bool(SYMBOL_LINE.match(rest.split(" ")[0])))

    # -- blocks ------------------------------------------------------------------------------------
    def _kept_lines(self, block: Block) -> list[str]:
        """The block's lines without debris; emphasis removed over the whole block, since "**…**" spans
        lines — after the debris check, since a barcode "*0912345*" looks like emphasis."""
        kept = []
        for raw in block.text.splitlines():
            line = clean_line(raw)
            if not line:
                continue
            bare = " ".join(raw.split())
            if line == self.symbol:
                continue  # the masthead's symbol, and the running header that repeats it
            if self.symbol and line.startswith(self.symbol + " ") and not self.units:
                raw = line = line[len(self.symbol) + 1 :]
            if is_debris(bare) or is_debris(line):
                self.broken = True
                if DEBRIS[0].match(line):
                    self.in_footnotes = True  # a separator rule: footnotes follow
                continue
            kept.append(raw)
        text = EMPHASIS.sub(r"\1", "\n".join(kept))
        return [clean_line(line) for line in text.splitlines() if clean_line(line)]

    def run(self) -> list[_Unit]:
        for block in self.blocks:
            if block.page is not None and block.page != self.page:
                self.page = block.page
            if block.kind == "page_break":
                self.broken, self.in_footnotes = True, False
                continue
            if block.kind == "footnote":
                text = clean_line(" ".join(block.text.split()))
                if block.marker and text.startswith(block.marker + " "):
                    text = text[len(block.marker) + 1 :]  # a custom mark ("*") printed in the note itself
                self._footnote(block.marker or "", text)
                continue
            kept = self._kept_lines(block)
            if not kept:
                continue
            if block.kind == "heading" and not MASTHEAD.match(" ".join(kept)):
                self._heading(" ".join(kept))
                continue
            if block.kind == "heading":
                self._new("text", " ".join(kept))
                continue
            if block.kind == "list_item" and block.marker:
                kept[0] = f"{block.marker} {kept[0]}"
            before = len(self.units)
            for index, line in enumerate(kept):
                self._line(line, index == 0, single_line=len(kept) == 1 and block.kind == "text")
            for unit in self.units[before:]:
                unit.font_size = block.font_size
        return self.units


def _markers_in(text: str, markers: set[str]) -> tuple[str, list[str]]:
    """Remove footnote markers glued to words; return the text and the markers found."""
    found: list[str] = []

    def superscript(match: re.Match) -> str:
        found.append(match.group(0).translate(_SUPER_TO_DIGIT))
        return ""

    text = re.sub(rf"[{SUPERSCRIPTS}]+", superscript, text)
    if "*" in markers or "**" in markers:

        def asterisk(match: re.Match) -> str:
            found.append(match.group(0))
            return ""

        text = re.sub(r"(?<=[^\s*])\*{1,3}(?=[\s,.;:)]|$)", asterisk, text)

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
    body_size = _body_font_size(units)
    markers = {unit.number for unit in units if unit.kind == "footnote" and unit.number}
    paragraphs: list[Paragraph] = []
    counters = {"h": 0, "t": 0}
    preambular: dict[str, int] = {}
    has_resolutions = False
    for unit in units:
        text, cited = _markers_in(unit.text, markers) if unit.kind != "footnote" else (unit.text, [])
        if not text:
            continue
        in_resolution = unit.context == "resolution"
        kind, number, resolution = unit.kind, unit.number, unit.resolution if in_resolution else None
        # The first block is usually the masthead ("Российская Федерация"); a long one is the title.
        first = not paragraphs and (len(text.split()) < 4 and not (_uncased(text) and len(text) >= 12))
        if (
            unit.kind == "text"
            and unit.single_line
            and not unit.context
            and not first
            # Where the format gives sizes (PDF), a heading is set larger than the body text.
            and (body_size is None or unit.font_size is None or unit.font_size > body_size)
            and _looks_like_heading(text)
        ):
            kind = "heading"
        if unit.kind == "footnote":
            pid = f"fn {number}"
        elif kind == "heading":
            counters["h"] += 1
            pid = f"h {counters['h']}"
        elif in_resolution and unit.kind == "numbered":
            kind, pid = "operative", f"{unit.resolution} op {number}"
            has_resolutions = True
        elif in_resolution and unit.kind == "text" and not CHAPEAU.match(text):
            preambular[unit.resolution] = preambular.get(unit.resolution, 0) + 1
            kind, number, pid = "preambular", None, f"{unit.resolution} pp {preambular[unit.resolution]}"
            has_resolutions = True
        elif unit.kind == "item":
            kind, pid = "operative", f"dec {unit.resolution} ({number})"
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
                number=number,
                resolution=resolution,
                page=unit.page,
                footnotes=cited,
            )
        )
    _footnotes_follow_their_resolution(paragraphs)
    _make_ids_unique(paragraphs)
    title = next(
        (p.text for p in paragraphs if p.kind == "heading" and not p.number and not p.resolution), None
    )
    return Segmented(
        paragraphs=paragraphs, symbol=machine.symbol, title=title, has_resolutions=has_resolutions
    )


def _next_marker(marker: str | None) -> str | None:
    """The marker of the footnote that follows: "3" after "2", "1" after "*"."""
    if marker and marker.isdigit():
        return str(int(marker) + 1)
    return "1" if marker and set(marker) == {"*"} else None


def _body_font_size(units: list[_Unit]) -> float | None:
    """The size most of the text is set in (by characters), when the format says."""
    sizes: dict[float, int] = {}
    for unit in units:
        if unit.font_size and unit.kind in ("text", "numbered"):
            sizes[unit.font_size] = sizes.get(unit.font_size, 0) + len(unit.text)
    return max(sizes, key=sizes.get) if sizes else None


def _footnotes_follow_their_resolution(paragraphs: list[Paragraph]) -> None:
    """A footnote belongs to the resolution of the paragraph that cites it."""
    citing = {}
    for paragraph in paragraphs:
        for marker in paragraph.footnotes:
            citing.setdefault(marker, paragraph.resolution)
    for paragraph in paragraphs:
        if paragraph.kind == "footnote":
            paragraph.resolution = citing.get(paragraph.number)


def _make_ids_unique(paragraphs: list[Paragraph]) -> None:
    """A printed number seen twice (a numbering slip in the source) gets a suffix, so ids stay keys."""
    seen: dict[str, int] = {}
    for paragraph in paragraphs:
        count = seen.get(paragraph.id, 0)
        seen[paragraph.id] = count + 1
        if count:
            paragraph.id = f"{paragraph.id} ({count + 1})"
