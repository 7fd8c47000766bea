"""The mandate tracker: mandates with their lineage, evidence and status history, and the bodies' sessions.

Thin over the mandates app: the list reads the tracker's filters with ``selectors.parse_filters`` (a bad
value is 422, naming the field and what it accepts) and answers the export's rows
(``exports.export_mandates``: the filtered mandates with their counts), so it lists what the tracker and
the exports list for the same filters; one mandate reads through the selectors, so a mandate of a
document the reader may not see answers 404 like one that does not exist, and proposed or rejected links
are shown to curators only.
"""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.utils import translation
from ninja import Field, Query, Router, Schema

from observatory.core.errors import InvalidInput
from observatory.library.bodies import Body
from observatory.mandates.exports import export_mandates, mandate_row
from observatory.mandates.models import Mandate, Session
from observatory.mandates.selectors import (
    annotate_counts,
    filters_or_error,
    is_curator,
    visible_evidence,
    visible_lineage,
    visible_mandates,
)
from observatory.portal.mandate_exports import status_report_links

from .schemas import ErrorOut, MandateDetailOut, MandateOut, SessionOut

router = Router(tags=["mandates"])

MAX_LIMIT = 500


class MandateQuery(Schema):
    """The tracker's filters, as the tracker and the portal's exports take them. Every value is a string
    here, checked by the one reader of the filters, so that a bad one is answered the same way whatever
    is wrong with it."""

    session: str | None = Field(
        None, description='The adopting session: "cosp/8" (by number), "cosp/2019" (by year) or "8".'
    )
    body: str | None = Field(None, description="The adopting body: cosp, irg, wg-prevention …")
    addressee: str | None = Field(
        None, description="States parties, Secretariat, UNODC, Working Group, Conference, donors or other."
    )
    status: str | None = Field(
        None, description="open, in_progress, reported, implemented, superseded, elapsed, not_applicable."
    )
    condition: str | None = Field(
        None, description="extrabudgetary, existing_resources, mandate or upon_request."
    )
    category: str | None = Field(
        None,
        description="The action: decides, requests, urges, calls_upon, encourages, invites, recommends, "
        "declarative, other.",
    )
    article: str | None = Field(None, description="A number of an article of the Convention (1 to 71).")
    topic: str | None = Field(None, description="A topic's slug (see /api/v1/topics).")
    due: str | None = Field(
        None,
        description="next (pending, reporting to the next session of known date) or overdue (pending, its "
        "report due before today).",
    )
    document: str | None = Field(None, description="A document's key (its UN symbol, or its slug).")
    resolution: str | None = Field(None, description='A resolution or decision number ("7/1").')


@router.get("/mandates", response={200: list[MandateOut], 422: ErrorOut})
def list_mandates(
    request, response: HttpResponse, filters: Query[MandateQuery], limit: int = 100, offset: int = 0
):
    """The mandates the reader may see, oldest session first in document order, ``limit`` (at most 500)
    from ``offset``; the X-Total-Count header gives how many match. Filters: ``session`` ("cosp/8" —
    session 8 of the Conference —, "cosp/2019" — by year, as the library's session keys go —, or "8"),
    ``body`` (the adopting body: cosp, irg, wg-prevention …), ``addressee`` (States parties,
    Secretariat, UNODC, Working Group, Conference, donors, other), ``status``, ``condition``
    (extrabudgetary, existing_resources, mandate, upon_request), ``category`` (the action: requests,
    urges …), ``article`` (a number of the Convention), ``topic`` (a slug), ``document`` (a key),
    ``resolution`` ("7/1"), ``due`` (next, overdue). A bad value is 422, naming the field and what it
    accepts."""
    if offset < 0:
        raise InvalidInput(message="offset cannot be negative.", details=[{"field": "offset"}], status=422)
    limit = max(1, min(limit, MAX_LIMIT))
    found = export_mandates(request.user, filters_or_error(filters.dict(exclude_none=True), status=422))
    response["X-Total-Count"] = str(found.count())
    return [mandate_row(mandate) for mandate in found[offset : offset + limit]]


