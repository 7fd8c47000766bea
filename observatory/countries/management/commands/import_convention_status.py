"""``observatory import-convention-status FILE.csv``: record States' status under the Convention.

Columns: iso3, status (unknown | none | signatory | party), signature_date, party_date (YYYY-MM-DD),
instrument (ratification | accession | acceptance | approval | succession), note. All or nothing: if
any row is wrong, nothing is imported and every wrong row is listed with its line and field.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from observatory.accounts.permissions import SYSTEM
from observatory.core.errors import InvalidInput
from observatory.countries.services import import_convention_status

MAX_BYTES = 5 * 1024 * 1024


class Command(BaseCommand):
    help = "Import States' status under the Convention from a CSV file (all rows or none)."

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
            report = import_convention_status(SYSTEM, file.read_bytes(), source=file.name)
        except InvalidInput as exc:
            lines = [
                exc.message,
                *(
                    f"  line {d['row']}, {d['field'] or 'row'}: {d['message']}"
                    for d in exc.details
                    if "row" in d
                ),
            ]
            raise CommandError("\n".join(lines)) from exc
        self.stdout.write(
            f"{file.name}: {report.rows} rows, {report.changed} States changed, {report.unchanged} unchanged."
        )
