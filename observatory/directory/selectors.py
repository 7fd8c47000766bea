"""Reading the directory. Who sees which record and which field is decided here, so every page, export
and API answer built on these obeys it:

- everyone reads the validated version of the records in force, with their public contact (name and
  address in each language given, website, telephone, e-mail, languages, channels, procedures, legal
  basis) and their freshness;
- government users (focal points, contributors) and the Secretariat also read the contact persons
  (``Action.VIEW_CONTACT_PERSONS``) and the names of who changed or confirmed a record; others read roles;
- a State's own focal points and contributors also read their State's records that await validation,
  were not validated or were withdrawn; those who may edit a record (its State's focal points, the
  Secretariat) read the change that awaits validation, and the whole history with the proposals;
- the Secretariat (and administrators) read every record of every State.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from observatory.core.errors import InvalidInput
from observatory.core.filters import FilterProblem
from observatory.core.filters import filter_error as shared_filter_error
from observatory.core.text import sort_key
from observatory.countries.models import RegionalGroup, State

from .access import (
    is_secretariat_reader,
    may_edit,
    may_validate,
    own_state_id,
    sees_contact_persons,
    shown_person,
)
from .freshness import Freshness, FreshnessLevel, freshness_filter, freshness_of
from .models import (
    PUBLISHED_STATES,
    Authority,
    AuthorityVersion,
    Channel,
    Confirmation,
    ContactPerson,
    Designation,
    Source,
    ValidationState,
    VersionStatus,
)
from .records import (
    PUBLIC_FIELDS,
    contact_record,
    html_lang,
    in_language,
    language_label,
    ordered_languages,
    text_direction,
)

#: The labels of a record's fields, as forms, the history and the validation queue name them.
FIELD_LABELS = {
    "designation": gettext_lazy("Designation"),
    "designation_detail": gettext_lazy("Designated for"),
    "names": gettext_lazy("Official name"),
    "addresses": gettext_lazy("Address"),
    "website": gettext_lazy("Website"),
    "phone": gettext_lazy("Telephone"),
    "email": gettext_lazy("E-mail"),
    "request_languages": gettext_lazy("Languages in which requests are accepted"),
    "channels": gettext_lazy("Channels"),
    "procedures": gettext_lazy("Procedures"),
    "legal_basis": gettext_lazy("Legal basis"),
    "is_active": gettext_lazy("In force"),
    "contact_persons": gettext_lazy("Contact persons"),
}


@dataclass(frozen=True)
class Text:
    """A text in one language, with what HTML needs to mark it."""

    text: str
    language: str

    @property
    def lang(self) -> str:
        """The HTML ``lang`` attribute."""
        return html_lang(self.language)

    @property
    def direction(self) -> str:
        """The HTML ``dir`` attribute."""
        return text_direction(self.language)

    @property
    def language_name(self) -> str:
        """The language's name in the interface language."""
        return language_label(self.language)

    def __str__(self) -> str:
        return self.text


def _texts(texts: dict[str, str]) -> list[Text]:
    return [Text(texts[code], code) for code in ordered_languages(texts)]


def _person_line(person: dict[str, Any]) -> str:
    details = ", ".join(filter(None, [person.get("title"), person.get("email"), person.get("phone")]))
    return f"{person.get('name', '')} ({details})" if details else person.get("name", "")


def describe(name: str, value: Any) -> str:
    """A field's value as one line of text (the history, the validation queue, the e-mails)."""
    if value in (None, "", [], {}):
        return ""
    if name in ("names", "addresses"):
        return "; ".join(f"{language_label(code)}: {value[code]}" for code in ordered_languages(value))
    if name == "request_languages":
        return ", ".join(language_label(code) for code in value)
    if name == "channels":
        return ", ".join(str(Channel(item).label) if item in Channel.values else item for item in value)
    if name == "designation":
        return str(Designation(value).label) if value in Designation.values else value
    if name == "is_active":
        return _("Yes") if value else _("No (withdrawn)")
    if name == "contact_persons":
        return "; ".join(_person_line(person) for person in value)
    return str(value)


