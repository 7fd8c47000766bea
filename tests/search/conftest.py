"""A library to search: the demo corpus (all ten language versions) imported as text, and a document
only the Secretariat may read."""

import os

import pytest

from observatory.accounts.permissions import SYSTEM
from observatory.countries.models import State
from observatory.library.demo_corpus import documents, render
from observatory.library.models import Visibility
from observatory.library.services import import_file
from observatory.search.writer import write_pending

SECRET = "Quillwort-4471 audit of the procurement agency"


# The shared suite runs over every lexical backend of the database in use: on SQLite tantivy (brought up
# to date by each search, as the index writer would within a second) and FTS5 alone.
ENGINES = ["postgresql"] if os.environ.get("DATABASE_URL", "").startswith("postgres") else ["tantivy", "fts5"]


@pytest.fixture(params=ENGINES)
def lexical_engine(request, settings) -> str:
    """The lexical backend the test's searches must use (its ``name``)."""
    if request.param != "postgresql":
        settings.SEARCH_LEXICAL_ENGINE = request.param
        settings.SEARCH_INDEX_SYNC = request.param == "tantivy"
    return {"tantivy": "tantivy", "fts5": "sqlite-fts5", "postgresql": "postgresql-tsvector"}[request.param]


@pytest.fixture
def corpus(reference, tmp_path, lexical_engine):
    states = {state.iso3: state for state in State.objects.all()}
    for doc in documents():
        path = tmp_path / f"{doc.stem}.txt"
        path.write_bytes(render(doc, "txt"))
        outcome = import_file(
            SYSTEM,
            path,
            kind=doc.kind,
            symbol=doc.symbol,
            language=doc.language,
            state=states.get(doc.state) if doc.state else None,
        )
        assert outcome.status == "imported"
    secret = tmp_path / "internal-note.en.txt"
    secret.write_text(
        f"1. The {SECRET} found irregularities in public procurement under article 9.\n", encoding="utf-8"
    )
    assert import_file(SYSTEM, secret, kind="other", visibility=Visibility.SECRETARIAT).status == "imported"
    write_pending()  # the vectors, as the index writer makes them
