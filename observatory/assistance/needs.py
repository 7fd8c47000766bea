"""Writes about needs: a direct entry (by the State's focal point, or by the Secretariat for any State), its
update, a change of status, a withdrawal. Every one checks ``Action.DECLARE_ASSISTANCE_NEED`` for the
need's State and records an audit entry; nothing is ever deleted.

Needs of checklist answers belong to the answers: they come in with the State's submission
(``intake.py``), and the register changes only their status. Their wording, kind and priority change by
changing the answer and submitting it again.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from observatory.accounts.permissions import Action, require
from observatory.audit.services import changed_fields, record, snapshot
from observatory.collection.models import Priority, Submission
from observatory.core.errors import Conflict, InvalidInput
from observatory.library.models import Visibility

from .intake import published_visibility_of_submission_need
from .models import Need, NeedStatus, NeedStatusChange, Source
from .vocabulary import (
    LANGUAGES,
    check_choice,
    invalid,
    parse_day,
    resolve_articles,
    resolve_kind,
    resolve_state,
)

#: The sources a need can be entered from by hand (checklist answers come in by themselves).
ENTERED_SOURCES = (Source.DIRECT, Source.REVIEW_REPORT, Source.SUBMISSION)
#: What ``update_need`` may change.
EDITABLE = (
    "kind",
    "description",
    "language",
    "articles",
    "priority",
    "visibility",
    "needed_by",
    "declared_on",
    "source_reference",
)
MAX_DESCRIPTION = 10_000


def _person(actor):
    return actor if getattr(actor, "is_authenticated", False) else None


def _audited(need: Need) -> dict:
    return snapshot(
        need, [*EDITABLE, "state", "status", "source", "submission", "published_visibility", "withdrawn"]
    )


def _clean_text(description: str | None) -> str:
    text = (description or "").strip()
    if not text:
        raise invalid("description", "", _("Describe the need: what is needed, for whom, and why."))
    if len(text) > MAX_DESCRIPTION:
        raise invalid(
            "description",
            text[:80],
            _("The description is longer than %(limit)s characters: summarize it.")
            % {"limit": MAX_DESCRIPTION},
        )
    return text


def _check_dates(declared_on: datetime.date, needed_by: datetime.date | None) -> None:
    if declared_on > timezone.localdate():
        raise invalid("declared_on", declared_on.isoformat(), _("A need cannot be declared in the future."))
    if needed_by is not None and needed_by < declared_on:
        raise invalid(
            "needed_by",
            needed_by.isoformat(),
            _("The date the help is needed by is before the need was declared."),
        )


def _submission_of(state, submission, source: str) -> Submission | None:
    if source != Source.SUBMISSION:
        return None
    if submission is None:
        raise invalid("submission", None, _("A need read from a submission names that submission."))
    if submission.state_id != state.pk:
        raise invalid("submission", submission.pk, _("This submission is another State's."))
    if not submission.versions.exists():
        raise invalid("submission", submission.pk, _("This submission has not been submitted yet."))
    return submission


@transaction.atomic
def declare_need(
    actor,
    *,
    state,
    kind: str,
    description: str,
    language: str = "en",
    articles=(),
    priority: str = Priority.MEDIUM,
    status: str = NeedStatus.CURRENT,
    source: str = Source.DIRECT,
    visibility: str = Visibility.PUBLIC,
    submission: Submission | None = None,
    source_reference: str = "",
    declared_on: datetime.date | str | None = None,
    needed_by: datetime.date | str | None = None,
    note: str = "",
) -> Need:
    """Enter a need in the register (the State's focal point for its State, the Secretariat for any).
    ``state`` is a State, its ISO3 code or its name; ``kind`` a kind's value or name; ``articles``
    numbers. A need read from a submission's text or documents (``source="submission"``) names the
    submission and is published with it. Needs of checklist answers are not entered here: they come in
    with the State's submission."""
    state = resolve_state(state)
    require(actor, Action.DECLARE_ASSISTANCE_NEED, state)
    source = check_choice("source", source, [str(value) for value in ENTERED_SOURCES])
    values = {
        "kind": resolve_kind(kind),
        "description": _clean_text(description),
        "language": check_choice("language", language, LANGUAGES),
        "priority": check_choice("priority", priority, Priority.values),
        "status": check_choice("status", status, NeedStatus.values),
        "visibility": check_choice("visibility", visibility, Visibility.values),
        "source_reference": (source_reference or "").strip()[:200],
    }
    chosen_articles = resolve_articles(articles)
    declared = parse_day("declared_on", declared_on) or timezone.localdate()
    needed = parse_day("needed_by", needed_by)
    _check_dates(declared, needed)
    linked = _submission_of(state, submission, source)
    need = Need(
        state=state,
        source=source,
        submission=linked,
        declared_on=declared,
        needed_by=needed,
        met_on=declared if values["status"] == NeedStatus.MET else None,
        declared_by=_person(actor),
        **values,
    )
    need.published_visibility = (
        published_visibility_of_submission_need(need, linked) if linked is not None else need.visibility
    )
    need.save()
    need.articles.set(chosen_articles)
    # The history starts the day the need was declared, so the counts over time place it there.
    now = timezone.now()
    started = (
        now
        if declared >= timezone.localdate(now)
        else timezone.make_aware(datetime.datetime.combine(declared, datetime.time(12)))
    )
    NeedStatusChange.objects.create(
        need=need, before="", after=need.status, by=_person(actor), at=started, note=note.strip()
    )
    record(actor=actor, action="assistance.need.declare", obj=need, after=_audited(need))
    return need


def _require_entered(need: Need) -> None:
    if need.source == Source.CHECKLIST:
        raise Conflict(
            message=_(
                "This need comes from the State's answer to a call: change the answer and submit it again. "
                "Here only its status changes."
            ),
            details=[{"field": "source", "current": need.source}],
        )


@transaction.atomic
def update_need(actor, need: Need, **changes) -> Need:
    """Change what a need entered by hand says (the fields of EDITABLE). Refused for needs of checklist
    answers (see the module's docstring) and for withdrawn needs."""
    require(actor, Action.DECLARE_ASSISTANCE_NEED, need.state)
    need = Need.objects.select_for_update().get(pk=need.pk)
    _require_entered(need)
    if need.withdrawn:
        raise Conflict(
            message=_("This need was withdrawn: it no longer changes."), details=[{"field": "withdrawn"}]
        )
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise InvalidInput(
            message=_("Unknown fields: %(fields)s.") % {"fields": ", ".join(unknown)},
            details=[{"field": name} for name in unknown],
        )
    before = _audited(need)
    cleaners = {
        "kind": resolve_kind,
        "description": _clean_text,
        "language": lambda value: check_choice("language", value, LANGUAGES),
        "priority": lambda value: check_choice("priority", value, Priority.values),
        "visibility": lambda value: check_choice("visibility", value, Visibility.values),
        "source_reference": lambda value: (value or "").strip()[:200],
        "needed_by": lambda value: parse_day("needed_by", value),
        "declared_on": lambda value: parse_day("declared_on", value) or need.declared_on,
    }
    for name, value in changes.items():
        if name != "articles":
            setattr(need, name, cleaners[name](value))
    _check_dates(need.declared_on, need.needed_by)
    need.published_visibility = (
        published_visibility_of_submission_need(need, need.submission)
        if need.source == Source.SUBMISSION
        else need.visibility
    )
    need.save()
    if "articles" in changes:
        need.articles.set(resolve_articles(changes["articles"]))
    after = _audited(need)
    if before != after:
        record(
            actor=actor,
            action="assistance.need.update",
            obj=need,
            before=before,
            after={"changed": changed_fields(before, after)},
        )
    return need


@transaction.atomic
def change_status(
    actor, need: Need, status: str, *, note: str = "", at: datetime.datetime | None = None
) -> bool:
    """Change a need's status (current, anticipated, unmet, being met, met), with an optional note; the
    change is kept in the need's history. Returns False when the need already has that status."""
    require(actor, Action.DECLARE_ASSISTANCE_NEED, need.state)
    status = check_choice("status", status, NeedStatus.values)
    need = Need.objects.select_for_update().get(pk=need.pk)
    if need.withdrawn:
        raise Conflict(
            message=_("This need was withdrawn: its status no longer changes."),
            details=[{"field": "withdrawn"}],
        )
    if need.status == status:
        return False
    at = at or timezone.now()
    before = need.status
    need.status = status
    need.met_on = timezone.localdate(at) if status == NeedStatus.MET else None
    need.save(update_fields=["status", "met_on", "updated_at"])
    NeedStatusChange.objects.create(
        need=need, before=before, after=status, by=_person(actor), at=at, note=note.strip()
    )
    record(
        actor=actor,
        action="assistance.need.status",
        obj=need,
        before={"status": before},
        after={"status": status, "note": note.strip()},
    )
    return True


@transaction.atomic
def withdraw_need(actor, need: Need, *, note: str = "") -> Need:
    """Withdraw a need entered by hand (it is kept, marked withdrawn, and no longer shown to the public).
    A need of a checklist answer is withdrawn by dropping it from the answer."""
    require(actor, Action.DECLARE_ASSISTANCE_NEED, need.state)
    need = Need.objects.select_for_update().get(pk=need.pk)
    _require_entered(need)
    if need.withdrawn:
        return need
    need.withdrawn, need.withdrawn_at, need.published_visibility = True, timezone.now(), ""
    need.save(update_fields=["withdrawn", "withdrawn_at", "published_visibility", "updated_at"])
    record(
        actor=actor,
        action="assistance.need.withdraw",
        obj=need,
        after={"withdrawn": True, "note": note.strip()},
    )
    return need
