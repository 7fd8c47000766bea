"""Reading the register's values from what people type (a form, an API call, a row of a CSV file): a State
by its code or name, a kind by its value or name, articles by number. Each refuses what it cannot read
with an ``InvalidInput`` that names the field, the value and what is accepted, so that every entry point
answers bad input the same way."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

from django.utils import translation
from django.utils.translation import gettext as _

from observatory.collection.models import ANSWER_LANGUAGES
from observatory.convention.models import Article
from observatory.core.errors import InvalidInput
from observatory.core.text import sort_key
from observatory.countries.models import RegionalGroup, State

from .models import CHECKLIST_KINDS, Kind

LANGUAGES = tuple(code for code, _label in ANSWER_LANGUAGES)
LAST_ARTICLE = 71
_SEPARATORS = re.compile(r"[;,\s]+")


def invalid(field: str, value: object, message: str, accepted: Iterable[str] = ()) -> InvalidInput:
    """The error for one bad value: the message, and the field, value and accepted values as details."""
    detail = {"field": field, "value": value if isinstance(value, str | int | None) else str(value)}
    accepted = list(accepted)
    if accepted:
        detail["accepted"] = accepted
    return InvalidInput(message=message, details=[detail])


def resolve_state(value: State | str | None) -> State:
    """A State from itself, its ISO 3166-1 alpha-3 code or its short name in any of the six languages
    (case and accents do not matter)."""
    if isinstance(value, State):
        return value
    text = (value or "").strip()
    if not text:
        raise invalid("state", text, _("Name the State (its ISO 3166-1 alpha-3 code, e.g. VNM)."))
    found = State.objects.filter(iso3=text.upper()).first()
    if found is None:
        folded = sort_key(text)
        for state in State.objects.all():
            names = [state.name_en, state.name_fr, state.name_es, state.name_ru, state.name_ar, state.name_zh]
            if any(sort_key(name) == folded for name in names if name):
                return state
        raise invalid(
            "state",
            text[:200],
            _("No State has the code or name “%(value)s”: use its ISO 3166-1 alpha-3 code, e.g. VNM.")
            % {"value": text[:200]},
        )
    return found


def resolve_kind(value: str | None) -> str:
    """A kind of assistance from its value ("legal_advice"), its English name ("Legal advice") or a kind
    of the self-assessment checklist ("model_legislation", mapped as ``models.CHECKLIST_KINDS`` says)."""
    text = (value or "").strip()
    folded = _folded(text)
    with translation.override("en"):
        english = {_folded(str(kind.label)): kind.value for kind in Kind}
    local = {_folded(str(kind.label)): kind.value for kind in Kind}
    if folded in Kind.values:
        return folded
    if folded in english or folded in local:
        return english.get(folded) or local[folded]
    for source, kind in CHECKLIST_KINDS.items():
        if folded == source:
            return kind
    raise invalid(
        "kind",
        text[:200],
        _("“%(value)s” is not a kind of technical assistance: use one of %(accepted)s.")
        % {"value": text[:200], "accepted": ", ".join(Kind.values)},
        Kind.values,
    )


def _folded(text: str) -> str:
    return "_".join(text.casefold().replace("-", " ").split())


def resolve_kinds(values: Iterable[str] | str | None) -> list[str]:
    """Several kinds (a list, or text separated by commas or semicolons), each read by
    :func:`resolve_kind`, in the register's order, without repeats."""
    if isinstance(values, str):
        values = [part for part in re.split(r"[;,]", values) if part.strip()]
    chosen = {resolve_kind(value) for value in values or []}
    return [kind for kind in Kind.values if kind in chosen]


def resolve_articles(values: Iterable[object] | str | None) -> list[Article]:
    """Articles of the Convention from Article objects or numbers (a list, or text such as "9; 10")."""
    if isinstance(values, str):
        values = [part for part in _SEPARATORS.split(values) if part]
    numbers = []
    for value in values or []:
        if isinstance(value, Article):
            numbers.append(value.number)
            continue
        text = str(value).strip().lower().removeprefix("art.").removeprefix("article").strip()
        if not text.isdigit() or not 1 <= int(text) <= LAST_ARTICLE:
            raise invalid(
                "articles",
                str(value)[:200],
                _("“%(value)s” is not an article of the Convention: use numbers from 1 to %(last)s.")
                % {"value": str(value)[:200], "last": LAST_ARTICLE},
            )
        numbers.append(int(text))
    return list(Article.objects.filter(number__in=set(numbers)).order_by("number"))


def resolve_regions(values: Iterable[str] | str | None) -> list[str]:
    """Regional groups from their values ("african", "grulac" …), in UN order, without repeats."""
    if isinstance(values, str):
        values = [part for part in re.split(r"[;,\s]+", values) if part]
    chosen = set()
    accepted = [group for group in RegionalGroup.values if group != RegionalGroup.NONE]
    for value in values or []:
        folded = str(value).strip().casefold()
        if folded not in accepted:
            raise invalid(
                "regions",
                str(value)[:200],
                _("“%(value)s” is not a regional group: use %(accepted)s.")
                % {"value": str(value)[:200], "accepted": ", ".join(accepted)},
                accepted,
            )
        chosen.add(folded)
    return [group for group in accepted if group in chosen]


def check_choice(field: str, value: str, accepted: Iterable[str]) -> str:
    """``value`` when it is one of ``accepted`` (any case); InvalidInput otherwise."""
    accepted = list(accepted)
    folded = (value or "").strip().casefold()
    match = next((item for item in accepted if item.casefold() == folded), None)
    if match is None:
        raise invalid(
            field,
            (value or "")[:200],
            _("“%(value)s” is not a valid %(field)s: use one of %(accepted)s.")
            % {"value": (value or "")[:200], "field": field, "accepted": ", ".join(accepted)},
            accepted,
        )
    return match


def parse_day(field: str, value: datetime.date | str | None) -> datetime.date | None:
    """A date from itself or from text written YYYY-MM-DD; None when blank."""
    if value is None or isinstance(value, datetime.date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise invalid(
            field, text[:200], _("“%(value)s” is not a date: write it as YYYY-MM-DD.") % {"value": text[:200]}
        ) from None
