"""Exports of the register: the needs (or the offers) a reader may see, filtered as the register's pages
filter them, as CSV, XLSX or JSON, one row per need (or offer).

The filters and the filtered rows are the read layer's (``selectors.parse_need_filters``,
``filter_needs``; ``parse_offer_filters``, ``filter_offers``): the pages, these exports and the API read the
same parameters the same way, so an export holds what the register lists for the same filters and never
a need the reader may not see. A row shows a need as the reader may know it (``need_row``): the
visibility it was published with and no withdrawal for readers who do not see the register's internals,
and an offer's contact only for readers who may see it. The API answers the same rows.

The CSV is UTF-8 with a byte-order mark, so that spreadsheet software reads Arabic and Chinese as such,
and every cell that a spreadsheet would read as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return) is prefixed with an apostrophe (``core.exports.safe_cell``, the project's one
rule for that). In the XLSX, text cells are written as text, never as formulas, and dates as dates.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
from collections.abc import Iterator, Mapping

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from observatory.core.exports import CSV_BOM, safe_cell

from .models import Need, Offer
from .selectors import (
    NeedFilters,
    OfferFilters,
    filter_needs,
    filter_offers,
    sees_offer_contact,
    shown_visibility,
    shown_withdrawn,
)

NEED_COLUMNS = (
    "id",
    "state",
    "state_name",
    "regional_group",
    "articles",
    "kind",
    "priority",
    "status",
    "source",
    "language",
    "description",
    "declared_on",
    "needed_by",
    "met_on",
    "visibility",
    "withdrawn",
    "call",
    "source_reference",
)
OFFER_COLUMNS = (
    "id",
    "provider",
    "provider_type",
    "programme",
    "kinds",
    "articles",
    "regions",
    "starts",
    "ends",
    "language",
    "description",
    "active",
    "contact_name",
    "contact_email",
)
#: Columns that hold lists: JSON arrays, and in the CSV and XLSX one cell with the items joined.
LIST_COLUMNS = frozenset({"articles", "kinds", "regions"})
LIST_SEPARATOR = "; "
FORMATS = ("csv", "xlsx", "json")
MIME_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json; charset=utf-8",
}
_CHUNK = 500


def need_row(user, need: Need) -> dict:
    """One need as an export row (the keys of NEED_COLUMNS), as ``user`` may know it. The need comes
    from ``selectors.filter_needs`` (its State joined, its articles prefetched)."""
    return {
        "id": need.pk,
        "state": need.state.iso3,
        "state_name": need.state.name_en,
        "regional_group": need.state.regional_group,
        "articles": sorted(article.number for article in need.articles.all()),
        "kind": need.kind,
        "priority": need.priority,
        "status": need.status,
        "source": need.source,
        "language": need.language,
        "description": need.description,
        "declared_on": need.declared_on,
        "needed_by": need.needed_by,
        "met_on": need.met_on,
        "visibility": shown_visibility(user, need),
        "withdrawn": shown_withdrawn(user, need),
        "call": need.submission.call.symbol if need.submission_id else "",
        "source_reference": need.source_reference,
    }


def offer_row(user, offer: Offer) -> dict:
    """One offer as an export row (the keys of OFFER_COLUMNS); the contact blank for readers who may not
    see it."""
    contact = sees_offer_contact(user, offer)
    return {
        "id": offer.pk,
        "provider": offer.organization,
        "provider_type": offer.provider_type,
        "programme": offer.programme,
        "kinds": list(offer.kinds),
        "articles": sorted(article.number for article in offer.articles.all()),
        "regions": list(offer.regions),
        "starts": offer.starts,
        "ends": offer.ends,
        "language": offer.language,
        "description": offer.description,
        "active": offer.is_active,
        "contact_name": offer.contact_name if contact else "",
        "contact_email": offer.contact_email if contact else "",
    }


def export_needs(user, filters: NeedFilters | None = None):
    """The needs of an export or of the API's list (``selectors.filter_needs``), with what their rows
    read joined."""
    return filter_needs(user, filters).select_related("submission__call")


def need_rows(user, filters: NeedFilters | None = None) -> Iterator[dict]:
    """The export rows of the needs the reader may see that match the filters."""
    for need in export_needs(user, filters).iterator(chunk_size=_CHUNK):
        yield need_row(user, need)


def offer_rows(user, filters: OfferFilters | None = None) -> Iterator[dict]:
    """The export rows of the offers the reader may see that match the filters."""
    for offer in filter_offers(user, filters).iterator(chunk_size=_CHUNK):
        yield offer_row(user, offer)


def _rows(what: str, user, filters) -> tuple[tuple[str, ...], list[dict]]:
    if what == "needs":
        return NEED_COLUMNS, list(need_rows(user, filters))
    return OFFER_COLUMNS, list(offer_rows(user, filters))


def export_json(user, what: str, filters=None, *, now: datetime.datetime | None = None) -> bytes:
    """The JSON export of ``what`` ("needs" or "offers"): ``{"generated_at", "filters", "count",
    "columns", "<what>": [row, …]}``, UTF-8, non-ASCII text as such."""
    columns, rows = _rows(what, user, filters)
    body = {
        "generated_at": now or timezone.now(),
        "filters": filters.as_params() if filters else {},
        "count": len(rows),
        "columns": list(columns),
        what: rows,
    }
    return json.dumps(body, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1).encode("utf-8")


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def cells(columns: tuple[str, ...], row: Mapping[str, object]) -> list[str]:
    """A row's cells in column order, as text a spreadsheet shows and never runs."""
    out = []
    for name in columns:
        value = row[name]
        if name in LIST_COLUMNS:
            value = LIST_SEPARATOR.join(str(item) for item in value or [])
        out.append(safe_cell(_text(value)))
    return out