@dataclass(frozen=True)
class FieldChange:
    """One field of a record that a version changed."""

    field: str
    before: Any
    after: Any

    @property
    def label(self) -> str:
        """The field's name in the interface language."""
        return str(FIELD_LABELS.get(self.field, self.field))

    @property
    def before_text(self) -> str:
        """The value before, as text."""
        return describe(self.field, self.before)

    @property
    def after_text(self) -> str:
        """The value after, as text."""
        return describe(self.field, self.after)


def field_changes(reader, changes: dict[str, list]) -> list[FieldChange]:
    """The changes of a version that ``reader`` may read, in the order of the record's fields: changes of
    contact persons only for those who read contact persons."""
    order = [*PUBLIC_FIELDS, "contact_persons"]
    shown = []
    for name in order:
        if name not in changes:
            continue
        if name == "contact_persons" and not sees_contact_persons(reader):
            continue
        before, after = changes[name]
        shown.append(FieldChange(name, before, after))
    return shown


@dataclass
class AuthorityView:
    """What one reader may see of one record."""

    authority: Authority
    #: The public fields: the validated version (the proposal, for a record never validated).
    record: dict[str, Any]
    #: The current contact persons; None when the reader may not see them.
    contact_persons: list[dict[str, Any]] | None
    freshness: Freshness
    may_edit: bool
    #: The change awaiting validation, for those who may edit the record; else None.
    pending: AuthorityVersion | None
    #: Who confirmed it last, as the reader may know it.
    confirmed_by: str
    reader: Any = field(default=None, repr=False)

    @property
    def pk(self) -> int:
        """The record's id."""
        return self.authority.pk

    @property
    def state(self) -> State:
        """The State of the record."""
        return self.authority.state

    @property
    def name(self) -> Text:
        """The official name in the interface language (or English, or the State's first language)."""
        return Text(*in_language(self.record["names"]))

    @property
    def names(self) -> list[Text]:
        """Every official name the State gave, the six official languages first."""
        return _texts(self.record["names"])

    @property
    def addresses(self) -> list[Text]:
        """Every address the State gave, the six official languages first."""
        return _texts(self.record["addresses"])

    @property
    def address(self) -> Text | None:
        """The address in the interface language (or English, or the State's first language)."""
        if not self.record["addresses"]:
            return None
        return Text(*in_language(self.record["addresses"]))

    @property
    def designation_label(self) -> str:
        """What the authority is designated for."""
        return describe("designation", self.record["designation"])

    @property
    def request_language_names(self) -> list[str]:
        """The languages in which it accepts requests, by name."""
        return [language_label(code) for code in self.record["request_languages"]]

    @property
    def channel_names(self) -> list[str]:
        """The channels by which requests reach it, by name."""
        return [str(Channel(item).label) for item in self.record["channels"] if item in Channel.values]

    @property
    def validation_state(self) -> str:
        """The record's validation state as the reader may know it: that a change awaits validation is
        for those who may read the change; to everyone else the record is simply validated."""
        state = self.authority.validation_state
        if state == ValidationState.CHANGE_PENDING and self.pending is None:
            return ValidationState.VALIDATED
        return state

    @property
    def validation_label(self) -> str:
        """The validation state in the interface language."""
        return str(ValidationState(self.validation_state).label)

    @property
    def is_published(self) -> bool:
        """Whether a validated version exists."""
        return self.authority.is_published

    @property
    def is_active(self) -> bool:
        """Whether the authority is in force (not withdrawn)."""
        return self.record["is_active"]

    @property
    def may_confirm(self) -> bool:
        """Whether the reader may say "still correct" now: an editor, on a validated record in force with
        no change awaiting validation."""
        return (
            self.may_edit
            and self.authority.validation_state == ValidationState.VALIDATED
            and self.record["is_active"]
        )

    @property
    def pending_changes(self) -> list[FieldChange]:
        """What the change awaiting validation would change (for editors)."""
        if self.pending is None:
            return []
        return field_changes(self.reader, self.pending.changes)

    @property
    def pending_by(self) -> str:
        """Who proposed the change awaiting validation."""
        if self.pending is None:
            return ""
        return shown_person(self.reader, self.pending.proposed_by_name, self.pending.proposed_by_role)


