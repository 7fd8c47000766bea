"""Data exports as CSV, JSON and XLSX, streamed: the same table in three formats, whatever its size.

A :class:`Table` is a name, its documented :class:`Column` list and an iterator of rows (dicts keyed by
column name), read lazily by the selector that made it, so an export never holds every row in memory
and has no row cap:

- **CSV**: UTF-8 with a byte-order mark (spreadsheets then read the six languages right), a header row,
  list cells joined with "; ", dates in ISO 8601, and any cell that a spreadsheet would run as a formula
  prefixed with an apostrophe; sent a chunk of rows at a time.
- **JSON**: ``{"export", "generated_at", "columns": [{"name", "description"}], "rows": [...], "count"}``,
  written a row at a time (the count comes last, once it is known).
- **XLSX**: one sheet written by openpyxl's write-only mode into a temporary file (rows go to disk as
  they come), then sent from that file in chunks; text cells are never formulas.

Each dataset documents its columns where it defines them; docs/exports.md lists them all.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

FORMATS = ("csv", "json", "xlsx")
MIME_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
CSV_BOM = "\ufeff"
LIST_SEPARATOR = "; "
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CHUNK = 500


@dataclass(frozen=True)
class Column:
    """One column of an export: its name and what it holds (docs/exports.md lists them)."""

    name: str
    description: str


@dataclass
class Table:
    """A dataset to export: its name (the file's stem), documented columns, and rows read lazily."""

    name: str
    columns: tuple[Column, ...]
    rows: Iterable[dict]

    @property
    def names(self) -> list[str]:
        """The column names, in order."""
        return [column.name for column in self.columns]


def safe_cell(text: str) -> str:
    """``text`` as a spreadsheet cell: one that would start a formula gets a leading apostrophe."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def cell_text(value: object) -> str:
    """A value as a cell's text: lists joined, dates in ISO 8601, nothing for None."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(cell_text(item) for item in value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate(0)
    return text


def csv_chunks(table: Table) -> Iterator[str]:
    """The CSV export piece by piece (encode each as UTF-8)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.names)
    yield CSV_BOM + _drain(buffer)
    for count, row in enumerate(table.rows, start=1):
        writer.writerow([safe_cell(cell_text(row.get(name))) for name in table.names])
        if count % CHUNK == 0:
            yield _drain(buffer)
    rest = _drain(buffer)
    if rest:
        yield rest


def _json(value: object) -> str:
    return json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False)


def json_chunks(table: Table, *, now: datetime.datetime | None = None) -> Iterator[str]:
    """The JSON export piece by piece: the header, the rows a chunk at a time, then the count."""
    columns = [{"name": c.name, "description": c.description} for c in table.columns]
    head = {"export": table.name, "generated_at": now or timezone.now(), "columns": columns}
    yield _json(head)[:-1] + ', "rows": ['
    count = 0
    pieces: list[str] = []
    for count, row in enumerate(table.rows, start=1):
        pieces.append(
            ("" if count == 1 else ",") + "\n" + _json({name: row.get(name) for name in table.names})
        )
        if len(pieces) == CHUNK:
            yield "".join(pieces)
            pieces = []
    yield "".join(pieces) + f'\n], "count": {count}}}\n'


def xlsx_file(table: Table) -> tempfile.SpooledTemporaryFile:
    """The XLSX export written to a temporary file (rewound): rows go to disk as they come."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=table.name[:31])
    bold = Font(bold=True)
    header = []
    for name in table.names:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in table.rows:
        cells = []
        for name in table.names:
            value = row.get(name)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                cells.append(value)
                continue
            # XML 1.0 cannot hold most control characters: openpyxl refuses them, so they go.
            cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", cell_text(value)))
            cell.data_type = "s"  # text, never a formula, whatever it starts with
            cells.append(cell)
        sheet.append(cells)
    output = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 - the response closes it
    workbook.save(output)
    output.seek(0)
    return output


def file_chunks(handle, size: int = 64 * 1024) -> Iterator[bytes]:
    """A file's bytes in chunks, the file closed at the end."""
    try:
        while chunk := handle.read(size):
            yield chunk
    finally:
        handle.close()


def export_chunks(table: Table, fmt: str) -> Iterator[bytes]:
    """The export of ``table`` in ``fmt`` as byte chunks (what a streaming response sends)."""
    if fmt == "csv":
        return (piece.encode("utf-8") for piece in csv_chunks(table))
    if fmt == "json":
        return (piece.encode("utf-8") for piece in json_chunks(table))
    if fmt == "xlsx":
        return file_chunks(xlsx_file(table))
    raise ValueError(f"unknown export format {fmt!r}")


def export_bytes(table: Table, fmt: str) -> bytes:
    """The whole export at once (tests, commands)."""
    return b"".join(export_chunks(table, fmt))
