"""How fresh a record is: confirmed within the year, due for reconfirmation, or stale.

The Conference keeps asking States to keep their authorities' information up to date; the directory
measures it by the last time someone confirmed a record as correct (a confirmation, or a validated
change). A record not confirmed for over a year is **stale**, and says so wherever it appears (list,
page, country profile, API, exports); in the month before, it is **due**, and the yearly request goes to
its State's focal points then (``reconfirmation.send_reconfirmation_requests``).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.db.models.enums import TextChoices
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

#: A record not confirmed for longer than this is stale.
STALE_AFTER = datetime.timedelta(days=365)
#: How long before it would turn stale a record is due, and its State asked to confirm it.
DUE_BEFORE = datetime.timedelta(days=30)


class FreshnessLevel(TextChoices):
    """The three levels of freshness, as filters and badges name them."""

    CURRENT = "current", _("Confirmed within the year")
    DUE = "due", _("Due for reconfirmation")
    STALE = "stale", _("Stale: not confirmed for over a year")


@dataclass(frozen=True)
class Freshness:
    """A record's freshness at one moment."""

    level: str
    last_confirmed_at: datetime.datetime | None
    #: When it turns (or turned) stale; None when never confirmed.
    stale_from: datetime.datetime | None

    @property
    def is_stale(self) -> bool:
        """Whether the record was not confirmed for over a year (or never)."""
        return self.level == FreshnessLevel.STALE

    @property
    def is_due(self) -> bool:
        """Whether the record turns stale within ``DUE_BEFORE``."""
        return self.level == FreshnessLevel.DUE

    @property
    def label(self) -> str:
        """The level in the interface language."""
        return str(FreshnessLevel(self.level).label)


def freshness_of(
    last_confirmed_at: datetime.datetime | None, now: datetime.datetime | None = None
) -> Freshness:
    """The freshness of a record last confirmed at ``last_confirmed_at`` (None: never), at ``now``."""
    now = now or timezone.now()
    if last_confirmed_at is None:
        return Freshness(FreshnessLevel.STALE, None, None)
    stale_from = last_confirmed_at + STALE_AFTER
    if now >= stale_from:
        level = FreshnessLevel.STALE
    elif now >= stale_from - DUE_BEFORE:
        level = FreshnessLevel.DUE
    else:
        level = FreshnessLevel.CURRENT
    return Freshness(level, last_confirmed_at, stale_from)


def freshness_filter(level: str, now: datetime.datetime | None = None) -> Q:
    """The records of one freshness level at ``now``, as a filter on ``Authority``."""
    now = now or timezone.now()
    stale_before, due_before = now - STALE_AFTER, now - STALE_AFTER + DUE_BEFORE
    if level == FreshnessLevel.STALE:
        return Q(last_confirmed_at__isnull=True) | Q(last_confirmed_at__lte=stale_before)
    if level == FreshnessLevel.DUE:
        return Q(last_confirmed_at__gt=stale_before, last_confirmed_at__lte=due_before)
    return Q(last_confirmed_at__gt=due_before)


def needs_reconfirmation() -> Q:
    """Records that are due or stale now (what the yearly request asks about)."""
    return freshness_filter(FreshnessLevel.STALE) | freshness_filter(FreshnessLevel.DUE)
