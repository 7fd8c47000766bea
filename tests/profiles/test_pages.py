"""The article page, the country page and the coverage page, in the six languages, as each reader may
see them."""

import pytest

from observatory.library.models import DocumentKind, Visibility
from tests.papers.conftest import submission_document
from tests.profiles.test_coverage import reports  # noqa: F401 (a fixture)

LANGUAGES = ["ar", "zh-hans", "en", "fr", "ru", "es"]
SECRET = "Zephyrine-7731 register"


@pytest.fixture
def practice(reference):
    return submission_document(
        "CHL",
        "es",
        ["<b>Buena práctica</b>: declaraciones juradas en línea desde 2016."],
        [8],
        key="practice/chl",
        kind=DocumentKind.GOOD_PRACTICE,
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_article_page(client, reports, practice, language):
    page = client.get(f"/{language}/convention/articles/8/").content.decode()
    assert 'href="/' + language + '/states/KEN/"' in page and "practice/chl" in page
    assert "<b>Buena" not in page  # titles and texts escaped
    assert f"/{language}/coverage/?chapter=2" in page


def test_the_article_page_in_english_counts_and_lists(client, reports, practice):
    page = client.get("/en/convention/articles/8/").content.decode()
    assert "2 States reported on this article" in page  # Kenya's answer, Chile's good practice
    assert (
        "Good practices" in page and "Related mandates" in page and "Open technical-assistance needs" in page
    )


def test_the_article_page_never_counts_what_the_reader_may_not_see(client, users, reports):
    submission_document(
        "ISL", "en", [f"{SECRET} of declarations."], [8], key="secret/isl", visibility=Visibility.SECRETARIAT
    )
    public = client.get("/en/convention/articles/8/").content.decode()
    assert "/states/ISL/" not in public and "secret/isl" not in public
    client.force_login(users["secretariat"])
    assert "/states/ISL/" in client.get("/en/convention/articles/8/").content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_country_page(client, reports, language):
    page = client.get(f"/{language}/states/PER/").content.decode()
    assert f'href="/{language}/convention/articles/9/"' in page and "law/per" in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_coverage_page(client, reports, language):
    response = client.get(f"/{language}/coverage/")
    page = response.content.decode()
    assert response.status_code == 200
    assert f'href="/{language}/states/KEN/"' in page and 'class="cell-' in page
    assert "/states/NOR/" not in page


def test_the_coverage_page_ignores_unknown_filters(client, reports):
    page = client.get("/en/coverage/?chapter=99&group=nowhere").content.decode()
    assert "/states/KEN/" in page and "/states/PER/" in page
    narrowed = client.get("/en/coverage/?chapter=2&group=grulac").content.decode()
    assert "/states/PER/" in narrowed and "/states/KEN/" not in narrowed


def test_the_article_page_lists_the_most_recent_reports(client, reports):
    page = client.get("/en/convention/articles/8/").content.decode()
    assert '<ul class="recent"><li><a href="/en/states/KEN/">' in page
