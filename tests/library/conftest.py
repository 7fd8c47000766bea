"""Files for the library tests, made by the tests: the demo corpus rendered to real PDF, DOCX and text."""

import pytest

from observatory.library.demo_corpus import get, render


@pytest.fixture
def corpus_file(tmp_path):
    """Write one demo document in one format and return its path."""

    def write(slug: str, language: str, fmt: str, name: str | None = None):
        path = tmp_path / (name or f"{slug}.{language}.{fmt}")
        path.write_bytes(render(get(slug, language), fmt))
        return path

    return write
