"""Exports of the directory, role by role: the CSV has contact columns only for readers who may see
contact persons, the JSON has ``contact_persons`` null for the others; both say whether each record is
stale; cells a spreadsheet would run are written as text."""

import csv
import io
import json

import pytest
from django.core.management import call_command

from observatory.directory import services
from observatory.directory.exports import export_csv, export_filename, export_json
from observatory.directory.selectors import DirectoryFilters

from .conftest import CONTACT_MARKERS, afa_data, age

ROLES = {
    None: False,
    "provider": False,
    "focal_point": True,
    "contributor": True,
    "other_focal_point": True,
    "secretariat": True,
    "administrator": True,
}


def rows(data: bytes) -> list[dict]:
    text = data.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


@pytest.mark.parametrize("role", ROLES)
def test_the_csv_has_contact_persons_only_for_those_allowed(users, afa, gi, role):
    age(afa, 400)
    reader = users[role] if role else None
    data = export_csv(reader)
    found = rows(data)
    assert [row["state"] for row in found] == ["FRA", "VNM"]
    assert (
        found[0]["name_fr"] == "Agence française anticorruption"
        and found[1]["name_vi"] == "Thanh tra Chính phủ"
    )
    assert found[0]["stale"] == "yes" and found[0]["freshness"] == "stale" and found[1]["stale"] == "no"
    assert found[0]["phone"] == "'+33 1 40 04 00 00"  # text to a spreadsheet, never a formula
    text = data.decode("utf-8")
    assert all((marker in text) == ROLES[role] for marker in CONTACT_MARKERS)
    assert ("contact1_name" in found[0]) == ROLES[role]
    # The names of who confirmed only for those who read contact persons.
    assert ("secretariat-any" in found[1]["last_confirmed_by"]) == ROLES[role]


@pytest.mark.parametrize("role", ROLES)
def test_the_json_has_contact_persons_only_for_those_allowed(users, afa, role):
    reader = users[role] if role else None
    body = json.loads(export_json(reader))
    record = body["authorities"][0]
    assert body["count"] == 1 and record["names"]["en"] == "French Anti-Corruption Agency"
    assert record["stale"] is False and record["freshness"] == "current"
    if ROLES[role]:
        assert record["contact_persons"][0]["email"] == CONTACT_MARKERS[1]
    else:
        assert record["contact_persons"] is None
        assert not any(marker in json.dumps(body, ensure_ascii=False) for marker in CONTACT_MARKERS)


def test_exports_follow_the_filters_and_hide_what_awaits_validation(users, afa, gi, france):
    proposed = services.create_authority(
        users["other_focal_point"], france, afa_data(names={"fr": "Tracfin"})
    )
    assert [row["id"] for row in rows(export_csv(None, DirectoryFilters(state=france)))] == [str(afa.pk)]
    ids = {row["id"] for row in rows(export_csv(users["other_focal_point"], DirectoryFilters(state=france)))}
    assert ids == {str(afa.pk), str(proposed.pk)}
    body = json.loads(export_json(None, DirectoryFilters(regional_group="asia_pacific")))
    assert [record["state"] for record in body["authorities"]] == ["VNM"]
    assert body["filters"] == {"regional_group": "asia_pacific"}


def test_file_names(france):
    assert export_filename(DirectoryFilters(), "csv").startswith("authorities-2")
    assert export_filename(DirectoryFilters(state=france), "json").startswith("authorities-FRA-")


def test_the_export_command_writes_everything(afa, tmp_path, capsys):
    out = tmp_path / "all.csv"
    call_command("export_authorities", "--output", str(out))
    assert CONTACT_MARKERS[0] in out.read_text(encoding="utf-8-sig")
    call_command("export_authorities", "--format", "json", "--state", "FRA")
    assert '"count": 1' in capsys.readouterr().out
