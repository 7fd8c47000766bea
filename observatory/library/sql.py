"""Plain SQL over the library's tables, for the few reads whose ORM form costs more to build than to run
(search loads a page of hits, and its index reads every paragraph, this way)."""

from __future__ import annotations

from observatory.countries.models import State

from .models import Document, LanguageVersion, Paragraph, Revision


def paragraphs_with_documents(paragraphs: str | None = None) -> str:
    """The FROM clause joining each paragraph (alias ``p``) to its revision (``r``), language version
    (``v``), document (``d``) and the document's State (``s``, NULL columns when it has none).

    ``paragraphs``: a table expression to read the paragraphs from instead of their table (a
    common table expression holding some of them)."""
    tables = {
        alias: model._meta.db_table
        for alias, model in (
            ("p", Paragraph),
            ("r", Revision),
            ("v", LanguageVersion),
            ("d", Document),
            ("s", State),
        )
    }
    return (
        f"{paragraphs or tables['p']} p "
        f"JOIN {tables['r']} r ON r.id = p.revision_id "
        f"JOIN {tables['v']} v ON v.id = r.version_id "
        f"JOIN {tables['d']} d ON d.id = v.document_id "
        f"LEFT JOIN {tables['s']} s ON s.id = d.state_id"
    )


def placeholders(count: int) -> str:
    """``count`` query parameters for an IN list or a VALUES row: "%s, %s, %s"."""
    return ", ".join(["%s"] * count)
