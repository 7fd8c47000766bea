"""``observatory import-assistance-needs FILE.csv``: add technical-assistance needs to the register.

Columns (a header names them, any order): state, kind, description (required), articles, language,
priority, status, source (direct_entry | review_report), source_reference, visibility, declared_on,
needed_by. All or nothing: if any row is wrong, nothing is imported and every wrong row is listed with
its line, column and value (see observatory/assistance/imports.py and docs/assistance.md).
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from observatory.accounts.permissions import SYSTEM
from observatory.assistance.services import import_needs
from observatory.core.errors import InvalidInput

MAX_BYTES = 5 * 1024 * 1024


class Command(BaseCommand):
    help = "Import technical-assistance needs from a CSV file (all rows or none)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options):
        if not file.is_file():
            raise CommandError(f"{file}: no such file")
        if file.stat().st_size > MAX_BYTES:
            raise CommandError(
                f"{file}: larger than {MAX_BYTES // (1024 * 1024)} MB; is this the right file?"
            )
        try:
            report = import_needs(SYSTEM, file.read_bytes(), source=file.name)
        except InvalidInput as exc:
            lines = [
                exc.message,
                *(
                    f"  line {d['row']}, {d.get('field') or 'row'}: {d.get('message', '')}"
                    for d in exc.details
                    if "row" in d
                ),
            ]
            raise CommandError("\n".join(lines)) from exc
        self.stdout.write(f"{file.name}: {report.rows} rows, {len(report.created)} needs added.")
