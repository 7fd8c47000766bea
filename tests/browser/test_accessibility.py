"""Accessibility of the portal, checked by axe-core in Chromium on every page kind, in every language:
landmarks, labels, contrast, names of links and buttons, language attributes."""

from pathlib import Path

import pytest

from tests.profiles.test_coverage import reports  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
LANGUAGES = ["ar", "zh-hans", "en", "fr", "ru", "es"]
PAGES = [
    "",
    "convention/",
    "convention/articles/8/",
    "topics/",
    "states/",
    "states/vnm/",
    "coverage/",
    "account/login/",
    "library/",
    "search/?q=corruption",
    "search/?q=-x",
]


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.exists():
        pytest.fail(f"axe-core is missing at {AXE}: run `npm ci` (make test does)")
    return AXE.read_text(encoding="utf-8")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_accessibility_violations_above_minor(page, reference, axe_source, language):
    problems = {}
    for address in PAGES:
        page.goto(f"/{language}/{address}")
        page.add_script_tag(content=axe_source)
        violations = page.evaluate(
            """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
                 .filter(v => v.impact !== 'minor')
                 .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))"""
        )
        if violations:
            problems[address or "home"] = violations
    assert problems == {}


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_maps_and_their_tables_are_accessible(page, reports, axe_source, screenshot_dir, language):
    """The coverage page and an article page with States on their maps: no violation, and a screenshot."""
    problems = {}
    for address, name in (("coverage/", "coverage"), ("convention/articles/8/", "article-8")):
        page.goto(f"/{language}/{address}")
        assert page.locator("figure.world-map svg path.country").count() > 170
        page.screenshot(path=str(screenshot_dir / f"map-{name}-{language}.png"), full_page=True)
        page.add_script_tag(content=axe_source)
        violations = page.evaluate(
            """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
                 .filter(v => v.impact !== 'minor')
                 .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))"""
        )
        if violations:
            problems[address] = violations
    assert problems == {}
