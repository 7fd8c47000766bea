"""Quality of the mandate tracker's suggestions on the project's own fixture, tests/fixtures/mandate_evidence:
precision and recall of the top-3 evidence suggestions, and of the lineage suggestions, method by method.

The fixture holds resolution 7/5 (seventh session, 2017), resolution 8/7 (eighth session, 2019, in English
and French) that recalls, reiterates and supersedes paragraphs of 7/5, the Secretariat's report on the
implementation of 7/5 (English) and a note to the Working Group on part of it (French only), with
hand-made links (links.json): which paragraphs answer each mandate of 7/5, and which mandate of 7/5 each
mandate of 8/7 takes up, and how. The documents are imported into a fresh SQLite database in a temporary
folder through the library's import (which creates the mandates), then the suggestions are ranked.

Printed side by side:
- evidence, top 3 per mandate of 7/5: explicit references only; + shared articles and topics; + semantic
  similarity (the default) — micro-averaged precision and recall, recall of the English and French
  documents' links apart, and what the storing services (suggest_evidence_from_document) proposed;
- lineage of the mandates of 8/7: explicit only; similarity only; both (the default) — precision,
  recall and the share of correct links whose relation is right; once with 8/7 read in English, once in
  French (the later mandates' text taken from the French version: cross-lingual similarity).

    python bench/mandate_evidence.py            # the report
    python bench/mandate_evidence.py --sweep    # also the thresholds behind the chosen defaults
"""

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "mandate_evidence"


def setup(folder: Path) -> dict:
    """A fresh SQLite database in ``folder`` with the fixture imported; returns the links."""
    os.environ["OBSERVATORY_VAR_DIR"] = str(folder)
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "observatory.config.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from observatory.accounts.permissions import SYSTEM
    from observatory.library.services import import_file

    call_command("migrate", verbosity=0)
    call_command("load_reference", stdout=open(os.devnull, "w"))  # noqa: SIM115
    links = json.loads((FIXTURE / "links.json").read_text("utf-8"))
    for entry in links["documents"]:
        outcome = import_file(
            SYSTEM,
            FIXTURE / entry["file"],
            kind=entry["kind"],
            symbol=entry["symbol"],
            language=entry["language"],
        )
        if outcome.status == "failed":
            raise SystemExit(f"{entry['file']}: {outcome.reason}")
    return links


def mandate(key):
    """The mandate named [symbol, paragraph id, clause]."""
    from observatory.mandates.models import Mandate

    symbol, pid, clause = key
    return Mandate.objects.select_related("document").get(document__key=symbol, pid=pid, clause=clause)


def judged(spec) -> list:
    """The current mandates a part of links.json judges (every mandate of one resolution of a document)."""
    from observatory.mandates.models import Mandate

    return list(
        Mandate.objects.filter(
            document__key=spec["document"], resolution=spec["resolution"], is_current=True
        ).select_related("document")
    )


def name(m) -> tuple:
    return (m.document.key, m.pid, m.clause)


def prf(found: int, proposed: int, relevant: int) -> tuple[float, float]:
    return (found / proposed if proposed else 0.0, found / relevant if relevant else 0.0)


# Evidence -----------------------------------------------------------------------------------------------

EVIDENCE_RUNS = (
    ("explicit only", ("explicit",)),
    ("+ subject", ("explicit", "subject")),
    ("+ semantic (default)", ("explicit", "subject", "semantic")),
)


def evidence_gold(links: dict) -> dict[tuple, set[tuple[str, str]]]:
    gold = {
        tuple(link["mandate"]): {tuple(p) for p in link["evidence"]} for link in links["evidence"]["links"]
    }
    for m in judged(links["evidence"]["judged"]):
        gold.setdefault(name(m), set())
    return gold


def evidence_scores(links: dict, signals, *, limit: int = 3, pool=None) -> dict:
    """Precision and recall of the top ``limit`` for every judged mandate, with these signals."""
    from observatory.mandates.evidence import Pool, rank_evidence

    gold = evidence_gold(links)
    pool = pool or Pool.after(None)
    found = proposed = 0
    by_language = {"en": [0, 0], "fr": [0, 0]}  # [found, relevant] per language of the answering document
    french = {entry["symbol"] for entry in links["documents"] if entry["language"] == "fr"}
    french -= {entry["symbol"] for entry in links["documents"] if entry["language"] == "en"}
    for key, relevant in gold.items():
        top = [
            (s.candidate.document.key, s.candidate.pid)
            for s in rank_evidence(mandate(key), signals=signals, pool=pool)
        ]
        top = top[:limit]
        proposed += len(top)
        found += len(set(top) & relevant)
        for paragraph in relevant:
            language = "fr" if paragraph[0] in french else "en"
            by_language[language][1] += 1
            by_language[language][0] += paragraph in top
    precision, recall = prf(found, proposed, sum(len(r) for r in gold.values()))
    return {
        "precision": precision,
        "recall": recall,
        "proposed": proposed,
        "found": found,
        "relevant": sum(len(r) for r in gold.values()),
        "recall_en": prf(*by_language["en"], by_language["en"][1])[1] if by_language["en"][1] else 0.0,
        "recall_fr": by_language["fr"][0] / by_language["fr"][1] if by_language["fr"][1] else 0.0,
    }


