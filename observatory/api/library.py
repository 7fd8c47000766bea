"""Library endpoints: documents and their paragraphs, as the reader may see them."""

from django.http import Http404
from ninja import Router, Schema

from observatory.library.models import DocumentKind
from observatory.library.selectors import (
    DocumentFilters,
    current_versions,
    document_by_key,
    document_list,
    paragraph_list,
    paragraphs_of,
)

router = Router(tags=["library"])


class VersionOut(Schema):
    language: str
    title: str
    revision: int
    source_name: str
    paragraphs: int


class DocumentOut(Schema):
    key: str
    symbol: str
    kind: str
    title: str
    year: int | None
    state: str | None
    versions: list[VersionOut]


class ParagraphOut(Schema):
    id: str
    kind: str
    number: str
    resolution: str
    text: str
    language: str
    page: int | None
    footnotes: list[str]
    references: dict
    action: dict | None


class ParagraphInDocumentOut(ParagraphOut):
    document: str
    document_language: str


class DocumentDetailOut(DocumentOut):
    language: str
    paragraphs: list[ParagraphOut]


def _document(document) -> dict:
    return {
        "key": document.key,
        "symbol": document.symbol,
        "kind": document.kind,
        "title": document.title,
        "year": document.year,
        "state": document.state.iso3 if document.state else None,
        "versions": [
            {
                "language": v.language,
                "title": v.title,
                "revision": v.current.number,
                "source_name": v.current.source_name,
                "paragraphs": v.current.paragraph_count,
            }
            for v in current_versions(document)
        ],
    }


@router.get("/documents", response=list[DocumentOut])
def documents(
    request,
    kind: str = "",
    language: str = "",
    state: str = "",
    year: int | None = None,
    article: int | None = None,
    q: str = "",
    limit: int = 100,
    offset: int = 0,
):
    """Documents the reader may see, filtered like the library page."""
    filters = DocumentFilters(
        kind=kind if kind in DocumentKind.values else "",
        language=language,
        state=state,
        year=year,
        article=article,
        query=q,
    )
    limit = max(1, min(limit, 500))
    return [_document(d) for d in document_list(request.user, filters)[offset : offset + limit]]


def _paragraph(p) -> dict:
    return {
        "id": p.pid,
        "kind": p.kind,
        "number": p.number,
        "resolution": p.resolution,
        "text": p.text,
        "language": p.language,
        "page": p.page,
        "footnotes": p.footnotes,
        "references": p.references,
        "action": p.action,
    }


@router.get("/paragraphs", response=list[ParagraphInDocumentOut])
def paragraphs(
    request,
    article: int | None = None,
    state: str = "",
    kind: str = "",
    language: str = "",
    document: str = "",
    limit: int = 100,
    offset: int = 0,
):
    """Paragraphs the reader may see, by cited article, named State, kind, language or document."""
    limit = max(1, min(limit, 500))
    found = paragraph_list(
        request.user, article=article, state=state, kind=kind, language=language, document=document
    )[offset : offset + limit]
    return [
        {
            **_paragraph(p),
            "document": p.revision.version.document.key,
            "document_language": p.revision.version.language,
        }
        for p in found
    ]


@router.get("/documents/{path:key}", response=DocumentDetailOut)
def document(request, key: str, language: str = ""):
    """One document with the paragraphs of one language version (the first one when none is asked)."""
    found = document_by_key(request.user, key)
    if found is None:
        raise Http404
    versions = current_versions(found)
    version = next((v for v in versions if v.language == language), versions[0])
    return {
        **_document(found),
        "language": version.language,
        "paragraphs": [_paragraph(p) for p in paragraphs_of(version)],
    }
