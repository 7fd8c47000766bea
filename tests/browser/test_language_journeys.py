"""Journeys in a real browser: sign in, switch language, see the page in that language (RTL for Arabic)."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from observatory.accounts.models import Role
from tests.conftest import PASSWORD

pytestmark = pytest.mark.browser

LANGUAGES = ["ar", "zh-hans", "en", "fr", "ru", "es"]
AUTONYMS = {
    "ar": "عربي",
    "zh-hans": "中文",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
}


def translated(text: str, language: str) -> str:
    with translation.override(language):
        return gettext(text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_sign_in_switch_language_and_read(page, make_user, language, screenshot_dir):
    make_user(Role.FOCAL_POINT, "VNM", username="focal")
    start = "fr" if language == "en" else "en"

    page.goto(f"/{start}/")
    # The first Tab reaches the skip link: keyboard users can jump to the content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"

    page.get_by_role("link", name=translated("Sign in", start)).click()
    page.get_by_label(translated("Username", start)).fill("focal")
    page.get_by_label(translated("Password", start)).fill(PASSWORD)
    page.get_by_role("button", name=translated("Sign in", start)).click()
    page.wait_for_url(f"**/{start}/")

    page.get_by_role("navigation", name=translated("Languages", start)).get_by_role(
        "link", name=AUTONYMS[language]
    ).click()
    page.wait_for_url(f"**/{language}/")

    html = page.locator("html")
    assert html.get_attribute("lang") == language
    expected_direction = "rtl" if language == "ar" else "ltr"
    assert html.get_attribute("dir") == expected_direction
    assert page.evaluate("getComputedStyle(document.body).direction") == expected_direction
    heading = translated("UNCAC Observatory", language)
    assert page.get_by_role("heading", level=1).inner_text() == heading
    if language != "en":
        assert heading != "UNCAC Observatory"
    # Still signed in, in the new language.
    assert page.get_by_role("button", name=translated("Sign out", language)).is_visible()

    # The main menu keeps the language.
    page.get_by_role("link", name=translated("States", language)).first.click()
    page.wait_for_url(f"**/{language}/states/")
    assert page.get_by_role("link", name=translated_state_name(language)).count() == 1
    if language == "ar":
        # Right-to-left for real: the brand sits at the right edge of the header.
        box = page.locator(".brand").bounding_box()
        assert box["x"] > 1280 / 2 - box["width"]
        assert page.locator(".brand").evaluate("el => el.getBoundingClientRect().right") > 1200
    page.screenshot(path=screenshot_dir / f"states-{language}.png", full_page=False)
    page.goto(f"/{language}/")
    page.screenshot(path=screenshot_dir / f"home-{language}.png", full_page=True)


def translated_state_name(language: str) -> str:
    return {
        "ar": "فييت نام",
        "zh-hans": "越南",
        "en": "Viet Nam",
        "fr": "Viet Nam",
        "ru": "Вьетнам",
        "es": "Viet Nam",
    }[language]
