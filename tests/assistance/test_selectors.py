"""What each reader may see of the register, role by role — needs, their fields, offers' contacts, matches
— and the one filter model the pages, exports and API share."""

import datetime

import pytest
from django.utils import timezone

from observatory.assistance import services
from observatory.assistance.models import Decision, Match, Need, NeedStatus
from observatory.assistance.selectors import (
    NeedFilters,
    OfferFilters,
    counts_by,
    filter_needs,
    filter_offers,
    match_queue,
    need_for,
    needs_over_time,
    open_needs_by_state,
    parse_need_filters,
    parse_offer_filters,
    readable_matches,
    sees_offer_contact,
    shown_visibility,
    shown_withdrawn,
    status_history,
)
from observatory.library.models import Visibility

from .conftest import (
    FRANCE_NEED,
    PUBLIC_NEED,
    READERS,
    RESTRICTED_NEED,
    SECRET_NEED,
    STATES_NEED,
    reader,
)

ALL = {PUBLIC_NEED, RESTRICTED_NEED, FRANCE_NEED, SECRET_NEED, STATES_NEED}
#: Which needs each reader may read.
SEES = {
    "administrator": ALL,
    "secretariat": ALL,
    # Viet Nam's people: all of Viet Nam's, and what is published to States parties.
    "focal_point": {PUBLIC_NEED, RESTRICTED_NEED, FRANCE_NEED, STATES_NEED},
    "contributor": {PUBLIC_NEED, RESTRICTED_NEED, FRANCE_NEED, STATES_NEED},
    "other_focal_point": {PUBLIC_NEED, FRANCE_NEED, STATES_NEED},
    "provider": {PUBLIC_NEED, FRANCE_NEED},
    None: {PUBLIC_NEED, FRANCE_NEED},
}


def descriptions(needs) -> set[str]:
    return {need.description for need in needs}


def need(description: str) -> Need:
    return Need.objects.get(description=description)


@pytest.mark.parametrize("role", READERS)
def test_each_reader_reads_the_needs_admitted_to_them(users, register, role):
    user = reader(users, role)
    assert descriptions(filter_needs(user)) == SEES[role]
    for description in ALL:
        assert (need_for(user, need(description).pk) is not None) == (description in SEES[role])


@pytest.mark.parametrize("role", READERS)
def test_the_declarer_and_status_notes_are_for_the_state_and_the_secretariat(users, register, role):
    france = need(FRANCE_NEED)
    services.change_status(users["other_focal_point"], france, NeedStatus.UNMET, note="Quietnote-1188")
    history = status_history(reader(users, role), france)
    internal = role in ("administrator", "secretariat", "other_focal_point")
    assert [entry["after"] for entry in history] == ["current", "unmet"]
    assert (history[-1]["note"] == "Quietnote-1188") == internal
    assert (history[-1]["by"] == users["other_focal_point"].username) == internal
    if not internal:
        assert all(entry["note"] == "" and entry["by"] == "" for entry in history)


@pytest.mark.parametrize("role", READERS)
def test_an_unpublished_withdrawal_is_the_states_and_the_secretariats_to_see(
    users, register, questions, role
):
    # Viet Nam drops its public need from a new version, not published yet.
    submission = need(PUBLIC_NEED).submission
    from observatory.collection import services as collection

    collection.reopen(users["focal_point"], submission)
    answer = submission.answers.get(question=questions[0])
    collection.save_answer(
        users["contributor"], submission, questions[0], revision=answer.revision, assistance_needs=[]
    )
    collection.submit(users["focal_point"], submission)
    user = reader(users, role)
    found = need_for(user, need(PUBLIC_NEED).pk)
    internal = role in ("administrator", "secretariat", "focal_point", "contributor")
    assert found is not None
    assert shown_withdrawn(user, found) == internal
    # Left out of the lists of those who see it withdrawn, still listed (as published) for the others.
    assert (PUBLIC_NEED in descriptions(filter_needs(user))) == (not internal)
    assert (PUBLIC_NEED in descriptions(filter_needs(user, NeedFilters(withdrawn=True)))) is True


