"""Writes about offers: a provider (or the Secretariat on its behalf) records what it offers and keeps it
up to date; an offer that ends its run is retired (``is_active``), never deleted. Both check
``Action.RECORD_ASSISTANCE_OFFER`` (providers and the Secretariat); a provider changes only its own
offers, and records them under its own organization's name. Every write is audited."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from observatory.accounts.permissions import Action, require
from observatory.audit.services import changed_fields, record, snapshot
from observatory.core.errors import PermissionDenied

from .models import Offer, ProviderType
from .selectors import is_curator, may_edit_offer
from .vocabulary import (
    LANGUAGES,
    check_choice,
    invalid,
    parse_day,
    resolve_articles,
    resolve_kinds,
    resolve_regions,
)

#: What ``record_offer`` takes and ``update_offer`` may change.
FIELDS = (
    "organization",
    "provider_type",
    "programme",
    "kinds",
    "articles",
    "regions",
    "starts",
    "ends",
    "description",
    "language",
    "contact_name",
    "contact_email",
    "is_active",
)
MAX_TEXT = 10_000


def _text(field: str, value, *, required: bool = False, limit: int = 300) -> str:
    text = (value or "").strip()
    if required and not text:
        names = {"organization": _("Name the provider."), "programme": _("Name the programme.")}
        raise invalid(field, "", names.get(field, _("This field is required.")))
    if len(text) > limit:
        raise invalid(
            field, text[:80], _("This text is longer than %(limit)s characters.") % {"limit": limit}
        )
    return text


def _email(value) -> str:
    text = (value or "").strip()
    if text:
        try:
            validate_email(text)
        except ValidationError:
            raise invalid(
                "contact_email",
                text[:200],
                _("“%(value)s” is not an e-mail address.") % {"value": text[:200]},
            ) from None
    return text


def _kinds(value) -> list[str]:
    kinds = resolve_kinds(value)
    if not kinds:
        raise invalid("kinds", "", _("Say which kinds of assistance the offer provides."))
    return kinds


CLEANERS = {
    "organization": lambda value: _text("organization", value, required=True, limit=200),
    "provider_type": lambda value: check_choice("provider_type", value, ProviderType.values),
    "programme": lambda value: _text("programme", value, required=True),
    "kinds": _kinds,
    "regions": resolve_regions,
    "starts": lambda value: parse_day("starts", value),
    "ends": lambda value: parse_day("ends", value),
    "description": lambda value: _text("description", value, limit=MAX_TEXT),
    "language": lambda value: check_choice("language", value, LANGUAGES),
    "contact_name": lambda value: _text("contact_name", value, limit=200),
    "contact_email": _email,
    "is_active": bool,
}


def _check_period(starts: datetime.date | None, ends: datetime.date | None) -> None:
    if starts and ends and ends < starts:
        raise invalid("ends", ends.isoformat(), _("The offer ends before it starts."))


def _check_organization(actor, organization: str) -> None:
    """A provider records offers under its own organization's name (the Secretariat under any)."""
    own = getattr(actor, "organization", "") or ""
    if not is_curator(actor) and own and organization.casefold() != own.casefold():
        raise PermissionDenied(
            message=_("A provider records the offers of its own organization (%(organization)s).")
            % {"organization": own}
        )


def _audited(offer: Offer) -> dict:
    return snapshot(offer, list(FIELDS))


@transaction.atomic
def record_offer(actor, **values) -> Offer:
    """Record an offer: ``programme`` and ``kinds`` are required; ``organization`` defaults to the
    provider's own; ``articles`` are numbers, ``regions`` regional groups (none: every State), ``starts``
    and ``ends`` the period (either may be open)."""
    require(actor, Action.RECORD_ASSISTANCE_OFFER)
    unknown = sorted(set(values) - set(FIELDS))
    if unknown:
        raise invalid(unknown[0], None, _("Unknown fields: %(fields)s.") % {"fields": ", ".join(unknown)})
    if not values.get("organization"):
        values["organization"] = getattr(actor, "organization", "") or ""
    values.setdefault("kinds", [])
    cleaned = {name: CLEANERS[name](value) for name, value in values.items() if name != "articles"}
    if "programme" not in cleaned:
        CLEANERS["programme"]("")  # raises: the programme is required
    _check_organization(actor, cleaned["organization"])
    _check_period(cleaned.get("starts"), cleaned.get("ends"))
    articles = resolve_articles(values.get("articles"))
    offer = Offer.objects.create(
        provider=actor if getattr(actor, "is_authenticated", False) else None, **cleaned
    )
    offer.articles.set(articles)
    record(actor=actor, action="assistance.offer.record", obj=offer, after=_audited(offer))
    return offer


@transaction.atomic
def update_offer(actor, offer: Offer, **changes) -> Offer:
    """Change an offer (any of FIELDS; ``is_active=False`` retires it). The Secretariat changes any
    offer, a provider its own."""
    require(actor, Action.RECORD_ASSISTANCE_OFFER)
    offer = Offer.objects.select_for_update().get(pk=offer.pk)
    if not may_edit_offer(actor, offer):
        raise PermissionDenied(message=_("Only the offer's provider and the Secretariat change it."))
    unknown = sorted(set(changes) - set(FIELDS))
    if unknown:
        raise invalid(unknown[0], None, _("Unknown fields: %(fields)s.") % {"fields": ", ".join(unknown)})
    before = _audited(offer)
    for name, value in changes.items():
        if name != "articles":
            setattr(offer, name, CLEANERS[name](value))
    _check_organization(actor, offer.organization)
    _check_period(offer.starts, offer.ends)
    offer.save()
    if "articles" in changes:
        offer.articles.set(resolve_articles(changes["articles"]))
    after = _audited(offer)
    if before != after:
        record(
            actor=actor,
            action="assistance.offer.update",
            obj=offer,
            before=before,
            after={"changed": changed_fields(before, after)},
        )
    return offer
