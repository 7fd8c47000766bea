"""Search at scale: build time and latency of every backend, side by side.

Generates N paragraphs in the six languages (default 1,000,000) from the project's own multilingual
texts (the relevance fixture and the demo corpus, recombined), stores them in the library tables, builds
the lexical index (analysis + full-text index) and a vector per paragraph, then times 200 queries:

- lexical top 10; with three facet counts (language, document kind, article); with all twelve;
- semantic top 10 (query embedding included) and hybrid (both, fused).

Vectors at this scale are not embeddings of the texts (embedding a million paragraphs takes hours on
two cores): they are random unit vectors of the model's size, so the semantic figures are the cost of
search, not its quality (bench/search_quality.py measures quality).

Each backend runs in a process of its own: SQLite in a temporary folder, PostgreSQL in a throwaway
cluster (scripts/with-postgres). Also 8 concurrent HTTP clients on loopback against the search API.

    python bench/search.py [--paragraphs 1000000] [--backends sqlite,sqlite-fts5,postgresql] [--queries 200]

"sqlite" is the embedded default (the tantivy index, built from the entries by the index writer's own
code after they are stored); "sqlite-fts5" the same database searched with FTS5 alone.

To time queries again after a change without building a million paragraphs anew, keep the data:
``--keep DIR`` stores the SQLite database in DIR and ``--postgres-url URL`` uses a server of your own;
when the database already holds the bench's paragraphs, the build is skipped (its figures are then
absent from the report).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def at(share: float) -> float:
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000

    return {"p50": at(0.50), "p95": at(0.95), "p99": at(0.99)}


def sentence_pool() -> dict[str, list[str]]:
    """Paragraph texts per language, from the project's fixtures."""
    from observatory.library.demo_corpus import documents as demo_documents
    from observatory.search.relevance import documents as relevance_documents

    pool: dict[str, list[str]] = {language: [] for language in LANGUAGES}
    for doc in relevance_documents():
        pool[doc.language].extend(text for _, text in doc.paragraphs)
    for doc in demo_documents():
        pool[doc.language].extend(p.text for p in doc.paragraphs if len(p.text) > 80)
    return pool


def populate(count: int) -> float:
    """Library rows for ``count`` paragraphs (100 per document); returns seconds spent."""
    from observatory.countries.models import State
    from observatory.library.models import Document, LanguageVersion, Paragraph, Revision

    pool, rng = sentence_pool(), random.Random(7)
    states = list(State.objects.values_list("pk", flat=True))
    bodies = ["CAC/COSP", "CAC/COSP/IRG", "CAC/COSP/WG.4", "CAC/COSP/WG.2"]
    started = time.perf_counter()
    per_document = 100

    def document(number: int) -> Document:
        # Reports carry a symbol (body and session), submissions and laws a State.
        kind, year = rng.choice(["submission", "report", "legislation"]), 2010 + (number % 15)
        return Document(
            key=f"bench-{number}",
            kind=kind,
            title=f"Bench {number}",
            year=year,
            symbol=f"{rng.choice(bodies)}/{year}/{number % 40 + 1}" if kind == "report" else "",
            state_id=rng.choice(states) if kind != "report" and states else None,
        )

    for start in range(0, count, per_document * 100):
        documents = Document.objects.bulk_create(
            [document(start + i) for i in range(0, min(per_document * 100, count - start), per_document)]
        )
        versions = LanguageVersion.objects.bulk_create(
            [LanguageVersion(document=d, language=LANGUAGES[i % 6]) for i, d in enumerate(documents)]
        )
        revisions = Revision.objects.bulk_create(
            [
                Revision(
                    version=v, number=1, source_name="bench", format="text", file_sha256="-", text_sha256="-"
                )
                for v in versions
            ]
        )
        paragraphs = []
        for revision, version in zip(revisions, versions, strict=True):
            texts = pool[version.language]
            for position in range(per_document):
                text = " ".join(rng.sample(texts, 2))
                paragraphs.append(
                    Paragraph(
                        revision=revision,
                        position=position,
                        pid=str(position + 1),
                        kind="numbered",
                        text=text,
                        language=version.language,
                    )
                )
        Paragraph.objects.bulk_create(paragraphs, batch_size=5000)
        cite_articles_and_states(paragraphs, rng)
        for version, revision in zip(versions, revisions, strict=True):
            version.current = revision
        LanguageVersion.objects.bulk_update(versions, ["current"], batch_size=5000)
    return time.perf_counter() - started


