"""Fixtures of the directory tests: records of France and Viet Nam, contact persons carrying markers that
must never reach the public, and the moments the freshness rules turn on."""

import datetime

import pytest
from django.utils import timezone

from observatory.countries.models import State
from observatory.directory import services
from observatory.directory.models import Authority

#: The moment the tests act at: now (pages and the API judge freshness by the clock), to the second.
NOW = timezone.now().replace(microsecond=0)
DAY = datetime.timedelta(days=1)

#: Contact persons: nobody but government users and the Secretariat may read any of this.
CONTACT_NAME = "Ysolde Quarterfield"
CONTACT_EMAIL = "y.quarterfield@afa.demo.invalid"
CONTACT_PHONE = "+33 1 99 88 77 66"
CONTACT_MARKERS = (CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE)


def afa_data(**changes) -> dict:
    """France's prevention authority, as its record is entered."""
    data = {
        "designation": "prevention",
        "names": {"fr": "Agence française anticorruption", "en": "French Anti-Corruption Agency"},
        "addresses": {"fr": "23 avenue d'Italie, 75013 Paris"},
        "website": "https://www.agence-francaise-anticorruption.gouv.fr",
        "phone": "+33 1 40 04 00 00",
        "email": "contact@afa.demo.invalid",
        "request_languages": ["fr", "en"],
        "channels": ["email", "diplomatic"],
        "procedures": "Requests in French or English, by e-mail.",
        "legal_basis": "Loi n° 2016-1691 du 9 décembre 2016 (loi Sapin II), article 1.",
        "contact_persons": [
            {
                "name": CONTACT_NAME,
                "title": "Head of international affairs",
                "phone": CONTACT_PHONE,
                "email": CONTACT_EMAIL,
                "languages": ["fr", "en"],
            }
        ],
    }
    return data | changes


def vnm_data(**changes) -> dict:
    """Viet Nam's prevention authority."""
    data = {
        "designation": "prevention",
        "names": {"vi": "Thanh tra Chính phủ", "en": "Government Inspectorate"},
        "addresses": {"en": "Lot D29, Pham Van Bach Street, Cau Giay, Hanoi"},
        "request_languages": ["vi", "en"],
        "channels": ["diplomatic"],
        "contact_persons": [
            {"name": "Hoang Minh Quan", "email": "hm.quan@gi.demo.invalid", "languages": ["vi"]}
        ],
    }
    return data | changes


def age(authority: Authority, days: int) -> Authority:
    """Make the record last confirmed ``days`` ago (the tests' shortcut for the passing of time)."""
    Authority.objects.filter(pk=authority.pk).update(last_confirmed_at=NOW - days * DAY)
    authority.refresh_from_db()
    return authority


@pytest.fixture
def france(reference):
    return State.objects.get(iso3="FRA")


@pytest.fixture
def viet_nam(reference):
    return State.objects.get(iso3="VNM")


@pytest.fixture
def afa(users, france) -> Authority:
    """France's prevention authority, entered (and so validated and confirmed) by the Secretariat at NOW."""
    return services.create_authority(users["secretariat"], france, afa_data(), now=NOW)


@pytest.fixture
def gi(users, viet_nam) -> Authority:
    """Viet Nam's prevention authority, entered by the Secretariat at NOW."""
    return services.create_authority(users["secretariat"], viet_nam, vnm_data(), now=NOW)
