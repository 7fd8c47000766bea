"""Reading mandates. A mandate, a lineage link or a piece of evidence is as confidential as the document it
comes from: every page, export and API answer reads through these, so a mandate of a restricted document
(or evidence from one) never reaches a reader the document is hidden from. Rejected proposals are the
curators' business only."""

from __future__ import annotations

from django.db.models import QuerySet

from observatory.accounts.permissions import Action, can
from observatory.library.selectors import readable_visibilities

from .models import Decision, Evidence, Lineage, Mandate


def is_curator(user) -> bool:
    """Whether the reader curates mandates (sees proposals and rejected links, changes statuses)."""
    return can(user, Action.CURATE_MANDATES)


def visible_mandates(user) -> QuerySet[Mandate]:
    """The current mandates of documents the reader may see."""
    return Mandate.objects.filter(
        is_current=True, document__visibility__in=readable_visibilities(user)
    ).select_related("document")


def visible_evidence(user, mandate: Mandate) -> QuerySet[Evidence]:
    """The evidence of a mandate the reader may see: confirmed evidence from documents they may read;
    curators also see proposals and rejections."""
    evidence = mandate.evidence.filter(document__visibility__in=readable_visibilities(user))
    if not is_curator(user):
        evidence = evidence.filter(decision=Decision.CONFIRMED)
    return evidence.select_related("document")


def visible_lineage(user, mandate: Mandate) -> tuple[QuerySet[Lineage], QuerySet[Lineage]]:
    """(links to earlier mandates, links from later ones) that the reader may see, as for evidence."""
    levels = readable_visibilities(user)
    earlier = mandate.earlier_links.filter(earlier__document__visibility__in=levels, earlier__is_current=True)
    later = mandate.later_links.filter(later__document__visibility__in=levels, later__is_current=True)
    if not is_curator(user):
        earlier = earlier.filter(decision=Decision.CONFIRMED)
        later = later.filter(decision=Decision.CONFIRMED)
    return earlier.select_related("earlier__document"), later.select_related("later__document")
