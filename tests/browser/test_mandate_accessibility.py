"""Accessibility of the mandate tracker, checked by axe-core in Chromium in every language with the demo's
resolutions, report and curated links loaded: the tracker (with its chart), a resolution, a mandate, as
the public and as the Secretariat (with the curator's forms)."""

import pytest

from observatory.accounts.demo import DEMO_PASSWORD, create_demo_accounts
from observatory.library.demo import load_demo_library
from observatory.mandates.demo import load_demo_mandates
from observatory.mandates.models import Lineage

from .test_accessibility import LANGUAGES, axe_source  # noqa: F401 (fixture)
from .test_collection_accessibility import _violations
from .test_collection_loop import _sign_in

pytestmark = pytest.mark.browser


@pytest.fixture
def mandates_demo(reference, tmp_path):
    create_demo_accounts()
    load_demo_library(tmp_path / "corpus")
    load_demo_mandates()


def test_mandate_pages_have_no_violations_above_minor(
    browser, live_server, flushable_audit_log, mandates_demo, axe_source
):
    linked = Lineage.objects.filter(decision="confirmed").select_related("later").first().later
    addresses = ["mandates/", "mandates/?status=open", "mandates/resolutions/", "mandates/resolutions/8/1/"]
    addresses.append(f"mandates/{linked.pk}/")
    problems = {}
    for username in (None, "secretariat"):
        if username is None:
            context = browser.new_context(base_url=live_server.url)
            page = context.new_page()
        else:
            context, page = _sign_in(browser, live_server, username, "en", password=DEMO_PASSWORD)
        for language in LANGUAGES:
            for address in addresses:
                violations = _violations(page, f"/{language}/{address}", axe_source)
                if violations:
                    problems[f"{username or 'public'} /{language}/{address}"] = violations
        context.close()
    assert problems == {}
