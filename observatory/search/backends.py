# ruff: noqa: S608 - SQL assembled from this module's fixed fragments; every value is a bound parameter.
"""Lexical search backends behind one interface: SQLite FTS5 (the embedded default) and PostgreSQL
(tsvector with a GIN index). Both index the same analysed text, filter and count facets with the same
SQL over ``search_searchentry``, and differ only in how they match and rank."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import connection

from .query import Query, to_fts5, to_tsquery

FACETS = ("language", "document_kind", "year", "state", "article")


@dataclass
class SearchRequest:
    """What to look for, in which paragraphs, and for whom (the visibilities the reader may see)."""

    query: Query
    visibilities: list[str]
    language: str | None = None  # of the paragraphs
    document_kind: str | None = None
    year: int | None = None
    state: str | None = None  # ISO3 of the submitting State
    article: int | None = None
    limit: int = 10
    offset: int = 0
    facets: bool = True


@dataclass
class Results:
    """Paragraph ids with scores (best first), how many matched, and the facet counts."""

    hits: list[tuple[int, float]]
    total: int
    facets: dict[str, list[tuple[object, int]]] = field(default_factory=dict)


class Backend:
    """The shared part: filters, counting, facets. Subclasses say how to match and rank."""

    name = "base"
    unary_plus = ""

    def _match(self, request: SearchRequest) -> tuple[str, str, str, list]:
        """(FROM clause naming search_searchentry "e", match condition, score expression, parameters)."""
        raise TypeError(f"{type(self).__name__} does not say how to match")

    def _filters(self, request: SearchRequest) -> tuple[str, list]:
        plus = self.unary_plus
        sql = [f"{plus}e.visibility IN ({', '.join(['%s'] * len(request.visibilities))})"]
        params: list = list(request.visibilities)
        if request.language:
            sql.append(f"{plus}e.language = %s")
            params.append(request.language)
        if request.document_kind:
            sql.append(f"{plus}e.document_kind = %s")
            params.append(request.document_kind)
        if request.year:
            sql.append(f"{plus}e.year = %s")
            params.append(request.year)
        if request.state:
            sql.append("e.state_id = (SELECT id FROM countries_state WHERE iso3 = %s)")
            params.append(request.state.upper())
        if request.article:
            sql.append(
                "EXISTS (SELECT 1 FROM library_articlereference ar JOIN convention_article a ON a.id = "
                "ar.article_id WHERE ar.paragraph_id = e.paragraph_id AND a.number = %s)"
            )
            params.append(request.article)
        return " AND ".join(sql), params

    def search(self, request: SearchRequest) -> Results:
        """Run the query: the page of hits, the total, and (when asked) the facet counts."""
        source, condition, score, match_params = self._match(request)
        where, filter_params = self._filters(request)
        where = f"WHERE {condition} AND {where}"
        params = match_params + filter_params
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT e.paragraph_id, {score} AS score FROM {source} {where} "
                f"ORDER BY score DESC, e.paragraph_id LIMIT %s OFFSET %s",
                [*self._score_params(request), *params, request.limit, request.offset],
            )
            hits = [(row[0], float(row[1])) for row in cursor.fetchall()]
            cursor.execute(f"SELECT count(*) FROM {source} {where}", params)
            total = cursor.fetchone()[0]
            facets = self._facets(cursor, source, where, params) if request.facets and total else {}
        return Results(hits=hits, total=total, facets=facets)

    def _score_params(self, request: SearchRequest) -> list:
        return []

    def _facets(self, cursor, source: str, where: str, params: list) -> dict[str, list[tuple[object, int]]]:
        articles = (
            " JOIN library_articlereference ar ON ar.paragraph_id = e.paragraph_id"
            " JOIN convention_article a ON a.id = ar.article_id"
        )
        states = " JOIN countries_state s ON s.id = e.state_id"
        queries = {
            "language": f"SELECT e.language, count(*) FROM {source} {where} GROUP BY e.language",
            "document_kind": f"SELECT e.document_kind, count(*) FROM {source} {where} GROUP BY 1",
            "year": f"SELECT e.year, count(*) FROM {source} {where} AND e.year IS NOT NULL GROUP BY 1",
            "state": f"SELECT s.iso3, count(*) FROM {source}{states} {where} GROUP BY 1",
            "article": f"SELECT a.number, count(DISTINCT e.paragraph_id) FROM {source}{articles} {where} "
            "GROUP BY 1",
        }
        facets = {}
        for name, sql in queries.items():
            cursor.execute(sql, params)
            facets[name] = sorted(cursor.fetchall(), key=lambda row: (-row[1], str(row[0])))
        return facets


class SQLiteBackend(Backend):
    """SQLite FTS5, ranked by BM25."""

    name = "sqlite-fts5"
    # "+col = ?" keeps SQLite's planner on the full-text index: a plain filter beside MATCH may be chosen
    # to drive the query instead, 1,000× slower.
    unary_plus = "+"

    def _match(self, request: SearchRequest) -> tuple[str, str, str, list]:
        return (
            "search_fts JOIN search_searchentry e ON e.paragraph_id = search_fts.rowid",
            "search_fts MATCH %s",
            "-bm25(search_fts)",
            [to_fts5(request.query)],
        )


class PostgresBackend(Backend):
    """PostgreSQL tsvector with a GIN index, ranked by ts_rank_cd (cover density)."""

    name = "postgresql-tsvector"

    def _match(self, request: SearchRequest) -> tuple[str, str, str, list]:
        return (
            "search_searchentry e",
            "e.vector @@ to_tsquery('simple', %s)",
            "ts_rank_cd(e.vector, to_tsquery('simple', %s), 32)",
            [to_tsquery(request.query)],
        )

    def _score_params(self, request: SearchRequest) -> list:
        return [to_tsquery(request.query)]


def backend() -> Backend:
    """The backend of the database in use."""
    return PostgresBackend() if connection.vendor == "postgresql" else SQLiteBackend()
