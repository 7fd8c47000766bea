"""Exports of the register: CSV (UTF-8 with a byte-order mark, formula-safe), XLSX (read back with openpyxl)
and JSON, with the filters, holding exactly what the reader may see."""

import csv
import io
import json

import openpyxl
import pytest

from observatory.assistance import services
from observatory.assistance.exports import NEED_COLUMNS, OFFER_COLUMNS, export, export_filename
from observatory.assistance.selectors import NeedFilters, OfferFilters

from .conftest import CONTACT, READERS, reader
from .test_selectors import SEES

FORMULA = '=HYPERLINK("http://evil.example","click")'


def rows_of(data: bytes, fmt: str, what: str = "needs") -> list[dict]:
    if fmt == "csv":
        text = data.decode("utf-8")
        assert text.startswith("\ufeff")
        return list(csv.DictReader(io.StringIO(text[1:])))
    if fmt == "json":
        return json.loads(data)[what]
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book[what]
    values = list(sheet.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
@pytest.mark.parametrize("role", READERS)
def test_an_export_holds_what_the_reader_may_see(users, register, role, fmt):
    rows = rows_of(export(reader(users, role), "needs", fmt), fmt)
    assert {row["description"] for row in rows} == SEES[role]


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_the_columns_and_the_filters(users, register, fmt):
    data = export(users["secretariat"], "needs", fmt, NeedFilters(state="VNM"))
    rows = rows_of(data, fmt)
    assert len(rows) == 2 and {row["state"] for row in rows} == {"VNM"}
    assert list(rows[0]) == list(NEED_COLUMNS)
    row = next(row for row in rows if row["kind"] == "it_equipment")
    articles = row["articles"]
    assert articles in ([8], "8")
    assert row["visibility"] == "secretariat" and row["source"] == "checklist_answer"
    assert row["call"] == "CU 2031/45/DTA/CEB/CSS"


def test_the_xlsx_keeps_text_as_text_and_dates_as_dates(users, register):
    services.declare_need(
        users["secretariat"],
        state="ARG",
        kind="other",
        description=FORMULA + "\x07 (with a bell)",
        articles=[5, 6],
    )
    book = openpyxl.load_workbook(
        io.BytesIO(export(users["secretariat"], "needs", "xlsx", NeedFilters(state="ARG")))
    )
    sheet = book["needs"]
    header = [cell.value for cell in sheet[1]]
    assert header == list(NEED_COLUMNS) and sheet.cell(1, 1).font.bold
    (row,) = [
        dict(zip(header, cells, strict=True))
        for cells in sheet.iter_rows(min_row=2)
        if str(cells[header.index("description")].value).startswith("=")
    ]
    assert row["description"].data_type == "s"  # a text, never a formula
    assert row["description"].value == FORMULA + " (with a bell)"  # the control character is gone
    assert row["articles"].value == "5; 6"
    assert row["declared_on"].is_date and row["id"].data_type == "n"
    about = dict(book["about"].iter_rows(values_only=True))
    assert about["filter: state"] == "ARG" and about["count"] == 2


def test_the_csv_defuses_formulas(users, register):
    services.declare_need(users["secretariat"], state="ARG", kind="other", description=FORMULA)
    text = export(users["secretariat"], "needs", "csv").decode("utf-8")
    assert "'" + FORMULA.replace('"', '""') in text
    assert "\r\n" in text


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
@pytest.mark.parametrize(("role", "sees"), [("focal_point", True), ("provider", True), (None, False)])
def test_offer_exports_show_the_contact_to_whom_it_is_for(users, register, fmt, role, sees):
    rows = rows_of(export(reader(users, role), "offers", fmt, OfferFilters(provider="UNDP")), fmt, "offers")
    assert list(rows[0]) == list(OFFER_COLUMNS)
    assert (rows[0]["contact_email"] == CONTACT) == sees
    if not sees:
        assert rows[0]["contact_email"] in ("", None)


def test_file_names_say_what_and_when():
    assert export_filename("needs", "csv", NeedFilters(state="VNM")).startswith("assistance-needs-VNM-")
    assert export_filename("offers", "xlsx", OfferFilters(provider="StAR (World Bank)")).startswith(
        "assistance-offers-StAR-World-Bank-"
    )
    assert export_filename("needs", "json").endswith(".json")
