"""Library pages and API: filters, permalinks, links, versions side by side, visibility by role."""

import pytest
from django.contrib.auth.models import AnonymousUser

from observatory.accounts.permissions import SYSTEM
from observatory.library.models import Document, Visibility
from observatory.library.selectors import DocumentFilters, document_list
from observatory.library.services import import_file


@pytest.fixture
def library(reference, corpus_file):
    import_file(SYSTEM, corpus_file("cosp7-resolutions", "en", "txt"))
    import_file(SYSTEM, corpus_file("cosp7-resolutions", "fr", "docx"))
    import_file(SYSTEM, corpus_file("wg4-2011-asset-declarations", "en", "pdf"))
    import_file(
        SYSTEM,
        corpus_file("submission-2011-russian-federation", "ru", "docx"),
        kind="submission",
        visibility=Visibility.SECRETARIAT,
    )


def test_list_filters(client, library):
    html = client.get("/en/library/").content.decode()
    assert "CAC/COSP/2017/14" in html and "CAC/COSP/WG.4/2011/3" in html
    assert "submission-2011-russian-federation" not in html  # Secretariat only
    only_reports = client.get("/en/library/", {"kind": "report"}).content.decode()
    assert "CAC/COSP/WG.4/2011/3" in only_reports and "CAC/COSP/2017/14" not in only_reports
    french = client.get("/en/library/", {"language": "fr"}).content.decode()
    assert "CAC/COSP/2017/14" in french and "CAC/COSP/WG.4/2011/3" not in french
    article_33 = client.get("/en/library/", {"article": "33"}).content.decode()
    assert "CAC/COSP/2017/14" in article_33


def test_document_page_has_permalinks_and_links(client, library):
    html = client.get("/en/library/CAC/COSP/2017/14/").content.decode()
    assert 'id="p-7-1-op-4"' in html and 'href="#p-7-1-op-4"' in html
    assert '<a href="/en/convention/articles/8/">' in html
    assert 'href="/en/states/nor/"' in html  # "the Government of Norway"


def test_versions_side_by_side(client, library):
    html = client.get("/fr/library/CAC/COSP/2017/14/", {"version": "en", "compare": "fr"}).content.decode()
    assert '<table class="side-by-side">' in html
    row = html[html.index('<span class="pid">7/1 op 4</span>') :]
    assert "Requests the Secretariat" in row[:2000] and "Prie le Secrétariat" in row[:4000]


def test_confidential_documents_by_role(client, users, library):
    address = "/en/library/submission-2011-russian-federation/"
    assert client.get(address).status_code == 404
    for role in ("focal_point", "contributor", "provider"):
        client.force_login(users[role])
        assert client.get(address).status_code == 404, role
        assert client.get("/api/v1/documents/submission-2011-russian-federation").status_code == 404
    client.force_login(users["secretariat"])
    assert client.get(address).status_code == 200
    keys = [d.key for d in document_list(AnonymousUser(), DocumentFilters())]
    assert "submission-2011-russian-federation" not in keys


def test_api_documents_and_paragraphs(client, library):
    documents = client.get("/api/v1/documents").json()
    assert {d["key"] for d in documents} == {"CAC/COSP/2017/14", "CAC/COSP/WG.4/2011/3"}
    resolutions = next(d for d in documents if d["key"] == "CAC/COSP/2017/14")
    assert [v["language"] for v in resolutions["versions"]] == ["en", "fr"]
    body = client.get("/api/v1/documents/CAC/COSP/2017/14", {"language": "fr"}).json()
    assert body["language"] == "fr"
    paragraph = next(p for p in body["paragraphs"] if p["id"] == "7/1 op 4")
    assert paragraph["action"]["verb_base"] == "requests"
    assert client.get("/api/v1/documents/NOPE/1").json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("language", ["ar", "zh-hans", "en", "fr", "ru", "es"])
def test_library_pages_in_every_language(client, library, language):
    assert client.get(f"/{language}/library/").status_code == 200
    assert client.get(f"/{language}/library/CAC/COSP/WG.4/2011/3/").status_code == 200
    assert Document.objects.filter(key="CAC/COSP/WG.4/2011/3").exists()


def test_api_paragraphs_by_article_and_state(client, library):
    body = client.get("/api/v1/paragraphs", {"article": 33}).json()
    assert body and all(any(ref["article"] == 33 for ref in p["references"]["articles"]) for p in body)
    assert {p["document"] for p in body} == {"CAC/COSP/2017/14"}
    norway = client.get("/api/v1/paragraphs", {"state": "nor", "language": "en"}).json()
    assert any("Norway" in p["text"] for p in norway)
    # The Secretariat-only submission never shows, whatever the filter.
    russian = client.get("/api/v1/paragraphs", {"language": "ru"}).json()
    assert russian == []
