"""The index writer: vectors are queued with the lexical entries and written by one writer at a time."""

import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import OperationalError
from django.utils import timezone

from observatory.accounts.permissions import SYSTEM
from observatory.library.services import import_file
from observatory.search.models import (
    SearchEntry,
    SearchGeneration,
    SearchPending,
    SearchVector,
    SearchWriterLease,
)
from observatory.search.selectors import search
from observatory.search.writer import WriterThread, acquire_lease, pending_count, release_lease, write_pending

TEXT = "1. The Marshwren-5 register lists the assets of every judge and prosecutor.\n"


def imported(tmp_path, text=TEXT, name="register.en.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    outcome = import_file(SYSTEM, path, kind="other")
    assert outcome.status in ("imported", "updated")
    return outcome


def generation():
    return SearchGeneration.objects.get(pk=1).value


def test_import_queues_vectors_and_the_writer_writes_them(reference, tmp_path):
    imported(tmp_path)
    entries = set(SearchEntry.objects.values_list("paragraph_id", flat=True))
    assert entries and set(SearchPending.objects.values_list("entry_id", flat=True)) == entries
    assert not SearchVector.objects.exists()
    # Lexical search works at once; the vectors come with the writer.
    assert search(None, "Marshwren-5", language="en").total == 1
    before = generation()
    assert write_pending() == len(entries)
    assert set(SearchVector.objects.values_list("paragraph_id", flat=True)) == entries
    assert pending_count() == 0 and generation() > before
    hits = search(None, "inventory of judges' property", mode="semantic", limit=3).hits
    assert hits and hits[0].paragraph.pk in entries


def test_a_replaced_paragraph_leaves_the_queue(reference, tmp_path):
    imported(tmp_path)
    first = set(SearchPending.objects.values_list("entry_id", flat=True))
    imported(tmp_path, text="1. The Marshwren-5 register was replaced by an online system.\n")
    assert not (first & set(SearchPending.objects.values_list("entry_id", flat=True)))
    write_pending()
    assert not SearchVector.objects.filter(paragraph_id__in=first).exists()


def test_one_writer_at_a_time_and_a_dead_writers_lease_runs_out(reference, tmp_path):
    imported(tmp_path)
    assert acquire_lease("writer-a")
    assert not acquire_lease("writer-b")
    assert write_pending(holder="writer-b") is None  # b leaves the queue to a
    assert pending_count() == 1
    assert acquire_lease("writer-a")  # renewing one's own lease
    # a dies without releasing: its lease runs out and b takes over.
    SearchWriterLease.objects.filter(pk=1).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert write_pending(holder="writer-b") == 1
    release_lease("writer-b")
    assert acquire_lease("writer-c")


@pytest.mark.django_db(transaction=True)
def test_the_writer_thread_makes_changes_searchable_within_seconds(flushable_audit_log, reference, tmp_path):
    imported(tmp_path)
    writer = WriterThread(poll_seconds=0.2)
    writer.start()
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and _pending_or_busy():
            time.sleep(0.1)
    finally:
        writer.stop()
        writer.join(timeout=10)
    assert not writer.is_alive()
    assert pending_count() == 0
    hits = search(None, "inventory of judges' property", mode="semantic", limit=1).hits
    assert hits and "Marshwren-5" in hits[0].paragraph.text


def _pending_or_busy() -> bool:
    # The test database is SQLite in memory with a shared cache, whose table locks do not wait: while
    # the writer thread commits, a read here may be refused; ask again.
    try:
        return pending_count() > 0
    except OperationalError:
        return True


def test_import_command_writes_the_vectors(reference, tmp_path, capsys):
    path = tmp_path / "register.en.txt"
    path.write_text(TEXT, encoding="utf-8")
    call_command("import", str(path))
    assert "Vectors: 1 written." in capsys.readouterr().out
    assert pending_count() == 0 and SearchVector.objects.count() == 1


def test_index_writer_command_once(reference, tmp_path, capsys):
    imported(tmp_path)
    call_command("index_writer", "--once")
    assert "Vectors: 1 written." in capsys.readouterr().out
    call_command("index_writer", "--once")
    assert "Vectors: none pending." in capsys.readouterr().out
