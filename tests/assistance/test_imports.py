"""Importing needs from CSV: every row or none, and a report naming each wrong row, field and value."""

import io

import pytest

from observatory.assistance import services
from observatory.assistance.models import Need, Source
from observatory.core.errors import InvalidInput

HEADER = (
    "state,kind,description,articles,language,priority,status,source,source_reference,visibility,declared_on"
)


def csv_bytes(*rows: str, header: str = HEADER, encoding: str = "utf-8") -> bytes:
    return ("\r\n".join([header, *rows]) + "\r\n").encode(encoding)


GOOD = [
    "NGA,institution_building,Coordination of the anti-corruption agencies,6; 36,en,high,unmet,review_report,"
    "CAC/COSP/IRG/I/4/1/Add.12,public,2025-03-01",
    'PER,Legislative drafting,"Redacción de un reglamento, con consulta",8,es,,,,,,',
    "Tunisie,legal_advice,Conseils sur la protection des lanceurs d'alerte,33,fr,,current,,,states_parties,",
]


def test_good_rows_are_imported(users):
    report = services.import_needs(
        users["secretariat"], "\ufeff".encode() + csv_bytes(*GOOD), source="needs.csv"
    )
    assert report.rows == 3 and len(report.created) == 3
    nigeria = Need.objects.get(state__iso3="NGA")
    assert nigeria.source == Source.REVIEW_REPORT and nigeria.status == "unmet"
    assert [a.number for a in nigeria.articles.all()] == [6, 36]
    assert nigeria.declared_on.isoformat() == "2025-03-01"
    peru = Need.objects.get(state__iso3="PER")
    assert (
        peru.kind == "legislative_drafting" and peru.description == "Redacción de un reglamento, con consulta"
    )
    assert peru.source == Source.DIRECT and peru.language == "es"
    assert Need.objects.get(state__iso3="TUN").published_visibility == "states_parties"


def test_a_file_separated_by_semicolons_is_read_too(users):
    data = csv_bytes("VNM;capacity_building;Training;9", header="state;kind;description;articles")
    assert len(services.import_needs(users["secretariat"], data).created) == 1


def test_wrong_rows_are_all_named_and_nothing_is_imported(users):
    data = csv_bytes(
        GOOD[0],
        "Atlantis,legal_advice,Advice,9,en,,,,,,",
        "VNM,money,Cash,9,en,,,,,,",
        "VNM,other,Something,72,en,,,,,,",
        "VNM,other,Dated,9,en,,,,,,31/12/2024",
        "VNM,other,,9,en,,,,,,",
        "VNM,other,From a call,9,en,,,checklist_answer,,,",
        GOOD[0],
    )
    with pytest.raises(InvalidInput) as caught:
        services.import_needs(users["secretariat"], data, source="needs.csv")
    error = caught.value
    assert error.message.startswith("needs.csv: 7 row(s) are wrong and nothing was imported.")
    by_line = {detail["row"]: detail for detail in error.details}
    assert (
        by_line[3]["field"] == "state" and "No State has the code or name “Atlantis”" in by_line[3]["message"]
    )
    assert by_line[4]["field"] == "kind" and "“money” is not a kind" in by_line[4]["message"]
    assert by_line[5]["field"] == "articles"
    assert by_line[6]["field"] == "declared_on"
    assert by_line[7]["field"] == "description"
    assert by_line[8]["field"] == "source"
    assert by_line[9]["message"] == "repeats line 2"
    assert "line 3, state:" in error.message
    assert not Need.objects.exists()  # the good first row was not kept either


def test_a_focal_point_imports_only_its_own_states_needs(users):
    data = csv_bytes("VNM,other,Ours,9,en,,,,,,", "FRA,other,Theirs,9,en,,,,,,")
    with pytest.raises(InvalidInput) as caught:
        services.import_needs(users["focal_point"], data)
    assert caught.value.details == [
        {"row": 3, "field": "state", "value": "FRA", "message": "You may not declare needs for France."}
    ]
    assert not Need.objects.exists()
    assert (
        len(services.import_needs(users["focal_point"], csv_bytes("VNM,other,Ours,9,en,,,,,,")).created) == 1
    )


def test_a_need_already_in_the_register_is_not_imported_twice(users):
    services.import_needs(users["secretariat"], csv_bytes(GOOD[0]))
    with pytest.raises(InvalidInput, match=r"already in the register \(need \d+\)"):
        services.import_needs(users["secretariat"], csv_bytes(GOOD[0]))
    assert Need.objects.count() == 1


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (csv_bytes("Côte d'Ivoire,other,Besoin,9,fr,,,,,,", encoding="latin-1"), "line 2 is not UTF-8 text"),
        (csv_bytes("VNM,other", header="state,kind"), "missing: description"),
        (csv_bytes("VNM,other,x,1", header="state,kind,description,budget"), "unknown: budget"),
        (csv_bytes(), "has no rows below its header"),
        (csv_bytes("VNM,other,x,9,en,,,,,,,,extra"), "more values than columns"),
    ],
)
def test_files_that_cannot_be_read_are_explained(users, data, words):
    with pytest.raises(InvalidInput) as caught:
        services.import_needs(users["secretariat"], data, source="needs.csv")
    assert words in caught.value.message
    assert not Need.objects.exists()


def test_the_command_imports_or_lists_every_wrong_row(reference, tmp_path):
    from django.core.management import CommandError, call_command

    good = tmp_path / "needs.csv"
    good.write_bytes(csv_bytes(GOOD[0]))
    out = io.StringIO()
    call_command("import_assistance_needs", str(good), stdout=out)
    assert out.getvalue().strip() == "needs.csv: 1 rows, 1 needs added."
    bad = tmp_path / "bad.csv"
    bad.write_bytes(csv_bytes("Atlantis,other,x,9,en,,,,,,"))
    with pytest.raises(CommandError, match=r"line 2, state: No State has the code or name “Atlantis”"):
        call_command("import_assistance_needs", str(bad))
    out = io.StringIO()
    call_command("sync_assistance_needs", stdout=out)
    assert out.getvalue().startswith("Submissions read: 0")
    out = io.StringIO()
    call_command("suggest_assistance_matches", stdout=out)
    assert out.getvalue().startswith("Matches: ")
