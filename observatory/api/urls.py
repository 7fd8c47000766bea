"""The JSON API (OpenAPI schema at /api/v1/openapi.json, docs at /api/v1/docs).

Reads for everyone (each answer only what the reader may see); writes of submissions with the session and
its CSRF token. Every error answers in the project's one JSON error shape.
"""

from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError

from observatory.convention.models import Article, Chapter, Topic
from observatory.core.errors import InvalidInput, ObservatoryError, error_body
from observatory.core.languages import CONTENT_LANGUAGES
from observatory.countries.models import RegionalGroup, State

from .assistance import router as assistance_router
from .collection import router as collection_router
from .directory import router as directory_router
from .library import router as library_router
from .mandates import router as mandates_router
from .schemas import ArticleOut, ChapterOut, ErrorOut, StateOut, TopicOut
from .search import router as search_router

api = NinjaAPI(title="Observatory API", version="1", urls_namespace="api")
api.add_router("/", library_router)
api.add_router("/", search_router)
api.add_router("/", directory_router)
api.add_router("/", assistance_router)
api.add_router("/", collection_router)
api.add_router("/", mandates_router)
LANGS = CONTENT_LANGUAGES


def _six(obj, prefix: str) -> dict[str, str]:
    return {lang: getattr(obj, f"{prefix}_{lang}") for lang in LANGS}


@api.exception_handler(ObservatoryError)
def _observatory_error(request, exc: ObservatoryError):
    return api.create_response(request, exc.as_dict(), status=exc.status)


@api.exception_handler(NinjaValidationError)
def _validation_error(request, exc: NinjaValidationError):
    details = [
        {"field": ".".join(map(str, e.get("loc", []))), "message": e.get("msg", "")} for e in exc.errors
    ]
    return api.create_response(
        request, error_body("invalid_input", "The request is not valid.", details), status=422
    )


@api.exception_handler(Http404)
def _not_found(request, exc):
    return api.create_response(request, error_body("not_found", "Not found."), status=404)


@api.exception_handler(HttpError)
def _http_error(request, exc: HttpError):
    return api.create_response(request, error_body("error", str(exc)), status=exc.status_code)


@api.get("/chapters", response=list[ChapterOut], tags=["convention"])
def chapters(request):
    """The 8 chapters of the Convention with their titles in six languages (blank where not yet entered)."""
    return [{"number": c.number, "roman": c.roman, "titles": _six(c, "title")} for c in Chapter.objects.all()]


def _article(article: Article) -> dict:
    return {
        "number": article.number,
        "chapter": article.chapter.roman,
        "titles": _six(article, "title"),
        "topics": [topic.slug for topic in article.topics.all() if topic.is_active],
    }


@api.get("/articles", response=list[ArticleOut], tags=["convention"])
def articles(request):
    """The 71 articles of the Convention."""
    return [_article(a) for a in Article.objects.select_related("chapter").prefetch_related("topics")]


@api.get("/articles/{number}", response={200: ArticleOut, 404: ErrorOut}, tags=["convention"])
def article(request, number: int):
    """One article."""
    found = Article.objects.select_related("chapter").prefetch_related("topics").filter(number=number).first()
    if found is None:
        raise Http404
    return _article(found)


@api.get("/topics", response=list[TopicOut], tags=["convention"])
def topics(request):
    """The active topics of the corruption-prevention taxonomy."""
    return [
        {
            "slug": t.slug,
            "parent": t.parent.slug if t.parent else None,
            "labels": _six(t, "label"),
            "articles": [a.number for a in t.articles.all()],
        }
        for t in Topic.objects.filter(is_active=True).select_related("parent").prefetch_related("articles")
    ]


def _state(state: State) -> dict:
    return {
        "iso3": state.iso3,
        "iso2": state.iso2,
        "m49": state.m49,
        "un_member": state.un_member,
        "regional_group": state.regional_group,
        "names": _six(state, "name"),
        "convention_status": state.convention_status,
        "signature_date": state.signature_date.isoformat() if state.signature_date else None,
        "party_date": state.party_date.isoformat() if state.party_date else None,
        "party_instrument": state.party_instrument,
    }


@api.get("/states", response={200: list[StateOut], 422: ErrorOut}, tags=["states"])
def states(request, regional_group: str | None = None):
    """Every State, optionally of one regional group."""
    queryset = State.objects.all()
    if regional_group:
        if regional_group not in RegionalGroup.values:
            known = ", ".join(RegionalGroup.values)
            raise InvalidInput(
                message=f"Unknown regional group {regional_group!r}; use one of {known}.", status=422
            )
        queryset = queryset.filter(regional_group=regional_group)
    return [_state(s) for s in queryset]


@api.get("/states/{iso3}", response={200: StateOut, 404: ErrorOut}, tags=["states"])
def state(request, iso3: str):
    """One State by ISO 3166-1 alpha-3 code."""
    found = State.objects.filter(iso3=iso3.upper()).first()
    if found is None:
        raise Http404
    return _state(found)
