"""Notes verbales of calls for information, in the six languages, as DOCX and PDF.

A :class:`NoteVerbale` is plain data; :func:`render_note_verbale` writes it out through the language's
default template (``data/note_verbale/<lang>.txt``) or a template the Secretariat edited, which
:func:`validate_template` checks first. See docs/note-verbale.md.
"""

from __future__ import annotations

from typing import Literal

from ._model import DEFAULT_ADDRESSEES, NoteVerbale
from ._template import (
    PLACEHOLDERS,
    Block,
    NoteVerbaleTemplateError,
    default_template,
    render_blocks,
    validate_template,
)
from ._text import LANGUAGES, Article, format_articles, format_date, join_list

__all__ = [
    "DEFAULT_ADDRESSEES",
    "LANGUAGES",
    "PLACEHOLDERS",
    "Article",
    "Block",
    "NoteVerbale",
    "NoteVerbaleTemplateError",
    "default_template",
    "format_articles",
    "format_date",
    "join_list",
    "render_blocks",
    "render_note_verbale",
    "render_note_verbale_html",
    "validate_template",
]

FORMATS = ("docx", "pdf")


def render_note_verbale(
    note: NoteVerbale, *, template: str | None = None, format: Literal["docx", "pdf"]
) -> bytes:
    """The note verbale as a DOCX or PDF file. ``template`` (the body, see PLACEHOLDERS) defaults to
    the note language's default; a template with problems raises NoteVerbaleTemplateError naming each."""
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; use docx or pdf")
    blocks = _blocks(note, template)
    if format == "docx":
        from ._word import render_docx

        return render_docx(note, blocks)
    from ._pdf import render_pdf

    return render_pdf(note, blocks)


def render_note_verbale_html(note: NoteVerbale, *, template: str | None = None) -> str:
    """The note verbale as a standalone HTML page (the PDF's source), e.g. for a preview."""
    from ._pdf import render_html

    return render_html(note, _blocks(note, template))


def _blocks(note: NoteVerbale, template: str | None) -> list[Block]:
    # A template passed in wins; else the one edited for the call (carried by the note); else the default.
    if template is None:
        template = note.template or None
    if template is not None:
        problems = validate_template(template)
        if problems:
            from ._template import _problems

            raise NoteVerbaleTemplateError(_problems(template))
    return render_blocks(note, template)
