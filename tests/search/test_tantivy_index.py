"""The tantivy index on SQLite: kept in step with the change log by the index writer, searched only while
it is current, never pointing at content that is gone, rebuilt by a new epoch."""

import pytest
from django.db import connection

from observatory.accounts.permissions import SYSTEM
from observatory.library.models import Document, Visibility
from observatory.library.services import import_file
from observatory.search import tantivy_index
from observatory.search.backends import COLUMN_FACETS, LABEL_FACETS
from observatory.search.models import SearchChange, SearchEntry
from observatory.search.selectors import search
from observatory.search.services import index_document, rebuild
from observatory.search.writer import write_pending

pytestmark = pytest.mark.skipif(connection.vendor != "sqlite", reason="the tantivy index is SQLite's")

TEXT = (
    "1. The Fenwick-88 commission verifies the asset declarations of ministers under article 8.\n\n"
    "2. Its decisions on conflicts of interest are published within thirty days.\n"
)


@pytest.fixture
def tantivy(settings):
    settings.SEARCH_LEXICAL_ENGINE = "tantivy"
    settings.SEARCH_INDEX_SYNC = False  # the writer alone writes, as with `observatory serve`


def imported(tmp_path, text=TEXT, name="commission.en.txt", **options):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    outcome = import_file(SYSTEM, path, kind="other", **options)
    assert outcome.status in ("imported", "updated")
    return outcome


def found(text):
    page = search(None, text, language="en")
    return page.backend, page.total


def test_every_facet_of_the_sql_backends_has_a_field():
    assert set(tantivy_index.TEXT_FACETS + tantivy_index.NUMBER_FACETS) == set(COLUMN_FACETS)
    assert set(tantivy_index.TEXT_LABELS + tantivy_index.NUMBER_LABELS) == set(LABEL_FACETS)


def test_changes_reach_the_index_through_the_writer(reference, tmp_path, tantivy):
    imported(tmp_path)
    assert SearchChange.objects.exists()  # logged by the triggers, in the import's transaction
    # Before the writer runs, FTS5 answers: the reader sees the import at once.
    assert found("Fenwick-88") == ("sqlite-fts5", 1)
    write_pending()
    assert found("Fenwick-88") == ("tantivy", 1)
    assert not SearchChange.objects.exists()  # applied, then pruned
    # A new revision: the old paragraphs leave, the new come, first by FTS5 and then by tantivy.
    imported(tmp_path, text="1. The Fenwick-88 commission was merged into the Heron-12 office.\n")
    assert found("Heron-12") == ("sqlite-fts5", 1)
    assert found("thirty days") == ("sqlite-fts5", 0)
    write_pending()
    assert found("Heron-12") == ("tantivy", 1)
    assert found("thirty days") == ("tantivy", 0)


def test_entries_deleted_by_any_path_leave_the_index(reference, tmp_path, tantivy):
    outcome = imported(tmp_path)
    write_pending()
    assert found("Fenwick-88") == ("tantivy", 1)
    # Not through the search services: the triggers log it all the same (as they would a cascade).
    SearchEntry.objects.filter(document__key=outcome.key).delete()
    assert found("Fenwick-88") == ("sqlite-fts5", 0)
    write_pending()
    assert found("Fenwick-88") == ("tantivy", 0)
    assert found("asset declarations") == ("tantivy", 0)


def test_a_document_made_confidential_is_never_found_by_the_public(reference, tmp_path, tantivy, users):
    outcome = imported(tmp_path)
    write_pending()
    document = Document.objects.get(key=outcome.key)
    document.visibility = Visibility.SECRETARIAT
    document.save(update_fields=["visibility"])
    index_document(document)
    # The index still holds it as public until the writer runs: it is not read meanwhile.
    assert tantivy_index.current_backend() is None
    assert found("Fenwick-88") == ("sqlite-fts5", 0)
    write_pending()
    assert found("Fenwick-88") == ("tantivy", 0)
    page = search(users["secretariat"], "Fenwick-88", language="en")
    assert (page.backend, page.total) == ("tantivy", 1)


