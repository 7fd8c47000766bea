"""The text layer of one PDF page as lines of runs, read through PDFium.

PDFium groups the characters of a page into rectangles: a stretch of one text object on one line, so
one font, one size, one style. Reading the page a rectangle at a time (its box, its share of the page's
text, one character's font) costs a handful of calls per rectangle instead of several per character,
which is what makes the extraction fast. PDFium puts right-to-left letters in reading order but not the
numbers, brackets and Latin words among them: lines that have both are read again from the positions
of their words (``bidi``).
"""

from __future__ import annotations

import ctypes
import dataclasses
import math
import re
import unicodedata
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

from observatory.ingest.extract.bidi import direction, logical_order, mirror

# Font descriptor flag 7 (PDF 32000-1, table 123).
_ITALIC_FLAG = 1 << 6
_ITALIC_NAME = re.compile(r"italic|oblique|[-,]it$|[-,]ital", re.IGNORECASE)
# Characters that carry no text: NUL, "not a character".
_JUNK = re.compile(r"[\x00\uffff]")
# Ligatures and Arabic presentation forms are glyph shapes; the text has the letters they stand for.
_PRESENTATION_FORMS = re.compile(r"[\ufb00-\ufb4f\ufb50-\ufdff\ufe70-\ufefe]+")
_RTL_LETTER = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")
_LETTER = re.compile(r"[^\W\d_]")
_SPACE_RUNS = re.compile(r"\s+")
_SKIPPED = frozenset("\r\n\x00\uffff")
_NEEDS_GLYPHS = re.compile(
    r"[0-9\u0660-\u0669\u06f0-\u06f9()\[\]{}<>«»‹›A-Za-z\u00c0-\u024f\u0400-\u04ff\u3000-\u9fff]"
)
# A word in a right-to-left script (with its marks), a number, a word in another script, or one character.
_PIECE = re.compile(
    r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u064b-\u065f\u0670]+|[0-9\u0660-\u0669\u06f0-\u06f9]+|[^\W\d_]+|.",
    re.DOTALL,
)


@dataclass(slots=True)
class Run:
    """A stretch of text in one font on one line: PDFium's text rectangle."""

    text: str
    left: float
    right: float
    bottom: float  # of the glyphs themselves
    top: float
    font_bottom: float  # of the font's box (ascent to descent): the same for every run of a font and size
    font_top: float
    size: float  # effective font size in points
    italic: bool
    # For lines with right-to-left text: each glyph's text and left edge, in visual order.
    glyphs: list[tuple[float, str]] | None = None


class Line:
    """Runs that share a line, in reading order; its measures are worked out once.

    Lines with right-to-left text are read glyph by glyph from where the glyphs stand (``bidi``), since
    what is written left to right inside them may span several runs ("CAC/COSP/" + "2009").
    """

    __slots__ = (
        "_sequence",
        "_text",
        "baseline",
        "bottom",
        "left",
        "main",
        "right",
        "rtl",
        "runs",
        "size",
        "superscripts",
        "top",
    )  # fmt: skip

    def __init__(self, runs: list[Run]) -> None:
        self.rtl = _is_rtl("".join(run.text for run in runs))
        self._sequence: list[tuple[int, str]] | None = None  # (run, text) in reading order
        if any(run.glyphs is not None for run in runs):
            runs, self._sequence = _read_in_order(runs, self.rtl)
        elif self.rtl and len(runs) > 1:
            # A right-to-left line set in several runs is read from the rightmost; the content stream
            # may hold them in another order (justified Arabic: the end of the line first).
            runs = sorted(runs, key=lambda run: -run.right)
        self.runs = runs
        # The run with the most characters gives the line its font size and baseline.
        self.main = max(runs, key=lambda run: len(run.text.strip()))
        self.size = self.main.size
        self.baseline = self.main.font_bottom  # the same for every line set in one font and size
        self.left = min(run.left for run in runs)
        self.right = max(run.right for run in runs)
        self.top = max(run.font_top for run in runs)
        self.bottom = min(run.font_bottom for run in runs)
        self.superscripts = _superscripts(runs, self.main)  # indexes of runs set smaller and raised
        self._text = self.text(skip=frozenset(), cached=False)

    def text(self, skip: frozenset[int] | set[int] = frozenset(), cached: bool = True) -> str:
        """The line's text, runs joined with a space where the layout leaves a gap between them."""
        if cached and not skip:
            return self._text
        if self._sequence is not None:
            return _SPACE_RUNS.sub(
                " ", "".join(text for run, text in self._sequence if run not in skip)
            ).strip()
        pieces: list[str] = []
        previous: Run | None = None
        for index, run in enumerate(self.runs):
            if index in skip:
                continue
            if previous is not None and _needs_space(previous, run, pieces[-1] if pieces else ""):
                pieces.append(" ")
            pieces.append(run.text)
            previous = run
        return _SPACE_RUNS.sub(" ", "".join(pieces)).strip()

    def without(self, indexes: set[int]) -> Line | None:
        """The line less some of its runs, or None if none is left."""
        runs = [run for index, run in enumerate(self.runs) if index not in indexes]
        return Line(runs) if runs else None


