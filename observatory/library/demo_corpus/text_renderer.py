"""Plain text as a UN document gives it when it is saved as text: one line per paragraph, lettered
sub-paragraphs indented, and the debris of the pages it was laid out on.

Each page ends with a rule "__________________", the footnotes called on that page and a footer (the job
number, the page number), then a form feed; each page but the first opens with the running header (the
document symbol). A paragraph that does not fit on a page is cut at a word and goes on after the next
page's header, exactly as in a text dump of a real report. Plain text has no italics: operative verbs are
written plainly.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field

from .model import FOOTNOTE_MARKER, DemoDocument, Paragraph

LINE_WIDTH = 95  # characters of Latin, Cyrillic or Arabic text on a line of an A4 page
LINES_PER_PAGE = 46
FOOTNOTE_RULE = "__________________"
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
MIN_LINES_TO_SPLIT = 2  # a paragraph is cut only if at least this many of its lines fit on the page


def footnote_call(marker: str) -> str:
    """How a footnote call is printed in text: superscript digits ("⁷"), other markers as they are."""
    return marker.translate(SUPERSCRIPT)


def printed_lines(paragraph: Paragraph) -> list[str]:
    """The lines a paragraph prints as, with its label, footnote calls and indented sub-paragraphs."""
    text = FOOTNOTE_MARKER.sub(lambda m: footnote_call(m.group(1)), paragraph.text)
    if paragraph.label and paragraph.kind == "operative" and paragraph.id.startswith("dec "):
        first = f"    {paragraph.label} {text}"
    elif paragraph.label:
        glue = "" if paragraph.label.endswith(("、", "-")) else " "
        first = f"{paragraph.label}{glue}{text}"
    else:
        first = text
    lines = first.split("\n")
    for sub in paragraph.subparagraphs:
        sub_text = FOOTNOTE_MARKER.sub(lambda m: footnote_call(m.group(1)), sub.text)
        lines.append(f"    ({sub.label}) {sub_text}")
    return lines


def line_weight(text: str) -> int:
    """Width of a text in Latin characters: East Asian wide characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def lines_needed(text: str) -> int:
    """How many printed lines a text takes on the page."""
    return max(1, math.ceil(line_weight(text) / LINE_WIDTH))


@dataclass
class Page:
    """One page of the text: its body lines and the footnote markers called on it."""

    lines: list[str] = field(default_factory=list)
    markers: list[str] = field(default_factory=list)
    used: int = 0


class Paginator:
    """Lays lines onto pages, keeping room for the footnotes each page calls."""

    def __init__(self, doc: DemoDocument):
        self.doc = doc
        self.pages: list[Page] = [Page()]

    @property
    def page(self) -> Page:
        """The page being filled."""
        return self.pages[-1]

    def room(self) -> int:
        """Lines still free on the page, after its footnotes."""
        notes = sum(lines_needed(self.doc.footnote(m).text) + 1 for m in self.page.markers)
        rule = 2 if self.page.markers else 0
        return LINES_PER_PAGE - self.page.used - notes - rule

    def add(self, line: str) -> None:
        """Put one printed line on the pages, cutting it at a word if the page is full."""
        while True:
            needed = lines_needed(line) + self._notes_cost(line)
            free = self.room()
            if needed <= free:
                self._place(line)
                return
            if free >= MIN_LINES_TO_SPLIT and lines_needed(line) > 1:
                head, tail = split_line(line, (free - self._notes_cost(line)) * LINE_WIDTH)
                if head and tail:
                    self._place(head)
                    self.pages.append(Page())
                    line = tail
                    continue
            if self.page.used == 0:  # a line longer than a page: let it overflow rather than loop
                self._place(line)
                return
            self.pages.append(Page())

    def blank(self) -> None:
        """An empty line between paragraphs (not at the top of a page)."""
        if self.page.used and self.room() > 0:
            self.page.lines.append("")
            self.page.used += 1

    def _notes_cost(self, line: str) -> int:
        markers = calls_in(line)
        cost = sum(lines_needed(self.doc.footnote(m).text) + 1 for m in markers)
        return cost + (2 if markers and not self.page.markers else 0)

    def _place(self, line: str) -> None:
        self.page.lines.append(line)
        self.page.used += lines_needed(line)
        self.page.markers.extend(calls_in(line))


def calls_in(line: str) -> list[str]:
    """The footnote markers called in a printed line (superscript digits or an asterisk)."""
    reverse = {v: k for k, v in zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹", strict=True)}
    markers, digits = [], ""
    for ch in line + " ":
        if ch in reverse:
            digits += reverse[ch]
            continue
        if digits:
            markers.append(digits)
            digits = ""
    # An asterisk call is printed right after a word, as in "provisional agenda*".
    if "*" in line and not line.lstrip().startswith("*"):
        markers.append("*")
    return markers


def split_line(line: str, width: int) -> tuple[str, str]:
    """Cut a line so that its first part is at most ``width`` wide: at a space, or anywhere in text
    without spaces (Chinese)."""
    total = 0
    cut = 0
    for index, ch in enumerate(line):
        total += line_weight(ch)
        if total > width:
            break
        cut = index + 1
    space = line.rfind(" ", 0, cut)
    if " " in line.strip() and space > 0:
        return line[:space], line[space + 1 :]
    return line[:cut], line[cut:]


def render_text(doc: DemoDocument) -> str:
    """The document as plain text with UN-style page debris (see the module docstring)."""
    paginator = Paginator(doc)
    for paragraph in doc.paragraphs:
        for line in printed_lines(paragraph):
            paginator.add(line)
        paginator.blank()
    pages = [page for page in paginator.pages if page.lines]
    out: list[str] = []
    for number, page in enumerate(pages, start=1):
        if number > 1 and doc.header:
            out += [doc.header, ""]
        elif number == 1 and doc.symbol:
            out += [doc.symbol, ""]
        out += _trim(page.lines)
        if page.markers:
            out += ["", FOOTNOTE_RULE, ""]
            out += [f"{footnote_call(m)} {doc.footnote(m).text}" for m in page.markers]
        out += ["", _footer(doc, number, len(pages))]
        if number < len(pages):
            out.append("\f")
    return "\n".join(out) + "\n"


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[-1]:
        lines = lines[:-1]
    return lines


def _footer(doc: DemoDocument, number: int, total: int) -> str:
    if not doc.job_number:
        return str(number)
    job = doc.job_number
    if number == 1:
        # The first page carries the job number and its bar-code digits.
        return f"{job}\n*{''.join(ch for ch in job.split()[0] if ch.isdigit())}*"
    return f"{number}/{total}\t{job.split()[0]}" if number % 2 == 0 else f"{job.split()[0]}\t{number}/{total}"
