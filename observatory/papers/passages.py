"""The paragraphs a background paper draws on, read as its audience would read them.

A paper's **scope** is its articles, the articles of its topics and those of its call (the call's own and
its questions'). Its **passages** are the paragraphs of the current revisions of:

- the library documents of the call's published submissions, and
- the library's State documents (submissions, legislation, policies, cases, good practices) that cite
  an article of the scope,

whose document the paper's audience may read: the audience is a library visibility, so a paper written
for the public never gathers, clusters or cites a paragraph restricted to States parties or to the
Secretariat, whoever drafts it. Headings and lines too short to describe anything are left out, and a
document with several language versions is read once, in the paper's language when it has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from django.db.models import F

from observatory.collection.models import VISIBILITY_RANK, Submission
from observatory.convention.models import Article
from observatory.library.models import STATE_DOCUMENT_KINDS, ArticleReference, Paragraph
from observatory.search.embeddings import configured_name, get_embedder
from observatory.search.models import SearchVector

from .models import Paper

_HAN = re.compile(r"[\u3400-\u9fff]")
# Shorter than this, a line is a field's value ("Implemented: Yes") or a fragment, not an approach.
SHORTEST = 40
SHORTEST_HAN = 15


@dataclass(frozen=True)
class Gathered:
    """One paragraph of a paper's passages, with what the workbench shows about it."""

    paragraph_id: int
    text: str
    language: str
    pid: str = ""
    article: int | None = None  # the first article of the scope it concerns, None when it cites none
    document_id: int = 0
    document_key: str = ""
    document_title: str = ""
    state: str = ""  # ISO3 of the submitting State, "" for none
    regional_group: str = ""


def audience_levels(visibility: str) -> list[str]:
    """The visibility levels a paper written for ``visibility`` may draw on: that one and the wider."""
    rank = VISIBILITY_RANK[visibility]
    return [level for level, level_rank in VISIBILITY_RANK.items() if level_rank <= rank]


def scope_articles(paper: Paper) -> list[int]:
    """The article numbers of the paper's scope, ascending."""
    numbers = set(paper.articles.values_list("number", flat=True))
    numbers |= set(Article.objects.filter(topics__papers=paper).values_list("number", flat=True))
    if paper.call_id:
        numbers |= set(paper.call.articles.values_list("number", flat=True))
        numbers |= {
            number
            for pair in paper.call.questions.values_list("article__number", "checklist_item__article__number")
            for number in pair
            if number is not None
        }
    return sorted(numbers)


def _long_enough(text: str) -> bool:
    return len(text) >= (SHORTEST_HAN if _HAN.search(text) else SHORTEST)


def gather(paper: Paper) -> list[Gathered]:
    """The paper's passages, by document and position."""
    articles = scope_articles(paper)
    levels = audience_levels(paper.visibility)
    current = Paragraph.objects.filter(
        revision__version__current=F("revision"),
        revision__version__document__visibility__in=levels,
    ).exclude(kind="heading")
    ids: set[int] = set()
    if paper.call_id:
        documents = Submission.objects.filter(call_id=paper.call_id, library_document__isnull=False)
        ids |= set(
            current.filter(revision__version__document__in=documents.values("library_document")).values_list(
                "pk", flat=True
            )
        )
    if articles:
        ids |= set(
            current.filter(
                revision__version__document__kind__in=STATE_DOCUMENT_KINDS,
                article_references__article__number__in=articles,
            ).values_list("pk", flat=True)
        )
    cited: dict[int, int] = {}
    for paragraph_id, number in ArticleReference.objects.filter(
        paragraph_id__in=ids, article__number__in=articles
    ).values_list("paragraph_id", "article__number"):
        cited[paragraph_id] = min(number, cited.get(paragraph_id, number))
    rows = (
        Paragraph.objects.filter(pk__in=ids)
        .order_by("revision__version__document_id", "revision__version_id", "position")
        .values_list(
            "pk",
            "text",
            "language",
            "pid",
            "revision__version__language",
            "revision__version__document_id",
            "revision__version__document__key",
            "revision__version__document__title",
            "revision__version__document__state__iso3",
            "revision__version__document__state__regional_group",
        )
    )
    # One language version per document: the paper's language when the document has it, else its first.
    versions: dict[int, set[str]] = {}
    materialised = list(rows)
    for row in materialised:
        versions.setdefault(row[5], set()).add(row[4])
    gathered = []
    for pk, text, language, pid, version_language, document_id, key, title, iso3, group in materialised:
        languages = versions[document_id]
        wanted = paper.language if paper.language in languages else min(languages)
        if version_language != wanted or not _long_enough(text):
            continue
        gathered.append(
            Gathered(
                paragraph_id=pk,
                text=text,
                language=language or version_language,
                pid=pid,
                article=cited.get(pk),
                document_id=document_id,
                document_key=key,
                document_title=title,
                state=iso3 or "",
                regional_group=group or "",
            )
        )
    return gathered


def vectors(passages: list[Gathered]) -> np.ndarray:
    """The embeddings of the passages, in order: those the search index stored, the others embedded
    now (the index writer stores them in its own time)."""
    model = configured_name()
    embedder = get_embedder(model)
    out = np.zeros((len(passages), embedder.dimensions), dtype=np.float32)
    row_of = {passage.paragraph_id: row for row, passage in enumerate(passages)}
    found = set()
    ids = list(row_of)
    for start in range(0, len(ids), 2000):
        for paragraph_id, blob in SearchVector.objects.filter(
            model=model, paragraph_id__in=ids[start : start + 2000]
        ).values_list("paragraph_id", "vector"):
            out[row_of[paragraph_id]] = np.frombuffer(bytes(blob), dtype=np.float32)
            found.add(paragraph_id)
    missing = [row for row, passage in enumerate(passages) if passage.paragraph_id not in found]
    if missing:
        out[missing] = embedder.embed([passages[row].text for row in missing])
    return out
