"""Writes to the search index. The library calls ``index_revision`` in the transaction that stores a
revision, so the lexical index changes with the library, atomically, and the paragraphs' vectors are
queued for the index writer (``writer.py``); ``rebuild`` makes the index anew from the library.
"""

from __future__ import annotations

import multiprocessing
import os
import uuid
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from django.db import connection, transaction
from django.db.models import F

from observatory.convention.models import Article, Chapter, Topic
from observatory.countries.models import State
from observatory.library.models import (
    ArticleReference,
    LanguageVersion,
    Paragraph,
    Revision,
    StateReference,
)
from observatory.library.sql import paragraphs_with_documents, placeholders

from .entry_rows import ENTRY_COLUMNS, entry_row, warm
from .models import (
    SearchChange,
    SearchEntry,
    SearchGeneration,
    SearchIndexState,
    SearchLabel,
    SearchPending,
    SearchVector,
)

BATCH = 2000


def _source_statement(condition: str, paragraphs: str | None = None) -> str:
    """The paragraphs to index, with what their entries need of revision, version, document and State,
    as plain rows: building a model instance for each of five tables cost more than analysing the text.
    ``paragraphs``: where to read them from (``paragraphs_with_documents``)."""
    return (
        "SELECT p.id, p.text, p.language, p.kind, v.language, d.id, d.kind, d.visibility, d.year, "  # noqa: S608
        f"d.state_id, s.regional_group, d.symbol FROM {paragraphs_with_documents(paragraphs)} "
        f"WHERE {condition} ORDER BY p.id"
    )


def _sources(condition: str, params: list) -> list[tuple]:
    """The rows of ``_source_statement``: the paragraphs ``condition`` selects, by id."""
    with connection.cursor() as cursor:
        cursor.execute(_source_statement(condition), params)
        return cursor.fetchall()


def _current_sources(after: int, end: int) -> list[tuple]:
    """The rows of ``_source_statement`` for the current paragraphs with ids in (after, end].

    The range is read first, by the primary key, and only then joined: over the whole join PostgreSQL
    judged the current-revision condition to leave one row and went through every revision's
    paragraphs for each batch, a rebuild quadratic in the size of the library."""
    batch = (
        "(SELECT id, revision_id, text, language, kind "  # noqa: S608 - the model's table, placeholders
        f"FROM {Paragraph._meta.db_table} WHERE id > %s AND id <= %s)"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH batch AS MATERIALIZED {batch} "
            + _source_statement("v.current_id = p.revision_id", "batch"),
            [after, end],
        )
        return cursor.fetchall()


