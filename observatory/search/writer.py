"""The index writer: the one process that turns pending paragraphs into vectors, and (on SQLite) brings
the tantivy index up to date with the change log (``tantivy_index``).

Lexical entries are written in the library's own transaction (cheap, and so a hit never outlives its
paragraph). Embedding is dear (about 270 paragraphs a second on two cores), so it is not done there: the
transaction only queues the paragraph (``SearchPending``), and the writer embeds the queue in batches,
outside any transaction, then stores each batch's vectors and takes it off the queue in one short
transaction that also moves the index generation, so semantic search sees the vectors at once.

One writer at a time holds the lease (``SearchWriterLease``) and renews it every batch; a writer that
dies stops renewing and the next one takes over when the lease runs out. ``observatory serve`` runs a
writer thread, ``observatory index-writer`` a writer process, and the commands that import or rebuild
drain the queue themselves when no writer holds the lease.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
import threading
from datetime import timedelta

import numpy as np
from django.conf import settings
from django.db import IntegrityError, close_old_connections, connection, transaction
from django.utils import timezone
from tqdm import tqdm

from observatory.library.models import Paragraph

from .embeddings import get_embedder
from .models import SearchEntry, SearchPending, SearchVector, SearchWriterLease
from .services import bump_generation
from .tantivy_index import bring_up_to_date

logger = logging.getLogger(__name__)

BATCH = 128
LEASE = timedelta(seconds=60)
POLL_SECONDS = 1.0


def holder_name() -> str:
    """This process and thread, as the lease names its holder."""
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


def acquire_lease(holder: str) -> bool:
    """Take or renew the lease for ``holder``; False when another live writer holds it."""
    now = timezone.now()
    with transaction.atomic():
        taken = SearchWriterLease.objects.filter(pk=1).filter(holder=holder).update(
            expires_at=now + LEASE
        ) or SearchWriterLease.objects.filter(pk=1, expires_at__lt=now).update(
            holder=holder, expires_at=now + LEASE
        )
        if taken:
            return True
        if SearchWriterLease.objects.filter(pk=1).exists():
            return False
        try:
            with transaction.atomic():
                SearchWriterLease.objects.create(pk=1, holder=holder, expires_at=now + LEASE)
        except IntegrityError:  # another writer created it first
            return False
        return True


def release_lease(holder: str) -> None:
    """Give the lease up (at once, rather than when it runs out)."""
    SearchWriterLease.objects.filter(pk=1, holder=holder).update(expires_at=timezone.now() - LEASE)


def pending_count() -> int:
    """How many paragraphs wait for their vector."""
    return SearchPending.objects.count()


def uses_tantivy() -> bool:
    """Whether this database's lexical search has a tantivy index to keep (SQLite, unless set to FTS5)."""
    return connection.vendor == "sqlite" and settings.SEARCH_LEXICAL_ENGINE == "tantivy"


def write_pending(*, holder: str | None = None, limit: int | None = None, progress=None) -> int | None:
    """While holding the lease: bring the tantivy index up to date (when there is one), then embed and
    store the vectors of the queued paragraphs, batch by batch. Returns how many vectors were written, or
    None when another writer holds the lease (it will write them)."""
    holder = holder or holder_name()
    if not acquire_lease(holder):
        return None
    written = 0
    embedder = get_embedder()
    try:
        if uses_tantivy():
            bring_up_to_date()
        while limit is None or written < limit:
            ids = list(SearchPending.objects.order_by("entry_id").values_list("entry_id", flat=True)[:BATCH])
            if not ids:
                break
            paragraphs = list(Paragraph.objects.filter(pk__in=ids).only("pk", "text"))
            vectors = embedder.embed([p.text for p in paragraphs]).astype(np.float32)
            with transaction.atomic():
                if not acquire_lease(holder):
                    return written  # the lease ran out while embedding and another writer took it
                # A paragraph replaced while it was embedded has lost its entry: no vector for it.
                alive = set(
                    SearchEntry.objects.filter(paragraph_id__in=ids).values_list("paragraph_id", flat=True)
                )
                SearchVector.objects.bulk_create(
                    [
                        SearchVector(paragraph_id=p.pk, model=embedder.name, vector=v.tobytes())
                        for p, v in zip(paragraphs, vectors, strict=True)
                        if p.pk in alive
                    ],
                    batch_size=500,
                    ignore_conflicts=True,
                )
                SearchPending.objects.filter(entry_id__in=ids).delete()
                bump_generation()
            written += len(ids)
            if progress:
                progress(len(ids))
    finally:
        release_lease(holder)
    return written


class WriterThread(threading.Thread):
    """The index writer inside a serving process: polls the queue every second."""

    def __init__(self, poll_seconds: float = POLL_SECONDS):
        super().__init__(name="observatory-index-writer", daemon=True)
        self.poll_seconds = poll_seconds
        self.stopping = threading.Event()

    def run(self) -> None:
        holder = holder_name()
        while not self.stopping.is_set():
            try:
                write_pending(holder=holder)
            except Exception:  # a bad batch must not stop the writer; it is logged and retried
                logger.exception("index writer: a batch failed")
            finally:
                close_old_connections()
            self.stopping.wait(self.poll_seconds)

    def stop(self) -> None:
        """Finish the current batch and end."""
        self.stopping.set()


def drain_for_command() -> str:
    """Bring the index up to date now (a command that imported or rebuilt calls this): the tantivy index,
    then the queued vectors, each with a progress bar; says what happened in a sentence or two."""
    holder = holder_name()
    if not acquire_lease(holder):
        return "Search index: written by the index writer that is running."
    said = []
    try:
        if uses_tantivy():
            with tqdm(desc="lexical index", unit="paragraph", file=sys.stderr, disable=None) as bar:
                said.append(f"Lexical index: {bring_up_to_date(progress=bar.update)} paragraphs written.")
        pending = pending_count()
        if not pending:
            return " ".join([*said, "Vectors: none pending."])
        with tqdm(total=pending, desc="embedding", unit="paragraph", file=sys.stderr, disable=None) as bar:
            written = write_pending(holder=holder, progress=bar.update)
    finally:
        release_lease(holder)
    if written is None:
        return " ".join([*said, f"Vectors: {pending} pending, written by the index writer that is running."])
    return " ".join([*said, f"Vectors: {written} written."])
