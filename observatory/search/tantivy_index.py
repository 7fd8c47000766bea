"""The tantivy index: the embedded lexical engine on SQLite (docs/embedded-lexical.md has the figures).

The index is derived from the search entries (``search_searchentry`` and its labels), which the library
writes in its own transaction. It lives in a folder of its own and is written by the index writer alone
(``writer.py``, under its lease), from the change log: database triggers (migration 0007) append the
paragraph of every entry or label written, in the transaction that writes it. The writer replays the log
in order: it deletes each changed paragraph from the index and adds it again as its entry now stands, so
replaying a change twice is harmless. The last change applied is a document of the index itself (the
marker, ``paragraph_id`` 0), committed with the changes it covers, so a crash between the two never
leaves the index claiming more than it holds.

A search uses this index only while it is current: the marker names the database's epoch and at least
the last change logged. Otherwise (a write not yet applied, a rebuild under way, no index yet) SQLite's
own FTS5 index answers, which changes in the library's own transaction, so a reader always sees what was
committed, and never a paragraph that is gone. ``observatory reindex`` moves the epoch; the writer then
builds a new folder beside the old one and switches to it when it is complete.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
from pathlib import Path

import tantivy
from django.conf import settings
from django.db import connection

from observatory.library.models import Visibility
from observatory.library.sql import placeholders

from .backends import FACETS, Backend, Results, SearchRequest, allowed_visibilities, facet_value, ordered
from .models import SearchChange
from .query import Query, Term
from .services import new_epoch

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 1  # part of the folder's name: a new schema is a new index, built from the entries
MARKER = 0  # the paragraph_id of the marker document (paragraph ids start at 1)
TEXT_FACETS = ("language", "document_kind", "state", "region", "body", "session", "visibility")
NUMBER_FACETS = ("year",)
TEXT_LABELS = ("topic", "mentioned")
NUMBER_LABELS = ("article", "chapter")
BUILD_HEAP = 256 * 1024 * 1024  # bytes for both indexing threads of a full build
UPDATE_HEAP = 32 * 1024 * 1024
READ_CHUNK = 5000
FACET_BUCKETS = 10_000  # more distinct values than any facet has (193 States, 71 articles)
DOCUMENT_BUCKETS = 65_000
PREFIX_EXPANSIONS = 50  # tantivy's own limit on the words a prefix stands for


def schema() -> tantivy.Schema:
    """Every field a search matches, filters or counts on; the text is analysed already
    (``analysis.index_text``), so it is split on white space and nothing more."""
    builder = tantivy.SchemaBuilder()
    builder.add_unsigned_field("paragraph_id", stored=True, indexed=True, fast=True)
    builder.add_unsigned_field("document_id", fast=True)
    builder.add_text_field("tokens", tokenizer_name="whitespace", index_option="position")
    for name in TEXT_FACETS + TEXT_LABELS:
        builder.add_text_field(name, tokenizer_name="raw", fast=True, index_option="basic")
    for name in NUMBER_FACETS + NUMBER_LABELS:
        builder.add_unsigned_field(name, indexed=True, fast=True)
    builder.add_text_field("epoch", stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_unsigned_field("applied", stored=True)
    return builder.build()


SCHEMA = schema()


def folder_of(epoch: str) -> Path:
    """Where the index of an epoch lives."""
    return Path(settings.SEARCH_INDEX_DIR) / f"{epoch}-v{SCHEMA_VERSION}"


def database_state() -> tuple[str, int]:
    """(epoch, last change logged): what a current index must match, in one query. The last change is
    SQLite's AUTOINCREMENT counter, not the largest id left: the writer prunes the changes it applied."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT (SELECT epoch FROM search_searchindexstate WHERE id = 1), "
            "(SELECT seq FROM sqlite_sequence WHERE name = 'search_searchchange')"
        )
        epoch, latest = cursor.fetchone()
    return epoch or "", latest or 0


