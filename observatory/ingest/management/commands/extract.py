"""``observatory extract FILE [--json]``: what the pipeline understands of one document, without storing it.

With ``--json`` it prints the extraction contract (DESIGN §4; docs/extraction.md); without, a readable
outline: one line per paragraph with its id, kind and the references found.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from observatory.core.languages import CONTENT_LANGUAGES
from observatory.ingest.errors import UnreadableFile
from observatory.ingest.pipeline import KINDS, REFERENCE_KINDS, extract_contract


class Command(BaseCommand):
    help = "Print what the ingestion pipeline extracts from one file (the extraction contract with --json)."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--json", dest="as_json", action="store_true", help="print the contract as JSON")
        parser.add_argument("--kind", choices=KINDS, help="the kind of document, when it is known")
        parser.add_argument("--symbol", help="the UN document symbol, when it is known")
        parser.add_argument("--language", choices=CONTENT_LANGUAGES)

    def handle(self, *args, file: Path, as_json: bool, kind, symbol, language, **options):
        if not file.is_file():
            raise CommandError(f"{file}: no such file")
        try:
            contract = extract_contract(file, kind=kind, symbol=symbol, language=language)
        except UnreadableFile as exc:
            raise CommandError(exc.message) from exc
        if as_json:
            self.stdout.write(_dumps(contract))
            return
        self.stdout.write(
            f"{contract['source']}: {contract['kind']}, {contract['language']}, symbol {contract['symbol']}, "
            f"{len(contract['paragraphs'])} paragraphs"
        )
        for paragraph in contract["paragraphs"]:
            found = ", ".join(f"{name} {len(paragraph[name])}" for name in REFERENCE_KINDS if paragraph[name])
            self.stdout.write(
                f"  {paragraph['id']:<14} {paragraph['kind']:<10} {paragraph['text'][:70]}"
                + (f"  [{found}]" if found else "")
            )


def _dumps(contract: dict) -> str:
    return json.dumps(contract, ensure_ascii=False, indent=2)
