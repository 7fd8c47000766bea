"""The embedded lexical engine, measured: SQLite FTS5 (the default today) against tantivy, side by side.

Both engines index the same analysed text, the ``tokens`` column of ``search_searchentry`` (already
normalised, stemmed and segmented by observatory/search/analysis.py), and answer the same queries:

1. Build. FTS5: a fresh copy of the N entries, then the project's own ``CREATE VIRTUAL TABLE search_fts``
   (the migration's statement) and ``INSERT ... SELECT``, committed and checkpointed. tantivy: the same
   N rows read from that copy into an index in a folder (whitespace tokenizer: the text is pre-analysed),
   committed, merges waited for.
2. Queries. The fixture's queries cut to their first two words (as bench/search.py does), analysed by
   observatory.search.query.parse; FTS5 gets ``to_fts5(query)``, tantivy the same boolean query (AND of
   groups, OR within a group, phrases for multi-token terms, prefixes). Timed: (a) top 10 by BM25,
   (b) top 10 and the exact number of matches, (c) top 10 among visibility='public' AND language=L.
   Checked: that both engines count the same matches, and how much their top 10s overlap.
3. Memory and disk: the RSS of each searching process, the size of the tantivy folder and of the FTS5
   table (its shadow tables, by dbstat; the text itself stays in search_searchentry for both).

Every build and every query pass runs in a process of its own, held to 2 cores, each at least twice,
alternating engines; the figures are medians over the runs.

    python bench/embedded_lexical.py --database PATH [--limit N] [--queries 200] [--repeats 2]

The database is only read (opened with mode=ro). Needs ``pip install tantivy`` (not a dependency).
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FTS_SIZE = "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_fts%'"
FTS_TOP = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 10"
FTS_COUNT = "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?"
FTS_FILTERED = (
    "SELECT search_fts.rowid FROM search_fts JOIN search_searchentry e ON e.paragraph_id = search_fts.rowid "
    "WHERE search_fts MATCH ? AND +e.visibility = 'public' AND +e.language = ? "
    "ORDER BY search_fts.rank LIMIT 10"
)
FTS_SCORED = "SELECT rowid, -bm25(search_fts) FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 10"
FTS_SCORE_OF = "SELECT -bm25(search_fts) FROM search_fts WHERE search_fts MATCH ? AND rowid = ?"
FTS_LANGUAGES = (
    "SELECT e.language, count(*) FROM search_fts JOIN search_searchentry e "
    "ON e.paragraph_id = search_fts.rowid WHERE search_fts MATCH ? GROUP BY e.language"
)
ROWS = "SELECT paragraph_id, language, visibility, tokens FROM search_searchentry"
MODES = ("top10", "top10+count", "top10 filtered", "top10+language facet")


# ---------------------------------------------------------------------------------------------- helpers


def percentiles(samples: list[float]) -> dict[str, float]:
    """p50/p95/p99 of durations in seconds, in milliseconds (as bench/search.py reports them)."""
    ordered = sorted(samples)

    def at(share: float) -> float:
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000

    return {"p50": at(0.50), "p95": at(0.95), "p99": at(0.99)}


def memory() -> dict[str, float]:
    """This process's memory from /proc/self/status, in MB (VmRSS, VmHWM = peak, RssAnon, RssFile)."""
    wanted = ("VmRSS", "VmHWM", "RssAnon", "RssFile")
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key = line.split(":", 1)[0]
        if key in wanted:
            found[key] = int(line.split()[1]) / 1024
    return found


def folder_bytes(path: Path) -> int:
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file())


def hold_to_cores(cores: int) -> list[int]:
    """Run on at most ``cores`` CPUs (the ones this process may use, lowest first)."""
    chosen = sorted(os.sched_getaffinity(0))[:cores]
    os.sched_setaffinity(0, chosen)
    return chosen


def median(values: list[float]) -> float:
    return statistics.median(values)


# ------------------------------------------------------------------------------------ preparation (parent)


