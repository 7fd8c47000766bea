"""Folding: the form both the text and the patterns are matched in.

Lowercase; accents, Arabic harakat and hamza seats dropped (أ إ آ → ا, ؤ → و); ى → ي; ё → е and й → и
(their diacritics are combining marks too); typographic quotes, dashes, non-breaking hyphens and spaces,
full-width Chinese and Arabic punctuation become ASCII; emphasis marks (``*``, ``_``), soft hyphens,
tatweel and direction marks disappear; runs of spaces become one.

``fold`` keeps, for every folded character, where it came from, so that what a pattern found can be
cut from the original text exactly as printed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_DROPPED = frozenset("*_\u00ad\u200b\u200c\u200d\u200e\u200f\u061c\u0640\ufeff")
_REPLACED = {
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
    "‑": "-", "‐": "-", "–": "-", "—": "-", "−": "-",
    "，": ",", "、": ",", "；": ";", "：": ":", "（": "(", "）": ")", "。": ".", "،": ",", "؛": ";",
    "«": '"', "»": '"', "“": '"', "”": '"', "º": "o", "ª": "a", "ى": "ي",
}  # fmt: skip
_TATWEEL = "\u0640"


def fold_char(character: str) -> str:
    """The folded form of one character: usually one character, "" for what is dropped."""
    if character in _DROPPED:
        return ""
    if character in _REPLACED:
        return _REPLACED[character]
    if character.isspace():
        return " "
    if character.isdigit() and not character.isascii():
        return str(unicodedata.digit(character, 0))
    decomposed = unicodedata.normalize("NFD", character)
    base = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    if not base:  # a combining mark on its own: Arabic harakat, shadda
        return ""
    if len(base) > 1:
        return character.lower()
    lower = base.lower()
    return lower if len(lower) == 1 else base


def fold_pattern(source: str) -> str:
    """A pattern written in ordinary spelling, folded like the text; ASCII (the regex syntax) is kept."""
    return "".join(character if character.isascii() else fold_char(character) for character in source)


@dataclass(frozen=True)
class Folded:
    """A folded text and, for every folded character, where it came from in the original."""

    original: str
    text: str
    origin: tuple[int, ...]

    def original_span(self, start: int, end: int) -> str:
        """The original text of the folded span [start, end): trailing harakat included, emphasis marks
        and extra spaces left out."""
        if start >= end:
            return ""
        first, last = self.origin[start], self.origin[end - 1] + 1
        while last < len(self.original) and (
            unicodedata.category(self.original[last]) == "Mn" or self.original[last] == _TATWEEL
        ):
            last += 1
        raw = self.original[first:last]
        return " ".join(raw.replace("*", " ").replace("_", " ").split())

    def has_capitalised_word(self, start: int, end: int) -> bool:
        """Whether the original text of the folded span has a word that starts with a capital letter."""
        if start >= end:
            return False
        span = self.original[self.origin[start] : self.origin[end - 1] + 1]
        return any(word[:1].isupper() for word in re.findall(r"\w+", span))


def fold(text: str) -> Folded:
    """The folded form of ``text``, with the origin of every character."""
    characters: list[str] = []
    origin: list[int] = []
    for index, character in enumerate(text):
        for folded in fold_char(character):
            if folded == " " and (not characters or characters[-1] == " "):
                continue
            characters.append(folded)
            origin.append(index)
    while characters and characters[-1] == " ":
        characters.pop()
        origin.pop()
    return Folded(text, "".join(characters), tuple(origin))
