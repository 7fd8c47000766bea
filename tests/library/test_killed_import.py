"""A process killed in the middle of an import, then re-run, ends in the same state as one clean run.

The import runs as a real `observatory import` process on a SQLite file of its own, and is killed with
SIGKILL while it works; the database it leaves behind is then compared with a clean run's.
"""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from observatory.library.demo_corpus import documents, render

COMMAND = Path(sys.executable).parent / "observatory"
FORMATS = {"en": "pdf", "fr": "docx", "es": "txt", "ar": "pdf", "ru": "docx", "zh": "pdf"}


def run(var: Path, *arguments: str, **options) -> subprocess.Popen:
    env = {**os.environ, "OBSERVATORY_VAR_DIR": str(var)}
    env.pop("DATABASE_URL", None)  # a database of its own: the test kills the process that writes it
    return subprocess.Popen(
        [COMMAND, *arguments], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **options
    )


def prepared(var: Path) -> Path:
    for arguments in (("migrate", "-v0"), ("load-reference",)):
        assert run(var, *arguments).wait(timeout=120) == 0
    return var / "observatory.sqlite3"


def state(database: Path) -> list[tuple]:
    """What the library holds, without ids and times: documents, versions, revisions, paragraphs."""
    with sqlite3.connect(database) as connection:
        return [
            tuple(connection.execute(query).fetchall())
            for query in (
                "SELECT key, kind FROM library_document ORDER BY key",
                "SELECT d.key, v.language, r.number, r.text_sha256 FROM library_languageversion v "
                "JOIN library_document d ON d.id = v.document_id "
                "JOIN library_revision r ON r.id = v.current_id "
                "ORDER BY d.key, v.language",
                "SELECT count(*) FROM library_revision",
                "SELECT count(*) FROM library_paragraph",
                "SELECT count(*) FROM library_articlereference",
            )
        ]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for doc in documents():
        fmt = FORMATS[doc.language]
        (folder / f"{doc.stem}.{'txt' if fmt == 'txt' else fmt}").write_bytes(render(doc, fmt))
    return folder


def test_killed_then_rerun_equals_one_clean_run(tmp_path, corpus):
    clean = prepared(tmp_path / "clean")
    assert run(tmp_path / "clean", "import", str(corpus)).wait(timeout=300) == 0

    killed = prepared(tmp_path / "killed")
    process = run(tmp_path / "killed", "import", str(corpus))
    # Kill it once the first documents are in, while it is still working.
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        with sqlite3.connect(killed) as connection:
            if connection.execute("SELECT count(*) FROM library_revision").fetchone()[0] >= 2:
                break
        time.sleep(0.05)
    assert process.poll() is None, "the import finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    partial = state(killed)
    revisions = partial[2][0][0]
    assert 0 < revisions < state(clean)[2][0][0]

    assert run(tmp_path / "killed", "import", str(corpus)).wait(timeout=300) == 0
    assert state(killed) == state(clean)