def fts_statement() -> str:
    """The project's own CREATE VIRTUAL TABLE search_fts (external content over search_searchentry)."""
    migration = importlib.import_module("observatory.search.migrations.0002_full_text")
    statement = migration.SQLITE[0]
    assert statement.lstrip().upper().startswith("CREATE VIRTUAL TABLE SEARCH_FTS"), statement
    return statement


def prepared_queries(count: int, seed: int, work: Path) -> tuple[list[dict], int]:
    """``count`` seeded random two-word fixture queries, analysed; and how many fixture queries failed."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "observatory.config.settings")
    (work / "var").mkdir(exist_ok=True)  # Django's own database is never opened, but lives here
    os.environ["OBSERVATORY_VAR_DIR"] = str(work / "var")
    os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()
    from observatory.search.query import InvalidQuery, parse, to_fts5
    from observatory.search.relevance import queries

    def term(t) -> dict:
        return {"tokens": list(t.tokens), "prefix": t.prefix}

    words, failed = [], 0
    for q in queries():
        text = " ".join(q.text.split()[:2])
        try:
            parsed = parse(text, q.language)
        except InvalidQuery:
            failed += 1
            continue
        words.append(
            {
                "language": q.language,
                "text": text,
                "fts5": to_fts5(parsed),
                "groups": [[term(t) for t in group] for group in parsed.groups],
                "excluded": [term(t) for t in parsed.excluded],
            }
        )
    rng = random.Random(seed)
    return [rng.choice(words) for _ in range(count)], failed


def extract(database: Path, library: Path, limit: int) -> dict:
    """Copy the first ``limit`` entries (all when negative) into a fresh database, with the project's
    table and indexes for search_searchentry; the source is only read."""
    source_uri = f"file:{database}?mode=ro"
    with sqlite3.connect(source_uri, uri=True) as source:
        table = source.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'search_searchentry'"
        ).fetchone()
        if table is None:
            raise SystemExit(f"{database} has no search_searchentry table")
        indexes = [
            row[0]
            for row in source.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'search_searchentry' "
                "AND sql IS NOT NULL"
            )
        ]
    started = time.perf_counter()
    target = sqlite3.connect(f"file:{library}", uri=True, isolation_level=None)
    target.execute("PRAGMA journal_mode=WAL")
    target.execute("PRAGMA synchronous=NORMAL")
    target.execute(table[0])
    target.execute("ATTACH DATABASE ? AS source", (source_uri,))
    target.execute("BEGIN")
    target.execute(
        "INSERT INTO main.search_searchentry SELECT * FROM source.search_searchentry "
        "ORDER BY paragraph_id LIMIT ?",
        (limit,),
    )
    target.execute("COMMIT")
    target.execute("DETACH DATABASE source")
    for statement in indexes:
        target.execute(statement)
    target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    rows = target.execute("SELECT count(*) FROM search_searchentry").fetchone()[0]
    tokens = target.execute("SELECT sum(length(tokens)) FROM search_searchentry").fetchone()[0] or 0
    target.close()
    return {
        "rows": rows,
        "token_chars_per_row": tokens / max(rows, 1),
        "seconds": time.perf_counter() - started,
    }


# ------------------------------------------------------------------------------------- phases (children)


def tantivy_schema():
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_unsigned_field("paragraph_id", stored=True, fast=True)
    # "whitespace": split on white space only, no lowercasing or length limit: the text is pre-analysed.
    builder.add_text_field("tokens", tokenizer_name="whitespace", index_option="position")
    # Filters: one term each ("raw"), indexed without frequencies or positions, fast for aggregations.
    builder.add_text_field("language", tokenizer_name="raw", fast=True, index_option="basic")
    builder.add_text_field("visibility", tokenizer_name="raw", fast=True, index_option="basic")
    return builder.build()


def phase_fts_build(config: dict, work: Path, rep: int) -> dict:
    target = work / f"fts-{rep}.sqlite3"
    shutil.copyfile(work / "library.sqlite3", target)  # untimed: the library rows without the index
    connection = sqlite3.connect(target, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")  # as observatory.config.settings.sqlite_options
    connection.execute("PRAGMA synchronous=NORMAL")
    before = memory()
    started = time.perf_counter()
    connection.execute("BEGIN")
    connection.execute(config["fts_statement"])
    connection.execute(
        "INSERT INTO search_fts(rowid, tokens) SELECT paragraph_id, tokens FROM search_searchentry"
    )
    connection.execute("COMMIT")
    inserted = time.perf_counter()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finished = time.perf_counter()
    size = connection.execute(FTS_SIZE).fetchone()[0]
    rows = connection.execute("SELECT count(*) FROM search_searchentry").fetchone()[0]
    connection.close()
    return {
        "rows": rows,
        "seconds": finished - started,
        "insert_seconds": inserted - started,
        "checkpoint_seconds": finished - inserted,
        "index_bytes": size,
        "file_bytes": target.stat().st_size,
        "rss_before_mb": before.get("VmRSS", 0),
        "peak_rss_mb": memory().get("VmHWM", 0),
    }


def phase_tantivy_build(config: dict, work: Path, rep: int) -> dict:
    import tantivy

    folder = work / f"tantivy-{rep}"
    folder.mkdir()
    schema = tantivy_schema()
    index = tantivy.Index(schema, path=str(folder))
    source = sqlite3.connect(f"file:{work / 'library.sqlite3'}?mode=ro", uri=True)
    reading = time.perf_counter()  # what reading the rows into Python costs alone (the OS caches them)
    for _row in source.execute(ROWS):
        pass
    read_seconds = time.perf_counter() - reading
    before = memory()
    started = time.perf_counter()
    writer = index.writer(heap_size=config["heap_bytes"], num_threads=config["threads"])
    rows = 0
    for paragraph_id, language, visibility, tokens in source.execute(ROWS):
        document = tantivy.Document()
        document.add_unsigned("paragraph_id", paragraph_id)
        document.add_text("tokens", tokens)
        document.add_text("language", language)
        document.add_text("visibility", visibility)
        writer.add_document(document)
        rows += 1
    added = time.perf_counter()
    writer.commit()
    committed = time.perf_counter()
    writer.wait_merging_threads()
    finished = time.perf_counter()
    source.close()
    index.reload()
    searcher = index.searcher()
    return {
        "rows": rows,
        "documents": searcher.num_docs,
        "segments": searcher.num_segments,
        "seconds": finished - started,
        "add_seconds": added - started,
        "read_seconds": read_seconds,
        "commit_seconds": committed - added,
        "merge_wait_seconds": finished - committed,
        "index_bytes": folder_bytes(folder),
        "rss_before_mb": before.get("VmRSS", 0),
        "peak_rss_mb": memory().get("VmHWM", 0),
    }


class FTS5Engine:
    def __init__(self, work: Path):
        self.connection = sqlite3.connect(f"file:{work / 'fts.sqlite3'}?mode=ro", uri=True)

    def top10(self, q: dict) -> list[int]:
        return [row[0] for row in self.connection.execute(FTS_TOP, (q["fts5"],))]

    def top10_count(self, q: dict) -> tuple[list[int], int]:
        return self.top10(q), self.connection.execute(FTS_COUNT, (q["fts5"],)).fetchone()[0]

    def top10_filtered(self, q: dict) -> list[int]:
        return [row[0] for row in self.connection.execute(FTS_FILTERED, (q["fts5"], q["language"]))]

    def top10_languages(self, q: dict) -> tuple[list[int], dict[str, int]]:
        return self.top10(q), dict(self.connection.execute(FTS_LANGUAGES, (q["fts5"],)).fetchall())

    def scored(self, q: dict) -> list[tuple[int, float]]:
        return [(row[0], row[1]) for row in self.connection.execute(FTS_SCORED, (q["fts5"],))]

    def score_of(self, q: dict, paragraph_id: int) -> float | None:
        row = self.connection.execute(FTS_SCORE_OF, (q["fts5"], paragraph_id)).fetchone()
        return None if row is None else row[0]


class TantivyEngine:
    def __init__(self, work: Path):
        import tantivy

        self.t = tantivy
        self.index = tantivy.Index.open(str(work / "tantivy"))
        self.schema = self.index.schema
        self.searcher = self.index.searcher()

    def _term(self, term: dict):
        tokens, query = term["tokens"], self.t.Query
        if term["prefix"]:
            return query.phrase_prefix_query(self.schema, "tokens", tokens)
        if len(tokens) == 1:
            return query.term_query(self.schema, "tokens", tokens[0])
        return query.phrase_query(self.schema, "tokens", tokens)

    def query(self, q: dict):
        """AND of the groups, OR within a group, NOT of the excluded terms: what to_fts5 writes."""
        occur, query = self.t.Occur, self.t.Query
        clauses = []
        for group in q["groups"]:
            alternatives = [self._term(term) for term in group]
            if len(alternatives) == 1:
                clauses.append((occur.Must, alternatives[0]))
            else:
                clauses.append((occur.Must, query.boolean_query([(occur.Should, a) for a in alternatives])))
        clauses += [(occur.MustNot, self._term(term)) for term in q["excluded"]]
        return clauses[0][1] if len(clauses) == 1 else query.boolean_query(clauses)

    def _filtered(self, q: dict):
        """The query, and as a filter scoring 0 (so BM25 alone ranks): visibility and language."""
        occur, query = self.t.Occur, self.t.Query
        conditions = query.boolean_query(
            [
                (occur.Must, query.term_query(self.schema, "visibility", "public")),
                (occur.Must, query.term_query(self.schema, "language", q["language"])),
            ]
        )
        return query.boolean_query(
            [(occur.Must, self.query(q)), (occur.Must, query.const_score_query(conditions, 0.0))]
        )

    def _ids(self, hits) -> list[int]:
        return self.searcher.fast_field_values("paragraph_id", [address for _, address in hits])

    def top10(self, q: dict) -> list[int]:
        return self._ids(self.searcher.search(self.query(q), 10, count=False).hits)

    def top10_count(self, q: dict) -> tuple[list[int], int]:
        result = self.searcher.search(self.query(q), 10, count=True)
        return self._ids(result.hits), result.count

    def top10_filtered(self, q: dict) -> list[int]:
        return self._ids(self.searcher.search(self._filtered(q), 10, count=False).hits)

    def top10_languages(self, q: dict) -> tuple[list[int], dict[str, int]]:
        query = self.query(q)
        found = self.searcher.aggregate(query, {"language": {"terms": {"field": "language", "size": 20}}})
        counts = {bucket["key"]: bucket["doc_count"] for bucket in found["language"]["buckets"]}
        return self.top10_q(query), counts

    def top10_q(self, query) -> list[int]:
        return self._ids(self.searcher.search(query, 10, count=False).hits)

    def scored(self, q: dict) -> list[tuple[int, float]]:
        hits = self.searcher.search(self.query(q), 10, count=False).hits
        return list(zip(self._ids(hits), [score for score, _ in hits], strict=True))

    def score_of(self, q: dict, paragraph_id: int) -> float | None:
        occur, query = self.t.Occur, self.t.Query
        only = query.range_query(
            self.schema, "paragraph_id", self.t.FieldType.Unsigned, paragraph_id, paragraph_id
        )
        hits = self.searcher.search(
            query.boolean_query(
                [(occur.Must, self.query(q)), (occur.Must, query.const_score_query(only, 0.0))]
            ),
            1,
            count=False,
        ).hits
        return hits[0][0] if hits else None


ENGINES = {"fts5": FTS5Engine, "tantivy": TantivyEngine}


def phase_search(config: dict, work: Path, engine_name: str) -> dict:
    at_start = memory()
    if engine_name == "tantivy":
        import tantivy  # noqa: F401 - the library's own memory belongs to the baseline

        at_start = memory()
    engine = ENGINES[engine_name](work)
    opened = memory()
    queries = config["queries"]
    calls = {
        "top10": engine.top10,
        "top10+count": engine.top10_count,
        "top10 filtered": engine.top10_filtered,
        "top10+language facet": engine.top10_languages,
    }
    for q in {q["text"]: q for q in queries}.values():  # warm: every distinct query once in each mode
        for call in calls.values():
            call(q)
    timings = {}
    for mode, call in calls.items():
        samples = []
        for q in queries:
            started = time.perf_counter()
            call(q)
            samples.append(time.perf_counter() - started)
        timings[mode] = percentiles(samples)
    return {"timings": timings, "memory_start": at_start, "memory_open": opened, "memory_end": memory()}


def phase_compare(config: dict, work: Path) -> dict:
    """Untimed: match counts and top-10 overlap, per distinct query; tie-aware as well (the corpus
    repeats its sentences, so many paragraphs score the same and either engine may pick any of them)."""
    fts, tan = FTS5Engine(work), TantivyEngine(work)
    per_query = {}
    for q in {q["text"]: q for q in config["queries"]}.values():
        (_, fts_count), (_, tan_count) = fts.top10_count(q), tan.top10_count(q)
        a, b = fts.scored(q), tan.scored(q)
        ids_a, ids_b = {i for i, _ in a}, {i for i, _ in b}

        def accepted(mine: list, other_ids: set[int], other: list, engine, q: dict = q) -> int:
            """How many of ``mine`` the other engine scores at least as high as its own 10th hit."""
            if not other:
                return 0
            floor = other[-1][1]
            good = 0
            for paragraph_id, _ in mine:
                if paragraph_id in other_ids:
                    good += 1
                    continue
                score = engine.score_of(q, paragraph_id)
                if score is not None and score >= floor - 1e-6 * max(1.0, abs(floor)):
                    good += 1
            return good

        size = max(len(a), len(b), 1)
        facets_differ = fts.top10_languages(q)[1] != tan.top10_languages(q)[1]
        filtered_a, filtered_b = set(fts.top10_filtered(q)), set(tan.top10_filtered(q))
        per_query[q["text"]] = {
            "fts5_count": fts_count,
            "tantivy_count": tan_count,
            "overlap": len(ids_a & ids_b) / size,
            "tie_aware_fts5_in_tantivy": accepted(a, ids_b, b, tan) / size,
            "tie_aware_tantivy_in_fts5": accepted(b, ids_a, a, fts) / size,
            "facets_differ": facets_differ,
            "filtered_overlap": (
                len(filtered_a & filtered_b) / max(len(filtered_a), len(filtered_b))
                if filtered_a or filtered_b
                else None
            ),
        }
    return {"per_query": per_query}


def run_phase(args) -> None:
    work = Path(args.workdir)
    config = json.loads((work / "config.json").read_text())
    cores = hold_to_cores(config["cores"])
    if args.phase == "fts-build":
        result = phase_fts_build(config, work, args.rep)
    elif args.phase == "tantivy-build":
        result = phase_tantivy_build(config, work, args.rep)
    elif args.phase in ("fts5-search", "tantivy-search"):
        result = phase_search(config, work, args.phase.split("-")[0])
    else:
        result = phase_compare(config, work)
    result["cpus"] = cores
    result["load_average"] = os.getloadavg()
    print("RESULT " + json.dumps(result))


def child(work: Path, phase: str, rep: int = 0) -> dict:
    command = [sys.executable, __file__, "--phase", phase, "--workdir", str(work), "--rep", str(rep)]
    finished = subprocess.run(command, capture_output=True, text=True)
    if finished.returncode != 0 or "RESULT " not in finished.stdout:
        raise SystemExit(f"{phase} failed:\n{finished.stderr[-3000:]}")
    result = json.loads(finished.stdout.split("RESULT ", 1)[1])
    print(f"  {phase} #{rep + 1}: done (load {result['load_average'][0]:.1f})", file=sys.stderr)
    return result


# ------------------------------------------------------------------------------------------------ report


def distribution(values: list[float]) -> str:
    ordered = sorted(values)
    return (
        f"{ordered[len(ordered) // 2]:,.0f} / {ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]:,.0f}"
        f" / {ordered[-1]:,.0f}"
    )


def report(config: dict, extracted: dict, builds: dict, searches: dict, compared: dict) -> str:
    rows = extracted["rows"]
    lines = [
        f"embedded lexical search: {rows:,} paragraphs ({extracted['token_chars_per_row']:.0f} characters "
        f"of tokens each), {len(config['queries'])} two-word queries (seed {config['seed']}), "
        f"{config['cores']} cores",
        f"tantivy-py {importlib.metadata.version('tantivy')}; SQLite {sqlite3.sqlite_version}; "
        f"tantivy writer: {config['heap_bytes'] // 1_000_000} MB heap in all, {config['threads']} threads",
        f"medians of {config['repeats']} runs per figure, engines alternating; load average at start "
        f"{config['load_start']:.1f}, at end {os.getloadavg()[0]:.1f} (shared machine)",
        "",
    ]
    width = 34

    def row(label: str, fts: str, tan: str) -> None:
        lines.append(f"{label:<{width}}{fts:>34}{tan:>36}")

    row("", "SQLite FTS5", "tantivy")

    def build_figure(engine: str, key: str) -> float:
        return median([b[key] for b in builds[engine]])

    fts_seconds, tan_seconds = build_figure("fts5", "seconds"), build_figure("tantivy", "seconds")
    row(
        "build, s (runs)",
        *(
            f"{median(s):.1f} ({', '.join(f'{x:.1f}' for x in s)})"
            for s in ([b["seconds"] for b in builds["fts5"]], [b["seconds"] for b in builds["tantivy"]])
        ),
    )
    row("build, paragraphs/s", f"{rows / fts_seconds:,.0f}", f"{rows / tan_seconds:,.0f}")
    fts_parts = "insert {:.1f} + ckpt {:.1f}".format(
        build_figure("fts5", "insert_seconds"), build_figure("fts5", "checkpoint_seconds")
    )
    tan_parts = "add {:.1f} + commit {:.1f} + merge {:.1f}".format(
        *(build_figure("tantivy", k) for k in ("add_seconds", "commit_seconds", "merge_wait_seconds"))
    )
    row("  of which", fts_parts, tan_parts)
    row("  reading rows into Python alone, s", "-", f"{build_figure('tantivy', 'read_seconds'):.1f}")
    row(
        "build process peak RSS, MB",
        f"{build_figure('fts5', 'peak_rss_mb'):,.0f}",
        f"{build_figure('tantivy', 'peak_rss_mb'):,.0f}",
    )
    row(
        "index on disk, MB",
        f"{builds['fts5'][-1]['index_bytes'] / 1e6:,.0f}",
        f"{builds['tantivy'][-1]['index_bytes'] / 1e6:,.0f}",
    )
    row("segments after build", "-", f"{builds['tantivy'][-1]['segments']}")
    for mode in MODES:
        row(
            f"{mode}, ms p50/p95/p99",
            *(
                "{:.2f}/{:.2f}/{:.2f}".format(
                    *(median([s["timings"][mode][p] for s in searches[e]]) for p in ("p50", "p95", "p99"))
                )
                for e in ("fts5", "tantivy")
            ),
        )
    for label, stage, key in (
        ("searcher RSS before open, MB", "memory_start", "VmRSS"),
        ("searcher RSS after queries, MB", "memory_end", "VmRSS"),
        ("  anonymous / file-backed, MB", "memory_end", None),
        ("searcher peak RSS, MB", "memory_end", "VmHWM"),
    ):
        values = []
        for e in ("fts5", "tantivy"):
            if key is None:
                values.append(
                    "{:,.0f} / {:,.0f}".format(
                        median([s[stage]["RssAnon"] for s in searches[e]]),
                        median([s[stage]["RssFile"] for s in searches[e]]),
                    )
                )
            else:
                values.append(f"{median([s[stage][key] for s in searches[e]]):,.0f}")
        row(label, *values)

    per_query = compared["per_query"]
    chosen = [per_query[q["text"]] for q in config["queries"]]
    ranked = [c for c in chosen if c["fts5_count"] or c["tantivy_count"]] or [
        dict.fromkeys(("overlap", "tie_aware_fts5_in_tantivy", "tie_aware_tantivy_in_fts5"), 0.0)
    ]
    filtered = [c for c in chosen if c["filtered_overlap"] is not None] or [{"filtered_overlap": 0.0}]
    mismatched = [text for text, c in per_query.items() if c["fts5_count"] != c["tantivy_count"]]
    lines += [
        "",
        f"matches per query, p50 / p95 / max: {distribution([c['fts5_count'] for c in chosen])} (FTS5), "
        f"{distribution([c['tantivy_count'] for c in chosen])} (tantivy)",
        f"queries whose language facet counts differ: {sum(c['facets_differ'] for c in per_query.values())}",
        f"queries whose match counts differ: {len(mismatched)} of {len(per_query)} distinct"
        + (f" ({', '.join(mismatched[:5])})" if mismatched else ""),
        "top-10 overlap over the {} of {} queries that match: mean {:.2f}, identical sets {:.0%}".format(
            len(ranked),
            len(chosen),
            statistics.mean(c["overlap"] for c in ranked),
            sum(c["overlap"] == 1 for c in ranked) / len(ranked),
        ),
        "  tie-aware (the other engine scores the hit at least as high as its own 10th): "
        "FTS5's hits {:.2f}, tantivy's hits {:.2f}".format(
            statistics.mean(c["tie_aware_fts5_in_tantivy"] for c in ranked),
            statistics.mean(c["tie_aware_tantivy_in_fts5"] for c in ranked),
        ),
        "filtered top-10 overlap over the {} queries with filtered hits: mean {:.2f}".format(
            len(filtered), statistics.mean(c["filtered_overlap"] for c in filtered)
        ),
    ]
    if config["failed_queries"]:
        lines.append(f"fixture queries that did not parse (left out): {config['failed_queries']}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database", type=Path, help="an Observatory SQLite database with search entries")
    parser.add_argument("--limit", type=int, default=-1, help="use the first N entries (default: all)")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--repeats", type=int, default=2, help="runs of each build and query pass (>= 2)")
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--heap-mb", type=int, default=256, help="tantivy writer heap, all threads together")
    parser.add_argument("--threads", type=int, default=2, help="tantivy indexing threads")
    parser.add_argument("--workdir", help="scratch folder (default: a temporary one, removed after)")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--rep", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        run_phase(args)
        return
    if args.database is None or not args.database.exists():
        parser.error("--database PATH: an existing Observatory SQLite database is required")
    import tantivy  # noqa: F401 - fail now, not after the extraction

    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="embedded-lexical-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        queries, failed = prepared_queries(args.queries, args.seed, work)
        config = {
            "database": str(args.database),
            "limit": args.limit,
            "cores": args.cores,
            "heap_bytes": args.heap_mb * 1_000_000,
            "threads": args.threads,
            "repeats": args.repeats,
            "seed": args.seed,
            "fts_statement": fts_statement(),
            "queries": queries,
            "failed_queries": failed,
            "load_start": os.getloadavg()[0],
        }
        (work / "config.json").write_text(json.dumps(config))
        print(f"copying entries into {work} ...", file=sys.stderr)
        extracted = extract(args.database, work / "library.sqlite3", args.limit)
        print(f"  {extracted['rows']:,} rows in {extracted['seconds']:.0f} s", file=sys.stderr)
        builds = {"fts5": [], "tantivy": []}
        for rep in range(args.repeats):
            builds["fts5"].append(child(work, "fts-build", rep))
            builds["tantivy"].append(child(work, "tantivy-build", rep))
            if rep < args.repeats - 1:  # keep the last of each for the queries
                (work / f"fts-{rep}.sqlite3").unlink()
                shutil.rmtree(work / f"tantivy-{rep}")
        last = args.repeats - 1
        (work / f"fts-{last}.sqlite3").rename(work / "fts.sqlite3")
        (work / f"tantivy-{last}").rename(work / "tantivy")
        searches = {"fts5": [], "tantivy": []}
        for rep in range(args.repeats):
            searches["fts5"].append(child(work, "fts5-search", rep))
            searches["tantivy"].append(child(work, "tantivy-search", rep))
        compared = child(work, "compare")
        text = report(config, extracted, builds, searches, compared)
        print(text, flush=True)
        if args.json:
            args.json.write_text(
                json.dumps(
                    {
                        "extracted": extracted,
                        "builds": builds,
                        "searches": searches,
                        "compared": compared,
                        "config": {k: v for k, v in config.items() if k != "queries"},
                        "report": text,
                    },
                    indent=1,
                )
            )
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
