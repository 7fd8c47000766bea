"""From the lines of PDF pages to blocks: footnotes told apart at the foot of each page, the rest grouped
into paragraphs by line spacing, indentation and where lines end."""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from dataclasses import dataclass

from observatory.ingest.extract.pdf_debris import PageText
from observatory.ingest.extract.pdf_lines import Line
from observatory.ingest.extract.textnorm import fold_spaces, join_wrapped
from observatory.ingest.types import Block

# Footnotes are set smaller than the body text: at most this share of its size.
FOOTNOTE_SIZE_RATIO = 0.92
# The footnote area starts in the lower part of the page: its first line lies below this share of the
# height (measured from the top), so a page of small print is not taken for one big footnote.
FOOTNOTE_AREA_START = 0.4
# A line further from the previous one than this many times the usual spacing starts a new paragraph.
PARAGRAPH_GAP_RATIO = 1.25
# Fewer pairs of lines than this in one font size say nothing reliable about its line spacing.
MIN_SPACING_SAMPLES = 4
# Without a measured spacing, lines of a paragraph are at most this many times the font's height apart.
FONT_HEIGHT_SPACING = 1.05
# A one-line paragraph ends on a full stop at least this many font sizes short of the margin; ragged
# lines of a longer paragraph are shorter than the full width by one word at most.
SHORT_LINE_EMS = 5
# Indentation that counts (a first-line indent, a hanging list item), in font sizes.
INDENT_EMS = 0.8

_SEPARATOR = re.compile(r"^[_\-–—‒―]{5,}$")
_RAISED_MARKER = re.compile(r"^\s*(\d{1,3}|[*†‡§¶]{1,3}|[a-z])\s*[.)]?\s*$")
_LEADING_MARKER = re.compile(r"^(\d{1,3}|[*†‡§¶]{1,3})[.)]?\s+(?=\S)")
_LABEL = re.compile(r"^\s*\(?[\dA-Za-z]{1,4}[.)]\s*$")
_SENTENCE_END = re.compile(r"[.:;!?。；：！？؟]$")


@dataclass
class Footnote:
    """The lines of one footnote at the foot of a page, its printed marker taken off the first."""

    marker: str | None  # None: the footnote goes on from the previous page
    texts: list[str]
    sizes: list[float]


def body_font_size(pages: list[PageText]) -> float:
    """The size of the body text: the font size that most characters of the document are set in."""
    weight: dict[float, int] = defaultdict(int)
    for page in pages:
        for line in page.lines:
            weight[round(line.size, 1)] += len(line.text())
    return max(weight, key=weight.__getitem__) if weight else 0.0


def line_spacing(pages: list[PageText]) -> dict[float, float]:
    """For each font size, the distance between the baselines of two lines of one paragraph.

    It is the smallest spacing that is common (a tenth of the cases at least): spacing inside
    paragraphs is the tightest there is, the gaps between paragraphs only add to it. Sizes with too few
    lines to tell are left out (then the font's own height stands in).
    """
    pitches: dict[float, list[float]] = defaultdict(list)
    for page in pages:
        for previous, line in zip(page.lines, page.lines[1:], strict=False):
            size = _size_bucket(line.size)
            if _size_bucket(previous.size) != size:
                continue
            pitch = previous.baseline - line.baseline
            if 0.8 * line.size < pitch < 3 * line.size:
                pitches[size].append(round(pitch * 2) / 2)
    spacing: dict[float, float] = {}
    for size, values in pitches.items():
        if len(values) < MIN_SPACING_SAMPLES:
            continue
        counts: dict[float, int] = defaultdict(int)
        for value in values:
            counts[value] += 1
        common = [value for value, count in counts.items() if count * 10 >= len(values)]
        spacing[size] = min(common) if common else statistics.median(values)
    # Sizes with few lines are spaced like the others, in proportion to their size.
    if spacing:
        ratio = statistics.median(value / size for size, value in spacing.items())
        for size in pitches:
            spacing.setdefault(size, ratio * size)
    return spacing


