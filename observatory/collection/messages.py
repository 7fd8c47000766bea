"""The e-mails sent to focal points: the note verbale of a call, and its reminders.

Every e-mail carries the formal note verbale as attachments, DOCX and PDF, rendered by
``collection.notes`` (docs/note-verbale.md). The notice carries the call's note verbale, dated the day
of the launch; a reminder carries a reminder note verbale that refers to it, dated the day it goes.

Which languages: all six, as long as the files stay within ``ATTACHMENT_BUDGET``, else English, French
and Spanish. The platform does not record a State's language of correspondence, so it cannot pick the
State's own; the six together weigh about 0.6 MB (most of it the Chinese PDF, which embeds its CJK
font subset).

Dispatching a call to every State party composes one e-mail per State; :func:`dispatch_run` makes the
files of a run be built once per call, and ``collection.notes`` renders each language's note once.
"""

from __future__ import annotations

import contextlib
import datetime
import logging
from collections.abc import Iterator
from contextvars import ContextVar

from django.utils.translation import gettext as _

from observatory.core.wording import format_date

from .models import Call, DispatchKind
from .note_verbale import LANGUAGES
from .notes import note_files

#: The largest total size of a note verbale's attachments in all six languages, in bytes; above it,
#: only ``FALLBACK_LANGUAGES`` go (the Secretariat's working languages for notes verbales).
ATTACHMENT_BUDGET = 3 * 1024 * 1024
FALLBACK_LANGUAGES = ("en", "fr", "es")

logger = logging.getLogger(__name__)

# The attachments built during one dispatch run, by (call, reminder or not): a run mails many States the
# same files. Unset outside a run, where every call builds afresh.
_run_files: ContextVar[dict | None] = ContextVar("note_verbale_run_files", default=None)
_run_day: ContextVar[datetime.date | None] = ContextVar("note_verbale_run_day", default=None)


@contextlib.contextmanager
def dispatch_run(day: datetime.date | None = None) -> Iterator[None]:
    """One run of dispatching: the note verbale's files are built once per call for all its e-mails,
    and reminder notes verbales are dated ``day`` (default: today)."""
    files_token, day_token = _run_files.set({}), _run_day.set(day)
    try:
        yield
    finally:
        _run_files.reset(files_token)
        _run_day.reset(day_token)


def note_verbale_attachments(call: Call, state, *, reminder: bool = False) -> list[tuple[str, bytes, str]]:
    """The rendered note verbale as e-mail attachments ``(file name, content, MIME type)``: DOCX and PDF
    in all six languages (UN order), or in English, French and Spanish when the six would exceed
    ``ATTACHMENT_BUDGET``. ``reminder`` gives the reminder note verbale. The files are the same for every
    State (``state`` is taken so that a State-specific note can be added here)."""
    cache = _run_files.get()
    key = (call.pk, reminder)
    if cache is not None and key in cache:
        return cache[key]
    day = _run_day.get() if reminder else None
    try:
        files = {language: note_files(call, language, date=day, reminder=reminder) for language in LANGUAGES}
    except Exception:
        # The e-mail's text says everything the State needs: a renderer failure (a missing font, a broken
        # install) must not stop the notice from going, nor leave a step claimed as sent with no e-mail.
        logger.exception("note verbale of call %s not rendered; e-mails go without it", call.pk)
        files = {}
    total = sum(len(content) for language_files in files.values() for _name, content, _mime in language_files)
    chosen = LANGUAGES if total <= ATTACHMENT_BUDGET else FALLBACK_LANGUAGES
    attachments = [attachment for language in chosen for attachment in files.get(language, [])]
    if cache is not None:
        cache[key] = attachments
    return attachments


def _articles(call: Call) -> str:
    numbers = [str(article.number) for article in call.articles.all()]
    return ", ".join(numbers)


def compose_message(call: Call, state, *, kind: str, step: str) -> tuple[str, str, list]:
    """Subject, plain-text body and attachments of one e-mail about ``call`` to ``state``'s focal points,
    in the active language."""
    values = {
        "title": call.title_en,
        "symbol": call.symbol or _("(no reference)"),
        "deadline": format_date(call.deadline, "en"),
        "state": state.name_en,
        "articles": _articles(call) or _("(none named)"),
    }
    if kind == DispatchKind.NOTICE:
        subject = _("Call for information: %(title)s") % values
        opening = _(
            "The Secretariat of the Conference of the States Parties to the United Nations Convention "
            "against Corruption invites %(state)s to provide information on: %(title)s "
            "(note verbale %(symbol)s; articles of the Convention: %(articles)s)."
        )
    else:
        subject = _("Reminder: call for information: %(title)s") % values
        opening = _(
            "This is a reminder of the call for information on %(title)s (note verbale %(symbol)s), "
            "to which %(state)s has not yet submitted an answer."
        )
    lines = [
        opening % values,
        "",
        _("Deadline: %(deadline)s.") % values,
        _(
            "Answers may be given in any of the six official languages of the United Nations, through the "
            "self-assessment checklist on the platform or by uploading a document (DOCX or PDF)."
        ),
    ]
    if step.startswith("after"):
        lines.append(_("Answers received after the deadline are still accepted and are marked as late."))
    attachments = note_verbale_attachments(call, state, reminder=kind == DispatchKind.REMINDER)
    return subject, "\n".join(lines) + "\n", attachments
