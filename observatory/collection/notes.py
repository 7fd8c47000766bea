"""The note verbale of a call for information, built from the call's records and rendered to files.

:func:`note_for_call` turns a :class:`~observatory.collection.models.Call` into the plain
:class:`~observatory.collection.note_verbale.NoteVerbale` the renderer takes, in one of the six
languages; :func:`note_files` renders it as the DOCX and the PDF to attach to an e-mail or offer for
download. See docs/note-verbale.md.

Settings read (all optional; a blank one leaves its passage out of the note):

- ``OBSERVATORY_SITE_URL`` — the portal's address ("https://observatory.example.org"), so that the note
  links to the call's page. Without it the link is the page's path alone ("/fr/calls/12/").
- ``OBSERVATORY_SECRETARIAT_EMAIL`` — the address States may answer to by e-mail.
- ``OBSERVATORY_SECRETARIAT_CONTACT`` — who in the Secretariat answers questions, as one line.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from observatory.core.errors import InvalidInput
from observatory.core.wording import content_code, join_names, sorted_names

from .models import Audience, Call
from .note_verbale import Article, NoteVerbale, render_note_verbale

#: MIME types of the rendered files, by format.
MIME_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}

#: The interface language (URL prefix) of each content language.
_URL_LANGUAGE = {"ar": "ar", "zh": "zh-hans", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}

#: Addressees of a call to a selection of States, as each default template reads them after its verb
#: ("presents its compliments to …"; Russian in the dative, Spanish after "a"), singular and plural.
#: The names go in brackets so that they need neither an article ("the Russian Federation",
#: "l'Argentine") nor a case ending, which the UN short names do not carry.
_SELECTION_ADDRESSEES = {
    "ar": ("البعثة الدائمة للدولة المعنية ({names})", "البعثات الدائمة للدول المعنية ({names})"),
    "zh": ("有关国家（{names}）常驻代表团", "有关国家（{names}）常驻代表团"),
    "en": (
        "the Permanent Mission of the State concerned ({names})",
        "the Permanent Missions of the States concerned ({names})",
    ),
    "fr": (
        "à la Mission permanente de l’État concerné ({names})",
        "aux Missions permanentes des États concernés ({names})",
    ),
    "ru": (
        "постоянному представительству соответствующего государства ({names})",
        "постоянным представительствам соответствующих государств ({names})",
    ),
    "es": (
        "la Misión Permanente del Estado interesado ({names})",
        "las Misiones Permanentes de los Estados interesados ({names})",
    ),
}


def _in_language(obj, field: str, code: str) -> str:
    # Not core.languages.localized: it takes interface codes ("zh-hans") and would read "zh" as English.
    return getattr(obj, f"{field}_{code}", "") or getattr(obj, f"{field}_en", "") or ""


def _addressees(call: Call, code: str) -> str:
    if call.audience != Audience.SELECTION:
        return ""  # the template's default: the Permanent Missions of all States parties
    names = sorted_names([_in_language(state, "name", code) for state in call.selected_states.all()], code)
    if not names:
        return ""
    singular, plural = _SELECTION_ADDRESSEES[code]
    return (singular if len(names) == 1 else plural).format(names=join_names(names, code))


def _language(language: str) -> str:
    try:
        return content_code(language)
    except ValueError:
        message = f"unknown language {language!r}; use one of ar, zh, en, fr, ru, es"
        raise InvalidInput(
            message=f"note verbale: {message}", details=[{"field": "language", "message": message}]
        ) from None


def launch_date(call: Call) -> dt.date | None:
    """The day the call was launched, in the project's time zone (None for a draft)."""
    return timezone.localdate(call.launched_at) if call.launched_at else None


def portal_url(call: Call, language: str) -> str:
    """The address of the call's page on the portal, in ``language``: absolute when
    ``OBSERVATORY_SITE_URL`` is set, else the path alone."""
    with translation.override(_URL_LANGUAGE[_language(language)]):
        path = reverse("portal:call", kwargs={"pk": call.pk})
    site = (getattr(settings, "OBSERVATORY_SITE_URL", "") or "").rstrip("/")
    return f"{site}{path}"


