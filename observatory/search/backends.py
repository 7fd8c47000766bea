# ruff: noqa: S608 - SQL assembled from this module's fixed fragments; every value is a bound parameter.
"""Lexical search backends behind one interface: on SQLite, tantivy (``tantivy_index``, the embedded
default) with FTS5 answering whenever the tantivy index is behind; PostgreSQL (tsvector with a GIN index).
FTS5 and PostgreSQL index the same analysed text, filter and count facets with the same SQL over
``search_searchentry`` and ``search_searchlabel``, and differ only in how they match and rank; tantivy
indexes the same entries and counts with its own aggregations.

The matching paragraphs are found once per search: one statement materialises them and returns, in one
go, the page of hits, the total and every facet count asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from django.conf import settings
from django.db import connection

from observatory.library.sql import placeholders

from .models import SearchLabel
from .query import Query, to_fts5, to_tsquery

# Facets with one value per paragraph: columns of search_searchentry.
COLUMN_FACETS = ("language", "document_kind", "year", "state", "region", "body", "session", "visibility")
# Facets with several values per paragraph: rows of search_searchlabel.
LABEL_FACETS = tuple(SearchLabel.Facet.values)
FACETS = COLUMN_FACETS + LABEL_FACETS
# What the matching entries carry into the facet counts.
COLUMNS = "e.document_id, " + ", ".join(
    f"e.{name}" if name != "state" else "e.state_id" for name in COLUMN_FACETS
)


@dataclass(frozen=True)
class Filters:
    """What narrows a search, by facet. ``state`` is the submitting State, ``mentioned`` a State the
    paragraph names (ISO 3166 alpha-3); ``region`` the submitting State's regional group; ``session``
    a key of library.bodies ("irg/2016"); ``topic`` a topic's slug; ``visibility`` narrows within what
    the reader may see, never beyond."""

    language: str | None = None
    document_kind: str | None = None
    year: int | None = None
    state: str | None = None
    region: str | None = None
    body: str | None = None
    session: str | None = None
    visibility: str | None = None
    article: int | None = None
    chapter: int | None = None
    topic: str | None = None
    mentioned: str | None = None

    def active(self) -> dict[str, object]:
        """The filters that are set, by name."""
        return {
            f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) not in (None, "")
        }


@dataclass
class SearchRequest:
    """What to look for, in which paragraphs, and for whom (the visibilities the reader may see).
    ``facets``: the names of the facets to count (none: no counting)."""

    query: Query
    visibilities: list[str]
    filters: Filters = field(default_factory=Filters)
    limit: int = 10
    offset: int = 0
    facets: tuple[str, ...] = FACETS
    count_documents: bool = False  # also count the distinct documents that match


@dataclass
class Results:
    """Paragraph ids with scores (best first), how many matched (and in how many documents, when asked),
    and the facet counts."""

    hits: list[tuple[int, float]]
    total: int
    facets: dict[str, list[tuple[object, int]]] = field(default_factory=dict)
    documents: int | None = None
    # How many of the first hits have every word of the query, when the rest have only some of them.
    strict: int | None = None


def allowed_visibilities(visibilities: list[str], filters: Filters) -> list[str]:
    """The visibilities a search may return: the reader's, narrowed by the visibility filter."""
    return [v for v in visibilities if not filters.visibility or v == filters.visibility]


def filter_sql(visibilities: list[str], filters: Filters, plus: str = "") -> tuple[str, list]:
    """The WHERE condition (over search_searchentry "e") for a reader's visibilities and the filters.
    ``plus`` ("+") keeps SQLite's planner from driving the query by a column index."""
    allowed = allowed_visibilities(visibilities, filters)
    if not allowed:
        return "1 = 0", []
    sql = [f"{plus}e.visibility IN ({placeholders(len(allowed))})"]
    params: list = list(allowed)
    for name in ("language", "document_kind", "year", "region", "body", "session"):
        value = getattr(filters, name)
        if value not in (None, ""):
            sql.append(f"{plus}e.{name} = %s")
            params.append(value)
    if filters.state:
        sql.append("e.state_id = (SELECT id FROM countries_state WHERE iso3 = %s)")
        params.append(filters.state.upper())
    for name in LABEL_FACETS:
        value = getattr(filters, name)
        if value not in (None, ""):
            sql.append(
                "EXISTS (SELECT 1 FROM search_searchlabel l WHERE l.entry_id = e.paragraph_id "
                "AND l.facet = %s AND l.value = %s)"
            )
            params += [name, str(value).upper() if name == "mentioned" else str(value)]
    return " AND ".join(sql), params


def _facet_selects(names: tuple[str, ...]) -> list[str]:
    """One SELECT (facet, value, n) per column facet asked for, and one for all label facets, over "m"."""
    selects = []
    for name in names:
        if name == "state":
            selects.append(
                "SELECT 'state', s.iso3, count(*) FROM m JOIN countries_state s ON s.id = m.state_id "
                "GROUP BY s.iso3"
            )
        elif name == "year":
            selects.append(
                "SELECT 'year', CAST(m.year AS TEXT), count(*) FROM m WHERE m.year IS NOT NULL "
                "GROUP BY m.year"
            )
        elif name in COLUMN_FACETS:
            selects.append(
                f"SELECT '{name}', m.{name}, count(*) FROM m WHERE m.{name} <> '' GROUP BY m.{name}"
            )
    labels = [name for name in names if name in LABEL_FACETS]
    if labels:
        selects.append(
            # CROSS JOIN: SQLite keeps this order, the matches first and their labels by the unique
            # index; left to choose, it may scan every label of the facet instead (1,000× slower).
            "SELECT l.facet, l.value, count(*) FROM m CROSS JOIN search_searchlabel l "
            "WHERE l.entry_id = m.paragraph_id "
            f"AND l.facet IN ({', '.join(repr(name) for name in labels)}) GROUP BY l.facet, l.value"
        )
    return selects


