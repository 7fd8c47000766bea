"""Evidence suggestions: paragraphs of later documents that respond to a mandate ("In response to the
request in paragraph 4 of resolution 7/5, the Secretariat organized three regional workshops …").
Proposals only: a curator confirms or rejects each (``curation.decide_evidence``).

**Candidates** are the paragraphs (numbered or plain text, not headings or footnotes) of the current
versions of documents of a later year than the mandate: reports, notes, States' submissions and other
papers. Resolutions and laws are not candidates: a later resolution that takes a mandate up is its
lineage, not evidence that it was carried out; nor are the recommendations of a report, which are
mandates themselves. A State's submission that is not public is never a candidate, whoever reads later.
A paragraph is one candidate whatever the number of its language versions (official documents number
their paragraphs alike in every language): its text is compared in the mandate's language when there is
a version in it, else in English, else in the first language in UN order.

**Signals**, each in [0, 1]:

- E, explicit reference (``matching.paragraph_citations``, in any language version): 1.0 when the
  paragraph names the mandate's paragraph — "pursuant to paragraph 4 of resolution 7/5", a bare
  "pursuant to paragraph 10" in a report whose title or section heading names resolution 7/5, "as
  noted in paragraph 7 above" when paragraph 7 of the same document names it, "paragraph 29 of
  CAC/COSP/WG.4/2016/4" for a report's recommendation; when the cited paragraph has several clauses
  (mandates), only the clause whose own words are nearest gets it. 0.5 when the paragraph names only the
  resolution (or the document) and the mandate is, of that resolution's mandates, the one nearest to it;
  else 0;
- S, shared subject: ½ · Jaccard(articles) + ½ · Jaccard(topics), the mandate's articles and topics
  against those the paragraph cites (topics through the articles they are mapped to);
- C, semantic similarity: the cosine of the sentence vectors (multilingual) of the paragraph and of the
  mandate's own words (a paragraph's opening clause without the text of its later clauses), floored at 0.

**Score** = ``EXPLICIT_WEIGHT`` · E + ``SUBJECT_WEIGHT`` · S + ``SEMANTIC_WEIGHT`` · C (0.6, 0.1, 0.3): an
explicit reference to the paragraph always ranks above any candidate without one, and similarity orders
the candidates within each level. A candidate is proposed only if one signal clears its bar: E > 0; or
S ≥ ``SUBJECT_MIN`` (0.5) with no other mandate of the resolution sharing more of its subject; or
C ≥ ``SEMANTIC_MIN`` (0.45) with no other mandate of the resolution nearer to it than this one by more
than ``COMPETITION_MARGIN`` (0) — a report paragraph mostly answers one mandate, and a mandate nothing
answers gets no proposal rather than three weak ones. The best ``limit`` (3) are stored as PROPOSED
evidence with the paragraph's text as it reads now; the method recorded is the strongest signal
(explicit, else similarity when C cleared its bar, else shared subject).

Decided evidence (confirmed or rejected) is never touched and never proposed again; proposals no longer
among the best are removed, so running the suggestions again ends as one clean run does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from observatory.core.errors import InvalidInput
from observatory.library.models import Document, DocumentKind, Paragraph, Visibility

from .matching import (
    UN_ORDER,
    Citation,
    Subject,
    adopted,
    current_revisions,
    heading_contexts,
    mandate_subjects,
    own_texts,
    paragraph_citations,
    paragraph_subject,
    paragraph_vectors,
    text_vectors,
    topics_by_article,
)
from .models import Decision, Evidence, Mandate, Method

EXPLICIT_WEIGHT = 0.6
SUBJECT_WEIGHT = 0.1
SEMANTIC_WEIGHT = 0.3
# Bars a candidate must clear on one signal at least, calibrated with bench/mandate_evidence.py.
SEMANTIC_MIN = 0.45
SUBJECT_MIN = 0.5
# A paragraph mostly answers one mandate: without an explicit reference, it qualifies for a mandate only
# if no other mandate of the same resolution is nearer to it by more than this (cosine), or, on subject
# alone, if none shares more of its subject.
COMPETITION_MARGIN = 0.0
DEFAULT_LIMIT = 3

SIGNALS = ("explicit", "subject", "semantic")

# Paragraph kinds that can answer a mandate, and document kinds that are never evidence.
CANDIDATE_PARAGRAPH_KINDS = ("numbered", "text")
NOT_EVIDENCE_KINDS = (DocumentKind.RESOLUTIONS, DocumentKind.LEGISLATION)
MIN_TEXT = 40  # shorter paragraphs are front matter ("Distr.: General 20 September 2019")
_INTERNAL_DEPTH = 2  # "paragraph 9 above" → paragraph 9 → what it cites (a chain this long at most)


@dataclass
class Candidate:
    """One paragraph (all its language versions) that may answer mandates."""

    document: Document
    pid: str
    position: int
    versions: dict[str, Paragraph]
    citations: list[Citation]
    subject: Subject

    def version(self, language: str) -> Paragraph:
        """The version to compare with a mandate in ``language``."""
        for code in (language, "en", *UN_ORDER):
            if code in self.versions:
                return self.versions[code]
        return next(iter(self.versions.values()))


@dataclass
class Scored:
    """A candidate's signals and score for one mandate (not stored)."""

    candidate: Candidate
    explicit: float
    subject: float
    semantic: float
    score: float
    method: str

    @property
    def key(self) -> tuple[int, str]:
        """(document id, paragraph id): what names the paragraph in an Evidence row."""
        return self.candidate.document.pk, self.candidate.pid


