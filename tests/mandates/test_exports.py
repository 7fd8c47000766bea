"""Exports of the mandate tracker: the filters, the CSV (read back with the csv module: BOM, header, safe
against formula injection) and the JSON, and that they hold only what the reader may see.

The world of these tests (``tracker``) is built here, row by row, and shared with the report and API
tests: a public resolution 8/2 in four language versions with its mandates and their evidence (confirmed,
proposed, and confirmed from a Secretariat-only document), a public later resolution that continues it, a
Secretariat-only resolution, and status changes with curators' notes.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from dataclasses import dataclass, field

import pytest
from django.test import RequestFactory
from django.utils import timezone

from observatory.convention.models import Article, Topic
from observatory.core.errors import InvalidInput
from observatory.library.models import (
    Document,
    DocumentKind,
    Visibility,
)
from observatory.mandates.exports import (
    COLUMNS,
    csv_cells,
    export_csv,
    export_filename,
    export_json,
    export_mandates,
    safe_cell,
)
from observatory.mandates.models import (
    ActionCategory,
    Decision,
    Evidence,
    Lineage,
    LineageRelation,
    Mandate,
    MandateSource,
    MandateStatus,
    Method,
    StatusChange,
)
from observatory.mandates.selectors import (
    MandateFilters,
    SessionKey,
    filter_mandates,
    filters_or_error,
    parse_filters,
    visible_evidence,
    visible_lineage,
    visible_mandates,
)
from tests.library_documents import make_document

#: Text of a Secretariat-only document cited as evidence.
SECRET_EVIDENCE = "Marigold-Secret-Evidence-4410"
#: A mandate of a Secretariat-only resolution.
SECRET_MANDATE = "Bluebell-Secret-Mandate-7731"
#: Evidence a curator has not decided yet.
PROPOSED_EVIDENCE = "Thistle-Proposed-Evidence-2208"
#: A curator's note on a status change.
CURATOR_NOTE = "Foxglove-Curator-Note-9012"
#: A mandate whose text a spreadsheet would read as a formula.
FORMULA = '=HYPERLINK("http://example.org/x","click")'

RESOLUTION_8_2 = {
    "en": {
        "title": "Promoting preventive measures against corruption",
        "op 1": "Welcomes the progress made by States parties in the prevention of corruption;",
        "op 2": (
            "Requests the Secretariat, subject to the availability of extrabudgetary resources, to develop a "
            "guide on public procurement and to report to the Conference at its ninth session;"
        ),
        "op 3": (
            "Urges States parties to share good practices in asset declaration systems, and requests the "
            "Secretariat to report on such efforts to the Conference at its ninth session;"
        ),
    },
    "fr": {
        "title": "Promotion des mesures de prévention de la corruption",
        "op 1": (
            "Se félicite des progrès accomplis par les États parties dans la prévention de la corruption ;"
        ),
        "op 2": (
            "Prie le Secrétariat, sous réserve de la disponibilité de ressources extrabudgétaires, "
            "d’élaborer un guide sur la passation des marchés publics et de faire rapport à la Conférence à "
            "sa neuvième session ;"
        ),
        "op 3": (
            "Prie instamment les États parties d’échanger leurs bonnes pratiques en matière de systèmes de "
            "déclaration de patrimoine, et prie le Secrétariat de faire rapport sur ces efforts à la "
            "Conférence à sa neuvième session ;"
        ),
    },
    "zh": {
        "title": "促进预防腐败措施",
        "op 1": "欢迎缔约国在预防腐败方面取得的进展；",
        "op 2": "请秘书处在获得预算外资源的情况下编写一份关于公共采购的指南，并向缔约国会议第九届会议报告；",
        "op 3": "敦促缔约国分享资产申报制度方面的良好做法，并请秘书处就此类努力向缔约国会议第九届会议报告；",
    },
    "ar": {
        "title": "تعزيز التدابير الوقائية لمكافحة الفساد",
        "op 1": "يرحّب بالتقدّم الذي أحرزته الدول الأطراف في مجال منع الفساد؛",
        "op 2": (
            "يطلب إلى الأمانة أن تعدّ، رهناً بتوافر موارد من خارج الميزانية، دليلاً بشأن المشتريات العمومية "
            "وأن تقدّم تقريراً إلى المؤتمر في دورته التاسعة؛"
        ),
        "op 3": (
            "يحثّ الدول الأطراف على تبادل الممارسات الجيدة في نظم إقرار الذمة المالية، ويطلب إلى الأمانة أن "
            "تقدّم تقريراً عن تلك الجهود إلى المؤتمر في دورته التاسعة؛"
        ),
    },
}
FOLLOW_UP_12 = {
    "en": "Pursuant to resolution 8/2, paragraph 2, the Secretariat published a guide on public procurement.",
    "zh": "根据第8/2号决议第2段，秘书处发布了一份公共采购指南。",
}
NINTH_SESSION = datetime.date(2021, 12, 13)


def resolution_paragraphs(resolution: str, texts: dict) -> list[tuple]:
    """The headings and operative paragraphs of a resolution in one language."""
    rows = [("h 1", "heading", "", resolution, f"Resolution {resolution}")]
    if texts.get("title"):
        rows.append(("h 2", "heading", "", resolution, texts["title"]))
    for key, text in texts.items():
        if key.startswith("op "):
            number = key.split()[1]
            rows.append((f"{resolution} op {number}", "operative", number, resolution, text))
    return rows


def make_mandate(document, pid, *, clause=0, parent=None, text, **fields) -> Mandate:
    """A mandate of ``document``; ``articles`` (numbers) and ``topics`` (slugs) are linked after."""
    articles = fields.pop("articles", [])
    topics = fields.pop("topics", [])
    number = pid.rsplit(" ", 1)[-1]
    defaults = {
        "source": MandateSource.OPERATIVE,
        "resolution": pid.split(" ")[0],
        "number": number,
        "position": int(number) if number.isdigit() else 0,
        "body": "cosp",
        "language": "en",
        "category": ActionCategory.REQUESTS,
    }
    mandate = Mandate.objects.create(
        document=document, pid=pid, clause=clause, parent=parent, text=text, **(defaults | fields)
    )
    mandate.articles.set(Article.objects.filter(number__in=articles))
    mandate.topics.set(Topic.objects.filter(slug__in=topics))
    return mandate


@dataclass
class Tracker:
    resolution: Document
    follow_up: Document
    secret_report: Document
    secret_resolution: Document
    later: Document
    mandates: dict[str, Mandate] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)


@pytest.fixture
def tracker(users) -> Tracker:
    """The world of the tracker's tests (see the module docstring)."""
    resolution = make_document(
        "CAC/COSP/2019/17",
        year=2019,
        versions={lang: resolution_paragraphs("8/2", texts) for lang, texts in RESOLUTION_8_2.items()},
    )
    follow_up = make_document(
        "CAC/COSP/2021/5",
        kind=DocumentKind.REPORT,
        year=2021,
        versions={
            "en": [
                ("12", "numbered", "12", "", FOLLOW_UP_12["en"]),
                ("13", "numbered", "13", "", f"{PROPOSED_EVIDENCE} The guide was translated."),
            ],
            "zh": [("12", "numbered", "12", "", FOLLOW_UP_12["zh"])],
        },
    )
    secret_report = make_document(
        "CAC/COSP/2021/CRP.9",
        kind=DocumentKind.REPORT,
        visibility=Visibility.SECRETARIAT,
        year=2021,
        versions={"en": [("4", "numbered", "4", "", f"{SECRET_EVIDENCE} Internal review of the guide.")]},
    )
    secret_resolution = make_document(
        "CAC/COSP/2021/CRP.10",
        visibility=Visibility.SECRETARIAT,
        year=2021,
        versions={
            "en": resolution_paragraphs("9/9", {"op 1": f"Requests the Secretariat {SECRET_MANDATE};"})
        },
    )
    later = make_document(
        "CAC/COSP/2021/16",
        year=2021,
        versions={
            "en": resolution_paragraphs(
                "9/1",
                {
                    "op 2": "Reaffirms its resolution 8/2 and requests the Secretariat to continue its work;",
                    "op 3": FORMULA,
                },
            )
        },
    )
    world = Tracker(resolution, follow_up, secret_report, secret_resolution, later)
    en = RESOLUTION_8_2["en"]
    m = world.mandates
    m["op1"] = make_mandate(
        resolution,
        "8/2 op 1",
        session=8,
        year=2019,
        text=en["op 1"],
        verb="Welcomes",
        verb_base="welcomes",
        category=ActionCategory.DECLARATIVE,
        status=MandateStatus.NOT_APPLICABLE,
    )
    m["op2"] = make_mandate(
        resolution,
        "8/2 op 2",
        session=8,
        year=2019,
        text=en["op 2"],
        verb="Requests",
        verb_base="requests",
        addressees=["Secretariat"],
        conditions=["extrabudgetary"],
        report_body="cosp",
        report_session=9,
        report_text="to the Conference at its ninth session",
        report_due=NINTH_SESSION,
        articles=[9],
        topics=["public-procurement"],
        status=MandateStatus.IMPLEMENTED,
    )
    m["op3"] = make_mandate(
        resolution,
        "8/2 op 3",
        session=8,
        year=2019,
        text=en["op 3"],
        verb="Urges",
        verb_base="urges",
        category=ActionCategory.URGES,
        addressees=["States parties"],
        articles=[8],
        status=MandateStatus.IN_PROGRESS,
    )
    m["op3.1"] = make_mandate(
        resolution,
        "8/2 op 3",
        clause=1,
        parent=m["op3"],
        session=8,
        year=2019,
        text="and requests the Secretariat to report on such efforts to the Conference at its ninth session",
        verb="requests",
        verb_base="requests",
        addressees=["Secretariat"],
        report_body="cosp",
        report_session=9,
        report_due=NINTH_SESSION,
        status=MandateStatus.OPEN,
    )
    m["secret"] = make_mandate(
        secret_resolution,
        "9/9 op 1",
        session=9,
        year=2021,
        text=f"Requests the Secretariat {SECRET_MANDATE};",
        verb="Requests",
        verb_base="requests",
        addressees=["Secretariat"],
        status=MandateStatus.OPEN,
    )
    m["later"] = make_mandate(
        later,
        "9/1 op 2",
        session=9,
        year=2021,
        text="Reaffirms its resolution 8/2 and requests the Secretariat to continue its work;",
        verb="Reaffirms",
        verb_base="reaffirms",
        category=ActionCategory.DECLARATIVE,
        status=MandateStatus.OPEN,
    )
    m["formula"] = make_mandate(
        later,
        "9/1 op 3",
        session=9,
        year=2021,
        language="ar",
        text=FORMULA + " يطلب إلى الأمانة",
        verb="@Requests",
        addressees=["donors"],
        conditions=["upon_request"],
        status=MandateStatus.OPEN,
    )

    curator = users["secretariat"]
    now = timezone.now()
    e = world.evidence
    e["confirmed"] = Evidence.objects.create(
        mandate=m["op2"],
        document=follow_up,
        pid="12",
        text=FOLLOW_UP_12["en"],
        method=Method.EXPLICIT,
        score=0.95,
        decision=Decision.CONFIRMED,
        decided_by=curator,
        decided_at=now,
    )
    e["proposed"] = Evidence.objects.create(
        mandate=m["op2"],
        document=follow_up,
        pid="13",
        text=f"{PROPOSED_EVIDENCE} The guide was translated.",
        method=Method.SIMILARITY,
        score=0.61,
    )
    e["secret"] = Evidence.objects.create(
        mandate=m["op2"],
        document=secret_report,
        pid="4",
        text=f"{SECRET_EVIDENCE} Internal review of the guide.",
        method=Method.CURATOR,
        score=1.0,
        decision=Decision.CONFIRMED,
        decided_by=curator,
        decided_at=now,
    )
    e["rejected"] = Evidence.objects.create(
        mandate=m["op3"],
        document=follow_up,
        pid="13",
        text=f"{PROPOSED_EVIDENCE} The guide was translated.",
        method=Method.SHARED_SUBJECT,
        score=0.3,
        decision=Decision.REJECTED,
        decided_by=curator,
        decided_at=now,
    )
    confirmed = {"decision": Decision.CONFIRMED, "decided_by": curator, "decided_at": now}
    Lineage.objects.create(
        later=m["later"],
        earlier=m["op2"],
        relation=LineageRelation.REAFFIRMS,
        method=Method.EXPLICIT,
        score=1.0,
        **confirmed,
    )
    Lineage.objects.create(
        later=m["secret"],
        earlier=m["op2"],
        relation=LineageRelation.CONTINUES,
        method=Method.SIMILARITY,
        score=0.8,
        **confirmed,
    )
    Lineage.objects.create(
        later=m["formula"],
        earlier=m["op3"],
        relation=LineageRelation.RECALLS,
        method=Method.SIMILARITY,
        score=0.4,
    )
    StatusChange.objects.create(
        mandate=m["op2"],
        before=MandateStatus.OPEN,
        after=MandateStatus.IN_PROGRESS,
        by=curator,
        at=now - datetime.timedelta(days=30),
        evidence=e["secret"],
        note=CURATOR_NOTE,
    )
    StatusChange.objects.create(
        mandate=m["op2"],
        before=MandateStatus.IN_PROGRESS,
        after=MandateStatus.IMPLEMENTED,
        by=curator,
        at=now,
        evidence=e["confirmed"],
    )
    return world


