"""Searching: lexical search over the paragraphs a reader may see, with facets and highlighted
snippets. Confidentiality is applied twice: in the query (the reader's visibilities) and again when the
hits are loaded from the library (current revision, visibility), so a stale index entry never shows."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from django.db.models import Count, F
from django.utils.safestring import SafeString, mark_safe

from observatory.ingest.language import detect_language
from observatory.library.models import Paragraph
from observatory.library.selectors import readable_visibilities

from .analysis import LANGUAGES, snippet
from .backends import Results, SearchRequest, backend
from .models import SearchEntry
from .query import InvalidQuery, parse
from .semantic import FEEDBACK_DEPTH, FUSION_DEPTH, allowed_ids, fuse, semantic_ranking

MODES = ("lexical", "semantic", "hybrid")

MAX_LIMIT = 100


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
    document_kind: str | None = None,
    year: int | None = None,
    state: str | None = None,
    article: int | None = None,
    limit: int = 10,
    offset: int = 0,
    facets: bool = True,
    mode: str = "lexical",
) -> SearchPage:
    """Search for ``user``: lexical, semantic (by meaning, across languages) or hybrid (both, fused).
    Raises InvalidQuery (one clear message) for a query that cannot run."""
    if mode not in MODES:
        raise InvalidQuery(message=f"Unknown search mode {mode!r}; use one of {', '.join(MODES)}.")
    analysis_language = query_language(text, language)
    query = parse(text, analysis_language)
    engine = backend()
    limit, offset = max(1, min(limit, MAX_LIMIT)), max(0, offset)
    filters = {
        "language": results_language,
        "document_kind": document_kind,
        "year": year,
        "state": state,
        "article": article,
    }
    lexical_request = SearchRequest(
        query=query,
        visibilities=readable_visibilities(user),
        limit=limit,
        offset=offset,
        facets=facets,
        **filters,
    )
    if mode == "lexical":
        results: Results = _lexical(engine, lexical_request)
    else:
        # Visibility and language filter the cached matrix itself; the rarer filters ask the database.
        rare = {name: value for name, value in filters.items() if value and name != "language"}
        allowed = allowed_ids(readable_visibilities(user), **rare) if rare else None
        lexical_hits, feedback = [], None
        if mode == "hybrid":
            lexical_request.limit, lexical_request.offset, lexical_request.facets = FUSION_DEPTH, 0, False
            lexical_hits = _lexical(engine, lexical_request).hits
            feedback = [pid for pid, _ in lexical_hits[:FEEDBACK_DEPTH]]
            if results_language and results_language != analysis_language:
                # Results in another language: the query's words find nothing there, but they do in
                # the query's own language, and those paragraphs' meaning crosses languages.
                own = replace(lexical_request, language=analysis_language, limit=FEEDBACK_DEPTH)
                feedback = [pid for pid, _ in _lexical(engine, own).hits]
        ranking = semantic_ranking(
            text,
            readable_visibilities(user),
            language=results_language,
            allowed=allowed,
            limit=FUSION_DEPTH,
            feedback=feedback,
        )
        if mode == "hybrid":
            ranking = fuse(lexical_hits, ranking)
        results = Results(
            hits=ranking[offset : offset + limit],
            total=len(ranking),
            facets=_facets_of([pid for pid, _ in ranking]) if facets else {},
        )
    ids = [paragraph_id for paragraph_id, _ in results.hits]
    visible = readable_visibilities(user)
    paragraphs = {
        p.pk: p
        for p in Paragraph.objects.filter(
            pk__in=ids, revision__version__document__visibility__in=visible
        ).select_related("revision__version__document__state")
        if p.revision.version.current_id == p.revision_id
    }
    terms = query.terms
    hits = [
        SearchHit(
            paragraph=paragraphs[pid],
            score=score,
            snippet=mark_safe(snippet(paragraphs[pid].text, terms, paragraphs[pid].language or None)),  # noqa: S308
        )
        for pid, score in results.hits
        if pid in paragraphs
    ]
    _link_other_versions(hits)
    return SearchPage(
        query=text,
        query_language=analysis_language,
        hits=hits,
        total=results.total,
        facets=results.facets,
        backend=engine.name,
    )


def _link_other_versions(hits: list[SearchHit]) -> None:
    """Give each hit the (language, URL) of the same paragraph in its document's other current
    language versions — one query for the whole page."""
    if not hits:
        return
    found: dict[tuple[int, str], list[str]] = {}
    rows = Paragraph.objects.filter(
        revision__version__document_id__in={hit.document.pk for hit in hits},
        revision__version__current=F("revision"),
        pid__in={hit.paragraph.pid for hit in hits},
    ).values_list("revision__version__document_id", "pid", "revision__version__language")
    for document_id, pid, language in rows:
        found.setdefault((document_id, pid), []).append(language)
    for hit in hits:
        own = hit.paragraph.revision.version.language
        base = hit.document.get_absolute_url()
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
        engine.search(replace(request, offset=0, limit=depth, facets=False)).hits
        if request.offset
        else strict.hits
    )
    relaxed = engine.search(replace(request, query=query.relaxed(), offset=0, limit=depth + len(first)))
    seen = {paragraph_id for paragraph_id, _ in first}
    merged = list(first) + [hit for hit in relaxed.hits if hit[0] not in seen]
    hits = merged[request.offset : depth]
    return Results(hits=hits, total=relaxed.total, facets=relaxed.facets)


FACET_FIELDS = {
    "language": "language",
    "document_kind": "document_kind",
    "year": "year",
    "state": "state__iso3",
    "article": "paragraph__article_references__article__number",
}


def _facets_of(paragraph_ids: list[int]) -> dict:
    """Facet counts over a ranking (semantic and hybrid results are the top of a ranking)."""
    entries = SearchEntry.objects.filter(paragraph_id__in=paragraph_ids)
    facets = {}
    for name, field_name in FACET_FIELDS.items():
        rows = (
            entries.exclude(**{f"{field_name}__isnull": True})
            .values(field_name)
            .annotate(n=Count("paragraph_id", distinct=True))
            .values_list(field_name, "n")
        )
        facets[name] = sorted(rows, key=lambda row: (-row[1], str(row[0])))
    return facets
