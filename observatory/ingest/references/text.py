"""What every reference finder shares: the six languages, a folding of the text that keeps every offset,
and the choice among mentions that overlap.

Finders match on the *folded* text — accents off Latin letters, one form of alef, ``ё`` as ``е``, ASCII
digits for Arabic-Indic and full-width ones, one apostrophe, one dash, one space — so that patterns and
names are written once. Folding maps each character to exactly one character, so a span found in the
folded text is the same span in the original, and ``text`` is always cut from the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")


def languages_for(language: str | None) -> tuple[str, ...]:
    """The languages whose patterns to try: the one given ("fr", "zh-Hans", "en_GB" …), or all six."""
    if language is None:
        return LANGUAGES
    code = re.split(r"[-_]", language.strip().lower(), maxsplit=1)[0]
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: give one of {', '.join(LANGUAGES)} or None")
    return (code,)


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Latin letters with diacritics → the bare letter ("é" → "e", "Ü" → "U"); letters with no
    # decomposition (ß, æ, ø) stay as they are.
    for code in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base
    table.update({ord("ё"): "е", ord("Ё"): "Е"})
    # Arabic: the hamza-carrying alefs and alef wasla as bare alef, alef maqsura as ya, ta marbuta as ha,
    # the Persian forms of ya and kaf as the Arabic ones; texts spell these inconsistently.
    table.update({ord(c): "ا" for c in "أإآٱ"})
    table.update({ord("ى"): "ي", ord("ة"): "ه", ord("ی"): "ي", ord("ک"): "ك"})
    for offset in range(10):
        table[0x0660 + offset] = str(offset)  # Arabic-Indic digits
        table[0x06F0 + offset] = str(offset)  # Eastern Arabic-Indic digits
    # Full-width ASCII (Chinese texts write "（d）", "１"): the ASCII character.
    for code in range(0xFF01, 0xFF5F):
        table[code] = chr(code - 0xFEE0)
    table.update({ord(c): "'" for c in "’‘ʼ`´′"})
    table.update({ord(c): "-" for c in "‐‑‒–—―−"})
    table.update({ord(c): " " for c in "\t\n\r\v\f\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\u3000"})
    return table


_FOLD = _fold_table()
# Replacing only the characters that fold (a regex finds them at C speed) is several times faster than
# ``str.translate`` with a table this size; most characters of a text fold to themselves.
_FOLDING = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FOLD)) + "]")


def _folded(match: re.Match) -> str:
    return _FOLD[ord(match.group())]


@lru_cache(maxsize=64)  # the six finders of ``find_references`` fold the same paragraph
def fold(text: str) -> str:
    """The text as the finders see it; always exactly as long as the input (one character per character)."""
    return _FOLDING.sub(_folded, text)


def rx(pattern: str, flags: int = 0) -> re.Pattern:
    """A compiled pattern written in natural spelling ("párrafo", "المادة") and folded like the text."""
    return re.compile(fold(pattern), flags)


# A letter of any script; digits, underscore and superscript footnote markers are not letters here, so
# "Kosovo2" and "article 9²" end at the name or number.
NOT_LETTER_AFTER = r"(?![^\W\d_¹²³⁰⁴⁵⁶⁷⁸⁹])"


def at_word_start(pattern: re.Pattern, folded: str) -> Iterator[re.Match]:
    """The matches of ``pattern`` with no letter right before them. Checking here rather than with a
    look-behind keeps the pattern's first characters in front, which the regex engine searches for fast."""
    for match in pattern.finditer(folded):
        start = match.start()
        if start == 0 or not folded[start - 1].isalpha():
            yield match


@dataclass(frozen=True)
class Mention:
    """Where one mention sits in the text and the contract entries it yields (a range yields several)."""

    start: int
    end: int
    entries: tuple[dict, ...]


def start_of(match: re.Match) -> int:
    """Where a keyword's mention starts: after a leading Arabic conjunction ("و", "ف": "and", "so"), which
    the patterns capture apart as group ``kw``; prepositions ("ل", "ب") stay part of the mention."""
    if "kw" in match.re.groupindex and match.group("kw") is not None:
        return match.start("kw")
    return match.start()


def leftmost_longest(mentions: list[Mention]) -> list[Mention]:
    """The mentions that do not overlap, preferring the one that starts first, then the longest."""
    chosen: list[Mention] = []
    reach = -1
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if mention.start >= reach:
            chosen.append(mention)
            reach = mention.end
    return chosen


def entries_of(mentions: list[Mention]) -> list[dict]:
    """The entries of the mentions, in the order they appear in the text."""
    return [entry for mention in sorted(mentions, key=lambda m: m.start) for entry in mention.entries]
