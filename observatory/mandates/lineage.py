"""Lineage suggestions: which earlier mandates a later mandate recalls, reaffirms, reiterates, supersedes
or continues. Proposals only: a curator confirms or rejects each (``curation.decide_lineage``).

Two methods, each recorded on the link:

- **explicit** — the later mandate's paragraph (in any of its language versions) cites an earlier
  resolution of the Conference ("its resolution 7/5 of 10 November 2017", "paragraph 4 of resolution
  7/5", "au paragraphe 4 de la résolution 7/5"; see ``matching.paragraph_citations``). When it names the
  paragraph, the link goes to that paragraph's mandate (of its clauses, the one whose text is nearest),
  with score 1.0; when it names only the resolution, to the resolution's mandate whose text is nearest,
  with that cosine as the score.
- **similarity** — mandates of earlier sessions whose sentence vector is within ``SIMILARITY_THRESHOLD``
  (cosine) of the later mandate's, the ``SIMILARITY_LIMIT`` nearest, scored by the cosine. The
  multilingual embedder compares a French resolution with an English one as well as two English ones.

The relation is read from the later paragraph: "supersedes", "replaces", "in lieu of" (and their
equivalents in the six languages) make it ``supersedes`` for the mandates it cites; an opening verb
"Reiterates", "Reaffirms" or "Recalls" (the English base the extraction records whatever the language)
gives that relation, as do those words right before the citation; anything else ``continues``. Later
clauses of a paragraph ("…, and requests the Secretariat to …") take the paragraph's citations but their
own verb.

Re-running the suggestions ends as one clean run does: proposals are created, updated or, when no longer
suggested, removed, while a link a curator decided (confirmed or rejected) is never touched again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from django.db import transaction

from observatory.library.models import Document

from .matching import (
    Citation,
    is_earlier,
    mandate_paragraphs,
    own_texts,
    paragraph_citations,
    text_vectors,
)
from .models import Decision, Lineage, LineageRelation, Mandate, Method

# Calibrated on the project's mandate-evidence fixture with bench/mandate_evidence.py, which prints the
# figures: with the multilingual Universal Sentence Encoder, the mandates a later resolution
# carries forward sit at 0.61–1.0 from their earlier wording (0.61–0.90 when the later one is French),
# unrelated mandates of the same field at most 0.54.
SIMILARITY_THRESHOLD = 0.60
SIMILARITY_LIMIT = 3  # similar earlier mandates proposed per later mandate, at most
EXPLICIT_SCORE = 1.0

METHODS = ("explicit", "similarity")

_SUPERSEDES = re.compile(
    r"supersed|\breplac|in lieu of|remplac|se substitu|au lieu d|en lieu et place|sustitu|reemplaz"
    r"|en lugar de|заменя|вместо|[يت]حل\s[^.،؛]{0,40}?محل|بدلا من|بدلاً من|عوضا عن|取代|代替|替代",
    re.IGNORECASE,
)
_VERB_RELATIONS = {
    "reiterates": LineageRelation.REITERATES,
    "reaffirms": LineageRelation.REAFFIRMS,
    "recalls": LineageRelation.RECALLS,
}
# Words right before a citation that say how it is taken up, most specific first ("重申" is both).
_NEAR_CITATION = (
    (
        LineageRelation.REITERATES,
        re.compile(
            r"reiterat|réitèr|reiter|вновь\s+(?:обращается|призывает|просит)|يكرر|يكرّر", re.IGNORECASE
        ),
    ),
    (
        LineageRelation.REAFFIRMS,
        re.compile(r"reaffirm|réaffirm|reafirm|подтвержда|يؤكد\s+من\s+جديد|重申", re.IGNORECASE),
    ),
    (
        LineageRelation.RECALLS,
        re.compile(r"recall|rappel|recuerd|recordando|ссыла|напомина|يشير|يستذكر|回顾", re.IGNORECASE),
    ),
)
_NEAR_WINDOW = 80  # characters before a citation read for those words


@dataclass
class Proposal:
    """A suggested link to an earlier mandate (not stored)."""

    earlier: Mandate
    relation: str
    method: str
    score: float


@dataclass
class Pool:
    """The current mandates that later ones may be linked to, with their sentence vectors."""

    mandates: list[Mandate]
    vectors: np.ndarray  # of the mandates' texts
    own_vectors: np.ndarray  # of their own words (matching.own_texts), to choose among a paragraph's clauses
    by_resolution: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, mandates: Sequence[Mandate]) -> Pool:
        """A pool of these mandates (their vectors computed, or taken from the process's cache)."""
        mandates = list(mandates)
        if mandates:
            vectors, own = text_vectors([m.text for m in mandates]), text_vectors(own_texts(mandates))
        else:
            vectors = own = np.zeros((0, 1), np.float32)
        pool = cls(mandates=mandates, vectors=vectors, own_vectors=own)
        for row, mandate in enumerate(mandates):
            if mandate.resolution:
                pool.by_resolution.setdefault(mandate.resolution, []).append(row)
        return pool

    @classmethod
    def current(cls) -> Pool:
        """Every current mandate."""
        return cls.of(Mandate.objects.filter(is_current=True).select_related("document"))


def relation_of(mandate: Mandate, text: str, citation: Citation | None) -> str:
    """How a later mandate takes up an earlier one (see the module's doc)."""
    if citation is not None and _SUPERSEDES.search(text):
        return LineageRelation.SUPERSEDES
    if mandate.verb_base in _VERB_RELATIONS:
        return _VERB_RELATIONS[mandate.verb_base]
    if citation is not None and mandate.clause == 0:
        before = text[max(0, citation.start - _NEAR_WINDOW) : citation.start]
        for relation, pattern in _NEAR_CITATION:
            if pattern.search(before):
                return relation
    return LineageRelation.CONTINUES


def rank_lineage(
    mandate: Mandate,
    *,
    methods: Sequence[str] = METHODS,
    pool: Pool | None = None,
    threshold: float = SIMILARITY_THRESHOLD,
) -> list[Proposal]:
    """The links a later mandate should have to earlier ones, best first, without storing anything.

    ``methods``: "explicit", "similarity" or both (the benchmark compares them); ``pool``: the candidate
    mandates (every current one when None), of which only those of earlier sessions are considered.
    """
    unknown = set(methods) - set(METHODS)
    if unknown:
        raise ValueError(f"unknown lineage methods {sorted(unknown)}; use {', '.join(METHODS)}")
    pool = pool or Pool.current()
    eligible = np.array(
        [
            m.document_id != mandate.document_id and m.is_current and is_earlier(m, mandate)
            for m in pool.mandates
        ],
        dtype=bool,
    )
    if not eligible.any():
        return []
    vector = text_vectors([mandate.text])[0]
    cosines = pool.vectors @ vector
    found: dict[int, Proposal] = {}
    if "explicit" in methods:
        for row, proposal in _explicit(mandate, pool, eligible, cosines, pool.own_vectors @ vector):
            if row not in found or found[row].score < proposal.score:
                found[row] = proposal
    if "similarity" in methods:
        ranked = [row for row in np.argsort(-cosines) if eligible[row] and cosines[row] >= threshold]
        for row in ranked[:SIMILARITY_LIMIT]:
            if row not in found:
                found[row] = Proposal(
                    earlier=pool.mandates[row],
                    relation=relation_of(mandate, mandate.text, None),
                    method=Method.SIMILARITY,
                    score=_score(cosines[row]),
                )
    return sorted(found.values(), key=lambda p: -p.score)


def _explicit(mandate: Mandate, pool: Pool, eligible: np.ndarray, cosines: np.ndarray, own: np.ndarray):
    """(pool row, proposal) for each earlier mandate the later mandate's paragraph cites; ``cosines`` and
    ``own``: the later mandate's cosine with each mandate of the pool, its text and its own words."""
    for paragraph in mandate_paragraphs(mandate):
        for citation in paragraph_citations(paragraph.text, paragraph.language, paragraph.references):
            if not citation.resolution or citation.resolution == mandate.resolution:
                continue
            rows = [row for row in pool.by_resolution.get(citation.resolution, []) if eligible[row]]
            if not rows:
                continue
            relation = relation_of(mandate, paragraph.text, citation)
            if citation.paragraphs:
                for number in citation.paragraphs:
                    clauses = [row for row in rows if pool.mandates[row].number == number]
                    if clauses:
                        # The cited paragraph's clause that the later text is about.
                        best = max(clauses, key=lambda row: own[row])
                        yield best, Proposal(pool.mandates[best], relation, Method.EXPLICIT, EXPLICIT_SCORE)
            else:
                best = max(rows, key=lambda row: cosines[row])
                yield best, Proposal(pool.mandates[best], relation, Method.EXPLICIT, _score(cosines[best]))


def _score(value) -> float:
    return round(float(min(1.0, max(0.0, value))), 4)


@transaction.atomic
def store_lineage(mandate: Mandate, proposals: Sequence[Proposal]) -> list[Lineage]:
    """Make the proposed links of a later mandate these: create or update the proposals, remove the
    proposals no longer suggested; links a curator decided are left as they are."""
    existing = {link.earlier_id: link for link in Lineage.objects.select_for_update().filter(later=mandate)}
    stored: list[Lineage] = []
    kept: set[int] = set()
    for proposal in proposals:
        link = existing.get(proposal.earlier.pk)
        kept.add(proposal.earlier.pk)
        if link is not None and link.decision != Decision.PROPOSED:
            continue
        values = {"relation": proposal.relation, "method": proposal.method, "score": proposal.score}
        if link is None:
            link = Lineage.objects.create(later=mandate, earlier=proposal.earlier, **values)
        elif any(getattr(link, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(link, name, value)
            link.save(update_fields=list(values))
        stored.append(link)
    stale = [
        link.pk
        for earlier_id, link in existing.items()
        if earlier_id not in kept and link.decision == Decision.PROPOSED
    ]
    if stale:
        Lineage.objects.filter(pk__in=stale, decision=Decision.PROPOSED).delete()
    return stored


def suggest_lineage(mandate: Mandate, *, pool: Pool | None = None) -> list[Lineage]:
    """Propose the links of a later mandate to earlier ones (explicit references and similarity) and
    return the proposals stored. Decided links are never touched; a mandate no longer current gets none."""
    if not mandate.is_current:
        return []
    proposals = rank_lineage(mandate, pool=pool)
    decided = set(
        Lineage.objects.filter(later=mandate)
        .exclude(decision=Decision.PROPOSED)
        .values_list("earlier_id", flat=True)
    )
    return store_lineage(mandate, [p for p in proposals if p.earlier.pk not in decided])


def suggest_lineage_for_document(document: Document) -> int:
    """Propose lineage for a document's mandates, both ways: its mandates to earlier ones, and later
    mandates already in the library (imported before this document) to its mandates when they cite its
    resolutions or are similar enough. Returns the number of proposals stored."""
    pool = Pool.current()
    mine = [row for row, m in enumerate(pool.mandates) if m.document_id == document.pk]
    if not mine:
        return 0
    count = sum(len(suggest_lineage(pool.mandates[row], pool=pool)) for row in mine)
    resolutions = {pool.mandates[row].resolution for row in mine if pool.mandates[row].resolution}
    own = pool.vectors[mine]
    for row, later in enumerate(pool.mandates):
        if later.document_id == document.pk or not any(is_earlier(pool.mandates[r], later) for r in mine):
            continue
        similar = float((own @ pool.vectors[row]).max()) >= SIMILARITY_THRESHOLD
        if similar or _cites(later, resolutions):
            count += len(suggest_lineage(later, pool=pool))
    return count


def _cites(mandate: Mandate, resolutions: set[str]) -> bool:
    """Whether the mandate's paragraph cites one of these resolutions."""
    if not resolutions:
        return False
    for paragraph in mandate_paragraphs(mandate):
        for entry in (paragraph.references or {}).get("resolutions") or []:
            if entry.get("number") in resolutions:
                return True
    return False
