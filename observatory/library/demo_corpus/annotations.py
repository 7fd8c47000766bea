"""The hand annotations of the demo corpus as extraction contracts (DESIGN §4).

The references were written by hand in the content modules; this module only lays them out in the
contract's shape: footnotes follow the paragraph that cites them, footnote calls are taken out of the
text, whitespace is folded, lettered sub-paragraphs are appended to their paragraph.
"""

from __future__ import annotations

import json
from pathlib import Path

from .model import FOOTNOTE_MARKER, REFERENCE_FIELDS, DemoDocument, Paragraph, Reference


def contract_text(paragraph: Paragraph) -> str:
    """The paragraph's text as the contract has it: sub-paragraphs included, footnote calls removed,
    whitespace folded to single spaces."""
    parts = [paragraph.text] + [f"({sub.label}) {sub.text}" for sub in paragraph.subparagraphs]
    return normalise(" ".join(parts))


def normalise(text: str) -> str:
    """Footnote calls removed and whitespace folded."""
    return " ".join(FOOTNOTE_MARKER.sub("", text).split())


def expected_contract(doc: DemoDocument) -> dict:
    """The extraction contract a perfect pipeline would give for ``doc``."""
    paragraphs = []
    for paragraph in doc.paragraphs:
        paragraphs.append(
            _entry(
                doc,
                id=paragraph.id,
                kind=paragraph.kind,
                number=paragraph.number,
                resolution=paragraph.resolution,
                text=contract_text(paragraph),
                references=paragraph.references,
                action=paragraph.action.contract() if paragraph.action else None,
            )
        )
        for marker in paragraph.footnote_markers():
            note = doc.footnote(marker)
            paragraphs.append(
                _entry(
                    doc,
                    id=f"fn {note.marker}",
                    kind="footnote",
                    number=note.marker,
                    resolution=paragraph.resolution,
                    text=normalise(note.text),
                    references=note.references,
                    action=None,
                )
            )
    return {
        "source": doc.stem,
        "language": doc.language,
        "symbol": doc.symbol,
        "title": doc.title,
        "kind": doc.kind,
        "paragraphs": paragraphs,
    }


def _entry(doc: DemoDocument, *, references: tuple[Reference, ...], action: dict | None, **fields) -> dict:
    entry = {**fields, "language": doc.language}
    for name in REFERENCE_FIELDS:
        entry[name] = [ref.contract() for ref in references if ref.field_name == name]
    if action is not None:
        entry["action"] = action
    return entry


def annotation_name(doc: DemoDocument) -> str:
    """The file name of a document's annotation: ``<slug>.<lang>.expected.json``."""
    return f"{doc.stem}.expected.json"


def dumps(contract: dict) -> str:
    """The annotation file's text: stable, readable JSON (non-ASCII kept as is)."""
    return json.dumps(contract, ensure_ascii=False, indent=2) + "\n"


def write_annotations(folder: Path, documents) -> list[Path]:
    """Write the expected contract of every document into ``folder``; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for doc in documents:
        path = folder / annotation_name(doc)
        path.write_text(dumps(expected_contract(doc)), encoding="utf-8")
        written.append(path)
    return written
