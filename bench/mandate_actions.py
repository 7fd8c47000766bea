"""How well the ``action`` of operative paragraphs is read — what every mandate is made of.

Scores the pipeline's ``action`` (verb, addressees, conditions, reporting duty, later clauses) against
the project's hand-annotated resolutions, per language:

- ``cosp7-resolutions`` (en, fr): the demo corpus's resolutions 7/1 to 7/3 and decision 7/1, rendered by
  this script, against the extraction fixtures' annotations;
- ``cosp3-resolution-3-2`` (en): a real resolution, annotated blind (the held-out fixture);
- ``cosp8-resolutions`` (en, fr, es): three resolutions written for the mandate tracker, with later
  clauses that address actors of their own ("…, and requests the Secretariat to …"), annotated with them.

Figures, for the operative paragraphs the annotation has an action for:

- verb: accuracy of ``verb_base`` (the library scorer's ``action.verb_base``);
- addressees: the share of paragraphs whose addressee set is exactly right, and the scorer's F1;
- conditions, reporting duty (body and session): exact-set share and F1;
- later clauses (only the cosp8 annotations have them): F1 of (verb_base, addressees) per clause.

Aims (issue "Mandate tracker"): verb accuracy ≥ 0.97, exact addressee sets ≥ 0.9; they are printed in
the last row beside the total. Mismatches are listed with ``--verbose``.

Run: ``python bench/mandate_actions.py [--formats txt,docx,pdf] [--verbose]``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "observatory.config.settings")

import django  # noqa: E402

django.setup()

from observatory.ingest.pipeline import extract_contract  # noqa: E402
from observatory.ingest.scoring import Counts, score  # noqa: E402
from observatory.library.demo_corpus import get, render  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
AIMS = {"verb": 0.97, "addressees exact": 0.9}


@dataclass
class Tally:
    """The figures of one language (or of all)."""

    paragraphs: int = 0
    verbs_right: int = 0
    exact: Counter = field(default_factory=Counter)  # field → paragraphs exactly right
    counts: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Add another tally to this one."""
        self.paragraphs += other.paragraphs
        self.verbs_right += other.verbs_right
        self.exact.update(other.exact)
        for name, counts in other.counts.items():
            self.counts[name].add(counts)
        self.errors += other.errors


def _duties(action: dict) -> Counter:
    return Counter((duty.get("body"), duty.get("session")) for duty in action.get("report_to") or [])


def _clauses(action: dict) -> Counter:
    return Counter(
        (entry.get("verb_base"), tuple(sorted(entry.get("addressees") or [])))
        for entry in action.get("also") or []
    )


def _count(counts: Counts, got: Counter, want: Counter) -> None:
    for key in set(got) | set(want):
        counts.tp += min(got[key], want[key])
        counts.fp += max(0, got[key] - want[key])
        counts.fn += max(0, want[key] - got[key])