def note_for_call(
    call: Call, language: str, *, date: dt.date | None = None, reminder: bool = False
) -> NoteVerbale:
    """The note verbale of ``call`` in ``language`` (ar, zh or zh-hans, en, fr, ru, es).

    Its date is ``date`` when given, else the day the call was launched (a notice) or today (a
    reminder, and a draft's preview), in the project's time zone. Texts the call lacks in the language
    (title, topic labels, questions, State names) are the English ones. A call to a selection of States
    names them, in the language's alphabetical order; a call to all States parties leaves the addressees
    to the template. A reminder refers to the original note: the call's symbol and launch day. Another
    language raises InvalidInput (field "language").
    """
    code = _language(language)
    launched = launch_date(call)
    if date is None:
        date = (None if reminder else launched) or timezone.localdate()
    return NoteVerbale(
        language=code,
        reference=call.symbol,
        date=date,
        title=_in_language(call, "title", code),
        deadline=call.deadline,
        addressees=_addressees(call, code),
        articles=[Article(article.number) for article in call.articles.order_by("number")],
        topics=[_in_language(topic, "label", code) for topic in call.topics.order_by("position", "slug")],
        questions=[_in_language(question, "text", code) for question in call.questions.order_by("position")],
        portal_url=portal_url(call, code),
        email=getattr(settings, "OBSERVATORY_SECRETARIAT_EMAIL", "") or "",
        contact=getattr(settings, "OBSERVATORY_SECRETARIAT_CONTACT", "") or "",
        original_reference=call.symbol if reminder else "",
        original_date=launched if reminder else None,
        template=(call.note_templates or {}).get(code, ""),
    )


def file_stem(call: Call) -> str:
    """A safe ASCII file name for the call's files, from its symbol ("CU 2026/112/DTA/CEB/CSS" →
    "CU-2026-112-DTA-CEB-CSS"), or "call-<pk>" when the symbol gives nothing."""
    ascii_symbol = unicodedata.normalize("NFKD", call.symbol or "").encode("ascii", "ignore").decode()
    stem = re.sub(r"[^A-Za-z0-9]+", "-", ascii_symbol).strip("-")
    return stem[:100] or f"call-{call.pk}"


def note_files(
    call: Call, language: str, *, date: dt.date | None = None, reminder: bool = False
) -> list[tuple[str, bytes, str]]:
    """The note verbale of ``call`` in ``language`` as files ``(file name, content, MIME type)``: the
    DOCX, then the PDF, named e.g. "CU-2026-112-DTA-CEB-CSS.fr.docx" (a reminder's
    "….reminder.fr.docx"). ``date`` and ``reminder`` as for :func:`note_for_call`."""
    note = note_for_call(call, language, date=date, reminder=reminder)
    stem = file_stem(call) + (".reminder" if reminder else "")
    key = _NoteKey(note)
    return [
        (f"{stem}.{note.language}.{fmt}", _rendered(key, fmt), MIME_TYPES[fmt]) for fmt in ("docx", "pdf")
    ]


class _NoteKey:
    """A note as a cache key: two notes with the same content are the same file."""

    __slots__ = ("key", "note")

    def __init__(self, note: NoteVerbale) -> None:
        # The dataclass's repr holds every field the renderer reads (dates and lists included).
        self.note, self.key = note, repr(note)

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _NoteKey) and other.key == self.key


# Keyed on the note's whole content, so an edited call is never served a stale file: e-mailing a call
# to 190 States renders each language once, not 190 times. The files are bytes (immutable) and small
# (about 0.6 MB for the six languages of both formats); the bound keeps a few calls' worth.
@lru_cache(maxsize=48)
def _rendered(key: _NoteKey, fmt: str) -> bytes:
    return render_note_verbale(key.note, format=fmt)


def clear_rendering_cache() -> None:
    """Forget the files rendered so far (for tests that count renderings)."""
    _rendered.cache_clear()
