"""Search quality on the project's relevance fixture: nDCG@10 and Recall@10 for lexical, semantic and
hybrid search, per query language, and the cross-lingual tables (query language × results language).

The fixture (observatory/search/relevance) holds documents in the six languages with the same paragraph
numbering, and queries in each language with judged paragraphs; a paragraph's judgment holds in every
language version. The documents are imported into a fresh SQLite database in a temporary folder.

Printed in one run:
- same-language retrieval: lexical, semantic, and hybrid under both fusions (weighted sum of normalised
  scores, and weighted reciprocal rank fusion), each at its tuned weight;
- cross-lingual Recall@10: semantic mode; the semantic ranking fed with the query's lexical hits (what
  semantic mode gives when it is handed them); hybrid without feedback; hybrid with feedback.

    python bench/search_quality.py            # the report
    python bench/search_quality.py --sweep    # also the weight sweeps behind the chosen defaults

The fixture's documents are parallel: the paragraph a lexical hit finds in the query's language has its
translation, with the same judgment, in every other language. Feedback through it therefore flatters
the cross-lingual figures; compare the tables with and without feedback.
"""

import argparse
import os
import statistics
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")


def setup(folder: Path) -> None:
    """A fresh SQLite database in ``folder`` with the fixture imported (and its vectors stored)."""
    os.environ["OBSERVATORY_VAR_DIR"] = str(folder)
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "observatory.config.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from observatory.accounts.permissions import SYSTEM
    from observatory.library.services import import_file
    from observatory.search.relevance import as_text_file, documents

    call_command("migrate", verbosity=0)
    call_command("load_reference", stdout=open(os.devnull, "w"))  # noqa: SIM115
    for doc in documents():
        path = folder / f"{doc.slug}.{doc.language}.txt"
        path.write_text(as_text_file(doc), encoding="utf-8")
        import_file(SYSTEM, path, kind="submission", language=doc.language)
    from observatory.search.writer import write_pending

    write_pending()  # vectors: the index writer's work, done here


@contextmanager
def settings_of(**values):
    """Set module constants of observatory.search.semantic (and selectors' copy of FEEDBACK_DEPTH) for
    the duration: how the bench compares fusions and feedback in one process."""
    from observatory.search import selectors, semantic

    saved = {name: getattr(semantic, name) for name in values}
    saved_depth = selectors.FEEDBACK_DEPTH
    for name, value in values.items():
        setattr(semantic, name, value)
    if "FEEDBACK_DEPTH" in values:
        selectors.FEEDBACK_DEPTH = values["FEEDBACK_DEPTH"]
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(semantic, name, value)
        selectors.FEEDBACK_DEPTH = saved_depth


def ranking(query, mode: str, results_language: str | None = None) -> list[tuple[str, str]]:
    """The top 10 of ``mode`` for a fixture query, as (document key, paragraph id)."""
    from django.contrib.auth.models import AnonymousUser

    from observatory.search.selectors import search

    page = search(
        AnonymousUser(),
        query.text,
        language=query.language,
        results_language=results_language,
        limit=10,
        facets=False,
        mode=mode,
    )
    return [(hit.document.key, hit.paragraph.pid) for hit in page.hits]


def fed_semantic_ranking(query, results_language: str) -> list[tuple[str, str]]:
    """The semantic ranking alone, fed with the query's best lexical hits in its own language, as
    hybrid search feeds it (semantic mode today passes no feedback)."""
    from django.contrib.auth.models import AnonymousUser

    from observatory.library.models import Paragraph
    from observatory.library.selectors import readable_visibilities
    from observatory.search import semantic
    from observatory.search.selectors import search

    public = AnonymousUser()
    own = search(
        public,
        query.text,
        language=query.language,
        results_language=query.language,
        limit=semantic.FEEDBACK_DEPTH,
        facets=False,
        mode="lexical",
    )
    ranked = semantic.semantic_ranking(
        query.text,
        readable_visibilities(public),
        language=results_language,
        limit=10,
        feedback=[hit.paragraph.pk for hit in own.hits],
    )
    paragraphs = Paragraph.objects.select_related("revision__version__document").in_bulk(
        [pid for pid, _ in ranked]
    )
    return [(paragraphs[pid].revision.version.document.key, paragraphs[pid].pid) for pid, _ in ranked]


def same_language(rank) -> dict[str, tuple[float, float]]:
    """Per query language: mean nDCG@10 and Recall@10 with results in that language."""
    from observatory.search.relevance import ndcg_at_k, queries, recall_at_k

    out = {}
    for language in LANGUAGES:
        scores = []
        for q in queries():
            if q.language == language:
                ranked = rank(q, language)
                scores.append((ndcg_at_k(ranked, q.judgments), recall_at_k(ranked, q.judgments)))
        out[language] = (statistics.mean(s[0] for s in scores), statistics.mean(s[1] for s in scores))
    return out


def cross_lingual(rank) -> dict[tuple[str, str], float]:
    """Mean Recall@10 per (query language, results language)."""
    from observatory.search.relevance import queries, recall_at_k

    all_queries = queries()
    return {
        (a, b): statistics.mean(recall_at_k(rank(q, b), q.judgments) for q in all_queries if q.language == a)
        for a in LANGUAGES
        for b in LANGUAGES
    }


def mean_ndcg(table: dict[str, tuple[float, float]]) -> float:
    return statistics.mean(value[0] for value in table.values())


