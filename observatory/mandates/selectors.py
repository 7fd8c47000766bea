"""Reading mandates. A mandate, a lineage link or a piece of evidence is as confidential as the document it
comes from: every page, export, report and API answer reads through these, so a mandate of a restricted
document (or evidence from one) never reaches a reader the document is hidden from. Rejected proposals are
the curators' business only.

Besides what may be seen, this is where the tracker's vocabulary lives, once for the pages, the exports,
the report and the API:

- the names of the addressees and conditions of the extraction contract (:data:`ADDRESSEE_LABELS`,
  :data:`CONDITION_LABELS`);
- the filters (:class:`MandateFilters`), read from a query string by :func:`parse_filters`, which returns
  the problems of bad values instead of raising, so that a page can ignore them with a message and an
  export or the API can refuse them (:func:`filter_error`);
- the filtered mandates (:func:`filter_mandates`) and their counts of confirmed evidence and lineage
  (:func:`annotate_counts`).
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace

from django.db.models import Count, Exists, F, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from observatory.accounts.permissions import Action, can
from observatory.convention.models import Topic
from observatory.core.filters import FilterProblem, filter_error, json_list_member
from observatory.core.languages import field_suffix
from observatory.library.bodies import Body
from observatory.library.models import Document, LanguageVersion, Paragraph
from observatory.library.selectors import current_versions, paragraphs_of, readable_visibilities

from .models import ActionCategory, Decision, Evidence, Lineage, Mandate, MandateStatus, Session
from .sessions import next_session


def is_curator(user) -> bool:
    """Whether the reader curates mandates (sees proposals and rejected links, changes statuses)."""
    return can(user, Action.CURATE_MANDATES)


def visible_mandates(user) -> QuerySet[Mandate]:
    """The current mandates of documents the reader may see."""
    return Mandate.objects.filter(
        is_current=True, document__visibility__in=readable_visibilities(user)
    ).select_related("document")


# The two rules below are the only statement of which evidence and which links a reader may see: the
# per-mandate selectors and the bulk counts both start from them.


def readable_evidence(user) -> QuerySet[Evidence]:
    """Evidence (of any mandate) the reader may see: from documents they may read, confirmed; curators
    also see proposals and rejections. Meant to be narrowed to mandates the reader may see."""
    evidence = Evidence.objects.filter(document__visibility__in=readable_visibilities(user))
    if not is_curator(user):
        evidence = evidence.filter(decision=Decision.CONFIRMED)
    return evidence


def readable_lineage(user) -> QuerySet[Lineage]:
    """Lineage links the reader may see: between current mandates of documents they may read, confirmed;
    curators also see proposals and rejections."""
    levels = readable_visibilities(user)
    links = Lineage.objects.filter(
        earlier__is_current=True,
        earlier__document__visibility__in=levels,
        later__is_current=True,
        later__document__visibility__in=levels,
    )
    if not is_curator(user):
        links = links.filter(decision=Decision.CONFIRMED)
    return links


def visible_evidence(user, mandate: Mandate) -> QuerySet[Evidence]:
    """The evidence of a mandate the reader may see (see :func:`readable_evidence`)."""
    return readable_evidence(user).filter(mandate=mandate).select_related("document")


def visible_lineage(user, mandate: Mandate) -> tuple[QuerySet[Lineage], QuerySet[Lineage]]:
    """(links to earlier mandates, links from later ones) that the reader may see (see
    :func:`readable_lineage`)."""
    links = readable_lineage(user)
    return (
        links.filter(later=mandate).select_related("earlier__document"),
        links.filter(earlier=mandate).select_related("later__document"),
    )


def annotate_counts(user, mandates: QuerySet[Mandate]) -> QuerySet[Mandate]:
    """The mandates, each annotated with ``evidence_count`` (its confirmed evidence the reader may see)
    and ``lineage_count`` (its confirmed links to earlier and from later mandates the reader may see).
    Confirmed only, for curators too: a count says what is established. One subquery each, so that a
    list of thousands of mandates costs one query."""
    evidence = readable_evidence(user).filter(decision=Decision.CONFIRMED, mandate=OuterRef("pk"))
    links = readable_lineage(user).filter(decision=Decision.CONFIRMED)
    return mandates.annotate(
        evidence_count=_count(evidence, "mandate"),
        lineage_count=_count(links.filter(later=OuterRef("pk")), "later")
        + _count(links.filter(earlier=OuterRef("pk")), "earlier"),
    )


def _count(queryset: QuerySet, key: str):
    counted = queryset.order_by().values(key).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


# --- The vocabulary: addressees and conditions ------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """How a value of the extraction contract reads: ``label`` on its own (a facet, a list of addressees,
    a page); ``in_sentence`` where it reads otherwise inside a sentence (the status report's
    "Conditions: subject to the availability of extrabudgetary resources.")."""

    label: str | Promise
    in_sentence: str | Promise | None = None

    def text(self, *, in_sentence: bool = False) -> str:
        """The label, or its form inside a sentence, in the active language."""
        return str(self.in_sentence or self.label) if in_sentence else str(self.label)


# The context "mandates" tells translators these are the tracker's words: "Conference" is the body
# addressed, "other" is other addressees.
#: The values of the extraction contract's ``addressees`` (DESIGN §4), in the order the tracker shows them.
ADDRESSEE_LABELS: dict[str, Term] = {
    "States parties": Term(pgettext_lazy("mandates", "States parties")),
    "Secretariat": Term(pgettext_lazy("mandates", "Secretariat")),
    "UNODC": Term(pgettext_lazy("mandates", "UNODC")),
    "Working Group": Term(pgettext_lazy("mandates", "Working Group")),
    "Conference": Term(pgettext_lazy("mandates", "Conference")),
    "donors": Term(pgettext_lazy("mandates", "Donors"), pgettext_lazy("mandates", "donors")),
    "other": Term(pgettext_lazy("mandates", "Other addressees"), pgettext_lazy("mandates", "other actors")),
}
#: The values of the extraction contract's ``conditions``.
CONDITION_LABELS: dict[str, Term] = {
    "extrabudgetary": Term(
        pgettext_lazy("mandates", "Subject to extrabudgetary resources"),
        pgettext_lazy("mandates", "subject to the availability of extrabudgetary resources"),
    ),
    "existing_resources": Term(
        pgettext_lazy("mandates", "Within existing resources"),
        pgettext_lazy("mandates", "within existing resources"),
    ),
    "mandate": Term(
        pgettext_lazy("mandates", "Within its mandate"), pgettext_lazy("mandates", "within its mandate")
    ),
    "upon_request": Term(
        pgettext_lazy("mandates", "Upon request"), pgettext_lazy("mandates", "upon request")
    ),
}


def addressee_label(value: str, *, in_sentence: bool = False) -> str:
    """The name of an addressee ("donors" → "Donors"); a value outside the vocabulary as it is."""
    term = ADDRESSEE_LABELS.get(value)
    return term.text(in_sentence=in_sentence) if term else value


def condition_label(value: str, *, in_sentence: bool = False) -> str:
    """The name of a condition ("extrabudgetary" → "Subject to extrabudgetary resources")."""
    term = CONDITION_LABELS.get(value)
    return term.text(in_sentence=in_sentence) if term else value


# --- The filters ---------------------------------------------------------------------------------------

#: Statuses of mandates still waiting for action: the only ones that can be due or overdue.
PENDING = (MandateStatus.OPEN, MandateStatus.IN_PROGRESS)
#: The ``due`` filter: due at the next session of the body reported to, or past due.
DUE_NEXT, OVERDUE = "next", "overdue"
DUE_LABELS = {DUE_NEXT: _("Due at the next session"), OVERDUE: _("Overdue")}
#: The filters, as query parameters are named, in the order they are checked and reported.
FILTER_NAMES = (
    "session",
    "body",
    "addressee",
    "status",
    "condition",
    "category",
    "article",
    "topic",
    "due",
    "document",
    "resolution",
)
#: The filters that are also facets, in the order the tracker shows them.
FACETS = FILTER_NAMES[:8]
#: The Convention's articles are numbered 1 to 71.
LAST_ARTICLE = 71
#: From this number on, a session is named by its year ("cosp/2019"), as the library's session keys and
#: the subsidiary bodies' symbols name them.
FIRST_YEAR = 1900
# "cosp/8" (a body's session by number), "cosp/2019" (by year) or "8" (any body).
_SESSION = re.compile(r"^(?:(?P<body>[a-z0-9-]+)/)?(?P<number>\d{1,4})$")
_RESOLUTION = re.compile(r"^\d{1,4}/\d{1,3}$")
# A value is echoed back in a message: never more of it than this.
_LONGEST = 200


@dataclass(frozen=True)
class SessionKey:
    """A session as the ``session`` filter names it: a body's session by number ("cosp/8"), a body's
    session by year ("cosp/2019"), or a session number of any body ("8")."""

    body: str = ""
    number: int | None = None
    year: int | None = None

    def __str__(self) -> str:
        value = self.number if self.number is not None else self.year
        return f"{self.body}/{value}" if self.body else str(value)


def session_key(body: str, number: int) -> str:
    """How a body's numbered session is named in a query string: "cosp/7"."""
    return str(SessionKey(body=body, number=number))


