"""The two sentence embedders side by side: size, speed and cross-lingual quality.

For each model, in a process of its own (so that load time and memory are its own):

- load: seconds to the first vector, and the resident memory that loading adds;
- throughput: paragraphs per second for 256 paragraphs of about 400 characters, a sixth in each of the
  six UN languages, embedded as one list (median of 3 runs);
- query latency: one short query embedded 50 times, p50 and p95;
- cross-lingual retrieval on ``observatory.search.parallel_sample`` (30 sentences in six languages):
  for every ordered pair of languages, whether each sentence's translation is the nearest (Recall@1)
  or among the 5 nearest (Recall@5) of the 30 sentences of the other language, and the mean cosine of
  translations against that of unrelated pairs (two different sentences of the set). Measured with the
  source embedded as a query and the targets as documents (cross-lingual search), and with both as
  documents (finding the same paragraph in another language);
- topic queries: the English topic label of each sentence ("beneficial ownership", "trading in
  influence" …) as a keyword query, Recall@1 and Recall@5 of its sentence among the 30 of each language.

Sockets are refused in the measuring processes: a model that tried to fetch anything would fail here.

Run: ``python bench/embeddings.py [--runs 3] [--paragraphs 256]``.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "observatory.config.settings")

import django
import numpy as np

django.setup()

from observatory.search.embeddings import EMBEDDERS, get_embedder  # noqa: E402
from observatory.search.parallel_sample import LANGUAGES, SENTENCES, TOPICS  # noqa: E402

QUERY = "protection of whistle-blowers"
PARAGRAPH_CHARS = 400


def paragraphs(count: int) -> list[str]:
    """``count`` paragraphs of about 400 characters, the languages taking turns."""
    out = []
    for k in range(count):
        language = LANGUAGES[k % len(LANGUAGES)]
        sentences = SENTENCES[language]
        joiner = "" if language == "zh" else " "
        text, i = "", k
        while len(text) < PARAGRAPH_CHARS:
            text = text + joiner + sentences[i % len(sentences)] if text else sentences[i % len(sentences)]
            i += 1
        cut = text[:PARAGRAPH_CHARS]
        # End on a word boundary where words are spaced, as a real paragraph would.
        out.append(cut if language == "zh" else cut.rsplit(" ", 1)[0])
    return out


def rss_kib(field: str = "VmRSS") -> int:
    """The process's resident memory (or its peak, with VmHWM), in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def retrieval(sources: dict[str, np.ndarray], targets: dict[str, np.ndarray]) -> dict:
    """Recall@1, Recall@5 and cosines of translations vs unrelated pairs, per ordered language pair."""
    pairs = {}
    for a in LANGUAGES:
        for b in LANGUAGES:
            if a == b:
                continue
            scores = sources[a] @ targets[b].T
            n = len(scores)
            # Rank of the translation: how many sentences of the other language score higher than it.
            rank = (scores > np.diag(scores)[:, None]).sum(axis=1)
            unrelated = scores[~np.eye(n, dtype=bool)]
            pairs[f"{a}->{b}"] = {
                "r1": float((rank < 1).mean()),
                "r5": float((rank < 5).mean()),
                "cos_translation": float(np.diag(scores).mean()),
                "cos_unrelated": float(unrelated.mean()),
            }
    return pairs


def topic_retrieval(topics: np.ndarray, documents: dict[str, np.ndarray]) -> dict:
    """Recall@1 and Recall@5 of each sentence for its English topic label, per language of the sentences."""
    out = {}
    for language in LANGUAGES:
        scores = topics @ documents[language].T
        rank = (scores > np.diag(scores)[:, None]).sum(axis=1)
        out[language] = {"r1": float((rank < 1).mean()), "r5": float((rank < 5).mean())}
    return out


