"""The mandate tracker's API: the list with the tracker's filters, one mandate with its lineage, evidence and
history as the reader may see them, the sessions; all in the OpenAPI schema, errors in the one shape.

The world is the tracker's tests' own (tests/mandates/test_exports.py).
"""

from __future__ import annotations

import pytest
from django.test import Client

from tests.mandates import test_exports as world
from tests.mandates.test_exports import (
    CURATOR_NOTE,
    PROPOSED_EVIDENCE,
    SECRET_EVIDENCE,
    SECRET_MANDATE,
)

tracker = world.tracker

ROLES = ["administrator", "secretariat", "focal_point", "provider", None]
MARKERS = {SECRET_MANDATE, SECRET_EVIDENCE, PROPOSED_EVIDENCE, CURATOR_NOTE}
#: What each reader may see among the markers: the Secretariat (curators) sees proposals and its notes;
#: the administrator reads Secretariat-only documents but does not curate.
SEES = {
    "secretariat": MARKERS,
    "administrator": {SECRET_MANDATE, SECRET_EVIDENCE},
    "focal_point": set(),
    "provider": set(),
    None: set(),
}


def client_for(users, role) -> Client:
    client = Client()
    if role:
        client.force_login(users[role])
    return client


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["message"]
    return body["error"]


def crawl(client, tracker) -> str:
    """Every answer of the mandates API this client can reach."""
    from observatory.mandates.models import Mandate

    urls = ["/api/v1/mandates", "/api/v1/mandates?addressee=Secretariat", "/api/v1/sessions"]
    urls += [f"/api/v1/mandates/{pk}" for pk in Mandate.objects.values_list("pk", flat=True)]
    return "\n".join(client.get(url).content.decode() for url in urls)


@pytest.mark.parametrize("role", ROLES)
def test_each_reader_sees_exactly_what_it_may(users, tracker, role):
    text = crawl(client_for(users, role), tracker)
    assert {marker for marker in MARKERS if marker in text} == SEES[role]


def test_list_and_filters(users, tracker):
    client = Client()
    m = tracker.mandates
    response = client.get("/api/v1/mandates")
    assert response.status_code == 200
    listed = response.json()
    assert response["X-Total-Count"] == str(len(listed)) == "6"
    assert [row["id"] for row in listed] == [
        m[k].pk for k in ("op1", "op2", "op3", "op3.1", "later", "formula")
    ]
    op2 = listed[1]
    assert (op2["symbol"], op2["resolution"], op2["pid"], op2["clause"]) == (
        "CAC/COSP/2019/17",
        "8/2",
        "8/2 op 2",
        0,
    )
    assert op2["addressees"] == ["Secretariat"] and op2["conditions"] == ["extrabudgetary"]
    assert (op2["report_body"], op2["report_session"], op2["report_due"]) == ("cosp", 9, "2021-12-13")
    assert (op2["articles"], op2["topics"], op2["status"]) == ([9], ["public-procurement"], "implemented")
    assert (op2["evidence"], op2["lineage"]) == (1, 1)

    def ids(**params):
        return [row["id"] for row in client.get("/api/v1/mandates", params).json()]

    assert ids(session="cosp/8", addressee="Secretariat") == [m["op2"].pk, m["op3.1"].pk]
    assert ids(status="open", condition="upon_request") == [m["formula"].pk]
    assert ids(category="urges", article=8) == [m["op3"].pk]
    assert ids(topic="public-procurement", body="cosp") == [m["op2"].pk]
    assert ids(resolution="9/1") == [m["later"].pk, m["formula"].pk]
    assert ids(document="CAC/COSP/2021/CRP.10") == []
    assert ids(limit=2, offset=1) == [m["op2"].pk, m["op3"].pk]
    secretariat = client_for(users, "secretariat")
    assert [
        r["id"]
        for r in secretariat.get("/api/v1/mandates", {"session": "9", "addressee": "secretariat"}).json()
    ] == [m["secret"].pk]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"status": "done"}, "status"),
        ({"session": "cop/8"}, "session"),
        ({"addressee": "everyone"}, "addressee"),
        ({"condition": "free"}, "condition"),
        ({"category": "asks"}, "category"),
        ({"article": 99}, "article"),
        ({"topic": "nope"}, "topic"),
        ({"resolution": "eight"}, "resolution"),
        ({"offset": -1}, "offset"),
    ],
)
def test_bad_filters_answer_422_naming_the_field(users, tracker, params, field):
    error = assert_error(Client().get("/api/v1/mandates", params), 422, "invalid_input")
    assert [d["field"] for d in error["details"]] == [field]


def test_a_filter_of_the_wrong_type_answers_in_the_one_shape(reference):
    assert_error(Client().get("/api/v1/mandates", {"article": "nine"}), 422, "invalid_input")


def test_a_mandate_of_a_secretariat_only_document_is_not_found_by_the_public(users, tracker):
    secret = tracker.mandates["secret"].pk
    for role in ("provider", "focal_point", None):
        hidden = assert_error(client_for(users, role).get(f"/api/v1/mandates/{secret}"), 404, "not_found")
        missing = assert_error(client_for(users, role).get("/api/v1/mandates/999999"), 404, "not_found")
        assert hidden == missing
    body = client_for(users, "secretariat").get(f"/api/v1/mandates/{secret}").json()
    assert SECRET_MANDATE in body["text"] and body["symbol"] == "CAC/COSP/2021/CRP.10"