def read_csv(data: bytes) -> list[dict[str, str]]:
    """The CSV export read back as a spreadsheet would: BOM first, then rows under the header."""
    assert data.startswith(b"\xef\xbb\xbf")
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    header = next(reader)
    assert tuple(header) == COLUMNS
    return [dict(zip(header, row, strict=True)) for row in reader]


def ids(user, **filters) -> set[int]:
    return set(filter_mandates(user, filters_or_error(filters)).values_list("pk", flat=True))


# --- CSV ----------------------------------------------------------------------------------------


def test_csv_has_a_bom_a_header_and_one_row_per_visible_mandate(users, tracker):
    rows = read_csv(export_csv(None))
    m = tracker.mandates
    assert [int(row["id"]) for row in rows] == [
        m["op1"].pk,
        m["op2"].pk,
        m["op3"].pk,
        m["op3.1"].pk,
        m["later"].pk,
        m["formula"].pk,
    ]
    op2 = next(row for row in rows if int(row["id"]) == m["op2"].pk)
    assert op2 | {"text": ""} == {
        "id": str(m["op2"].pk),
        "document": "CAC/COSP/2019/17",
        "symbol": "CAC/COSP/2019/17",
        "body": "cosp",
        "session": "8",
        "year": "2019",
        "resolution": "8/2",
        "pid": "8/2 op 2",
        "number": "2",
        "clause": "0",
        "parent": "",
        "source": "operative",
        "verb": "Requests",
        "verb_base": "requests",
        "category": "requests",
        "addressees": "Secretariat",
        "conditions": "extrabudgetary",
        "report_body": "cosp",
        "report_session": "9",
        "report_due": "2021-12-13",
        "report_text": "to the Conference at its ninth session",
        "articles": "9",
        "topics": "public-procurement",
        "status": "implemented",
        # The public sees the confirmed evidence of a public report, not the Secretariat's, and the link
        # from the later public resolution, not the one from the Secretariat-only one.
        "evidence": "1",
        "lineage": "1",
        "language": "en",
        "text": "",
    }
    clause = next(row for row in rows if int(row["id"]) == m["op3.1"].pk)
    assert (clause["clause"], clause["parent"]) == ("1", str(m["op3"].pk))


