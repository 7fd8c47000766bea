"""Exports of the directory: the records a reader may see, filtered as the directory page filters them, as
CSV (the import's columns: docs/directory.md) or JSON (the API's shape).

Both are built from ``selectors.directory``, so an export holds exactly what the page lists for the same
filters and the same reader: contact persons only for those who may see them (the CSV then has no
contact columns at all), names of people only for them too. Every record says whether it is stale.

The CSV is UTF-8 with a byte-order mark (spreadsheets then read Arabic and Chinese as such), and a cell a
spreadsheet would read as a formula is prefixed with an apostrophe (the import takes it off again).
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils import timezone, translation

from observatory.core.exports import Column, Table

from .columns import CONTACT_COLUMN_FIELDS, FIELD_COLUMNS, LIST_SEPARATOR, safe_cell
from .records import ordered_languages
from .selectors import AuthorityView, DirectoryFilters, directory

CSV_BOM = "\ufeff"


def authority_url(view: AuthorityView) -> str:
    """The record's page on the portal (the English address, the stable one to link to)."""
    with translation.override("en"):
        return reverse("portal:directory_authority", args=[view.pk])


def authority_data(view: AuthorityView) -> dict[str, Any]:
    """One record as the API and the JSON export give it. ``contact_persons`` is null for a reader who
    may not see contact persons (an empty list means there are none)."""
    record = view.record
    freshness = view.freshness
    return {
        "id": view.pk,
        "state": view.state.iso3,
        "regional_group": view.state.regional_group,
        "designation": record["designation"],
        "designation_detail": record["designation_detail"],
        "names": record["names"],
        "addresses": record["addresses"],
        "website": record["website"],
        "phone": record["phone"],
        "email": record["email"],
        "request_languages": record["request_languages"],
        "channels": record["channels"],
        "procedures": record["procedures"],
        "legal_basis": record["legal_basis"],
        "in_force": record["is_active"],
        "validation_state": view.validation_state,
        "last_confirmed_at": freshness.last_confirmed_at,
        "last_confirmed_by": view.confirmed_by or None,
        "freshness": freshness.level,
        "stale": freshness.is_stale,
        "stale_from": freshness.stale_from,
        "contact_persons": (
            [{name: person[name] for name in CONTACT_COLUMN_FIELDS} for person in view.contact_persons]
            if view.contact_persons is not None
            else None
        ),
        "url": authority_url(view),
    }


def export_json(
    user, filters: DirectoryFilters | None = None, *, now: datetime.datetime | None = None
) -> bytes:
    """The JSON export: ``{"generated_at", "filters", "count", "authorities": [record, …]}``, UTF-8."""
    now = now or timezone.now()
    filters = filters or DirectoryFilters()
    rows = [authority_data(view) for view in directory(user, filters, now=now)]
    body = {"generated_at": now, "filters": filters.as_params(), "count": len(rows), "authorities": rows}
    return json.dumps(body, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1).encode("utf-8")


def _columns(views: list[AuthorityView], with_contacts: bool) -> list[str]:
    names = ordered_languages(dict.fromkeys(code for view in views for code in view.record["names"]))
    addresses = ordered_languages(dict.fromkeys(code for view in views for code in view.record["addresses"]))
    columns = list(FIELD_COLUMNS[:4])
    columns += [f"name_{code}" for code in names or ["en"]]
    columns += [f"address_{code}" for code in addresses]
    columns += list(FIELD_COLUMNS[4:])
    if with_contacts:
        most = max((len(view.contact_persons or []) for view in views), default=0)
        columns += [f"contact{n}_{name}" for n in range(1, most + 1) for name in CONTACT_COLUMN_FIELDS]
    return [
        *columns,
        "state_name",
        "regional_group",
        "validation_state",
        "freshness",
        "stale",
        "last_confirmed_by",
        "url",
    ]


def _cells(view: AuthorityView, columns: list[str]) -> list[str]:
    values = _values(view)
    return [safe_cell(str(values.get(column, "") or "")) for column in columns]


def _values(view: AuthorityView) -> dict[str, Any]:
    """Column name → the record's value, as text (lists joined), for the CSV and XLSX exports."""
    record = view.record
    values: dict[str, Any] = {
        "id": view.pk,
        "state": view.state.iso3,
        "designation": record["designation"],
        "designation_detail": record["designation_detail"],
        "website": record["website"],
        "phone": record["phone"],
        "email": record["email"],
        "request_languages": LIST_SEPARATOR.join(record["request_languages"]),
        "channels": LIST_SEPARATOR.join(record["channels"]),
        "procedures": record["procedures"],
        "legal_basis": record["legal_basis"],
        "in_force": "yes" if record["is_active"] else "no",
        "last_confirmed_at": (
            timezone.localdate(view.freshness.last_confirmed_at).isoformat()
            if view.freshness.last_confirmed_at
            else ""
        ),
        "state_name": view.state.name_en,
        "regional_group": view.state.regional_group,
        "validation_state": view.validation_state,
        "freshness": view.freshness.level,
        "stale": "yes" if view.freshness.is_stale else "no",
        "last_confirmed_by": view.confirmed_by,
        "url": authority_url(view),
    }
    for code, text in record["names"].items():
        values[f"name_{code}"] = text
    for code, text in record["addresses"].items():
        values[f"address_{code}"] = text
    for number, person in enumerate(view.contact_persons or [], start=1):
        for name in CONTACT_COLUMN_FIELDS:
            value = person[name]
            values[f"contact{number}_{name}"] = LIST_SEPARATOR.join(value) if name == "languages" else value
    return values


def export_csv(
    user, filters: DirectoryFilters | None = None, *, now: datetime.datetime | None = None
) -> bytes:
    """The CSV export: a header row, one row per record, contact columns only for readers who may see
    contact persons."""
    views = directory(user, filters or DirectoryFilters(), now=now or timezone.now())
    columns = _columns(views, with_contacts=any(view.contact_persons is not None for view in views))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for view in views:
        writer.writerow(_cells(view, columns))
    return (CSV_BOM + buffer.getvalue()).encode("utf-8")


def xlsx_table(
    user, filters: DirectoryFilters | None = None, *, now: datetime.datetime | None = None
) -> Table:
    """The XLSX export's table: the CSV's columns and cells, one sheet (``core.exports``)."""
    views = directory(user, filters or DirectoryFilters(), now=now or timezone.now())
    columns = _columns(views, with_contacts=any(view.contact_persons is not None for view in views))
    rows = ({name: values.get(name, "") or "" for name in columns} for values in map(_values, views))
    return Table("authorities", tuple(Column(name, "") for name in columns), rows)


def export_filename(filters: DirectoryFilters, fmt: str, *, today: datetime.date | None = None) -> str:
    """An ASCII file name: "authorities-2026-11-30.csv", with the State when limited to one
    ("authorities-FRA-2026-11-30.csv")."""
    day = (today or timezone.localdate()).isoformat()
    scope = f"{filters.state.iso3}-" if filters.state else ""
    return f"authorities-{scope}{day}.{fmt}"