def export_csv(user, what: str, filters=None) -> bytes:
    """The CSV export of ``what``: UTF-8 with a byte-order mark, a header row, one row per need (or
    offer), list cells joined with "; ", formula-like cells prefixed with an apostrophe."""
    columns, rows = _rows(what, user, filters)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(cells(columns, row))
    return (CSV_BOM + buffer.getvalue()).encode("utf-8")


def _xlsx_cell(sheet, value: object, *, bold: bool = False) -> WriteOnlyCell:
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(str(item) for item in value)
    if isinstance(value, bool):
        value = "yes" if value else "no"
    if isinstance(value, str):
        # Characters XML cannot hold (control characters) would make the file unreadable.
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        # openpyxl reads a text that starts with "=" as a formula: force it back to text.
        cell.data_type = "s"
    elif isinstance(value, datetime.date):
        cell.number_format = "yyyy-mm-dd"
    if bold:
        cell.font = Font(bold=True)
    return cell


def export_xlsx(user, what: str, filters=None, *, now: datetime.datetime | None = None) -> bytes:
    """The XLSX export of ``what``: a sheet of rows (a bold header, lists joined with "; ", dates as dates,
    text always as text) and a sheet "about" saying when it was made and with which filters."""
    columns, rows = _rows(what, user, filters)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=what)
    sheet.append([_xlsx_cell(sheet, name, bold=True) for name in columns])
    for row in rows:
        sheet.append([_xlsx_cell(sheet, row[name]) for name in columns])
    about = book.create_sheet(title="about")
    generated = timezone.localtime(now or timezone.now()).replace(tzinfo=None)
    about.append([_xlsx_cell(about, "generated_at", bold=True), generated])
    about.append([_xlsx_cell(about, "count", bold=True), len(rows)])
    for name, value in (filters.as_params() if filters else {}).items():
        about.append([_xlsx_cell(about, f"filter: {name}", bold=True), _xlsx_cell(about, value)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


WRITERS = {"csv": export_csv, "xlsx": export_xlsx, "json": export_json}


def export(user, what: str, fmt: str, filters=None) -> bytes:
    """The export of ``what`` ("needs" or "offers") in ``fmt`` (one of FORMATS)."""
    return WRITERS[fmt](user, what, filters)


def export_filename(what: str, fmt: str, filters=None, *, today: datetime.date | None = None) -> str:
    """An ASCII file name: "assistance-needs-2026-11-30.xlsx", with the State when the export is limited
    to one ("assistance-needs-VNM-2026-11-30.csv")."""
    day = (today or timezone.localdate()).isoformat()
    scope = getattr(filters, "state", "") or getattr(filters, "provider", "") if filters else ""
    scope = re.sub(r"[^A-Za-z0-9]+", "-", scope or "").strip("-")[:40]
    return f"assistance-{what}-{scope + '-' if scope else ''}{day}.{fmt}"
