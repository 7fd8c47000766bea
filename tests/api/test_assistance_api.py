"""The register's API: needs and offers with the register's filters, one need with its history and
matches as the reader may see them, the Secretariat's matches; all in the OpenAPI schema, errors in the
one shape."""

import pytest
from django.test import Client

from observatory.assistance import services
from observatory.assistance.models import Decision, Match, Need, NeedStatus
from tests.assistance.conftest import (  # noqa: F401 (fixtures)
    CONTACT,
    FRANCE_NEED,
    PUBLIC_NEED,
    READERS,
    RESTRICTED_NEED,
    answered,
    call,
    checklist,
    donor,
    draft_call,
    focal_points,
    parties,
    published,
    questions,
    register,
    submission,
    submitted,
)
from tests.assistance.test_selectors import ALL, SEES

API = "/api/v1/assistance"


def client_for(users, role) -> Client:
    client = Client()
    if role:
        client.force_login(users[role])
    return client


@pytest.mark.parametrize("role", READERS)
def test_the_needs_are_what_the_reader_may_see(users, register, role):
    client = client_for(users, role)
    response = client.get(f"{API}/needs")
    assert response.status_code == 200
    assert {row["description"] for row in response.json()} == SEES[role]
    assert response["X-Total-Count"] == str(len(SEES[role]))
    for description in ALL:
        found = client.get(f"{API}/needs/{Need.objects.get(description=description).pk}")
        assert found.status_code == (200 if description in SEES[role] else 404)
        if found.status_code == 404:
            assert found.json()["error"]["code"] == "not_found"


def test_filters_paging_and_bad_values(users, register):
    client = client_for(users, "secretariat")
    rows = client.get(f"{API}/needs", {"state": "vnm", "article": "8"}).json()
    assert [row["description"] for row in rows] == [RESTRICTED_NEED]
    assert (
        rows[0]["articles"] == [8]
        and rows[0]["kind"] == "it_equipment"
        and rows[0]["visibility"] == "secretariat"
    )
    page = client.get(f"{API}/needs", {"limit": 2, "offset": 1})
    assert len(page.json()) == 2 and page["X-Total-Count"] == "5"
    bad = client.get(f"{API}/needs", {"kind": "money", "status": "done"})
    assert bad.status_code == 422
    error = bad.json()["error"]
    assert error["code"] == "invalid_input" and [d["field"] for d in error["details"]] == ["kind", "status"]
    assert "legal_advice" in error["details"][0]["accepted"]
    assert client.get(f"{API}/needs", {"offset": -1}).status_code == 422
    assert client.get(f"{API}/offers", {"region": "europe"}).status_code == 422


def test_one_need_with_its_history_and_matches(users, register):
    france = Need.objects.get(description=FRANCE_NEED)
    services.change_status(users["other_focal_point"], france, NeedStatus.UNMET, note="Quietnote-1188")
    public = client_for(users, None).get(f"{API}/needs/{france.pk}").json()
    assert [entry["after"] for entry in public["status_history"]] == ["current", "unmet"]
    assert public["status_history"][-1]["note"] == "" and public["status_history"][-1]["by"] == ""
    own = client_for(users, "other_focal_point").get(f"{API}/needs/{france.pk}").json()
    assert own["status_history"][-1]["note"] == "Quietnote-1188"
    vietnam = Need.objects.get(description=PUBLIC_NEED)
    match = Match.objects.get(need=vietnam, offer=register["offers"]["undp"])
    assert client_for(users, None).get(f"{API}/needs/{vietnam.pk}").json()["matches"] == []
    services.decide_match(users["secretariat"], match, Decision.CONFIRMED)
    matches = client_for(users, "focal_point").get(f"{API}/needs/{vietnam.pk}").json()["matches"]
    assert matches == [
        {
            "offer": register["offers"]["undp"].pk,
            "provider": "UNDP",
            "programme": "Open procurement facility",
            "decision": "confirmed",
        }
    ]


@pytest.mark.parametrize(
    ("role", "sees"), [("focal_point", True), ("provider", True), ("secretariat", True), (None, False)]
)
def test_offers_show_the_contact_to_whom_it_is_for(users, register, role, sees):
    client = client_for(users, role)
    rows = client.get(f"{API}/offers", {"provider": "undp"}).json()
    assert [row["programme"] for row in rows] == ["Open procurement facility"]
    assert (rows[0]["contact_email"] == CONTACT) == sees
    one = client.get(f"{API}/offers/{register['offers']['undp'].pk}").json()
    assert (one["contact_email"] == CONTACT) == sees
    assert client.get(f"{API}/offers/999999").status_code == 404


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (None, 401),
        ("provider", 403),
        ("focal_point", 403),
        ("other_focal_point", 403),
        ("administrator", 200),
        ("secretariat", 200),
    ],
)
def test_the_matches_are_the_secretariats(users, register, role, status):
    response = client_for(users, role).get(f"{API}/matches")
    assert response.status_code == status
    if status != 200:
        assert response.json()["error"]["code"] in ("not_authenticated", "permission_denied")
        return
    rows = response.json()
    assert len(rows) == Match.objects.count() and rows[0]["score"] >= rows[-1]["score"]
    assert set(rows[0]["signals"]) >= {"kind", "article", "region", "text"}
    assert client_for(users, role).get(f"{API}/matches", {"decision": "confirmed"}).json() == []
    assert client_for(users, role).get(f"{API}/matches", {"decision": "maybe"}).status_code == 422


@pytest.mark.usefixtures("reference")
def test_the_register_is_in_the_openapi_schema(client):
    schema = client.get("/api/v1/openapi.json").json()
    for path in (
        "/api/v1/assistance/needs",
        "/api/v1/assistance/needs/{need_id}",
        "/api/v1/assistance/offers",
        "/api/v1/assistance/offers/{offer_id}",
        "/api/v1/assistance/matches",
    ):
        assert path in schema["paths"], path
    parameters = {p["name"] for p in schema["paths"]["/api/v1/assistance/needs"]["get"]["parameters"]}
    assert {
        "state",
        "group",
        "article",
        "kind",
        "status",
        "priority",
        "source",
        "limit",
        "offset",
    } <= parameters
