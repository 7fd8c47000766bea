"""Recording States' status under the Convention: the service, the CSV import and its bad rows."""

import datetime

import pytest
from django.core.management import CommandError, call_command

from observatory.audit.models import AuditEntry
from observatory.core.errors import InvalidInput, PermissionDenied
from observatory.countries.models import State
from observatory.countries.services import StatusChange, import_convention_status, set_convention_status

pytestmark = pytest.mark.usefixtures("reference")

HEADER = "iso3,status,signature_date,party_date,instrument,note\n"
GOOD = HEADER + (
    "FRA,party,2003-12-09,2005-07-11,ratification,\n"
    "VNM,party,2003-12-10,2009-08-19,ratification,\n"
    "NIU,party,,2017-10-03,accession,not a UN Member State\n"
)


def statuses(*iso3):
    return {s.iso3: (s.convention_status, s.party_date) for s in State.objects.filter(iso3__in=iso3)}


def test_import_records_status_and_audits_each_change(users):
    report = import_convention_status(users["administrator"], GOOD.encode(), source="status.csv")
    assert (report.rows, report.changed, report.unchanged) == (3, 3, 0)
    france = State.objects.get(iso3="FRA")
    assert france.convention_status == "party"
    assert france.signature_date == datetime.date(2003, 12, 9)
    assert france.party_date == datetime.date(2005, 7, 11)
    assert france.party_instrument == "ratification"
    assert france.status_updated_by == users["administrator"]
    entries = AuditEntry.objects.filter(action="state.convention_status.change")
    assert entries.count() == 3
    entry = entries.get(object_id=str(france.pk))
    assert entry.actor == users["administrator"]
    assert entry.before["convention_status"] == "unknown"
    assert entry.after["party_date"] == "2005-07-11"
    assert entry.note == "imported from status.csv"


def test_import_again_changes_nothing(users):
    import_convention_status(users["administrator"], GOOD.encode())
    report = import_convention_status(users["administrator"], GOOD.encode())
    assert (report.changed, report.unchanged) == (0, 3)
    assert AuditEntry.objects.filter(action="state.convention_status.change").count() == 3


def test_dates_may_be_written_the_treaty_collection_way(users):
    data = HEADER + "FRA,party,9 Dec 2003,11 July 2005,ratification,\n"
    import_convention_status(users["administrator"], data.encode())
    assert State.objects.get(iso3="FRA").party_date == datetime.date(2005, 7, 11)


@pytest.mark.parametrize(
    ("bad_row", "field", "message"),
    [
        ("XYZ,party,,2005-07-11,ratification,", "iso3", "no State has the code 'XYZ'"),
        ("ITA,party,2003-12-09,2005-13-45,ratification,", "party_date", "is not a date"),
        ("ITA,party,2003-12-09,,ratification,", "party_date", "a party needs the date"),
        ("ITA,signed,2003-12-09,,,", "status", "unknown status 'signed'"),
        ("ITA,party,2003-12-09,2005-07-11,ratified,", "instrument", "unknown instrument 'ratified'"),
        ("ITA,party,2005-12-09,2003-07-11,ratification,", "party_date", "comes before the signature"),
        ("ITA,signatory,,,,", "signature_date", "needs its date of signature"),
        ("ITA,signatory,2003-12-09,2005-07-11,,", "party_date", "only a party has a party date"),
        ("ITA,party,2003-12-09,2999-01-01,ratification,", "party_date", "in the future"),
        ("FRA,party,2003-12-09,2005-07-11,ratification,", "iso3", "already given on line 2"),
        ("ITA,party,2003-12-09,2005-07-11,ratification,,extra", None, "more values than columns"),
    ],
)
def test_a_bad_row_is_named_and_nothing_is_imported(users, bad_row, field, message):
    data = GOOD.replace("VNM,party", "ITA,party", 0) + bad_row + "\n"
    before = statuses("FRA", "VNM", "NIU", "ITA")
    with pytest.raises(InvalidInput) as caught:
        import_convention_status(users["administrator"], data.encode(), source="status.csv")
    error = caught.value
    assert {d["row"] for d in error.details} == {5}
    assert any(d["field"] == field and message in d["message"] for d in error.details), error.details
    assert "line 5" in error.message and "nothing was imported" in error.message
    assert statuses("FRA", "VNM", "NIU", "ITA") == before
    assert not AuditEntry.objects.filter(action="state.convention_status.change").exists()


