"""The search endpoint."""

from ninja import Router, Schema

from observatory.search.selectors import search as run_search

router = Router(tags=["search"])


class HitOut(Schema):
    document: str
    symbol: str | None
    paragraph: str
    language: str
    score: float
    snippet: str
    url: str
    other_versions: dict[str, str]


class SearchOut(Schema):
    query: str
    mode: str
    total: int
    unit: str
    backend: str
    hits: list[HitOut]
    facets: dict[str, list[list]]


@router.get("/search", response=SearchOut)
def search(
    request,
    q: str,
    language: str | None = None,
    results_language: str | None = None,
    kind: str | None = None,
    year: int | None = None,
    state: str | None = None,
    region: str | None = None,
    body: str | None = None,
    session: str | None = None,
    visibility: str | None = None,
    article: int | None = None,
    chapter: int | None = None,
    topic: str | None = None,
    mentioned: str | None = None,
    limit: int = 10,
    offset: int = 0,
    mode: str = "hybrid",
    unit: str = "paragraphs",
):
    """Search the paragraphs the reader may see: ``mode`` lexical (words, six-language analysis), semantic
    (meaning, across languages) or hybrid (both fused; the default); ``unit`` paragraphs, or documents
    (the best paragraph of each). Filters and facet counts: results language, document kind, year,
    submitting State (``state``, ISO3), its regional group, body and session (``irg/2016``), who may
    read it (``visibility``), article, chapter, topic (slug), State mentioned (``mentioned``, ISO3).
    Snippets are HTML: the original text, escaped, with <mark> on the query's words."""
    page = run_search(
        request.user,
        q,
        language=language,
        results_language=results_language,
        document_kind=kind,
        year=year,
        state=state,
        region=region,
        body=body,
        session=session,
        visibility=visibility,
        article=article,
        chapter=chapter,
        topic=topic,
        mentioned=mentioned,
        limit=limit,
        offset=offset,
        mode=mode,
        unit=unit,
    )
    return {
        "query": q,
        "mode": mode,
        "total": page.total,
        "unit": page.unit,
        "backend": page.backend,
        "hits": [
            {
                "document": h.document.key,
                "symbol": h.document.symbol or None,
                "paragraph": h.paragraph.pid,
                "language": h.paragraph.language,
                "score": h.score,
                "snippet": str(h.snippet),
                "url": h.url,
                "other_versions": dict(h.other_versions),
            }
            for h in page.hits
        ],
        "facets": {name: [list(row) for row in rows] for name, rows in page.facets.items()},
    }