def test_csv_keeps_arabic_and_chinese_and_never_starts_a_formula(users, tracker):
    rows = {int(row["id"]): row for row in read_csv(export_csv(None))}
    formula = rows[tracker.mandates["formula"].pk]
    # Read back, the cell is text: the apostrophe that tells the spreadsheet so, then the text as it was.
    assert formula["text"] == "'" + FORMULA + " يطلب إلى الأمانة"
    assert formula["verb"] == "'@Requests"
    assert formula["language"] == "ar" and formula["addressees"] == "donors"
    for row in rows.values():
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_starts_are_neutralised(start):
    assert safe_cell(f"{start}1+1") == f"'{start}1+1"
    assert safe_cell(f"a{start}1") == f"a{start}1"


def test_list_cells_are_joined_and_dates_written_in_iso():
    row = dict.fromkeys(COLUMNS, "")
    row |= {"addressees": ["States parties", "Secretariat"], "articles": [5, 9], "report_due": NINTH_SESSION}
    row["session"] = None
    cells = dict(zip(COLUMNS, csv_cells(row), strict=True))
    assert cells["addressees"] == "States parties; Secretariat"
    assert cells["articles"] == "5; 9" and cells["report_due"] == "2021-12-13" and cells["session"] == ""


def test_the_secretariat_exports_what_it_may_see(users, tracker):
    text = export_csv(users["secretariat"]).decode("utf-8-sig")
    assert SECRET_MANDATE in text
    rows = {int(row["id"]): row for row in read_csv(export_csv(users["secretariat"]))}
    # Counts are of confirmed links only, the Secretariat's documents included.
    assert rows[tracker.mandates["op2"].pk]["evidence"] == "2"
    assert rows[tracker.mandates["op2"].pk]["lineage"] == "2"
    assert rows[tracker.mandates["op3"].pk]["lineage"] == "0"


