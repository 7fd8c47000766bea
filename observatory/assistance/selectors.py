"""Reading the technical-assistance register. Confidentiality is decided here, so every page, export,
dashboard and API answer built on these obeys it:

- the **Secretariat** (and administrators, who read what is restricted to it) read every need, withdrawn
  ones and the register's internals (who declared a need, the notes of its status changes) included;
- a State's **focal points and contributors** read every need of their own State the same way;
- **everyone else** (another State, a provider, the public) reads a need only when its
  ``published_visibility`` admits them: a need of an unpublished answer, or of an answer restricted to
  the Secretariat, never reaches them. They see it as published: no withdrawal they could not see in the
  published answer, the visibility it was published with.
- Offers are public; their contact person is for governments and the Secretariat (and the provider).
- Matches are the Secretariat's work: it reads all of them; a State reads the confirmed matches of its
  needs, a provider those of its offers.

The register's vocabulary and filters live here too, once for the pages, the exports and the API:
:class:`NeedFilters` and :class:`OfferFilters`, read from a query string by :func:`parse_need_filters`
and :func:`parse_offer_filters`, which return the problems of bad values instead of raising, so that a
page can ignore them with a message and an export or the API can refuse them (:func:`filter_error`).
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext

from observatory.accounts.models import STATE_ROLES
from observatory.accounts.permissions import Action, can, role_of
from observatory.collection.models import Priority
from observatory.core.filters import FilterProblem, json_list_member
from observatory.countries.models import RegionalGroup, State
from observatory.library.selectors import readable_visibilities

from .models import (
    OPEN_STATUSES,
    Decision,
    Kind,
    Match,
    Need,
    NeedStatus,
    NeedStatusChange,
    Offer,
    Source,
)

#: The Convention's articles are numbered 1 to 71.
LAST_ARTICLE = 71
#: The ``status`` filter also takes "open": current, anticipated or unmet.
OPEN = "open"
#: A value is echoed back in a message: never more of it than this.
_LONGEST = 200
_YEAR = re.compile(r"^\d{4}$")


# --- Who reads what ------------------------------------------------------------------------------------


def own_state(user):
    """The State a focal point or contributor acts for (None for every other reader)."""
    if role_of(user) in STATE_ROLES:
        return user.state
    return None


def reads_everything(user) -> bool:
    """Whether the reader reads every need (the Secretariat and administrators)."""
    return can(user, Action.VIEW_SECRETARIAT_ONLY)


def is_curator(user) -> bool:
    """Whether the reader curates the register: suggests, proposes, confirms and rejects matches. That
    is the Secretariat — the role that may both record offers and read what is restricted to the
    Secretariat (providers may record offers, administrators read everything; neither curates)."""
    return can(user, Action.RECORD_ASSISTANCE_OFFER) and can(user, Action.VIEW_SECRETARIAT_ONLY)


def sees_internals(user, need: Need) -> bool:
    """Whether the reader sees a need as the State and the Secretariat do: withdrawn or not, as
    declared, with who declared it and the notes of its status changes."""
    if reads_everything(user):
        return True
    state = own_state(user)
    return state is not None and state.pk == need.state_id


def readable_needs(user) -> QuerySet[Need]:
    """Every need the reader may read (see the module's docstring), withdrawn ones included."""
    needs = Need.objects.all()
    if not reads_everything(user):
        admitted = Q(published_visibility__in=readable_visibilities(user))
        state = own_state(user)
        if state is not None:
            admitted |= Q(state=state)
        needs = needs.filter(admitted)
    return needs.select_related("state")


def _hide_withdrawn(user, needs: QuerySet[Need]) -> QuerySet[Need]:
    """Leave out withdrawn needs, among those the reader sees as the State and the Secretariat do; others
    read a need as it was published, and a withdrawal that is not published yet is not theirs to see."""
    if reads_everything(user):
        return needs.filter(withdrawn=False)
    state = own_state(user)
    if state is not None:
        return needs.exclude(withdrawn=True, state=state)
    return needs


def shown_visibility(user, need: Need) -> str:
    """The visibility the reader is told a need has."""
    return need.visibility if sees_internals(user, need) else need.published_visibility


def shown_withdrawn(user, need: Need) -> bool:
    """Whether the reader is told the need is withdrawn."""
    return need.withdrawn if sees_internals(user, need) else False


def is_open_for(user, need: Need) -> bool:
    """Whether the need still waits for help, as the reader may know it."""
    return need.status in OPEN_STATUSES and not shown_withdrawn(user, need)


def need_for(user, pk: int) -> Need | None:
    """One need the reader may read, or None (it does not exist, or they may not know that it does)."""
    return (
        readable_needs(user)
        .prefetch_related("articles")
        .select_related("submission__call", "source_version", "declared_by")
        .filter(pk=pk)
        .first()
    )


def status_history(user, need: Need) -> list[dict]:
    """The need's status changes: when, from what, to what; who and why only for readers who see its
    internals."""
    internal = sees_internals(user, need)
    return [
        {
            "at": change.at,
            "before": change.before,
            "after": change.after,
            "by": (change.by.get_username() if change.by_id else "") if internal else "",
            "note": change.note if internal else "",
        }
        for change in NeedStatusChange.objects.filter(need=need).select_related("by").order_by("at", "pk")
    ]


def readable_offers(user) -> QuerySet[Offer]:
    """The offers the reader may read: the active ones, and for the Secretariat and their providers the
    retired ones too."""
    offers = Offer.objects.all()
    if not reads_everything(user):
        mine = _own_offers_q(user)
        offers = (
            offers.filter(Q(is_active=True) | mine) if mine is not None else offers.filter(is_active=True)
        )
    return offers.prefetch_related("articles")


def _own_offers_q(user) -> Q | None:
    if not getattr(user, "is_authenticated", False) or not can(user, Action.RECORD_ASSISTANCE_OFFER):
        return None
    mine = Q(provider=user)
    if user.organization:
        mine |= Q(organization__iexact=user.organization)
    return mine


def owns_offer(user, offer: Offer) -> bool:
    """Whether the reader is the offer's provider (recorded it, or works for its organization)."""
    if not getattr(user, "is_authenticated", False) or not can(user, Action.RECORD_ASSISTANCE_OFFER):
        return False
    if offer.provider_id == user.pk:
        return True
    return bool(user.organization) and user.organization.casefold() == offer.organization.casefold()


def may_edit_offer(user, offer: Offer) -> bool:
    """The Secretariat edits every offer; a provider its own."""
    return is_curator(user) or (can(user, Action.RECORD_ASSISTANCE_OFFER) and owns_offer(user, offer))


def sees_offer_contact(user, offer: Offer) -> bool:
    """Whether the reader sees the offer's contact person: government users, the Secretariat and the
    provider itself."""
    return can(user, Action.VIEW_CONTACT_PERSONS) or owns_offer(user, offer)


def offer_for(user, pk: int) -> Offer | None:
    """One offer the reader may read, or None."""
    return readable_offers(user).filter(pk=pk).first()


def readable_matches(user) -> QuerySet[Match]:
    """The matches the reader may read: all of them for the Secretariat (and administrators); the
    confirmed matches of its needs for a State; of its offers for a provider; none for others."""
    matches = Match.objects.select_related("need__state", "offer")
    if reads_everything(user):
        return matches
    admitted = Q(pk__in=[])
    state = own_state(user)
    if state is not None:
        admitted |= Q(need__state=state)
    mine = _own_offers_q(user)
    if mine is not None:
        admitted |= Q(offer__in=Offer.objects.filter(mine))
    # Never a match to a need the reader may not read: a confirmed match does not publish the need.
    return matches.filter(admitted, decision=Decision.CONFIRMED, need__in=readable_needs(user).values("pk"))


def matches_of_need(user, need: Need) -> QuerySet[Match]:
    """The matches of one need the reader may read (on offers they may read)."""
    return readable_matches(user).filter(need=need, offer__in=readable_offers(user))


def matches_of_offer(user, offer: Offer) -> QuerySet[Match]:
    """The matches of one offer the reader may read (to needs they may read)."""
    return readable_matches(user).filter(offer=offer, need__in=readable_needs(user))


def match_queue(user) -> QuerySet[Match]:
    """The Secretariat's queue: proposed matches of needs still open, best first. Empty for others."""
    if not reads_everything(user):
        return Match.objects.none()
    return (
        Match.objects.filter(
            decision=Decision.PROPOSED,
            need__status__in=OPEN_STATUSES,
            need__withdrawn=False,
            offer__is_active=True,
        )
        .select_related("need__state", "offer")
        .prefetch_related("need__articles", "offer__articles")
        .order_by("-score", "pk")
    )


# --- Filters -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NeedFilters:
    """What a list of needs is narrowed to; blank (or None) means "any". Read it from a request's
    parameters with :func:`parse_need_filters`, which checks every value."""

    state: str = ""  # ISO 3166-1 alpha-3
    group: str = ""  # a RegionalGroup value
    article: int | None = None
    kind: str = ""  # a Kind value
    status: str = ""  # a NeedStatus value, or "open"
    priority: str = ""  # a Priority value
    source: str = ""  # a Source value
    withdrawn: bool = False  # also the withdrawn needs (for the readers who see them)

    def as_params(self) -> dict[str, str]:
        """The filters that are set, as query-string parameters (what :func:`parse_need_filters` reads)."""
        params = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if item.name == "withdrawn":
                if value:
                    params["withdrawn"] = "include"
            elif value not in ("", None):
                params[item.name] = str(value)
        return params

    def without(self, name: str) -> NeedFilters:
        """The same filters with one lifted."""
        defaults = {"article": None, "withdrawn": False}
        return replace(self, **{name: defaults.get(name, "")})


@dataclass(frozen=True)
class OfferFilters:
    """What a list of offers is narrowed to (see :func:`parse_offer_filters`)."""

    provider: str = ""  # the provider's name, any case
    kind: str = ""
    article: int | None = None
    region: str = ""  # a RegionalGroup value: offers serving it (or every region)
    period: str = ""  # "current", or a year: offers running then

    def as_params(self) -> dict[str, str]:
        """The filters that are set, as query-string parameters."""
        return {
            item.name: str(getattr(self, item.name))
            for item in fields(self)
            if getattr(self, item.name) not in ("", None)
        }


NEED_FILTER_NAMES = ("state", "group", "article", "kind", "status", "priority", "source", "withdrawn")
OFFER_FILTER_NAMES = ("provider", "kind", "article", "region", "period")


def _param(params: Mapping[str, object], name: str) -> str:
    # A QueryDict's get() gives the last value of a repeated parameter; a plain dict may hold a list.
    value = params.get(name)
    if isinstance(value, list | tuple):
        value = value[-1] if value else None
    return "" if value is None else str(value).strip()


def _choice(name: str, value: str, accepted: tuple[str, ...], problems: list[FilterProblem]) -> str:
    folded = value.casefold()
    match = next((item for item in accepted if item.casefold() == folded), None)
    if match is None:
        message = gettext("“%(value)s” is not one of: %(accepted)s.") % {
            "value": value[:_LONGEST],
            "accepted": ", ".join(accepted),
        }
        problems.append(FilterProblem(name, value[:_LONGEST], message, accepted))
        return ""
    return match


def _article(value: str, problems: list[FilterProblem]) -> int | None:
    number = int(value) if value.isdigit() else 0
    if 1 <= number <= LAST_ARTICLE:
        return number
    message = gettext("“%(value)s” is not an article of the Convention: use a number from 1 to %(last)s.") % {
        "value": value[:_LONGEST],
        "last": LAST_ARTICLE,
    }
    problems.append(
        FilterProblem("article", value[:_LONGEST], message, tuple(str(n) for n in range(1, LAST_ARTICLE + 1)))
    )
    return None


def parse_need_filters(params: Mapping[str, object]) -> tuple[NeedFilters, list[FilterProblem]]:
    """Read the needs' filters of a request (a QueryDict or a dict; other names are ignored): the filters
    with every bad value left out, and the problems of the bad values. Fixed vocabularies match whatever
    the case; a State is named by its ISO 3166-1 alpha-3 code."""
    found: dict[str, object] = {}
    problems: list[FilterProblem] = []
    vocabularies = {
        "group": tuple(RegionalGroup.values),
        "kind": tuple(Kind.values),
        "status": (OPEN, *NeedStatus.values),
        "priority": tuple(Priority.values),
        "source": tuple(Source.values),
        "withdrawn": ("include",),
    }
    for name in NEED_FILTER_NAMES:
        value = _param(params, name)
        if not value:
            continue
        if name == "state":
            iso3 = value.upper()
            if State.objects.filter(iso3=iso3).exists():
                found[name] = iso3
            else:
                message = gettext(
                    "“%(value)s” is not the ISO 3166-1 alpha-3 code of a State (e.g. VNM for Viet Nam)."
                ) % {"value": value[:_LONGEST]}
                problems.append(FilterProblem(name, value[:_LONGEST], message, ("<ISO 3166-1 alpha-3>",)))
        elif name == "article":
            found[name] = _article(value, problems)
        else:
            chosen = _choice(name, value, vocabularies[name], problems)
            if chosen:
                found[name] = chosen == "include" if name == "withdrawn" else chosen
    return NeedFilters(**{name: value for name, value in found.items() if value not in ("", None)}), problems


def parse_offer_filters(params: Mapping[str, object]) -> tuple[OfferFilters, list[FilterProblem]]:
    """Read the offers' filters of a request, as :func:`parse_need_filters` does. ``period`` is
    "current" (running today) or a year (running at some time that year)."""
    found: dict[str, object] = {}
    problems: list[FilterProblem] = []
    for name in OFFER_FILTER_NAMES:
        value = _param(params, name)
        if not value:
            continue
        if name == "provider":
            found[name] = value[:_LONGEST]  # a name: an unknown one matches nothing
        elif name == "kind":
            found[name] = _choice(name, value, tuple(Kind.values), problems)
        elif name == "region":
            found[name] = _choice(name, value, tuple(RegionalGroup.values), problems)
        elif name == "article":
            found[name] = _article(value, problems)
        elif name == "period":
            if value.casefold() == "current" or (_YEAR.match(value) and 1900 < int(value) < 2200):
                found[name] = value.casefold()
            else:
                message = gettext("“%(value)s” is not a period: write “current” or a year such as 2027.") % {
                    "value": value[:_LONGEST]
                }
                problems.append(FilterProblem(name, value[:_LONGEST], message, ("current", "<year>")))
    return OfferFilters(**{name: value for name, value in found.items() if value not in ("", None)}), problems


def filter_needs(user, filters: NeedFilters | None = None) -> QuerySet[Need]:
    """The needs the reader may read that match the filters, newest declaration first, ``pk`` last so
    pages never repeat nor skip one. Withdrawn needs only with ``filters.withdrawn``."""
    filters = filters or NeedFilters()
    needs = readable_needs(user)
    if not filters.withdrawn:
        needs = _hide_withdrawn(user, needs)
    if filters.state:
        needs = needs.filter(state__iso3=filters.state)
    if filters.group:
        needs = needs.filter(state__regional_group=filters.group)
    if filters.article is not None:
        # Exists rather than a join: a join would repeat a need once per matching article.
        through = Need.articles.through.objects
        needs = needs.filter(Exists(through.filter(need=OuterRef("pk"), article__number=filters.article)))
    if filters.kind:
        needs = needs.filter(kind=filters.kind)
    if filters.status == OPEN:
        needs = needs.filter(status__in=OPEN_STATUSES)
    elif filters.status:
        needs = needs.filter(status=filters.status)
    if filters.priority:
        needs = needs.filter(priority=filters.priority)
    if filters.source:
        needs = needs.filter(source=filters.source)
    return needs.prefetch_related("articles").order_by("-declared_on", "-pk")


def filter_offers(
    user, filters: OfferFilters | None = None, *, today: datetime.date | None = None
) -> QuerySet[Offer]:
    """The offers the reader may read that match the filters, by provider and programme."""
    filters = filters or OfferFilters()
    offers = readable_offers(user)
    if filters.provider:
        offers = offers.filter(organization__iexact=filters.provider)
    if filters.kind:
        offers = offers.filter(json_list_member("kinds", filters.kind))
    if filters.article is not None:
        through = Offer.articles.through.objects
        offers = offers.filter(Exists(through.filter(offer=OuterRef("pk"), article__number=filters.article)))
    if filters.region:
        # An offer that names no region serves every State.
        offers = offers.filter(json_list_member("regions", filters.region) | Q(regions=[]))
    if filters.period:
        if filters.period == "current":
            first = last = today or timezone.localdate()
        else:
            year = int(filters.period)
            first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        offers = offers.filter(
            Q(starts__isnull=True) | Q(starts__lte=last), Q(ends__isnull=True) | Q(ends__gte=first)
        )
    return offers.order_by("organization", "programme", "pk")


def providers() -> list[str]:
    """The names of the providers of active offers, for the filter's list."""
    return sorted(
        set(Offer.objects.filter(is_active=True).values_list("organization", flat=True)), key=str.casefold
    )


# --- Dashboards ----------------------------------------------------------------------------------------


def open_needs(user, filters: NeedFilters | None = None) -> QuerySet[Need]:
    """The filtered needs that still wait for help (current, anticipated or unmet), as the reader may
    know them."""
    filters = filters or NeedFilters()
    return filter_needs(user, replace(filters, status=OPEN, withdrawn=False))


def counts_by(needs: QuerySet[Need], dimension: str) -> list[tuple[str, int]]:
    """(value, number of needs) per value of ``dimension`` — "article" (the article's number as text),
    "kind", "status", "priority", "source" or "group" (the State's regional group) — largest first, then
    by value. A need about two articles counts once under each."""
    keys = {
        "kind": "kind",
        "status": "status",
        "priority": "priority",
        "source": "source",
        "group": "state__regional_group",
    }
    if dimension == "article":
        through = Need.articles.through.objects.filter(need__in=needs.order_by().values("pk"))
        rows = through.values_list("article__number").annotate(n=Count("need", distinct=True))
        counted = [(str(number), n) for number, n in rows]
        return sorted(counted, key=lambda row: int(row[0]))
    rows = needs.order_by().values_list(keys[dimension]).annotate(n=Count("pk", distinct=True))
    return sorted(((value, n) for value, n in rows), key=lambda row: (-row[1], row[0]))


@dataclass(frozen=True)
class Period:
    """One month or year of the "open needs over time" figures."""

    label: str
    start: datetime.date
    end: datetime.date
    declared: int  # needs declared in the period
    open: int  # needs open at its end
    met: int  # needs met by its end


def _status_on(history: list[tuple[datetime.datetime, str]], day: datetime.date) -> str | None:
    # Before its first recorded change a need had its first status (a need declared with a past date).
    status = history[0][1] if history else None
    for at, after in history:
        if timezone.localdate(at) <= day:
            status = after
        else:
            break
    return status


def _periods(
    first: datetime.date, last: datetime.date, by: str
) -> list[tuple[str, datetime.date, datetime.date]]:
    periods = []
    if by == "year":
        for year in range(first.year, last.year + 1):
            periods.append((str(year), datetime.date(year, 1, 1), datetime.date(year, 12, 31)))
        return periods
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        start = datetime.date(year, month, 1)
        following = datetime.date(year + (month == 12), month % 12 + 1, 1)
        periods.append((f"{year}-{month:02d}", start, following - datetime.timedelta(days=1)))
        year, month = following.year, following.month
    return periods


#: Up to this many months, the figures go month by month; beyond, year by year.
MONTHS_SHOWN = 24


def needs_over_time(
    user, filters: NeedFilters | None = None, *, by: str = "", today: datetime.date | None = None
) -> tuple[str, list[Period]]:
    """("month" or "year", the periods from the first declaration to today): per period, the needs
    declared in it, open at its end (current, anticipated or unmet then, by their status history) and met
    by its end. ``by`` forces months or years; by default months for up to two years, years beyond.
    Withdrawn needs count until their withdrawal, for the readers who see withdrawals."""
    filters = filters or NeedFilters()
    today = today or timezone.localdate()
    needs = list(filter_needs(user, replace(filters, status="", withdrawn=True)))
    if filters.status:
        wanted = OPEN_STATUSES if filters.status == OPEN else {filters.status}
        needs = [need for need in needs if need.status in wanted]
    if not needs:
        return by or "month", []
    histories: dict[int, list[tuple[datetime.datetime, str]]] = {need.pk: [] for need in needs}
    for need_id, at, after in (
        NeedStatusChange.objects.filter(need__in=[n.pk for n in needs])
        .order_by("at", "pk")
        .values_list("need_id", "at", "after")
    ):
        histories[need_id].append((at, after))
    first = min(need.declared_on for need in needs)
    months = (today.year - first.year) * 12 + today.month - first.month + 1
    by = by if by in ("month", "year") else ("month" if months <= MONTHS_SHOWN else "year")
    periods = []
    for label, start, end in _periods(first, max(today, first), by):
        declared = open_count = met = 0
        for need in needs:
            if start <= need.declared_on <= end:
                declared += 1
            if need.declared_on > end:
                continue
            withdrawn = (
                shown_withdrawn(user, need)
                and need.withdrawn_at
                and timezone.localdate(need.withdrawn_at) <= end
            )
            status = _status_on(histories[need.pk], end) or need.status
            if status == NeedStatus.MET:
                met += 1
            elif status in OPEN_STATUSES and not withdrawn:
                open_count += 1
        periods.append(Period(label, start, end, declared, open_count, met))
    return by, periods


@dataclass(frozen=True)
class StateTile:
    """One State of the map's tile grid."""

    state: State
    open: int


def open_needs_by_state(user, filters: NeedFilters | None = None) -> list[tuple[str, list[StateTile]]]:
    """Per regional group (in UN order), every State with its number of open needs (0 for most): the
    tile grid "States with open needs"."""
    counted = Counter(
        dict(open_needs(user, filters).order_by().values_list("state_id").annotate(n=Count("pk")))
    )
    groups: dict[str, list[StateTile]] = {group.value: [] for group in RegionalGroup}
    for state in State.objects.order_by("iso3"):
        groups[state.regional_group].append(StateTile(state, counted.get(state.pk, 0)))
    return [(group, tiles) for group, tiles in groups.items() if tiles]
