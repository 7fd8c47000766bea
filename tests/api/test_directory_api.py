"""The directory API, role by role: everyone reads the validated records in force with their public
contact and freshness; contact persons only government users and the Secretariat; what awaits
validation only the State and the Secretariat; bad filters answer in the one error shape."""

import pytest
from django.test import Client

from observatory.directory import services
from tests.directory.conftest import (  # noqa: F401 (fixtures)
    CONTACT_MARKERS,
    CONTACT_NAME,
    afa,
    afa_data,
    age,
    france,
    gi,
    viet_nam,
)

#: Role → (reads contact persons, reads France's records awaiting validation).
ROLES = {
    None: (False, False),
    "provider": (False, False),
    "focal_point": (True, False),
    "contributor": (True, False),
    "other_focal_point": (True, True),
    "secretariat": (True, True),
    "administrator": (True, True),
}


def signed_in(users, role) -> Client:
    client = Client()
    if role:
        client.force_login(users[role])
    return client


def assert_error(response, status: int, field: str | None = None) -> dict:
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"error"} and body["error"]["message"]
    if field:
        assert body["error"]["details"][0]["field"] == field
    return body


@pytest.fixture
def records(users, afa, gi, france):
    """France's Agency with a change awaiting validation, a French record never validated, and Viet
    Nam's record stale."""
    services.update_authority(
        users["other_focal_point"], afa, afa_data(phone="+33 1 99 99 99 99"), revision=afa.revision
    )
    proposed = services.create_authority(
        users["other_focal_point"], france, afa_data(names={"fr": "Tracfin"})
    )
    age(gi, 400)
    return {"afa": afa, "proposed": proposed, "gi": gi}


@pytest.mark.parametrize("role", ROLES)
def test_the_list_role_by_role(users, records, role):
    sees_contacts, insider = ROLES[role]
    found = signed_in(users, role).get("/api/v1/authorities").json()
    ids = [record["id"] for record in found]
    expected = {records["afa"].pk, records["gi"].pk} | ({records["proposed"].pk} if insider else set())
    assert set(ids) == expected
    agency = next(record for record in found if record["id"] == records["afa"].pk)
    assert agency["phone"] == "+33 1 40 04 00 00"  # the validated version, for everyone
    assert agency["email"] == "contact@afa.demo.invalid"
    assert agency["validation_state"] == ("change_pending" if insider else "validated")
    if sees_contacts:
        assert agency["contact_persons"][0] == {
            "name": CONTACT_NAME,
            "title": "Head of international affairs",
            "phone": CONTACT_MARKERS[2],
            "email": CONTACT_MARKERS[1],
            "languages": ["fr", "en"],
        }
    else:
        assert agency["contact_persons"] is None
        assert "secretariat-any" not in str(found)
    inspectorate = next(record for record in found if record["id"] == records["gi"].pk)
    assert inspectorate["stale"] is True and inspectorate["freshness"] == "stale"
    assert inspectorate["url"] == f"/en/directory/{records['gi'].pk}/"


@pytest.mark.parametrize("role", ROLES)
def test_one_record_role_by_role(users, records, role):
    sees_contacts, insider = ROLES[role]
    client = signed_in(users, role)
    record = client.get(f"/api/v1/authorities/{records['afa'].pk}").json()
    assert record["names"] == {"fr": "Agence française anticorruption", "en": "French Anti-Corruption Agency"}
    assert (record["contact_persons"] is not None) == sees_contacts
    response = client.get(f"/api/v1/authorities/{records['proposed'].pk}")
    if insider:
        assert response.status_code == 200 and response.json()["validation_state"] == "pending"
    else:
        assert_error(response, 404)  # alike with a record that does not exist
    assert_error(client.get("/api/v1/authorities/999999"), 404)


def test_filters(users, records):
    client = Client()
    assert [r["state"] for r in client.get("/api/v1/authorities?state=vnm").json()] == ["VNM"]
    assert [r["state"] for r in client.get("/api/v1/authorities?regional_group=weog").json()] == ["FRA"]
    assert [r["state"] for r in client.get("/api/v1/authorities?freshness=stale").json()] == ["VNM"]
    assert client.get("/api/v1/authorities?designation=central_authority").json() == []
    assert len(client.get("/api/v1/authorities?limit=1").json()) == 1
    assert [r["state"] for r in client.get("/api/v1/authorities?limit=1&offset=1").json()] == ["VNM"]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("state=XYZ", "state"),
        ("regional_group=europe", "regional_group"),
        ("designation=ministry", "designation"),
        ("freshness=old", "freshness"),
        ("offset=-1", "offset"),
    ],
)
def test_bad_filters_answer_422_in_the_error_shape(records, query, field):
    body = assert_error(Client().get(f"/api/v1/authorities?{query}"), 422, field)
    if field != "offset":
        assert body["error"]["details"][0]["accepted"]


def test_the_api_is_in_the_openapi_schema(reference):
    schema = Client().get("/api/v1/openapi.json").json()
    assert (
        "/api/v1/authorities" in schema["paths"] and "/api/v1/authorities/{authority_id}" in schema["paths"]
    )
    properties = schema["components"]["schemas"]["AuthorityOut"]["properties"]
    assert {"contact_persons", "stale", "freshness", "last_confirmed_at", "names"} <= set(properties)
    assert "directory" in schema["paths"]["/api/v1/authorities"]["get"]["tags"]


def test_the_public_api_never_holds_contact_persons(records):
    client = Client()
    bodies = [client.get("/api/v1/authorities?limit=500").content.decode()]
    bodies += [client.get(f"/api/v1/authorities/{record.pk}").content.decode() for record in records.values()]
    assert not any(marker in body for body in bodies for marker in CONTACT_MARKERS)
    assert not any("Hoang Minh Quan" in body for body in bodies)