@pytest.mark.parametrize("role", ["administrator", "secretariat", "focal_point", "provider", None])
def test_exports_never_show_what_the_reader_may_not_see(users, tracker, role):
    user = users[role] if role else None
    text = export_csv(user).decode("utf-8-sig") + export_json(user).decode("utf-8")
    may_see_secret = role in ("administrator", "secretariat")
    assert (SECRET_MANDATE in text) is may_see_secret
    # Evidence texts and curators' notes are not exported at all.
    for marker in (SECRET_EVIDENCE, PROPOSED_EVIDENCE, CURATOR_NOTE):
        assert marker not in text


@pytest.mark.parametrize("role", ["secretariat", "focal_point", None])
def test_counts_agree_with_the_selectors(users, tracker, role):
    user = users[role] if role else None
    for mandate in export_mandates(user):
        evidence = visible_evidence(user, mandate).filter(decision=Decision.CONFIRMED)
        earlier, later = visible_lineage(user, mandate)
        links = (
            earlier.filter(decision=Decision.CONFIRMED).count()
            + later.filter(decision=Decision.CONFIRMED).count()
        )
        assert (mandate.evidence_count, mandate.lineage_count) == (evidence.count(), links), mandate
    assert set(filter_mandates(user).values_list("pk", flat=True)) == set(
        visible_mandates(user).values_list("pk", flat=True)
    )