def tally(predicted: dict, expected: dict, label: str, *, clauses: bool) -> Tally:
    """The figures of one extracted document against its annotation."""
    result = Tally()
    scores = score(predicted, expected)  # the library's scorer: verb accuracy and set counts
    result.verbs_right = scores.accuracies["action.verb_base"].correct
    for name in ("addressees", "conditions", "report_to"):
        result.counts[name].add(scores.counts[f"action.{name}"])
    found = {p["id"]: p for p in predicted["paragraphs"]}
    for want in expected["paragraphs"]:
        if want.get("kind") != "operative" or not want.get("action"):
            continue
        result.paragraphs += 1
        wanted = want["action"]
        got = (found.get(want["id"]) or {}).get("action") or {}
        checks = {
            "addressees": (Counter(got.get("addressees") or []), Counter(wanted.get("addressees") or [])),
            "conditions": (Counter(got.get("conditions") or []), Counter(wanted.get("conditions") or [])),
            "report_to": (_duties(got), _duties(wanted)),
        }
        if clauses:
            checks["clauses"] = (_clauses(got), _clauses(wanted))
            _count(result.counts["clauses"], *checks["clauses"])
        for name, (have, need) in checks.items():
            if have == need:
                result.exact[name] += 1
            else:
                result.errors.append(
                    f"{label} [{want['id']}] {name}: expected {sorted(need.elements())}, "
                    f"got {sorted(have.elements())}"
                )
        if (got.get("verb_base") or "").casefold() != (wanted.get("verb_base") or "").casefold():
            result.errors.append(
                f"{label} [{want['id']}] verb: expected {wanted.get('verb_base')!r}, "
                f"got {got.get('verb_base')!r}"
            )
    return result


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def documents(formats: list[str], folder: Path):
    """(language, label, predicted contract, expected contract, has clause annotations) of every annotated
    resolution, in each format for the rendered demo document."""
    for language in ("en", "fr"):
        expected = _load(FIXTURES / "extraction" / f"cosp7-resolutions.{language}.expected.json")
        for fmt in formats:
            path = folder / f"cosp7-resolutions.{language}.{fmt}"
            path.write_bytes(render(get("cosp7-resolutions", language), fmt))
            yield language, f"cosp7.{language}.{fmt}", extract_contract(path), expected, False
    heldout = FIXTURES / "heldout"
    yield (
        "en",
        "cosp3-3/2.en.txt",
        extract_contract(heldout / "cosp3-resolution-3-2.en.txt"),
        _load(heldout / "cosp3-resolution-3-2.en.expected.json"),
        False,
    )
    for language in ("en", "fr", "es"):
        folder_mandates = FIXTURES / "mandates"
        yield (
            language,
            f"cosp8.{language}.txt",
            extract_contract(folder_mandates / f"cosp8-resolutions.{language}.txt"),
            _load(folder_mandates / f"cosp8-resolutions.{language}.expected.json"),
            True,
        )


def _share(right: int, total: int) -> str:
    return f"{right / total:.3f}" if total else "  –  "


def _row(name: str, t: Tally) -> str:
    n = t.paragraphs
    cells = [
        f"{name:<18}",
        f"{n:>5}",
        f"{_share(t.verbs_right, n):>6}",
        f"{_share(t.exact['addressees'], n):>6}",
        f"{t.counts['addressees'].f1:>6.3f}",
        f"{_share(t.exact['conditions'], n):>6}",
        f"{t.counts['conditions'].f1:>6.3f}",
        f"{_share(t.exact['report_to'], n):>6}",
        f"{t.counts['report_to'].f1:>6.3f}",
        f"{t.counts['clauses'].f1:>6.3f}" if "clauses" in t.counts else f"{'–':>6}",
    ]
    return "  ".join(cells)


def main() -> None:
    """Print the figures per language, then in total beside the aims."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formats", default="txt", help="formats of the demo resolutions (txt,docx,pdf)")
    parser.add_argument("--verbose", action="store_true", help="list every mismatch")
    options = parser.parse_args()
    formats = [fmt.strip() for fmt in options.formats.split(",") if fmt.strip()]
    by_language: dict[str, Tally] = defaultdict(Tally)
    by_document: dict[str, Tally] = {}
    with tempfile.TemporaryDirectory() as folder:
        for language, label, predicted, expected, clauses in documents(formats, Path(folder)):
            result = tally(predicted, expected, label, clauses=clauses)
            by_document[label] = result
            by_language[language].add(result)
    total = Tally()
    for result in by_language.values():
        total.add(result)

    header = (
        f"{'':<18}  {'paras':>5}  {'verb':>6}  {'addr=':>6}  {'addrF1':>6}  {'cond=':>6}  {'condF1':>6}  "
        f"{'duty=':>6}  {'dutyF1':>6}  {'claF1':>6}"
    )
    print("Operative paragraphs: verb accuracy; exact-set share (=) and F1 of addressees, conditions and")
    print("reporting duties (body, session); F1 of later clauses (verb, addressees).\n")
    print("per document")
    print(header)
    for label, result in by_document.items():
        print(_row(label, result))
    print("\nper language")
    print(header)
    for language in ("ar", "zh", "en", "fr", "ru", "es"):
        if language in by_language:
            print(_row(language, by_language[language]))
    print(_row("total", total))
    print(f"{'aim':<18}  {'':>5}  {AIMS['verb']:>6.3f}  {AIMS['addressees exact']:>6.3f}")
    if options.verbose and total.errors:
        print(f"\n{len(total.errors)} mismatches:")
        for line in total.errors:
            print(f"  {line}")


if __name__ == "__main__":
    main()
