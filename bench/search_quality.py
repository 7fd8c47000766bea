"""Search quality on the project's relevance fixture: nDCG@10 and Recall@10 for lexical, semantic and
hybrid search, per query language, and the cross-lingual table (query language × results language).

The fixture (observatory/search/relevance) holds documents in the six languages with the same paragraph
numbering, and queries in each language with judged paragraphs; a paragraph's judgment holds in every
language version. The documents are imported into a fresh SQLite database in a temporary folder.

    python bench/search_quality.py
"""

import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
MODES = ("lexical", "semantic", "hybrid")


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="search-quality-"))
    os.environ["OBSERVATORY_VAR_DIR"] = str(folder)
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "observatory.config.settings")
    import django

    django.setup()
    from django.contrib.auth.models import AnonymousUser
    from django.core.management import call_command

    from observatory.accounts.permissions import SYSTEM
    from observatory.library.services import import_file
    from observatory.search.relevance import as_text_file, documents, ndcg_at_k, queries, recall_at_k
    from observatory.search.selectors import search

    call_command("migrate", verbosity=0)
    call_command("load_reference", stdout=open(os.devnull, "w"))  # noqa: SIM115
    for doc in documents():
        path = folder / f"{doc.slug}.{doc.language}.txt"
        path.write_text(as_text_file(doc), encoding="utf-8")
        import_file(SYSTEM, path, kind="submission", language=doc.language)

    public = AnonymousUser()

    def ranking(query, mode, results_language=None):
        page = search(
            public,
            query.text,
            language=query.language,
            results_language=results_language,
            limit=10,
            facets=False,
            mode=mode,
        )
        return [(hit.document.key, hit.paragraph.pid) for hit in page.hits]

    all_queries = queries()
    print(f"{len(documents())} language versions, {len(all_queries)} queries")
    print("\nSame-language retrieval (results in the query's language): nDCG@10 / Recall@10")
    print(f"{'language':<9}" + "".join(f"{mode:>20}" for mode in MODES))
    means = {mode: [] for mode in MODES}
    for language in LANGUAGES:
        row = f"{language:<9}"
        for mode in MODES:
            scores = [
                (
                    ndcg_at_k(ranking(q, mode, language), q.judgments),
                    recall_at_k(ranking(q, mode, language), q.judgments),
                )
                for q in all_queries
                if q.language == language
            ]
            ndcg = statistics.mean(s[0] for s in scores)
            recall = statistics.mean(s[1] for s in scores)
            means[mode].append(ndcg)
            row += f"{ndcg:>12.3f} / {recall:.3f}"
        print(row)
    print(f"{'mean':<9}" + "".join(f"{statistics.mean(means[mode]):>20.3f}" for mode in MODES))

    for mode in ("semantic", "hybrid"):
        print(f"\nCross-lingual Recall@10, {mode} (rows: query language, columns: results language)")
        print(f"{'':<6}" + "".join(f"{language:>8}" for language in LANGUAGES))
        pairs = []
        for query_language in LANGUAGES:
            row = f"{query_language:<6}"
            for results_language in LANGUAGES:
                value = statistics.mean(
                    recall_at_k(ranking(q, mode, results_language), q.judgments)
                    for q in all_queries
                    if q.language == query_language
                )
                pairs.append(value)
                row += f"{value:>8.3f}"
            print(row)
        print(f"mean {statistics.mean(pairs):.3f}, worst pair {min(pairs):.3f}")


if __name__ == "__main__":
    main()