def test_others_are_told_the_visibility_a_need_was_published_with(users, register, questions):
    restricted = need(RESTRICTED_NEED)
    assert shown_visibility(users["focal_point"], restricted) == Visibility.SECRETARIAT
    assert shown_visibility(users["secretariat"], restricted) == Visibility.SECRETARIAT
    public = need(PUBLIC_NEED)
    assert shown_visibility(None, public) == Visibility.PUBLIC


@pytest.mark.parametrize(
    ("role", "sees"),
    [
        ("administrator", True),
        ("secretariat", True),
        ("focal_point", True),
        ("contributor", True),
        ("other_focal_point", True),
        ("provider", True),  # its own offer
        ("donor", False),  # another provider's
        (None, False),
    ],
)
def test_an_offers_contact_is_for_governments_the_secretariat_and_its_provider(
    users, register, donor, role, sees
):
    user = donor if role == "donor" else reader(users, role)
    assert sees_offer_contact(user, register["offers"]["undp"]) == sees


@pytest.fixture
def decided(users, register):
    """The Secretariat confirmed UNDP's offer for Viet Nam's public need and the donor's for its need
    restricted to the Secretariat."""
    for description, offer in ((PUBLIC_NEED, "undp"), (RESTRICTED_NEED, "donor")):
        match = Match.objects.get(need=need(description), offer=register["offers"][offer])
        services.decide_match(users["secretariat"], match, Decision.CONFIRMED)
    return register


@pytest.mark.parametrize(
    ("role", "sees"),
    [
        ("administrator", "all"),
        ("secretariat", "all"),
        ("focal_point", {PUBLIC_NEED, RESTRICTED_NEED}),  # its State's confirmed matches
        ("contributor", {PUBLIC_NEED, RESTRICTED_NEED}),
        ("other_focal_point", set()),
        ("provider", {PUBLIC_NEED}),  # its offer's
        # Its offer was confirmed for a need the donor may not read: the match does not publish the need.
        ("donor", set()),
        (None, set()),
    ],
)
def test_matches_are_the_secretariats_and_the_confirmed_ones_of_the_parties(
    users, decided, donor, role, sees
):
    user = donor if role == "donor" else reader(users, role)
    found = {match.need.description for match in readable_matches(user)}
    if sees == "all":
        assert found == set(Match.objects.values_list("need__description", flat=True))
    else:
        assert found == sees
        # The queue of proposals is the Secretariat's only.
        services.propose_match(users["secretariat"], need(FRANCE_NEED), decided["offers"]["donor"])
        assert not match_queue(user).exists() and match_queue(users["secretariat"]).exists()


# --- The filters -----------------------------------------------------------------------------------------


@pytest.mark.usefixtures("reference")
def test_filters_are_read_from_a_query_string_and_bad_values_named():
    filters, problems = parse_need_filters(
        {
            "state": "vnm",
            "group": "ASIA_PACIFIC",
            "article": "9",
            "kind": "Legal_Advice",
            "status": "open",
            "page": "2",
        }
    )
    assert filters == NeedFilters(
        state="VNM", group="asia_pacific", article=9, kind="legal_advice", status="open"
    )
    assert problems == []
    assert filters.as_params() == {
        "state": "VNM",
        "group": "asia_pacific",
        "article": "9",
        "kind": "legal_advice",
        "status": "open",
    }
    filters, problems = parse_need_filters(
        {
            "state": "ZZZ",  # an ISO3 code no State has
            "article": "72",
            "kind": "money",
            "priority": "urgent",
            "source": "rumour",
            "withdrawn": "1",
        }
    )
    assert filters == NeedFilters()
    assert [problem.field for problem in problems] == [
        "state",
        "article",
        "kind",
        "priority",
        "source",
        "withdrawn",
    ]
    assert "legal_advice" in problems[2].accepted and "“money” is not one of" in problems[2].message
    _, problems = parse_offer_filters({"region": "europe", "period": "soon", "kind": "x"})
    assert [problem.field for problem in problems] == ["kind", "region", "period"]


