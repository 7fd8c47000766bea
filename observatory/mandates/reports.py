"""The report "Status of implementation of resolution N", in UN layout, as DOCX and as PDF, in the six
languages.

:func:`build_status_report` reads what the reader may see of one resolution of one document — its
operative paragraphs, each with its mandates (``selectors.visible_mandates``) and their confirmed evidence
(``selectors.visible_evidence``) — into a :class:`UNDocument`, plain data. :func:`status_report` writes it
out with ``library.un_document``: python-docx (DOCX) or HTML through WeasyPrint (PDF), with the notes
verbales' fonts and right-to-left handling for Arabic.

The report's own wording (headings, labels, statuses) is translatable text rendered in the report's
language. A paragraph of the resolution, or of a piece of evidence, is quoted from the document's version
in that language when there is one; else from the English version (or the text the mandate was read
from), and then the language it is quoted in is named after it.

Layout, as UN documents have it: "United Nations" and the symbol at the top, the date, a rule; the body,
the title and "Note by the Secretariat"; chapters "I. Introduction" and "II. Status of implementation";
numbered paragraphs ("3." — "3-" in Arabic); one entry per operative paragraph, headed by its number, with
its text and a numbered paragraph per mandate (action, addressees, conditions, reporting duty, status),
followed by its evidence (symbol, paragraph, excerpt).
"""

from __future__ import annotations

import datetime
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import npgettext, pgettext

# The note verbale's building blocks: its fonts, its right-to-left handling, its schema-ordered OXML.
from observatory.collection.note_verbale._model import clean, question_number
from observatory.core.errors import InvalidInput, NotFound
from observatory.core.languages import CONTENT_LANGUAGES, localized
from observatory.core.wording import content_code, format_date, interface_code, join_names, language_name
from observatory.library.bodies import Body, body_and_session
from observatory.library.models import Document, Paragraph
from observatory.library.selectors import current_versions, readable_visibilities
from observatory.library.un_document import (
    Block,
    Span,
    UNDocument,
    chapter_numeral,
    render_docx,
    render_html,
    render_pdf,
)

from .models import ActionCategory, Decision, Evidence, Mandate, MandateStatus
from .selectors import addressee_label, condition_label, visible_evidence, visible_mandates
from .sessions import next_session

FORMATS = ("docx", "pdf")
# The report's wording is translated in the context "status report" (written out in each call, where
# makemessages reads it): its labels ("Status:", "Action:") are other texts than the interface's words
# that look alike (Django's admin has its own "Action:").
MIME_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}

#: Statuses under which a passed reporting date means the report is overdue.
PENDING = frozenset({MandateStatus.OPEN, MandateStatus.IN_PROGRESS})
#: The longest excerpt of a piece of evidence, in characters.
EXCERPT = 320

_QUOTES = {"fr": ("« ", " »"), "ru": ("«", "»"), "ar": ("«", "»")}
_SEPARATORS = {"ar": "؛ ", "zh": "；"}
_LATIN = re.compile("[A-Za-z]")
_DRAFTABLE = re.compile(r"^(CAC/COSP(?:/(?:IRG|WG\.\d|EG\.\d))?)/")


def status_report(
    user,
    document: Document,
    resolution: str,
    *,
    language: str,
    format: Literal["docx", "pdf"],
    today: datetime.date | None = None,
) -> bytes:
    """The status of implementation of ``resolution`` (its number, "7/1") of ``document``, as a DOCX or
    PDF file in ``language`` (ar, zh or zh-hans, en, fr, ru, es), showing only what ``user`` may see.
    Raises NotFound when the reader may not see the document or it holds no such resolution, and
    InvalidInput for an unknown language or format."""
    if format not in FORMATS:
        raise InvalidInput(
            message=f"Unknown format {format!r}; use docx or pdf.", details=[{"field": "format"}]
        )
    report = build_status_report(user, document, resolution, language=language, today=today)
    if format == "docx":
        return render_docx(report)
    return render_pdf(report)


def status_report_html(
    user, document: Document, resolution: str, *, language: str, today: datetime.date | None = None
) -> str:
    """The report as a standalone HTML page (the PDF's source), e.g. for a preview."""
    return render_html(build_status_report(user, document, resolution, language=language, today=today))