def parse_session(value: str) -> SessionKey | None:
    """The session named by "cosp/8", "cosp/2019" or "8" (case does not matter); None for anything else
    (an unknown body, no number, a number that is neither a session nor a year)."""
    match = _SESSION.match((value or "").strip().lower())
    if match is None:
        return None
    body = match.group("body") or ""
    if body and body not in Body.values:
        return None
    number = int(match.group("number"))
    if number >= FIRST_YEAR:
        return SessionKey(body=body, year=number)
    if 0 < number < 1000:
        return SessionKey(body=body, number=number)
    return None


@dataclass(frozen=True)
class MandateFilters:
    """What a list of mandates is narrowed to; blank (or None) means "any". Read it from a request's
    parameters with :func:`parse_filters`, which checks every value."""

    session: SessionKey | None = None  # the adopting body's session
    body: str = ""  # the adopting body (a Body value)
    addressee: str = ""  # a key of ADDRESSEE_LABELS
    status: str = ""
    condition: str = ""  # a key of CONDITION_LABELS
    category: str = ""  # the action (an ActionCategory value)
    article: int | None = None
    topic: str = ""  # a topic's slug
    due: str = ""  # DUE_NEXT or OVERDUE
    document: str = ""  # a document's key (its UN symbol, or its slug)
    resolution: str = ""  # a resolution's number ("7/1")

    def without(self, name: str) -> MandateFilters:
        """The same filters with one of them lifted (how a facet counts its values)."""
        return replace(self, **{name: None if name in ("session", "article") else ""})

    def as_params(self) -> dict[str, str]:
        """The filters that are set, as query-string parameters (what :func:`parse_filters` reads back)."""
        return {
            name: str(getattr(self, name)) for name in FILTER_NAMES if getattr(self, name) not in ("", None)
        }


