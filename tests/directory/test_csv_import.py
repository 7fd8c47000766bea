"""Importing records from CSV: all or nothing, with a report per row; bad input — unknown States, invalid
e-mail addresses, duplicate designations, wrong encodings, a wrong header — named row by row and column
by column, and nothing imported half-way; an exported file imported again changes nothing."""

import codecs

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from observatory.accounts.permissions import SYSTEM
from observatory.audit.models import AuditEntry
from observatory.core.errors import InvalidInput, PermissionDenied
from observatory.directory import services
from observatory.directory.exports import export_csv
from observatory.directory.models import Authority, AuthorityVersion, ContactPerson, Source

from .conftest import NOW

HEADER = (
    "id,state,designation,name_fr,name_en,address_fr,website,phone,email,request_languages,channels,"
    "in_force,last_confirmed_at,contact1_name,contact1_email,contact1_languages"
)
GOOD = [
    ",FRA,prevention,Agence française anticorruption,French Anti-Corruption Agency,23 avenue d'Italie,"
    "https://www.agence-francaise-anticorruption.gouv.fr,'+33 1 40 04 00 00,contact@afa.demo.invalid,"
    "fr;en,email;diplomatic,yes,2026-01-15,Ysolde Quarterfield,y.q@afa.demo.invalid,fr;en",
    ",FRA,central_authority,Bureau de l'entraide pénale internationale,,13 place Vendôme,,,,fr,"
    "diplomatic,,,,,",
    ",VNM,prevention,,Government Inspectorate,,,,,vi;en,diplomatic,yes,,Hoang Minh Quan,,vi",
]


def csv_bytes(*rows: str, header: str = HEADER, encoding: str = "utf-8") -> bytes:
    return ("\r\n".join([header, *rows]) + "\r\n").encode(encoding)


def problems(exc) -> list[tuple[int, str]]:
    return [(detail["row"], detail["field"]) for detail in exc.details]


def test_a_good_file_is_imported_with_a_report_per_row(reference):
    report = services.import_authorities(SYSTEM, csv_bytes(*GOOD), source="authorities.csv", now=NOW)
    assert [(row.line, row.action, row.state) for row in report.rows] == [
        (2, "created", "FRA"),
        (3, "created", "FRA"),
        (4, "created", "VNM"),
    ]
    assert report.line() == "authorities.csv: 3 rows, 3 created, 0 changed, 0 unchanged."
    afa = Authority.objects.get(sort_name="French Anti-Corruption Agency")
    assert afa.phone == "+33 1 40 04 00 00"  # the spreadsheet's apostrophe taken off
    assert afa.request_languages == ["fr", "en"] and afa.channels == ["diplomatic", "email"]
    assert afa.contact_persons.get().name == "Ysolde Quarterfield"
    assert afa.versions.get().source == Source.IMPORT
    # The date given is the confirmation; a row without one is not confirmed by the import.
    assert afa.last_confirmed_at.date().isoformat() == "2026-01-15"
    assert (
        Authority.objects.get(sort_name="Bureau de l'entraide pénale internationale").last_confirmed_at
        is None
    )


def test_bad_rows_are_all_named_and_nothing_is_imported(reference):
    rows = [
        GOOD[0],
        ",XYZ,prevention,Agence X,,,,,,,,,,,,",  # unknown State
        ",FRA,central_authority,Bureau,,,,,contact@,fr,,,,,,",  # invalid e-mail
        ",FRA,prevention,Agence Française  Anticorruption,French anti-corruption agency,,,,,,,,,,,",  # twice
        ",VNM,ministry,,Inspectorate,,,,,,,,,,not-an-address,",  # designation, contact name and e-mail
        ",VNM,prevention,,Other,,,,,,pigeon,maybe,2999-01-01,,,",  # channel, in_force, future date
        ",VNM,prevention,,,,,,,,,,,,,",  # no name
    ]
    with pytest.raises(InvalidInput) as refused:
        services.import_authorities(SYSTEM, csv_bytes(*rows), source="bad.csv")
    found = problems(refused.value)
    assert (3, "state") in found
    assert (4, "email") in found
    assert (5, "designation") in found  # the same authority as line 2
    assert {(6, "designation"), (6, "contact1_name"), (6, "contact1_email")} <= set(found)
    assert {(7, "channels"), (7, "in_force"), (7, "last_confirmed_at")} <= set(found)
    assert (8, "name_*") in found
    assert refused.value.code == "invalid_rows"
    assert "6 row(s) are wrong and nothing was imported" in refused.value.message
    assert "line 3, state: no State has the code “XYZ”" in refused.value.message
    assert not Authority.objects.exists() and not AuthorityVersion.objects.exists()
    assert not AuditEntry.objects.filter(action__startswith="directory.").exists()