@dataclass
class Pool:
    """Candidate paragraphs of documents of a year after ``after`` (every dated document when None)."""

    candidates: list[Candidate]
    years: np.ndarray
    cited: np.ndarray  # whether each candidate cites a resolution or a document at all
    _vectors: dict[str, np.ndarray] = field(default_factory=dict)
    _siblings: dict[tuple, list[Mandate]] = field(default_factory=dict)
    _sibling_vectors: dict[tuple, np.ndarray] = field(default_factory=dict)

    @classmethod
    def after(cls, year: int | None, *, documents: Iterable[int] | None = None) -> Pool:
        """The candidates of documents dated after ``year`` (restricted to ``documents`` when given)."""
        query = Document.objects.exclude(kind__in=NOT_EVIDENCE_KINDS).filter(year__isnull=False)
        # Conservative whatever the reader: a State's submission that is not public is never proposed.
        query = query.exclude(Q(kind=DocumentKind.SUBMISSION) & ~Q(visibility=Visibility.PUBLIC))
        if year is not None:
            query = query.filter(year__gt=year)
        if documents is not None:
            query = query.filter(pk__in=list(documents))
        return cls.of_documents(list(query))

    @classmethod
    def of_documents(cls, documents: list[Document]) -> Pool:
        """The candidates of these documents."""
        revisions = current_revisions(d.pk for d in documents)
        by_revision = {
            rev: (doc_id, language) for doc_id, langs in revisions.items() for language, rev in langs.items()
        }
        paragraphs = Paragraph.objects.filter(revision_id__in=list(by_revision)).order_by(
            "revision_id", "position"
        )
        documents_by_id = {d.pk: d for d in documents}
        # A report's own recommendations ask for what is to come: they are mandates, not evidence.
        recommendations = set(
            Mandate.objects.filter(document_id__in=list(documents_by_id), is_current=True).values_list(
                "document_id", "pid"
            )
        )
        topics = topics_by_article()
        grouped: dict[tuple[int, str], dict[str, Paragraph]] = {}
        order: dict[tuple[int, str], int] = {}
        contexts: dict[tuple[int, str], str] = {}
        citations: dict[tuple[int, str], list[Citation]] = {}
        revision_paragraphs: dict[int, list[Paragraph]] = {}
        for paragraph in paragraphs:
            revision_paragraphs.setdefault(paragraph.revision_id, []).append(paragraph)
        for revision_id, rows in revision_paragraphs.items():
            document_id, language = by_revision[revision_id]
            context = heading_contexts(rows)
            for paragraph in rows:
                key = (document_id, paragraph.pid)
                found = paragraph_citations(
                    paragraph.text, paragraph.language or language, paragraph.references
                )
                citations.setdefault(key, []).extend(
                    _in_context(citation, context.get(paragraph.pid, "")) for citation in found
                )
                if (
                    paragraph.kind not in CANDIDATE_PARAGRAPH_KINDS
                    or len(paragraph.text) < MIN_TEXT
                    or key in recommendations
                ):
                    continue
                grouped.setdefault(key, {})[language] = paragraph
                order.setdefault(key, paragraph.position)
                contexts.setdefault(key, context.get(paragraph.pid, ""))
        candidates = []
        for key, versions in sorted(grouped.items(), key=lambda item: (item[0][0], order[item[0]])):
            document_id, pid = key
            resolved = _resolve_internal(document_id, citations.get(key, []), citations)
            subject = Subject()
            for version in versions.values():
                found = paragraph_subject(version.references, topics)
                subject = Subject(subject.articles | found.articles, subject.topics | found.topics)
            candidates.append(
                Candidate(documents_by_id[document_id], pid, order[key], versions, resolved, subject)
            )
        years = np.array([c.document.year for c in candidates], dtype=np.int32)
        cited = np.array([bool(c.citations) for c in candidates], dtype=bool)
        return cls(candidates=candidates, years=years, cited=cited)

    def vectors(self, language: str) -> np.ndarray:
        """The candidates' vectors, each in the version chosen for a mandate in ``language``."""
        if language not in self._vectors:
            chosen = [candidate.version(language) for candidate in self.candidates]
            self._vectors[language] = paragraph_vectors(chosen) if chosen else np.zeros((0, 1), np.float32)
        return self._vectors[language]

    def siblings(self, mandate: Mandate, by_resolution: bool = True) -> tuple[list[Mandate], np.ndarray]:
        """The mandates of the mandate's resolution (or, without one or when not ``by_resolution``, of its
        document), among which a citation of the resolution (document) or a paragraph must choose, with
        the vectors of their own words (``matching.own_texts``)."""
        if by_resolution and mandate.resolution:
            key: tuple = ("resolution", mandate.resolution)
            query = Mandate.objects.filter(resolution=mandate.resolution, is_current=True)
        else:
            key = ("document", mandate.document_id)
            query = Mandate.objects.filter(document_id=mandate.document_id, is_current=True)
        if key not in self._siblings:
            mandates = list(query.order_by("document_id", "position", "clause"))
            if not any(m.pk == mandate.pk for m in mandates):
                mandates.append(mandate)
            self._siblings[key] = mandates
            self._sibling_vectors[key] = text_vectors(own_texts(mandates))
        return self._siblings[key], self._sibling_vectors[key]


