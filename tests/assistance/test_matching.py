"""Matches: the register suggests pairs of open needs and offers by kind, article, regional group and the
similarity of their texts (in any language); the Secretariat confirms or rejects them."""

import datetime

import pytest
from django.utils import timezone

from observatory.assistance import services
from observatory.assistance.matching import THRESHOLD, WEIGHTS, score
from observatory.assistance.models import Decision, Match, MatchMethod, NeedStatus
from observatory.audit.models import AuditEntry
from observatory.core.errors import Conflict, InvalidInput, PermissionDenied


@pytest.fixture
def world(users):
    """A need of Viet Nam (Asia-Pacific) written in French, one of Kenya (African) in English, and three
    offers in English: one that fits Viet Nam's need, one for another region, one of another kind."""
    secretariat = users["secretariat"]
    needs = {
        "vnm": services.declare_need(
            secretariat,
            state="VNM",
            kind="capacity_building",
            articles=[9],
            language="fr",
            description="Formation des agents chargés des marchés publics à la passation électronique "
            "des marchés.",
        ),
        "ken": services.declare_need(
            secretariat,
            state="KEN",
            kind="legislative_drafting",
            articles=[33],
            description="Drafting a law protecting whistle-blowers.",
        ),
    }
    offers = {
        "fit": services.record_offer(
            secretariat,
            organization="UNDP",
            provider_type="un_entity",
            programme="E-procurement training",
            kinds=["capacity_building", "it_equipment"],
            articles=[9],
            regions=["asia_pacific"],
            description="Training public procurement officers to use electronic procurement systems.",
        ),
        "elsewhere": services.record_offer(
            secretariat,
            organization="Donor",
            provider_type="bilateral",
            programme="Procurement training for Latin America",
            kinds=["capacity_building"],
            articles=[9],
            regions=["grulac"],
            description="Training public procurement officers.",
        ),
        "other_kind": services.record_offer(
            secretariat,
            organization="UNODC",
            provider_type="un_entity",
            programme="Laws on reporting persons",
            kinds=["legislative_drafting", "legal_advice"],
            articles=[33],
            description="Help drafting and reviewing laws that protect whistle-blowers.",
        ),
    }
    return {"needs": needs, "offers": offers}


def pairs() -> set[tuple[str, str]]:
    return {
        (m.need.state.iso3, m.offer.programme) for m in Match.objects.select_related("need__state", "offer")
    }


def test_the_weights_add_up_to_one():
    assert sum(WEIGHTS.values()) == pytest.approx(1.0)
    assert score({"kind": 1, "article": 1, "region": 1, "text": 1}) == 1.0


def test_suggestions_pair_needs_with_the_offers_that_fit_across_languages(users, world):
    report = services.suggest_matches(users["secretariat"])
    assert pairs() == {("VNM", "E-procurement training"), ("KEN", "Laws on reporting persons")}
    match = Match.objects.get(need=world["needs"]["vnm"])
    assert match.method == MatchMethod.SUGGESTED and match.decision == Decision.PROPOSED
    assert match.signals["kind"] == 1.0 and match.signals["article"] == 1.0 and match.signals["region"] == 1.0
    # A French need and an English offer on the same subject: the multilingual vectors see it.
    assert match.signals["text"] > 0.4
    assert match.score == score(match.signals) and match.score >= THRESHOLD
    # An offer serving every State counts half on region.
    assert Match.objects.get(need=world["needs"]["ken"]).signals["region"] == 0.5
    # Offers for other regions are never considered: Latin America's for either, Asia-Pacific's for Kenya.
    assert report.considered == 3
    entry = AuditEntry.objects.get(action="assistance.match.suggest")
    assert sorted(entry.after["created"]) == sorted(report.created)


def test_suggesting_again_duplicates_nothing_and_keeps_decisions(users, world):
    services.suggest_matches(users["secretariat"])
    rejected = Match.objects.get(need=world["needs"]["ken"])
    services.decide_match(users["secretariat"], rejected, Decision.REJECTED, note="Already funded")
    again = services.suggest_matches(users["secretariat"])
    assert again.created == [] and again.updated == []
    assert Match.objects.count() == 2
    rejected.refresh_from_db()
    assert rejected.decision == Decision.REJECTED and rejected.note == "Already funded"


def test_needs_that_are_not_open_and_offers_that_ended_are_left_out(users, world):
    services.change_status(users["secretariat"], world["needs"]["ken"], NeedStatus.MET)
    services.update_offer(
        users["secretariat"],
        world["offers"]["fit"],
        starts=datetime.date(2020, 1, 1),
        ends=timezone.localdate() - datetime.timedelta(days=1),
    )
    report = services.suggest_matches(users["secretariat"])
    assert report.created == [] and pairs() == set()


def test_confirming_a_match_marks_the_need_being_met(users, world):
    services.suggest_matches(users["secretariat"])
    match = Match.objects.get(need=world["needs"]["vnm"])
    services.decide_match(users["secretariat"], match, Decision.CONFIRMED, note="Starts in March")
    match.refresh_from_db()
    assert match.decided_by == users["secretariat"] and match.decided_at is not None
    need = world["needs"]["vnm"]
    need.refresh_from_db()
    assert need.status == NeedStatus.BEING_MET
    last = need.status_changes.last()
    assert last.after == NeedStatus.BEING_MET and "E-procurement training" in last.note
    assert AuditEntry.objects.filter(action="assistance.match.decide").count() == 1
    with pytest.raises(InvalidInput):
        services.decide_match(users["secretariat"], match, "maybe")


@pytest.mark.parametrize("role", ["provider", "focal_point", "administrator", None])
def test_only_the_secretariat_suggests_and_decides(users, world, role):
    actor = users[role] if role else None
    with pytest.raises(PermissionDenied):
        services.suggest_matches(actor)
    services.suggest_matches(users["secretariat"])
    match = Match.objects.first()
    with pytest.raises(PermissionDenied):
        services.decide_match(actor, match, Decision.CONFIRMED)
    with pytest.raises(PermissionDenied):
        services.propose_match(actor, world["needs"]["ken"], world["offers"]["fit"])


def test_the_secretariat_pairs_a_need_with_an_offer_by_hand(users, world):
    match = services.propose_match(
        users["secretariat"], world["needs"]["ken"], world["offers"]["elsewhere"], note="Ask"
    )
    assert match.method == MatchMethod.SECRETARIAT and match.decision == Decision.PROPOSED
    assert match.signals["kind"] == 0.0 and match.score == score(match.signals)
    with pytest.raises(Conflict):
        services.propose_match(users["secretariat"], world["needs"]["ken"], world["offers"]["elsewhere"])
