"""A background paper as a UN document, DOCX or PDF (``library.un_document``), in the chosen language.

Layout: "United Nations" and the symbol, the date, "Distr.: General" and the original language; the body
the paper is for (read from its symbol), its title and "Background paper prepared by the Secretariat";
chapter "I. Introduction" with the call's statistics sentence, the late submitters in a footnote;
chapter "II. Approaches of States", one lettered heading per section ("A.", "B." — "ألف-" in Arabic)
and the section's numbered paragraphs. Every citation ``[^1234]`` becomes a footnote naming the State,
the document and the paragraph (citations written together make one footnote). A section the officer
has not written yet is drafted from its approaches: one paragraph each, naming its States, with a
footnote citing its representative passages.

The officer's text is in the paper's language; the paper's own wording (masthead, headings, footnotes)
in the language chosen for the file. Before anything is written, every cited paragraph is checked
again against the paper's audience: a document narrowed since it was cited stops the export.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict

from django.utils import timezone, translation
from django.utils.translation import npgettext, pgettext

from observatory.accounts.permissions import Action, require
from observatory.collection.note_verbale._model import clean, question_number
from observatory.collection.statistics import SENTENCES, names_in_order, submission_count
from observatory.core.errors import InvalidInput
from observatory.core.languages import CONTENT_LANGUAGES, localized
from observatory.core.wording import content_code, format_date, interface_code, language_name
from observatory.countries.models import State
from observatory.library.bodies import Body, body_and_session
from observatory.library.models import Paragraph
from observatory.library.un_document import Block, Span, UNDocument, chapter_numeral, render_docx, render_pdf

from .models import Member, Paper
from .passages import audience_levels
from .sentences import MARKER, blocks

FORMATS = ("docx", "pdf")
MIME_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}
# Section letters as UN documents print them: "ألف-" in Arabic, Latin capitals elsewhere.
_ARABIC_LETTERS = ("ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف", "لام")
REPRESENTATIVES = 3
_KIND_PREFIX = re.compile(r"^[a-z]\s+(?=\d)")
# Citations written one after the other ("[^3][^7]") make one footnote citing both.
_CITATIONS = re.compile(r"(?:\s*\[\^\d+\])+")


def _letter(index: int, code: str) -> str:
    if code == "ar":
        return f"{_ARABIC_LETTERS[index % len(_ARABIC_LETTERS)]}-"
    return f"{chr(ord('A') + index % 26)}."


class _Sources:
    """Paragraph id → the footnote that cites it, in the file's language."""

    def __init__(self, paper: Paper, code: str):
        self.code = code
        self.paper = paper
        self.rows: dict[int, tuple] = {}
        self.states: dict[str, State] = {}  # every State by ISO3, read with the sources

    def load(self, ids: set[int]) -> None:
        """Read the sources, or refuse the export when one is no longer readable by the audience: its
        document narrowed, or the paragraph no longer in the document's current revision (a State that
        published again without it)."""
        levels = audience_levels(self.paper.visibility)
        rows = Paragraph.objects.filter(pk__in=ids).values_list(
            "pk",
            "revision_id",
            "revision__version__current_id",
            "pid",
            "revision__version__document__title",
            "revision__version__document__symbol",
            "revision__version__document__key",
            "revision__version__document__visibility",
            "revision__version__document__state__iso3",
        )
        self.states = states = {state.iso3: state for state in State.objects.all()}
        narrowed = []
        for pk, revision, current, pid, title, symbol, key, visibility, iso3 in rows:
            if visibility not in levels or revision != current:
                narrowed.append(pk)
            state = states.get(iso3)
            self.rows[pk] = (
                pid,
                title or symbol or key,
                str(localized(state, "name", self.code)) if state else "",
            )
        missing = sorted(ids - set(self.rows))
        if narrowed or missing:
            ids_text = ", ".join(f"[^{pk}]" for pk in sorted(narrowed + missing))
            raise InvalidInput(
                message=pgettext(
                    "background paper",
                    "These sources are no longer readable by the paper's audience: %(ids)s. Remove the "
                    "citations or find the approaches again.",
                )
                % {"ids": ids_text},
                details=[{"field": "sources", "value": pk} for pk in sorted(narrowed + missing)],
            )

    def note(self, ids: list[int]) -> str:
        """One footnote citing these paragraphs: "Kenya: answer to …, para. 3; Peru: …, para. 7."."""
        cited = []
        for pk in ids:
            pid, title, state = self.rows[pk]
            # A paragraph the import numbered by kind ("t 4": the fourth text paragraph) is cited by number.
            where = pgettext("background paper", "para. %(number)s") % {"number": _KIND_PREFIX.sub("", pid)}
            source = title if not state or title.startswith(state) else f"{state}, {title}"
            cited.append(f"{source}, {where}")
        return "; ".join(cited) + "."