def test_every_bad_row_is_listed(users):
    data = HEADER + "FRA,party,2003-12-09,2005-07-11,ratification,\nXYZ,party,,2005-07-11,,\nITA,party,,,,\n"
    with pytest.raises(InvalidInput) as caught:
        import_convention_status(users["administrator"], data.encode())
    assert [(d["row"], d["field"]) for d in caught.value.details] == [(3, "iso3"), (4, "party_date")]
    assert "2 row(s) are wrong" in caught.value.message
    assert State.objects.get(iso3="FRA").convention_status == "unknown"


def test_a_file_that_is_not_utf8_is_refused_clearly(users):
    data = (HEADER + "CIV,party,,2012-10-25,ratification,Côte d'Ivoire\n").encode("latin-1")
    with pytest.raises(InvalidInput) as caught:
        import_convention_status(users["administrator"], data, source="status.csv")
    assert "line 2 is not UTF-8" in caught.value.message
    assert "CSV UTF-8" in caught.value.message


def test_a_byte_order_mark_is_accepted(users):
    import_convention_status(users["administrator"], b"\xef\xbb\xbf" + GOOD.encode())
    assert State.objects.get(iso3="NIU").party_instrument == "accession"


@pytest.mark.parametrize(
    ("header", "says"),
    [
        ("code,status\n", "missing: iso3"),
        ("iso3,state\n", "missing: status"),
        ("iso3,status,colour\n", "unknown: colour"),
        ("", "missing: iso3, status"),
    ],
)
def test_a_wrong_header_is_named(users, header, says):
    with pytest.raises(InvalidInput) as caught:
        import_convention_status(users["administrator"], header.encode())
    assert says in caught.value.message


def test_an_interrupted_import_leaves_nothing_half_done(users, monkeypatch):
    from observatory.countries import services

    real, calls = services._apply_status, []

    def failing(actor, state, change, note):
        calls.append(state.iso3)
        if len(calls) == 2:
            raise RuntimeError("the machine went down")
        return real(actor, state, change, note)

    monkeypatch.setattr(services, "_apply_status", failing)
    with pytest.raises(RuntimeError):
        import_convention_status(users["administrator"], GOOD.encode())
    assert len(calls) == 2
    assert set(State.objects.values_list("convention_status", flat=True)) == {"unknown"}
    assert not AuditEntry.objects.filter(action="state.convention_status.change").exists()


@pytest.mark.parametrize("role", ["secretariat", "focal_point", "contributor", "provider"])
def test_only_administrators_record_status(users, role):
    with pytest.raises(PermissionDenied):
        import_convention_status(users[role], GOOD.encode())
    with pytest.raises(PermissionDenied):
        set_convention_status(
            users[role], State.objects.get(iso3="FRA"), StatusChange("signatory", datetime.date(2003, 12, 9))
        )


def test_service_validates_and_audits(users):
    france = State.objects.get(iso3="FRA")
    with pytest.raises(InvalidInput, match="a party needs the date"):
        set_convention_status(users["administrator"], france, StatusChange("party"))
    assert set_convention_status(
        users["administrator"], france, StatusChange("signatory", datetime.date(2003, 12, 9)), note="checked"
    )
    assert not set_convention_status(
        users["administrator"], france, StatusChange("signatory", datetime.date(2003, 12, 9))
    )
    entry = AuditEntry.objects.get(action="state.convention_status.change")
    assert (entry.before["convention_status"], entry.after["convention_status"]) == ("unknown", "signatory")


def test_the_database_refuses_a_party_without_a_date():
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        State.objects.filter(iso3="FRA").update(convention_status="party")


def test_command_imports_and_reports(tmp_path, capsys):
    path = tmp_path / "status.csv"
    path.write_text(GOOD, encoding="utf-8")
    call_command("import_convention_status", str(path))
    assert "3 rows, 3 States changed" in capsys.readouterr().out
    assert (
        AuditEntry.objects.filter(action="state.convention_status.change", actor_name="system").count() == 3
    )


def test_command_names_the_bad_line(tmp_path):
    path = tmp_path / "status.csv"
    path.write_text(HEADER + "FRA,party,2003-12-09,,ratification,\n", encoding="utf-8")
    with pytest.raises(CommandError) as caught:
        call_command("import_convention_status", str(path))
    assert "line 2, party_date: a party needs the date it became one" in str(caught.value)
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_convention_status", str(tmp_path / "missing.csv"))