def split_footnotes(page: PageText, body_size: float) -> tuple[list[Line], list[Footnote]]:
    """The page's body lines (in text order) and the footnotes printed at its foot (top to bottom)."""
    lines = page.lines
    top_down = sorted(range(len(lines)), key=lambda index: -lines[index].top)
    zone = _zone_below_separator(lines, top_down)
    separator = zone[0] if zone else None
    area = zone[1:] if zone else _zone_of_small_print(page, top_down, body_size)
    if not area:
        return lines, []
    taken = set(area)
    if separator is not None:
        taken.add(separator)
    body = [line for index, line in enumerate(lines) if index not in taken]
    return body, _footnotes([lines[index] for index in area])


def _zone_below_separator(lines: list[Line], top_down: list[int]) -> list[int]:
    """A rule of underscores with smaller print below it: [the rule, the lines below, top down]."""
    for position, index in enumerate(top_down):
        if not _SEPARATOR.match(lines[index].text()):
            continue
        below = [other for other in top_down[position + 1 :] if lines[other].top <= lines[index].bottom + 1]
        if below and _starts_with_marker(lines[below[0]]) is not None:
            return [index, *below]
    return []


def _zone_of_small_print(page: PageText, top_down: list[int], body_size: float) -> list[int]:
    """The lines at the foot of the page set smaller than the body, from the first that opens with a
    footnote marker; nothing if no body text stands above them."""
    lines = page.lines
    small: list[int] = []
    for index in reversed(top_down):
        if lines[index].size > body_size * FOOTNOTE_SIZE_RATIO:
            break
        small.append(index)
    small.reverse()
    if len(small) == len(lines):
        return []
    for position, index in enumerate(small):
        if lines[index].top < page.top - page.height * FOOTNOTE_AREA_START and _starts_with_marker(
            lines[index]
        ):
            return small[position:]
    return []


def _starts_with_marker(line: Line) -> tuple[str, str, bool] | None:
    """(marker, text after it, whether the marker is raised) if the line opens with a footnote marker."""
    first = line.runs[0]
    raised = 0 in line.superscripts or (len(line.runs) > 1 and first.size < 0.85 * line.size)
    if raised and _RAISED_MARKER.match(first.text):
        marker = first.text.strip().rstrip(".)").strip()
        return marker, line.text(skip={0}), True
    found = _LEADING_MARKER.match(line.text())
    if found:
        return found.group(1), line.text()[found.end() :], False
    return None


def _footnotes(lines: list[Line]) -> list[Footnote]:
    notes: list[Footnote] = []
    for line in lines:
        opened = _starts_with_marker(line)
        if opened is not None and (not notes or _opens_next(notes[-1].marker, *opened)):
            notes.append(Footnote(opened[0], [opened[1]], [line.size]))
        elif notes:
            notes[-1].texts.append(line.text())
            notes[-1].sizes.append(line.size)
        else:
            notes.append(Footnote(None, [line.text()], [line.size]))
    return notes


def _opens_next(previous: str | None, marker: str, _text: str, raised: bool) -> bool:
    """Whether a marker at the start of a line opens a new footnote rather than going on with one.

    A raised marker does; a number set on the line only when it follows the previous footnote's
    (so "2349, No. 42146" inside footnote 7 stays in it).
    """
    if raised or not marker.isdigit():
        return True
    return previous is not None and previous.isdigit() and int(marker) == int(previous) + 1


def group_paragraphs(lines: list[Line], spacing: dict[float, float]) -> list[list[Line]]:
    """Body lines grouped into paragraphs, in text order."""
    if not lines:
        return []
    column_end = _column_ends(lines)
    paragraphs: list[list[Line]] = [[lines[0]]]
    for line in lines[1:]:
        if _starts_paragraph(paragraphs[-1], line, spacing, column_end):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return paragraphs