def _public_record(authority: Authority) -> dict[str, Any]:
    return {
        "designation": authority.designation,
        "designation_detail": authority.designation_detail,
        "names": dict(authority.names or {}),
        "addresses": dict(authority.addresses or {}),
        "website": authority.website,
        "phone": authority.phone,
        "email": authority.email,
        "request_languages": list(authority.request_languages or []),
        "channels": list(authority.channels or []),
        "procedures": authority.procedures,
        "legal_basis": authority.legal_basis,
        "is_active": authority.is_active,
    }


def _contacts(authority: Authority) -> list[dict[str, Any]]:
    people = getattr(authority, "current_contacts", None)
    if people is None:
        people = authority.contact_persons.filter(is_active=True).order_by("position", "pk")
    return [contact_record(person) for person in people]


def view_of(user, authority: Authority, *, now: datetime.datetime | None = None) -> AuthorityView:
    """The view of a record for ``user``; the caller has checked the reader may see the record at all
    (it comes from :func:`readable_authorities`)."""
    editor = may_edit(user, authority.state)
    return AuthorityView(
        authority=authority,
        record=_public_record(authority),
        contact_persons=_contacts(authority) if sees_contact_persons(user) else None,
        freshness=freshness_of(authority.last_confirmed_at, now),
        may_edit=editor,
        pending=authority.pending_version if (editor or is_secretariat_reader(user)) else None,
        confirmed_by=(
            shown_person(user, authority.last_confirmed_by_name, authority.last_confirmed_by_role)
            if authority.last_confirmed_at
            else ""
        ),
        reader=user,
    )


def readable_authorities(user) -> QuerySet[Authority]:
    """The records ``user`` may read at all: validated ones in force for everyone; every record of their
    own State for its focal points and contributors; every record for the Secretariat."""
    records = Authority.objects.select_related("state", "pending_version")
    if is_secretariat_reader(user):
        return records
    admitted = Q(validation_state__in=sorted(PUBLISHED_STATES), is_active=True)
    state_id = own_state_id(user)
    if state_id is not None:
        admitted |= Q(state_id=state_id)
    return records.filter(admitted)


def _with_contacts(user, records: QuerySet[Authority]) -> QuerySet[Authority]:
    if not sees_contact_persons(user):
        return records
    current = ContactPerson.objects.filter(is_active=True).order_by("position", "pk")
    return records.prefetch_related(Prefetch("contact_persons", queryset=current, to_attr="current_contacts"))


# -- Filters ----------------------------------------------------------------------------------------------

#: The filters of the directory, as query-string parameters (the page, the exports and the API alike).
FILTER_NAMES = ("state", "regional_group", "designation", "freshness")
_LONGEST = 60


@dataclass(frozen=True)
class DirectoryFilters:
    """What the directory is narrowed to; blank (None) is "any"."""

    state: State | None = None
    regional_group: str = ""
    designation: str = ""
    freshness: str = ""  # a FreshnessLevel value

    def as_params(self) -> dict[str, str]:
        """The filters that are set, as query-string parameters (what :func:`parse_filters` reads)."""
        params = {
            "state": self.state.iso3 if self.state else "",
            "regional_group": self.regional_group,
            "designation": self.designation,
            "freshness": self.freshness,
        }
        return {name: value for name, value in params.items() if value}

    def without(self, name: str) -> DirectoryFilters:
        """The same filters with one lifted."""
        return replace(self, **{name: None if name == "state" else ""})


def _vocabularies() -> dict[str, tuple[str, ...]]:
    return {
        "regional_group": tuple(RegionalGroup.values),
        "designation": tuple(Designation.values),
        "freshness": tuple(FreshnessLevel.values),
    }


