"""Searching: lexical search over the paragraphs a reader may see, with facets and highlighted
snippets. Confidentiality is applied twice: in the query (the reader's visibilities) and again when the
hits are loaded from the library (current revision, visibility), so a stale index entry never shows."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from django.db import connection
from django.utils.safestring import SafeString, mark_safe

from observatory.countries.models import State
from observatory.ingest.language import detect_language
from observatory.library.models import Document, LanguageVersion, Paragraph, Revision
from observatory.library.selectors import readable_visibilities
from observatory.library.sql import paragraphs_with_documents, placeholders

from . import semantic
from .analysis import LANGUAGES, snippet
from .backends import FACETS, Filters, Results, SearchRequest, backend
from .models import SearchEntry
from .query import InvalidQuery, parse
from .semantic import FEEDBACK_DEPTH, FUSION_DEPTH, fuse, semantic_ranking

MODES = ("lexical", "semantic", "hybrid")
UNITS = ("paragraphs", "documents")

MAX_LIMIT = 100
DOCUMENT_DEPTH = 10  # paragraphs ranked per document asked for, when results are documents
MAX_DEPTH = 1000


@dataclass
class SearchHit:
    paragraph: Paragraph
    score: float
    snippet: SafeString

    @property
    def document(self):
        return self.paragraph.revision.version.document

    @property
    def url(self) -> str:
        version = self.paragraph.revision.version
        return f"{self.document.get_absolute_url()}?version={version.language}#{self.paragraph.anchor}"

    other_versions: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class SearchPage:
    query: str
    query_language: str | None
    hits: list[SearchHit]
    total: int
    facets: dict = field(default_factory=dict)
    backend: str = ""
    unit: str = "paragraphs"


def query_language(text: str, given: str | None) -> str | None:
    """The language to analyse the query in: the one given, else the one the query is written in."""
    if given in LANGUAGES:
        return given
    detected = detect_language(text)
    return detected if detected in LANGUAGES else None


def search(
    user,
    text: str,
    *,
    language: str | None = None,
    results_language: str | None = None,
    limit: int = 10,
    offset: int = 0,
    facets: bool | tuple[str, ...] = True,
    mode: str = "lexical",
    unit: str = "paragraphs",
    **filters,
) -> SearchPage:
    """Search for ``user``: lexical, semantic (by meaning, across languages) or hybrid (both, fused).

    ``language``: the query's (detected when not given); ``results_language`` and ``filters`` (the
    fields of ``Filters``: document_kind, year, state, region, body, session, visibility, article,
    chapter, topic, mentioned) narrow the paragraphs; ``facets``: True for every facet, or the names to
    count; ``unit``: "paragraphs", or "documents" for the best paragraph of each document.
    Raises InvalidQuery (one clear message) for a query that cannot run."""
    if mode not in MODES:
        raise InvalidQuery(message=f"Unknown search mode {mode!r}; use one of {', '.join(MODES)}.")
    if unit not in UNITS:
        raise InvalidQuery(message=f"Unknown unit {unit!r}; use one of {', '.join(UNITS)}.")
    try:
        narrowed = Filters(language=results_language, **filters)
    except TypeError as exc:
        raise InvalidQuery(message=f"Unknown filter: {exc}") from exc
    analysis_language = query_language(text, language)
    query = parse(text, analysis_language)
    engine = backend()
    limit, offset = max(1, min(limit, MAX_LIMIT)), max(0, offset)
    names = FACETS if facets is True else tuple(facets or ())
    visible = readable_visibilities(user)
    by_document = unit == "documents"
    # Documents: rank paragraphs deep enough to find a page of distinct documents.
    depth = min(MAX_DEPTH, (offset + limit) * DOCUMENT_DEPTH) if by_document else None
    lexical_request = SearchRequest(
        query=query,
        visibilities=visible,
        filters=narrowed,
        limit=depth or limit,
        offset=0 if by_document else offset,
        facets=names,
        count_documents=by_document,
    )
    if mode == "lexical":
        results: Results = _lexical(engine, lexical_request)
    else:
        # Visibility and language filter the cached matrix itself; the other filters ask the database.
        rare = replace(narrowed, language=None)
        allowed = engine.filtered_ids(visible, rare) if rare.active() else None
        fusion = replace(lexical_request, limit=max(FUSION_DEPTH, depth or 0), offset=0, facets=())
        lexical_hits, feedback = [], None
        if mode == "hybrid":
            lexical = _lexical(engine, fusion)
            lexical_hits, feedback = lexical.hits, _feedback(lexical)
            if results_language and results_language != analysis_language:
                # Feedback for the semantic ranking: the paragraphs the query's words find in its own
                # language. USE places a two-word query far from the long paragraphs that answer it;
                # their vectors say what is meant, in every language (docs/embeddings.md). Semantic
                # mode stays pure meaning: feedback there pulled an exact match off the top.
                own = _lexical(engine, replace(fusion, filters=replace(narrowed, language=analysis_language)))
                feedback = _feedback(replace(own, hits=own.hits[:FEEDBACK_DEPTH]))
                if semantic.TRANSLATIONS:  # read here: the quality bench switches it
                    lexical_hits = _with_translations(lexical_hits, own.hits, results_language, allowed)
        ranking = semantic_ranking(
            text,
            visible,
            language=results_language,
            allowed=allowed,
            limit=max(FUSION_DEPTH, depth or 0),
            feedback=feedback,
        )
        if mode == "hybrid":
            ranking = fuse(lexical_hits, ranking)
        results = Results(
            hits=ranking if by_document else ranking[offset : offset + limit],
            total=len(ranking),
            facets=engine.facets_of([pid for pid, _ in ranking], names) if names else {},
        )
    total = results.total
    ranked = results.hits
    if by_document:
        ranked, documents = _best_of_each_document(ranked)
        ranked = ranked[offset : offset + limit]
        total = results.documents if results.documents is not None else documents
    hits = _load_hits(ranked, visible, query.terms)
    _link_other_versions(hits)
    return SearchPage(
        query=text,
        query_language=analysis_language,
        hits=hits,
        total=total,
        facets=results.facets,
        backend=engine.name,
        unit=unit,
    )


# What a page of hits shows, loaded in one statement: not the references and footnotes a paragraph
# carries (large, parsed from JSON), which a hit's page never needs and stay deferred.
_HIT_FIELDS = (
    (
        Paragraph,
        ("id", "revision_id", "position", "pid", "kind", "number", "resolution", "text", "language", "page"),
    ),
    (Revision, ("id", "version_id", "number")),
    (LanguageVersion, ("id", "document_id", "language", "title", "current_id")),
    (Document, ("id", "key", "symbol", "kind", "title", "state_id", "year", "visibility")),
)


@cache
def _hit_columns() -> tuple[str, tuple[tuple[type, tuple[str, ...]], ...]]:
    """The SELECT list of a page of hits and the (model, fields) it holds, in order (built once)."""
    models = (*_HIT_FIELDS, (State, tuple(f.attname for f in State._meta.concrete_fields)))
    columns = ", ".join(
        f"{alias}.{model._meta.get_field(name).column}"
        for alias, (model, names) in zip("prvds", models, strict=True)
        for name in names
    )
    return columns, models


def _hit_statement(count: int, visibilities: int) -> tuple[str, tuple[tuple[type, tuple[str, ...]], ...]]:
    """The SQL that loads ``count`` paragraphs of current revisions with their revision, version,
    document and State, for readers of ``visibilities`` levels (placeholders: ids, then levels)."""
    columns, models = _hit_columns()
    sql = (
        f"SELECT {columns} FROM {paragraphs_with_documents()} "  # noqa: S608 - model columns, placeholders
        f"WHERE p.id IN ({placeholders(count)}) AND v.current_id = p.revision_id "
        f"AND d.visibility IN ({placeholders(visibilities)})"
    )
    return sql, models


def _paragraphs_with_documents(ids: list[int], visible: list[str]) -> dict[int, Paragraph]:
    """Paragraphs by id, each with its revision, version, document and State attached, as the ORM's
    select_related would give them but in one plain statement: building that query cost more than
    running it, on every page of search."""
    if not ids:
        return {}
    sql, models = _hit_statement(len(ids), len(visible))
    found = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, [*ids, *visible])
        rows = cursor.fetchall()
    for row in rows:
        instances, at = [], 0
        for model, names in models:
            values = row[at : at + len(names)]
            at += len(names)
            instances.append(
                model.from_db(connection.alias, names, values) if values[0] is not None else None
            )
        paragraph, revision, version, document, state = instances
        document.state = state
        version.document = document
        revision.version = version
        paragraph.revision = revision
        found[paragraph.pk] = paragraph
    return found


def _load_hits(ranked: list[tuple[int, float]], visible: list[str], terms) -> list[SearchHit]:
    """The hits, from the library: only paragraphs of current revisions the reader may see, so a stale
    index entry never shows."""
    paragraphs = _paragraphs_with_documents([paragraph_id for paragraph_id, _ in ranked], visible)
    return [
        SearchHit(
            paragraph=paragraphs[pid],
            score=score,
            snippet=mark_safe(snippet(paragraphs[pid].text, terms, paragraphs[pid].language or None)),  # noqa: S308
        )
        for pid, score in ranked
        if pid in paragraphs
    ]


def _best_of_each_document(ranked: list[tuple[int, float]]) -> tuple[list[tuple[int, float]], int]:
    """The first (best) paragraph of each document, in rank order, and how many documents there are."""
    document_of = dict(
        SearchEntry.objects.filter(paragraph_id__in=[pid for pid, _ in ranked]).values_list(
            "paragraph_id", "document_id"
        )
    )
    seen: set[int] = set()
    best = []
    for paragraph_id, score in ranked:
        document = document_of.get(paragraph_id)
        if document is not None and document not in seen:
            seen.add(document)
            best.append((paragraph_id, score))
    return best, len(seen)


def _link_other_versions(hits: list[SearchHit]) -> None:
    """Give each hit the (language, URL) of the same paragraph in its document's other current
    language versions — one statement for the whole page."""
    if not hits:
        return
    documents = sorted({hit.document.pk for hit in hits})
    pids = sorted({hit.paragraph.pid for hit in hits})
    # SQLite's CROSS JOIN keeps the versions as the outer loop, so each revision's paragraphs are
    # found by (revision, pid); left to itself, without statistics, it went by the pid index, whose
    # values ("1", "2") recur in every document. PostgreSQL plans this well by itself.
    join = "CROSS JOIN" if connection.vendor == "sqlite" else "JOIN"
    found: dict[tuple[int, str], list[str]] = {}
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT v.document_id, v.language, p.pid FROM {LanguageVersion._meta.db_table} v "  # noqa: S608
            f"{join} {Paragraph._meta.db_table} p ON p.revision_id = v.current_id "
            f"WHERE v.document_id IN ({placeholders(len(documents))}) "
            f"AND p.pid IN ({placeholders(len(pids))})",
            [*documents, *pids],
        )
        for document, language, pid in cursor.fetchall():
            found.setdefault((document, pid), []).append(language)
    urls: dict[int, str] = {}
    for hit in hits:
        own = hit.paragraph.revision.version.language
        if hit.document.pk not in urls:
            urls[hit.document.pk] = hit.document.get_absolute_url()
        base = urls[hit.document.pk]
        hit.other_versions = [
            (language, f"{base}?version={language}#{hit.paragraph.anchor}")
            for language in sorted(found.get((hit.document.pk, hit.paragraph.pid), []))
            if language != own
        ]


def _lexical(engine, request: SearchRequest) -> Results:
    """All the words first; when that finds less than a page and the person wrote no operator, the
    paragraphs with any of the words follow (a question typed in full rarely has every word in one
    paragraph)."""
    strict = engine.search(request)
    query = request.query
    depth = request.offset + request.limit
    if query.explicit or len(query.groups) < 2 or strict.total >= depth:
        return strict
    # Every strict hit fits in the first ``depth``: rank them first, then the rest of the relaxed ones.
    first = (
        engine.search(replace(request, offset=0, limit=depth, facets=())).hits
        if request.offset
        else strict.hits
    )
    relaxed = engine.search(replace(request, query=query.relaxed(), offset=0, limit=depth + len(first)))
    seen = {paragraph_id for paragraph_id, _ in first}
    rest = [hit for hit in relaxed.hits if hit[0] not in seen]
    if first and rest:
        # Scores must fall with rank, for fusion reads them: PostgreSQL's ts_rank_cd gave a paragraph
        # with one of the words more than one with all of them. Scaled, the rest keep their gaps.
        floor, top = min(score for _, score in first), max(score for _, score in rest)
        if top > floor:
            rest = [(pid, score * floor / top) for pid, score in rest]
    merged = list(first) + rest
    hits = merged[request.offset : depth]
    return Results(
        hits=hits,
        total=relaxed.total,
        facets=relaxed.facets,
        documents=relaxed.documents,
        strict=max(0, len(first) - request.offset),
    )


def translations(paragraph_ids: list[int], language: str) -> dict[int, int]:
    """paragraph id → the id of the same paragraph (same document, same paragraph id) in the document's
    current ``language`` version, for the paragraphs that have one."""
    if not paragraph_ids:
        return {}
    paragraph, revision, version = (m._meta.db_table for m in (Paragraph, Revision, LanguageVersion))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT src.id, dst.id FROM {paragraph} src "  # noqa: S608 - model tables, placeholders
            f"JOIN {revision} r ON r.id = src.revision_id "
            f"JOIN {version} v ON v.id = r.version_id "
            f"JOIN {version} tv ON tv.document_id = v.document_id AND tv.language = %s "
            f"JOIN {paragraph} dst ON dst.revision_id = tv.current_id AND dst.pid = src.pid "
            f"WHERE src.id IN ({placeholders(len(paragraph_ids))})",
            [language, *paragraph_ids],
        )
        return dict(cursor.fetchall())


def _with_translations(
    hits: list[tuple[int, float]], own: list[tuple[int, float]], language: str, allowed
) -> list[tuple[int, float]]:
    """The lexical hits in ``language``, joined by the translations there of the hits in the query's own
    language, each with its original's score scaled to the list (the better one when a paragraph is
    both).

    In another language than the query's, the lexical hits are only incidental matches (names, numbers,
    cognates); an official document's language versions number their paragraphs alike, so the paragraph
    that answers in the query's language points to its translation exactly. ``allowed``: the ids the
    other filters leave (None: no filter beyond visibility, which a document's versions share)."""
    scores, own_scores = dict(hits), dict(own)
    if not own_scores:
        return hits
    # On the scale of the results' own list: the best original's translation as high as its best hit
    # (BM25 and ts_rank_cd scores of two languages' lists are not on one scale).
    scale = (max(scores.values()) if scores else 1.0) / (max(own_scores.values()) or 1.0)
    for source, target in translations(list(own_scores), language).items():
        if allowed is not None and target not in allowed:
            continue
        score = own_scores[source] * scale
        if score > scores.get(target, float("-inf")):
            scores[target] = score
    return sorted(scores.items(), key=lambda hit: (-hit[1], hit[0]))


def _feedback(results: Results) -> list[int]:
    """The paragraphs that tell the semantic ranking what the query means: the best lexical hits, and
    only those with every word when some have (the others match by a word or two and pull the meaning
    away: a quoted sentence lost its own paragraph to its neighbours)."""
    hits = results.hits if not results.strict else results.hits[: results.strict]
    return [paragraph_id for paragraph_id, _ in hits[:FEEDBACK_DEPTH]]