def _vocabularies() -> dict[str, tuple[str, ...]]:
    return {
        "body": tuple(Body.values),
        "addressee": tuple(ADDRESSEE_LABELS),
        "status": tuple(MandateStatus.values),
        "condition": tuple(CONDITION_LABELS),
        "category": tuple(ActionCategory.values),
        "due": (DUE_NEXT, OVERDUE),
    }


def _param(params: Mapping[str, object], name: str) -> str:
    # A QueryDict's get() gives the last value of a repeated parameter; a plain dict may hold a list.
    value = params.get(name)
    if isinstance(value, list | tuple):
        value = value[-1] if value else None
    return "" if value is None else str(value).strip()


def parse_filters(params: Mapping[str, object]) -> tuple[MandateFilters, list[FilterProblem]]:
    """Read the filters of a request (a QueryDict or a dict; other names, such as ``page``, are ignored):
    the filters with every bad value left out, and the problems of the bad values, in FILTER_NAMES order.
    The fixed vocabularies match whatever the case ("secretariat", "OPEN")."""
    found: dict[str, object] = {}
    problems: list[FilterProblem] = []
    vocabularies = _vocabularies()
    for name in FILTER_NAMES:
        value = _param(params, name)
        if not value:
            continue
        shown = value[:_LONGEST]
        if name in vocabularies:
            folded = value.casefold()
            match = next((item for item in vocabularies[name] if item.casefold() == folded), None)
            if match is None:
                message = gettext("“%(value)s” is not one of: %(accepted)s.") % {
                    "value": shown,
                    "accepted": ", ".join(vocabularies[name]),
                }
                problems.append(FilterProblem(name, shown, message, vocabularies[name]))
            else:
                found[name] = match
        elif name == "session":
            session = parse_session(value)
            if session is None:
                message = gettext(
                    "“%(value)s” is not a session: write it as body/number (cosp/8), body/year (cosp/2019) "
                    "or a number (8), the body one of: %(bodies)s."
                ) % {"value": shown, "bodies": ", ".join(Body.values)}
                accepted = ("<body>/<number>", "<body>/<year>", "<number>")
                problems.append(FilterProblem(name, shown, message, accepted))
            else:
                found[name] = session
        elif name == "article":
            number = int(value) if value.isdigit() else 0
            if not 1 <= number <= LAST_ARTICLE:
                message = gettext(
                    "“%(value)s” is not an article of the Convention: use a number from 1 to %(last)s."
                ) % {"value": shown, "last": LAST_ARTICLE}
                accepted = tuple(str(n) for n in range(1, LAST_ARTICLE + 1))
                problems.append(FilterProblem(name, shown, message, accepted))
            else:
                found[name] = number
        elif name == "topic":
            if Topic.objects.filter(slug=value).exists():
                found[name] = value
            else:
                message = gettext("“%(value)s” is not the identifier of a topic.") % {"value": shown}
                accepted = tuple(Topic.objects.order_by("slug").values_list("slug", flat=True))
                problems.append(FilterProblem(name, shown, message, accepted))
        elif name == "resolution":
            if _RESOLUTION.match(value):
                found[name] = value
            else:
                message = gettext("“%(value)s” is not a resolution number such as 7/1.") % {"value": shown}
                problems.append(FilterProblem(name, shown, message, ("<session>/<number>",)))
        else:
            # A document key is free text: an unknown one matches nothing, as a hidden one does, so that
            # the answer never tells whether a confidential document exists.
            found[name] = value
    return MandateFilters(**found), problems


