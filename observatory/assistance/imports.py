"""Importing needs from a CSV file (needs read from country review reports, a provider's survey …).

One row per need, a header naming the columns (any order, any case)::

    state, kind, description, articles, language, priority, status, source, source_reference,
    visibility, declared_on, needed_by

``state`` (an ISO 3166-1 alpha-3 code or a UN short name), ``kind`` (a kind's value or English name, or a
kind of the self-assessment checklist) and ``description`` are required; ``articles`` are numbers
separated by semicolons; ``source`` is ``direct_entry`` (the default) or ``review_report``. The file is
UTF-8 (a byte-order mark is fine), separated by commas or by semicolons.

Every row is checked before anything is written: a State the importer may not declare needs for, an
unknown State, kind, article, priority, status, language or visibility, a bad date, a row that repeats an
earlier one or a need already in the register — each is reported with its line, field and value, and
then nothing is imported at all.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from observatory.accounts.permissions import Action, can
from observatory.core.errors import InvalidInput, ObservatoryError, PermissionDenied
from observatory.countries.services import decode_csv

from .models import Need, Source
from .needs import declare_need
from .vocabulary import resolve_kind, resolve_state

COLUMNS = (
    "state",
    "kind",
    "description",
    "articles",
    "language",
    "priority",
    "status",
    "source",
    "source_reference",
    "visibility",
    "declared_on",
    "needed_by",
)
REQUIRED = ("state", "kind", "description")
#: The sources a file may give (needs of checklist answers and submissions come in through the calls).
IMPORTABLE_SOURCES = (Source.DIRECT, Source.REVIEW_REPORT)
#: Problems listed in the error's message (all of them are in its details).
LISTED = 20


@dataclass
class ImportReport:
    """What an import did."""

    rows: int
    created: list[int] = field(default_factory=list)


def _dialect(text: str) -> str:
    # Spreadsheets in many locales save "CSV" separated by semicolons: read the header to tell.
    header = text.split("\n", 1)[0]
    return ";" if header.count(";") > header.count(",") else ","


def _row_problem(line: int, error: ObservatoryError) -> list[dict]:
    details = error.details or [{}]
    return [
        {"row": line, "field": detail.get("field"), "value": detail.get("value"), "message": error.message}
        for detail in details[:1]
    ]


def import_needs(actor, data: bytes, *, source: str = "the file") -> ImportReport:
    """Import needs from CSV bytes (see the module's docstring): all rows, or none and an InvalidInput
    whose message lists the wrong rows and whose details name each row, field and value."""
    text = decode_csv(data, source=source)
    reader = csv.DictReader(io.StringIO(text), delimiter=_dialect(text))
    header = [(name or "").strip().lower() for name in (reader.fieldnames or [])]
    missing = [name for name in REQUIRED if name not in header]
    unknown = [name for name in header if name not in COLUMNS]
    if missing or unknown:
        parts = [
            _("%(source)s: the header must name the columns %(columns)s")
            % {"source": source, "columns": ", ".join(COLUMNS)}
        ]
        if missing:
            parts.append(_("missing: %(names)s") % {"names": ", ".join(missing)})
        if unknown:
            parts.append(_("unknown: %(names)s") % {"names": ", ".join(unknown)})
        raise InvalidInput(
            message="; ".join(parts) + ".", details=[{"row": 1, "field": name} for name in missing + unknown]
        )
    reader.fieldnames = header
    problems: list[dict] = []
    report = ImportReport(rows=0)
    seen: dict[tuple, int] = {}
    try:
        with transaction.atomic():
            for row in reader:
                report.rows += 1
                line = reader.line_num
                if None in row:
                    problems.append(
                        {"row": line, "field": None, "value": None, "message": _("more values than columns")}
                    )
                    continue
                values = {name: (row.get(name) or "").strip() for name in COLUMNS if name in header}
                try:
                    need = _import_row(actor, values, line, seen)
                except ObservatoryError as error:
                    problems.extend(_row_problem(line, error))
                    continue
                report.created.append(need.pk)
            if not report.rows:
                raise InvalidInput(message=_("%(source)s has no rows below its header.") % {"source": source})
            if problems:
                # Undo every row written: nothing is imported half-way.
                raise _Rollback
    except _Rollback:
        listing = "; ".join(
            _("line %(row)s, %(field)s: %(message)s")
            % {"row": p["row"], "field": p["field"] or "—", "message": p["message"]}
            for p in problems[:LISTED]
        )
        if len(problems) > LISTED:
            listing += "; " + _("and %(count)s more") % {"count": len(problems) - LISTED}
        raise InvalidInput(
            message=_("%(source)s: %(count)s row(s) are wrong and nothing was imported. %(listing)s")
            % {"source": source, "count": len({p["row"] for p in problems}), "listing": listing},
            details=problems,
        ) from None
    return report


class _Rollback(Exception):
    """Raised inside the import's transaction to undo it when a row was wrong."""


def _import_row(actor, values: dict, line: int, seen: dict[tuple, int]) -> Need:
    source = values.get("source") or Source.DIRECT
    if source not in IMPORTABLE_SOURCES:
        raise InvalidInput(
            message=_("“%(value)s” cannot be imported: use %(accepted)s.")
            % {"value": source[:200], "accepted": ", ".join(IMPORTABLE_SOURCES)},
            details=[{"field": "source", "value": source[:200]}],
        )
    state = resolve_state(values.get("state"))
    if not can(actor, Action.DECLARE_ASSISTANCE_NEED, state):
        raise PermissionDenied(
            message=_("You may not declare needs for %(state)s.") % {"state": state.name_en},
            details=[{"field": "state", "value": values.get("state")}],
        )
    kind = resolve_kind(values.get("kind"))
    description = " ".join((values.get("description") or "").split())
    key = (state.pk, kind, description.casefold())
    if key in seen:
        raise InvalidInput(
            message=_("repeats line %(line)s") % {"line": seen[key]},
            details=[{"field": "description", "value": description[:80]}],
        )
    seen[key] = line
    duplicate = Need.objects.filter(
        state=state, kind=kind, description__iexact=description, withdrawn=False
    ).first()
    if duplicate is not None:
        raise InvalidInput(
            message=_("already in the register (need %(id)s)") % {"id": duplicate.pk},
            details=[{"field": "description", "value": description[:80]}],
        )
    options = {
        name: values[name]
        for name in (
            "language",
            "priority",
            "status",
            "visibility",
            "declared_on",
            "needed_by",
            "source_reference",
        )
        if values.get(name)
    }
    return declare_need(
        actor,
        state=state,
        kind=kind,
        description=values.get("description", ""),
        articles=values.get("articles", ""),
        source=source,
        note=_("Imported."),
        **options,
    )
