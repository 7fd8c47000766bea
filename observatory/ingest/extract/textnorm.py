"""Whitespace and invisible characters, the same way for every format."""

from __future__ import annotations

import re

# Horizontal white space of all kinds, including no-break and ideographic spaces: a block's text is
# compared, indexed and displayed by later stages, where these are all just a space.
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Invisible characters that carry no text: zero-width space, BOM, soft hyphen and directional marks.
# (ZWNJ/ZWJ are kept: they change how Arabic-script words are written.)
_INVISIBLE = re.compile(r"[\u200b\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile(r" *\n[ \n]*")
# Scripts written without spaces between words: a line break between two such characters is no space.
_NO_SPACE_SCRIPT = (
    r"\u2e80-\u2fff\u3001-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
)
_ENDS_NO_SPACE = re.compile(f"[{_NO_SPACE_SCRIPT}]$")
_STARTS_NO_SPACE = re.compile(f"^[{_NO_SPACE_SCRIPT}]")


def fold_spaces(text: str) -> str:
    """Runs of white space folded to one space, invisible characters dropped, ends trimmed.

    Line breaks ("\\n") survive, one at a time, without spaces around them: they are the hard line
    breaks of the format, and the segmenter decides what they mean.
    """
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _SPACES.sub(" ", text)
    return _LINE_BREAKS.sub("\n", text).strip(" \n")


def join_wrapped(first: str, second: str) -> str:
    """Two pieces of one paragraph that a layout wrapped onto two lines, joined as one line.

    A space goes between them unless the first ends with a hyphen (the word or compound goes on:
    "anti-" + "corruption"), with a slash after a letter or digit (a UN symbol wraps at its slashes:
    "CAC/" + "COSP/2021/7"; so does "and/" + "or"), or the break falls between two characters of a
    script that has no spaces (Chinese, Japanese).
    """
    if not first:
        return second
    if not second:
        return first
    if first.endswith("-") and not first.endswith(" -"):
        return first + second
    if first.endswith("/") and len(first) > 1 and first[-2].isalnum():
        return first + second
    if _ENDS_NO_SPACE.search(first) and _STARTS_NO_SPACE.search(second):
        return first + second
    return f"{first} {second}"


def is_no_space_script(char: str) -> bool:
    """Whether a character belongs to a script written without spaces between words (CJK)."""
    return bool(_STARTS_NO_SPACE.match(char))


def italic_start(pieces: list[tuple[str, bool]]) -> str | None:
    """The leading italic text of a paragraph given as (text, italic) pieces: the opening verb of an
    operative paragraph ("*Requests* the Secretariat …"); blank pieces before it are skipped."""
    leading: list[str] = []
    for text, italic in pieces:
        if not leading and not text.strip():
            continue
        if not italic:
            break
        leading.append(text)
    return fold_spaces("".join(leading)) or None
