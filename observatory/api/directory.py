"""The directory API: the competent national authorities, read-only.

Thin over the directory app: what each reader may see is decided by ``directory.selectors`` (the same
records and fields the portal and the exports show), and each record is the JSON export's
(``directory.exports.authority_data``). Contact persons are given to government users and the Secretariat
(signed in with the portal's session); for everyone else ``contact_persons`` is null. Changes are made on
the portal, where focal points' changes go to the Secretariat for validation.
"""

from __future__ import annotations

import datetime

from django.http import Http404
from ninja import Field, Router, Schema

from observatory.core.errors import InvalidInput
from observatory.directory.exports import authority_data
from observatory.directory.selectors import authority_for, directory, filters_or_error

from .schemas import ErrorOut

router = Router(tags=["directory"])

MAX_LIMIT = 500


class ContactPersonOut(Schema):
    """A contact person of an authority (given to government users and the Secretariat only)."""

    name: str
    title: str
    phone: str
    email: str
    languages: list[str] = Field(description="Language codes (fr, en, de …).")


class AuthorityOut(Schema):
    """A competent national authority, as the reader may see it."""

    id: int
    state: str = Field(description="ISO 3166-1 alpha-3 code of the State.")
    regional_group: str
    designation: str = Field(
        description="prevention (art. 6, para. 3), central_authority (art. 46, para. 13), asset_recovery "
        "or other."
    )
    designation_detail: str = Field(description="What an authority designated as other is designated for.")
    names: dict[str, str] = Field(description="Official name per language code, as the State gives them.")
    addresses: dict[str, str] = Field(description="Address per language code.")
    website: str
    phone: str = Field(description="The public telephone.")
    email: str = Field(description="The public e-mail address.")
    request_languages: list[str] = Field(description="Languages in which requests are accepted (codes).")
    channels: list[str] = Field(description="diplomatic, direct, email, post, interpol, network, other.")
    procedures: str
    legal_basis: str
    in_force: bool = Field(
        description="False for an authority withdrawn (shown to its State and the Secretariat)."
    )
    validation_state: str = Field(
        description="validated for every public record; its State and the Secretariat also read pending, "
        "change_pending and rejected."
    )
    last_confirmed_at: datetime.datetime | None = Field(description="When the record was last confirmed.")
    last_confirmed_by: str | None = Field(
        description="Who confirmed it: a name and role for government users and the Secretariat, the role "
        "for everyone else."
    )
    freshness: str = Field(description="current, due (stale within 30 days) or stale.")
    stale: bool = Field(description="Not confirmed for over a year (or never).")
    stale_from: datetime.datetime | None = Field(description="When it turns (or turned) stale.")
    contact_persons: list[ContactPersonOut] | None = Field(
        description="Null unless the reader may see contact persons (government users and the Secretariat)."
    )
    url: str = Field(description="The record's page on the portal.")


def _page(limit: int, offset: int) -> tuple[int, int]:
    if offset < 0:
        raise InvalidInput(
            message="offset cannot be negative.", details=[{"field": "offset", "value": offset}], status=422
        )
    return max(1, min(limit, MAX_LIMIT)), offset


@router.get("/authorities", response={200: list[AuthorityOut], 422: ErrorOut})
def list_authorities(
    request,
    state: str | None = None,
    regional_group: str | None = None,
    designation: str | None = None,
    freshness: str | None = None,
    limit: int = 100,
    offset: int = 0,
):
    """The national authorities in force the reader may see, by State, designation and name. Filters:
    ``state`` (ISO3), ``regional_group``, ``designation`` (prevention,
    central_authority, asset_recovery, other), ``freshness`` (current, due, stale). A bad value is 422,
    naming the field and what it accepts."""
    limit, offset = _page(limit, offset)
    params = {
        "state": state,
        "regional_group": regional_group,
        "designation": designation,
        "freshness": freshness,
    }
    filters = filters_or_error({key: value for key, value in params.items() if value}, status=422)
    views = directory(request.user, filters)
    return [authority_data(view) for view in views[offset : offset + limit]]


@router.get("/authorities/{authority_id}", response={200: AuthorityOut, 404: ErrorOut})
def get_authority(request, authority_id: int):
    """One national authority, if the reader may see it (404 alike for one that does not exist and one
    awaiting validation, so that it does not show that it exists)."""
    view = authority_for(request.user, authority_id)
    if view is None:
        raise Http404
    return authority_data(view)
