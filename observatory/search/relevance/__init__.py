"""A relevance fixture for evaluating search: a parallel corpus in the six UN languages and judged queries.

Seven short documents, written for this fixture in the style of Secretariat summaries of State
submissions (not taken from any published text), each in Arabic, Chinese, English, French, Russian and
Spanish. The language versions are translations of one another paragraph by paragraph, with the same
paragraph ids ("1", "2", …), so a relevance judgment on a paragraph holds in every language. The topics
share vocabulary on purpose (declarations of assets and of interests, reporting of corruption and of
suspicious transactions, registers, gifts, civil society), so that ranking matters:

- ``asset-declarations``: asset declaration systems and their verification;
- ``reporting-persons``: protection of reporting persons (whistle-blowers);
- ``public-procurement``: open tenders, electronic procurement, review, debarment, collusion;
- ``codes-of-conduct``: codes of conduct and conflicts of interest (gifts, outside activities,
  post-employment restrictions);
- ``beneficial-ownership``: beneficial ownership registers and the prevention of money-laundering;
- ``awareness-raising``: awareness-raising, education and the participation of civil society;
- ``judicial-integrity``: integrity of the judiciary and the prosecution services.

``documents()`` gives every language version, ``queries()`` the judged queries (at least ten in each
language), ``as_text_file()`` a document as the plain text the importer reads, and ``ndcg_at_k`` and
``recall_at_k`` score a ranking against a query's judgments.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import (
    asset_declarations,
    awareness_raising,
    beneficial_ownership,
    codes_of_conduct,
    judicial_integrity,
    public_procurement,
    reporting_persons,
)
from .judged_queries import QUERIES
from .metrics import dcg, ndcg_at_k, recall_at_k

__all__ = [
    "LANGUAGES",
    "SLUGS",
    "RelevanceDocument",
    "RelevanceQuery",
    "as_text_file",
    "dcg",
    "document",
    "documents",
    "ndcg_at_k",
    "queries",
    "recall_at_k",
]

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")

_TOPICS = (
    asset_declarations,
    reporting_persons,
    public_procurement,
    codes_of_conduct,
    beneficial_ownership,
    awareness_raising,
    judicial_integrity,
)

SLUGS = tuple(topic.SLUG for topic in _TOPICS)


@dataclass(frozen=True)
class RelevanceDocument:
    """One language version of a fixture document: its paragraphs as (id, text), in order."""

    slug: str
    language: str
    title: str
    paragraphs: tuple[tuple[str, str], ...]

    @property
    def ids(self) -> tuple[str, ...]:
        """The paragraph ids, in order."""
        return tuple(pid for pid, _ in self.paragraphs)

    def paragraph(self, pid: str) -> str:
        """The text of paragraph ``pid``; KeyError when the document has no such paragraph."""
        for candidate, text in self.paragraphs:
            if candidate == pid:
                return text
        raise KeyError(pid)


@dataclass(frozen=True)
class RelevanceQuery:
    """A search as a person would type it, with its judged paragraphs.

    ``judgments`` maps (document slug, paragraph id) to a grade: 2 answers the query, 1 is related. It is
    independent of language: the same paragraph id is relevant in every language version."""

    id: str
    language: str
    text: str
    judgments: dict[tuple[str, str], int]

    def relevant(self, min_grade: int = 1) -> set[tuple[str, str]]:
        """The judged paragraphs with at least ``min_grade``."""
        return {item for item, grade in self.judgments.items() if grade >= min_grade}


def documents() -> tuple[RelevanceDocument, ...]:
    """Every document in every language: seven topics × six languages, topic by topic, in the order of
    ``LANGUAGES`` within a topic."""
    return tuple(
        RelevanceDocument(
            slug=topic.SLUG,
            language=language,
            title=topic.VERSIONS[language][0],
            paragraphs=tuple(
                (str(number), text) for number, text in enumerate(topic.VERSIONS[language][1], start=1)
            ),
        )
        for topic in _TOPICS
        for language in LANGUAGES
    )


def document(slug: str, language: str) -> RelevanceDocument:
    """The ``language`` version of the document ``slug``; KeyError when there is none."""
    for doc in documents():
        if doc.slug == slug and doc.language == language:
            return doc
    raise KeyError((slug, language))


def queries() -> tuple[RelevanceQuery, ...]:
    """The judged queries, language by language (each with its own copy of its judgments)."""
    return tuple(
        RelevanceQuery(id=qid, language=language, text=text, judgments=dict(judgments))
        for qid, language, text, judgments in QUERIES
    )


def as_text_file(doc: RelevanceDocument) -> str:
    """The document as a plain-text file: the title line, a blank line, then the numbered paragraphs
    ("1. …", "2. …") separated by blank lines, ending with a newline."""
    body = "\n\n".join(f"{pid}. {text}" for pid, text in doc.paragraphs)
    return f"{doc.title}\n\n{body}\n"
