"""Accessibility of the collection pages, checked by axe-core in Chromium in every language, with the demo's
calls loaded: the public pages, the State's inbox and answer form, and the Secretariat's pages."""

import pytest

from observatory.accounts.management.commands.load_demo import DEMO_PASSWORD
from observatory.collection.demo import CLOSED_SYMBOL, OPEN_SYMBOL
from observatory.collection.models import Call
from tests.portal.test_collection_crawl import demo  # noqa: F401 (fixture)

from .test_accessibility import LANGUAGES, axe_source  # noqa: F401 (fixture)
from .test_collection_loop import _sign_in

pytestmark = pytest.mark.browser

AXE_VIOLATIONS = """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
    .filter(v => v.impact !== 'minor')
    .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))"""


def _violations(page, address: str, axe_source: str) -> list[str]:
    response = page.goto(address)
    assert response.status < 400, address
    page.add_script_tag(content=axe_source)
    return page.evaluate(AXE_VIOLATIONS)


def test_collection_pages_have_no_violations_above_minor(
    browser, live_server, flushable_audit_log, demo, axe_source
):
    # One test for the six languages: the demo is built once.
    closed = Call.objects.get(symbol=CLOSED_SYMBOL).pk
    opened = Call.objects.get(symbol=OPEN_SYMBOL).pk
    readers = {
        "public": (
            None,
            ["calls/", f"calls/{closed}/", f"calls/{closed}/states/EGY/", "convention/articles/9/"],
        ),
        "contributor.fra": ("contributor.fra", ["inbox/", f"calls/{opened}/answer/"]),
        "secretariat": (
            "secretariat",
            ["calls/new/", f"calls/{closed}/dashboard/", f"calls/{opened}/review/CHN/"],
        ),
    }
    problems = {}
    for reader, (username, addresses) in readers.items():
        if username is None:
            context = browser.new_context(base_url=live_server.url)
            page = context.new_page()
        else:
            context, page = _sign_in(browser, live_server, username, "en", password=DEMO_PASSWORD)
        for language in LANGUAGES:
            for address in addresses:
                violations = _violations(page, f"/{language}/{address}", axe_source)
                if violations:
                    problems[f"{reader} /{language}/{address}"] = violations
        context.close()
    assert problems == {}