def stored_evidence_scores(links: dict) -> dict:
    """What the storing service proposed, run document by document as an import would."""
    from observatory.library.models import Document
    from observatory.mandates.evidence import suggest_evidence_from_document
    from observatory.mandates.models import Evidence

    for entry in links["documents"]:
        suggest_evidence_from_document(Document.objects.get(key=entry["symbol"]))
    gold = evidence_gold(links)
    found = proposed = 0
    for key, relevant in gold.items():
        rows = {
            (e.document.key, e.pid)
            for e in Evidence.objects.filter(mandate=mandate(key)).select_related("document")
        }
        proposed += len(rows)
        found += len(rows & relevant)
    precision, recall = prf(found, proposed, sum(len(r) for r in gold.values()))
    return {"precision": precision, "recall": recall, "proposed": proposed, "found": found}


# Lineage ------------------------------------------------------------------------------------------------

LINEAGE_RUNS = (
    ("explicit only", ("explicit",)),
    ("similarity only", ("similarity",)),
    ("both (default)", ("explicit", "similarity")),
)


def lineage_gold(links: dict) -> dict[tuple, dict[tuple, str]]:
    gold: dict[tuple, dict[tuple, str]] = {name(m): {} for m in judged(links["lineage"]["judged"])}
    for link in links["lineage"]["links"]:
        gold.setdefault(tuple(link["later"]), {})[tuple(link["earlier"])] = link["relation"]
    return gold


def as_french(m):
    """The mandate as if it had been read from its French version (in memory only)."""
    from observatory.mandates.matching import mandate_paragraphs

    french = [p for p in mandate_paragraphs(m) if p.language == "fr"]
    if french and m.clause == 0:
        m.text = french[0].text
    elif french and m.clause:
        # A later clause: the French paragraph's text from its verb on, as the extraction cuts it.
        action = french[0].action or {}
        clauses = action.get("also") or []
        if len(clauses) >= m.clause:
            m.text = clauses[m.clause - 1].get("text") or m.text
    m.language = "fr"
    return m


def lineage_scores(links: dict, methods, *, threshold=None, french=False, pool=None) -> dict:
    from observatory.mandates.lineage import SIMILARITY_THRESHOLD, Pool, rank_lineage

    gold = lineage_gold(links)
    pool = pool or Pool.current()
    found = proposed = right_relation = 0
    for key, relevant in gold.items():
        later = mandate(key)
        if french:
            later = as_french(later)
        proposals = rank_lineage(
            later,
            methods=methods,
            pool=pool,
            threshold=SIMILARITY_THRESHOLD if threshold is None else threshold,
        )
        proposed += len(proposals)
        for proposal in proposals:
            earlier = name(proposal.earlier)
            if earlier in relevant:
                found += 1
                right_relation += proposal.relation == relevant[earlier]
    relevant_count = sum(len(r) for r in gold.values())
    precision, recall = prf(found, proposed, relevant_count)
    return {
        "precision": precision,
        "recall": recall,
        "relation": right_relation / found if found else 0.0,
        "proposed": proposed,
        "found": found,
        "relevant": relevant_count,
    }


# Report -------------------------------------------------------------------------------------------------


def table(title: str, header: list[str], rows: list[list]) -> None:
    print(f"\n{title}")
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    for row in [header, ["-" * w for w in widths], *rows]:
        print("  " + "  ".join(str(cell).ljust(w) for cell, w in zip(row, widths, strict=True)))


def pct(value: float) -> str:
    return f"{value:.2f}"


