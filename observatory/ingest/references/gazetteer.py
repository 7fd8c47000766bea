"""Finding the names of a fixed list in a text — States, organizations — in one pass (Aho-Corasick),
leftmost-longest, at the word boundaries of each name's script.

- Latin and Cyrillic names stand between non-letters of their script; a digit or superscript may follow
  (a footnote marker glued to the name: "Kosovo2"), an apostrophe may precede ("l'Autriche", "d'Italie").
- Arabic names may carry up to two proclitics (و ف ب ل ك: "والنمسا", "بفرنسا"); no letter may follow, so
  "النمساوية" (Austrian) is not "النمسا".
- Chinese names have no boundaries: the longest name wins where names overlap ("刚果民主共和国" over
  "刚果"), and a longer blocking phrase can hide a name ("发展中国家" is not "中国").
- Case: a name matches as written, or in capitals (headings: "UNITED NATIONS OFFICE ON DRUGS AND CRIME");
  names are case-sensitive otherwise, so "Chad" is not "chad". Acronyms match only as written: "StAR" is
  neither "star" nor "STAR".

A name whose value is None blocks: it takes its span and yields nothing (cities, "Gulf of Guinea").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from .text import fold

_ARABIC_PROCLITICS = set("وفبلك")


def script(character: str) -> str | None:
    """ "latin", "cyrillic", "arabic" or "cjk" for a letter or digit; None for anything else."""
    if not character.isalnum():
        return None
    code = ord(character)
    if code < 0x0250 or 0x1E00 <= code < 0x1F00:
        return "latin"
    if 0x0400 <= code < 0x0530:
        return "cyrillic"
    if (
        0x0600 <= code < 0x0700
        or 0x0750 <= code < 0x0780
        or 0x08A0 <= code < 0x0900
        or 0xFB50 <= code < 0xFF00
    ):
        return "arabic"
    return "cjk"


@dataclass(frozen=True)
class Hit:
    """One name found: its span in the text and its value."""

    start: int
    end: int
    value: object


def _lower(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # keep offsets: "İ" stays


class Gazetteer:
    """The names of a list (any spelling; they are folded like the text), to be found in folded text."""

    def __init__(self, names: Iterable[tuple[str, object]]):
        self._automaton = ahocorasick.Automaton()
        variants: dict[str, dict[str, object]] = {}
        for raw, value in names:
            name = fold(raw).strip()
            if not name:
                continue
            spellings = variants.setdefault(_lower(name), {})
            # A real value wins over a blocking phrase of the same spelling (another language's city).
            if spellings.get(name) is None:
                spellings[name] = value
        if not variants:
            raise ValueError("a gazetteer needs at least one name")
        for key, spellings in variants.items():
            self._automaton.add_word(key, (len(key), tuple(spellings.items())))
        self._automaton.make_automaton()

    def find(self, folded: str) -> list[Hit]:
        """The names in the text, leftmost-longest, non-overlapping, blocking phrases left out."""
        candidates = []
        for last, (length, spellings) in self._automaton.iter(_lower(folded)):
            start, end = last - length + 1, last + 1
            surface = folded[start:end]
            value = _value(surface, spellings)
            if value is not _NO_MATCH and _bounded(folded, start, end):
                candidates.append(Hit(start, end, value))
        chosen, reach = [], -1
        for hit in sorted(candidates, key=lambda h: (h.start, -h.end)):
            if hit.start >= reach:
                chosen.append(hit)
                reach = hit.end
        return [hit for hit in chosen if hit.value is not None]


_NO_MATCH = object()
# A capital right after a small letter: "StAR", "CoE", "BAsD" are acronyms, never a heading's capitals.
_MIXED_CASE_ACRONYM = re.compile(r"[a-z\u0430-\u044f][A-Z\u0410-\u042f]")


def _value(surface: str, spellings: tuple[tuple[str, object], ...]) -> object:
    for spelling, value in spellings:
        if surface == spelling:
            return value
    if surface.isupper() and sum(c.isalpha() for c in surface) > 1:
        # A heading in capitals: a name spelt otherwise matches; an acronym must match exactly (above).
        for spelling, value in spellings:
            if not spelling.isupper() and not _MIXED_CASE_ACRONYM.search(spelling):
                return value
    return _NO_MATCH


def _bounded(text: str, start: int, end: int) -> bool:
    first, last = script(text[start]), script(text[end - 1])
    if first == "arabic":
        before = start
        while before > 0 and start - before < 2 and text[before - 1] in _ARABIC_PROCLITICS:
            before -= 1
        if before > 0 and script(text[before - 1]) == "arabic":
            return False
    elif first in ("latin", "cyrillic") and start > 0:
        previous = text[start - 1]
        if script(previous) == first or (previous.isascii() and previous.isdigit()):
            return False
    if last in ("latin", "cyrillic", "arabic") and end < len(text):
        following = text[end]
        if following.isalpha() and script(following) == last:
            return False
    return True
