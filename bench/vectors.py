"""The semantic vector index at scale: build time, memory and latency of ``semantic_ranking``, exact
against the approximate index, and the recall of the approximate one.

Stores N synthetic paragraphs (default 1,000,000) with a 512-dimension unit vector each in a SQLite
database (library rows, search entries with a language and a visibility, vectors), then, each in a
process of its own so memory is its own:

- ``exact``: the float32 matrix (``ANN_THRESHOLD`` above N);
- ``ann``: the index the configured threshold picks at N (faiss IVF, 8-bit scalar quantiser).

Each times ``semantic_ranking`` (query embedding included, through the index generation check) for
queries unfiltered, filtered by language (a sixth of the rows), and with a restrictive ``allowed`` set
(1,000 and 50,000 paragraphs), reports the build seconds, resident memory after the build and its peak,
and the refresh after a change (a document's visibility, then 1,000 new vectors). Recall@10 of the
approximate index is measured against the exact top 10 of the same queries.

Vectors are not embeddings of texts. ``--vectors clustered`` (the default) draws them around 2,000
random topic centres (cosine about 0.5 within a topic, 0 across), closer to how embeddings of real
paragraphs crowd together, and the query vectors near stored ones; ``--vectors random`` draws uniform
random unit vectors, as bench/search.py does, where every neighbour is about as far as any other and no
index beats a full scan (recall there says nothing about real data). The query text is embedded (its
cost is real) but the vector searched is the synthetic one.

    python bench/vectors.py [--paragraphs 1000000] [--queries 200] [--keep DIR] [--vectors clustered]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
DIMENSIONS = 512
PER_DOCUMENT = 100
CENTRES = 2000


def rss_mib(field: str = "VmRSS") -> float:
    """This process's resident memory (VmHWM: its peak), MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        f"p{int(share * 100)}": ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000
        for share in (0.5, 0.95, 0.99)
    }