def cite_articles_and_states(paragraphs, rng: random.Random) -> None:
    """References as extraction finds them in real documents: about a third of the paragraphs cite one
    to three articles, a fifth mention a State (skewed towards the first chapters and a few States)."""
    from observatory.convention.models import Article
    from observatory.countries.models import State
    from observatory.library.models import ArticleReference, StateReference

    articles = list(Article.objects.order_by("number").values_list("pk", flat=True))
    states = list(State.objects.order_by("iso3").values_list("pk", flat=True))
    if not articles or not states:
        return
    cited, mentioned = [], []
    for paragraph in paragraphs:
        if rng.random() < 0.33:
            for pk in {
                articles[min(int(rng.expovariate(1 / 12)), len(articles) - 1)]
                for _ in range(rng.randint(1, 3))
            }:
                cited.append(ArticleReference(paragraph=paragraph, article_id=pk, text="article"))
        if rng.random() < 0.2:
            pk = states[min(int(rng.expovariate(1 / 30)), len(states) - 1)]
            mentioned.append(StateReference(paragraph=paragraph, state_id=pk, text="State"))
    ArticleReference.objects.bulk_create(cited, batch_size=5000)
    StateReference.objects.bulk_create(mentioned, batch_size=5000)


def build_index() -> dict[str, float]:
    """Lexical entries (analysis + full-text index) and random vectors; seconds and rates."""
    import numpy as np
    from django.db import transaction
    from django.db.models import F

    from observatory.library.models import Paragraph
    from observatory.search.embeddings import get_embedder
    from observatory.search.models import SearchPending, SearchVector
    from observatory.search.services import rebuild

    current = Paragraph.objects.filter(revision__version__current_id=F("revision_id"))
    started = time.perf_counter()
    total = rebuild()  # what `observatory reindex` runs: analysis (in parallel) and FTS5
    lexical = time.perf_counter() - started
    dimensions, name = 512, get_embedder().name
    rng = np.random.default_rng(7)
    started = time.perf_counter()
    ids = list(current.values_list("pk", flat=True))
    with transaction.atomic():
        for start in range(0, len(ids), 20000):
            chunk = ids[start : start + 20000]
            vectors = rng.standard_normal((len(chunk), dimensions), dtype=np.float32)
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
            SearchVector.objects.bulk_create(
                [
                    SearchVector(paragraph_id=pid, model=name, vector=v.tobytes())
                    for pid, v in zip(chunk, vectors, strict=True)
                ],
                batch_size=5000,
            )
        SearchPending.objects.all().delete()  # the vectors are stored: nothing is left to embed
    vectors = time.perf_counter() - started
    return {
        "paragraphs": total,
        "lexical_seconds": lexical,
        "lexical_per_second": total / lexical,
        "vector_store_seconds": vectors,
    }


def query_words() -> list[tuple[str, str]]:
    """Two-word queries in the six languages, from the fixture's own queries."""
    from observatory.search.relevance import queries

    return [(q.language, " ".join(q.text.split()[:2])) for q in queries()]