# ------------------------------------------------------------------------------------------ reading


class _Opened:
    """An index folder opened by this process, with the marker its searcher was last read at."""

    def __init__(self, folder: Path):
        self.index = tantivy.Index.open(str(folder))
        self.lock = threading.Lock()
        self.epoch, self.applied = marker(self.index.searcher())


_opened: dict[Path, _Opened] = {}
_opened_lock = threading.Lock()


def marker(searcher) -> tuple[str, int]:
    """(epoch, last change applied) as the index says, or ("", -1) for an index without a marker."""
    found = searcher.search(tantivy.Query.term_query(SCHEMA, "paragraph_id", MARKER), 1, count=False).hits
    if not found:
        return "", -1
    stored = searcher.doc(found[0][1]).to_dict()
    return stored.get("epoch", [""])[0], stored.get("applied", [-1])[0]


def _open(folder: Path) -> _Opened | None:
    with _opened_lock:
        opened = _opened.get(folder)
        if opened is None and (folder / "meta.json").exists():
            _opened.clear()  # the folders of earlier epochs are not read again
            try:
                opened = _opened[folder] = _Opened(folder)
            except (OSError, ValueError):  # a folder being switched or removed: FTS5 answers this time
                logger.warning("search index: cannot open %s", folder, exc_info=True)
                return None
        return opened


def current_backend() -> TantivyBackend | None:
    """The tantivy backend when the index is current with the database, else None (FTS5 answers)."""
    epoch, latest = database_state()
    if not epoch:
        return None
    opened = _open(folder_of(epoch))
    if opened is None or opened.epoch != epoch or opened.applied != latest:
        if settings.SEARCH_INDEX_SYNC:
            bring_up_to_date()
            opened = _open(folder_of(epoch))
        if opened is None:
            return None
        with opened.lock:
            if opened.applied != latest:  # a commit of the writer may have moved it since
                opened.index.reload()
                opened.epoch, opened.applied = marker(opened.index.searcher())
        # Ahead of the database is stale too: a database restored from a backup older than the folder.
        if opened.epoch != epoch or opened.applied != latest:
            return None
    return TantivyBackend(opened.index.searcher())


class TantivyBackend(Backend):
    """BM25 over the tantivy index; filters and facet counts from its fast fields. Semantic search's
    filters (``filtered_ids``, ``facets_of``) stay with the shared SQL."""

    name = "tantivy"

    def __init__(self, searcher):
        self.searcher = searcher

    def search(self, request: SearchRequest) -> Results:
        """The page of hits, the total, and the facet counts asked for, from one search and (when counts
        are asked for) one aggregation over the same query."""
        names = tuple(name for name in request.facets if name in FACETS)
        allowed = allowed_visibilities(request.visibilities, request.filters)
        if not allowed:
            return Results(hits=[], total=0, facets={name: [] for name in names}, documents=0)
        query = _filtered(to_tantivy(request.query), allowed, request.filters)
        found = self.searcher.search(query, request.limit, count=True, offset=request.offset)
        ids = self.searcher.fast_field_values("paragraph_id", [address for _, address in found.hits])
        scores = (float(score) for score, _ in found.hits)
        hits = sorted(zip(ids, scores, strict=True), key=lambda hit: (-hit[1], hit[0]))
        facets, documents = {name: [] for name in names}, None
        aggregations = {name: {"terms": {"field": name, "size": FACET_BUCKETS}} for name in names}
        if request.count_documents:
            aggregations[" documents"] = {"terms": {"field": "document_id", "size": DOCUMENT_BUCKETS}}
        if aggregations and found.count:
            counted = self.searcher.aggregate(query, aggregations)
            for name in names:
                facets[name] = ordered(
                    (facet_value(name, str(bucket["key"])), int(bucket["doc_count"]))
                    for bucket in counted[name]["buckets"]
                    if bucket["key"] != ""
                )
            if request.count_documents:
                documents = len(counted[" documents"]["buckets"])
        elif request.count_documents:
            documents = 0
        return Results(hits=hits, total=found.count, facets=facets, documents=documents)