def filters_or_error(params: Mapping[str, object], *, status: int = 400) -> MandateFilters:
    """The filters of a request, all of them valid; InvalidInput (see :func:`filter_error`) otherwise."""
    filters, problems = parse_filters(params)
    if problems:
        raise filter_error(problems, status=status)
    return filters


def _next_sessions(today: datetime.date) -> dict[str, Session]:
    """Per body, its next session whose first day is known and not past."""
    # Only the bodies that have such a session: usually one query and one per body with a date ahead.
    bodies = Session.objects.filter(starts__gte=today).values_list("body", flat=True).distinct()
    sessions = {body: next_session(body, today) for body in sorted(set(bodies))}
    return {body: session for body, session in sessions.items() if session is not None}


def _due_next_q(today: datetime.date) -> Q:
    """Pending mandates whose report falls due between today and the first day of the next session of the
    body they report to (the adopting body when the paragraph names none)."""
    due = Q(pk__in=[])
    for body, session in _next_sessions(today).items():
        reports_to = Q(report_body=body) | Q(report_body="", body=body)
        due |= reports_to & Q(report_due__gte=today, report_due__lte=session.starts)
    return due & Q(status__in=PENDING)


def _overdue_q(today: datetime.date) -> Q:
    return Q(report_due__lt=today, status__in=PENDING)


