"""A search entry's column values, computed from its paragraph's row: the part of indexing that worker
processes run during a rebuild. No database and no Django set-up here, so a fresh worker can import it."""

from __future__ import annotations

from observatory.core.languages import content_language
from observatory.library.bodies import body_and_session

from .analysis import index_text

# The columns of an entry, in the order ``entry_row`` gives them.
ENTRY_COLUMNS = (
    "paragraph_id",
    "document_id",
    "language",
    "paragraph_kind",
    "document_kind",
    "visibility",
    "year",
    "state_id",
    "region",
    "body",
    "session",
    "tokens",
)


def entry_row(source: tuple) -> tuple:
    """One entry's column values (``ENTRY_COLUMNS``) from one row of the paragraphs to index
    (``services._source_statement``: id, text, language, kind, version language, document id, kind,
    visibility, year, State id, regional group, symbol)."""
    (
        pid,
        text,
        language,
        kind,
        version_language,
        document,
        document_kind,
        visibility,
        year,
        state,
        region,
        symbol,
    ) = source
    body, session = body_and_session(symbol)
    return (
        pid,
        document,
        language or version_language,
        kind,
        document_kind,
        visibility,
        year,
        state,
        region or "",
        body,
        session,
        index_text(text, content_language(language)),
    )


def warm() -> None:
    """Load the analysers' data (jieba's dictionary) now, so a worker's first batch does not wait."""
    index_text("预热", "zh")