def measure(name: str, runs: int, count: int) -> dict:
    """Every figure for one embedder, in this process."""

    def refuse(*args, **kwargs):
        raise RuntimeError("network access attempted")

    socket.socket.connect = refuse
    socket.create_connection = refuse

    embedder = get_embedder(name)
    before = rss_kib()
    start = time.perf_counter()
    embedder.embed(["warm-up"])
    load_s = time.perf_counter() - start
    load_mib = (rss_kib() - before) / 1024

    texts = paragraphs(count)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        vectors = embedder.embed(texts)
        times.append(time.perf_counter() - start)
    assert vectors.shape == (count, embedder.dimensions)

    for _ in range(5):
        embedder.embed_query(QUERY)
    latencies = []
    for _ in range(50):
        start = time.perf_counter()
        embedder.embed_query(QUERY)
        latencies.append((time.perf_counter() - start) * 1000)
    latencies.sort()

    documents = {language: embedder.embed(list(SENTENCES[language])) for language in LANGUAGES}
    queries = {
        language: np.stack([embedder.embed_query(s) for s in SENTENCES[language]]) for language in LANGUAGES
    }
    return {
        "name": name,
        "dimensions": embedder.dimensions,
        "load_s": load_s,
        "load_mib": load_mib,
        "peak_mib": rss_kib("VmHWM") / 1024,
        "paragraph_chars": statistics.mean(map(len, texts)),
        "paragraphs_per_s": count / statistics.median(times),
        "query_p50_ms": latencies[len(latencies) // 2],
        "query_p95_ms": latencies[int(len(latencies) * 0.95)],
        "query_to_document": retrieval(queries, documents),
        "document_to_document": retrieval(documents, documents),
        "topics": topic_retrieval(np.stack([embedder.embed_query(t) for t in TOPICS]), documents),
    }


def package_facts(distribution: str) -> dict:
    """Version, declared licence and size on disk of an installed distribution."""
    dist = metadata.distribution(distribution)
    size = sum(
        f.locate().stat().st_size
        for f in dist.files or ()
        if "__pycache__" not in str(f) and f.locate().exists()
    )
    return {"version": dist.version, "license": dist.metadata.get("License"), "size_mib": size / 2**20}


def summary(pairs: dict) -> dict:
    """Means over the 30 ordered language pairs."""
    mean = {key: statistics.mean(p[key] for p in pairs.values()) for key in next(iter(pairs.values()))}
    mean["margin"] = mean["cos_translation"] - mean["cos_unrelated"]
    mean["worst_r1"] = min(pairs.items(), key=lambda item: item[1]["r1"])
    return mean


def print_report(results: list[dict]) -> None:
    """The side-by-side table, then the Recall@1 of each ordered language pair."""
    names = [r["name"] for r in results]
    width = max(24, *(len(n) + 2 for n in names))
    print(f"{'':34}" + "".join(f"{n:>{width}}" for n in names))

    def row(label: str, values: list[str]) -> None:
        print(f"{label:34}" + "".join(f"{v:>{width}}" for v in values))

    row("package", [r["package"] + " " + r["version"] for r in results])
    row("licence (package metadata)", [str(r["license"]) for r in results])
    row("size on disk (MiB)", [f"{r['size_mib']:.1f}" for r in results])
    row("dimensions", [str(r["dimensions"]) for r in results])
    row("load, first vector (s)", [f"{r['load_s']:.2f}" for r in results])
    row("memory added by loading (MiB)", [f"{r['load_mib']:.0f}" for r in results])
    row("peak resident memory (MiB)", [f"{r['peak_mib']:.0f}" for r in results])
    row(
        f"paragraphs/s (~{results[0]['paragraph_chars']:.0f} chars)",
        [f"{r['paragraphs_per_s']:.1f}" for r in results],
    )
    row(
        "query latency p50 / p95 (ms)",
        [f"{r['query_p50_ms']:.1f} / {r['query_p95_ms']:.1f}" for r in results],
    )
    for mode in ("query_to_document", "document_to_document"):
        means = [summary(r[mode]) for r in results]
        label = mode.replace("_to_", "→").replace("document", "doc")
        row(f"{label}: Recall@1 (mean of 30)", [f"{m['r1']:.3f}" for m in means])
        row(f"{label}: Recall@5", [f"{m['r5']:.3f}" for m in means])
        row(
            f"{label}: worst pair Recall@1",
            [f"{m['worst_r1'][0]} {m['worst_r1'][1]['r1']:.2f}" for m in means],
        )
        row(f"{label}: cos translations", [f"{m['cos_translation']:.3f}" for m in means])
        row(f"{label}: cos unrelated", [f"{m['cos_unrelated']:.3f}" for m in means])
        row(f"{label}: margin", [f"{m['margin']:.3f}" for m in means])
    for key, label in (("r1", "Recall@1"), ("r5", "Recall@5")):
        row(
            f"topic query (en) → doc: {label}",
            [f"{statistics.mean(t[key] for t in r['topics'].values()):.3f}" for r in results],
        )

    print("\nTopic query (en) → doc, Recall@1 / Recall@5 by language of the documents")
    print(f"{'':24}" + "".join(f"{b:>12}" for b in LANGUAGES))
    for result in results:
        topics = result["topics"]
        print(
            f"{result['name']:24}"
            + "".join(f"{topics[b]['r1']:.2f} / {topics[b]['r5']:.2f}".rjust(12) for b in LANGUAGES)
        )

    for result in results:
        for mode in ("query_to_document", "document_to_document"):
            pairs = result[mode]
            print(
                f"\n{result['name']}, {mode.replace('_', ' ')}: Recall@1 / Recall@5 (row: from, column: to)"
            )
            print("     " + "".join(f"{b:>12}" for b in LANGUAGES))
            for a in LANGUAGES:
                cells = [
                    "—" if a == b else f"{pairs[f'{a}->{b}']['r1']:.2f} / {pairs[f'{a}->{b}']['r5']:.2f}"
                    for b in LANGUAGES
                ]
                print(f"{a:5}" + "".join(f"{c:>12}" for c in cells))


def main() -> None:
    """Measure each installed embedder in a child process of its own, then print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--paragraphs", type=int, default=256)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.runs, args.paragraphs)))
        return

    print(f"CPU cores available: {len(os.sched_getaffinity(0))}")
    results = []
    for name, cls in EMBEDDERS.items():
        if not cls.is_installed():
            print(f"{name}: skipped, package {cls.package} not installed")
            continue
        child = subprocess.run(
            [
                sys.executable,
                __file__,
                "--one",
                name,
                "--runs",
                str(args.runs),
                "--paragraphs",
                str(args.paragraphs),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        result = json.loads(child.stdout.strip().splitlines()[-1])
        result.update(package_facts(cls.package), package=cls.package)
        results.append(result)
    if results:
        print_report(results)


if __name__ == "__main__":
    main()
