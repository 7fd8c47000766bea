"""Exports of the mandate tracker: the mandates a reader may see, filtered as the tracker filters them, as
JSON, CSV or XLSX, one row per mandate.

The filters, the filtered mandates and their counts are the read layer's (``selectors.parse_filters``,
``filter_mandates``, ``annotate_counts``): the tracker, these exports and the API's list of mandates read
the same parameters the same way, so an export never holds a mandate of a document the reader may not see,
and holds what the tracker lists for the same filters. The API answers the same rows (:func:`mandate_row`).

The CSV is UTF-8 with a byte-order mark, so that spreadsheet software reads Arabic and Chinese as such,
and every cell that a spreadsheet would read as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return) is prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
from collections.abc import Iterator, Mapping

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import QuerySet
from django.utils import timezone

from observatory.core.exports import CSV_BOM, Column, Table, safe_cell

from .models import Mandate
from .selectors import MandateFilters, annotate_counts, filter_mandates

#: The columns of an export, in order: the CSV's header row and the keys of each JSON row.
COLUMNS = (
    "id",
    "document",
    "symbol",
    "body",
    "session",
    "year",
    "resolution",
    "pid",
    "number",
    "clause",
    "parent",
    "source",
    "verb",
    "verb_base",
    "category",
    "addressees",
    "conditions",
    "report_body",
    "report_session",
    "report_due",
    "report_text",
    "articles",
    "topics",
    "status",
    "evidence",
    "lineage",
    "language",
    "text",
)
#: Columns that hold lists: JSON arrays, and in the CSV one cell with the items joined by LIST_SEPARATOR.
LIST_COLUMNS = frozenset({"addressees", "conditions", "articles", "topics"})
LIST_SEPARATOR = "; "
_CHUNK = 500


def export_mandates(
    user, filters: MandateFilters | None = None, *, today: datetime.date | None = None
) -> QuerySet[Mandate]:
    """The mandates of an export or of the API's list: ``selectors.filter_mandates`` (oldest session
    first), with their counts (``selectors.annotate_counts``) and their articles and topics prefetched."""
    mandates = filter_mandates(user, filters, today=today)
    return annotate_counts(user, mandates).prefetch_related("articles", "topics")


def mandate_row(mandate: Mandate) -> dict:
    """One mandate as an export row (the keys of COLUMNS; lists as lists, the due date as a date). The
    mandate comes from :func:`export_mandates` (its counts annotated, articles and topics prefetched)."""
    return {
        "id": mandate.pk,
        "document": mandate.document.key,
        "symbol": mandate.document.symbol,
        "body": mandate.body,
        "session": mandate.session,
        "year": mandate.year,
        "resolution": mandate.resolution,
        "pid": mandate.pid,
        "number": mandate.number,
        "clause": mandate.clause,
        "parent": mandate.parent_id,
        "source": mandate.source,
        "verb": mandate.verb,
        "verb_base": mandate.verb_base,
        "category": mandate.category,
        "addressees": list(mandate.addressees or []),
        "conditions": list(mandate.conditions or []),
        "report_body": mandate.report_body,
        "report_session": mandate.report_session,
        "report_due": mandate.report_due,
        "report_text": mandate.report_text,
        "articles": sorted(article.number for article in mandate.articles.all()),
        "topics": sorted(topic.slug for topic in mandate.topics.all()),
        "status": mandate.status,
        "evidence": getattr(mandate, "evidence_count", 0),
        "lineage": getattr(mandate, "lineage_count", 0),
        "language": mandate.language,
        "text": mandate.text,
    }


def mandate_rows(user, filters: MandateFilters | None = None) -> Iterator[dict]:
    """The export rows of the mandates the reader may see that match the filters, read in chunks (an
    export of every mandate does not hold them all in memory at once)."""
    for mandate in export_mandates(user, filters).iterator(chunk_size=_CHUNK):
        yield mandate_row(mandate)


def export_json(
    user, filters: MandateFilters | None = None, *, now: datetime.datetime | None = None
) -> bytes:
    """The JSON export: ``{"generated_at", "filters", "count", "columns", "mandates": [row, …]}``, UTF-8,
    non-ASCII text as such."""
    filters = filters or MandateFilters()
    rows = list(mandate_rows(user, filters))
    body = {
        "generated_at": now or timezone.now(),
        "filters": filters.as_params(),
        "count": len(rows),
        "columns": list(COLUMNS),
        "mandates": rows,
    }
    return json.dumps(body, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1).encode("utf-8")


def csv_chunks(user, filters: MandateFilters | None = None) -> Iterator[str]:
    """The CSV export piece by piece: the byte-order mark and the header row first, then the rows a chunk
    at a time (what a streaming response would send). Encode each piece as UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    yield CSV_BOM + _drain(buffer)
    for count, row in enumerate(mandate_rows(user, filters), start=1):
        writer.writerow(csv_cells(row))
        if count % _CHUNK == 0:
            yield _drain(buffer)
    rest = _drain(buffer)
    if rest:
        yield rest


def export_csv(user, filters: MandateFilters | None = None) -> bytes:
    """The CSV export as one file: UTF-8 with a byte-order mark, a header row (COLUMNS), one row per
    mandate, list cells joined with "; ", formula-like cells prefixed with an apostrophe."""
    return "".join(csv_chunks(user, filters)).encode("utf-8")


def csv_cells(row: Mapping[str, object]) -> list[str]:
    """A row's cells in COLUMNS order, as text a spreadsheet shows and never runs."""
    cells = []
    for name in COLUMNS:
        value = row[name]
        if name in LIST_COLUMNS:
            value = LIST_SEPARATOR.join(str(item) for item in value or [])
        elif value is None:
            value = ""
        elif isinstance(value, datetime.date):
            value = value.isoformat()
        cells.append(safe_cell(str(value)))
    return cells


def xlsx_table(user, filters: MandateFilters | None = None) -> Table:
    """The XLSX export's table: the CSV's columns, one row per mandate, lists joined (``core.exports``)."""
    return Table("mandates", tuple(Column(name, "") for name in COLUMNS), mandate_rows(user, filters))


def export_filename(filters: MandateFilters, fmt: str, *, today: datetime.date | None = None) -> str:
    """An ASCII file name for an export: "mandates-2026-11-30.csv", with the resolution or the session
    when the export is limited to one ("mandates-7-1-2026-11-30.csv")."""
    day = (today or timezone.localdate()).isoformat()
    scope = filters.resolution or (str(filters.session) if filters.session else "")
    scope = re.sub(r"[^A-Za-z0-9]+", "-", scope).strip("-")
    return f"mandates-{scope + '-' if scope else ''}{day}.{fmt}"


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate(0)
    return text