# --- JSON ---------------------------------------------------------------------------------------


def test_json_export_has_the_same_rows_with_lists(users, tracker):
    moment = datetime.datetime(2026, 11, 30, 12, 0, tzinfo=datetime.UTC)
    body = json.loads(export_json(None, filters_or_error({"resolution": "8/2"}), now=moment))
    assert body["generated_at"].startswith("2026-11-30T12:00:00")
    assert body["filters"] == {"resolution": "8/2"} and body["count"] == 4
    assert body["columns"] == list(COLUMNS)
    op2 = next(row for row in body["mandates"] if row["pid"] == "8/2 op 2" and row["clause"] == 0)
    assert (
        op2["addressees"] == ["Secretariat"] and op2["articles"] == [9] and op2["report_due"] == "2021-12-13"
    )
    assert (op2["evidence"], op2["lineage"], op2["session"]) == (1, 1, 8)
    assert set(op2) == set(COLUMNS)


def test_json_keeps_non_latin_text_as_such(users, tracker):
    data = export_json(None)
    assert "يطلب إلى الأمانة".encode() in data


# --- filters ------------------------------------------------------------------------------------


def test_filters(users, tracker):
    m = tracker.mandates
    public, secretariat = None, users["secretariat"]
    resolution_8_2 = {m["op1"].pk, m["op2"].pk, m["op3"].pk, m["op3.1"].pk}
    assert ids(public, session="cosp/8") == resolution_8_2
    assert ids(public, session="COSP/2019") == resolution_8_2
    assert ids(public, session="9") == {m["later"].pk, m["formula"].pk}
    assert ids(secretariat, session="cosp/9") == {m["later"].pk, m["formula"].pk, m["secret"].pk}
    assert ids(public, body="irg") == set()
    assert ids(public, addressee="secretariat") == {m["op2"].pk, m["op3.1"].pk}
    assert ids(public, addressee="States parties") == {m["op3"].pk}
    assert ids(public, status="open") == {m["op3.1"].pk, m["later"].pk, m["formula"].pk}
    assert ids(public, condition="extrabudgetary") == {m["op2"].pk}
    assert ids(public, condition="upon_request") == {m["formula"].pk}
    assert ids(public, category="urges") == {m["op3"].pk}
    assert ids(public, article="9") == {m["op2"].pk}
    assert ids(public, topic="public-procurement") == {m["op2"].pk}
    assert ids(public, document="CAC/COSP/2021/16") == {m["later"].pk, m["formula"].pk}
    assert ids(public, document="CAC/COSP/2021/CRP.10") == set()
    assert ids(public, resolution="8/2", status="implemented", addressee="Secretariat") == {m["op2"].pk}


BAD = {"status": "done", "article": "99", "session": "cop/8", "addressee": "everyone", "topic": "nope"}


