"""Writes to the library: importing files through the ingestion pipeline.

Each file is imported in its own transaction: a failed or interrupted document leaves nothing behind,
and re-running an import ends in the same state as one clean run. Importing the same content again
changes nothing; a changed file adds a revision and keeps the old one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from observatory.accounts.permissions import Action, require
from observatory.audit.services import record
from observatory.convention.models import Article
from observatory.countries.models import State
from observatory.ingest.errors import UnreadableFile
from observatory.ingest.pipeline import run_file, to_contract
from observatory.mandates.sync import sync_document
from observatory.search.services import index_revision

from .models import (
    ArticleReference,
    Document,
    DocumentKind,
    LanguageVersion,
    Paragraph,
    Revision,
    StateReference,
    Visibility,
)

logger = logging.getLogger(__name__)
LANGUAGE_SUFFIX = re.compile(r"\.(ar|zh|en|fr|ru|es)$")
YEAR_IN_SYMBOL = re.compile(r"/((?:19|20)\d{2})/")
YEAR_IN_TEXT = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


@dataclass
class ImportOutcome:
    """What happened to one file."""

    source: str
    status: str  # imported | updated | unchanged | failed
    key: str = ""
    language: str = ""
    paragraphs: int = 0
    reason: str = ""


def document_key(path: Path, symbol: str | None) -> str:
    """The UN symbol, or a slug of the file name without its language and format suffixes."""
    if symbol:
        return symbol
    stem = LANGUAGE_SUFFIX.sub("", path.stem)
    return slugify(stem) or "document"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _text_hash(contract: dict) -> str:
    # Sorted: formats place footnotes differently (at the page break, after the citing paragraph), and
    # the ids already say where each paragraph belongs.
    content = sorted((p["id"], p["text"]) for p in contract["paragraphs"])
    return _sha256(json.dumps(content, ensure_ascii=False).encode("utf-8"))


def _year(contract: dict) -> int | None:
    """The year of the symbol ("CAC/COSP/2017/14"), else the latest year the text names: a document
    cites older years, and its own date is the latest."""
    match = YEAR_IN_SYMBOL.search(contract["symbol"] or "")
    if match:
        return int(match.group(1))
    this_year = timezone.now().year
    years = [
        int(year)
        for paragraph in contract["paragraphs"]
        for year in YEAR_IN_TEXT.findall(paragraph["text"])
        if int(year) <= this_year
    ]
    return max(years) if years else None


def import_file(
    actor,
    path: Path,
    *,
    kind: str | None = None,
    symbol: str | None = None,
    language: str | None = None,
    state: State | None = None,
    visibility: str = Visibility.PUBLIC,
) -> ImportOutcome:
    """Import one file into the library. Never raises for a bad file: the outcome says why it failed."""
    require(actor, Action.IMPORT_DOCUMENTS)
    try:
        work = run_file(path, kind=kind, symbol=symbol, language=language)
    except UnreadableFile as exc:
        return ImportOutcome(source=path.name, status="failed", reason=exc.message)
    contract = to_contract(work)
    if not contract["paragraphs"]:
        return ImportOutcome(
            source=path.name, status="failed", reason=f"{path.name}: no text was found in it"
        )
    return _store(actor, path, contract, state=state, visibility=visibility)


@transaction.atomic
def _store(actor, path: Path, contract: dict, *, state, visibility) -> ImportOutcome:
    key = document_key(path, contract["symbol"])
    language = contract["language"] or "other"
    file_sha, text_sha = _sha256(path.read_bytes()), _text_hash(contract)
    document, created = Document.objects.get_or_create(
        key=key,
        defaults={
            "symbol": contract["symbol"] or "",
            "kind": contract["kind"] if contract["kind"] in DocumentKind.values else DocumentKind.OTHER,
            "title": (contract["title"] or "")[:500],
            "state": state,
            "year": _year(contract),
            "visibility": visibility,
        },
    )
    version, _ = LanguageVersion.objects.select_for_update().get_or_create(
        document=document, language=language, defaults={"title": (contract["title"] or "")[:500]}
    )
    outcome = ImportOutcome(
        source=path.name,
        status="unchanged",
        key=key,
        language=language,
        paragraphs=len(contract["paragraphs"]),
    )
    same = version.revisions.filter(file_sha256=file_sha) | version.revisions.filter(text_sha256=text_sha)
    if same.exists():
        return outcome
    previous = version.revisions.order_by("-number").first()
    revision = Revision.objects.create(
        version=version,
        number=(previous.number + 1) if previous else 1,
        source_name=path.name,
        format=contract["format"],
        file_sha256=file_sha,
        text_sha256=text_sha,
        pages=contract["pages"],
        paragraph_count=len(contract["paragraphs"]),
        imported_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    _store_paragraphs(revision, contract)
    version.current = revision
    version.title = (contract["title"] or version.title)[:500]
    version.save(update_fields=["current", "title"])
    # In the same transaction: the search index changes with the library or not at all.
    index_revision(revision)
    outcome.status = "updated" if previous else "imported"
    record(
        actor=actor,
        action=f"document.{'import' if previous is None else 'revise'}",
        obj=document,
        after={
            "language": language,
            "revision": revision.number,
            "source": path.name,
            "paragraphs": revision.paragraph_count,
            "new_document": created,
        },
    )
    # Mandates are read from the current paragraphs: synced in this transaction, so that a mandate never
    # outlives a rolled-back import; in a savepoint, so that a fault in reading mandates never costs the
    # document (its mandates stay as they were, and `observatory sync-mandates` catches up later).
    try:
        with transaction.atomic():
            sync_document(document, actor=actor)
    except Exception:
        logger.exception(
            "%s: the document was imported but its mandates could not be updated; "
            "run `observatory sync-mandates --document %s` once the cause is fixed",
            path.name,
            key,
        )
    return outcome


def _store_paragraphs(revision: Revision, contract: dict) -> None:
    articles = {article.number: article for article in Article.objects.all()}
    states = {state.iso3: state for state in State.objects.all()}
    paragraphs = Paragraph.objects.bulk_create(
        [
            Paragraph(
                revision=revision,
                position=position,
                pid=entry["id"][:40],
                kind=entry["kind"],
                number=entry["number"] or "",
                resolution=entry["resolution"] or "",
                text=entry["text"],
                language=entry["language"] or "",
                page=entry["page"],
                references={
                    name: entry[name]
                    for name in (
                        "articles",
                        "chapters",
                        "resolutions",
                        "symbols",
                        "countries",
                        "organizations",
                    )
                },
                action=entry.get("action"),
                footnotes=entry["footnotes"],
            )
            for position, entry in enumerate(contract["paragraphs"])
        ]
    )
    article_rows, state_rows = [], []
    for paragraph, entry in zip(paragraphs, contract["paragraphs"], strict=True):
        for ref in entry["articles"]:
            if ref["article"] in articles:
                article_rows.append(
                    ArticleReference(
                        paragraph=paragraph,
                        article=articles[ref["article"]],
                        article_paragraph=ref.get("paragraph") or "",
                        subparagraph=ref.get("subparagraph") or "",
                        text=ref["text"][:300],
                    )
                )
        for ref in entry["countries"]:
            if ref["iso3"] in states:
                state_rows.append(
                    StateReference(paragraph=paragraph, state=states[ref["iso3"]], text=ref["text"][:300])
                )
    ArticleReference.objects.bulk_create(article_rows)
    StateReference.objects.bulk_create(state_rows)
