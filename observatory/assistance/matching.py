"""Matches between open needs and offers: the register suggests them, the Secretariat confirms or rejects.

**Which pairs are considered.** An open need (current, anticipated or unmet, not withdrawn) and an active
offer whose period has not ended and that serves the need's State: an offer naming regional groups serves
the States of those groups only; one naming none serves every State.

**The score** (0 to 1) of a pair is a weighted sum of four signals, each from 0 to 1::

    score = 0.35 × kind + 0.25 × article + 0.10 × region + 0.30 × text

- *kind*: 1 when the need's kind is among the offer's kinds, else 0;
- *article*: 1 when the offer names one of the need's articles; 0.5 when the offer names none (it covers
  the whole Convention) or the need names none; 0.25 when the offer names an article of the same chapter
  of the Convention; else 0;
- *region*: 1 when the offer names the State's regional group; 0.5 when it serves every State;
- *text*: how close the need's description is to the offer's programme and description: the cosine of
  their sentence vectors (the search's multilingual embedder, shipped with its weights: a need written in
  Arabic finds an offer written in English), rescaled so that what unrelated texts score counts nothing
  and what close ones score counts fully: ``(cosine − 0.15) / 0.45``, kept between 0 and 1. (Measured on
  the demo's needs and offers: unrelated pairs score 0.05–0.2, pairs on the same subject 0.3–0.7; the
  cosine itself is kept with the signals.)

A pair scoring at least ``THRESHOLD`` (0.6) is suggested, at most ``PER_NEED`` (3) per need, best first:
a kind that matches passes it with the same article, or with an article of the same chapter and a text
on the same subject; an offer of another kind only with the same article, the State's region and a text
that says much the same. Suggesting again updates the score of pairs still proposed and never touches
a decided one (a rejected pair is not proposed again).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

import numpy as np
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from observatory.audit.services import record
from observatory.convention.models import Article
from observatory.core.errors import Conflict, InvalidInput, PermissionDenied
from observatory.search.embeddings import get_embedder

from .models import OPEN_STATUSES, Decision, Kind, Match, MatchMethod, Need, NeedStatus, Offer
from .needs import change_status
from .selectors import is_curator

WEIGHTS = {"kind": 0.35, "article": 0.25, "region": 0.10, "text": 0.30}
THRESHOLD = 0.6
#: The cosine that counts nothing, and the span over which the text signal rises to 1.
TEXT_FLOOR, TEXT_SPAN = 0.15, 0.45
PER_NEED = 3


@dataclass
class SuggestReport:
    """What one run of the suggestions did."""

    considered: int = 0  # pairs scored
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)

    def line(self) -> str:
        """One sentence for a command's output or a page's message."""
        return (
            f"Matches: {self.considered} pairs scored, {len(self.created)} suggested, "
            f"{len(self.updated)} re-scored."
        )


def _require_curator(actor) -> None:
    if not is_curator(actor):
        raise PermissionDenied(message=_("Only the Secretariat decides on matches."))


def serves(offer: Offer, regional_group: str) -> bool:
    """Whether the offer serves States of the regional group (an offer naming no group serves all)."""
    return not offer.regions or regional_group in offer.regions


def running(offer: Offer, today: datetime.date) -> bool:
    """Whether the offer is active and its period has not ended."""
    return offer.is_active and (offer.ends is None or offer.ends >= today)


def signals(
    need: Need,
    offer: Offer,
    *,
    need_articles: set[int],
    offer_articles: set[int],
    chapters: dict[int, int],
    text: float,
) -> dict[str, float]:
    """The four signals of a pair (see the module's docstring), and the texts' cosine they read."""
    if need_articles & offer_articles:
        article = 1.0
    elif not need_articles or not offer_articles:
        article = 0.5
    elif {chapters.get(n) for n in need_articles} & {chapters.get(n) for n in offer_articles}:
        article = 0.25
    else:
        article = 0.0
    cosine = float(text)
    return {
        "kind": 1.0 if need.kind in offer.kinds else 0.0,
        "article": article,
        "region": 1.0 if need.state.regional_group in offer.regions else 0.5,
        "text": round(min(1.0, max(0.0, (cosine - TEXT_FLOOR) / TEXT_SPAN)), 4),
        "cosine": round(cosine, 4),
    }


def score(parts: dict[str, float]) -> float:
    """The weighted sum of the signals, rounded to four decimals."""
    return round(sum(WEIGHTS[name] * parts[name] for name in WEIGHTS), 4)


def _need_text(need: Need) -> str:
    return need.description or str(dict(Kind.choices).get(need.kind, need.kind))


def _offer_text(offer: Offer) -> str:
    return f"{offer.programme}. {offer.description}".strip()


def _vectors(texts: list[str]) -> np.ndarray:
    if not texts:
        return np.zeros((0, 1), dtype=np.float32)
    return get_embedder().embed(texts)


@transaction.atomic
def suggest_matches(
    actor,
    *,
    needs=None,
    offers=None,
    today: datetime.date | None = None,
    threshold: float = THRESHOLD,
    per_need: int = PER_NEED,
) -> SuggestReport:
    """Score every open need (of ``needs``, all by default) against every running offer that serves its
    State (of ``offers``, all by default), and store the best pairs as proposed matches (see the module's
    docstring). The Secretariat's (or a command's) work; audited."""
    _require_curator(actor)
    today = today or timezone.localdate()
    need_rows = list(
        (needs if needs is not None else Need.objects.all())
        .filter(status__in=OPEN_STATUSES, withdrawn=False)
        .select_related("state")
        .prefetch_related("articles")
        .order_by("pk")
    )
    offer_rows = [
        offer
        for offer in (offers if offers is not None else Offer.objects.all())
        .prefetch_related("articles")
        .order_by("pk")
        if running(offer, today)
    ]
    report = SuggestReport()
    if not need_rows or not offer_rows:
        return report
    chapters = dict(Article.objects.values_list("number", "chapter__number"))
    need_vectors = _vectors([_need_text(need) for need in need_rows])
    offer_vectors = _vectors([_offer_text(offer) for offer in offer_rows])
    similarity = need_vectors @ offer_vectors.T
    offer_articles = {offer.pk: {a.number for a in offer.articles.all()} for offer in offer_rows}
    existing = {
        (match.need_id, match.offer_id): match
        for match in Match.objects.select_for_update().filter(
            need__in=[n.pk for n in need_rows], offer__in=[o.pk for o in offer_rows]
        )
    }
    for row, need in enumerate(need_rows):
        articles = {a.number for a in need.articles.all()}
        scored = []
        for column, offer in enumerate(offer_rows):
            if not serves(offer, need.state.regional_group):
                continue
            report.considered += 1
            parts = signals(
                need,
                offer,
                need_articles=articles,
                offer_articles=offer_articles[offer.pk],
                chapters=chapters,
                text=similarity[row, column],
            )
            total = score(parts)
            if total >= threshold:
                scored.append((total, offer.pk, offer, parts))
        scored.sort(key=lambda item: (-item[0], item[1]))
        for total, _pk, offer, parts in scored[:per_need]:
            match = existing.get((need.pk, offer.pk))
            if match is None:
                match = Match.objects.create(
                    need=need, offer=offer, score=total, signals=parts, method=MatchMethod.SUGGESTED
                )
                report.created.append(match.pk)
            elif match.decision == Decision.PROPOSED and (match.score != total or match.signals != parts):
                match.score, match.signals = total, parts
                match.save(update_fields=["score", "signals"])
                report.updated.append(match.pk)
    if report.created or report.updated:
        record(
            actor=actor,
            action="assistance.match.suggest",
            object_type="assistance.match",
            after={"considered": report.considered, "created": report.created, "updated": report.updated},
        )
    return report


@transaction.atomic
def propose_match(actor, need: Need, offer: Offer, *, note: str = "") -> Match:
    """The Secretariat pairs a need with an offer by hand (scored as the register would score it)."""
    _require_curator(actor)
    if Match.objects.filter(need=need, offer=offer).exists():
        raise Conflict(
            message=_("This need and this offer are already paired: decide on that match."),
            details=[{"field": "offer", "value": offer.pk}],
        )
    chapters = dict(Article.objects.values_list("number", "chapter__number"))
    vectors = _vectors([_need_text(need), _offer_text(offer)])
    parts = signals(
        need,
        offer,
        need_articles={a.number for a in need.articles.all()},
        offer_articles={a.number for a in offer.articles.all()},
        chapters=chapters,
        text=float(vectors[0] @ vectors[1]),
    )
    match = Match.objects.create(
        need=need,
        offer=offer,
        score=score(parts),
        signals=parts,
        method=MatchMethod.SECRETARIAT,
        note=note.strip(),
    )
    record(
        actor=actor,
        action="assistance.match.propose",
        obj=match,
        after={"need": need.pk, "offer": offer.pk, "score": match.score},
    )
    return match


@transaction.atomic
def decide_match(
    actor, match: Match, decision: str, *, note: str = "", at: datetime.datetime | None = None
) -> Match:
    """The Secretariat confirms or rejects a match (and may change its mind, which is audited too).
    Confirming a match of an open need marks the need "being met", in its status history."""
    _require_curator(actor)
    if decision not in (Decision.CONFIRMED, Decision.REJECTED):
        raise InvalidInput(
            message=_("Decide “confirmed” or “rejected”."),
            details=[
                {"field": "decision", "value": decision, "accepted": [Decision.CONFIRMED, Decision.REJECTED]}
            ],
        )
    match = Match.objects.select_for_update().select_related("need__state", "offer").get(pk=match.pk)
    if match.decision == decision and (not note or note.strip() == match.note):
        return match
    at = at or timezone.now()
    before = {"decision": match.decision}
    person = actor if getattr(actor, "is_authenticated", False) else None
    match.decision, match.decided_by, match.decided_at = decision, person, at
    if note.strip():
        match.note = note.strip()
    match.save(update_fields=["decision", "decided_by", "decided_at", "note"])
    record(
        actor=actor,
        action="assistance.match.decide",
        obj=match,
        before=before,
        after={"decision": decision, "note": match.note},
    )
    need = match.need
    if decision == Decision.CONFIRMED and need.status in OPEN_STATUSES and not need.withdrawn:
        change_status(
            actor,
            need,
            NeedStatus.BEING_MET,
            note=_("Match with %(offer)s confirmed.") % {"offer": str(match.offer)},
            at=at,
        )
    return match