def _in_context(citation: Citation, context: str) -> Citation:
    """A bare paragraph citation ("pursuant to paragraph 10") read as one of the context resolution."""
    if citation.contextual and context:
        return Citation(
            resolution=context, paragraphs=citation.paragraphs, start=citation.start, end=citation.end
        )
    return citation


def _resolve_internal(
    document_id: int, citations: list[Citation], everything: dict[tuple[int, str], list[Citation]]
) -> list[Citation]:
    """Citations with "paragraph 7 above" replaced by what paragraph 7 of the same document cites."""
    resolved: list[Citation] = []
    todo = [(citation, 0) for citation in citations]
    while todo:
        citation, depth = todo.pop(0)
        if not citation.internal:
            if citation.resolution or citation.symbol:
                resolved.append(citation)
            continue
        if depth >= _INTERNAL_DEPTH:
            continue
        for number in citation.paragraphs:
            todo += [(inner, depth + 1) for inner in everything.get((document_id, number), [])]
    return list(dict.fromkeys(resolved))


def _explicit(mandate: Mandate, candidate: Candidate, vector: np.ndarray, pool: Pool) -> float:
    """The explicit signal E of a candidate for a mandate (see the module's doc)."""
    best = 0.0
    for citation in candidate.citations:
        if citation.resolution:
            if citation.resolution != mandate.resolution:
                continue
        elif citation.symbol:
            if citation.symbol not in {mandate.document.symbol, mandate.document.key}:
                continue
        else:
            continue
        siblings, vectors = pool.siblings(mandate, by_resolution=bool(citation.resolution))
        if citation.paragraphs:
            if mandate.number not in citation.paragraphs:
                continue
            # Of the cited paragraph's clauses, the one the paragraph is about.
            clauses = [
                row for row, m in enumerate(siblings) if m.number == mandate.number and m.pid == mandate.pid
            ]
            value = 1.0 if _nearest(siblings, vectors, clauses, vector) == mandate.pk else 0.0
        else:
            value = 0.5 if _nearest(siblings, vectors, range(len(siblings)), vector) == mandate.pk else 0.0
        best = max(best, value)
    return best