def _term(term: Term):
    tokens = list(term.tokens)
    if term.prefix:
        return tantivy.Query.phrase_prefix_query(SCHEMA, "tokens", tokens)
    if len(tokens) == 1:
        return tantivy.Query.term_query(SCHEMA, "tokens", tokens[0])
    return tantivy.Query.phrase_query(SCHEMA, "tokens", tokens)


def to_tantivy(query: Query):
    """The query as tantivy clauses: every group must match (any of its alternatives), no excluded term
    may (what ``to_fts5`` and ``to_tsquery`` write for the other engines)."""
    occur, build = tantivy.Occur, tantivy.Query
    clauses = []
    for group in query.groups:
        alternatives = [_term(term) for term in group]
        if len(alternatives) == 1:
            clauses.append((occur.Must, alternatives[0]))
        else:
            clauses.append((occur.Must, build.boolean_query([(occur.Should, a) for a in alternatives])))
    clauses += [(occur.MustNot, _term(term)) for term in query.excluded]
    return build.boolean_query(clauses)


def _filtered(matching, visibilities: list[str], filters):
    """The query, narrowed to what the reader may see and the filters; the filters score nothing, so
    BM25 alone ranks."""
    occur, build = tantivy.Occur, tantivy.Query
    # Visibility as the levels the reader may not see, excluded: those are a few paragraphs, where the
    # public level is nearly all of them, and intersecting with that list cost more than the words'.
    hidden = [level for level in (*Visibility.values, "") if level not in visibilities]
    clauses = [(occur.Must, matching)]
    if hidden:
        clauses.append((occur.MustNot, build.term_set_query(SCHEMA, "visibility", hidden)))
    conditions = []
    for name, value in filters.active().items():
        if name == "visibility":
            continue  # already in the reader's visibilities
        if name in ("state", "mentioned"):
            value = str(value).upper()
        elif name in NUMBER_FACETS + NUMBER_LABELS:
            try:
                value = int(value)
            except (TypeError, ValueError):
                return build.empty_query()
            if value < 0:
                return build.empty_query()
        else:
            value = str(value)
        conditions.append((occur.Must, build.term_query(SCHEMA, name, value)))
    if conditions:
        clauses.append((occur.Must, build.const_score_query(build.boolean_query(conditions), 0.0)))
    return build.boolean_query(clauses)


# ------------------------------------------------------------------------------------------ writing


def bring_up_to_date(progress=None) -> int:
    """Apply the change log to the index, or build the index when its epoch has none. Only the index
    writer calls this (it holds the lease). Returns how many paragraphs were written or deleted."""
    epoch, latest = database_state()
    if not epoch:
        epoch = new_epoch()
    folder = folder_of(epoch)
    if not (folder / "meta.json").exists():
        return _build(epoch, latest, progress)
    # The process's own handle (a serving process searches with it too): the writer polls every second,
    # and opening the folder anew each time is work for nothing.
    opened = _open(folder)
    if opened is None:
        return 0
    with opened.lock:
        opened.index.reload()
        opened.epoch, opened.applied = marker(opened.index.searcher())
    index, applied = opened.index, opened.applied
    if applied == latest:
        return 0
    if applied > latest:  # the database was restored from a backup older than the folder
        return _build(new_epoch(), latest, progress)
    changed = sorted(
        set(
            SearchChange.objects.filter(id__gt=applied, id__lte=latest).values_list("paragraph_id", flat=True)
        )
    )
    writer = index.writer(UPDATE_HEAP, 1)
    try:
        for start in range(0, len(changed), READ_CHUNK):
            chunk = changed[start : start + READ_CHUNK]
            writer.delete_documents_by_query(tantivy.Query.term_set_query(SCHEMA, "paragraph_id", chunk))
            for document in _documents(chunk):
                writer.add_document(document)
        _set_marker(writer, epoch, latest)
        writer.commit()
    except BaseException:
        writer.rollback()
        raise
    writer.wait_merging_threads()
    SearchChange.objects.filter(id__lte=latest).delete()
    if progress:
        progress(len(changed))
    return len(changed)