def test_a_failed_round_changes_nothing_and_the_next_applies_everything(
    reference, tmp_path, tantivy, monkeypatch
):
    imported(tmp_path)
    write_pending()
    imported(tmp_path, text="1. The Fenwick-88 commission now audits the Plover-3 registry.\n")

    def broken(paragraph_ids):
        yield from ()
        raise OSError("disk full")

    monkeypatch.setattr(tantivy_index, "_documents", broken)
    with pytest.raises(OSError, match="disk full"):
        tantivy_index.bring_up_to_date()
    monkeypatch.undo()
    # Nothing was committed: the marker still says the old state, so FTS5 answers, correctly.
    assert found("Plover-3") == ("sqlite-fts5", 1)
    assert SearchChange.objects.exists()
    write_pending()
    assert found("Plover-3") == ("tantivy", 1)
    assert found("thirty days") == ("tantivy", 0)


def test_replaying_changes_already_applied_is_harmless(reference, tmp_path, tantivy):
    imported(tmp_path)
    write_pending()
    entries = list(SearchEntry.objects.values_list("paragraph_id", flat=True))
    # As if the writer had committed and died before pruning the log: the same changes come again.
    SearchChange.objects.bulk_create([SearchChange(paragraph_id=pk) for pk in entries * 2])
    write_pending()
    assert found("Fenwick-88") == ("tantivy", 1)
    assert found("commission") == ("tantivy", 1)


def test_rebuild_moves_the_epoch_and_the_writer_builds_a_new_folder(reference, tmp_path, tantivy, settings):
    imported(tmp_path)
    write_pending()
    old = tantivy_index.folder_of(tantivy_index.database_state()[0])
    assert old.exists()
    rebuild()
    epoch, _ = tantivy_index.database_state()
    assert tantivy_index.folder_of(epoch) != old
    assert found("Fenwick-88") == ("sqlite-fts5", 1)  # no folder for the new epoch yet
    write_pending()
    assert found("Fenwick-88") == ("tantivy", 1)
    assert not old.exists()
    assert [p.name for p in settings.SEARCH_INDEX_DIR.iterdir()] == [tantivy_index.folder_of(epoch).name]


def test_a_folder_of_another_database_is_never_read(reference, tmp_path, tantivy):
    imported(tmp_path)
    write_pending()
    folder = tantivy_index.folder_of(tantivy_index.database_state()[0])
    # Another database (another epoch) finds this folder where its own would be.
    from observatory.search.models import SearchIndexState

    SearchIndexState.objects.update(epoch="another")
    folder.rename(tantivy_index.folder_of("another"))
    assert tantivy_index.current_backend() is None
    assert found("Fenwick-88") == ("sqlite-fts5", 1)


def test_the_fts5_setting_leaves_tantivy_out(reference, tmp_path, settings):
    settings.SEARCH_LEXICAL_ENGINE = "fts5"
    imported(tmp_path)
    write_pending()
    assert found("Fenwick-88") == ("sqlite-fts5", 1)
    assert not settings.SEARCH_INDEX_DIR.exists() or not any(settings.SEARCH_INDEX_DIR.iterdir())


def test_a_folder_ahead_of_a_restored_database_is_rebuilt(reference, tmp_path, tantivy):
    imported(tmp_path)
    write_pending()
    imported(tmp_path, text="1. The Fenwick-88 commission now audits the Plover-3 registry.\n")
    write_pending()
    assert found("Plover-3") == ("tantivy", 1)
    # The database goes back to before the second import (as a restore would); the folder does not.
    with connection.cursor() as cursor:
        cursor.execute("UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'search_searchchange'")
    assert tantivy_index.current_backend() is None
    write_pending()
    assert found("Plover-3") == ("tantivy", 1)  # built anew from the entries as they stand
