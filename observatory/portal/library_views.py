"""Library pages: the document list with filters, and a document with its paragraphs and versions."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils import translation

from observatory.core.languages import CONTENT_LANGUAGES
from observatory.countries.models import State
from observatory.library.models import DocumentKind
from observatory.library.rendering import linked_text, reference_links
from observatory.library.selectors import (
    PAGE_SIZE,
    DocumentFilters,
    aligned,
    current_versions,
    document_by_key,
    document_list,
    facet_counts,
    known_symbols,
    paragraphs_of,
)

from .params import bounded_int

LANGUAGE_OF_FIELD = {"zh-hans": "zh"}


def library(request):
    """Documents of the library, filtered by kind, language, State, year and article."""
    get = request.GET
    filters = DocumentFilters(
        kind=get.get("kind", "") if get.get("kind") in DocumentKind.values else "",
        language=get.get("language", "") if get.get("language") in CONTENT_LANGUAGES else "",
        state=get.get("state", "")[:3],
        year=bounded_int(get.get("year"), 1945, 2100),
        article=bounded_int(get.get("article"), 1, 71),
        query=get.get("q", "")[:200],
    )
    page = Paginator(document_list(request.user, filters), PAGE_SIZE).get_page(get.get("page"))
    return render(
        request,
        "portal/library.html",
        {
            "page": page,
            "filters": filters,
            "facets": facet_counts(request.user),
            "kinds": DocumentKind.choices,
            "languages": CONTENT_LANGUAGES,
        },
    )


def _rows(request, paragraphs):
    paragraphs = list(paragraphs)  # None where the other version has no such paragraph
    symbols = {r["symbol"] for p in paragraphs if p for r in (p.references or {}).get("symbols", [])}
    documents = known_symbols(request.user, symbols)
    states = set(State.objects.values_list("iso3", flat=True))
    return [
        (p, linked_text(p.text, reference_links(p, documents, states))) if p else (None, None)
        for p in paragraphs
    ]


def document(request, key: str):
    """One document: its paragraphs with permalinks and linked references; two versions side by side."""
    found = document_by_key(request.user, key)
    if found is None:
        raise Http404
    versions = current_versions(found)
    by_language = {version.language: version for version in versions}
    interface = translation.get_language() or "en"
    wanted = request.GET.get("version") or LANGUAGE_OF_FIELD.get(interface, interface)
    shown = by_language.get(wanted) or versions[0]
    compare = by_language.get(request.GET.get("compare", ""))
    context = {"document": found, "versions": versions, "shown": shown, "compare": compare}
    if compare and compare != shown:
        pairs = aligned(shown, compare)
        left = _rows(request, [a for a, _ in pairs])
        right = _rows(request, [b for _, b in pairs])
        context["pairs"] = list(zip(left, right, strict=True))
    else:
        context["rows"] = _rows(request, paragraphs_of(shown))
    return render(request, "portal/document.html", context)
