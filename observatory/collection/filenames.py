"""The names under which the collection imports files into the library."""

from pathlib import Path

from django.utils.text import slugify

from .models import Call


def library_file_name(call: Call, state, original: str) -> str:
    """The name the file is imported under. The library keys a document without a UN symbol by its file
    name, so two States' "reply.docx" must not become one document: the call and the State go in."""
    path = Path(original)
    stem = slugify(path.stem)[:80] or "document"
    return f"call-{call.pk}-{state.iso3.lower()}-{stem}{path.suffix.lower()}"
