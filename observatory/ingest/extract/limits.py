"""The size limits of the extract stage, from Django settings when they are configured."""

from __future__ import annotations

from django.conf import settings

DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024
DEFAULT_MAX_UNCOMPRESSED_BYTES = 500 * 1024 * 1024
# A Word document has a few dozen parts; tens of thousands of entries only make sense as an attack on
# the time it takes to list and open them.
MAX_ARCHIVE_ENTRIES = 10_000
# Deflate rarely exceeds ~100:1 even on repetitive XML; beyond this, an entry is built to explode.
MAX_COMPRESSION_RATIO = 200
# Small entries may compress absurdly well (a run of spaces) without harm; only judge sizable ones.
RATIO_CHECK_MIN_BYTES = 1024 * 1024


def _setting(name: str, default: int) -> int:
    if not settings.configured:
        return default
    return int(getattr(settings, name, default))


def max_file_bytes() -> int:
    """The largest file, in bytes, that the extract stage accepts (OBSERVATORY_MAX_FILE_BYTES)."""
    return _setting("OBSERVATORY_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES)


def max_uncompressed_bytes() -> int:
    """The most bytes an archive-based file (DOCX) may expand to (OBSERVATORY_MAX_UNCOMPRESSED_BYTES)."""
    return _setting("OBSERVATORY_MAX_UNCOMPRESSED_BYTES", DEFAULT_MAX_UNCOMPRESSED_BYTES)


def describe_bytes(size: int) -> str:
    """A size for people: "1.5 MB", "820 KB", "12 bytes"."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"
