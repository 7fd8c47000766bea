"""ZIP containers (DOCX) opened only after their directory shows they cannot explode.

The central directory declares every entry's compressed and uncompressed size. ``zipfile`` never
inflates an entry beyond its declared size, so judging the declared sizes before anything is
decompressed bounds the memory and time that any later reader (python-docx) can spend.
"""

from __future__ import annotations

import io
import struct
import zipfile

from observatory.ingest.extract.failures import unreadable
from observatory.ingest.extract.limits import (
    MAX_ARCHIVE_ENTRIES,
    MAX_COMPRESSION_RATIO,
    RATIO_CHECK_MIN_BYTES,
    describe_bytes,
    max_uncompressed_bytes,
)


def open_checked_zip(data: bytes, filename: str, what: str) -> zipfile.ZipFile:
    """The ZIP archive in ``data``, after checking its directory; ``what`` names the format for messages
    ("Word document"). UnreadableFile if it is damaged or would expand too far."""
    declared = declared_entry_count(data)
    if declared is not None and declared > MAX_ARCHIVE_ENTRIES:
        raise _too_many_entries(filename, what, declared)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise unreadable(
            filename,
            f"the {what} is damaged or truncated (its ZIP directory cannot be read); "
            "get a complete copy or save it again",
        ) from None
    entries = archive.infolist()
    if len(entries) > MAX_ARCHIVE_ENTRIES:
        raise _too_many_entries(filename, what, len(entries))
    limit = max_uncompressed_bytes()
    total = sum(entry.file_size for entry in entries)
    if total > limit:
        raise unreadable(
            filename,
            f"the {what} would expand to {describe_bytes(total)}, over the limit of "
            f"{describe_bytes(limit)} (a ZIP bomb?); it is not a normal document",
        )
    for entry in entries:
        if entry.file_size < RATIO_CHECK_MIN_BYTES:
            continue
        ratio = entry.file_size / max(entry.compress_size, 1)
        if ratio > MAX_COMPRESSION_RATIO:
            raise unreadable(
                filename,
                f"the part {entry.filename} of the {what} is compressed {ratio:,.0f} to 1 "
                "(a ZIP bomb?); it is not a normal document",
            )
    return archive


_END_OF_DIRECTORY = b"PK\x05\x06"
_ZIP64_END_OF_DIRECTORY = b"PK\x06\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"


def declared_entry_count(data: bytes) -> int | None:
    """The number of entries the archive's end-of-directory record declares, or None if there is none.

    ``zipfile`` builds an object for every directory entry as soon as it opens an archive; a directory
    of millions of entries would cost gigabytes before any check could run, so the count is read from
    the record first (in its ZIP64 form too).
    """
    # The record sits in the last 22 bytes plus a comment of at most 65,535 bytes.
    position = data.rfind(_END_OF_DIRECTORY, max(0, len(data) - 65_557))
    if position < 0 or position + 22 > len(data):
        return None
    (count,) = struct.unpack_from("<H", data, position + 10)
    if count != 0xFFFF:
        return count
    locator = position - 20
    if locator < 0 or data[locator : locator + 4] != _ZIP64_LOCATOR:
        return count
    (record,) = struct.unpack_from("<Q", data, locator + 8)
    if record + 40 > len(data) or data[record : record + 4] != _ZIP64_END_OF_DIRECTORY:
        return count
    (count64,) = struct.unpack_from("<Q", data, record + 32)
    return count64


def _too_many_entries(filename: str, what: str, count: int):
    return unreadable(
        filename,
        f"the {what} holds {count:,} parts (at most {MAX_ARCHIVE_ENTRIES:,} are accepted); "
        "it is not a normal document",
    )