def _next_range_end(after: int) -> int | None:
    """The id ``BATCH`` paragraphs on from ``after`` (or the last one), None past the last paragraph.

    A rebuild reads by ranges of ids: with "id > after ORDER BY id LIMIT n" over the join, PostgreSQL
    misjudged the current-revision condition and read every paragraph for every batch."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT MAX(id) FROM (SELECT id FROM {Paragraph._meta.db_table} "  # noqa: S608 - the model's table
            "WHERE id > %s ORDER BY id LIMIT %s) batch",
            [after, BATCH],
        )
        return cursor.fetchone()[0]


def _insert(table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Rows into a table: PostgreSQL's COPY (one stream, where an INSERT per row was a round trip
    each), SQLite's executemany (in process, already fast)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            cursor.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders(len(columns))})",  # noqa: S608
                rows,
            )


def _write(rows: list[tuple]) -> list[int]:
    """Store analysed entries (``entry_row``) and their labels; their paragraph ids, in order."""
    if not rows:
        return []
    ids = [row[0] for row in rows]
    labels = _labels(ids)
    _insert(SearchEntry._meta.db_table, ENTRY_COLUMNS, rows)
    if labels:
        _insert(SearchLabel._meta.db_table, ("entry_id", "facet", "value"), labels)
    return ids


def _store(condition: str, params: list) -> list[int]:
    """Analyse and store the entries (and labels) of the paragraphs ``condition`` selects; their ids."""
    return _write([entry_row(source) for source in _sources(condition, params)])


def _labels(paragraph_ids: list[int]) -> list[tuple[int, str, str]]:
    """Articles and chapters cited, the topics of those articles, States mentioned: (entry, facet, value).

    By the range of ids (sorted), then kept to these ids: a range reads the reference indexes in
    order, where a list of two thousand ids was a query that took longer to build than to run."""
    wanted, low, high = set(paragraph_ids), paragraph_ids[0], paragraph_ids[-1]
    topics = _topics_by_article()
    tables = {
        name: model._meta.db_table
        for name, model in (
            ("ar", ArticleReference),
            ("a", Article),
            ("c", Chapter),
            ("sr", StateReference),
            ("s", State),
        )
    }
    found: set[tuple[int, str, str]] = set()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT ar.paragraph_id, a.number, c.number FROM {tables['ar']} ar "  # noqa: S608 - model tables
            f"JOIN {tables['a']} a ON a.id = ar.article_id JOIN {tables['c']} c ON c.id = a.chapter_id "
            "WHERE ar.paragraph_id BETWEEN %s AND %s",
            [low, high],
        )
        for paragraph_id, article, chapter in cursor.fetchall():
            if paragraph_id in wanted:
                found.add((paragraph_id, SearchLabel.Facet.ARTICLE.value, str(article)))
                found.add((paragraph_id, SearchLabel.Facet.CHAPTER.value, str(chapter)))
                found.update(
                    (paragraph_id, SearchLabel.Facet.TOPIC.value, slug) for slug in topics.get(article, ())
                )
        cursor.execute(
            f"SELECT sr.paragraph_id, s.iso3 FROM {tables['sr']} sr "  # noqa: S608 - model tables
            f"JOIN {tables['s']} s ON s.id = sr.state_id WHERE sr.paragraph_id BETWEEN %s AND %s",
            [low, high],
        )
        found.update(
            (paragraph_id, SearchLabel.Facet.MENTIONED.value, iso3)
            for paragraph_id, iso3 in cursor.fetchall()
            if paragraph_id in wanted
        )
    return sorted(found)


def _topics_by_article() -> dict[int, list[str]]:
    """Article number → the slugs of the active topics mapped to it (reference data: read per batch)."""
    mapping: dict[int, list[str]] = {}
    rows = Topic.objects.filter(is_active=True).values_list("articles__number", "slug")
    for number, slug in rows:
        if number is not None:
            mapping.setdefault(number, []).append(slug)
    return mapping


def index_revision(revision: Revision) -> int:
    """Make ``revision`` the indexed one of its language version: its paragraphs in, the older
    revisions' out. Call inside the transaction that stored it."""
    # Entries of the whole version go (this revision's too, so indexing it again refreshes them); the
    # vectors of this revision stay, because its paragraphs' text has not changed.
    # By id: a DELETE joined through four tables is planned badly before PostgreSQL has statistics
    # (9 s for a few hundred rows in a fresh database); by id it uses the primary key and label index.
    indexed = list(
        SearchEntry.objects.filter(paragraph__revision__version=revision.version).values_list(
            "paragraph_id", flat=True
        )
    )
    SearchLabel.objects.filter(entry_id__in=indexed).delete()
    SearchEntry.objects.filter(paragraph_id__in=indexed).delete()
    SearchVector.objects.filter(paragraph__revision__version=revision.version).exclude(
        paragraph__revision=revision
    ).delete()
    stored = _store("p.revision_id = %s", [revision.pk])
    with_vectors = set(
        SearchVector.objects.filter(paragraph__revision=revision).values_list("paragraph_id", flat=True)
    )
    _queue_vectors((pk for pk in stored if pk not in with_vectors), emptied=True)
    bump_generation()
    return len(stored)


def _queue_vectors(paragraph_ids, *, emptied: bool = False) -> None:
    """Leave the embedding to the index writer (observatory.search.writer). ``emptied``: the queue was
    emptied in this transaction (a rebuild), so no paragraph can be queued already."""
    rows = [(pk,) for pk in paragraph_ids]
    if not rows:
        return
    table = SearchPending._meta.db_table
    if emptied:
        _insert(table, ("entry_id",), rows)
        return
    with connection.cursor() as cursor:
        # The same statement in both databases: a paragraph queued already stays queued once.
        cursor.executemany(
            f"INSERT INTO {table} (entry_id) VALUES (%s) ON CONFLICT (entry_id) DO NOTHING",  # noqa: S608
            rows,
        )


def new_epoch() -> str:
    """Give the lexical index a new identity: every tantivy folder is then stale, and the index writer
    builds one anew from the entries (``tantivy_index``)."""
    epoch = uuid.uuid4().hex
    SearchIndexState.objects.update_or_create(pk=1, defaults={"epoch": epoch})
    return epoch


def bump_generation() -> None:
    """Tell every process that the index changed (read by the semantic search's cache)."""
    if not SearchGeneration.objects.filter(pk=1).update(value=F("value") + 1):
        SearchGeneration.objects.create(pk=1, value=1)


@transaction.atomic
def index_document(document) -> int:
    """Index a document's current versions again (after its visibility, kind, year or State changed)."""
    count = 0
    for version in LanguageVersion.objects.filter(document=document, current__isnull=False):
        count += index_revision(version.current)
    return count


