"""Downloading submissions, a call's ledger and search results as CSV, JSON and XLSX: each reader gets
what they may read, and nothing else."""

import datetime
import io
import json

import openpyxl
import pytest

from observatory.collection.models import Addressee, Call, CallStatus
from observatory.convention.models import Article
from observatory.countries.models import State
from observatory.library.models import Visibility
from observatory.search.services import rebuild
from tests.papers.test_selectors import answer, publish

SECRET = "Zephyrine-7731 staffing problem"


@pytest.fixture
def call(reference):
    call = Call.objects.create(
        title_en="Asset declarations",
        deadline=datetime.date(2031, 5, 27),
        status=CallStatus.CLOSED,
        symbol="CU 2031/7",
    )
    call.articles.set(Article.objects.filter(number=8))
    for iso3 in ("LSO", "ISL", "NOR"):
        Addressee.objects.create(call=call, state=State.objects.get(iso3=iso3))
    publish(call, "LSO", [answer(8, challenges="=1+1 Few auditors.", needs=["technology"])])
    publish(call, "ISL", [answer(8, challenges="Iceland's register.")], late=True)
    publish(call, "NOR", [answer(8, challenges=SECRET)], visibility=Visibility.SECRETARIAT)
    return call


def body(response) -> bytes:
    return b"".join(response.streaming_content)


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_the_public_downloads_the_published_answers_it_may_read(client, call, fmt):
    response = client.get(f"/en/calls/{call.pk}/submissions.{fmt}")
    assert response.status_code == 200 and response.streaming
    assert f"submissions-call-{call.pk}-" in response["Content-Disposition"]
    data = body(response)
    if fmt == "xlsx":
        sheet = openpyxl.load_workbook(io.BytesIO(data))["submissions"]
        text = " ".join(str(cell.value) for row in sheet.iter_rows() for cell in row)
    else:
        text = data.decode("utf-8-sig")
    assert "Few auditors." in text and "Iceland's register." in text and SECRET not in text
    if fmt == "json":
        rows = json.loads(data)["rows"]
        assert {row["state"] for row in rows} == {"LSO", "ISL"} and all(row["article"] == 8 for row in rows)
    if fmt == "csv":
        assert "'=1+1 Few auditors." in text  # never a formula


def test_the_secretariat_downloads_every_answer(client, users, call):
    client.force_login(users["secretariat"])
    assert SECRET in body(client.get("/en/calls/submissions.csv")).decode("utf-8-sig")


def test_the_ledger_is_the_secretariats_only(client, users, call):
    assert client.get(f"/en/calls/{call.pk}/ledger.csv").status_code == 403
    client.force_login(users["focal_point"])
    assert client.get(f"/en/calls/{call.pk}/ledger.json").status_code == 403
    client.force_login(users["secretariat"])
    rows = json.loads(body(client.get(f"/en/calls/{call.pk}/ledger.json")))["rows"]
    assert sorted(row["state"] for row in rows) == ["ISL", "LSO", "NOR"]
    assert {row["state"]: row["status"] for row in rows}["ISL"] == "submitted_late"


def test_unknown_formats_are_not_found(client, call):
    assert client.get(f"/en/calls/{call.pk}/submissions.pdf").status_code == 404
    assert client.get("/en/search/export.txt?q=declarations").status_code == 404


def test_search_results_download_every_hit_the_reader_may_see(client, users, call):
    rebuild()
    response = client.get("/en/search/export.csv?q=declarations&mode=lexical")
    text = body(response).decode("utf-8-sig")
    assert response.status_code == 200 and text.splitlines()[0].startswith("rank,score,document")
    assert "call/lso" in text and "call/nor" not in text
    assert client.get("/en/search/export.json?q=").status_code == 400


def test_late_is_the_first_versions(client, call):
    from django.utils import timezone

    from observatory.collection.models import Submission, SubmissionVersion

    submission = Submission.objects.get(call=call, state__iso3="LSO")
    first = submission.published_version
    second = SubmissionVersion.objects.create(
        submission=submission,
        number=2,
        submitted_at=timezone.now(),
        is_late=True,
        visibility=first.visibility,
        snapshot=first.snapshot,
        published_at=timezone.now(),
    )
    submission.published_version = second
    submission.save(update_fields=["published_version"])
    rows = json.loads(body(client.get(f"/en/calls/{call.pk}/submissions.json")))["rows"]
    late = {row["state"]: row["late"] for row in rows}
    assert late == {"LSO": False, "ISL": True}
    assert {row["version"] for row in rows if row["state"] == "LSO"} == {2}


def test_search_results_keep_the_text_as_written(client, reference):
    from tests.papers.conftest import submission_document

    submission_document(
        "CHL", "es", ["Las sanciones <de dos a cinco años> se aplican a las declaraciones falsas."], [8]
    )
    rebuild()
    text = body(client.get("/en/search/export.csv?q=sanciones&mode=lexical")).decode("utf-8-sig")
    assert "<de dos a cinco años>" in text