def parse_filters(params: Mapping[str, Any]) -> tuple[DirectoryFilters, list[dict[str, Any]]]:
    """Read the filters of a request (other parameters, such as ``page``, are ignored): the filters with
    every bad value left out, and a problem (``{"field", "value", "message", "accepted"}``) per bad one.
    Values match whatever their case ("FRA", "Stale")."""
    found: dict[str, Any] = {}
    problems: list[dict[str, Any]] = []
    for name in FILTER_NAMES:
        raw = params.get(name)
        value = (raw if isinstance(raw, str) else "").strip()
        if not value:
            continue
        shown = value[:_LONGEST]
        if name == "state":
            state = State.objects.filter(iso3=value.upper()).first() if len(value) == 3 else None
            if state is None:
                problems.append(
                    {
                        "field": name,
                        "value": shown,
                        "message": _("“%(value)s” is not the ISO 3166-1 alpha-3 code of a State (e.g. FRA).")
                        % {"value": shown},
                        "accepted": ["<ISO3>"],
                    }
                )
            else:
                found[name] = state
            continue
        accepted = _vocabularies()[name]
        match = next((item for item in accepted if item.casefold() == value.casefold()), None)
        if match is None:
            problems.append(
                {
                    "field": name,
                    "value": shown,
                    "message": _("“%(value)s” is not one of: %(accepted)s.")
                    % {"value": shown, "accepted": ", ".join(accepted)},
                    "accepted": list(accepted),
                }
            )
        else:
            found[name] = match
    return DirectoryFilters(**found), problems


def filter_error(problems: list[dict[str, Any]], *, status: int = 400) -> InvalidInput:
    """The error refusing bad filters (exports, the API), in the registers' one form (core.filters): its
    details name each field, the value given and what it accepts."""
    return shared_filter_error(
        [FilterProblem(p["field"], p["value"], p["message"], tuple(p["accepted"])) for p in problems],
        status=status,
    )


def filters_or_error(params: Mapping[str, Any], *, status: int = 400) -> DirectoryFilters:
    """The filters of a request, every one valid; InvalidInput otherwise (see :func:`filter_error`)."""
    filters, problems = parse_filters(params)
    if problems:
        raise filter_error(problems, status=status)
    return filters


def _filtered(records: QuerySet[Authority], filters: DirectoryFilters, now) -> QuerySet[Authority]:
    if filters.state is not None:
        records = records.filter(state=filters.state)
    if filters.regional_group:
        records = records.filter(state__regional_group=filters.regional_group)
    if filters.designation:
        records = records.filter(designation=filters.designation)
    if filters.freshness:
        records = records.filter(freshness_filter(filters.freshness, now))
    return records


_DESIGNATION_ORDER = {value: index for index, value in enumerate(Designation.values)}


def directory(
    user,
    filters: DirectoryFilters | None = None,
    *,
    now: datetime.datetime | None = None,
    include_withdrawn: bool = False,
) -> list[AuthorityView]:
    """The records ``user`` may read that match the filters, in force (and withdrawn ones too when asked
    and readable), sorted by State (by its name in the interface language), designation and name."""
    now = now or timezone.now()
    records = _filtered(readable_authorities(user), filters or DirectoryFilters(), now)
    if not include_withdrawn:
        records = records.filter(is_active=True)
    views = [view_of(user, authority, now=now) for authority in _with_contacts(user, records)]
    views.sort(
        key=lambda view: (
            sort_key(str(view.state.name)),
            _DESIGNATION_ORDER.get(view.record["designation"], 99),
            sort_key(view.name.text),
            view.pk,
        )
    )
    return views


def authority_for(user, pk: int, *, now: datetime.datetime | None = None) -> AuthorityView | None:
    """One record as ``user`` may read it; None when it does not exist or the reader may not read it
    (alike, so that a record awaiting validation does not show that it exists)."""
    found = _with_contacts(user, readable_authorities(user).filter(pk=pk)).first()
    return view_of(user, found, now=now) if found else None