def report_language(language: str) -> str:
    """The content-language code ("zh") of a report language given as a content or interface code;
    InvalidInput for anything but the six."""
    try:
        return content_code(language)
    except ValueError:
        raise InvalidInput(
            message=f"Unknown language {language!r}; use one of {', '.join(CONTENT_LANGUAGES)}.",
            details=[{"field": "language", "value": language}],
        ) from None


# --- reading -------------------------------------------------------------------------------------


@dataclass
class _Entry:
    """One operative paragraph: its number, text (and the language it is quoted in), mandates."""

    pid: str
    number: str
    text: str = ""
    text_language: str = ""
    mandates: list[Mandate] = field(default_factory=list)


def build_status_report(
    user, document: Document, resolution: str, *, language: str, today: datetime.date | None = None
) -> UNDocument:
    """The report of one resolution of a document as plain data, in ``language``, from what the reader
    may see (see :func:`status_report`)."""
    code = report_language(language)
    today = today or timezone.localdate()
    if document.visibility not in readable_visibilities(user):
        raise _not_found(document, resolution)
    mandates = list(
        visible_mandates(user)
        .filter(document=document, resolution=resolution)
        .prefetch_related("articles", "topics")
        .order_by("position", "clause", "pk")
    )
    versions = {version.language: version for version in current_versions(document)}
    entries = _entries(versions, mandates, resolution, code)
    if not entries:
        raise _not_found(document, resolution)
    evidence = {mandate.pk: list(_confirmed(user, mandate)) for mandate in mandates}
    quoted = _evidence_texts([item for items in evidence.values() for item in items])
    body = next((m.body for m in mandates if m.body), "") or body_and_session(document.symbol)[0]
    with translation.override(interface_code(code)):
        writer = _Writer(code, today)
        report = UNDocument(
            language=code,
            symbol="",
            symbol_note="",
            organization=pgettext("status report", "United Nations"),
            date=format_date(today, code),
            body_name=_body_name(body),
            session_line=_session_line(body, today, code),
            title=pgettext("status report", "Status of implementation of resolution %(resolution)s")
            % {"resolution": resolution},
            resolution_title=_resolution_title(versions, resolution, code),
            subtitle=pgettext("status report", "Note by the Secretariat"),
            file_stem=_file_stem(document, resolution, code),
        )
        report.symbol, report.symbol_note = _symbol(document, resolution, body, today, code)
        writer.introduction(document, resolution, body, entries, mandates)
        writer.chapter(pgettext("status report", "Status of implementation by operative paragraph"))
        for entry in entries:
            writer.entry(entry, evidence, quoted)
        report.blocks = writer.blocks
    return report


def _not_found(document: Document, resolution: str) -> NotFound:
    # The same answer for a document the reader may not see and one without the resolution: a
    # confidential document never shows that it exists.
    return NotFound(
        message=f"No resolution {resolution} in a document {document.key!r} you may read.",
        details=[{"field": "resolution", "value": resolution}],
    )


def _confirmed(user, mandate: Mandate):
    # A report states what was established: curators' proposals and rejections stay out of it, even
    # when the reader is a curator and the selector shows them.
    return (
        visible_evidence(user, mandate).filter(decision=Decision.CONFIRMED).order_by("document__key", "pid")
    )


def _operative_paragraphs(version, resolution: str):
    return Paragraph.objects.filter(revision_id=version.current_id).filter(
        # Decision items ("dec 5/1 (a)") are operative too, and carry no resolution number of their own.
        Q(kind="operative", resolution=resolution)
        | Q(kind="operative", pid__startswith=f"dec {resolution} (")
    )


def _entries(versions: dict, mandates: list[Mandate], resolution: str, code: str) -> list[_Entry]:
    """The operative paragraphs of the resolution: those of the library's versions and those the mandates
    name, each with its text in the report's language if a version has it, else in English, else as the
    mandate read it."""
    texts: dict[str, dict[str, str]] = defaultdict(dict)
    numbers: dict[str, str] = {}
    for language in {code, "en"} & set(versions):
        for paragraph in _operative_paragraphs(versions[language], resolution):
            texts[paragraph.pid][language] = paragraph.text
            numbers.setdefault(paragraph.pid, paragraph.number)
    entries: dict[str, _Entry] = {}
    for mandate in mandates:
        entry = entries.setdefault(
            mandate.pid, _Entry(mandate.pid, mandate.number or numbers.get(mandate.pid, ""))
        )
        entry.mandates.append(mandate)
        texts[mandate.pid].setdefault(mandate.language, mandate.text)
    for pid, number in numbers.items():
        entries.setdefault(pid, _Entry(pid, number))
    for entry in entries.values():
        available = texts[entry.pid]
        for language in (code, "en", *available):
            if available.get(language):
                entry.text, entry.text_language = available[language], language
                break
    return sorted(entries.values(), key=lambda entry: (_natural(entry.number), entry.pid))


