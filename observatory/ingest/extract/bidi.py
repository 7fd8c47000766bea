"""Text laid out in mixed directions, read back in logical order from the order of its glyphs on the line.

A PDF places glyphs left to right as they are seen. Reading an Arabic line means reading it from the
right, except for what is written left to right inside it (numbers, Latin words, document symbols),
which keeps its left-to-right order; brackets read from the right are drawn mirrored and swap back.
This is the inverse of the layout that the Unicode bidirectional algorithm makes, for the one or two
levels of direction that documents have. Where two writings look the same on the page (a number, a
space, a Latin word), the one common in UN texts is chosen: the Latin text and the number belong
together ("CAC/COSP/2009/15", "vol. 2349").
"""

from __future__ import annotations

import unicodedata

_BRACKETS = "()[]{}<>«»‹›"
_MIRRORED = str.maketrans(_BRACKETS, ")(][}{><»«›‹")


def direction(text: str) -> str:
    """The direction of a piece of text, by its first character that has one: "R" (right to left),
    "L" (left to right), "D" (digits) or "N" (neutral: spaces, punctuation)."""
    found = "N"
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
        if kind in ("EN", "AN") and found == "N":
            found = "D"
    return found


def logical_order(
    kinds: list[str], right_to_left: bool, spaces: list[bool] | None = None
) -> list[tuple[int, bool]]:
    """For items in visual order (left to right) of the given directions, their indexes in reading
    order, each with whether it is read from the right (so drawn mirrored). ``spaces`` tells which
    items are white space (a number that opens a right-to-left line is kept apart from a Latin word
    after a space: it is a paragraph number or footnote marker, "24 CAC/COSP/2009/8")."""
    spaces = spaces if spaces is not None else [False] * len(kinds)
    if not right_to_left:
        order: list[tuple[int, bool]] = []
        for start, end, inside in _spans(kinds, opening=("R",), joining=("N", "D")):
            if inside:
                inner = logical_order(kinds[start:end], True, spaces[start:end])
                order += [(start + index, mirrored) for index, mirrored in inner]
            else:
                order += [(index, False) for index in range(start, end)]
        return order
    last = len(kinds) - 1
    backwards, gaps = kinds[::-1], spaces[::-1]
    order = []
    for begin, end, inside in _left_to_right_spans(backwards, gaps):
        if inside:  # written left to right inside the line: read in visual order
            order += [(last - index, False) for index in reversed(range(begin, end))]
        else:
            order += [(last - index, True) for index in range(begin, end)]
    return order


def visual_to_logical(clusters: list[str], right_to_left: bool) -> str:
    """The logical text of glyph clusters given in visual order (left to right) on one line.

    ``right_to_left`` is the direction of the line itself. A cluster is one glyph's text: a ligature
    ("لا") or a letter with its marks stays as it is.
    """
    kinds = [direction(cluster) for cluster in clusters]
    order = logical_order(kinds, right_to_left, [cluster.isspace() for cluster in clusters])
    return "".join(mirror(clusters[index]) if mirrored else clusters[index] for index, mirrored in order)


def mirror(text: str) -> str:
    """Brackets swapped for their mirror images: what a bracket drawn in right-to-left text stands for."""
    if len(text) == 1:
        return text.translate(_MIRRORED) if text in _BRACKETS else text
    return text.translate(_MIRRORED) if any(char in _BRACKETS for char in text) else text


def _left_to_right_spans(kinds: list[str], spaces: list[bool]):
    """In a right-to-left line read from the right, the (start, end, inside) spans of what is written
    left to right ("inside") and of what is not.

    Letters and numbers join through punctuation ("CAC/COSP/2009/15"). Through a space they join only
    when the part further on (to the left on the page) has Latin letters: "vol. 2349" is one stretch,
    but two numbers apart are two ("15 000" reads "15", then "000", as the bidirectional algorithm lays
    them out). A number that opens the line stays apart: it is a paragraph number or a footnote marker.
    """
    count = len(kinds)
    position = 0
    opening = True
    while position < count:
        if kinds[position] not in ("L", "D"):
            end = position
            while end < count and kinds[end] not in ("L", "D"):
                end += 1
            opening = opening and "R" not in kinds[position:end]
            yield position, end, False
            position = end
            continue
        last = position
        scan = position + 1
        while scan < count and kinds[scan] != "R":
            if kinds[scan] in ("L", "D"):
                if any(spaces[last + 1 : scan]):
                    if opening and "L" not in kinds[position : last + 1]:
                        break  # the line's opening number
                    if "L" not in _token(kinds, spaces, scan):
                        break
                last = scan
            scan += 1
        opening = False
        yield position, last + 1, True
        position = last + 1


def _token(kinds: list[str], spaces: list[bool], start: int) -> list[str]:
    """The kinds of the items from ``start`` to the next space."""
    end = start
    while end < len(kinds) and not spaces[end]:
        end += 1
    return kinds[start:end]


def _spans(kinds: list[str], opening: tuple[str, ...], joining: tuple[str, ...]):
    """Split positions into (start, end, inside) spans: "inside" spans run from one ``opening`` kind to
    the last one reachable through ``joining`` kinds; what lies between them is outside."""
    position = 0
    count = len(kinds)
    while position < count:
        if kinds[position] not in opening:
            end = position
            while end < count and kinds[end] not in opening:
                end += 1
            yield position, end, False
            position = end
            continue
        end = last = position
        while end < count and (kinds[end] in opening or kinds[end] in joining):
            if kinds[end] in opening:
                last = end
            end += 1
        yield position, last + 1, True
        position = last + 1
