"""Word-level differences between two texts, for the UI to show what changed (a conflicting save, a new
cycle's answer against the previous one)."""

from __future__ import annotations

import difflib
import re

TOKENS = re.compile(r"\s+|[^\s]+")


def text_diff(before: str, after: str) -> list[tuple[str, str]]:
    """``[("equal" | "delete" | "insert", text), …]`` turning ``before`` into ``after``, word by word
    (whitespace kept, so joining the "equal" and "insert" pieces gives ``after`` back)."""
    old, new = TOKENS.findall(before or ""), TOKENS.findall(after or "")
    pieces: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            pieces.append(("equal", "".join(old[i1:i2])))
            continue
        if op in ("delete", "replace"):
            pieces.append(("delete", "".join(old[i1:i2])))
        if op in ("insert", "replace"):
            pieces.append(("insert", "".join(new[j1:j2])))
    return pieces