def synthetic(count: int, kind: str, seed: int = 7):
    """Yield (start, float32 unit rows) chunks of ``count`` vectors, and the centres used."""
    import numpy as np

    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((CENTRES, DIMENSIONS), dtype=np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    for start in range(0, count, 20000):
        size = min(20000, count - start)
        noise = rng.standard_normal((size, DIMENSIONS), dtype=np.float32)
        if kind == "clustered":
            # |noise| ≈ 1 against a unit centre: two vectors of one topic have a cosine of about 0.5.
            vectors = centres[rng.integers(0, CENTRES, size)] + noise / np.float32(np.sqrt(DIMENSIONS))
        else:
            vectors = noise
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        yield start, vectors.astype(np.float32, copy=False)


def populate(count: int, kind: str) -> float:
    """Library rows, search entries and vectors for ``count`` paragraphs; seconds spent."""
    from django.db import transaction

    from observatory.library.models import Document, LanguageVersion, Paragraph, Revision
    from observatory.search.embeddings import get_embedder
    from observatory.search.models import SearchEntry, SearchGeneration, SearchVector

    started = time.perf_counter()
    name = get_embedder().name
    vectors = synthetic(count, kind)
    pending = None
    with transaction.atomic():
        for start in range(0, count, PER_DOCUMENT * 200):
            size = min(PER_DOCUMENT * 200, count - start)
            documents = Document.objects.bulk_create(
                [
                    Document(key=f"vectors-{start + i}", kind="submission", title=f"V {start + i}", year=2020)
                    for i in range(0, size, PER_DOCUMENT)
                ]
            )
            versions = LanguageVersion.objects.bulk_create(
                [LanguageVersion(document=d, language=LANGUAGES[i % 6]) for i, d in enumerate(documents)]
            )
            revisions = Revision.objects.bulk_create(
                [
                    Revision(
                        version=v,
                        number=1,
                        source_name="vectors",
                        format="text",
                        file_sha256="-",
                        text_sha256="-",
                    )
                    for v in versions
                ]
            )
            paragraphs = Paragraph.objects.bulk_create(
                [
                    Paragraph(
                        revision=r, position=k, pid=str(k + 1), kind="numbered", text="-", language=v.language
                    )
                    for r, v in zip(revisions, versions, strict=True)
                    for k in range(PER_DOCUMENT)
                ],
                batch_size=5000,
            )
            entries = []
            for i, paragraph in enumerate(paragraphs):
                document = documents[i // PER_DOCUMENT]
                # A twentieth of the documents for States parties, a twentieth for the Secretariat.
                number = (start + i) // PER_DOCUMENT
                visibility = {0: "states_parties", 1: "secretariat"}.get(number % 20, "public")
                entries.append(
                    SearchEntry(
                        paragraph_id=paragraph.pk,
                        document_id=document.pk,
                        language=paragraph.language,
                        paragraph_kind="numbered",
                        document_kind="submission",
                        visibility=visibility,
                        year=2020,
                        tokens="",
                    )
                )
            SearchEntry.objects.bulk_create(entries, batch_size=5000)
            rows = []
            for paragraph in paragraphs:
                if pending is None or pending[0] >= len(pending[1]):
                    _, chunk = next(vectors)
                    pending = [0, chunk]
                rows.append(
                    SearchVector(
                        paragraph_id=paragraph.pk, model=name, vector=pending[1][pending[0]].tobytes()
                    )
                )
                pending[0] += 1
            SearchVector.objects.bulk_create(rows, batch_size=5000)
        SearchGeneration.objects.update_or_create(pk=1, defaults={"value": 1})
    return time.perf_counter() - started


def query_vectors(count: int, kind: str):
    """Query vectors near stored ones (clustered) or random, and their paragraphs' languages."""
    import numpy as np

    from observatory.search.models import SearchVector

    rng = np.random.default_rng(11)
    if kind == "random":
        queries = rng.standard_normal((count, DIMENSIONS), dtype=np.float32)
    else:
        # The same stored vectors in every process (seeded), so the two indexes answer the same queries.
        ids = sorted(SearchVector.objects.values_list("paragraph_id", flat=True))
        chosen = rng.choice(ids, count, replace=False).tolist()
        rows = dict(
            SearchVector.objects.filter(paragraph_id__in=chosen).values_list("paragraph_id", "vector")
        )
        stored = np.stack([np.frombuffer(bytes(rows[pid]), dtype=np.float32) for pid in chosen])
        queries = stored + rng.standard_normal(stored.shape, dtype=np.float32) / np.float32(
            np.sqrt(DIMENSIONS)
        )
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    return queries


def child(kind: str, vectors: str, queries: int, out: Path) -> None:
    """In a process of its own: build the index, time the searches, write the rankings."""
    import django

    django.setup()
    import numpy as np
    from django.contrib.auth.models import AnonymousUser

    from observatory.library.selectors import readable_visibilities
    from observatory.search import semantic
    from observatory.search.embeddings import get_embedder
    from observatory.search.models import SearchEntry, SearchVector
    from observatory.search.services import bump_generation

    embedder = get_embedder()
    embedder.embed_query("warm-up")
    if kind == "exact":
        semantic.ANN_THRESHOLD = 10**12  # never approximate
    # Hold 1,000 vectors back from the first build, to time adding them in a refresh afterwards.
    held = list(
        SearchVector.objects.order_by("-paragraph_id").values_list("paragraph_id", "model", "vector")[:1000]
    )
    SearchVector.objects.filter(paragraph_id__in=[row[0] for row in held]).delete()
    bump_generation()

    before = rss_mib()
    started = time.perf_counter()
    index = semantic.vector_index()
    build = time.perf_counter() - started
    report = {
        "kind": index.kind,
        "rows": len(index),
        "build_seconds": build,
        "rss_after_build_mib": rss_mib(),
        "index_mib": rss_mib() - before,
        "peak_mib": rss_mib("VmHWM"),
    }
    if index.ann is not None:
        report["nlist"] = index.ann.nlist
    texts = ["declaración de bienes", "whistle-blower protection", "отмывание денег", "公共采购"]
    sample = query_vectors(queries, vectors)
    all_ids = index.ids
    rng = np.random.default_rng(5)
    filters = {
        "unfiltered": {},
        "language": {"language": "fr"},
        "allowed 50,000": {
            "allowed": set(rng.choice(all_ids, min(50_000, len(all_ids) // 4), replace=False).tolist())
        },
        "allowed 1,000": {
            "allowed": set(rng.choice(all_ids, min(1_000, len(all_ids) // 20), replace=False).tolist())
        },
    }
    public = readable_visibilities(AnonymousUser())
    rankings: dict[str, list] = {}
    timings: dict[str, dict] = {}
    real_embed = embedder.embed_query
    for name, options in filters.items():
        samples, ranked = [], []
        for i, query in enumerate(sample):
            # The text is embedded (its cost is real); the synthetic vector is what is searched.
            embedder.embed_query = lambda text, q=query: (real_embed(text), q)[1]
            started = time.perf_counter()
            hits = semantic.semantic_ranking(texts[i % len(texts)], public, limit=10, **options)
            samples.append(time.perf_counter() - started)
            ranked.append([pid for pid, _ in hits])
        embedder.embed_query = real_embed
        timings[name] = percentiles(samples)
        rankings[name] = ranked
    report["latency_ms"] = timings
    # Refresh after a change: one document's paragraphs move to the Secretariat; then 1,000 new vectors.
    document = SearchEntry.objects.filter(visibility="public").values_list("document_id", flat=True).first()
    SearchEntry.objects.filter(document_id=document).update(visibility="secretariat")
    bump_generation()
    started = time.perf_counter()
    index = semantic.vector_index()
    report["refresh_visibility_seconds"] = time.perf_counter() - started
    hidden = set(SearchEntry.objects.filter(document_id=document).values_list("paragraph_id", flat=True))
    assert not hidden & set(index.ids[index.mask(public)].tolist()), "a hidden paragraph is still searchable"
    SearchVector.objects.bulk_create(SearchVector(paragraph_id=p, model=m, vector=v) for p, m, v in held)
    bump_generation()
    started = time.perf_counter()
    index = semantic.vector_index()
    report["refresh_1000_new_seconds"] = time.perf_counter() - started
    report["rows_after"] = len(index)
    report["peak_mib"] = rss_mib("VmHWM")
    SearchEntry.objects.filter(document_id=document).update(visibility="public")
    out.write_text(json.dumps({"report": report, "rankings": rankings}))


def recall(exact: list[list[int]], approximate: list[list[int]]) -> float:
    """Mean share of the exact top 10 found in the approximate top 10."""
    shares = [len(set(a) & set(e)) / len(e) for e, a in zip(exact, approximate, strict=True) if e]
    return sum(shares) / max(1, len(shares))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--paragraphs", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--vectors", choices=("clustered", "random"), default="clustered")
    parser.add_argument("--keep", metavar="DIR", help="keep the database in DIR (reused when complete)")
    parser.add_argument(
        "--runs", type=int, default=2, help="timing runs of each index (the machine is shared)"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "observatory.config.settings")
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-vectors-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["OBSERVATORY_VAR_DIR"] = str(folder)
    os.environ.pop("DATABASE_URL", None)
    if args.child:
        child(args.child, args.vectors, args.queries, Path(args.out))
        return
    import django

    django.setup()
    from django.core.management import call_command

    from observatory.search.models import SearchVector

    call_command("migrate", verbosity=0)
    marker = folder / f"vectors-{args.paragraphs}-{args.vectors}.done"
    if not marker.exists():
        if SearchVector.objects.exists():
            sys.exit(f"{folder} holds another bench's data: use an empty folder")
        print(f"storing {args.paragraphs:,} paragraphs ({args.vectors} vectors)…", file=sys.stderr)
        print(f"stored in {populate(args.paragraphs, args.vectors):.0f} s", file=sys.stderr)
        marker.touch()
    results: dict[str, list] = {"exact": [], "ann": []}
    for run in range(args.runs):
        for kind in ("ann", "exact"):
            out = folder / f"result-{kind}-{run}.json"
            command = [
                sys.executable,
                __file__,
                "--child",
                kind,
                "--out",
                str(out),
                "--queries",
                str(args.queries),
            ]
            command += ["--vectors", args.vectors, "--paragraphs", str(args.paragraphs)]
            command += ["--keep", str(folder)]  # the child reads the same database
            env = {**os.environ, "OBSERVATORY_VAR_DIR": str(folder)}
            subprocess.run(command, check=True, env=env)
            results[kind].append(json.loads(out.read_text()))
    print(
        f"semantic_ranking at {args.paragraphs:,} vectors ({args.vectors}), {args.queries} queries, 2 cores"
    )
    for kind in ("exact", "ann"):
        for run, result in enumerate(results[kind], start=1):
            report = result["report"]
            print(
                f"\n{kind} (run {run}): index {report['kind']}"
                + (f", nlist {report['nlist']}" if "nlist" in report else "")
                + f"; build {report['build_seconds']:.1f} s;"
                f" RSS after build {report['rss_after_build_mib']:,.0f} MiB"
                f" (index +{report['index_mib']:,.0f}), peak {report['peak_mib']:,.0f} MiB;"
                f" refresh after a visibility change {report['refresh_visibility_seconds']:.2f} s,"
                f" after 1,000 new vectors {report['refresh_1000_new_seconds']:.2f} s"
            )
            for name, timing in report["latency_ms"].items():
                line = (
                    f"  {name:<16} p50/p95/p99 {timing['p50']:.1f}/{timing['p95']:.1f}/{timing['p99']:.1f} ms"
                )
                if kind == "ann":
                    exact = results["exact"][0]["rankings"][name]
                    line += f"   recall@10 vs exact {recall(exact, result['rankings'][name]):.3f}"
                print(line)


if __name__ == "__main__":
    main()
