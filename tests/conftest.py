"""Fixtures shared by the whole suite. The suite runs on SQLite and, with DATABASE_URL, on PostgreSQL."""

import numpy as np
import pytest
from django.conf import settings
from django.db import connection

from observatory.accounts.models import Role, User
from observatory.accounts.permissions import SYSTEM
from observatory.accounts.services import create_user
from observatory.convention.services import load_convention, load_topics
from observatory.countries.models import State
from observatory.countries.services import load_states
from observatory.mandates.sessions import load_sessions
from observatory.search.embeddings import UniversalSentenceEncoder

PASSWORD = "a long test passphrase"


def load_reference() -> None:
    load_convention()
    load_topics()
    load_states()
    load_sessions()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, tmp_path_factory):
    """Load the reference data once into the test database; the session's own tantivy folder."""
    settings.SEARCH_INDEX_DIR = tmp_path_factory.mktemp("search-index-session")
    with django_db_blocker.unblock():
        load_reference()


@pytest.fixture(autouse=True)
def search_index_folder(settings, tmp_path_factory):
    """Each test its own tantivy folder: the database rolls back after a test, a folder would not."""
    settings.SEARCH_INDEX_DIR = tmp_path_factory.mktemp("search-index")


@pytest.fixture(scope="session", autouse=True)
def embeddings_remembered():
    """Each text is embedded once per session. The model is the real one and deterministic, and the suite
    embeds the same corpus in many tests (embedding is a third of the search suite's time otherwise).
    tests/search/test_embeddings.py tests the model itself, without this."""
    original = UniversalSentenceEncoder._encode
    remembered: dict[tuple[str, bool], np.ndarray] = {}

    def encode(self, model, texts, *, query):
        missing = [text for text in dict.fromkeys(texts) if (text, query) not in remembered]
        if missing:
            for text, vector in zip(missing, original(self, model, missing, query=query), strict=True):
                remembered[(text, query)] = vector
        return np.stack([remembered[(text, query)] for text in texts])

    UniversalSentenceEncoder._encode = encode
    yield original
    UniversalSentenceEncoder._encode = original


@pytest.fixture
def reference(db):
    """Reference data present. Transactional tests flush the database, so reload it when it is gone."""
    if not State.objects.exists():
        load_reference()


@pytest.fixture
def make_user(reference):
    """Create a user of a role (national roles for the State given by ISO3 code)."""

    def make(role: str, iso3: str | None = None, username: str | None = None) -> User:
        state = State.objects.get(iso3=iso3) if iso3 else None
        return create_user(
            SYSTEM,
            username=username or f"{role}-{iso3 or 'any'}".lower(),
            password=PASSWORD,
            role=role,
            state=state,
            email=f"{role}@example.org",
        )

    return make


@pytest.fixture
def users(make_user) -> dict[str, User]:
    """One user per role; national roles act for Viet Nam, and a second focal point for France."""
    return {
        "administrator": make_user(Role.ADMINISTRATOR),
        "secretariat": make_user(Role.SECRETARIAT),
        "focal_point": make_user(Role.FOCAL_POINT, "VNM"),
        "contributor": make_user(Role.CONTRIBUTOR, "VNM"),
        "provider": make_user(Role.PROVIDER),
        "other_focal_point": make_user(Role.FOCAL_POINT, "FRA"),
    }


@pytest.fixture
def database_vendor() -> str:
    """'sqlite' or 'postgresql': the database this run of the suite is on."""
    return connection.vendor


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Hashing with the production hasher costs ~0.3 s a password; tests create many accounts."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def flushable_audit_log(transactional_db):
    """Transactional tests end with Django emptying every table, which the audit log's append-only
    triggers rightly refuse: lift them for that wipe of the throwaway database, put them back after."""
    from observatory.audit import append_only

    append_only.install(connection)
    yield
    append_only.remove(connection)


@pytest.fixture(autouse=True)
def fresh_vector_cache():
    """Each test's database starts anew (rolled back or flushed), and with it the index generation that
    keys the process's cache of vectors: start each test with an empty cache."""
    from observatory.search import semantic

    semantic._cache.clear()
    yield
    semantic._cache.clear()
