"""Ingestion speed: pages per second for extraction alone and for the whole pipeline (no embeddings).

Generates a corpus of at least 500 pages in the six languages (PDF, DOCX and text, made by the project),
then runs, with one worker process per core:
- extract: the extract stage only;
- pipeline: extract → segment → detect language → references → actions (no database);
each three times, and prints the median and the spread side by side.

    python bench/ingest.py [--pages 500] [--workers 2]
"""

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "observatory.config.settings")


def _setup():
    import django

    django.setup()
    # Warm the language models and pattern caches once per worker, outside the timings.
    from observatory.ingest.language import detect_language

    detect_language("warming up the detector with a sentence")


def _extract(path: str) -> int:
    from observatory.ingest.extract import extract_file

    document = extract_file(Path(path))
    return document.pages or 1


def _pipeline(path: str) -> int:
    from observatory.ingest.pipeline import run_file

    work = run_file(Path(path))
    return work.extracted.pages or 1


def _pages(paths: list[str], task, workers: int) -> tuple[int, float]:
    # Spawned, not forked: PDFium's state in the parent must not be copied into the workers.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, initializer=_setup, mp_context=context) as pool:
        list(pool.map(task, paths[:workers]))  # start and warm every worker before timing
        started = time.perf_counter()
        pages = sum(pool.map(task, paths, chunksize=4))
        return pages, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    _setup()
    from observatory.library.demo_corpus import generate_pages

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        files = [str(p) for p in generate_pages(args.pages, Path(folder))]
        print(
            f"corpus: {len(files)} files generated in {time.perf_counter() - started:.1f} s", file=sys.stderr
        )
        results = {}
        for name, task in (("extract", _extract), ("pipeline", _pipeline)):
            rates, pages = [], 0
            for _ in range(args.runs):
                pages, seconds = _pages(files, task, args.workers)
                rates.append(pages / seconds)
            results[name] = (pages, rates)
    print(f"ingestion on {args.workers} workers, {args.runs} runs each")
    print(f"{'stage':<10} {'pages':>6} {'median pages/s':>15} {'min':>8} {'max':>8}")
    for name, (pages, rates) in results.items():
        print(
            f"{name:<10} {pages:>6} {statistics.median(rates):>15.1f} {min(rates):>8.1f} {max(rates):>8.1f}"
        )
    extract, pipeline = (statistics.median(results[n][1]) for n in ("extract", "pipeline"))
    print(f"pipeline / extract: {pipeline / extract:.2f}")


if __name__ == "__main__":
    main()