def build_paper(user, paper: Paper, *, language: str | None = None, today: datetime.date | None = None):
    """The paper as a :class:`UNDocument` in ``language`` (the paper's own by default)."""
    require(user, Action.DRAFT_PAPERS)
    try:
        code = content_code(language or paper.language)
    except ValueError:
        raise InvalidInput(
            message=f"Unknown language {language!r}; use one of {', '.join(CONTENT_LANGUAGES)}.",
            details=[{"field": "language", "value": language}],
        ) from None
    today = today or timezone.localdate()
    sections = list(paper.sections.select_related("article").prefetch_related("approaches"))
    members = defaultdict(list)
    for approach_id, paragraph_id, iso3 in (
        Member.objects.filter(approach__section__paper=paper)
        .order_by("approach_id", "-centrality", "pk")
        .values_list("approach_id", "paragraph_id", "paragraph__revision__version__document__state__iso3")
    ):
        members[approach_id].append((paragraph_id, iso3))
    sources = _Sources(paper, code)
    cited = {int(pk) for section in sections for pk in MARKER.findall(section.text)}
    # A drafted paragraph names every member's State and the approach's words come from all of them:
    # every member is checked, not only the representatives its footnote cites.
    drafted = {
        pk for s in sections if not s.text.strip() for a in s.approaches.all() for pk, _ in members[a.pk]
    }
    sources.load(cited | drafted)
    with translation.override(interface_code(code)):
        body, _ = body_and_session(paper.symbol)
        document = UNDocument(
            language=code,
            symbol=paper.symbol or pgettext("background paper", "Background paper"),
            symbol_note=pgettext("background paper", "Distr.: General. Original: %(language)s")
            % {"language": language_name(paper.language)},
            organization=pgettext("background paper", "United Nations"),
            date=format_date(today, code),
            body_name=str(dict(Body.choices).get(body, Body.CONFERENCE.label)),
            session_line="",
            title=paper.title,
            resolution_title="",
            subtitle=pgettext("background paper", "Background paper prepared by the Secretariat"),
            file_stem=_file_stem(paper, code),
        )
        writer = _Writer(code, paper.language, sources)
        writer.chapter(0, pgettext("background paper", "Introduction"))
        if paper.call_id:
            writer.statistics(paper.call)
        writer.chapter(1, pgettext("background paper", "Approaches of States"))
        for index, section in enumerate(sections):
            writer.heading(_letter(index, code), section.heading)
            if section.text.strip():
                writer.text(section.text)
            else:
                writer.drafted(section, members, sources.states)
        document.blocks = writer.blocks
    return document


class _Writer:
    def __init__(self, code: str, text_language: str, sources: _Sources):
        self.code = code
        self.text_language = text_language
        self.sources = sources
        self.blocks: list[Block] = []
        self.paragraphs = 0

    def chapter(self, index: int, title: str) -> None:
        numeral = chapter_numeral(index, self.code)
        self.blocks.append(Block("chapter", (Span(title, bold=True),), self.code, numeral))

    def heading(self, letter: str, title: str) -> None:
        self.blocks.append(Block("heading", (Span(f"{letter}\t{title}", bold=True),), self.text_language))

    def paragraph(self, spans: list[Span], language: str) -> None:
        self.paragraphs += 1
        self.blocks.append(
            Block("paragraph", tuple(spans), language, question_number(self.paragraphs, self.code))
        )

    def statistics(self, call) -> None:
        """The call's statistics sentence; the late submitters in a footnote."""
        count = submission_count(call)
        main, late = SENTENCES[self.code]
        date = format_date(count.deadline, self.code)
        sentence = main(len(count.on_time), date, names_in_order(count.on_time, self.code))
        note = late(len(count.late), names_in_order(count.late, self.code)) if count.late else ""
        self.paragraph([Span(sentence, footnote=note)], self.code)

    def text(self, text: str) -> None:
        """The officer's numbered paragraphs, each citation a footnote."""
        for block in blocks(text):
            block = clean(block)  # one space between words; the markers stay as they are
            spans: list[Span] = []
            position = 0
            for found in _CITATIONS.finditer(block):
                # The call sits on the word before it ("online¹."), the space before the next word stays.
                piece = block[position : found.start()].rstrip()
                ids = [int(pk) for pk in MARKER.findall(found.group())]
                spans.append(Span(piece, footnote=self.sources.note(ids)))
                position = found.end()
            tail = block[position:]
            if tail.strip():
                spans.append(Span(tail.rstrip()))
            self.paragraph([span for span in spans if span.text or span.footnote], self.text_language)

    def drafted(self, section, members, states: dict[str, State]) -> None:
        """A paragraph per approach, naming its States, citing its representative passages."""
        for approach in section.approaches.all():
            held = members[approach.pk]
            if not held:
                continue
            named = sorted({iso3 for _, iso3 in held if iso3})
            names = names_in_order([states[iso3] for iso3 in named], self.code)
            sentence = npgettext(
                "background paper",
                "%(approach)s (%(count)s State: %(states)s).",
                "%(approach)s (%(count)s States: %(states)s).",
                len(named),
            ) % {
                "approach": approach.title,
                "count": len(named),
                "states": names,
            }
            representatives = [pk for pk, _ in held[:REPRESENTATIVES]]
            self.paragraph([Span(sentence, footnote=self.sources.note(representatives))], self.code)


def _file_stem(paper: Paper, code: str) -> str:
    source = re.sub(r"[^A-Za-z0-9]+", "-", paper.symbol).strip("-")[:80] or f"paper-{paper.pk}"
    return f"background-paper.{source}.{code}"


def paper_file(user, paper: Paper, *, format: str, language: str | None = None) -> tuple[bytes, str]:
    """The paper as DOCX or PDF bytes, with its file name."""
    if format not in FORMATS:
        raise InvalidInput(
            message=f"Unknown format {format!r}; use docx or pdf.", details=[{"field": "format"}]
        )
    document = build_paper(user, paper, language=language)
    data = render_docx(document) if format == "docx" else render_pdf(document)
    return data, f"{document.file_stem}.{format}"