def filter_mandates(
    user,
    filters: MandateFilters | None = None,
    *,
    today: datetime.date | None = None,
    newest_first: bool = False,
) -> QuerySet[Mandate]:
    """The mandates the reader may see (:func:`visible_mandates`) that match the filters: oldest session
    first in the order of their documents (newest session first for the tracker's list), ``pk`` last so
    that pages never repeat nor skip a mandate. ``today`` dates the ``due`` filter. Add the counts with
    :func:`annotate_counts`."""
    filters = filters or MandateFilters()
    mandates = visible_mandates(user)
    if filters.session:
        session = filters.session
        if session.body:
            mandates = mandates.filter(body=session.body)
        if session.number is not None:
            mandates = mandates.filter(session=session.number)
        else:
            mandates = mandates.filter(year=session.year)
    if filters.body:
        mandates = mandates.filter(body=filters.body)
    if filters.addressee:
        mandates = mandates.filter(json_list_member("addressees", filters.addressee))
    if filters.condition:
        mandates = mandates.filter(json_list_member("conditions", filters.condition))
    if filters.status:
        mandates = mandates.filter(status=filters.status)
    if filters.category:
        mandates = mandates.filter(category=filters.category)
    # Exists rather than a join: a join would repeat a mandate once per matching row.
    if filters.article is not None:
        through = Mandate.articles.through.objects
        mandates = mandates.filter(
            Exists(through.filter(mandate=OuterRef("pk"), article__number=filters.article))
        )
    if filters.topic:
        through = Mandate.topics.through.objects
        mandates = mandates.filter(Exists(through.filter(mandate=OuterRef("pk"), topic__slug=filters.topic)))
    if filters.due:
        today = today or timezone.localdate()
        mandates = mandates.filter(_due_next_q(today) if filters.due == DUE_NEXT else _overdue_q(today))
    if filters.document:
        mandates = mandates.filter(document__key=filters.document)
    if filters.resolution:
        mandates = mandates.filter(resolution=filters.resolution)
    year = F("year").desc(nulls_last=True) if newest_first else F("year").asc(nulls_last=True)
    return mandates.order_by(year, "document__key", "position", "clause", "pk")


# --- The tracker pages: facet counts, due and overdue lists, timeline, resolutions ----------------------
# Everything below reads through ``filter_mandates`` or ``visible_mandates``, so a mandate of a document
# hidden from the reader is in no list, count, chart or resolution page.


def _counts(rows) -> list[tuple[object, int]]:
    return [(value, count) for value, count in rows if value not in ("", None)]


def tracker_facets(
    user, filters: MandateFilters, *, today: datetime.date | None = None
) -> dict[str, list[tuple[object, int]]]:
    """Per facet, (value, number of mandates) for the values present, each counted with every other
    filter applied (so choosing a value of one facet shows how the others split). A session is counted
    as (body, number)."""
    facets: dict[str, list[tuple[object, int]]] = {}
    for name in FACETS:
        mandates = filter_mandates(user, filters.without(name), today=today).order_by()
        if name in ("addressee", "condition"):
            field = "addressees" if name == "addressee" else "conditions"
            known = ADDRESSEE_LABELS if name == "addressee" else CONDITION_LABELS
            counter = Counter(value for values in mandates.values_list(field, flat=True) for value in values)
            facets[name] = [(value, counter[value]) for value in known if counter[value]]
        elif name == "session":
            rows = (
                mandates.filter(session__isnull=False).values_list("body", "session").annotate(n=Count("pk"))
            )
            facets[name] = sorted(((body, number), n) for body, number, n in rows)
        elif name in ("article", "topic"):
            field = "articles__number" if name == "article" else "topics__slug"
            rows = mandates.values_list(field).annotate(n=Count("pk", distinct=True)).order_by(field)
            facets[name] = _counts(rows)
        else:
            field = name
            rows = dict(mandates.values_list(field).annotate(n=Count("pk")).order_by(field))
            choices = {"status": MandateStatus, "body": Body, "category": ActionCategory}[name]
            facets[name] = [(value, rows[value]) for value in choices.values if rows.get(value)]
    return facets


@dataclass
class DueGroup:
    """The pending mandates reporting to a body's next session."""

    session: Session
    mandates: list[Mandate]
    total: int


