"""What a printed page adds around its text: running headers and footers, page numbers, the UN job
number ("V.09-87654 (E)") and its barcode ("*0987654*"). Only the layout shows these for what they are,
so they are removed here, before the text loses its positions."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass

from observatory.ingest.extract.pdf_lines import Line

# Headers and footers live in the top and bottom margins: this share of the page height at each end.
MARGIN_BAND = 0.09
# A header repeated on another page sits at the same place, give or take this many points.
SAME_PLACE_POINTS = 4.0
# A header or footer repeats on at least this share of the pages (and on two at least); an identical
# footnote ("Ibid.") at the same place on two pages of a long report does not.
REPEATED_SHARE = 0.2
# Parts of one line further apart than this many font sizes are separate items (left and right footer).
SEGMENT_GAP_EMS = 2.0

_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.|página|pág\.|стр\.|страница|الصفحة)\s*)?[-–—]?\s*"
    r"(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—]?"
    r"(?:\s*(?:/|of|de|sur|из|من)\s*\d{1,4})?$|^第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?$",
    re.IGNORECASE,
)
# UN job numbers: a letter for the duty station, the year, a serial, and the language of the version.
# The dates printed beside it ("201109  231109") and its barcode may be part of the same line.
_JOB_NUMBER = re.compile(
    r"^(?:\*\d{6,}\*\s*)?[A-Z]\.?\s?\d{2}-\d{5}\s*(?:\([A-Z]\))?(?:\s+\d{6}){0,2}(?:\s*\*\d{6,}\*)?$"
)
_BARCODE = re.compile(r"^\*\d{6,}\*$")
_DIGITS = re.compile(r"^\d{4,8}$")  # the dates printed beside a job number ("201109")


@dataclass
class PageText:
    """The lines of one page and its size, as the layout steps see them."""

    number: int  # 1-based
    bottom: float  # the page's edges, in the coordinates of its text
    top: float
    lines: list[Line]

    @property
    def height(self) -> float:
        """The height of the page in points."""
        return self.top - self.bottom


def remove_debris(pages: list[PageText]) -> None:
    """Drop running headers and footers, page numbers, job numbers and barcodes from every page."""
    doomed: dict[tuple[int, int], set[int]] = defaultdict(set)  # (page, line) → indexes of runs to drop
    placed: dict[tuple[str, str], list[tuple[int, float]]] = defaultdict(list)
    candidates: list[tuple[int, int, list[int], tuple[str, str], float]] = []
    for page_index, page in enumerate(pages):
        outermost = _outermost_lines(page)
        for line_index, line in enumerate(page.lines):
            segments = _segments(line)
            texts = [_segment_text(line, segment) for segment in segments]
            if any(_JOB_NUMBER.match(text) or _BARCODE.match(text) for text in texts):
                for segment, text in zip(segments, texts, strict=True):
                    if _JOB_NUMBER.match(text) or _BARCODE.match(text) or _DIGITS.match(text):
                        doomed[page_index, line_index].update(segment)
            band = _band(page, line)
            if band is None:
                continue
            distance = page.top - line.top if band == "top" else line.bottom - page.bottom
            for segment, text in zip(segments, texts, strict=True):
                if line_index in outermost and _PAGE_NUMBER.match(text):
                    doomed[page_index, line_index].update(segment)
                    continue
                key = (band, _normalised(text))
                placed[key].append((page_index, distance))
                candidates.append((page_index, line_index, segment, key, distance))
    needed = max(2, math.ceil(REPEATED_SHARE * len(pages)))
    for page_index, line_index, segment, key, distance in candidates:
        pages_here = {
            other for other, elsewhere in placed[key] if abs(elsewhere - distance) <= SAME_PLACE_POINTS
        }
        if len(pages_here) >= needed:
            doomed[page_index, line_index].update(segment)
    for page_index, page in enumerate(pages):
        kept = []
        for line_index, line in enumerate(page.lines):
            runs = doomed.get((page_index, line_index))
            remaining = line.without(runs) if runs else line
            if remaining is not None:
                kept.append(remaining)
        page.lines = kept


def _band(page: PageText, line: Line) -> str | None:
    margin = MARGIN_BAND * page.height
    if line.bottom >= page.top - margin:
        return "top"
    if line.top <= page.bottom + margin:
        return "bottom"
    return None


def _outermost_lines(page: PageText) -> set[int]:
    """The two highest and two lowest lines of a page: the only places a bare page number can be."""
    order = sorted(range(len(page.lines)), key=lambda index: page.lines[index].top)
    return set(order[:2]) | set(order[-2:])


def _segments(line: Line) -> list[list[int]]:
    """The line's runs grouped into items separated by wide gaps, in left-to-right order."""
    order = sorted(range(len(line.runs)), key=lambda index: line.runs[index].left)
    segments: list[list[int]] = []
    for index in order:
        run = line.runs[index]
        if segments:
            last = line.runs[segments[-1][-1]]
            if run.left - last.right <= SEGMENT_GAP_EMS * max(run.size, last.size):
                segments[-1].append(index)
                continue
        segments.append([index])
    return segments


def _segment_text(line: Line, segment: list[int]) -> str:
    keep = set(segment)
    return line.text(skip={index for index in range(len(line.runs)) if index not in keep})


def _normalised(text: str) -> str:
    """Text with its numbers blanked: "Page 3 of 9" on one page repeats "Page 4 of 9" on the next."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))
