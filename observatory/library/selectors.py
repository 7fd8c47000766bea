"""Reading the library. Visibility is enforced here, so every page, export and API answer obeys it."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, F, Prefetch, Q, QuerySet

from observatory.accounts.permissions import Action, can
from observatory.core.languages import CONTENT_LANGUAGES

from .models import Document, LanguageVersion, Paragraph, Visibility

PAGE_SIZE = 25


def readable_visibilities(user) -> list[str]:
    """The visibility levels a reader may see."""
    levels = [Visibility.PUBLIC]
    if can(user, Action.VIEW_STATES_PARTIES_ONLY):
        levels.append(Visibility.STATES_PARTIES)
    if can(user, Action.VIEW_SECRETARIAT_ONLY):
        levels.append(Visibility.SECRETARIAT)
    return levels


def visible_documents(user) -> QuerySet[Document]:
    """Documents the reader may see, with at least one imported language version."""
    return Document.objects.filter(
        visibility__in=readable_visibilities(user), versions__current__isnull=False
    ).distinct()


@dataclass
class DocumentFilters:
    kind: str = ""
    language: str = ""
    state: str = ""  # ISO3 of the submitting State
    year: int | None = None
    article: int | None = None
    query: str = ""


def document_list(user, filters: DocumentFilters) -> QuerySet[Document]:
    """Visible documents matching the filters, newest first, with their languages prefetched."""
    documents = visible_documents(user).select_related("state")
    if filters.kind:
        documents = documents.filter(kind=filters.kind)
    if filters.language:
        documents = documents.filter(versions__language=filters.language, versions__current__isnull=False)
    if filters.state:
        documents = documents.filter(state__iso3=filters.state.upper())
    if filters.year:
        documents = documents.filter(year=filters.year)
    if filters.article:
        documents = documents.filter(
            versions__current__paragraphs__article_references__article__number=filters.article
        )
    if filters.query:
        documents = documents.filter(Q(title__icontains=filters.query) | Q(symbol__icontains=filters.query))
    return (
        documents.prefetch_related(
            Prefetch(
                "versions",
                queryset=LanguageVersion.objects.filter(current__isnull=False).order_by("language"),
            )
        )
        .order_by("-year", "key")
        .distinct()
    )


def facet_counts(user) -> dict[str, list[tuple[str, int]]]:
    """How many visible documents there are per kind and per language."""
    documents = visible_documents(user)
    kinds = documents.values_list("kind").annotate(n=Count("id", distinct=True)).order_by("kind")
    languages = (
        LanguageVersion.objects.filter(document__in=documents, current__isnull=False)
        .values_list("language")
        .annotate(n=Count("document", distinct=True))
        .order_by("language")
    )
    return {"kinds": list(kinds), "languages": list(languages)}


def document_by_key(user, key: str) -> Document | None:
    """One visible document, or None (also when it exists but the reader may not see it)."""
    return visible_documents(user).select_related("state").filter(key=key).first()


def current_versions(document: Document) -> list[LanguageVersion]:
    """The document's language versions that have an imported revision, in UN language order."""
    order = {code: index for index, code in enumerate(CONTENT_LANGUAGES)}
    versions = list(document.versions.filter(current__isnull=False).select_related("current"))
    return sorted(versions, key=lambda version: order.get(version.language, 99))


def paragraphs_of(version: LanguageVersion) -> QuerySet[Paragraph]:
    """The paragraphs of a version's current revision, in order."""
    return Paragraph.objects.filter(revision_id=version.current_id).order_by("position")


def aligned(left: LanguageVersion, right: LanguageVersion) -> list[tuple[Paragraph | None, Paragraph | None]]:
    """Two language versions side by side, paragraph by paragraph (same paragraph id = same paragraph)."""
    right_by_pid = {p.pid: p for p in paragraphs_of(right)}
    rows, used = [], set()
    for paragraph in paragraphs_of(left):
        partner = right_by_pid.get(paragraph.pid)
        if partner is not None:
            used.add(partner.pid)
        rows.append((paragraph, partner))
    rows.extend((None, p) for pid, p in right_by_pid.items() if pid not in used)
    return rows


def known_symbols(user, symbols: set[str]) -> dict[str, Document]:
    """Of these symbols, those that are documents the reader may see."""
    if not symbols:
        return {}
    return {d.symbol: d for d in visible_documents(user).filter(symbol__in=symbols)}


def paragraph_list(
    user,
    *,
    article: int | None = None,
    state: str = "",
    kind: str = "",
    language: str = "",
    document: str = "",
) -> QuerySet[Paragraph]:
    """Paragraphs of the current revisions of visible documents, filtered by cited article, named State
    (ISO3), paragraph kind, language or document key."""
    paragraphs = Paragraph.objects.filter(
        revision__version__current=F("revision"),
        revision__version__document__visibility__in=readable_visibilities(user),
    ).select_related("revision__version__document")
    if article:
        paragraphs = paragraphs.filter(article_references__article__number=article)
    if state:
        paragraphs = paragraphs.filter(state_references__state__iso3=state.upper())
    if kind:
        paragraphs = paragraphs.filter(kind=kind)
    if language:
        paragraphs = paragraphs.filter(language=language)
    if document:
        paragraphs = paragraphs.filter(revision__version__document__key=document)
    return paragraphs.distinct().order_by(
        "revision__version__document__key", "revision__version__language", "position"
    )
