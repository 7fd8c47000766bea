"""The technical-assistance register: needs, offers and (for the Secretariat) matches.

Thin over the assistance app: the lists read the register's filters with ``selectors.parse_need_filters``
and ``parse_offer_filters`` (a bad value is 422, naming the field and what it accepts) and answer the
exports' rows (``exports.need_row``, ``offer_row``), so they list what the register's pages and exports
list for the same filters; one need reads through the selectors, so a need the reader may not see answers
404 like one that does not exist. The matches are the Secretariat's work queue: 401 for the public, 403
for other roles.
"""

from __future__ import annotations

import datetime

from django.http import Http404, HttpResponse
from ninja import Field, Query, Router, Schema

from observatory.accounts.permissions import role_of
from observatory.assistance.exports import export_needs, need_row, offer_row
from observatory.assistance.models import Decision
from observatory.assistance.selectors import (
    filter_offers,
    matches_of_need,
    need_for,
    offer_for,
    parse_need_filters,
    parse_offer_filters,
    readable_matches,
    reads_everything,
    status_history,
)
from observatory.core.errors import InvalidInput, ObservatoryError, PermissionDenied
from observatory.core.filters import filter_error

from .schemas import ErrorOut

router = Router(tags=["assistance"])

MAX_LIMIT = 500


class NeedOut(Schema):
    id: int
    state: str = Field(description="ISO 3166-1 alpha-3 code of the State.")
    state_name: str
    regional_group: str
    articles: list[int]
    kind: str
    priority: str
    status: str
    source: str
    language: str
    description: str
    declared_on: datetime.date
    needed_by: datetime.date | None
    met_on: datetime.date | None
    visibility: str = Field(description="Who may read the need, as the reader may know it.")
    withdrawn: bool
    call: str = Field(description="The call for information a need of a checklist answer answers.")
    source_reference: str


class StatusChangeOut(Schema):
    at: datetime.datetime
    before: str
    after: str
    by: str = Field(description="Blank for readers other than the State's and the Secretariat.")
    note: str = Field(description="Blank for readers other than the State's and the Secretariat.")


class MatchRefOut(Schema):
    offer: int
    provider: str
    programme: str
    decision: str


class NeedDetailOut(NeedOut):
    status_history: list[StatusChangeOut]
    matches: list[MatchRefOut] = Field(description="The matches of the need the reader may read.")


class OfferOut(Schema):
    id: int
    provider: str
    provider_type: str
    programme: str
    kinds: list[str]
    articles: list[int]
    regions: list[str] = Field(description="Regional groups served; empty: every State.")
    starts: datetime.date | None
    ends: datetime.date | None
    language: str
    description: str
    active: bool
    contact_name: str = Field(description="Blank for readers who may not see contact persons.")
    contact_email: str = Field(description="Blank for readers who may not see contact persons.")


class MatchOut(Schema):
    id: int
    need: int
    state: str
    offer: int
    provider: str
    programme: str
    score: float
    signals: dict[str, float] = Field(description="kind, article, region and text, each from 0 to 1.")
    method: str
    decision: str
    decided_at: datetime.datetime | None
    note: str


class NeedQuery(Schema):
    """The register's filters of needs, as its pages and exports take them. Every value is a string
    here, checked by the one reader of the filters."""

    state: str | None = Field(None, description="ISO 3166-1 alpha-3 code of a State (VNM).")
    group: str | None = Field(
        None, description="A regional group: african, asia_pacific, eastern_european, grulac, weog, none."
    )
    article: str | None = Field(None, description="A number of an article of the Convention (1 to 71).")
    kind: str | None = Field(
        None,
        description="legal_advice, legislative_drafting, institution_building, capacity_building, "
        "on_site_expert, it_equipment, research_data, other.",
    )
    status: str | None = Field(
        None, description="open (current, anticipated or unmet), current, anticipated, unmet, being_met, met."
    )
    priority: str | None = Field(None, description="high, medium, low.")
    source: str | None = Field(None, description="checklist_answer, submission, review_report, direct_entry.")
    withdrawn: str | None = Field(None, description="include: also the withdrawn needs the reader may see.")


class OfferQuery(Schema):
    """The register's filters of offers."""

    provider: str | None = Field(None, description="The provider's name (any case).")
    kind: str | None = Field(None, description="A kind of assistance (see the needs' filter).")
    article: str | None = Field(None, description="A number of an article of the Convention.")
    region: str | None = Field(None, description="A regional group served (offers serving every State too).")
    period: str | None = Field(None, description="current (running today) or a year (running that year).")


