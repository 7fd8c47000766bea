"""The "references" stage: what a paragraph cites, in any of the six UN languages.

``find_references(text, language)`` returns the six lists of the extraction contract (DESIGN §4) —
articles, chapters, resolutions, symbols, countries, organizations — each in the order the mentions
appear, each entry's ``text`` the exact words of the mention. Each kind has its own finder, usable alone.
``language`` is "ar", "zh", "en", "fr", "ru" or "es"; None tries the patterns of all six (slower, and a
little more prone to false positives: use the detected language when there is one).
"""

from __future__ import annotations

from .articles import find_articles
from .chapters import find_chapters
from .countries import find_countries
from .organizations import find_organizations
from .resolutions import find_resolutions
from .symbols import find_symbols
from .text import LANGUAGES

FINDERS = {
    "articles": find_articles,
    "chapters": find_chapters,
    "resolutions": find_resolutions,
    "symbols": find_symbols,
    "countries": find_countries,
    "organizations": find_organizations,
}


def find_references(text: str, language: str | None = None) -> dict[str, list[dict]]:
    """Everything ``text`` cites: ``{"articles": [...], "chapters": [...], "resolutions": [...],
    "symbols": [...], "countries": [...], "organizations": [...]}``."""
    return {kind: finder(text, language) for kind, finder in FINDERS.items()}


__all__ = [
    "FINDERS",
    "LANGUAGES",
    "find_articles",
    "find_chapters",
    "find_countries",
    "find_organizations",
    "find_references",
    "find_resolutions",
    "find_symbols",
]