def _reference(mandate: Mandate) -> dict:
    return {
        "id": mandate.pk,
        "document": mandate.document.key,
        "symbol": mandate.document.symbol,
        "resolution": mandate.resolution,
        "pid": mandate.pid,
        "status": mandate.status,
    }


def _link(link, other: Mandate) -> dict:
    return {
        "mandate": _reference(other),
        "relation": link.relation,
        "method": link.method,
        "score": link.score,
        "decision": link.decision,
    }


def _status_report(mandate: Mandate) -> dict | None:
    """Where the report "Status of implementation of resolution N" of the mandate's document is
    downloaded: per language, its DOCX and PDF addresses; None for a mandate of no numbered resolution."""
    # The portal's URLs carry a language prefix; the English one is the stable address to link to.
    with translation.override("en"):
        links = status_report_links(mandate.document.key, mandate.resolution)
    return {row["language"]: dict(row["files"]) for row in links} or None


@router.get("/mandates/{mandate_id}", response={200: MandateDetailOut, 404: ErrorOut})
def get_mandate(request, mandate_id: int):
    """One mandate the reader may see, with its links to earlier and from later mandates, its evidence
    and its status history, as the reader may see them: confirmed links and evidence from documents
    they may read (curators also see proposals and rejections, with the curators' notes); and where the
    report on its resolution is downloaded, in each of the six languages."""
    user = request.user
    found = annotate_counts(user, visible_mandates(user).filter(pk=mandate_id)).prefetch_related(
        "articles", "topics"
    )
    mandate = found.first()
    if mandate is None:
        raise Http404
    earlier, later = visible_lineage(user, mandate)
    evidence = list(visible_evidence(user, mandate).order_by("-score", "pk"))
    shown = {item.pk for item in evidence}
    curator = is_curator(user)
    history = mandate.status_changes.select_related("by").order_by("at", "pk")
    return {
        **mandate_row(mandate),
        "status_report": _status_report(mandate),
        "earlier": [_link(link, link.earlier) for link in earlier],
        "later": [_link(link, link.later) for link in later],
        "evidence_items": [
            {
                "id": item.pk,
                "document": item.document.key,
                "symbol": item.document.symbol,
                "pid": item.pid,
                "text": item.text,
                "method": item.method,
                "score": item.score,
                "decision": item.decision,
                "decided_at": item.decided_at,
            }
            for item in evidence
        ],
        "history": [
            {
                "before": change.before,
                "after": change.after,
                "at": change.at,
                # Evidence the reader may not see is not named, even by its number.
                "evidence": change.evidence_id if change.evidence_id in shown else None,
                # Curators' notes and names are their working record, not publication.
                "note": change.note if curator else "",
                "by": change.by.get_username() if curator and change.by else "",
            }
            for change in history
        ],
    }


@router.get("/sessions", response={200: list[SessionOut], 422: ErrorOut})
def sessions(request, body: str | None = None):
    """The sessions of the bodies with their dates and venues where known (a reporting duty "at its
    eighth session" falls due on the session's first day); ``key`` is the value of the mandates'
    ``session`` filter. Optionally of one ``body``."""
    found = Session.objects.order_by("body", "number")
    if body:
        if body not in Body.values:
            raise InvalidInput(
                message=f"Unknown body {body!r}; use one of {', '.join(Body.values)}.",
                details=[{"field": "body", "value": body}],
                status=422,
            )
        found = found.filter(body=body)
    return [
        {
            "key": f"{session.body}/{session.number}",
            "body": session.body,
            "number": session.number,
            "year": session.year,
            "starts": session.starts,
            "ends": session.ends,
            "venue": session.venue,
        }
        for session in found
    ]