def test_one_mandate_with_its_evidence_lineage_and_history_for_the_public(users, tracker):
    m, e = tracker.mandates, tracker.evidence
    body = Client().get(f"/api/v1/mandates/{m['op2'].pk}").json()
    assert body["status"] == "implemented" and (body["evidence"], body["lineage"]) == (1, 1)
    # Only confirmed evidence from documents the public may read: not the proposal, not the Secretariat's.
    assert [
        (item["id"], item["symbol"], item["pid"], item["decision"]) for item in body["evidence_items"]
    ] == [(e["confirmed"].pk, "CAC/COSP/2021/5", "12", "confirmed")]
    # The later public resolution's link, not the Secretariat-only one's.
    assert [(link["mandate"]["id"], link["relation"]) for link in body["later"]] == [
        (m["later"].pk, "reaffirms")
    ]
    assert body["earlier"] == []
    # The history: the change that rests on Secretariat-only evidence does not name it; no notes, no names.
    assert [(h["before"], h["after"], h["evidence"], h["note"], h["by"]) for h in body["history"]] == [
        ("open", "in_progress", None, "", ""),
        ("in_progress", "implemented", e["confirmed"].pk, "", ""),
    ]
    later = Client().get(f"/api/v1/mandates/{m['later'].pk}").json()
    assert [(link["mandate"]["id"], link["decision"]) for link in later["earlier"]] == [
        (m["op2"].pk, "confirmed")
    ]


def test_one_mandate_names_where_the_report_on_its_resolution_is(users, tracker):
    body = Client().get(f"/api/v1/mandates/{tracker.mandates['op2'].pk}").json()
    report = body["status_report"]
    assert set(report) == {"ar", "zh", "en", "fr", "ru", "es"}
    assert report["zh"] == {
        "docx": "/en/mandates/resolutions/CAC/COSP/2019/17/8/2/status.docx?language=zh",
        "pdf": "/en/mandates/resolutions/CAC/COSP/2019/17/8/2/status.pdf?language=zh",
    }
    # The address answers: the report of what this reader may see.
    response = Client().get(report["en"]["docx"])
    assert response.status_code == 200 and response["Content-Type"].startswith("application/vnd.openxml")


def test_the_due_filter(users, tracker):
    m = tracker.mandates
    client = Client()
    # The ninth session (13 December 2021) is past: what reported to it and is still pending is overdue.
    assert [row["id"] for row in client.get("/api/v1/mandates", {"due": "overdue"}).json()] == [m["op3.1"].pk]
    assert client.get("/api/v1/mandates", {"due": "next"}).json() == []
    error = assert_error(client.get("/api/v1/mandates", {"due": "soon"}), 422, "invalid_input")
    assert error["details"][0]["accepted"] == ["next", "overdue"]


def test_curators_see_proposals_rejections_and_their_notes(users, tracker):
    m, e = tracker.mandates, tracker.evidence
    client = client_for(users, "secretariat")
    body = client.get(f"/api/v1/mandates/{m['op2'].pk}").json()
    decisions = {item["id"]: item["decision"] for item in body["evidence_items"]}
    assert decisions == {
        e["confirmed"].pk: "confirmed",
        e["proposed"].pk: "proposed",
        e["secret"].pk: "confirmed",
    }
    # The counts stay those of confirmed links, as in the exports.
    assert (body["evidence"], body["lineage"]) == (2, 2)
    assert {link["mandate"]["id"] for link in body["later"]} == {m["later"].pk, m["secret"].pk}
    first = body["history"][0]
    assert (first["evidence"], first["note"], first["by"]) == (
        e["secret"].pk,
        CURATOR_NOTE,
        "secretariat-any",
    )
    op3 = client.get(f"/api/v1/mandates/{m['op3'].pk}").json()
    assert [item["decision"] for item in op3["evidence_items"]] == ["rejected"]
    assert [(link["mandate"]["id"], link["decision"]) for link in op3["later"]] == [
        (m["formula"].pk, "proposed")
    ]
    public_op3 = Client().get(f"/api/v1/mandates/{m['op3'].pk}").json()
    assert public_op3["evidence_items"] == [] and public_op3["later"] == []


def test_sessions(reference):
    client = Client()
    sessions = client.get("/api/v1/sessions").json()
    conference = [s for s in sessions if s["body"] == "cosp"]
    assert [s["number"] for s in conference] == list(range(1, 13))
    eighth = conference[7]
    assert eighth == {
        "key": "cosp/8",
        "body": "cosp",
        "number": 8,
        "year": 2019,
        "starts": "2019-12-16",
        "ends": "2019-12-20",
        "venue": "Abu Dhabi, United Arab Emirates",
    }
    assert conference[11]["starts"] is None
    assert client.get("/api/v1/sessions", {"body": "irg"}).json() == []
    error = assert_error(client.get("/api/v1/sessions", {"body": "nope"}), 422, "invalid_input")
    assert error["details"] == [{"field": "body", "value": "nope"}]


def test_the_endpoints_are_in_the_openapi_schema(reference):
    schema = Client().get("/api/v1/openapi.json").json()
    paths = schema["paths"]
    for path in ("/api/v1/mandates", "/api/v1/mandates/{mandate_id}", "/api/v1/sessions"):
        assert "get" in paths[path], path
    listing = paths["/api/v1/mandates"]["get"]
    names = {parameter["name"] for parameter in listing["parameters"]}
    assert {"session", "body", "addressee", "status", "condition", "category", "article", "topic"} <= names
    assert {"limit", "offset", "document", "resolution", "due"} <= names
    assert (
        "422" in listing["responses"] and "404" in paths["/api/v1/mandates/{mandate_id}"]["get"]["responses"]
    )
    components = schema["components"]["schemas"]
    assert {"MandateOut", "MandateDetailOut", "SessionOut", "LineageOut", "MandateEvidenceOut"} <= set(
        components
    )
    assert listing["tags"] == ["mandates"]