def due_at_next_session(
    user, filters: MandateFilters, *, today: datetime.date | None = None, limit: int = 20
) -> list[DueGroup]:
    """Per body with a next session of known date, the pending mandates (matching the filters) whose
    report falls due on or before its first day, soonest first, with their counts; at most ``limit``
    each."""
    today = today or timezone.localdate()
    mandates = filter_mandates(user, replace(filters, due=DUE_NEXT), today=today)
    groups = []
    for body, session in _next_sessions(today).items():
        reporting = mandates.filter(Q(report_body=body) | Q(report_body="", body=body)).filter(
            report_due__lte=session.starts
        )
        total = reporting.count()
        if total:
            ordered = reporting.order_by("report_due", "document__key", "position", "clause", "pk")
            listed = list(annotate_counts(user, ordered)[:limit])
            groups.append(DueGroup(session=session, mandates=listed, total=total))
    return sorted(groups, key=lambda group: group.session.starts)


def overdue(
    user, filters: MandateFilters, *, today: datetime.date | None = None, limit: int = 20
) -> tuple[list[Mandate], int]:
    """(the first ``limit`` pending mandates whose report was due before today, oldest due first, with
    their counts; how many there are in all)."""
    today = today or timezone.localdate()
    mandates = filter_mandates(user, replace(filters, due=OVERDUE), today=today)
    total = mandates.count()
    ordered = mandates.order_by("report_due", "document__key", "position", "clause", "pk")
    return list(annotate_counts(user, ordered)[:limit]), total


@dataclass
class TimelineRow:
    """The mandates adopted at one session, by status."""

    body: str
    session: int | None
    year: int | None
    counts: list[tuple[str, int]]  # (status, count) for every status, in MandateStatus order
    total: int


def timeline(mandates: QuerySet[Mandate]) -> list[TimelineRow]:
    """The mandates by adopting session (oldest first) and status."""
    rows = (
        mandates.order_by()
        .values_list("body", "session", "year", "status")
        .annotate(n=Count("pk"))
        .order_by("body", "session", "year")
    )
    grouped: dict[tuple[str, int | None, int | None], dict] = {}
    for body, session, year, status, count in rows:
        # A numbered session is one bar whatever years its mandates carry; without a number (the
        # subsidiary bodies' recommendations), each year of the body is a bar.
        key = (body, session, None if session is not None else year)
        entry = grouped.setdefault(key, {"year": year, "counts": Counter()})
        entry["year"] = entry["year"] or year
        entry["counts"][status] += count
    timeline_rows = [
        TimelineRow(
            body=body,
            session=session,
            year=entry["year"],
            counts=[(status, entry["counts"][status]) for status in MandateStatus.values],
            total=sum(entry["counts"].values()),
        )
        for (body, session, _year), entry in grouped.items()
    ]
    return sorted(timeline_rows, key=lambda row: (row.year or 0, row.body, row.session or 0))


def session_name(body: str, number: int | None, year: int | None = None) -> str:
    """ "Conference of the States Parties, session 7 (2017)"; without a session number "Working Group on
    the Prevention of Corruption, 2011" (or the body's name alone)."""
    try:
        name = str(Body(body).label)
    except ValueError:
        name = body or str(_("Unknown body"))
    if number is None:
        return f"{name}, {year}" if year else name
    if year is None:
        year = Session.objects.filter(body=body, number=number).values_list("year", flat=True).first()
    if year is None:
        return str(_("%(body)s, session %(number)s") % {"body": name, "number": number})
    return str(_("%(body)s, session %(number)s (%(year)s)") % {"body": name, "number": number, "year": year})


def _resolution_order(resolution: str) -> tuple[int, int, str]:
    session, _sep, number = resolution.partition("/")
    return (
        int(session) if session.isdigit() else 0,
        int(number) if number.isdigit() else 0,
        resolution,
    )


def resolution_documents(user, resolution: str) -> list[Document]:
    """The documents the reader may see that hold mandates of a resolution ("7/1"), newest first."""
    ids = visible_mandates(user).filter(resolution=resolution).values("document_id")
    return list(Document.objects.filter(pk__in=ids).order_by(F("year").desc(nulls_last=True), "key"))


@dataclass
class ResolutionEntry:
    """A resolution of the tracker's index, with its mandates by status."""

    resolution: str
    document: Document
    title: str
    counts: list[tuple[str, int]]
    total: int


