"""Accessibility of the directory of national authorities and the technical-assistance register, checked
by axe-core in Chromium in every language with their demos loaded, as the public and as the Secretariat
(the validation queue, the match queue, the forms)."""

import pytest

from observatory.accounts.demo import DEMO_PASSWORD, create_demo_accounts
from observatory.assistance.demo import load_demo_assistance
from observatory.assistance.models import Need, Offer
from observatory.directory.demo import load_demo_directory
from observatory.directory.models import Authority

from .test_accessibility import LANGUAGES, axe_source  # noqa: F401 (fixture)
from .test_collection_accessibility import _violations
from .test_collection_loop import _sign_in

pytestmark = pytest.mark.browser


@pytest.fixture
def registers(reference):
    create_demo_accounts()
    load_demo_directory()
    load_demo_assistance()


def test_register_pages_have_no_violations_above_minor(
    browser, live_server, flushable_audit_log, registers, axe_source
):
    authority = Authority.objects.filter(state__iso3="FRA").first()
    need, offer = Need.objects.first(), Offer.objects.first()
    public = [
        "directory/",
        f"directory/{authority.pk}/",
        "assistance/",
        "assistance/needs/",
        f"assistance/needs/{need.pk}/",
        "assistance/offers/",
        f"assistance/offers/{offer.pk}/",
        "states/fra/",
    ]
    secretariat = ["directory/validation/", f"directory/{authority.pk}/edit/", "assistance/matches/"]
    problems = {}
    for username, addresses in ((None, public), ("secretariat", secretariat)):
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
