"""The export formats themselves: CSV a spreadsheet reads right and never runs, JSON that parses with its
count, XLSX that opens with text cells; all streamed a chunk at a time, with no row cap."""

import csv
import datetime
import io
import json

import openpyxl

from observatory.core.exports import Column, Table, csv_chunks, export_bytes, export_chunks, json_chunks

COLUMNS = (
    Column("name", "A name."),
    Column("count", "A number."),
    Column("tags", "A list."),
    Column("on", "A day."),
)
ROWS = [
    {"name": '=HYPERLINK("http://x")', "count": 3, "tags": ["a", "b"], "on": datetime.date(2031, 5, 27)},
    {"name": "Côte d'Ivoire — الأمم المتحدة — 联合国", "count": None, "tags": [], "on": None},
]


def table(rows=ROWS):
    return Table("things", COLUMNS, iter(rows))


def test_csv_has_a_bom_a_header_safe_cells_and_lists_joined():
    data = export_bytes(table(), "csv")
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["name", "count", "tags", "on"]
    assert rows[1] == ['\'=HYPERLINK("http://x")', "3", "a; b", "2031-05-27"]
    assert rows[2] == ["Côte d'Ivoire — الأمم المتحدة — 联合国", "", "", ""]


def test_json_parses_with_documented_columns_and_the_count():
    body = json.loads(export_bytes(table(), "json"))
    assert body["export"] == "things" and body["count"] == 2
    assert body["columns"][0] == {"name": "name", "description": "A name."}
    assert body["rows"][1]["name"].startswith("Côte") and body["rows"][0]["tags"] == ["a", "b"]
    assert json.loads(export_bytes(table([]), "json"))["rows"] == []


def test_xlsx_opens_with_text_never_a_formula():
    workbook = openpyxl.load_workbook(io.BytesIO(export_bytes(table(), "xlsx")))
    sheet = workbook["things"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == ["name", "count", "tags", "on"]
    assert values[1] == ['=HYPERLINK("http://x")', 3, "a; b", "2031-05-27"]
    assert sheet["A2"].data_type == "s"


def test_a_large_table_is_streamed_in_chunks_without_a_cap():
    def many():
        for number in range(12_345):
            yield {"name": f"row {number}", "count": number, "tags": [], "on": None}

    pieces = list(csv_chunks(Table("many", COLUMNS, many())))
    assert len(pieces) > 20 and sum(piece.count("\r\n") for piece in pieces) == 12_346
    parts = list(json_chunks(Table("many", COLUMNS, many())))
    assert len(parts) > 20 and json.loads("".join(parts))["count"] == 12_345
    xlsx = b"".join(export_chunks(Table("many", COLUMNS, many()), "xlsx"))
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx), read_only=True)["many"]
    assert sum(1 for _ in sheet.iter_rows()) == 12_346


def test_every_column_of_every_export_is_documented():
    from pathlib import Path

    from observatory.collection.exports import LEDGER_COLUMNS, SUBMISSION_COLUMNS
    from observatory.search.exports import SEARCH_COLUMNS

    text = (Path(__file__).resolve().parents[2] / "docs" / "exports.md").read_text(encoding="utf-8")
    for column in (*SUBMISSION_COLUMNS, *LEDGER_COLUMNS, *SEARCH_COLUMNS):
        assert f"| `{column.name}` | {column.description} |" in text, column.name


def test_control_characters_never_break_a_spreadsheet():
    rows = [{"name": "tab\there\x00 null \x0b vertical", "count": 1, "tags": [], "on": None}]
    sheet = openpyxl.load_workbook(io.BytesIO(export_bytes(table(rows), "xlsx")))["things"]
    assert sheet["A2"].value == "tab\there null  vertical"
