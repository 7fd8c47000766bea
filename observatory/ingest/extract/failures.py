"""How the extract stage says that a file cannot be read: one line, starting with the file name."""

from __future__ import annotations

import re

from observatory.ingest.errors import UnreadableFile

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def unreadable(filename: str, problem: str) -> UnreadableFile:
    """An UnreadableFile whose message is "<file name>: <problem>", always on one line.

    The file name comes from outside (an upload, an archive), so control characters in it are
    replaced: a newline there would otherwise break the one-line promise of the message.
    """
    name = _CONTROL.sub(" ", filename).strip() or "(unnamed file)"
    return UnreadableFile(message=f"{name}: {_CONTROL.sub(' ', problem).strip()}")
