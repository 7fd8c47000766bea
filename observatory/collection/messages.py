"""The e-mails sent to focal points: the note verbale of a call, and its reminders.

The formal note verbale (DOCX and PDF in six languages) is rendered by ``note_verbale.py``, written apart;
``note_verbale_attachments`` is the one place that asks it for the files, and attaches nothing until it
exists.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from observatory.core.wording import format_date

from .models import Call, DispatchKind


def note_verbale_attachments(call: Call, state) -> list[tuple[str, bytes, str]]:
    """The rendered note verbale as e-mail attachments ``(file name, content, MIME type)``.

    To be wired to ``note_verbale.render_note_verbale`` once it exists (owned apart): until then the
    e-mail's text carries everything the State needs.
    """
    return []


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
    return subject, "\n".join(lines) + "\n", note_verbale_attachments(call, state)
