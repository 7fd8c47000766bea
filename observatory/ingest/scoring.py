"""Scoring an extraction against a hand annotation (both in the extraction contract of DESIGN §4).

Paragraphs are matched by ``id``. Sets of things (paragraph ids, references, addressees, conditions,
reporting duties) get precision, recall and F1 from their true positives, false positives and false
negatives, counted as multisets keyed by paragraph id, so that a reference found in the wrong paragraph
counts as one missed and one extra. Per-paragraph values (kind, text, language, verb) get an accuracy
over the paragraphs matched; document fields an accuracy over documents. ``score_many`` adds the counts
of several documents, which is a micro-average.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

SET_FIELDS = (
    "paragraph ids",
    "articles",
    "chapters",
    "resolutions",
    "symbols",
    "countries",
    "organizations",
    "action.addressees",
    "action.conditions",
    "action.report_to",
)
ACCURACY_FIELDS = (
    "kind",
    "text",
    "language",
    "action.verb_base",
    "document.language",
    "document.symbol",
    "document.kind",
)

# What identifies one reference of each kind, besides the paragraph it is in.
REFERENCE_KEYS: dict[str, Callable[[dict], tuple]] = {
    "articles": lambda r: (r.get("article"), _str(r.get("paragraph")), _str(r.get("subparagraph"))),
    "chapters": lambda r: (r.get("chapter"),),
    "resolutions": lambda r: (r.get("body"), r.get("number"), r.get("date")),
    "symbols": lambda r: (r.get("symbol"),),
    "countries": lambda r: (r.get("iso3"),),
    "organizations": lambda r: (r.get("acronym"),),
}


@dataclass
class Counts:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Share of what was found that is right (1.0 when nothing was found and nothing expected)."""
        found = self.tp + self.fp
        return self.tp / found if found else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        """Share of what was expected that was found (1.0 when nothing was expected)."""
        expected = self.tp + self.fn
        return self.tp / expected if expected else (1.0 if not self.fp else 0.0)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        """Add another document's counts to these."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Accuracy:
    """How many of the compared values were right."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        """Share right (1.0 when there was nothing to compare)."""
        return self.correct / self.total if self.total else 1.0

    def add(self, other: Accuracy) -> None:
        """Add another document's tally to this one."""
        self.correct += other.correct
        self.total += other.total


@dataclass
class Scores:
    """The scores of one document, or the sum over several."""

    counts: dict[str, Counts] = field(default_factory=lambda: {name: Counts() for name in SET_FIELDS})
    accuracies: dict[str, Accuracy] = field(
        default_factory=lambda: {name: Accuracy() for name in ACCURACY_FIELDS}
    )
    similarity_sum: float = 0.0  # sum of difflib ratios of matched paragraphs' texts
    similarity_n: int = 0
    errors: dict[str, list[str]] = field(default_factory=dict)  # field → mismatches, in document order
    documents: int = 0

    @property
    def text_similarity(self) -> float:
        """Mean similarity (0 to 1) of the texts of matched paragraphs."""
        return self.similarity_sum / self.similarity_n if self.similarity_n else 1.0

    def error(self, name: str, message: str) -> None:
        """Record one mismatch of a field."""
        self.errors.setdefault(name, []).append(message)

    def add(self, other: Scores) -> None:
        """Add another document's scores to these."""
        for name, counts in other.counts.items():
            self.counts.setdefault(name, Counts()).add(counts)
        for name, accuracy in other.accuracies.items():
            self.accuracies.setdefault(name, Accuracy()).add(accuracy)
        self.similarity_sum += other.similarity_sum
        self.similarity_n += other.similarity_n
        for name, messages in other.errors.items():
            self.errors.setdefault(name, []).extend(messages)
        self.documents += other.documents