def test_each_need_filter_narrows_the_list(users, register):
    secretariat = users["secretariat"]
    cases = {
        NeedFilters(state="VNM"): {PUBLIC_NEED, RESTRICTED_NEED},
        NeedFilters(group="asia_pacific"): {PUBLIC_NEED, RESTRICTED_NEED},
        NeedFilters(group="weog"): {FRANCE_NEED},
        NeedFilters(article=8): {RESTRICTED_NEED},
        NeedFilters(kind="legal_advice"): {FRANCE_NEED},
        NeedFilters(priority="high"): {PUBLIC_NEED},
        NeedFilters(source="review_report"): {SECRET_NEED},
        NeedFilters(source="checklist_answer"): {PUBLIC_NEED, RESTRICTED_NEED},
        NeedFilters(status="open"): ALL,
        NeedFilters(status="met"): set(),
    }
    for filters, expected in cases.items():
        assert descriptions(filter_needs(secretariat, filters)) == expected, filters
    # The filters never widen what a reader may see.
    assert descriptions(filter_needs(None, NeedFilters(state="ARG"))) == set()


def test_each_offer_filter_narrows_the_list(users, register):
    def programmes(**values):
        return {offer.programme for offer in filter_offers(None, OfferFilters(**values))}

    assert programmes(provider="undp") == {"Open procurement facility"}
    assert programmes(kind="it_equipment") == {"Open procurement facility", "Asset declaration twinning"}
    assert programmes(article=8) == {"Asset declaration twinning"}
    # An offer naming no region serves every region.
    assert programmes(region="grulac") == {"Global advisory service"}
    assert programmes(region="african") == {"Open procurement facility", "Global advisory service"}
    services.update_offer(
        users["secretariat"], register["offers"]["donor"], starts="2020-01-01", ends="2021-06-30"
    )
    assert "Asset declaration twinning" not in programmes(period="current")
    assert "Asset declaration twinning" in programmes(period="2021")
    assert programmes(period="2019") == {"Open procurement facility", "Global advisory service"}


# --- The dashboards ----------------------------------------------------------------------------------------


def test_counts_by_article_kind_group_and_status(users, register):
    needs = filter_needs(users["secretariat"])
    assert dict(counts_by(needs, "article")) == {"7": 2, "8": 1, "33": 1, "58": 1}
    assert dict(counts_by(needs, "kind"))["capacity_building"] == 2
    assert dict(counts_by(needs, "group")) == {"asia_pacific": 2, "weog": 1, "grulac": 1, "african": 1}
    assert dict(counts_by(needs, "status")) == {"current": 5}
    # The public counts only what it may read.
    assert dict(counts_by(filter_needs(None), "group")) == {"asia_pacific": 1, "weog": 1}


def test_open_needs_over_time_follow_the_status_history(users):
    today = timezone.localdate()
    early = services.declare_need(
        users["secretariat"],
        state="VNM",
        kind="other",
        description="Early",
        declared_on=today - datetime.timedelta(days=70),
    )
    services.declare_need(users["secretariat"], state="FRA", kind="other", description="Late")
    services.change_status(
        users["secretariat"],
        early,
        NeedStatus.MET,
        at=timezone.make_aware(
            datetime.datetime.combine(today - datetime.timedelta(days=35), datetime.time(12))
        ),
    )
    by, periods = needs_over_time(users["secretariat"])
    assert by == "month" and len(periods) in (3, 4)
    first, last = periods[0], periods[-1]
    assert (first.declared, first.open, first.met) == (1, 1, 0)
    assert (last.open, last.met) == (1, 1)
    assert sum(period.declared for period in periods) == 2
    by, periods = needs_over_time(users["secretariat"], by="year")
    assert by == "year" and periods[-1].label == str(today.year)


def test_the_tile_grid_lists_every_state_by_group_with_its_open_needs(users, register):
    groups = dict(open_needs_by_state(None))
    assert set(groups) <= {"african", "asia_pacific", "eastern_european", "grulac", "weog", "none"}
    tiles = {tile.state.iso3: tile.open for tiles in groups.values() for tile in tiles}
    assert len(tiles) > 190
    assert tiles["VNM"] == 1 and tiles["FRA"] == 1 and tiles["ARG"] == 0  # Argentina's is the Secretariat's
    tiles = {
        tile.state.iso3: tile.open
        for tiles in dict(open_needs_by_state(users["secretariat"])).values()
        for tile in tiles
    }
    assert tiles["VNM"] == 2 and tiles["ARG"] == 1