def facet_value(name: str, value: str) -> object:
    """A facet value as its type (years and article and chapter numbers are numbers)."""
    return int(value) if name in ("year", "article", "chapter") else value


def ordered(counts) -> list[tuple[object, int]]:
    """Facet counts, largest first, then by value."""
    return sorted(counts, key=lambda row: (-row[1], str(row[0])))


def _collect(rows, names: tuple[str, ...]) -> Results:
    """Split the rows of the one statement into hits, the totals and the facet counts."""
    hits, total, documents, facets = [], 0, None, {name: [] for name in names}
    for facet, value, number in rows:
        if facet == " hit":
            hits.append((int(value), float(number)))
        elif facet == " total":
            total = int(number)
        elif facet == " documents":
            documents = int(number)
        else:
            facets[facet].append((facet_value(facet, value), int(number)))
    hits.sort(key=lambda hit: (-hit[1], hit[0]))
    for name in facets:
        facets[name] = ordered(facets[name])
    return Results(hits=hits, total=total, facets=facets, documents=documents)


class Backend:
    """The shared part: filters, counting, facets. Subclasses say how to match and rank."""

    name = "base"
    unary_plus = ""

    def _match(self, request: SearchRequest) -> tuple[str, str, str, list, list]:
        """(FROM clause naming search_searchentry "e", match condition, score expression, parameters of
        the condition, parameters of the score expression)."""
        raise TypeError(f"{type(self).__name__} does not say how to match")

    def search(self, request: SearchRequest) -> Results:
        """Run the query: the page of hits, the total, and the facet counts asked for."""
        source, condition, score, match_params, score_params = self._match(request)
        where, filter_params = filter_sql(request.visibilities, request.filters, self.unary_plus)
        params = match_params + filter_params
        names = tuple(name for name in request.facets if name in FACETS)
        # The matches are materialised once, carrying what the counts need, and read by every part.
        carried = COLUMNS if names else "e.document_id"
        with connection.cursor() as cursor:
            documents = ["SELECT ' documents', '', count(DISTINCT m.document_id) FROM m"]
            statement = " UNION ALL ".join(
                [
                    "SELECT * FROM (SELECT ' hit', CAST(m.paragraph_id AS TEXT), m.score FROM m "
                    "ORDER BY m.score DESC, m.paragraph_id LIMIT %s OFFSET %s) AS page",
                    "SELECT ' total', '', count(*) FROM m",
                    *(documents if request.count_documents else []),
                    *_facet_selects(names),
                ]
            )
            cursor.execute(
                f"WITH m AS MATERIALIZED (SELECT e.paragraph_id, {score} AS score, {carried} FROM {source} "
                f"WHERE {condition} AND {where}) {statement}",
                [*score_params, *params, request.limit, request.offset],
            )
            return _collect(cursor.fetchall(), names)

    def facets_of(self, paragraph_ids: list[int], names: tuple[str, ...] = FACETS) -> dict:
        """Facet counts over these paragraphs (semantic and hybrid results are the top of a ranking)."""
        names = tuple(name for name in names if name in FACETS)
        if not paragraph_ids or not names:
            return {name: [] for name in names}
        marks = placeholders(len(paragraph_ids))
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH m AS MATERIALIZED (SELECT e.paragraph_id, {COLUMNS} FROM search_searchentry e "
                f"WHERE e.paragraph_id IN ({marks})) " + " UNION ALL ".join(_facet_selects(names)),
                list(paragraph_ids),
            )
            return _collect(cursor.fetchall(), names).facets

    def filtered_ids(self, visibilities: list[str], filters: Filters) -> set[int]:
        """The paragraphs a reader may see that pass the filters (for semantic search)."""
        where, params = filter_sql(visibilities, filters)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT e.paragraph_id FROM search_searchentry e WHERE {where}", params)
            return {row[0] for row in cursor.fetchall()}


class SQLiteBackend(Backend):
    """SQLite FTS5, ranked by BM25."""

    name = "sqlite-fts5"
    # "+col = ?" keeps SQLite's planner on the full-text index: a plain filter beside MATCH may be chosen
    # to drive the query instead, 1,000× slower.
    unary_plus = "+"

    def _match(self, request: SearchRequest) -> tuple[str, str, str, list, list]:
        return (
            "search_fts JOIN search_searchentry e ON e.paragraph_id = search_fts.rowid",
            "search_fts MATCH %s",
            "-bm25(search_fts)",
            [to_fts5(request.query)],
            [],
        )


class PostgresBackend(Backend):
    """PostgreSQL tsvector with a GIN index, ranked by ts_rank_cd (cover density)."""

    name = "postgresql-tsvector"

    def _match(self, request: SearchRequest) -> tuple[str, str, str, list, list]:
        tsquery = to_tsquery(request.query)
        return (
            "search_searchentry e",
            "e.vector @@ to_tsquery('simple', %s)",
            "ts_rank_cd(e.vector, to_tsquery('simple', %s), 32)",
            [tsquery],
            [tsquery],
        )


def backend() -> Backend:
    """The backend of the database in use: PostgreSQL's own; on SQLite the tantivy index while it is
    current with the database (``tantivy_index``), else FTS5, which is always current."""
    if connection.vendor == "postgresql":
        return PostgresBackend()
    if settings.SEARCH_LEXICAL_ENGINE == "tantivy":
        from .tantivy_index import current_backend  # it builds on this module

        engine = current_backend()
        if engine is not None:
            return engine
    return SQLiteBackend()