def normalise_text(text: str | None) -> str:
    """Text as compared: Unicode NFC, whitespace folded to single spaces."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def score(predicted: dict, expected: dict) -> Scores:
    """Score one predicted contract against the expected one."""
    scores = Scores(documents=1)
    source = expected.get("source") or predicted.get("source") or "?"
    _document_fields(scores, predicted, expected, source)

    predicted_by_id = _by_id(predicted)
    expected_by_id = _by_id(expected)
    _compare(
        scores,
        "paragraph ids",
        Counter((p.get("id"),) for p in predicted.get("paragraphs", [])),
        Counter((p.get("id"),) for p in expected.get("paragraphs", [])),
        source,
    )
    matched = [pid for pid in expected_by_id if pid in predicted_by_id]
    for pid in matched:
        _paragraph_fields(scores, predicted_by_id[pid], expected_by_id[pid], f"{source} [{pid}]")

    for name, key in REFERENCE_KEYS.items():
        _compare(
            scores,
            name,
            _keyed(predicted, lambda p, name=name, key=key: [key(r) for r in p.get(name) or []]),
            _keyed(expected, lambda p, name=name, key=key: [key(r) for r in p.get(name) or []]),
            source,
        )
    _compare(
        scores, "action.addressees", _keyed(predicted, _addressees), _keyed(expected, _addressees), source
    )
    _compare(
        scores, "action.conditions", _keyed(predicted, _conditions), _keyed(expected, _conditions), source
    )
    _compare(scores, "action.report_to", _keyed(predicted, _report_to), _keyed(expected, _report_to), source)
    return scores


def score_many(pairs: Iterable[tuple[dict, dict]]) -> Scores:
    """Scores summed over several (predicted, expected) pairs."""
    total = Scores()
    for predicted, expected in pairs:
        total.add(score(predicted, expected))
    return total


def _document_fields(scores: Scores, predicted: dict, expected: dict, source: str) -> None:
    for name in ("language", "symbol", "kind"):
        _tally(scores, f"document.{name}", predicted.get(name), expected.get(name), source)


def _paragraph_fields(scores: Scores, predicted: dict, expected: dict, where: str) -> None:
    _tally(scores, "kind", predicted.get("kind"), expected.get("kind"), where)
    _tally(scores, "language", predicted.get("language"), expected.get("language"), where)
    got, want = normalise_text(predicted.get("text")), normalise_text(expected.get("text"))
    _tally(scores, "text", got, want, where, show=_text_difference)
    scores.similarity_sum += difflib.SequenceMatcher(None, got, want, autojunk=False).ratio()
    scores.similarity_n += 1
    if expected.get("kind") == "operative" and expected.get("action"):
        want_verb = (expected["action"].get("verb_base") or "").casefold()
        got_verb = ((predicted.get("action") or {}).get("verb_base") or "").casefold() or None
        _tally(scores, "action.verb_base", got_verb, want_verb, where)


def _tally(scores, name, got, want, where, show: Callable[[object, object], str] | None = None) -> None:
    accuracy = scores.accuracies[name]
    accuracy.total += 1
    if got == want:
        accuracy.correct += 1
    else:
        scores.error(name, f"{where}: " + (show(got, want) if show else f"expected {want!r}, got {got!r}"))


def _text_difference(got: str, want: str) -> str:
    """Where two texts part: a short window of each around the first difference."""
    start = next(
        (i for i, (a, b) in enumerate(zip(got, want, strict=False)) if a != b), min(len(got), len(want))
    )
    left = max(0, start - 30)
    return f"expected …{want[left : start + 50]!r}…, got …{got[left : start + 50]!r}…"


def _by_id(contract: dict) -> dict[str, dict]:
    """Paragraphs by id; of two paragraphs with one id, the first counts (the second is an extra)."""
    result: dict[str, dict] = {}
    for paragraph in contract.get("paragraphs", []):
        result.setdefault(paragraph.get("id"), paragraph)
    return result


def _keyed(contract: dict, items: Callable[[dict], list]) -> Counter:
    """A multiset of (paragraph id, item) over all paragraphs of a contract."""
    counter: Counter = Counter()
    for paragraph in contract.get("paragraphs", []):
        for item in items(paragraph):
            counter[(paragraph.get("id"), *_as_tuple(item))] += 1
    return counter


def _compare(scores: Scores, name: str, predicted: Counter, expected: Counter, source: str) -> Counts:
    counts = scores.counts[name]
    for key in sorted(set(predicted) | set(expected), key=repr):
        got, want = predicted.get(key, 0), expected.get(key, 0)
        counts.tp += min(got, want)
        if got > want:
            counts.fp += got - want
            scores.error(name, f"{source}: extra {_show(key)}")
        elif want > got:
            counts.fn += want - got
            scores.error(name, f"{source}: missing {_show(key)}")
    return counts


def _addressees(paragraph: dict) -> list:
    return list((paragraph.get("action") or {}).get("addressees") or [])


def _conditions(paragraph: dict) -> list:
    return list((paragraph.get("action") or {}).get("conditions") or [])


def _report_to(paragraph: dict) -> list:
    duties = (paragraph.get("action") or {}).get("report_to") or []
    return [(d.get("body"), d.get("session")) for d in duties]


def _as_tuple(item) -> tuple:
    return item if isinstance(item, tuple) else (item,)


def _str(value) -> str | None:
    return None if value is None else str(value)


def _show(key: tuple) -> str:
    return "(" + ", ".join(repr(part) for part in key) + ")"


def format_scores(scores: Scores, verbose: bool = False, max_errors: int = 10) -> str:
    """A table of the scores; with ``verbose``, the first ``max_errors`` mismatches of each field."""
    lines = [f"Documents scored: {scores.documents}", ""]
    lines.append(f"{'field':<20} {'precision':>9} {'recall':>7} {'F1':>6}   {'tp':>5} {'fp':>5} {'fn':>5}")
    for name in SET_FIELDS:
        c = scores.counts[name]
        lines.append(
            f"{name:<20} {c.precision:>9.3f} {c.recall:>7.3f} {c.f1:>6.3f}   {c.tp:>5} {c.fp:>5} {c.fn:>5}"
        )
    lines += ["", f"{'field':<20} {'accuracy':>9}   {'right':>5} {'of':>5}"]
    for name in ACCURACY_FIELDS:
        a = scores.accuracies[name]
        lines.append(f"{name:<20} {a.value:>9.3f}   {a.correct:>5} {a.total:>5}")
    lines.append(f"{'text similarity':<20} {scores.text_similarity:>9.3f}   (mean difflib ratio)")
    if verbose:
        for name in (*SET_FIELDS, *ACCURACY_FIELDS):
            messages = scores.errors.get(name)
            if not messages:
                continue
            lines += [
                "",
                f"{name}: {len(messages)} mismatches"
                + (f", first {max_errors}" if len(messages) > max_errors else ""),
            ]
            lines += [f"  {message}" for message in messages[:max_errors]]
    return "\n".join(lines)
