"""United Nations document symbols: "CAC/COSP/2009/9", "CAC/COSP/WG.4/2011/2", "CAC/COSP/IRG/2016/9/Add.1",
"A/RES/58/4", "E/CN.15/2012/L.4/Rev.1", "S/2001/1234", "ST/SGB/2005/21", "CTOC/COP/2010/17".

A symbol starts with the root of a known series, runs in segments separated by "/", and has at least one
segment with a digit; a one-letter root (A, E, S) needs two segments more, so "A/B" and "S/he" are not
symbols. Trailing punctuation is not part of it; neither is a symbol inside a URL. Shorthand for a
companion document — "CAC/COSP/2009/9 and Add.1" — is a second symbol, "CAC/COSP/2009/9/Add.1", whose
``text`` is "Add.1". The symbols are Latin in every language version, so one pattern serves all six.
"""

from __future__ import annotations

import re

from .text import Mention, entries_of, fold, leftmost_longest

_ROOTS = ("CAC", "CTOC", "ST", "UNODC", "A", "E", "S", "DP", "TD")
_SEGMENT = r"(?:[A-Z][A-Za-z]{0,11}(?:\.\d{1,4})?|\d{1,5}(?:\.\d{1,3})?)"
# What may not stand right before a symbol (checked apart: a look-behind would slow the search down).
_GLUED_BEFORE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/.-_@:")
SYMBOL = re.compile(
    r"(?P<root>" + "|".join(_ROOTS) + r")(?P<rest>(?:/" + _SEGMENT + r"){1,9})"
    r"(?![A-Za-z0-9/])"
)
_SUFFIX_KINDS = ("Add", "Rev", "Corr", "CRP", "INF")
_SUFFIX = r"(?:" + "|".join(_SUFFIX_KINDS) + r")\.\d{1,3}"
# "and Add.1", "et Add.1", "y Corr.1", "и Add.1", "وAdd.1", "和Add.1", ", Add.2"
COMPANION = re.compile(
    r"(?:\s*,\s*(?:and\s+|et\s+|y\s+|и\s+)?|\s+(?:and|et|y|и)\s+|\s*(?:و|和|及|、)\s*)"
    r"(?P<suffix>" + _SUFFIX + r"(?:/" + _SUFFIX + r")*)(?![A-Za-z0-9/])"
)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_TRAILING_SUFFIX = re.compile(r"/(?P<kind>" + "|".join(_SUFFIX_KINDS) + r")\.\d{1,3}$")


def _is_symbol(root: str, rest: str) -> bool:
    segments = rest.split("/")[1:]
    if not any(any(c.isdigit() for c in segment) for segment in segments):
        return False
    return len(root) > 1 or len(segments) >= 2


def _companion(base: str, suffix: str) -> str:
    """The full symbol of shorthand ``suffix`` written after ``base``: "X" + "Add.1" → "X/Add.1"; a suffix
    of the kind the base already ends with replaces it ("X/Add.1 and Add.2" → "X/Add.2")."""
    trailing = _TRAILING_SUFFIX.search(base)
    if trailing and suffix.startswith(trailing.group("kind") + "."):
        base = base[: trailing.start()]
    return f"{base}/{suffix}"


def find_symbols(text: str, language: str | None = None) -> list[dict]:
    """The document symbols ``text`` mentions, in order: ``{"symbol": "CAC/COSP/WG.4/2011/2", "text":
    "CAC/COSP/WG.4/2011/2"}``. ``language`` is accepted for symmetry; symbols read the same in all six."""
    folded = fold(text)
    urls = [match.span() for match in _URL.finditer(folded)]
    mentions = []
    for match in SYMBOL.finditer(folded):
        if match.start() > 0 and folded[match.start() - 1] in _GLUED_BEFORE:
            continue
        if not _is_symbol(match.group("root"), match.group("rest")):
            continue
        if any(start <= match.start() < end for start, end in urls):
            continue
        symbol = match.group(0)
        mentions.append(
            Mention(
                match.start(), match.end(), ({"symbol": symbol, "text": text[match.start() : match.end()]},)
            )
        )
        position = match.end()
        while companion := COMPANION.match(folded, position):
            suffix = companion.group("suffix")
            symbol = _companion(symbol, suffix)
            start = companion.start("suffix")
            mentions.append(
                Mention(start, companion.end(), ({"symbol": symbol, "text": text[start : companion.end()]},))
            )
            position = companion.end()
    return entries_of(leftmost_longest(mentions))