def _natural(number: str) -> tuple:
    """A key that orders "2" before "10" and "(a)" before "(b)"."""
    digits = re.match(r"\d+", number or "")
    return (0, int(digits.group()), number) if digits else (1, 0, number or "")


def _evidence_texts(items: Sequence[Evidence]) -> dict[tuple[int, str], dict[str, str]]:
    """For each (document, paragraph id) of the evidence, the paragraph's text in each language version
    of that document (current revisions)."""
    if not items:
        return {}
    rows = Paragraph.objects.filter(
        revision__version__current=F("revision"),
        revision__version__document_id__in={item.document_id for item in items},
        pid__in={item.pid for item in items},
    ).values_list("revision__version__document_id", "pid", "revision__version__language", "text")
    texts: dict[tuple[int, str], dict[str, str]] = defaultdict(dict)
    for document_id, pid, language, text in rows:
        texts[(document_id, pid)][language] = text
    return texts


def _resolution_title(versions: dict, resolution: str, code: str) -> str:
    """The resolution's title as the version in the report's language (else English) prints it: the
    first heading of the resolution that is not "Resolution 7/1" itself."""
    for language in (code, "en"):
        if language not in versions:
            continue
        headings = Paragraph.objects.filter(
            revision_id=versions[language].current_id, resolution=resolution, kind="heading"
        ).order_by("position")
        for heading in headings:
            if resolution not in heading.text:
                return clean(heading.text)
    return ""


# --- wording ------------------------------------------------------------------------------------


def _body_name(body: str) -> str:
    if body == Body.CONFERENCE or not body:
        return pgettext(
            "status report",
            "Conference of the States Parties to the United Nations Convention against Corruption",
        )
    return str(dict(Body.choices).get(body, body))


def _session_line(body: str, today: datetime.date, code: str) -> str:
    """The session the report is prepared for: the body's next one, when its dates are known."""
    session = next_session(body or Body.CONFERENCE, today)
    if session is None:
        return ""
    line = pgettext("status report", "Session %(number)s") % {"number": session.number}
    place = ", ".join(part for part in (session.venue, format_date(session.starts, code)) if part)
    return f"{line}\n{place}" if place else line


def _symbol(
    document: Document, resolution: str, body: str, today: datetime.date, code: str
) -> tuple[str, str]:
    """(symbol line, note under it). A report on a Conference or subsidiary-body document is a draft of
    the next session's document ("CAC/COSP/2027/… (draft)"); a document without a UN symbol of that kind
    gives its own symbol or key, and the note says what the report is."""
    source = document.symbol or document.key
    note = pgettext("status report", "Source: resolution %(resolution)s, %(symbol)s") % {
        "resolution": resolution,
        "symbol": _isolated(source, code),
    }
    match = _DRAFTABLE.match(document.symbol or "")
    if not match:
        return source, pgettext(
            "status report", "Status report generated from this document; not an official document symbol."
        )
    session = next_session(body or Body.CONFERENCE, today)
    year = session.year if session is not None else today.year
    # Outside the f-string: makemessages does not read inside one.
    draft = pgettext("status report", "draft")
    symbol = _isolated(f"{match.group(1)}/{year}/…", code)
    return f"{symbol} ({draft})", note


def _quote(text: str, code: str) -> str:
    opening, closing = _QUOTES.get(code, ("“", "”"))
    return f"{opening}{text}{closing}"


def _isolated(text: str, code: str) -> str:
    """Latin text (a symbol) inside an Arabic sentence, set apart by a first-strong isolate so that its
    slashes and full stops stay where they belong."""
    return f"\u2068{text}\u2069" if code == "ar" and _LATIN.search(text) else text


def _excerpt(text: str) -> str:
    text = clean(text)
    if len(text) <= EXCERPT:
        return text
    cut = text[:EXCERPT].rsplit(" ", 1)[0] if " " in text[:EXCERPT] else text[:EXCERPT]
    return cut.rstrip(",;:") + "…"