def report(links: dict, sweep: bool) -> None:
    from observatory.mandates import evidence, lineage

    pool = evidence.Pool.after(None)
    rows = []
    for label, signals in EVIDENCE_RUNS:
        s = evidence_scores(links, signals, pool=pool)
        rows.append(
            [label, pct(s["precision"]), pct(s["recall"]), pct(s["recall_en"]), pct(s["recall_fr"]),
             f"{s['found']}/{s['proposed']}", s["relevant"]]
        )  # fmt: skip
    table(
        "Evidence: top 3 per mandate of resolution 7/5 (15 mandates; micro-averaged)",
        [
            "signals",
            "precision",
            "recall",
            "recall (en report)",
            "recall (fr note)",
            "right/proposed",
            "links",
        ],
        rows,
    )
    print(
        f"  score = {evidence.EXPLICIT_WEIGHT}·E + {evidence.SUBJECT_WEIGHT}·S + "
        f"{evidence.SEMANTIC_WEIGHT}·C; proposed when E > 0, S ≥ {evidence.SUBJECT_MIN} or "
        f"C ≥ {evidence.SEMANTIC_MIN} (and no other mandate of the resolution nearer by more than "
        f"{evidence.COMPETITION_MARGIN})"
    )
    ceiling = sum(min(3, len(r)) for r in evidence_gold(links).values()) / sum(
        len(r) for r in evidence_gold(links).values()
    )
    print(f"  the best recall 3 proposals a mandate allow: {ceiling:.2f}")
    lpool = lineage.Pool.current()
    rows = []
    for french in (False, True):
        for label, methods in LINEAGE_RUNS:
            s = lineage_scores(links, methods, french=french, pool=lpool)
            rows.append(
                ["fr" if french else "en", label, pct(s["precision"]), pct(s["recall"]), pct(s["relation"]),
                 f"{s['found']}/{s['proposed']}", s["relevant"]]
            )  # fmt: skip
    table(
        "Lineage: the mandates of resolution 8/7 (read in English, then in French) to those of 7/5",
        ["8/7 in", "methods", "precision", "recall", "relation right", "right/proposed", "links"],
        rows,
    )
    print(
        f"  similarity threshold {lineage.SIMILARITY_THRESHOLD} (cosine), "
        f"at most {lineage.SIMILARITY_LIMIT} per mandate"
    )
    if sweep:
        rows = []
        for threshold in (0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70, 0.75):
            en = lineage_scores(links, ("explicit", "similarity"), threshold=threshold, pool=lpool)
            fr = lineage_scores(
                links, ("explicit", "similarity"), threshold=threshold, french=True, pool=lpool
            )
            rows.append(
                [
                    f"{threshold:.2f}",
                    pct(en["precision"]),
                    pct(en["recall"]),
                    pct(fr["precision"]),
                    pct(fr["recall"]),
                ]
            )
        table(
            "Sweep: lineage similarity threshold", ["threshold", "P (en)", "R (en)", "P (fr)", "R (fr)"], rows
        )
        rows = []
        saved = evidence.SEMANTIC_MIN
        try:
            for bar in (0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60):
                evidence.SEMANTIC_MIN = bar
                s = evidence_scores(links, ("explicit", "subject", "semantic"), pool=pool)
                rows.append(
                    [f"{bar:.2f}", pct(s["precision"]), pct(s["recall"]), f"{s['found']}/{s['proposed']}"]
                )
        finally:
            evidence.SEMANTIC_MIN = saved
        table(
            "Sweep: evidence semantic bar (C ≥ bar to qualify without E or S)",
            ["bar", "precision", "recall", "right/proposed"],
            rows,
        )
        rows = []
        saved = evidence.COMPETITION_MARGIN
        try:
            for margin in (0.0, 0.02, 0.05, 0.10, 0.20, 1.0):
                evidence.COMPETITION_MARGIN = margin
                s = evidence_scores(links, ("explicit", "subject", "semantic"), pool=pool)
                rows.append(
                    [f"{margin:.2f}", pct(s["precision"]), pct(s["recall"]), f"{s['found']}/{s['proposed']}"]
                )
        finally:
            evidence.COMPETITION_MARGIN = saved
        table(
            "Sweep: competition margin (1.00: no competition between the mandates of a resolution)",
            ["margin", "precision", "recall", "right/proposed"],
            rows,
        )
    s = stored_evidence_scores(links)
    table(
        "Evidence stored by suggest_evidence_from_document, each document in turn (as imports run it)",
        ["precision", "recall", "right/proposed"],
        [[pct(s["precision"]), pct(s["recall"]), f"{s['found']}/{s['proposed']}"]],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sweep", action="store_true", help="also print the threshold sweeps")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        links = setup(Path(folder))
        report(links, args.sweep)


if __name__ == "__main__":
    main()
