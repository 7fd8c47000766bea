"""The search page: results with facets that narrow them, updated in place with htmx."""

from urllib.parse import urlencode

from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from observatory.core.languages import CONTENT_LANGUAGES
from observatory.library.models import DocumentKind, Visibility
from observatory.search.query import InvalidQuery
from observatory.search.selectors import MODES
from observatory.search.selectors import search as run_search

from .facet_names import facet_names
from .params import bounded_int

LANGUAGES = CONTENT_LANGUAGES
PAGE = 10
MODE_LABELS = [
    ("hybrid", _("Words and meaning")),
    ("lexical", _("Exact words")),
    ("semantic", _("Meaning, in every language")),
]
# Facet of the results → the URL parameter that narrows by it, and its title, in the order shown.
FACET_PARAMETERS = {
    "article": ("article", _("Article")),
    "chapter": ("chapter", _("Chapter")),
    "topic": ("topic", _("Topic")),
    "state": ("state", _("Submitting State")),
    "mentioned": ("mentioned", _("State mentioned")),
    "region": ("region", _("Regional group")),
    "document_kind": ("kind", _("Kind")),
    "body": ("body", _("Body")),
    "session": ("session", _("Session")),
    "year": ("year", _("Year")),
    "language": ("results_language", _("Language")),
    "visibility": ("visibility", _("Who may read it")),
}


def search(request):
    """Search the library. Facet links and the form keep every other parameter."""
    get = request.GET
    text = get.get("q", "")
    filters = _filters(get)
    page_number = bounded_int(get.get("page"), 1, 1000) or 1
    mode = get.get("mode") if get.get("mode") in MODES else "hybrid"
    context = {
        "text": text,
        "filters": filters,
        "page": None,
        "error": None,
        "page_number": page_number,
        "mode": mode,
        "modes": MODE_LABELS,
    }
    if text.strip():
        try:
            context["page"] = run_search(
                request.user,
                text,
                language=get.get("language") if get.get("language") in LANGUAGES else None,
                limit=PAGE,
                offset=(page_number - 1) * PAGE,
                **filters,
            )
        except InvalidQuery as exc:
            context["error"] = exc.message
    if context["page"] is not None:
        context["facet_links"] = _facet_links(request, context["page"].facets)
        context["pages"] = _pager(request, context["page"].total, page_number)
    template = "portal/_search_results.html" if request.htmx else "portal/search.html"
    return render(request, template, context)


def _filters(get) -> dict:
    """The facet filters of the URL; a value that cannot be one is ignored (never an error page)."""
    code = {"state": 3, "mentioned": 3, "region": 20, "body": 30, "session": 40, "topic": 80}
    filters = {
        "results_language": get.get("results_language") if get.get("results_language") in LANGUAGES else None,
        "document_kind": get.get("kind") if get.get("kind") in DocumentKind.values else None,
        "visibility": get.get("visibility") if get.get("visibility") in Visibility.values else None,
        "year": bounded_int(get.get("year"), 1945, 2100),
        "article": bounded_int(get.get("article"), 1, 71),
        "chapter": bounded_int(get.get("chapter"), 1, 8),
    }
    for name, length in code.items():
        filters[name] = (get.get(name) or "")[:length] or None
    return filters


def _with(request, **changes) -> str:
    """This search's URL with some parameters changed (None removes one); the page goes back to 1."""
    parameters = {key: value for key, value in request.GET.items() if key != "page"}
    for key, value in changes.items():
        if value is None:
            parameters.pop(key, None)
        else:
            parameters[key] = str(value)
    return "?" + urlencode(parameters)


def _facet_links(request, facets: dict) -> list[dict]:
    """Per facet: its title and, per value, the count and the URL that narrows to it (or widens back)."""
    links = []
    names = facet_names(facets)
    for name, (parameter, title) in FACET_PARAMETERS.items():
        rows = facets.get(name) or []
        if not rows:
            continue
        current = request.GET.get(parameter)
        values = [
            {
                "value": value,
                "label": names[name].get(value, value),
                "count": count,
                "active": str(value) == current,
                "url": _with(request, **{parameter: None if str(value) == current else value}),
            }
            for value, count in rows[:12]
        ]
        links.append({"name": name, "title": title, "values": values})
    return links


def _pager(request, total: int, page_number: int) -> dict:
    last = max(1, (total + PAGE - 1) // PAGE)
    return {
        "number": page_number,
        "last": last,
        "previous": _with(request, page=page_number - 1) if page_number > 1 else None,
        "next": _with(request, page=page_number + 1) if page_number < last else None,
    }
