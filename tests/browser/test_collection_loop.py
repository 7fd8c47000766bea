"""The whole loop of a call for information in a real browser: the Secretariat drafts and launches a call;
a contributor drafts an answer in French (saved as they type, still there after the browser is closed);
the focal point submits; the Secretariat publishes; the public finds the answer through search."""

import datetime
import time

import pytest
from django.utils import timezone

from observatory.accounts.models import Role
from observatory.collection import services
from observatory.collection.models import Answer, Call, SubmissionStatus
from observatory.convention.models import Article
from tests.collection.conftest import parties  # noqa: F401 (fixture)
from tests.conftest import PASSWORD

from .test_language_journeys import translated

pytestmark = pytest.mark.browser

FRENCH_ANSWER = (
    "La loi du 9 décembre 2016 protège les lanceurs d'alerte de la fonction publique contre toute mesure "
    "de représailles, et l'Agence française anticorruption reçoit leurs signalements."
)


def _sign_in(browser, live_server, username: str, language: str, password: str = PASSWORD):
    """A new browser (own cookies) signed in as ``username`` through the sign-in page."""
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.goto(f"/{language}/account/login/")
    page.get_by_label(translated("Username", language)).fill(username)
    page.get_by_label(translated("Password", language)).fill(password)
    page.get_by_role("button", name=translated("Sign in", language)).click()
    page.wait_for_url(f"**/{language}/")
    return context, page


def _wait_for(condition, seconds: float = 15.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError("the condition was not met in time")


def test_launch_draft_in_french_submit_publish_and_find(
    browser, live_server, flushable_audit_log, make_user, parties
):
    services.load_checklist()
    make_user(Role.SECRETARIAT, username="secretariat")
    make_user(Role.FOCAL_POINT, "FRA", username="focal-fra")
    make_user(Role.CONTRIBUTOR, "FRA", username="contributor-fra")
    deadline = timezone.localdate() + datetime.timedelta(days=30)

    # The Secretariat drafts the call and launches it.
    secretariat, page = _sign_in(browser, live_server, "secretariat", "en")
    page.goto("/en/calls/new/")
    page.get_by_label("Title in English").fill("Protection of reporting persons in the public service")
    page.get_by_text("Titles in the other official languages").click()
    page.get_by_label("Title in French").fill("Protection des personnes qui communiquent des informations")
    page.locator("#id_deadline").fill(deadline.isoformat())
    page.get_by_label("Articles of the Convention").select_option(str(Article.objects.get(number=8).pk))
    page.locator("#checklist-8-4").check()
    page.get_by_role("button", name="Save the draft call").click()
    page.wait_for_url("**/dashboard/")
    page.get_by_role("button", name="Launch the call and e-mail the note verbale").click()
    page.wait_for_url("**/dashboard/")
    call = Call.objects.get()
    assert call.status == "launched" and call.addressees.filter(state__iso3="FRA").exists()

    # A contributor of France drafts the answer in French; it saves as they type.
    contributor, page = _sign_in(browser, live_server, "contributor-fra", "fr")
    page.goto("/fr/inbox/")
    page.get_by_role("link", name="Protection des personnes qui communiquent des informations").first.click()
    page.wait_for_url(f"**/fr/calls/{call.pk}/answer/")
    question = call.questions.get()
    page.locator(f"#q{question.pk}-measures").fill(FRENCH_ANSWER)
    _wait_for(lambda: Answer.objects.filter(measures=FRENCH_ANSWER).exists())
    page.locator(f"#status-{question.pk} .saved").wait_for()
    assert Answer.objects.get().language == "fr"  # the interface's language, unless chosen otherwise
    contributor.close()
    # The draft survives the closed browser.
    contributor, page = _sign_in(browser, live_server, "contributor-fra", "fr")
    page.goto(f"/fr/calls/{call.pk}/answer/")
    assert page.locator(f"#q{question.pk}-measures").input_value() == FRENCH_ANSWER
    contributor.close()

    # The focal point submits.
    focal, page = _sign_in(browser, live_server, "focal-fra", "fr")
    page.goto(f"/fr/calls/{call.pk}/answer/")
    page.get_by_role("button", name=translated("Submit the answers of my State", "fr")).click()
    page.wait_for_url(f"**/fr/calls/{call.pk}/states/FRA/")
    assert call.submissions.get().status == SubmissionStatus.SUBMITTED
    focal.close()

    # The Secretariat publishes.
    page = secretariat.pages[0]
    page.goto(f"/en/calls/{call.pk}/review/FRA/")
    page.get_by_role("button", name="Publish version 1").click()
    page.wait_for_load_state()
    _wait_for(lambda: call.submissions.get().status == SubmissionStatus.PUBLISHED)
    secretariat.close()

    # The public finds it through search, and reads it.
    public = browser.new_context(base_url=live_server.url)
    page = public.new_page()
    page.goto("/fr/search/")
    page.get_by_label(translated("Search the library", "fr")).fill("lanceurs d'alerte représailles")
    page.keyboard.press("Enter")
    page.wait_for_url("**/fr/search/?*")
    hit = page.locator(".hit").filter(has_text="représailles").first
    hit.get_by_role("link").first.click()
    page.wait_for_load_state()
    assert FRENCH_ANSWER in page.locator("main").inner_text()
    page.goto(f"/fr/calls/{call.pk}/states/FRA/")
    assert FRENCH_ANSWER in page.locator("main").inner_text()
    public.close()
