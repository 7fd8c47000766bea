"""Portal pages in the six languages: language prefix, direction, language menu, fallbacks."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from observatory.convention.models import Article

LANGUAGES = ["ar", "zh-hans", "en", "fr", "ru", "es"]
PAGES = [
    ("portal:home", []),
    ("portal:convention", []),
    ("portal:article", [8]),
    ("portal:topics", []),
    ("portal:states", []),
    ("portal:state", ["vnm"]),
    ("portal:login", []),
]


def url(name, args, language):
    with translation.override(language):
        return reverse(name, args=args)


@pytest.mark.usefixtures("reference")
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("name", "args"), PAGES)
def test_every_page_renders_in_every_language(client, name, args, language):
    address = url(name, args, language)
    assert address.startswith(f"/{language}/")
    response = client.get(address)
    assert response.status_code == 200
    html = response.content.decode()
    direction = "rtl" if language == "ar" else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert '<main id="main"' in html and 'href="#main"' in html


@pytest.mark.usefixtures("reference")
def test_the_language_menu_is_in_un_order_and_links_the_same_page(client):
    html = client.get("/fr/convention/articles/8/").content.decode()
    menu = re.search(r'<nav class="language-menu".*?</nav>', html, re.S).group(0)
    assert re.findall(r'lang="([^"]+)" hreflang', menu) == LANGUAGES
    assert re.findall(r">([^<]+)</a>", menu) == ["عربي", "中文", "English", "Français", "Русский", "Español"]
    assert 'href="/ar/convention/articles/8/"' in menu
    assert 'href="/fr/convention/articles/8/" lang="fr" hreflang="fr" aria-current="true"' in menu


@pytest.mark.usefixtures("reference")
def test_the_root_redirects_to_a_language(client):
    response = client.get("/", headers={"accept-language": "ru"})
    assert response.status_code == 302 and response["Location"] == "/ru/"


@pytest.mark.usefixtures("reference")
def test_a_missing_title_shows_english_marked(client):
    html = client.get("/es/convention/articles/8/").content.decode()
    assert '<span lang="en" dir="ltr">Codes of conduct for public officials</span>' in html
    assert 'class="fallback-mark"' in html
    Article.objects.filter(number=8).update(title_es="Códigos de conducta para funcionarios públicos")
    html = client.get("/es/convention/articles/8/").content.decode()
    assert "Códigos de conducta para funcionarios públicos" in html
    assert '<span lang="en" dir="ltr">Codes of conduct' not in html


@pytest.mark.usefixtures("reference")
def test_state_names_follow_the_language(client):
    assert "越南" in client.get("/zh-hans/states/vnm/").content.decode()
    assert "فييت نام" in client.get("/ar/states/").content.decode()
    assert client.get("/en/states/xyz/").status_code == 404


@pytest.mark.usefixtures("reference")
def test_output_is_escaped(client):
    Article.objects.filter(number=9).update(title_fr='<script>alert("x")</script>')
    html = client.get("/fr/convention/").content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_account_page_lists_what_the_role_allows(client, users):
    client.force_login(users["focal_point"])
    html = client.get("/en/account/").content.decode()
    assert 'data-role="focal_point"' in html
    assert 'data-action="submit_submission"' in html
    assert 'data-action="manage_users"' not in html
    assert "Viet Nam" in html


@pytest.mark.parametrize(
    ("role", "index", "users_page", "audit_page", "state_change"),
    [
        ("anonymous", 302, 302, 302, 302),
        ("provider", 302, 302, 302, 302),
        ("contributor", 302, 302, 302, 302),
        ("focal_point", 302, 302, 302, 302),
        ("secretariat", 200, 403, 200, 200),
        ("administrator", 200, 200, 200, 200),
    ],
)
def test_back_office_role_by_role(client, users, role, index, users_page, audit_page, state_change):
    if role != "anonymous":
        client.force_login(users[role])
    assert client.get("/back-office/").status_code == index
    assert client.get("/back-office/accounts/user/").status_code == users_page
    assert client.get("/back-office/audit/auditentry/").status_code == audit_page
    assert client.get("/back-office/countries/state/").status_code == state_change
