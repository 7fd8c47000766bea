"""Confidentiality, checked the way a visitor would meet it: crawl every page and API answer the public
can reach and look for the text of documents it may not see."""

import io
import re
from collections import deque

import openpyxl
import pytest

from observatory.accounts.permissions import SYSTEM
from observatory.core.exports import MIME_TYPES
from observatory.library.models import Visibility
from observatory.library.services import import_file

SECRET = "Zephyrine-7731 budget of the investigation unit"
STATES_ONLY = "Marmalade-5512 draft of the national strategy"
LINK = re.compile(r'href="(/[^"#?]*)')


@pytest.fixture
def confidential_library(reference, tmp_path):
    for name, marker, visibility in (
        ("secret-note.en.txt", SECRET, Visibility.SECRETARIAT),
        ("states-note.en.txt", STATES_ONLY, Visibility.STATES_PARTIES),
        ("public-note.en.txt", "A public paragraph on article 9 of the Convention.", Visibility.PUBLIC),
    ):
        path = tmp_path / name
        path.write_text(
            f"{marker} title\n\n1. The {marker} is described under article 9 of the Convention.\n",
            encoding="utf-8",
        )
        assert import_file(SYSTEM, path, kind="submission", visibility=visibility).status == "imported"


def downloaded_text(response) -> str:
    """A response's text, streamed or not; a spreadsheet's cells read out of it (its XML is zipped, so
    a marker in a cell would not show in its bytes)."""
    data = b"".join(response.streaming_content) if response.streaming else response.content
    if response.get("Content-Type", "").startswith(MIME_TYPES["xlsx"]) and response.status_code == 200:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
        return "\n".join(
            "\t".join("" if value is None else str(value) for value in row)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
        )
    return data.decode("utf-8", "replace")


def crawl(client, starts: list[str], limit: int = 2000) -> dict[str, str]:
    """Every page reachable from the starts by links, as the client sees it (downloads decoded as text,
    so a confidential marker inside one would show too)."""
    seen: dict[str, str] = {}
    queue = deque(starts)
    while queue and len(seen) < limit:
        address = queue.popleft()
        if address in seen or address.startswith(("/back-office/", "/static/")) or "/logout/" in address:
            continue
        response = client.get(address)
        assert response.status_code < 500, address
        body = downloaded_text(response)
        seen[address] = body
        if response.get("Content-Type", "").startswith("text/html"):
            # Links are HTML-escaped in the page ("?a=1&amp;b=2"): follow the address they stand for.
            queue.extend(link.replace("&amp;", "&") for link in LINK.findall(body) if link not in seen)
    return seen


def test_the_public_never_sees_confidential_documents(client, confidential_library):
    pages = crawl(client, ["/en/", "/ar/", "/zh-hans/", "/fr/", "/ru/", "/es/", "/en/library/"])
    api = [
        "/api/v1/documents",
        "/api/v1/documents?limit=500",
        "/api/v1/paragraphs?limit=500",
        "/api/v1/paragraphs?article=9",
        "/api/v1/documents/secret-note",
        "/api/v1/documents/states-note",
        "/api/v1/openapi.json",
        "/en/library/secret-note/",
        "/en/library/states-note/",
        "/en/library/?article=9",
    ]
    pages.update(crawl(client, api))
    assert len(pages) > 250  # the whole public site was walked: States, articles, library
    assert any("A public paragraph on article 9" in body for body in pages.values())
    leaks = [address for address, body in pages.items() if "Zephyrine" in body or "Marmalade" in body]
    assert leaks == []
    # Searching for it by name finds nothing (the page only repeats the query in its search box).
    searched = client.get("/en/library/", {"q": "Zephyrine"}).content.decode()
    assert "0 documents" in searched and "secret-note" not in searched


def test_government_users_see_states_parties_documents_only(client, users, confidential_library):
    client.force_login(users["focal_point"])
    library = client.get("/en/library/").content.decode()
    assert "Marmalade-5512" in library and "Zephyrine" not in library
    client.force_login(users["secretariat"])
    library = client.get("/en/library/").content.decode()
    assert "Marmalade-5512" in library and "Zephyrine-7731" in library