def authorities_of_state(user, state: State, *, now: datetime.datetime | None = None) -> list[AuthorityView]:
    """A State's records in force that ``user`` may read (the country profile)."""
    return directory(user, DirectoryFilters(state=state), now=now)


# -- Editing and validation -------------------------------------------------------------------------------


def editable_record(user, authority: Authority) -> dict[str, Any]:
    """The record an editor starts from: the change awaiting validation when there is one (so that a
    second edit continues the first), else the record. For those who may edit it only."""
    from .editing import working_record

    if not may_edit(user, authority.state):
        return {}
    return working_record(authority)


@dataclass
class PendingChange:
    """A change in the Secretariat's validation queue."""

    version: AuthorityVersion
    view: AuthorityView
    changes: list[FieldChange]
    proposed_by: str
    is_new: bool


def validation_queue(user, *, now: datetime.datetime | None = None) -> list[PendingChange]:
    """Every change awaiting validation, oldest first, for the Secretariat (empty for anyone else)."""
    versions = (
        AuthorityVersion.objects.filter(status=VersionStatus.PENDING)
        .select_related("authority__state", "authority__pending_version")
        .order_by("proposed_at", "pk")
    )
    queue = []
    for version in versions:
        authority = version.authority
        if not may_validate(user, authority.state):
            continue
        queue.append(
            PendingChange(
                version=version,
                view=view_of(user, authority, now=now),
                changes=field_changes(user, version.changes),
                proposed_by=shown_person(user, version.proposed_by_name, version.proposed_by_role),
                is_new=authority.validated_version_id is None,
            )
        )
    return queue


# -- History ----------------------------------------------------------------------------------------------


@dataclass
class HistoryEntry:
    """One event of a record's history: a version (made, and decided) or a confirmation."""

    at: datetime.datetime
    kind: str  # "version" or "confirmation"
    who: str
    source: str
    number: int | None = None
    status: str = ""
    status_label: str = ""
    is_first: bool = False
    changes: list[FieldChange] = field(default_factory=list)
    note: str = ""
    decided_at: datetime.datetime | None = None
    decided_by: str = ""
    decision_note: str = ""


def history(user, view: AuthorityView) -> list[HistoryEntry]:
    """The history of a record as ``user`` may read it, newest first: its validated versions with what
    each changed, and its confirmations, for everyone who may read the record; also the proposals
    (pending, rejected, superseded) with the editors' and the Secretariat's notes, for those who may edit
    it and the Secretariat. Contact persons' changes and people's names only for those who read contact
    persons."""
    authority = view.authority
    insider = view.may_edit or is_secretariat_reader(user)
    versions = authority.versions.order_by("number")
    if not insider:
        versions = versions.filter(status=VersionStatus.VALIDATED)
    entries = []
    versions = list(versions)
    for version in versions:
        entries.append(
            HistoryEntry(
                at=version.proposed_at,
                kind="version",
                who=shown_person(user, version.proposed_by_name, version.proposed_by_role),
                source=str(Source(version.source).label)
                if version.source in Source.values
                else version.source,
                number=version.number,
                status=version.status,
                status_label=str(VersionStatus(version.status).label),
                # The first version the reader sees made the record (for them): "created".
                is_first=version is versions[0],
                changes=field_changes(user, version.changes),
                note=version.note if insider else "",
                decided_at=version.decided_at if insider else None,
                decided_by=(
                    shown_person(user, version.decided_by_name, version.decided_by_role)
                    if insider and version.decided_by_name
                    else ""
                ),
                decision_note=version.decision_note if insider else "",
            )
        )
    confirmations: QuerySet[Confirmation] = authority.confirmations.order_by("at", "pk")
    for confirmation in confirmations:
        entries.append(
            HistoryEntry(
                at=confirmation.at,
                kind="confirmation",
                who=shown_person(user, confirmation.by_name, confirmation.by_role),
                source=str(Source(confirmation.source).label),
                number=confirmation.version,
            )
        )
    entries.sort(key=lambda entry: (entry.at, entry.kind == "confirmation"), reverse=True)
    return entries
