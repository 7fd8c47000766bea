"""``observatory score-extraction``: how well the extraction matches hand annotations.

    observatory score-extraction ANNOTATION.expected.json …          extract the rendered files beside
                                                                     each annotation and score them
    observatory score-extraction --pair PREDICTED.json EXPECTED.json score a contract already extracted
    observatory score-extraction --extract FILE EXPECTED.json        extract FILE and score it

Options combine and repeat. For an annotation ``<slug>.<lang>.expected.json`` the files scored are
``<slug>.<lang>.pdf``, ``.docx`` and ``.txt`` (``--formats``) in ``--sources`` (by default the
annotation's own folder). Scores are printed per format and in total; ``--verbose`` lists the first
mismatches of each field, ``--json`` prints the figures as JSON.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from observatory.ingest.scoring import Scores, format_scores, score

ANNOTATION_SUFFIX = ".expected.json"


class Command(BaseCommand):
    help = "Score extracted contracts against hand annotations (precision, recall, F1 per field)."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("annotations", nargs="*", type=Path, metavar="EXPECTED.json")
        parser.add_argument(
            "--pair",
            nargs=2,
            action="append",
            type=Path,
            default=[],
            metavar=("PREDICTED.json", "EXPECTED.json"),
        )
        parser.add_argument(
            "--extract", nargs=2, action="append", type=Path, default=[], metavar=("FILE", "EXPECTED.json")
        )
        parser.add_argument(
            "--sources", type=Path, help="folder of the rendered files (default: beside each annotation)"
        )
        parser.add_argument(
            "--formats", default="pdf,docx,txt", help="extensions to look for (default pdf,docx,txt)"
        )
        parser.add_argument("--verbose", action="store_true", help="list the first mismatches of each field")
        parser.add_argument(
            "--errors", type=int, default=10, help="mismatches listed per field with --verbose"
        )
        parser.add_argument("--json", dest="as_json", action="store_true", help="print the figures as JSON")

    def handle(
        self, *args, annotations, pair, extract, sources, formats, verbose, errors, as_json, **options
    ):
        jobs: list[tuple[str, Path, Path, bool]] = []  # (group, file, annotation, needs extraction)
        for predicted, expected in pair:
            jobs.append(("given", predicted, expected, False))
        for source, expected in extract:
            jobs.append((source.suffix.lstrip(".") or "file", source, expected, True))
        extensions = [ext.strip().lstrip(".") for ext in formats.split(",") if ext.strip()]
        for expected in annotations:
            found = self._sources_for(expected, sources, extensions)
            if not found:
                self.stderr.write(
                    f"{expected}: no rendered file beside it ({', '.join(extensions)}); skipped"
                )
            jobs += [(path.suffix.lstrip("."), path, expected, True) for path in found]
        if not jobs:
            raise CommandError("nothing to score: give annotation files, --pair or --extract")

        groups: dict[str, Scores] = defaultdict(Scores)
        failures = 0
        for number, (group, file, expected_path, needs_extraction) in enumerate(jobs, start=1):
            expected = _read_json(expected_path)
            if needs_extraction:
                try:
                    predicted = _extract(file)
                except Exception as exc:  # one unreadable file must not stop the scoring of the others
                    failures += 1
                    self.stderr.write(f"{file}: extraction failed: {exc}")
                    continue
            else:
                predicted = _read_json(file)
            groups[group].add(score(predicted, expected))
            if not as_json and len(jobs) > 1:
                self.stderr.write(f"[{number}/{len(jobs)}] {file.name}")

        total = Scores()
        for scores in groups.values():
            total.add(scores)
        if as_json:
            self.stdout.write(
                json.dumps({name: _figures(s) for name, s in {**groups, "total": total}.items()}, indent=2)
            )
        else:
            if len(groups) > 1:
                for name, scores in sorted(groups.items()):
                    self.stdout.write(f"== {name} ==\n{format_scores(scores, verbose, errors)}\n")
                self.stdout.write("== total ==")
            self.stdout.write(format_scores(total, verbose, errors))
        if failures:
            raise CommandError(f"{failures} file(s) could not be extracted (see above)")

    def _sources_for(self, expected: Path, sources: Path | None, extensions: list[str]) -> list[Path]:
        if not expected.name.endswith(ANNOTATION_SUFFIX):
            raise CommandError(f"{expected}: an annotation's name ends with {ANNOTATION_SUFFIX}")
        stem = expected.name[: -len(ANNOTATION_SUFFIX)]
        folder = sources or expected.parent
        return [folder / f"{stem}.{ext}" for ext in extensions if (folder / f"{stem}.{ext}").is_file()]


def _extract(path: Path) -> dict:
    # Imported here so that scoring given contracts needs nothing of the pipeline.
    from observatory.ingest.pipeline import extract_contract

    return extract_contract(path)


def _read_json(path: Path) -> dict:
    if not path.is_file():
        raise CommandError(f"{path}: no such file")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise CommandError(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
        ) from exc


def _figures(scores: Scores) -> dict:
    figures = {
        name: {"precision": c.precision, "recall": c.recall, "f1": c.f1, "tp": c.tp, "fp": c.fp, "fn": c.fn}
        for name, c in scores.counts.items()
    }
    for name, accuracy in scores.accuracies.items():
        figures[name] = {"accuracy": accuracy.value, "correct": accuracy.correct, "total": accuracy.total}
    figures["text similarity"] = {"mean": scores.text_similarity}
    figures["documents"] = scores.documents
    return figures