def test_bad_filters_name_each_field_and_what_it_accepts(reference):
    with pytest.raises(InvalidInput) as raised:
        filters_or_error(BAD, status=422)
    error = raised.value
    assert error.status == 422
    assert [d["field"] for d in error.details] == ["session", "addressee", "status", "article", "topic"]
    assert "open, in_progress" in error.message and "cosp/8" in error.message
    details = {d["field"]: d for d in error.details}
    assert details["status"]["value"] == "done" and "in_progress" in details["status"]["accepted"]
    assert "Secretariat" in details["addressee"]["accepted"]
    assert details["article"]["accepted"][0] == "1" and details["article"]["accepted"][-1] == "71"
    assert "public-procurement" in details["topic"]["accepted"]


def test_the_lenient_reading_keeps_the_good_filters_and_returns_the_problems(reference):
    filters, problems = parse_filters({**BAD, "category": "requests", "due": "Overdue"})
    assert filters == MandateFilters(category="requests", due="overdue")
    assert [problem.field for problem in problems] == ["session", "addressee", "status", "article", "topic"]


def test_filters_are_normalised_and_ignored_when_blank():
    filters, problems = parse_filters({"addressee": "secretariat", "status": "OPEN", "body": "", "page": "2"})
    assert problems == [] and filters == MandateFilters(addressee="Secretariat", status="open")
    assert filters.as_params() == {"addressee": "Secretariat", "status": "open"}
    sessions = [parse_filters({"session": value})[0].session for value in ("COSP/8", "cosp/2019", "8")]
    assert sessions == [SessionKey("cosp", number=8), SessionKey("cosp", year=2019), SessionKey(number=8)]
    assert [str(session) for session in sessions] == ["cosp/8", "cosp/2019", "8"]
    for bad in ("cosp/0", "cosp/1500", "cosp/", "moon/7", "cosp/8/1"):
        assert [p.field for p in parse_filters({"session": bad})[1]] == ["session"], bad


def test_file_names():
    day = datetime.date(2026, 11, 30)
    assert export_filename(MandateFilters(), "csv", today=day) == "mandates-2026-11-30.csv"
    assert (
        export_filename(MandateFilters(resolution="8/2"), "json", today=day) == "mandates-8-2-2026-11-30.json"
    )


# --- the portal's download views ----------------------------------------------------------------


def _get(user, path, **params):
    request = RequestFactory().get(path, params)
    request.user = user or _anonymous()
    return request


def _anonymous():
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser()


def test_export_views(users, tracker):
    from observatory.portal import mandate_exports

    response = mandate_exports.export(_get(None, "/en/mandates/export.csv", status="open"), fmt="csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'attachment; filename="mandates-' in response["Content-Disposition"]
    assert "private" in response["Cache-Control"]
    rows = read_csv(response.content)
    assert {row["pid"] for row in rows} == {"8/2 op 3", "9/1 op 2", "9/1 op 3"}

    response = mandate_exports.export(_get(users["secretariat"], "/en/mandates/export.json"), fmt="json")
    assert SECRET_MANDATE in response.content.decode()


def test_a_bad_filter_of_an_export_answers_400_in_the_json_error_shape(client, users, tracker):
    for fmt in ("csv", "json", "xlsx"):
        response = client.get(f"/en/mandates/export.{fmt}", {"status": "done", "session": "cosp/8"})
        assert response.status_code == 400 and response["Content-Type"] == "application/json"
        error = response.json()["error"]
        assert error["code"] == "invalid_input" and "open, in_progress" in error["message"]
        assert [(d["field"], d["value"]) for d in error["details"]] == [("status", "done")]
        assert "implemented" in error["details"][0]["accepted"]
    assert client.get("/en/mandates/export.pdf").status_code == 404


@pytest.mark.parametrize("role", ["secretariat", "focal_point", None])
def test_the_xlsx_export_has_the_csv_rows_and_nothing_the_reader_may_not_see(users, tracker, role):
    import openpyxl

    from observatory.core.exports import export_bytes
    from observatory.mandates.exports import COLUMNS, xlsx_table

    user = users[role] if role else None
    sheet = openpyxl.load_workbook(io.BytesIO(export_bytes(xlsx_table(user), "xlsx")))["mandates"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == list(COLUMNS)
    assert sorted(int(row[0]) for row in rows[1:]) == sorted(int(r["id"]) for r in read_csv(export_csv(user)))
    text = " ".join(str(value) for row in rows for value in row if value is not None)
    assert (SECRET_MANDATE in text) is (role == "secretariat")
