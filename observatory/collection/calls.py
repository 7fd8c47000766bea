"""Writes about calls for information: create, launch (addressing the States), close."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from observatory.accounts.permissions import Action, require
from observatory.audit.services import record, snapshot
from observatory.convention.models import Article, Topic
from observatory.core.errors import InvalidInput
from observatory.countries.models import ConventionStatus, State

from .locking import lock
from .models import Addressee, Audience, Call, CallStatus, ChecklistItem, Question

TITLE_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")


def _reminder_days(values: Iterable[int], field: str) -> list[int]:
    days = []
    for value in values:
        if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= 365:
            raise InvalidInput(
                message=_("Reminder days must be whole numbers from 1 to 365."),
                details=[{"field": field, "value": value}],
            )
        days.append(value)
    return sorted(set(days), reverse=field == "reminder_days_before")


@transaction.atomic
def create_call(
    actor,
    *,
    title_en: str,
    deadline: datetime.date,
    titles: dict[str, str] | None = None,
    symbol: str = "",
    topics: Iterable[Topic] = (),
    articles: Iterable[Article] = (),
    checklist_items: Iterable[ChecklistItem | str] = (),
    questions: Iterable[str] = (),
    audience: str = Audience.ALL_PARTIES,
    states: Iterable[State] = (),
    reminder_days_before: Iterable[int] = (14,),
    reminder_days_after: Iterable[int] = (7,),
    previous_call: Call | None = None,
) -> Call:
    """Draft a call for information. Questions are checklist items (objects or codes) followed by
    questions written for the call (English text); an audience of a selection names its States."""
    require(actor, Action.MANAGE_CALLS)
    if not title_en.strip():
        raise InvalidInput(message=_("A call needs a title."), details=[{"field": "title_en"}])
    if audience not in Audience.values:
        raise InvalidInput(message=_("Unknown audience."), details=[{"field": "audience", "value": audience}])
    states = list(states)
    if audience == Audience.SELECTION and not states:
        raise InvalidInput(
            message=_("A call to a selection of States needs at least one State."),
            details=[{"field": "states"}],
        )
    extra_titles = {f"title_{code}": text for code, text in (titles or {}).items() if code in TITLE_LANGUAGES}
    call = Call.objects.create(
        title_en=title_en.strip(),
        **{name: text for name, text in extra_titles.items() if name != "title_en"},
        symbol=symbol.strip(),
        deadline=deadline,
        audience=audience,
        reminder_days_before=_reminder_days(reminder_days_before, "reminder_days_before"),
        reminder_days_after=_reminder_days(reminder_days_after, "reminder_days_after"),
        previous_call=previous_call,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    call.topics.set(list(topics))
    call.articles.set(list(articles))
    if audience == Audience.SELECTION:
        call.selected_states.set(states)
    _add_questions(call, checklist_items, questions)
    record(actor=actor, action="collection.call.create", obj=call, after=snapshot(call))
    return call


def _add_questions(call: Call, checklist_items, questions) -> None:
    position = 0
    codes = [item for item in checklist_items if isinstance(item, str)]
    known = {item.code: item for item in ChecklistItem.objects.filter(code__in=codes)}
    unknown = sorted(set(codes) - set(known))
    if unknown:
        raise InvalidInput(
            message=_("Unknown checklist items: %(codes)s.") % {"codes": ", ".join(unknown)},
            details=[{"field": "checklist_items", "value": code} for code in unknown],
        )
    for item in checklist_items:
        item = known[item] if isinstance(item, str) else item
        position += 1
        Question.objects.create(
            call=call,
            position=position,
            checklist_item=item,
            article=item.article,
            **{f"text_{code}": getattr(item, f"text_{code}") for code in TITLE_LANGUAGES},
        )
    for text in questions:
        if text.strip():
            position += 1
            Question.objects.create(call=call, position=position, text_en=text.strip())


def addressed_states(call: Call):
    """The States a call goes to: its selection, or every State recorded as a party."""
    if call.audience == Audience.SELECTION:
        return call.selected_states.all()
    return State.objects.filter(convention_status=ConventionStatus.PARTY)


def launch_call(actor, call: Call, *, now: datetime.datetime | None = None, dispatch: bool = True) -> Call:
    """Launch a drafted call: address it to its States and (by default) e-mail the note verbale to their
    focal points. The e-mails go after the launch is committed, each logged on its own."""
    with transaction.atomic():
        lock(call)
        require(actor, Action.MANAGE_CALLS)
        now = now or timezone.now()
        if call.status != CallStatus.DRAFT:
            raise InvalidInput(
                message=_("This call was already launched."),
                details=[{"field": "status", "value": call.status}],
            )
        if not call.questions.exists():
            raise InvalidInput(
                message=_("A call needs at least one question."), details=[{"field": "questions"}]
            )
        if call.deadline < timezone.localdate(now):
            raise InvalidInput(
                message=_("The deadline has passed: choose a later date."),
                details=[{"field": "deadline", "value": call.deadline.isoformat()}],
            )
        states = list(addressed_states(call))
        if not states:
            raise InvalidInput(
                message=_(
                    "No State is recorded as a party to the Convention: record their status, or address "
                    "the call to a selection of States."
                ),
                details=[{"field": "audience"}],
            )
        Addressee.objects.bulk_create([Addressee(call=call, state=state) for state in states])
        before = snapshot(call, ["status"])
        call.status, call.launched_at = CallStatus.LAUNCHED, now
        call.save(update_fields=["status", "launched_at"])
        record(
            actor=actor,
            action="collection.call.launch",
            obj=call,
            before=before,
            after={"status": call.status, "addressees": len(states)},
        )
    if dispatch:
        from .dispatch import dispatch_call

        dispatch_call(actor, call, now=now)
    return call


@transaction.atomic
def close_call(actor, call: Call, *, now: datetime.datetime | None = None) -> Call:
    """Close a launched call: no more reminders, no more submissions."""
    require(actor, Action.MANAGE_CALLS)
    lock(call)
    if call.status != CallStatus.LAUNCHED:
        raise InvalidInput(message=_("Only a launched call can be closed."), details=[{"field": "status"}])
    call.status, call.closed_at = CallStatus.CLOSED, now or timezone.now()
    call.save(update_fields=["status", "closed_at"])
    record(actor=actor, action="collection.call.close", obj=call, after={"status": call.status})
    return call


@transaction.atomic
def set_note_template(actor, call: Call, language: str, text: str) -> Call:
    """Use ``text`` as the body of the call's note verbale in ``language`` (blank: back to the default
    template). A template with problems is refused (NoteVerbaleTemplateError naming each, with its
    line), and nothing is saved."""
    from .note_verbale import LANGUAGES, validate_template
    from .note_verbale._template import NoteVerbaleTemplateError, _problems

    require(actor, Action.MANAGE_CALLS)
    if language not in LANGUAGES:
        raise InvalidInput(message=_("Unknown language."), details=[{"field": "language", "value": language}])
    lock(call)
    call.refresh_from_db(fields=["note_templates"])
    templates = dict(call.note_templates or {})
    before = templates.get(language, "")
    text = (text or "").replace("\r\n", "\n").strip()
    if text:
        if validate_template(text):
            raise NoteVerbaleTemplateError(_problems(text))
        templates[language] = text
    else:
        templates.pop(language, None)
    call.note_templates = templates
    call.save(update_fields=["note_templates"])
    record(
        actor=actor,
        action="collection.call.note_template",
        obj=call,
        before={"language": language, "template": before},
        after={"language": language, "template": templates.get(language, "")},
    )
    return call
