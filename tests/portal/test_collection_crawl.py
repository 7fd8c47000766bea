"""Confidentiality of the collection, checked the way a visitor meets it: with the demo's calls loaded
(drafts, Secretariat-only answers, a States-parties-only submission, unpublished versions, a request for
clarification, a reason for declining — each carrying a unique marker), crawl every page, export and API
answer as the public and as another State, and search for every marker. None may appear; the published
public answers must."""

import re

import pytest

from observatory.accounts.demo import DEMO_PASSWORD, create_demo_accounts
from observatory.accounts.models import User
from observatory.collection import services
from observatory.collection.demo import (
    CONFIDENTIAL_MARKERS,
    MARKER_STATES,
    PUBLIC_MARKERS,
    load_demo_collection,
)
from observatory.collection.models import Call, Submission

from .test_public_crawl import crawl

LANGUAGES = ["ar", "zh-hans", "en", "fr", "ru", "es"]


@pytest.fixture
def demo(reference, tmp_path):
    """The demo accounts and the demo's two calls (without the demo library, which they do not need)."""
    create_demo_accounts()
    services.load_checklist()
    load_demo_collection(password=DEMO_PASSWORD, mail_dir=tmp_path / "mail")
    return Call.objects.all()


def api_addresses() -> list[str]:
    """Every API answer about calls, submissions and the library, whatever the reader may see."""
    addresses = [
        "/api/v1/calls",
        "/api/v1/submissions?limit=500",
        "/api/v1/documents?limit=500",
        "/api/v1/paragraphs?limit=500",
        "/api/v1/paragraphs?limit=500&offset=500",
        "/api/v1/openapi.json",
    ]
    for call in Call.objects.all():
        addresses += [f"/api/v1/calls/{call.pk}", f"/api/v1/calls/{call.pk}/ledger"]
        addresses += [f"/api/v1/submissions?call={call.pk}&limit=500"]
    for submission in Submission.objects.all():
        addresses.append(f"/api/v1/submissions/{submission.pk}")
        for language in ("en", "fr"):
            addresses.append(f"/{language}/calls/{submission.call_id}/states/{submission.state.iso3}/")
    return addresses


#: Searches for a marker, on the portal (two modes), in the library list and through the API.
SEARCHES = ["/en/search/?q={}", "/en/search/?q={}&mode=hybrid", "/en/library/?q={}", "/api/v1/search?q={}"]
#: A marker nobody wrote: what a search page for it holds is the query repeated back (the search box,
#: the title), never a hit.
NOBODY = "Nullvoile-0000"
MARK = re.compile(r"</?mark>")


def _occurrences(client, template: str, marker: str) -> int:
    response = client.get(template.format(marker))
    assert response.status_code < 500
    # Highlighting splits a matched marker ("<mark>Ombrelune</mark>-2291"): count it whole.
    return MARK.sub("", response.content.decode()).count(marker)


def search_leaks(client, forbidden: list[str]) -> list[tuple[str, str]]:
    """(search, marker) where searching for a forbidden marker shows it more often than a search for a
    marker nobody wrote shows that one: more than the query repeated back, so a hit."""
    echoes = {template: _occurrences(client, template, NOBODY) for template in SEARCHES}
    return [
        (template, marker)
        for template in SEARCHES
        for marker in forbidden
        if _occurrences(client, template, marker) > echoes[template]
    ]


def search_finds(client, marker: str) -> bool:
    """Whether searching for ``marker`` on the portal shows it beyond the query repeated back."""
    return _occurrences(client, SEARCHES[0], marker) > _occurrences(client, SEARCHES[0], NOBODY)


def leaks(pages: dict[str, str], forbidden: list[str]) -> dict[str, list[str]]:
    """The forbidden markers found, by address."""
    found = {address: [m for m in forbidden if m in body] for address, body in pages.items()}
    return {address: markers for address, markers in found.items() if markers}


def visible_to_state(marker: str, iso3: str) -> bool:
    """Whether people of the State ``iso3`` may read the content ``marker`` sits in."""
    audience = CONFIDENTIAL_MARKERS[marker]
    return MARKER_STATES[marker] == iso3 or audience == "states_parties"


def test_the_public_sees_no_confidential_content_of_the_calls(client, demo):
    pages = crawl(client, [f"/{language}/" for language in LANGUAGES] + ["/en/calls/"], limit=5000)
    pages.update(crawl(client, api_addresses()))
    # The whole public site was walked, the calls and their published submissions with it.
    assert len(pages) > 1000
    assert sum("/calls/" in address and "/states/" in address for address in pages) >= 8
    assert leaks(pages, list(CONFIDENTIAL_MARKERS)) == {}
    assert search_leaks(client, list(CONFIDENTIAL_MARKERS)) == []
    for marker in PUBLIC_MARKERS:
        assert search_finds(client, marker), marker
        assert any(marker in body for address, body in pages.items() if "/states/" in address), marker
    # The ledger is the Secretariat's: refused, in the API's error shape.
    ledger = client.get(f"/api/v1/calls/{demo.first().pk}/ledger")
    assert ledger.status_code in (401, 403) and "error" in ledger.json()


def test_another_state_sees_only_what_is_published_to_it(client, demo):
    egypt = User.objects.get(username="focal.egy")
    client.force_login(egypt)
    pages = crawl(client, ["/en/", "/en/calls/", "/en/inbox/", "/fr/calls/"], limit=3000)
    pages.update(crawl(client, api_addresses()))
    assert "/en/inbox/" in pages and len(pages) > 500
    forbidden = [marker for marker in CONFIDENTIAL_MARKERS if not visible_to_state(marker, "EGY")]
    assert leaks(pages, forbidden) == {}
    assert search_leaks(client, forbidden) == []
    # France's submission published to States parties only is readable by Egypt.
    assert any("Brumecorne-4830" in body for body in pages.values())


def test_a_state_reads_its_own_draft_and_nobody_elses(client, demo):
    france = User.objects.get(username="contributor.fra")
    client.force_login(france)
    pages = crawl(client, ["/en/inbox/", "/fr/inbox/"], limit=400)
    pages.update(crawl(client, api_addresses()))
    assert any("Pierrelune-1846" in body for body in pages.values())  # its own draft
    forbidden = [marker for marker in CONFIDENTIAL_MARKERS if not visible_to_state(marker, "FRA")]
    assert leaks(pages, forbidden) == {}


def test_the_secretariat_reads_what_was_submitted_but_never_drafts(client, demo):
    client.force_login(User.objects.get(username="secretariat"))
    pages = crawl(client, ["/en/calls/"], limit=600)
    pages.update(crawl(client, api_addresses()))
    drafts = [
        marker for marker, audience in CONFIDENTIAL_MARKERS.items() if audience.startswith("own_state:")
    ]
    assert leaks(pages, drafts) == {}
    assert any("Roncebleu-9375" in body for body in pages.values())  # China's submitted version