def print_cross_lingual(title: str, table: dict[tuple[str, str], float]) -> None:
    print(f"\nCross-lingual Recall@10, {title} (rows: query language, columns: results language)")
    print(f"{'':<6}" + "".join(f"{language:>8}" for language in LANGUAGES))
    for a in LANGUAGES:
        print(f"{a:<6}" + "".join(f"{table[(a, b)]:>8.3f}" for b in LANGUAGES))
    off = [value for (a, b), value in table.items() if a != b]
    print(
        f"mean {statistics.mean(table.values()):.3f}, worst pair {min(table.values()):.3f}; "
        f"across languages only: mean {statistics.mean(off):.3f}, worst {min(off):.3f}"
    )


def sweep() -> None:
    """The weights behind the defaults: hybrid nDCG@10 per fusion weight, and cross-lingual recall of
    hybrid search per feedback weight and depth."""
    print("\nSweep: hybrid mean nDCG@10 (same language) by fusion and semantic weight")
    for fusion, name, weights in (
        ("rrf", "RRF_SEMANTIC_WEIGHT", (0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1.0)),
        ("weighted", "WEIGHTED_SEMANTIC_WEIGHT", (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)),
    ):
        cells = []
        for weight in weights:
            with settings_of(FUSION=fusion, **{name: weight}):
                cells.append(
                    f"{weight:g}: {mean_ndcg(same_language(lambda q, b: ranking(q, 'hybrid', b))):.3f}"
                )
        print(f"  {fusion:<9}" + "  ".join(cells))
    with settings_of(FUSION="weighted", NORMALISATION="zscore"):
        cells = []
        for weight in (0.3, 0.4, 0.5, 0.6, 0.7):
            with settings_of(WEIGHTED_SEMANTIC_WEIGHT=weight):
                cells.append(
                    f"{weight:g}: {mean_ndcg(same_language(lambda q, b: ranking(q, 'hybrid', b))):.3f}"
                )
        print("  z-score  " + "  ".join(cells))
    print("\nSweep: hybrid with feedback, by feedback weight and depth: same-language mean nDCG@10;")
    print("cross-lingual Recall@10 mean / worst pair")
    for depth in (3, 5, 10):
        for weight in (0.3, 0.5, 0.7, 0.85):
            with settings_of(FEEDBACK_DEPTH=depth, FEEDBACK_WEIGHT=weight):
                ndcg = mean_ndcg(same_language(lambda q, b: ranking(q, "hybrid", b)))
                table = cross_lingual(lambda q, b: ranking(q, "hybrid", b))
            print(
                f"  depth {depth:>2}, weight {weight:<5g} nDCG {ndcg:.3f}   "
                f"recall {statistics.mean(table.values()):.3f} / {min(table.values()):.3f}"
            )
    print("\nSweep: semantic mode with its own first pass as feedback (depth, weight): mean / worst")
    for depth in (3, 5, 10):
        for weight in (0.3, 0.5, 0.7):
            with settings_of(SELF_FEEDBACK_DEPTH=depth, SELF_FEEDBACK_WEIGHT=weight):
                table = cross_lingual(lambda q, b: ranking(q, "semantic", b))
            mean, worst = statistics.mean(table.values()), min(table.values())
            print(f"  depth {depth:>2}, weight {weight:<4g} {mean:.3f} / {worst:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true", help="also print the weight sweeps")
    args = parser.parse_args()
    setup(Path(tempfile.mkdtemp(prefix="search-quality-")))
    from observatory.search import semantic
    from observatory.search.relevance import documents, queries

    print(f"{len(documents())} language versions, {len(queries())} queries")
    print(
        f"defaults: fusion {semantic.FUSION} (weighted: semantic weight "
        f"{semantic.WEIGHTED_SEMANTIC_WEIGHT:g}, {semantic.NORMALISATION}; rrf: semantic weight "
        f"{semantic.RRF_SEMANTIC_WEIGHT:g}, k {semantic.RRF_K}); feedback depth {semantic.FEEDBACK_DEPTH}, "
        f"weight {semantic.FEEDBACK_WEIGHT:g}"
    )
    columns = {
        "lexical": lambda q, b: ranking(q, "lexical", b),
        "semantic": lambda q, b: ranking(q, "semantic", b),
    }
    tables = {name: same_language(rank) for name, rank in columns.items()}
    for fusion in ("rrf", "weighted"):
        with settings_of(FUSION=fusion):
            tables[f"hybrid {fusion}"] = same_language(lambda q, b: ranking(q, "hybrid", b))
    print("\nSame-language retrieval (results in the query's language): nDCG@10 / Recall@10")
    print(f"{'language':<9}" + "".join(f"{name:>20}" for name in tables))
    for language in LANGUAGES:
        print(
            f"{language:<9}"
            + "".join(f"{t[language][0]:>12.3f} / {t[language][1]:.3f}" for t in tables.values())
        )
    print(f"{'mean':<9}" + "".join(f"{mean_ndcg(t):>12.3f}        " for t in tables.values()))

    print_cross_lingual("semantic mode (no feedback)", cross_lingual(columns["semantic"]))
    print_cross_lingual("semantic ranking fed with the lexical hits", cross_lingual(fed_semantic_ranking))
    for fusion in ("rrf", "weighted"):
        with settings_of(FUSION=fusion, FEEDBACK_WEIGHT=0.0):
            table = cross_lingual(lambda q, b: ranking(q, "hybrid", b))
        print_cross_lingual(f"hybrid ({fusion}) without feedback", table)
        with settings_of(FUSION=fusion, TRANSLATIONS=False):
            table = cross_lingual(lambda q, b: ranking(q, "hybrid", b))
        print_cross_lingual(f"hybrid ({fusion}) with feedback, no translations", table)
        with settings_of(FUSION=fusion):
            table = cross_lingual(lambda q, b: ranking(q, "hybrid", b))
        print_cross_lingual(f"hybrid ({fusion}) with feedback and translations (the default)", table)
    if args.sweep:
        sweep()


if __name__ == "__main__":
    main()