def time_queries(count: int) -> dict[str, dict[str, float]]:
    from django.contrib.auth.models import AnonymousUser

    from observatory.search.selectors import search

    public, rng = AnonymousUser(), random.Random(11)
    words = query_words()
    chosen = [rng.choice(words) for _ in range(count)]
    # Warm caches (the vector matrix, each language's analysers, the embedding model) outside the
    # timings, as a serving process has long done: one hybrid query in each language.
    for language in sorted({language for language, _ in words}):
        search(
            public, next(text for lang, text in words if lang == language), language=language, mode="hybrid"
        )
    results = {}
    for name, options in (
        ("lexical", {"mode": "lexical", "facets": False}),
        ("lexical + 3 facets", {"mode": "lexical", "facets": ("language", "document_kind", "article")}),
        ("lexical + all 12 facets", {"mode": "lexical", "facets": True}),
        ("semantic", {"mode": "semantic", "facets": False}),
        ("hybrid", {"mode": "hybrid", "facets": False}),
    ):
        samples = []
        for language, text in chosen:
            started = time.perf_counter()
            search(public, text, language=language, limit=10, **options)
            samples.append(time.perf_counter() - started)
        results[name] = percentiles(samples)
    return results


def children(pid: int) -> list[int]:
    """The processes ``pid`` started (gunicorn's workers)."""
    found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(child) for child in found] or [pid]