def _nearest(siblings: list[Mandate], vectors: np.ndarray, rows, vector: np.ndarray) -> int | None:
    """The id of the mandate among ``rows`` whose text is nearest to the paragraph's vector."""
    rows = list(rows)
    if not rows:
        return None
    return siblings[max(rows, key=lambda row: float(vectors[row] @ vector))].pk


def rank_evidence(
    mandate: Mandate,
    *,
    signals: Sequence[str] = SIGNALS,
    pool: Pool | None = None,
    exclude: set[tuple[int, str]] | frozenset = frozenset(),
) -> list[Scored]:
    """The candidates that qualify as evidence of a mandate, best first, without storing anything.

    ``signals``: which of "explicit", "subject", "semantic" count (the benchmark compares them);
    ``pool``: the candidates (those of documents later than the mandate when None); ``exclude``:
    (document id, paragraph id) pairs left out (the decided ones)."""
    unknown = set(signals) - set(SIGNALS)
    if unknown:
        raise ValueError(f"unknown evidence signals {sorted(unknown)}; use {', '.join(SIGNALS)}")
    year = adopted(mandate)[0]
    if year is None:
        return []  # no telling which documents came after it
    pool = pool or Pool.after(year)
    if not pool.candidates:
        return []
    later = (pool.years > year) & np.array([c.document.pk != mandate.document_id for c in pool.candidates])
    rows = np.flatnonzero(later)
    if not len(rows):
        return []
    siblings, sibling_vectors = pool.siblings(mandate)
    own = next(row for row, m in enumerate(siblings) if m.pk == mandate.pk)
    vectors = pool.vectors(mandate.language)
    # Cosines of every candidate with every mandate of the resolution: the competition for a paragraph.
    family = vectors[rows] @ sibling_vectors.T
    subjects = mandate_subjects(siblings)
    subject = subjects[mandate.pk]
    # Only candidates that may clear a bar are looked at one by one: cited ones, near ones, and those
    # sharing an article or a topic (in a large library, most candidates are none of these).
    worth = np.zeros(len(rows), dtype=bool)
    if "explicit" in signals:
        worth |= pool.cited[rows]
    if "semantic" in signals:
        worth |= family[:, own] >= SEMANTIC_MIN
    if "subject" in signals and (subject.articles or subject.topics):
        worth |= np.array([subject.shares(pool.candidates[row].subject) for row in rows], dtype=bool)
    scored: list[Scored] = []
    for index in np.flatnonzero(worth):
        row = rows[index]
        candidate = pool.candidates[row]
        if (candidate.document.pk, candidate.pid) in exclude:
            continue
        e = _explicit(mandate, candidate, vectors[row], pool) if "explicit" in signals else 0.0
        s = c = 0.0
        subject_bar = semantic_bar = False
        if "subject" in signals:
            s = subject.overlap(candidate.subject)
            if s >= SUBJECT_MIN:
                subject_bar = s >= max(subjects[m.pk].overlap(candidate.subject) for m in siblings)
        if "semantic" in signals:
            c = max(0.0, float(family[index, own]))
            semantic_bar = c >= SEMANTIC_MIN and c >= float(family[index].max()) - COMPETITION_MARGIN
        if not (e > 0 or subject_bar or semantic_bar):
            continue
        score = EXPLICIT_WEIGHT * e + SUBJECT_WEIGHT * s + SEMANTIC_WEIGHT * c
        method = Method.EXPLICIT if e > 0 else Method.SIMILARITY if semantic_bar else Method.SHARED_SUBJECT
        scored.append(Scored(candidate, e, s, c, round(score, 4), method))
    scored.sort(key=lambda item: (-item.score, item.candidate.document.pk, item.candidate.position))
    return scored


