"""``observatory search QUERY [--language L] [--results-language L] [--mode M] [--limit N] [--json]``."""

import json

from django.contrib.auth.models import AnonymousUser
from django.core.management.base import BaseCommand, CommandError

from observatory.core.languages import CONTENT_LANGUAGES
from observatory.search.query import InvalidQuery
from observatory.search.selectors import search

LANGUAGES = CONTENT_LANGUAGES


class Command(BaseCommand):
    help = "Search the library as the public sees it (lexical, semantic or hybrid)."

    def add_arguments(self, parser):
        parser.add_argument("query")
        parser.add_argument("--language", choices=LANGUAGES, help="the language of the query")
        parser.add_argument("--results-language", choices=LANGUAGES, help="only paragraphs in this language")
        parser.add_argument("--mode", choices=["lexical", "semantic", "hybrid"], default="hybrid")
        parser.add_argument("--limit", type=int, default=10)
        parser.add_argument("--json", dest="as_json", action="store_true")

    def handle(self, *args, query, language, results_language, mode, limit, as_json, **options):
        try:
            page = search(
                AnonymousUser(),
                query,
                language=language,
                results_language=results_language,
                limit=limit,
                facets=False,
                mode=mode,
            )
        except InvalidQuery as exc:
            raise CommandError(exc.message) from exc
        hits = [
            {
                "document": hit.document.key,
                "symbol": hit.document.symbol or None,
                "paragraph": hit.paragraph.pid,
                "language": hit.paragraph.language,
                "score": round(hit.score, 4),
                "snippet": str(hit.snippet),
            }
            for hit in page.hits
        ]
        if as_json:
            self.stdout.write(
                json.dumps(
                    {"query": query, "mode": mode, "total": page.total, "hits": hits},
                    ensure_ascii=False,
                    indent=2,
                )
            )
            return
        self.stdout.write(f"{page.total} paragraphs match ({page.backend})")
        for hit in hits:
            self.stdout.write(
                f"  {hit['score']:>8.3f}  {hit['document']} ¶{hit['paragraph']} [{hit['language']}]  "
                f"{hit['snippet'][:120]}"
            )
