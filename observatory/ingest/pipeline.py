"""The ingestion pipeline: named stages, each declaring what it needs and what it produces.

    extract → segment → detect_language → find_references → parse_actions

``run_file`` takes a file through every stage; ``to_contract`` turns the result into the extraction
contract of DESIGN §4 (what ``observatory extract FILE --json`` prints). Storing in the library is the
import service's job (observatory.library.services), which calls this pipeline.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from observatory.core.languages import content_language

from .actions import parse_action
from .extract import extract_bytes, extract_file
from .language import detect_language, document_language, script_of
from .references import find_references
from .segment import Segmented, segment
from .types import ExtractedDocument

KINDS = ("resolutions", "report", "note_verbale", "submission", "legislation", "other")
NOTE_VERBALE = re.compile(
    r"presents its compliments|présente ses compliments|saluda atentamente|свидетельствует (?:свое|своё) "
    r"уважение|تهدي .{0,120}تحياتها|向.{0,60}致意|\bnote verbale\b|\bnota verbal\b|вербальная нота|"
    r"مذكرة شفوية|普通照会",
    re.IGNORECASE,
)
# A State writes: its Permanent Mission presents its compliments, or the title says whose information it is.
STATE_SENDER = re.compile(
    r"Permanent Mission of|Mission permanente d|Misión Permanente d|Постоянное представительство|"
    r"البعثة الدائمة|常驻.{0,40}代表团",
    re.IGNORECASE,
)
SUBMISSION_TITLE = re.compile(
    r"(?:Reply|Response) (?:of|from) [A-Z]|Réponse d[eu']|Respuesta de [A-ZÁÉÍÓÚ]|Ответ [А-ЯЁ]|رد [^\s]+ على|"
    r"Information (?:provided|submitted|received) (?:by|from)|Informations? (?:communiquées?|fournies?) par|"
    r"Informaci[óo]n (?:presentada|proporcionada|facilitada|remitida) por|Информация,? (?:представленная )?"
    r"[А-ЯЁ][а-яё]+ (?:Федерации|Республики|Королевства)|Информация [А-ЯЁ]|معلومات مقدمة من|情况的答复",
)
REFERENCE_KINDS = ("articles", "chapters", "resolutions", "symbols", "countries", "organizations")


@dataclass
class Work:
    """One document on its way through the pipeline. Stages fill the fields they produce."""

    source: str
    path: Path | None = None
    data: bytes | None = None
    kind: str | None = None  # given by the caller, or guessed by segment
    symbol: str | None = None  # given by the caller, or found by segment
    language: str | None = None  # given by the caller, or detected
    extracted: ExtractedDocument | None = None
    segmented: Segmented | None = None
    title: str | None = None
    languages_detected: bool = False
    references_found: bool = False
    actions_parsed: bool = False
    timings: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Stage:
    """A step of the pipeline: ``run`` reads the fields named in ``needs`` and fills ``produces``."""

    name: str
    needs: tuple[str, ...]
    produces: tuple[str, ...]
    run: Callable[[Work], None]


def _extract(work: Work) -> None:
    if work.data is not None:
        work.extracted = extract_bytes(work.data, work.source)
    else:
        work.extracted = extract_file(work.path)


def _segment(work: Work) -> None:
    segmented = segment(work.extracted.blocks)
    work.segmented = segmented
    work.symbol = work.symbol or segmented.symbol
    work.title = work.extracted.title or segmented.title
    work.kind = work.kind or guess_kind(segmented)


def _detect_language(work: Work) -> None:
    for paragraph in work.segmented.paragraphs:
        paragraph.language = detect_language(paragraph.text)
    detected = document_language([(p.language, len(p.text)) for p in work.segmented.paragraphs])
    work.language = work.language or detected
    for paragraph in work.segmented.paragraphs:
        # Too short to tell ("Add.1", a heading, a short footnote): it is in the document's language,
        # unless it is clearly another one (a different script, or a long enough text).
        if paragraph.language is None or (
            len(paragraph.text) < SHORT_TEXT
            and paragraph.language != work.language
            and _same_script(paragraph.text, work.language)
        ):
            paragraph.language = work.language
    work.languages_detected = True


SHORT_TEXT = 80
_SCRIPT_OF = {"ar": "arabic", "zh": "han", "ru": "cyrillic", "en": "latin", "fr": "latin", "es": "latin"}


def _same_script(text: str, language: str | None) -> bool:
    return language in _SCRIPT_OF and script_of(text) == _SCRIPT_OF[language]


def _find_references(work: Work) -> None:
    for paragraph in work.segmented.paragraphs:
        paragraph.references = find_references(paragraph.text, content_language(paragraph.language))
    work.references_found = True


def _parse_actions(work: Work) -> None:
    for paragraph in work.segmented.paragraphs:
        if paragraph.kind == "operative":
            paragraph.action = parse_action(paragraph.text, content_language(paragraph.language or "en"))
    work.actions_parsed = True


STAGES: tuple[Stage, ...] = (
    Stage("extract", needs=("source",), produces=("extracted",), run=_extract),
    Stage("segment", needs=("extracted",), produces=("segmented", "symbol", "title", "kind"), run=_segment),
    Stage(
        "detect_language",
        needs=("segmented",),
        produces=("languages_detected", "language"),
        run=_detect_language,
    ),
    Stage(
        "find_references",
        needs=("segmented", "languages_detected"),
        produces=("references_found",),
        run=_find_references,
    ),
    Stage(
        "parse_actions",
        needs=("segmented", "languages_detected"),
        produces=("actions_parsed",),
        run=_parse_actions,
    ),
)


def run(work: Work, stages: tuple[Stage, ...] = STAGES) -> Work:
    """Run the stages in order, checking that what each needs was produced before it."""
    for stage in stages:
        missing = [name for name in stage.needs if not getattr(work, name)]
        if missing:
            raise RuntimeError(
                f"stage {stage.name} needs {', '.join(missing)}, which no earlier stage produced"
            )
        started = time.perf_counter()
        stage.run(work)
        work.timings[stage.name] = time.perf_counter() - started
    return work


def run_file(
    path: Path, *, kind: str | None = None, symbol: str | None = None, language: str | None = None
) -> Work:
    """Take one file through the whole pipeline. Raises UnreadableFile for files that cannot be read."""
    return run(Work(source=path.name, path=path, kind=kind, symbol=symbol, language=language))


def guess_kind(segmented: Segmented) -> str:
    """The kind of document, from its structure and opening: resolutions, a note verbale (from the
    Secretariat), a submission (a State's answer), a report (numbered paragraphs), or other."""
    if segmented.has_resolutions:
        return "resolutions"
    opening = " ".join(p.text for p in segmented.paragraphs[:6])
    if SUBMISSION_TITLE.search(opening) or (NOTE_VERBALE.search(opening) and STATE_SENDER.search(opening)):
        return "submission"
    if sum(p.kind == "numbered" for p in segmented.paragraphs) >= 3:
        return "report"
    if NOTE_VERBALE.search(opening):
        return "note_verbale"
    return "other"


def to_contract(work: Work) -> dict:
    """The extraction contract (DESIGN §4) for a document that went through the pipeline."""
    paragraphs = []
    for paragraph in work.segmented.paragraphs:
        entry = {
            "id": paragraph.id,
            "kind": paragraph.kind,
            "number": paragraph.number,
            "resolution": paragraph.resolution,
            "text": paragraph.text,
            "language": paragraph.language,
            "page": paragraph.page,
            "footnotes": paragraph.footnotes,
        }
        for name in REFERENCE_KINDS:
            entry[name] = paragraph.references.get(name, [])
        if paragraph.kind == "operative":
            entry["action"] = paragraph.action
        paragraphs.append(entry)
    return {
        "source": work.source,
        "language": work.language,
        "symbol": work.symbol,
        "title": work.title,
        "kind": work.kind,
        "format": work.extracted.format,
        "pages": work.extracted.pages,
        "warnings": work.extracted.warnings,
        "paragraphs": paragraphs,
    }


def extract_contract(path: Path, **options) -> dict:
    """The contract for one file: what ``observatory extract FILE --json`` prints."""
    return to_contract(run_file(path, **options))
