"""``observatory import-authorities FILE.csv``: add or change records of the directory from a CSV file
(columns: docs/directory.md). All or nothing: if any row is wrong, nothing is imported and every wrong
row is listed with its line, its column and what to do. ``--encoding cp1252`` reads a file that is not
UTF-8 (the error names the encoding it looks like).
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from observatory.accounts.permissions import SYSTEM
from observatory.core.errors import InvalidInput
from observatory.directory.csv_import import MAX_BYTES, import_authorities


class Command(BaseCommand):
    help = "Import national authorities from a CSV file (all rows or none)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--encoding", help="the file's encoding when it is not UTF-8, e.g. cp1252")

    def handle(self, *args, file: Path, encoding=None, **options):
        """Import the file; on bad rows, list every problem and exit with an error."""
        if not file.is_file():
            raise CommandError(f"{file}: no such file")
        if file.stat().st_size > MAX_BYTES:
            raise CommandError(
                f"{file}: larger than {MAX_BYTES // (1024 * 1024)} MB; is this the right file?"
            )
        try:
            report = import_authorities(SYSTEM, file.read_bytes(), source=file.name, encoding=encoding)
        except InvalidInput as exc:
            if exc.code != "invalid_rows":
                raise CommandError(exc.message) from exc
            wrong = len({detail["row"] for detail in exc.details})
            lines = [
                f"{file.name}: {wrong} row(s) are wrong and nothing was imported:",
                *(f"  line {d['row']}, {d['field'] or 'row'}: {d['message']}" for d in exc.details),
            ]
            raise CommandError("\n".join(lines)) from exc
        self.stdout.write(report.line())
        for row in report.rows:
            self.stdout.write(
                f"  line {row.line}: {row.action} record {row.authority} ({row.state}, {row.name})"
            )