def _is_rtl(text: str) -> bool:
    """Whether most letters of a text are from a right-to-left script."""
    if not _RTL_LETTER.search(text):
        return False
    sample = text[:200]  # the start tells as well as the whole, for a fraction of the work
    return len(_RTL_LETTER.findall(sample)) * 2 > len(_LETTER.findall(sample))


def _read_in_order(runs: list[Run], right_to_left: bool) -> tuple[list[Run], list[tuple[int, str]]]:
    """The runs of a line with right-to-left text in reading order, each with its text in that order,
    and the line's text as (run, piece) in reading order."""
    glyphs: list[tuple[float, str, int]] = []
    for number, run in enumerate(runs):
        if run.glyphs is not None:
            for x, text in run.glyphs:
                # A combining mark (Arabic harakat: "ً", "ُ", "ّ") is drawn over its letter, at about the
                # same place: it follows that letter in the text, never the position order.
                if glyphs and glyphs[-1][2] == number and text and all(_is_mark(ch) for ch in text):
                    glyphs[-1] = (glyphs[-1][0], glyphs[-1][1] + text, number)
                else:
                    glyphs.append((x, text, number))
        else:  # a run whose order PDFium got right (no numbers or Latin in it): it goes as a whole
            glyphs.append((run.left, run.text, number))
    glyphs.sort(key=lambda glyph: glyph[0])
    kinds = ["R" if _RTL_LETTER.search(text) else direction(text) for _, text, _ in glyphs]
    order = logical_order(kinds, right_to_left, [text.isspace() for _, text, _ in glyphs])
    sequence = [
        (glyphs[index][2], mirror(glyphs[index][1]) if mirrored else glyphs[index][1])
        for index, mirrored in order
    ]
    first: dict[int, int] = {}
    for position, (number, _) in enumerate(sequence):
        first.setdefault(number, position)
    ordered = sorted(range(len(runs)), key=lambda number: first.get(number, len(sequence)))
    renumbered = {old: new for new, old in enumerate(ordered)}
    texts: dict[int, list[str]] = {number: [] for number in range(len(runs))}
    for number, text in sequence:
        texts[number].append(text)
    ordered_runs = [dataclasses.replace(runs[number], text="".join(texts[number])) for number in ordered]
    return ordered_runs, [(renumbered[number], text) for number, text in sequence]


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me")


def _needs_space(previous: Run, run: Run, before: str) -> bool:
    if not before or before[-1].isspace() or not run.text or run.text[0].isspace():
        return False
    if _is_mark(run.text[0]):
        return False  # a mark set as a run of its own belongs to the letter before it
    gap = run.left - previous.right if run.left >= previous.left else previous.left - run.right
    return gap > 0.15 * max(previous.size, run.size)


def read_lines(textpage) -> list[Line]:
    """The lines of a page's text layer, in the order of the text (its content stream)."""
    groups: list[list[Run]] = []
    for run in _read_runs(textpage):
        if groups and _same_line(groups[-1][-1], run):
            groups[-1].append(run)
        else:
            groups.append([run])
    return [Line(runs) for runs in groups]


