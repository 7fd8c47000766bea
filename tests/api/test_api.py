"""The JSON API: reference data, the one error shape, the OpenAPI schema."""

import pytest

pytestmark = pytest.mark.usefixtures("reference")


def test_articles(client):
    body = client.get("/api/v1/articles").json()
    assert len(body) == 71
    assert body[45]["number"] == 46 and body[45]["titles"]["en"] == "Mutual legal assistance"
    assert body[45]["chapter"] == "IV"


def test_one_article_and_its_topics(client):
    body = client.get("/api/v1/articles/8").json()
    assert body["titles"]["fr"] == ""
    assert "codes-of-conduct" in body["topics"]


def test_chapters_and_topics(client):
    assert [c["roman"] for c in client.get("/api/v1/chapters").json()] == [
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
        "VII",
        "VIII",
    ]
    topics = {t["slug"]: t for t in client.get("/api/v1/topics").json()}
    assert topics["public-procurement"]["parent"] == "public-finances"
    assert topics["public-procurement"]["labels"]["zh"] == "公共采购"


def test_states(client):
    body = client.get("/api/v1/states").json()
    assert len(body) == 197
    viet_nam = client.get("/api/v1/states/vnm").json()
    assert viet_nam["names"]["ar"] == "فييت نام" and viet_nam["m49"] == 704
    assert viet_nam["convention_status"] == "unknown" and viet_nam["party_date"] is None
    grulac = client.get("/api/v1/states", {"regional_group": "grulac"}).json()
    assert len(grulac) == 33


@pytest.mark.parametrize(
    ("url", "status", "code"),
    [
        ("/api/v1/articles/99", 404, "not_found"),
        ("/api/v1/articles/eight", 422, "invalid_input"),
        ("/api/v1/states/XYZ", 404, "not_found"),
        ("/api/v1/states?regional_group=nordic", 422, "invalid_input"),
        ("/api/v1/nothing-here", 404, "not_found"),
    ],
)
def test_errors_have_one_shape(client, url, status, code):
    response = client.get(url)
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code and body["error"]["message"]


def test_openapi_schema(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["info"]["title"] == "Observatory API"
    assert {"/api/v1/articles", "/api/v1/states/{iso3}"} <= set(schema["paths"])
    assert client.get("/api/v1/docs").status_code == 200
