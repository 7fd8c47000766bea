"""Searching: lexical search over the paragraphs a reader may see, with facets and highlighted
snippets. Confidentiality is applied twice: in the query (the reader's visibilities) and again when the
hits are loaded from the library (current revision, visibility), so a stale index entry never shows."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.safestring import SafeString, mark_safe

from observatory.ingest.language import detect_language
from observatory.library.models import Paragraph
from observatory.library.selectors import readable_visibilities

from .analysis import LANGUAGES, snippet
from .backends import Results, SearchRequest, backend
from .query import parse

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
) -> SearchPage:
    """Lexical search for ``user``. Raises InvalidQuery (one clear message) for a query that cannot run."""
    analysis_language = query_language(text, language)
    query = parse(text, analysis_language)
    engine = backend()
    results: Results = engine.search(
        SearchRequest(
            query=query,
            visibilities=readable_visibilities(user),
            language=results_language,
            document_kind=document_kind,
            year=year,
            state=state,
            article=article,
            limit=max(1, min(limit, MAX_LIMIT)),
            offset=max(0, offset),
            facets=facets,
        )
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
    return SearchPage(
        query=text,
        query_language=analysis_language,
        hits=hits,
        total=results.total,
        facets=results.facets,
        backend=engine.name,
    )