def peak_rss_mb(pid: int) -> float:
    """The most memory the process has held (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def time_http(clients: int = 8, per_client: int = 25) -> dict[str, float]:
    """8 clients at once against the search API served by gunicorn on loopback; also the servers' memory."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # gunicorn as in production (docs/operations.md); one worker of 8 threads holds one vector index.
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [
            *(str(gunicorn), "observatory.config.wsgi:application"),
            *("--workers", "1", "--threads", "8", "--timeout", "900"),
            *("--bind", f"127.0.0.1:{port}"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
    )
    try:
        base = f"http://127.0.0.1:{port}/api/v1/search?"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "q=corruption&mode=lexical", timeout=5).read()  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        # The first hybrid search builds the worker's vector index (minutes at a million): not timed.
        urllib.request.urlopen(base + "q=corruption&mode=hybrid", timeout=1800).read()  # noqa: S310
        words = query_words()
        samples: list[float] = []
        lock = threading.Lock()

        def client(seed: int) -> None:
            rng = random.Random(seed)
            for _ in range(per_client):
                language, text = rng.choice(words)
                url = base + urllib.parse.urlencode({"q": text, "language": language, "mode": "hybrid"})
                started = time.perf_counter()
                urllib.request.urlopen(url, timeout=60).read()  # noqa: S310 (loopback only)
                with lock:
                    samples.append(time.perf_counter() - started)

        started = time.perf_counter()
        threads = [threading.Thread(target=client, args=(seed,)) for seed in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
        return {
            **percentiles(samples),
            "requests_per_second": len(samples) / elapsed,
            "worker_peak_rss_mb": max(peak_rss_mb(pid) for pid in children(server.pid)),
        }
    finally:
        server.terminate()
        server.wait(timeout=30)


def child(paragraphs: int, queries: int) -> None:
    """Run in the backend's own process: build, time, print one JSON line."""
    import django

    django.setup()
    from django.core.management import call_command

    from observatory.library.models import Revision

    call_command("migrate", verbosity=0)
    call_command("load_reference", stdout=open(os.devnull, "w"))  # noqa: SIM115 - articles and States to cite
    from observatory.search.backends import backend
    from observatory.search.writer import uses_tantivy

    report: dict = {}
    if Revision.objects.filter(source_name="bench").count() * 100 != paragraphs:
        report["populate_seconds"] = populate(paragraphs)
        report.update(build_index())
    if uses_tantivy() and backend().name != "tantivy":
        from observatory.search.tantivy_index import bring_up_to_date

        started = time.perf_counter()
        written = bring_up_to_date()
        report["tantivy_seconds"] = time.perf_counter() - started
        report["tantivy_per_second"] = written / report["tantivy_seconds"]
    report["backend"] = backend().name
    report["queries"] = time_queries(queries)
    report["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("QUERIES " + json.dumps(report), flush=True)  # kept if the HTTP part fails
    report["http_8_clients"] = time_http()
    print("RESULT " + json.dumps(report))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--paragraphs", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--backends", default="sqlite,sqlite-fts5,postgresql")
    parser.add_argument(
        "--keep", metavar="DIR", help="keep the SQLite database in DIR (reused when complete)"
    )
    parser.add_argument("--postgres-url", help="use this PostgreSQL database instead of a throwaway one")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "observatory.config.settings")
    if args.child:
        child(args.paragraphs, args.queries)
        return
    reports = []
    for name in args.backends.split(","):
        with tempfile.TemporaryDirectory() as scratch:
            var = args.keep if args.keep and name.startswith("sqlite") else scratch
            env = {**os.environ, "OBSERVATORY_VAR_DIR": var}
            env.pop("DATABASE_URL", None)
            env["OBSERVATORY_LEXICAL_ENGINE"] = "fts5" if name == "sqlite-fts5" else "tantivy"
            env.pop("OBSERVATORY_SEARCH_INDEX_DIR", None)
            command = [
                sys.executable,
                __file__,
                "--child",
                "--paragraphs",
                str(args.paragraphs),
                "--queries",
                str(args.queries),
            ]
            if name == "postgresql" and args.postgres_url:
                env["DATABASE_URL"] = args.postgres_url
            elif name == "postgresql":
                command = [str(ROOT / "scripts" / "with-postgres"), *command]
            finished = subprocess.run(command, env=env, capture_output=True, text=True)
            if finished.returncode != 0 or "RESULT " not in finished.stdout:
                print(f"{name}: failed\n{finished.stderr[-3000:]}", file=sys.stderr)
                if "QUERIES " not in finished.stdout:
                    continue
                # The in-process figures came before the failure: report them, without HTTP.
                reports.append(json.loads(finished.stdout.split("QUERIES ", 1)[1].splitlines()[0]))
                continue
            reports.append(json.loads(finished.stdout.split("RESULT ", 1)[1]))
            print(f"{name}: done", file=sys.stderr)
    print(f"search at {args.paragraphs:,} paragraphs, {args.queries} queries, 2 cores")
    print(f"{'':<28}" + "".join(f"{r['backend']:>24}" for r in reports))

    def built(key: str, form: str):
        return lambda r: form.format(r[key]) if key in r else "reused"

    rows = [
        ("library rows, s", built("populate_seconds", "{:.1f}")),
        ("lexical index, s", built("lexical_seconds", "{:.1f}")),
        ("lexical index, paragraphs/s", built("lexical_per_second", "{:,.0f}")),
        ("tantivy index, s", lambda r: f"{r['tantivy_seconds']:.1f}" if "tantivy_seconds" in r else "-"),
        (
            "tantivy index, paragraphs/s",
            lambda r: f"{r['tantivy_per_second']:,.0f}" if "tantivy_per_second" in r else "-",
        ),
        ("vectors stored, s", built("vector_store_seconds", "{:.1f}")),
    ]
    for kind in ("lexical", "lexical + 3 facets", "lexical + all 12 facets", "semantic", "hybrid"):
        rows.append(
            (
                f"{kind}, ms p50/p95/p99",
                lambda r, k=kind: (
                    "{p50:.1f}/{p95:.1f}/{p99:.1f}".format(**r["queries"][k]) if k in r["queries"] else "-"
                ),
            )
        )

    def http(form: str, key: str | None = None):
        def value(r):
            figures = r.get("http_8_clients")
            if figures is None:
                return "failed"
            return form.format(figures[key]) if key else form.format(**figures)

        return value

    rows.append(("HTTP 8 clients, ms p50/p95", http("{p50:.0f}/{p95:.0f}")))
    rows.append(("HTTP 8 clients, requests/s", http("{:.1f}", "requests_per_second")))
    rows.append(("serving worker peak RSS, MB", http("{:,.0f}", "worker_peak_rss_mb")))
    rows.append(("bench process peak RSS, MB", lambda r: f"{r['max_rss_mb']:,.0f}"))
    for label, value in rows:
        print(f"{label:<28}" + "".join(f"{value(r):>24}" for r in reports))


if __name__ == "__main__":
    main()
