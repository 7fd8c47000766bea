"""Signing in: throttling after repeated failures, CSRF on every form."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import PASSWORD


@pytest.fixture
def login_url():
    return reverse("portal:login")


def test_sign_in_and_out(client, users, login_url):
    response = client.post(login_url, {"username": "secretariat-any", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("portal:account")).status_code == 200
    client.post(reverse("portal:logout"))
    assert client.get(reverse("portal:account")).status_code == 302


def test_wrong_password_says_so(client, users, login_url):
    response = client.post(login_url, {"username": "secretariat-any", "password": "wrong"})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()


def test_repeated_failures_lock_the_account_out(client, users, login_url, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert client.post(login_url, {"username": "secretariat-any", "password": "wrong"}).status_code == 200
    locked = client.post(login_url, {"username": "secretariat-any", "password": "wrong"})
    assert locked.status_code == 429
    # Even the right password is refused while locked out.
    again = client.post(login_url, {"username": "secretariat-any", "password": PASSWORD})
    assert again.status_code == 429
    assert client.get(reverse("portal:account")).status_code == 302
    # Another account from the same address is not locked.
    other = client.post(login_url, {"username": "provider-any", "password": PASSWORD})
    assert other.status_code == 302


def test_forms_need_a_csrf_token(users, login_url):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(login_url, {"username": "secretariat-any", "password": PASSWORD}).status_code == 403
    page = strict.get(login_url)
    token = page.cookies["csrftoken"].value
    ok = strict.post(
        login_url, {"username": "secretariat-any", "password": PASSWORD, "csrfmiddlewaretoken": token}
    )
    assert ok.status_code == 302


def test_logout_is_post_only(client, users):
    client.force_login(users["secretariat"])
    assert client.get(reverse("portal:logout")).status_code == 405
