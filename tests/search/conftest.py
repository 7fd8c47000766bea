"""A library to search: the demo corpus (all ten language versions) imported as text, and a document
only the Secretariat may read."""

import pytest

from observatory.accounts.permissions import SYSTEM
from observatory.countries.models import State
from observatory.library.demo_corpus import documents, render
from observatory.library.models import Visibility
from observatory.library.services import import_file
from observatory.search.writer import write_pending

SECRET = "Quillwort-4471 audit of the procurement agency"


@pytest.fixture
def corpus(reference, tmp_path):
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
