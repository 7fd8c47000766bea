"""Search results as an export (CSV, JSON, XLSX): every hit of a query the reader may see, paged through
the search selector a page at a time, so nothing caps the rows and nothing holds them all."""

from __future__ import annotations

from collections.abc import Iterator

from observatory.core.exports import Column, Table

from .selectors import MAX_LIMIT, search

SEARCH_COLUMNS = (
    Column("rank", "The hit's rank, from 1."),
    Column("score", "The ranking score (higher is better; comparable within one search only)."),
    Column("document", "The document's UN symbol, or its key when it has none."),
    Column("document_title", "The document's title."),
    Column("paragraph", "The paragraph's id in its document (its permalink)."),
    Column("language", "The paragraph's language."),
    Column("state", "ISO3 code of the submitting State, for a State's document."),
    Column("year", "The document's year."),
    Column("text", "The paragraph's text."),
    Column("url", "The paragraph's address on the portal (a path)."),
)


def search_table(user, text: str, **options) -> Table:
    """Every hit of ``search(user, text, **options)``, in rank order. ``options`` are the search's own
    (language, results_language, mode, filters); a bad query raises InvalidQuery before any row."""
    options.pop("limit", None)
    options.pop("offset", None)
    first = search(user, text, limit=MAX_LIMIT, offset=0, facets=False, **options)

    def rows() -> Iterator[dict]:
        page, offset, rank = first, 0, 0
        while page.hits:
            for hit in page.hits:
                rank += 1
                document = hit.document
                yield {
                    "rank": rank,
                    "score": round(hit.score, 6),
                    "document": document.symbol or document.key,
                    "document_title": document.title,
                    "paragraph": hit.paragraph.pid,
                    "language": hit.paragraph.language,
                    "state": document.state.iso3 if document.state_id else "",
                    "year": document.year,
                    "text": hit.paragraph.text,
                    "url": hit.url,
                }
            offset += len(page.hits)
            if offset >= page.total:
                return
            page = search(user, text, limit=MAX_LIMIT, offset=offset, facets=False, **options)

    return Table("search", SEARCH_COLUMNS, rows())