def resolution_index(user) -> list[ResolutionEntry]:
    """Every resolution with mandates the reader may see (per document holding it), in numerical order,
    with its title as the document's current version in the reader's language (or the first) prints it."""
    rows = (
        visible_mandates(user)
        .exclude(resolution="")
        .order_by()
        .values_list("resolution", "document_id", "status")
        .annotate(n=Count("pk"))
    )
    grouped: dict[tuple[str, int], Counter] = {}
    for resolution, document_id, status, count in rows:
        grouped.setdefault((resolution, document_id), Counter())[status] += count
    documents = Document.objects.in_bulk({document_id for _res, document_id in grouped})
    titles = _resolution_titles(documents.values(), {resolution for resolution, _doc in grouped})
    entries = [
        ResolutionEntry(
            resolution=resolution,
            document=documents[document_id],
            title=titles.get((document_id, resolution), ""),
            counts=[(status, counts[status]) for status in MandateStatus.values if counts[status]],
            total=sum(counts.values()),
        )
        for (resolution, document_id), counts in grouped.items()
    ]
    return sorted(entries, key=lambda entry: (_resolution_order(entry.resolution), entry.document.key))


def _reading_version(document: Document, language: str | None) -> LanguageVersion | None:
    versions = current_versions(document)
    by_language = {version.language: version for version in versions}
    return by_language.get(language or "") or by_language.get(field_suffix()) or (versions or [None])[0]


def _resolution_titles(documents, resolutions: set[str]) -> dict[tuple[int, str], str]:
    """(document id, resolution) → the resolution's title: its last heading before the chapeau (the first
    heading is "Resolution 7/1" itself)."""
    revisions = {}
    for document in documents:
        version = _reading_version(document, None)
        if version is not None:
            revisions[version.current_id] = document.pk
    headings = (
        Paragraph.objects.filter(revision_id__in=revisions, kind="heading", resolution__in=resolutions)
        .order_by("revision_id", "position")
        .values_list("revision_id", "resolution", "text")
    )
    found: dict[tuple[int, str], list[str]] = {}
    for revision_id, resolution, text in headings:
        found.setdefault((revisions[revision_id], resolution), []).append(text)
    return {key: texts[-1] for key, texts in found.items() if len(texts) > 1}


@dataclass
class ResolutionView:
    """A resolution as one language version of a document prints it, each paragraph with its mandates."""

    resolution: str
    document: Document
    documents: list[Document]  # every visible document holding the resolution
    versions: list[LanguageVersion]
    shown: LanguageVersion | None
    rows: list[tuple[Paragraph, list[Mandate]]]
    mandates_without_paragraph: list[Mandate]


def resolution_view(
    user, resolution: str, *, document_key: str = "", language: str = ""
) -> ResolutionView | None:
    """The resolution ("7/1") paragraph by paragraph in the chosen (else the reader's) language version
    of the chosen (else the newest) document holding it; None when the reader may see no mandate of it."""
    documents = resolution_documents(user, resolution)
    if not documents:
        return None
    document = next((d for d in documents if d.key == document_key), documents[0])
    mandates = list(
        visible_mandates(user).filter(document=document, resolution=resolution).order_by("position", "clause")
    )
    by_pid: dict[str, list[Mandate]] = {}
    for mandate in mandates:
        by_pid.setdefault(mandate.pid, []).append(mandate)
    shown = _reading_version(document, language)
    paragraphs = (
        list(paragraphs_of(shown).filter(resolution=resolution).exclude(kind="footnote")) if shown else []
    )
    printed = {paragraph.pid for paragraph in paragraphs}
    return ResolutionView(
        resolution=resolution,
        document=document,
        documents=documents,
        versions=current_versions(document),
        shown=shown,
        rows=[(paragraph, by_pid.get(paragraph.pid, [])) for paragraph in paragraphs],
        # Mandates of paragraphs the current revision no longer prints (kept, never deleted).
        mandates_without_paragraph=[m for m in mandates if m.pid not in printed],
    )


def other_clauses(user, mandate: Mandate) -> list[Mandate]:
    """The other mandates of the same paragraph: its opening clause and the later ones."""
    head_id = mandate.parent_id or mandate.pk
    return list(
        visible_mandates(user)
        .filter(Q(pk=head_id) | Q(parent_id=head_id))
        .exclude(pk=mandate.pk)
        .order_by("clause")
    )
