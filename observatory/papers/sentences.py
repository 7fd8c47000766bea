"""A section's text as sentences, each with the paragraphs it rests on.

The officer cites a paragraph by writing ``[^1234]`` (the paragraph's number on the workbench) where
the footnote goes, as Markdown writes footnotes. Blank lines separate the paper's numbered paragraphs;
pysbd splits each into sentences by the rules of its language. A marker belongs to the sentence it
ends: one written after the full stop ("… in 2019.[^1234]"), which the splitter puts at the start of
the next sentence, is given back to the sentence before it; a piece that opens in lower case is the
rest of a sentence cut at an abbreviation, and is joined to it again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pysbd

MARKER = re.compile(r"\[\^(\d+)\]")
_LEADING_MARKERS = re.compile(r"^(?:\s*\[\^\d+\])+")
_BLOCKS = re.compile(r"\n\s*\n")
# pysbd's name for each content language (all six have rules of their own).
_SEGMENTER_LANGUAGES = {"ar": "ar", "zh": "zh", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}


@dataclass(frozen=True)
class Written:
    """One sentence of a section's text: which numbered paragraph it is in, its text and its sources."""

    block: int
    text: str
    sources: tuple[int, ...]

    @property
    def plain(self) -> str:
        """The sentence without its markers, as the paper prints it (the markers become footnotes)."""
        return re.sub(r"\s+([.,;:!?。，；：！？])", r"\1", MARKER.sub("", self.text)).strip()


@lru_cache(maxsize=8)
def _segmenter(language: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=_SEGMENTER_LANGUAGES.get(language, "en"), clean=False)


def blocks(text: str) -> list[str]:
    """The numbered paragraphs of a section's text."""
    return [block.strip() for block in _BLOCKS.split(text.replace("\r\n", "\n").strip()) if block.strip()]


def sentences(text: str, language: str) -> list[Written]:
    """The sentences of a section's text, in order, each with the paragraph ids it cites."""
    written: list[Written] = []
    for number, block in enumerate(blocks(text)):
        pieces: list[str] = []
        for piece in _segmenter(language).segment(block):
            piece = piece.strip()
            leading = _LEADING_MARKERS.match(piece)
            if pieces and leading:
                # Markers written after a full stop open the next piece: they end the sentence before.
                pieces[-1] += leading.group().strip()
                piece = piece[leading.end() :].strip()
            if pieces and piece[:1].islower():
                # A sentence never opens in lower case: the splitter took an abbreviation it has no
                # rule for ("p. ej.", "т. е.") for a full stop.
                pieces[-1] += " " + piece
            elif piece:
                pieces.append(piece)
        for piece in pieces:
            sources = tuple(dict.fromkeys(int(found) for found in MARKER.findall(piece)))
            written.append(Written(number, piece, sources))
    return written


def cited(text: str) -> list[int]:
    """Every paragraph id the text cites, in order of first citation."""
    return list(dict.fromkeys(int(found) for found in MARKER.findall(text)))