def test_an_authority_already_in_the_directory_needs_its_id(reference):
    services.import_authorities(SYSTEM, csv_bytes(GOOD[0]))
    existing = Authority.objects.get()
    with pytest.raises(InvalidInput) as refused:
        services.import_authorities(SYSTEM, csv_bytes(GOOD[0]))
    assert refused.value.details[0]["duplicate_of"] == existing.pk
    assert "give its id to change it" in refused.value.details[0]["message"]


def test_a_row_with_an_id_changes_only_the_columns_it_has(users, afa):
    header = "id,state,designation,name_en,phone"
    report = services.import_authorities(
        SYSTEM,
        csv_bytes(f"{afa.pk},FRA,prevention,French Anticorruption Agency,+33 1 40 04 00 99", header=header),
    )
    assert report.rows[0].action == "changed"
    afa.refresh_from_db()
    assert afa.phone == "+33 1 40 04 00 99" and afa.names["en"] == "French Anticorruption Agency"
    # Columns not in the file are left as they were: the French name, the e-mail, the contact persons.
    assert afa.names["fr"] == "Agence française anticorruption" and afa.email == "contact@afa.demo.invalid"
    assert afa.contact_persons.filter(is_active=True).count() == 1
    assert afa.versions.order_by("number").last().changes.keys() == {"names", "phone"}


def test_ids_that_do_not_fit_are_refused(users, afa, gi):
    header = "id,state,designation,name_en"
    rows = [
        f"{afa.pk},VNM,prevention,Moved",
        "99999,FRA,prevention,Nobody",
        f"{gi.pk},VNM,prevention,A",
        f"{gi.pk},VNM,prevention,B",
    ]
    with pytest.raises(InvalidInput) as refused:
        services.import_authorities(SYSTEM, csv_bytes(*rows, header=header))
    assert problems(refused.value) == [(2, "state"), (3, "id"), (5, "id")]


def test_an_exported_file_imported_again_changes_nothing(users, afa, gi):
    data = export_csv(users["secretariat"])
    report = services.import_authorities(SYSTEM, data, source="export.csv")
    assert [row.action for row in report.rows] == ["unchanged", "unchanged"]
    assert AuthorityVersion.objects.count() == 2
    assert ContactPerson.objects.filter(is_active=True).count() == 2


def test_a_confirmation_early_in_the_day_is_not_repeated_by_its_own_export(users, afa):
    # The export gives the day only; read back as noon, it once looked later than a morning's confirmation.
    morning = timezone.localtime(NOW).replace(hour=0, minute=30, second=0)
    Authority.objects.filter(pk=afa.pk).update(last_confirmed_at=morning)
    data = export_csv(users["secretariat"])
    assert services.import_authorities(SYSTEM, data).rows[0].action == "unchanged"
    afa.refresh_from_db()
    assert afa.last_confirmed_at == morning


def test_a_record_awaiting_validation_may_be_repeated_not_changed(users, afa):
    services.update_authority(
        users["other_focal_point"], afa, {**_record(afa), "phone": "+33 1 11 11 11 11"}, revision=1
    )
    data = export_csv(users["secretariat"])
    assert services.import_authorities(SYSTEM, data).rows[0].action == "unchanged"
    changed = (
        data.decode("utf-8").replace("contact@afa.demo.invalid", "other@afa.demo.invalid").encode("utf-8")
    )
    with pytest.raises(InvalidInput) as refused:
        services.import_authorities(SYSTEM, changed)
    assert "awaiting validation" in refused.value.details[0]["message"]


def _record(authority):
    from observatory.directory.records import authority_record

    return authority_record(authority)


@pytest.mark.parametrize("encoding", ["cp1252", "latin_1"])
def test_a_file_in_a_legacy_encoding_is_refused_naming_the_encoding(reference, encoding):
    data = csv_bytes(GOOD[1], encoding=encoding)
    with pytest.raises(InvalidInput) as refused:
        services.import_authorities(SYSTEM, data, source="excel.csv")
    assert refused.value.code == "invalid_encoding"
    assert "excel.csv: line 2 is not UTF-8 text" in refused.value.message
    assert "CSV UTF-8" in refused.value.message
    assert refused.value.details[0]["row"] == 2
    assert not Authority.objects.exists()


