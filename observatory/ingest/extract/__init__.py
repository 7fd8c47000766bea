"""The extract stage: a file in any accepted format → an ExtractedDocument of blocks in reading order.

Formats are told by content (``detect``); each has its own module. Everything that cannot be read
raises UnreadableFile with a one-line message that starts with the file name.
"""

from __future__ import annotations

from pathlib import Path

from observatory.ingest.extract.detect import detect_format
from observatory.ingest.extract.docx import extract_docx
from observatory.ingest.extract.failures import unreadable
from observatory.ingest.extract.html import extract_html
from observatory.ingest.extract.limits import describe_bytes, max_file_bytes
from observatory.ingest.extract.markdown import extract_markdown
from observatory.ingest.extract.pdf import extract_pdf
from observatory.ingest.extract.text import extract_text
from observatory.ingest.types import ExtractedDocument

_EXTRACTORS = {
    "pdf": extract_pdf,
    "docx": extract_docx,
    "html": extract_html,
    "text": extract_text,
    "markdown": extract_markdown,
}


def extract_file(path: Path) -> ExtractedDocument:
    """Read a document from disk; its size is checked before anything is read."""
    path = Path(path)
    filename = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise unreadable(filename, "the file does not exist; check the path") from None
    except OSError as error:
        raise unreadable(filename, f"the file cannot be read ({error.strerror or error})") from None
    if path.is_dir():
        raise unreadable(filename, "this is a folder, not a file; give the documents in it one by one")
    _check_size(size, filename)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise unreadable(filename, f"the file cannot be read ({error.strerror or error})") from None
    return extract_bytes(data, filename)


def extract_bytes(data: bytes, filename: str) -> ExtractedDocument:
    """Read a document given as bytes; ``filename`` (folders are dropped) names it in messages and
    its extension has to agree with the content."""
    filename = Path(filename).name or filename
    _check_size(len(data), filename)
    document_format = detect_format(data, filename)
    document = _EXTRACTORS[document_format](data, filename)
    if not any(block.text for block in document.blocks):
        raise unreadable(filename, "the document contains no text; give a document with text in it")
    return document


def _check_size(size: int, filename: str) -> None:
    limit = max_file_bytes()
    if size > limit:
        raise unreadable(
            filename,
            f"the file is {describe_bytes(size)}, over the limit of {describe_bytes(limit)}; "
            "split it into smaller documents or ask an administrator to raise the limit",
        )


__all__ = ["extract_bytes", "extract_file"]