class _Writer:
    """Writes the body of the report, numbering its paragraphs as it goes."""

    def __init__(self, code: str, today: datetime.date):
        self.code = code
        self.today = today
        self.blocks: list[Block] = []
        self.paragraphs = 0
        self.chapters = 0

    # Blocks.
    def chapter(self, title: str) -> None:
        numeral = chapter_numeral(self.chapters, self.code)
        self.chapters += 1
        self.blocks.append(Block("chapter", (Span(title, bold=True),), self.code, numeral))

    def paragraph(self, *spans: Span, kind: str = "paragraph", language: str | None = None) -> None:
        number = ""
        if kind in ("paragraph", "quote"):
            self.paragraphs += 1
            number = question_number(self.paragraphs, self.code)
        self.blocks.append(Block(kind, tuple(s for s in spans if s.text), language or self.code, number))

    # The introduction.
    def introduction(self, document, resolution, body, entries, mandates) -> None:
        self.chapter(pgettext("status report", "Introduction"))
        symbol = _isolated(document.symbol or document.key, self.code)
        self.paragraph(
            Span(
                pgettext(
                    "status report",
                    "The present note sets out, operative paragraph by operative paragraph, the status of "
                    "implementation of resolution %(resolution)s, adopted by the %(body)s and contained in "
                    "document %(symbol)s, as recorded by the Secretariat on %(date)s.",
                )
                % {
                    "resolution": resolution,
                    "body": _body_name(body),
                    "symbol": symbol,
                    "date": format_date(self.today, self.code),
                }
            )
        )
        self.paragraph(
            Span(
                pgettext(
                    "status report",
                    "For each operative paragraph, the note gives its text and, for each mandate that it "
                    "contains, the action requested, to whom it is addressed, its conditions, the duty to "
                    "report, the status of implementation and the evidence of implementation that the "
                    "Secretariat has confirmed, cited by document symbol and paragraph.",
                )
            )
        )
        if mandates:
            statuses = Counter(mandate.status for mandate in mandates)
            counted = _SEPARATORS.get(self.code, "; ").join(
                f"{label}: {statuses[value]}" for value, label in MandateStatus.choices if statuses[value]
            )
            # Two sentences, each with its own plural: a sentence is translated whole, never assembled.
            paragraphs = npgettext(
                "status report",
                "The resolution has %(count)d operative paragraph.",
                "The resolution has %(count)d operative paragraphs.",
                len(entries),
            ) % {"count": len(entries)}
            recorded = npgettext(
                "status report",
                "%(count)d mandate is recorded; its status: %(statuses)s.",
                "%(count)d mandates are recorded; their status: %(statuses)s.",
                len(mandates),
            ) % {"count": len(mandates), "statuses": counted}
            # Chinese sentences follow one another without a space.
            self.paragraph(Span(("" if self.code == "zh" else " ").join((paragraphs, recorded))))
        else:
            self.paragraph(
                Span(pgettext("status report", "No mandate of this resolution has been recorded yet."))
            )
        if any(entry.text_language != self.code for entry in entries):
            self.paragraph(
                Span(
                    pgettext(
                        "status report",
                        "Where the document has no version in the language of this note, a paragraph is "
                        "quoted in the language of the version available, which is named after it.",
                    )
                )
            )

    # An operative paragraph.
    def entry(self, entry: _Entry, evidence: dict, quoted: dict) -> None:
        heading = pgettext("status report", "Operative paragraph %(number)s") % {
            "number": entry.number or entry.pid
        }
        self.blocks.append(Block("heading", (Span(heading, bold=True),), self.code))
        if entry.text:
            spans = [Span(clean(entry.text))]
            if entry.text_language != self.code:
                spans.append(
                    Span(f" ({language_name(entry.text_language)})", italic=True, language=self.code)
                )
            self.paragraph(*spans, kind="quote", language=entry.text_language or self.code)
        if not entry.mandates:
            self.paragraph(
                Span(
                    pgettext("status report", "No mandate has been recorded for this paragraph."), italic=True
                )
            )
            return
        several = len(entry.mandates) > 1
        for mandate in entry.mandates:
            self.mandate(mandate, several)
            items = evidence.get(mandate.pk, [])
            # A declarative paragraph (Notes, Welcomes) asks nothing: no evidence is awaited.
            if items or mandate.category != ActionCategory.DECLARATIVE:
                self.evidence(items, quoted)

    def mandate(self, mandate: Mandate, several: bool) -> None:
        spans: list[Span] = []

        def part(label: str, value: str) -> None:
            spans.extend([Span(label + " ", bold=True), Span(value + " ")])

        if several:
            caption = (
                pgettext("status report", "Main clause.")
                if mandate.clause == 0
                else pgettext("status report", "Clause %(number)s.") % {"number": mandate.clause + 1}
            )
            spans.append(Span(caption + " ", bold=True, italic=True))
        action = mandate.get_category_display()
        # The verb as the resolution has it ("Also requests") when it says more than the category.
        if mandate.verb and mandate.language == self.code and mandate.verb.casefold() != action.casefold():
            action = f"{action} ({mandate.verb})"
        part(pgettext("status report", "Action:"), action + ".")
        # The addressees and conditions are named as on the pages, in the form they take in a sentence.
        if mandate.addressees:
            labels = [addressee_label(a, in_sentence=True) for a in mandate.addressees]
            part(pgettext("status report", "Addressed to:"), join_names(labels, self.code) + ".")
        if mandate.conditions:
            labels = [condition_label(c, in_sentence=True) for c in mandate.conditions]
            part(pgettext("status report", "Conditions:"), join_names(labels, self.code) + ".")
        duty = self.reporting(mandate)
        if duty:
            part(pgettext("status report", "Reporting duty:"), duty + ".")
        articles = sorted(article.number for article in mandate.articles.all())
        if articles:
            part(
                pgettext("status report", "Articles of the Convention:"),
                join_names([str(n) for n in articles], self.code) + ".",
            )
        topics = [str(localized(topic, "label", interface_code(self.code))) for topic in mandate.topics.all()]
        if topics:
            part(pgettext("status report", "Topics:"), join_names(sorted(topics), self.code) + ".")
        status = mandate.get_status_display()
        if mandate.report_due and mandate.report_due < self.today and mandate.status in PENDING:
            overdue = pgettext("status report", "overdue")
            status = f"{status} ({overdue})"
        spans.extend(
            [Span(pgettext("status report", "Status:") + " ", bold=True), Span(status + ".", bold=True)]
        )
        self.paragraph(*spans)

    def reporting(self, mandate: Mandate) -> str:
        """The reporting duty in the report's language when it is known by body and session; else the
        phrase as the resolution has it."""
        if mandate.report_body:
            body = str(dict(Body.choices).get(mandate.report_body, mandate.report_body))
            text = body
            if mandate.report_session:
                text = pgettext("status report", "%(body)s, session %(number)s") % {
                    "body": body,
                    "number": mandate.report_session,
                }
            if mandate.report_due:
                text += " " + pgettext("status report", "(due %(date)s)") % {
                    "date": format_date(mandate.report_due, self.code)
                }
            return text
        if mandate.report_text:
            due = mandate.report_due
            suffix = (
                " " + pgettext("status report", "(due %(date)s)") % {"date": format_date(due, self.code)}
                if due
                else ""
            )
            return clean(mandate.report_text) + suffix
        return ""

    def evidence(self, items: list[Evidence], quoted: dict) -> None:
        if not items:
            self.paragraph(
                Span(
                    pgettext("status report", "No evidence of implementation has been confirmed yet."),
                    italic=True,
                ),
                kind="label",
            )
            return
        self.paragraph(
            Span(pgettext("status report", "Evidence of implementation:"), bold=True), kind="label"
        )
        for item in items:
            versions = quoted.get((item.document_id, item.pid), {})
            language = next((lang for lang in (self.code, "en") if versions.get(lang)), None)
            if language is None:
                # The text as it was when proposed: its language is the version's that holds it, if any.
                text = item.text
                language = next((lang for lang, value in versions.items() if value == item.text), None)
            else:
                text = versions[language]
            symbol = item.document.symbol or item.document.key
            spans = [
                Span(_isolated(symbol, self.code), bold=True),
                Span(
                    ", "
                    + pgettext("status report", "paragraph %(id)s") % {"id": _isolated(item.pid, self.code)}
                    + ": "
                ),
                Span(_quote(_excerpt(text), self.code), language=language if language != self.code else None),
            ]
            if language and language != self.code:
                spans.append(Span(f" ({language_name(language)})", italic=True))
            self.paragraph(*spans, kind="evidence")


def _file_stem(document: Document, resolution: str, code: str) -> str:
    source = re.sub(r"[^A-Za-z0-9]+", "-", document.symbol or document.key).strip("-")[:80] or "document"
    return f"status-{resolution.replace('/', '-')}.{source}.{code}"