@transaction.atomic
def store_evidence(mandate: Mandate, chosen: Sequence[Scored]) -> list[Evidence]:
    """Make a mandate's proposed evidence these: create or update them with the paragraph's text, remove
    the proposals no longer chosen; decided evidence is left as it is."""
    existing = {
        (e.document_id, e.pid): e for e in Evidence.objects.select_for_update().filter(mandate=mandate)
    }
    stored: list[Evidence] = []
    for item in chosen:
        row = existing.get(item.key)
        if row is not None and row.decision != Decision.PROPOSED:
            continue
        values = {
            "text": item.candidate.version(mandate.language).text,
            "method": item.method,
            "score": item.score,
        }
        if row is None:
            row = Evidence.objects.create(
                mandate=mandate, document=item.candidate.document, pid=item.candidate.pid, **values
            )
        elif any(getattr(row, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(row, name, value)
            row.save(update_fields=list(values))
        stored.append(row)
    keep = {item.key for item in chosen}
    stale = [e.pk for key, e in existing.items() if key not in keep and e.decision == Decision.PROPOSED]
    if stale:
        Evidence.objects.filter(pk__in=stale, decision=Decision.PROPOSED).delete()
    return stored


def suggest_evidence(
    mandate: Mandate, *, limit: int = DEFAULT_LIMIT, pool: Pool | None = None
) -> list[Evidence]:
    """Propose the best ``limit`` paragraphs of later documents as evidence of a mandate and return the
    proposals stored. Decided evidence is never touched nor proposed again; a mandate no longer current
    gets none."""
    if not isinstance(limit, int) or limit < 1:
        raise InvalidInput(
            message=_("limit: give a whole number of proposals, 1 or more, not %(limit)r.")
            % {"limit": limit},
            details=[{"field": "limit", "value": str(limit)}],
        )
    if not mandate.is_current:
        return []
    decided = set(
        Evidence.objects.filter(mandate=mandate)
        .exclude(decision=Decision.PROPOSED)
        .values_list("document_id", "pid")
    )
    ranked = rank_evidence(mandate, pool=pool, exclude=decided)
    return store_evidence(mandate, ranked[:limit])


def suggest_evidence_from_document(document: Document, *, limit: int = DEFAULT_LIMIT) -> int:
    """After a document arrives: propose its paragraphs as evidence of the earlier mandates they answer
    (each such mandate's best ``limit`` are chosen again among every document, this one included), and,
    when the document has mandates of its own, propose evidence for them from the documents already in
    the library. Returns the number of proposals stored: for its own mandates, and of its paragraphs for
    earlier mandates."""
    count = 0
    own = list(Mandate.objects.filter(document=document, is_current=True).select_related("document"))
    earliest = min((y for y in (adopted(m)[0] for m in own) if y is not None), default=None)
    if own and earliest is not None:
        pool = Pool.after(earliest)
        count += sum(len(suggest_evidence(m, limit=limit, pool=pool)) for m in own)
    if document.year is None:
        return count
    mine = Pool.after(None, documents=[document.pk])
    if not mine.candidates:
        return count
    earlier = [
        m
        for m in Mandate.objects.filter(is_current=True).exclude(document=document).select_related("document")
        if (adopted(m)[0] or document.year) < document.year
    ]
    # Those it answers, and those it was proposed for before (a new revision may answer them no more).
    before = set(
        Evidence.objects.filter(document=document, decision=Decision.PROPOSED).values_list(
            "mandate_id", flat=True
        )
    )
    answered = [m for m in earlier if m.pk in before or rank_evidence(m, pool=mine)]
    if not answered:
        return count
    pool = Pool.after(min(adopted(m)[0] for m in answered))
    for mandate in answered:
        count += sum(
            1 for e in suggest_evidence(mandate, limit=limit, pool=pool) if e.document_id == document.pk
        )
    return count
