"""The collection's exports: published submissions (one row per answer) and a call's ledger (one row per
addressed State), as :class:`core.exports.Table` for CSV, JSON and XLSX. Read through the selectors, so
a reader exports what they may read: the public, published answers at their visibility; the ledger, the
Secretariat only."""

from __future__ import annotations

from collections.abc import Iterator

from observatory.core.exports import Column, Table

from .ledger import ledger
from .models import Call, Implemented, SubmissionVersion
from .selectors import published_submissions

SUBMISSION_COLUMNS = (
    Column("call", "The call's note-verbale symbol."),
    Column("call_title", "The call's title in English."),
    Column("state", "ISO 3166-1 alpha-3 code of the answering State."),
    Column("state_name", "The State's UN short name in English."),
    Column("regional_group", "The State's UN regional group."),
    Column("version", "The number of the published version."),
    Column("submitted_at", "When the version was submitted (ISO 8601)."),
    Column("late", "Whether the first version came after the deadline."),
    Column("article", "The article of the Convention the question is on (blank for none)."),
    Column("question", "The question's text in English."),
    Column("implemented", "Implemented: yes, partly or no (blank when not said)."),
    Column("measures", "Measures taken, as the State wrote them."),
    Column("examples", "Examples of implementation."),
    Column("challenges", "Challenges the State reported."),
    Column("assistance_needs", "Kinds of technical assistance the State asked for, joined by '; '."),
    Column("language", "The language the answer is written in."),
)

LEDGER_COLUMNS = (
    Column("state", "ISO 3166-1 alpha-3 code of the addressed State."),
    Column("state_name", "The State's UN short name in English."),
    Column("regional_group", "The State's UN regional group."),
    Column(
        "status",
        "Where the State stands: not_sent, sent, reminded, draft, submitted_on_time, "
        "submitted_late or declined.",
    ),
    Column("sent_at", "When the note verbale went out."),
    Column("reminders", "How many reminders were sent."),
    Column("last_reminded_at", "When the last reminder went out."),
    Column("submitted_at", "When the State first submitted."),
    Column("versions", "How many versions the State submitted."),
    Column("problem", "The latest dispatch that did not go out (failed, no_recipient), if any."),
)


def submission_table(user, *, call: Call | None = None) -> Table:
    """The published answers the reader may read (of one call, or of every call)."""

    def rows() -> Iterator[dict]:
        implemented = dict(Implemented.choices)
        views = published_submissions(user, call=call)
        # Late or not is the first version's, as in the ledger and the statistics sentence.
        late = dict(
            SubmissionVersion.objects.filter(
                submission__in=[view.submission for view in views], number=1
            ).values_list("submission_id", "is_late")
        )
        for view in views:
            submission, version = view.submission, view.version
            for answer in view.answers:
                yield {
                    "call": submission.call.symbol,
                    "call_title": submission.call.title_en,
                    "state": submission.state.iso3,
                    "state_name": submission.state.name_en,
                    "regional_group": submission.state.regional_group,
                    "version": version.number,
                    "submitted_at": version.submitted_at,
                    "late": late.get(submission.pk, version.is_late),
                    "article": answer["article"],
                    "question": answer["question_text"],
                    "implemented": answer["implemented"] and str(implemented.get(answer["implemented"], "")),
                    "measures": answer["measures"],
                    "examples": answer["examples"],
                    "challenges": answer["challenges"],
                    "assistance_needs": [need["kind"] for need in answer.get("assistance_needs", [])],
                    "language": answer["language"],
                }

    return Table("submissions", SUBMISSION_COLUMNS, rows())


def ledger_table(user, call: Call) -> Table:
    """The call's ledger (the Secretariat only: ``ledger`` checks it before any row is read)."""
    entries = ledger(user, call)

    def rows() -> Iterator[dict]:
        for entry in entries:
            yield {
                "state": entry.state.iso3,
                "state_name": entry.state.name_en,
                "regional_group": entry.state.regional_group,
                "status": entry.status,
                "sent_at": entry.sent_at,
                "reminders": entry.reminders,
                "last_reminded_at": entry.last_reminded_at,
                "submitted_at": entry.submitted_at,
                "versions": entry.versions,
                "problem": entry.problem,
            }

    return Table("ledger", LEDGER_COLUMNS, rows())