def _set_marker(writer, epoch: str, applied: int) -> None:
    writer.delete_documents_by_query(tantivy.Query.term_query(SCHEMA, "paragraph_id", MARKER))
    document = tantivy.Document()
    document.add_unsigned("paragraph_id", MARKER)
    document.add_text("epoch", epoch)
    document.add_unsigned("applied", applied)
    writer.add_document(document)


def _build(epoch: str, latest: int, progress=None) -> int:
    """A new index of every entry in a folder beside the others, switched to when complete. ``latest``
    was read first: every change up to it is in the entries read after it, and a later one is replayed
    (harmlessly) by the next round."""
    root = Path(settings.SEARCH_INDEX_DIR)
    root.mkdir(parents=True, exist_ok=True)
    staging = root / f".building-{epoch}-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    written = 0
    try:
        index = tantivy.Index(SCHEMA, path=str(staging))
        writer = index.writer(BUILD_HEAP, 2)
        after = 0
        while True:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT paragraph_id FROM search_searchentry WHERE paragraph_id > %s "
                    "ORDER BY paragraph_id LIMIT %s",
                    [after, READ_CHUNK],
                )
                chunk = [row[0] for row in cursor.fetchall()]
            if not chunk:
                break
            for document in _documents(chunk):
                writer.add_document(document)
            written, after = written + len(chunk), chunk[-1]
            if progress:
                progress(len(chunk))
        _set_marker(writer, epoch, latest)
        writer.commit()
        writer.wait_merging_threads()
        os.rename(staging, folder_of(epoch))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    for other in root.iterdir():  # the folders of earlier epochs and schemas (readers keep open files)
        if other != folder_of(epoch) and not other.name.startswith(".building-"):
            shutil.rmtree(other, ignore_errors=True)
    SearchChange.objects.filter(id__lte=latest).delete()
    return written


def _documents(paragraph_ids: list[int]):
    """The index documents of these paragraphs, as their entries and labels stand now (none for a
    paragraph whose entry is gone)."""
    if not paragraph_ids:
        return
    marks = placeholders(len(paragraph_ids))
    labels: dict[int, list[tuple[str, str]]] = {}
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT entry_id, facet, value FROM search_searchlabel WHERE entry_id IN ({marks})",  # noqa: S608
            paragraph_ids,
        )
        for entry_id, facet, value in cursor.fetchall():
            labels.setdefault(entry_id, []).append((facet, value))
        cursor.execute(
            "SELECT e.paragraph_id, e.document_id, e.tokens, e.language, e.document_kind, "  # noqa: S608
            "COALESCE(s.iso3, ''), e.region, e.body, e.session, e.visibility, e.year "
            "FROM search_searchentry e LEFT JOIN countries_state s ON s.id = e.state_id "
            f"WHERE e.paragraph_id IN ({marks})",
            paragraph_ids,
        )
        rows = cursor.fetchall()
    for paragraph_id, document_id, tokens, *columns, year in rows:
        document = tantivy.Document()
        document.add_unsigned("paragraph_id", paragraph_id)
        document.add_unsigned("document_id", document_id)
        document.add_text("tokens", tokens)
        for name, value in zip(TEXT_FACETS, columns, strict=True):
            if value:
                document.add_text(name, value)
        if year is not None:
            document.add_unsigned("year", year)
        for facet, value in labels.get(paragraph_id, ()):
            if facet in NUMBER_LABELS:
                document.add_unsigned(facet, int(value))
            else:
                document.add_text(facet, value)
        yield document