class _Calls:
    """The PDFium calls for one page, with the output structures they fill allocated once."""

    def __init__(self, textpage) -> None:
        self.textpage = textpage
        self.left, self.bottom = ctypes.c_double(), ctypes.c_double()
        self.right, self.top = ctypes.c_double(), ctypes.c_double()
        self.loose = pdfium_c.FS_RECTF()
        self.matrix = pdfium_c.FS_MATRIX()
        self.flags = ctypes.c_int()
        self.name = ctypes.create_string_buffer(128)
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.italic_by_font: dict[bytes, bool] = {}

    def glyphs(self, text: str, start: int, stop: int, right_to_left: bool) -> list[tuple[float, str]]:
        """The characters ``start`` … ``stop`` as pieces (left edge, text), in visual order.

        PDFium reverses right-to-left text but misplaces what is written left to right inside it and the
        punctuation around it ("-1" for "1-", "/2009/15COSP/CAC"), so lines with right-to-left letters
        are read again from where their pieces stand. A piece is a word of one script or one other
        character; the positions of its first and last characters also tell whether PDFium gave its
        letters in the order they are read, and it is turned round if not. ``right_to_left`` is the
        direction of the line.
        """
        page = self.textpage
        pieces: list[tuple[float, str]] = []
        reversed_words: dict[bool, bool] = {}
        for found in _PIECE.finditer(text, start, stop):
            piece = found.group()
            if piece in _SKIPPED:
                continue
            if piece in ("\x02", "\ufffe"):
                piece = "-"  # a hyphen that ends the line (see _clean)
            if _PRESENTATION_FORMS.search(piece):
                piece = _PRESENTATION_FORMS.sub(
                    lambda forms: unicodedata.normalize("NFKC", forms.group()), piece
                )
            first = found.start()
            if piece == " " and pdfium_c.FPDFText_IsGenerated(page, first):
                # A space PDFium inserted has no place of its own: it goes just beside the piece before.
                x = pieces[-1][0] + (-0.001 if right_to_left else 0.001) if pieces else 0.0
                pieces.append((x, piece))
                continue
            x = self._origin(first)
            if len(piece) > 1:
                # Whether PDFium gave this kind of word backwards is the same all through a run: look once.
                right_to_left_word = bool(_RTL_LETTER.match(piece))
                backwards = reversed_words.get(right_to_left_word)
                if backwards is None:
                    end = self._origin(found.end() - 1)
                    backwards = reversed_words[right_to_left_word] = (end > x) == right_to_left_word
                if backwards:
                    piece = piece[::-1]
            pieces.append((x, piece))
        pieces.sort(key=lambda piece: piece[0])
        return pieces

    def _origin(self, index: int) -> float:
        pdfium_c.FPDFText_GetCharOrigin(self.textpage, index, self.x, self.y)
        return self.x.value

    def rects(self, start: int, count: int) -> list[tuple[float, float, float, float]]:
        """The text rectangles of a range of characters, as (left, bottom, right, top)."""
        boxes = []
        for index in range(max(pdfium_c.FPDFText_CountRects(self.textpage, start, count), 0)):
            if pdfium_c.FPDFText_GetRect(self.textpage, index, self.left, self.top, self.right, self.bottom):
                boxes.append((self.left.value, self.bottom.value, self.right.value, self.top.value))
        return boxes

    def run(self, text: str, char: int, box: tuple[float, float, float, float]) -> Run:
        """A run of ``text`` in the rectangle ``box``, its font read from the character ``char``."""
        page = self.textpage
        size = pdfium_c.FPDFText_GetFontSize(page, char)
        if pdfium_c.FPDFText_GetMatrix(page, char, self.matrix):
            matrix = self.matrix
            size *= math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c))
        if pdfium_c.FPDFText_GetLooseCharBox(page, char, self.loose):
            font_bottom, font_top = self.loose.bottom, self.loose.top
        else:
            font_bottom, font_top = box[1], box[3]
        pdfium_c.FPDFText_GetFontInfo(page, char, self.name, len(self.name), self.flags)
        font = self.name.value
        italic = self.italic_by_font.get(font)
        if italic is None:
            italic = bool(self.flags.value & _ITALIC_FLAG) or bool(
                _ITALIC_NAME.search(font.decode("latin-1"))
            )
            self.italic_by_font[font] = italic
        return Run(text, box[0], box[2], box[1], box[3], font_bottom, font_top, round(size, 2), italic)