def test_a_file_in_a_named_encoding_is_read(reference):
    report = services.import_authorities(SYSTEM, csv_bytes(GOOD[1], encoding="cp1252"), encoding="cp1252")
    assert report.encoding == "cp1252"
    assert Authority.objects.get().names["fr"] == "Bureau de l'entraide pénale internationale"
    with pytest.raises(InvalidInput, match="not an encoding"):
        services.import_authorities(SYSTEM, csv_bytes(GOOD[1]), encoding="klingon")


def test_byte_order_marks_utf16_and_semicolons_are_read(reference):
    arabic = ",EGY,prevention,,Administrative Control Authority,,,,,ar;en,,,,,,"
    utf8_bom = codecs.BOM_UTF8 + csv_bytes(arabic)
    assert services.import_authorities(SYSTEM, utf8_bom).rows[0].action == "created"
    header = "state;designation;name_ar"
    utf16 = ("\r\n".join([header, "JOR;prevention;هيئة النزاهة ومكافحة الفساد"]) + "\r\n").encode("utf-16")
    report = services.import_authorities(SYSTEM, utf16)
    assert report.encoding == "utf-16"
    assert Authority.objects.get(state__iso3="JOR").names == {"ar": "هيئة النزاهة ومكافحة الفساد"}


def test_binary_data_is_not_a_csv(reference):
    with pytest.raises(InvalidInput):
        services.import_authorities(SYSTEM, b"PK\x03\x04\x00\x00binary\x00\xff\xfe")


def test_a_wrong_header_is_refused_with_what_the_columns_are(reference):
    with pytest.raises(InvalidInput) as refused:
        services.import_authorities(SYSTEM, csv_bytes(",FRA,x", header="id,country,kind,name_fr,colour"))
    message = refused.value.message
    assert "missing columns: state, designation" in message
    assert "unknown columns: country, kind, colour" in message
    with pytest.raises(InvalidInput, match="no name column"):
        services.import_authorities(SYSTEM, csv_bytes("FRA,prevention", header="state,designation"))


def test_a_row_with_too_many_cells_is_named(reference):
    with pytest.raises(InvalidInput) as refused:
        services.import_authorities(
            SYSTEM, csv_bytes("FRA,prevention,AFA,extra", header="state,designation,name_fr")
        )
    assert problems(refused.value) == [(2, None)]


@pytest.mark.parametrize("role", ["other_focal_point", "contributor", "provider", "administrator"])
def test_only_the_secretariat_imports(users, role):
    with pytest.raises(PermissionDenied):
        services.import_authorities(users[role], csv_bytes(*GOOD))
    assert not Authority.objects.exists()


def test_the_secretariats_import_is_validated_and_audited(users, reference):
    services.import_authorities(users["secretariat"], csv_bytes(GOOD[0]))
    record = Authority.objects.get()
    assert record.validation_state == "validated"
    assert AuditEntry.objects.filter(action="directory.authority.create", actor=users["secretariat"]).exists()


def test_the_command_imports_and_lists_wrong_rows(reference, tmp_path, capsys):
    good = tmp_path / "good.csv"
    good.write_bytes(csv_bytes(*GOOD))
    call_command("import_authorities", str(good))
    out = capsys.readouterr().out
    assert "good.csv: 3 rows, 3 created" in out and "line 2: created record" in out
    bad = tmp_path / "bad.csv"
    bad.write_bytes(csv_bytes(",XYZ,prevention,Agence X,,,,,,,,,,,,", ",FRA,prevention,A,,,,,nope,,,,,,,"))
    with pytest.raises(CommandError) as failed:
        call_command("import_authorities", str(bad))
    text = str(failed.value)
    assert "bad.csv: 2 row(s) are wrong and nothing was imported:" in text
    assert "line 2, state: no State has the code “XYZ”" in text and "line 3, email:" in text
    legacy = tmp_path / "legacy.csv"
    legacy.write_bytes(csv_bytes(",AUT,prevention,Bureau fédéral autrichien,,,,,,,,,,,,", encoding="cp1252"))
    with pytest.raises(CommandError, match="not UTF-8"):
        call_command("import_authorities", str(legacy))
    call_command("import_authorities", str(legacy), "--encoding", "cp1252")
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_authorities", str(tmp_path / "missing.csv"))