def _column_ends(lines: list[Line]) -> dict[bool, float]:
    """Where full lines end: the right edge for left-to-right text, the left edge for right-to-left."""
    ends: dict[bool, float] = {}
    for line in lines:
        if line.rtl:
            ends[True] = min(ends.get(True, line.left), line.left)
        else:
            ends[False] = max(ends.get(False, line.right), line.right)
    return ends


def _start(line: Line) -> float:
    """Where a line starts, growing towards the inside for either direction of writing."""
    return -line.right if line.rtl else line.left


def _end(line: Line) -> float:
    return -line.left if line.rtl else line.right


def _starts_paragraph(paragraph: list[Line], line: Line, spacing: dict[float, float], column_end) -> bool:
    previous = paragraph[-1]
    size = line.size
    if abs(size - previous.size) > 0.5 or line.rtl != previous.rtl:
        return True
    pitch = previous.baseline - line.baseline
    if pitch < -0.5 * size:
        return True  # back up the page: another column or frame
    usual = spacing.get(_size_bucket(size)) or FONT_HEIGHT_SPACING * (
        previous.main.font_top - previous.main.font_bottom
    )
    if pitch > PARAGRAPH_GAP_RATIO * usual:
        return True
    if len(paragraph) >= 2 and abs(_start(line) - _start(previous)) > INDENT_EMS * size:
        return True  # a first-line indent after a full line, or the next item of a hanging list
    full = -column_end[True] if line.rtl else column_end[False]
    if _SENTENCE_END.search(previous.text()):
        short = full - _end(previous)
        if len(paragraph) == 1 and short > SHORT_LINE_EMS * size:
            return True  # a paragraph of one line, ending well short of the margin on a full stop
        if len(paragraph) >= 2 and short > 3 * size and _end(paragraph[-2]) >= full - 0.5 * size:
            return True  # justified text whose last line ended short, on a full stop
    return False


def _size_bucket(size: float) -> float:
    return round(size * 2) / 2


def paragraph_block(lines: list[Line], page: int, footnote_calls: set[str]) -> Block | None:
    """One paragraph as a block; raised footnote calls whose footnote is on the page are left out."""
    text = ""
    for line in lines:
        skip = {
            index
            for index in line.superscripts
            if _calls(line.runs[index].text) and _calls(line.runs[index].text) <= footnote_calls
        }
        text = join_wrapped(text, line.text(skip=skip))
    text = fold_spaces(text)
    if not text:
        return None
    return Block(
        text=text,
        page=page,
        font_size=_median_size(line.size for line in lines),
        italic_start=_italic_start(lines[0]),
    )


def _calls(text: str) -> set[str]:
    """The footnote markers a raised run calls: "7", "3,4" → {"3", "4"}; empty if it is not a call."""
    parts = [part.strip() for part in re.split(r"[,\s]+", text.strip()) if part.strip()]
    if parts and all(_RAISED_MARKER.match(part) for part in parts):
        return {part.rstrip(".)") for part in parts}
    return set()


def _italic_start(line: Line) -> str | None:
    """The italic text a paragraph opens with, after a printed label ("1.", "(a)") if it has one."""
    runs = line.runs
    start = 1 if len(runs) > 1 and not runs[0].italic and _LABEL.match(runs[0].text) else 0
    italic: list[int] = []
    for index in range(start, len(runs)):
        if not runs[index].italic:
            break
        italic.append(index)
    if not italic:
        return None
    keep = set(italic)
    text = line.text(skip={index for index in range(len(runs)) if index not in keep})
    return text.strip() or None


def footnote_block(note: Footnote, page: int) -> Block | None:
    """A footnote as a block of kind "footnote"."""
    text = ""
    for piece in note.texts:
        text = join_wrapped(text, piece)
    text = fold_spaces(text)
    if not text:
        return None
    return Block(
        text=text, kind="footnote", page=page, marker=note.marker, font_size=_median_size(note.sizes)
    )


def _median_size(sizes) -> float:
    return round(statistics.median(list(sizes)), 1)