def _page(limit: int, offset: int) -> tuple[int, int]:
    if offset < 0:
        raise InvalidInput(message="offset cannot be negative.", details=[{"field": "offset"}], status=422)
    return max(1, min(limit, MAX_LIMIT)), offset


@router.get("/assistance/needs", response={200: list[NeedOut], 422: ErrorOut})
def list_needs(request, response: HttpResponse, filters: Query[NeedQuery], limit: int = 100, offset: int = 0):
    """The technical-assistance needs the reader may see, newest declaration first, ``limit`` (at most
    500) from ``offset``; the X-Total-Count header gives how many match. Needs of unpublished answers are
    the State's and the Secretariat's only; the others are as visible as the answer they come from."""
    limit, offset = _page(limit, offset)
    parsed, problems = parse_need_filters(filters.dict(exclude_none=True))
    if problems:
        raise filter_error(problems, status=422)
    found = export_needs(request.user, parsed)
    response["X-Total-Count"] = str(found.count())
    return [need_row(request.user, need) for need in found[offset : offset + limit]]


@router.get("/assistance/needs/{need_id}", response={200: NeedDetailOut, 404: ErrorOut})
def get_need(request, need_id: int):
    """One need the reader may see, with its status history and the matches the reader may read."""
    need = need_for(request.user, need_id)
    if need is None:
        raise Http404
    return {
        **need_row(request.user, need),
        "status_history": status_history(request.user, need),
        "matches": [
            {
                "offer": match.offer_id,
                "provider": match.offer.organization,
                "programme": match.offer.programme,
                "decision": match.decision,
            }
            for match in matches_of_need(request.user, need)
        ],
    }


@router.get("/assistance/offers", response={200: list[OfferOut], 422: ErrorOut})
def list_offers(
    request, response: HttpResponse, filters: Query[OfferQuery], limit: int = 100, offset: int = 0
):
    """The technical-assistance offers (public), by provider and programme; contact persons only for
    government users, the Secretariat and the provider itself."""
    limit, offset = _page(limit, offset)
    parsed, problems = parse_offer_filters(filters.dict(exclude_none=True))
    if problems:
        raise filter_error(problems, status=422)
    found = filter_offers(request.user, parsed)
    response["X-Total-Count"] = str(found.count())
    return [offer_row(request.user, offer) for offer in found[offset : offset + limit]]


@router.get("/assistance/offers/{offer_id}", response={200: OfferOut, 404: ErrorOut})
def get_offer(request, offer_id: int):
    """One offer."""
    offer = offer_for(request.user, offer_id)
    if offer is None:
        raise Http404
    return offer_row(request.user, offer)


@router.get(
    "/assistance/matches", response={200: list[MatchOut], 401: ErrorOut, 403: ErrorOut, 422: ErrorOut}
)
def list_matches(
    request,
    response: HttpResponse,
    decision: str | None = Query(None, description="proposed, confirmed or rejected."),
    limit: int = 100,
    offset: int = 0,
):
    """The matches between needs and offers, best score first: the Secretariat's (and administrators')
    only. ``decision`` narrows them to proposed, confirmed or rejected ones."""
    if role_of(request.user) is None:
        raise ObservatoryError(message="Sign in to read the matches.", code="not_authenticated", status=401)
    if not reads_everything(request.user):
        raise PermissionDenied(message="The matches are the Secretariat's.")
    limit, offset = _page(limit, offset)
    matches = readable_matches(request.user).order_by("-score", "pk")
    if decision:
        if decision not in Decision.values:
            raise InvalidInput(
                message=f"{decision[:80]!r} is not a decision: use one of {', '.join(Decision.values)}.",
                details=[{"field": "decision", "value": decision[:80], "accepted": list(Decision.values)}],
                status=422,
            )
        matches = matches.filter(decision=decision)
    response["X-Total-Count"] = str(matches.count())
    return [
        {
            "id": match.pk,
            "need": match.need_id,
            "state": match.need.state.iso3,
            "offer": match.offer_id,
            "provider": match.offer.organization,
            "programme": match.offer.programme,
            "score": match.score,
            "signals": match.signals,
            "method": match.method,
            "decision": match.decision,
            "decided_at": match.decided_at,
            "note": match.note,
        }
        for match in matches[offset : offset + limit]
    ]