def _read_runs(textpage) -> list[Run]:
    """The page's runs. The page's text is read once; each rectangle's share of it is found by asking
    PDFium how many rectangles a growing range of characters spans (a binary search within a line)."""
    calls = _Calls(textpage)
    count = pdfium_c.FPDFText_CountChars(textpage)
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    if len(text) != count:
        # PDFium left characters out of the text or added some: positions no longer match indexes.
        return _read_runs_by_area(calls)
    runs: list[Run] = []
    position = 0
    for piece in text.split("\r\n"):
        start, end = position, position + len(piece)
        position = end + 2
        if not piece.strip():
            continue
        piece_rtl = _is_rtl(piece)
        # PDFium puts right-to-left letters and the spaces and stops between them in reading order; it
        # errs on numbers, brackets and left-to-right words among them, in any run of such a line.
        mixed = bool(_RTL_LETTER.search(piece)) and bool(_NEEDS_GLYPHS.search(piece))
        boxes = calls.rects(start, end - start)
        starts = [start] + [
            _first_char_of_rect(textpage, start, end, number) for number in range(1, len(boxes))
        ]
        for number, box in enumerate(boxes):
            stop = starts[number + 1] if number + 1 < len(boxes) else end
            chunk = text[starts[number] : stop]
            char = next((starts[number] + offset for offset, c in enumerate(chunk) if not c.isspace()), None)
            if char is None:
                continue
            run = calls.run(_clean(chunk), char, box)
            if mixed:
                run.glyphs = calls.glyphs(text, starts[number], stop, piece_rtl)
                run.text = "".join(glyph for _, glyph in run.glyphs)  # in visual order until its line is read
            runs.append(run)
    return runs


def _first_char_of_rect(textpage, start: int, end: int, number: int) -> int:
    """The index of the first character of the ``number``-th (0-based) rectangle of a line."""
    low, high = start, end - 1
    while low < high:
        middle = (low + high) // 2
        if pdfium_c.FPDFText_CountRects(textpage, start, middle - start + 1) > number:
            high = middle
        else:
            low = middle + 1
    return low


def _read_runs_by_area(calls: _Calls) -> list[Run]:
    """The page's runs, each rectangle's text read by its area: slower (every look-up scans the page),
    for the rare pages whose text does not line up with PDFium's character indexes."""
    runs: list[Run] = []
    for box in calls.rects(0, -1):
        # A neighbour's glyph may overlap the rectangle by a kerning's width: ask a little inside it.
        inset = min(1.0, (box[2] - box[0]) / 4)
        text = _clean(calls.textpage.get_text_bounded(box[0] + inset, box[1], box[2] - inset, box[3]))
        char = _char_in(calls.textpage, box) if text.strip() else None
        if char is not None:
            runs.append(calls.run(text, char, box))
    return runs


def _char_in(textpage, box: tuple[float, float, float, float]) -> int | None:
    """The index of a printed character inside a rectangle (any one: a rectangle has one font).

    Spaces are passed over: PDFium generates some of them, and those report no font of their own.
    """
    left, bottom, right, top = box
    middle = (bottom + top) / 2
    width, height = right - left, top - bottom
    for x in ((left + right) / 2, left + width / 4, right - width / 4, left + min(1.0, width / 4)):
        index = pdfium_c.FPDFText_GetCharIndexAtPos(textpage, x, middle, width / 2, height / 2)
        if index < 0:
            continue
        for candidate in range(index, index + 4):
            code = pdfium_c.FPDFText_GetUnicode(textpage, candidate)
            if code and not chr(code).isspace() and not pdfium_c.FPDFText_IsGenerated(textpage, candidate):
                return candidate
    return None


def _clean(text: str) -> str:
    # PDFium reports a hyphen that ends a line as \x02 or \ufffe; whether it splits a word or a
    # compound ("anti-corruption") cannot be told, and keeping it loses no letter.
    text = _JUNK.sub(
        "",
        text.replace("\x02", "-")
        .replace("\ufffe", "-")
        .replace("\r\n", " ")
        .replace("\n", " ")
        .replace("\r", " "),
    )
    if _PRESENTATION_FORMS.search(text):
        text = _PRESENTATION_FORMS.sub(lambda found: unicodedata.normalize("NFKC", found.group()), text)
    return text


def _same_line(last: Run, run: Run) -> bool:
    """Whether a run continues the line of the previous one: their font boxes overlap by at least half
    the smaller one."""
    overlap = min(last.font_top, run.font_top) - max(last.font_bottom, run.font_bottom)
    smaller = min(last.font_top - last.font_bottom, run.font_top - run.font_bottom)
    return smaller > 0 and overlap >= 0.5 * smaller


def _superscripts(runs: list[Run], main: Run) -> set[int]:
    """The runs set smaller and raised: footnote calls ("Convention,7"), ordinals ("1er")."""
    return {
        index
        for index, run in enumerate(runs)
        if run is not main and run.size < 0.85 * main.size and run.bottom > main.bottom + 0.2 * main.size
    }
