"""Freshness: confirmed within the year, due in the month before a year, stale after it (or never
confirmed); "still correct" moves the last confirmation forward, by whom, and is refused when there is
nothing validated to confirm."""

import datetime

import pytest

from observatory.core.errors import Conflict, PermissionDenied
from observatory.directory import services
from observatory.directory.freshness import (
    DUE_BEFORE,
    STALE_AFTER,
    FreshnessLevel,
    freshness_filter,
    freshness_of,
)
from observatory.directory.models import Authority, Confirmation, Source

from .conftest import DAY, NOW, afa_data, age


@pytest.mark.parametrize(
    ("days", "level"),
    [
        (0, FreshnessLevel.CURRENT),
        (334, FreshnessLevel.CURRENT),
        (335, FreshnessLevel.DUE),
        (364, FreshnessLevel.DUE),
        (365, FreshnessLevel.STALE),
        (900, FreshnessLevel.STALE),
    ],
)
def test_levels_by_age(days, level):
    freshness = freshness_of(NOW - days * DAY, NOW)
    assert freshness.level == level
    assert freshness.stale_from == NOW - days * DAY + STALE_AFTER
    assert freshness.is_stale == (level == FreshnessLevel.STALE)


def test_never_confirmed_is_stale():
    freshness = freshness_of(None, NOW)
    assert freshness.is_stale and freshness.stale_from is None and freshness.last_confirmed_at is None


@pytest.mark.parametrize("days", [0, 334, 335, 336, 364, 365, 366, 800])
def test_the_database_filter_agrees_with_the_property(afa, days):
    age(afa, days)
    level = freshness_of(afa.last_confirmed_at, NOW).level
    for candidate in FreshnessLevel.values:
        matches = Authority.objects.filter(freshness_filter(candidate, NOW)).exists()
        assert matches == (candidate == level), (days, candidate)


def test_constants():
    assert datetime.timedelta(days=365) == STALE_AFTER and datetime.timedelta(days=30) == DUE_BEFORE


def test_a_focal_point_confirms_its_states_record(users, afa):
    age(afa, 400)
    confirmation = services.confirm_authority(users["other_focal_point"], afa, now=NOW)
    afa.refresh_from_db()
    assert afa.last_confirmed_at == NOW and afa.last_confirmed_by == users["other_focal_point"]
    assert confirmation.source == Source.PORTAL and confirmation.version == 1
    assert not freshness_of(afa.last_confirmed_at, NOW).is_stale


@pytest.mark.parametrize("role", ["focal_point", "contributor", "provider", "administrator"])
def test_others_may_not_confirm(users, afa, role):
    with pytest.raises(PermissionDenied):
        services.confirm_authority(users[role], afa)


def test_a_change_awaiting_validation_cannot_be_confirmed_its_validation_does(users, afa):
    age(afa, 400)
    version = services.update_authority(
        users["other_focal_point"], afa, afa_data(phone="+33 1 11 11 11 11"), revision=1, now=NOW - DAY
    )
    with pytest.raises(Conflict):
        services.confirm_authority(users["other_focal_point"], afa)
    services.validate_change(users["secretariat"], version, now=NOW)
    afa.refresh_from_db()
    assert afa.last_confirmed_at == NOW - DAY and afa.last_confirmed_by == users["other_focal_point"]


def test_a_record_never_validated_or_withdrawn_cannot_be_confirmed(users, france, afa):
    proposed = services.create_authority(
        users["other_focal_point"], france, afa_data(names={"fr": "Tracfin"})
    )
    with pytest.raises(Conflict):
        services.confirm_authority(users["other_focal_point"], proposed)
    services.update_authority(users["secretariat"], afa, afa_data(is_active=False), revision=1)
    afa.refresh_from_db()
    with pytest.raises(Conflict):
        services.confirm_authority(users["secretariat"], afa)


def test_confirmation_never_moves_back(users, afa):
    services.confirm_authority(users["secretariat"], afa, now=NOW - 10 * DAY)
    afa.refresh_from_db()
    assert afa.last_confirmed_at == NOW  # the earlier confirmation is in the history, not the record
    assert Confirmation.objects.filter(authority=afa).count() == 2
