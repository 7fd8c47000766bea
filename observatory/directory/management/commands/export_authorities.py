"""``observatory export-authorities``: write the directory as CSV (the import's columns) or JSON, with the
contact persons (it runs as the platform, which reads everything), to standard output or ``--output``."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from observatory.accounts.permissions import SYSTEM
from observatory.core.errors import InvalidInput
from observatory.directory.exports import export_csv, export_json
from observatory.directory.selectors import filters_or_error


class Command(BaseCommand):
    help = "Export the national authorities as CSV or JSON (filters: --state, --designation, --freshness)."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["csv", "json"], default="csv")
        parser.add_argument("--output", type=Path, help="the file to write (default: standard output)")
        parser.add_argument("--state", help="ISO3 code of one State")
        parser.add_argument("--regional-group", dest="regional_group")
        parser.add_argument("--designation")
        parser.add_argument("--freshness", help="current, due or stale")

    def handle(self, *args, format, output=None, **options):
        """Write the export to the file or to standard output."""
        params = {
            name: options.get(name) or "" for name in ("state", "regional_group", "designation", "freshness")
        }
        try:
            filters = filters_or_error(params)
        except InvalidInput as exc:
            raise CommandError(exc.message) from exc
        data = export_csv(SYSTEM, filters) if format == "csv" else export_json(SYSTEM, filters)
        if output:
            output.write_bytes(data)
            self.stdout.write(f"{output}: {len(data)} bytes.")
        else:
            self.stdout.write(data.decode("utf-8"), ending="")