@contextmanager
def _bulk_load():
    """What every row written to the entries and labels sets off, suspended for a rebuild: their
    secondary indexes are dropped and created again after it, in its transaction, so each is built once
    from all the rows (PostgreSQL's GIN index over the text too), several times faster than keeping it
    up row by row. On SQLite the triggers go the same way: FTS5 then reads every entry in one pass
    ('rebuild'), and the change log is not written only to be emptied. A rollback brings everything
    back (the DDL of both databases is transactional)."""
    tables = [SearchEntry._meta.db_table, SearchLabel._meta.db_table]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') "
                "AND tbl_name IN (%s, %s) AND sql IS NOT NULL",  # sql is NULL for a constraint's own index
                tables,
            )
            suspended = cursor.fetchall()
            cursor.execute("PRAGMA cache_size")
            cache_size = int(cursor.fetchone()[0])
            cursor.execute("PRAGMA cache_size = -262144")  # KiB: 256 MiB for this connection, for now
        else:
            # Not the indexes that carry a constraint (primary key, unique): those stay.
            cursor.execute(
                "SELECT 'index', ic.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                "JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid "
                "WHERE t.relname IN (%s, %s) "
                "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)",
                tables,
            )
            suspended = cursor.fetchall()
            cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        for kind, name, _ in suspended:
            cursor.execute(f'DROP {kind.upper()} "{name}"')
    try:
        yield
        with connection.cursor() as cursor:
            if connection.vendor != "sqlite":
                # PostgreSQL creates no index on a table with deferred foreign-key checks pending:
                # run them now (the rows were all written), then defer again as Django's are.
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            for _, _, sql in sorted(suspended, key=lambda row: row[0] != "index"):  # indexes first
                cursor.execute(sql)
            if connection.vendor == "sqlite":
                cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    finally:
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA cache_size = {cache_size}")  # the connection's own, again


def _empty_index() -> None:
    """Every entry, label and queued paragraph gone, in three statements (no rows read back)."""
    with connection.cursor() as cursor:
        for model in (SearchPending, SearchLabel, SearchEntry):
            cursor.execute(f"DELETE FROM {model._meta.db_table}")  # noqa: S608 - the models' tables


# Below this many paragraphs a rebuild analyses in its own process: starting workers costs more.
PARALLEL_FROM = 20_000


@contextmanager
def _analysers(workers: int):
    """A pool of ``workers`` processes that analyse entries (``entry_row``), or None for this process.

    Analysis is most of a rebuild's work and Python's runs on one core. The workers come from a fork
    server, not from this process: forking a process that runs threads (a web server's, tantivy's) can
    leave a child stuck on a lock one of them held. They import only ``entry_rows`` and never touch the
    database."""
    if workers < 2:
        yield None
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["observatory.search.entry_rows"])
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=warm) as pool:
        yield pool


@transaction.atomic
def rebuild(progress: Callable[[int, int], None] | None = None, *, workers: int | None = None) -> int:
    """Empty the index and fill it from the current revisions of the library, in batches.

    ``workers``: processes that analyse the text (default: one per core, up to two, for a library of
    ``PARALLEL_FROM`` paragraphs or more; else none). While they analyse one batch, this process stores
    the one before."""
    current = Paragraph.objects.filter(revision__version__current_id=F("revision_id"))
    # Vectors are dear to make and a paragraph never changes: keep those of current paragraphs.
    SearchVector.objects.exclude(paragraph__in=current.values("pk")).delete()
    with_vectors = set(SearchVector.objects.values_list("paragraph_id", flat=True))
    total, done, after = current.count(), 0, 0
    if workers is None:
        workers = min(2, os.cpu_count() or 1) if total >= PARALLEL_FROM else 0
    with _bulk_load(), _analysers(workers) as pool:
        _empty_index()
        analysing = None  # the batch being analysed, while the one before is stored
        while True:
            # By key, not by OFFSET, which reads every earlier row again for each batch. A range holds
            # older revisions' paragraphs too, which are not indexed: a batch may come out short.
            end = _next_range_end(after)
            sources = _current_sources(after, end) if end else []
            after = end or after
            analysed = pool.map(entry_row, sources, chunksize=100) if pool else map(entry_row, sources)
            if analysing is not None:
                stored = _write(list(analysing))
                _queue_vectors((pk for pk in stored if pk not in with_vectors), emptied=True)
                done += len(stored)
                if progress:
                    progress(done, total)
            if end is None:
                break
            analysing = analysed
    # The tantivy index is built anew from the entries; the log of earlier writes is moot.
    SearchChange.objects.all().delete()
    new_epoch()
    bump_generation()
    return done
