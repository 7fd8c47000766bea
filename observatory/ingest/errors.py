"""Errors of ingestion. Each names the file and says in one line what is wrong."""

from dataclasses import dataclass

from observatory.core.errors import InvalidInput


@dataclass
class UnreadableFile(InvalidInput):
    """A file that cannot be read as a document: corrupt, encrypted, empty, too large, no text layer,
    an extension that does not match the content, a compressed archive that would expand too far …

    ``message`` is one line and starts with the file name, e.g.
    "report.pdf: the PDF has no text layer (a scanned image?); run OCR first or give the text".
    """

    code: str = "unreadable_file"
    status: int = 422
