"""Writes of the register: a need declared, changed, moved from status to status, withdrawn; an offer
recorded and changed. Who may, what bad input is told, what the audit log keeps."""

import datetime

import pytest

from observatory.accounts.permissions import SYSTEM
from observatory.assistance import services
from observatory.assistance.models import Kind, Need, NeedStatus, Offer, Source
from observatory.audit.models import AuditEntry
from observatory.core.errors import Conflict, InvalidInput, PermissionDenied
from observatory.library.models import Visibility

from .conftest import PUBLIC_NEED


def declare(actor, **values):
    values = {"state": "VNM", "kind": "legal_advice", "description": "Advice on a law on lobbying", **values}
    return services.declare_need(actor, **values)


# --- Declaring a need ----------------------------------------------------------------------------------


def test_a_focal_point_declares_a_need_for_its_state(users):
    need = declare(
        users["focal_point"],
        articles="7; 8",
        language="fr",
        priority="high",
        needed_by="2031-12-31",
        note="Asked by the ministry",
    )
    assert need.state.iso3 == "VNM" and need.source == Source.DIRECT and need.kind == Kind.LEGAL_ADVICE
    assert [a.number for a in need.articles.all()] == [7, 8]
    assert need.language == "fr" and need.priority == "high" and need.needed_by == datetime.date(2031, 12, 31)
    assert need.published_visibility == Visibility.PUBLIC and need.declared_by == users["focal_point"]
    change = need.status_changes.get()
    assert (change.before, change.after, change.note) == ("", NeedStatus.CURRENT, "Asked by the ministry")
    entry = AuditEntry.objects.get(action="assistance.need.declare")
    assert entry.actor == users["focal_point"] and entry.after["kind"] == "legal_advice"


@pytest.mark.parametrize("role", ["other_focal_point", "contributor", "provider", "administrator"])
def test_others_may_not_declare_a_states_needs(users, role):
    with pytest.raises(PermissionDenied):
        declare(users[role])
    assert not Need.objects.exists()


def test_the_secretariat_declares_for_any_state_by_code_or_name(users):
    assert declare(users["secretariat"], state="fra").state.iso3 == "FRA"
    assert declare(users["secretariat"], state="Viet Nam", description="Other").state.iso3 == "VNM"
    # A UN short name in another official language, accents and case folded.
    assert declare(users["secretariat"], state="côte d'ivoire", description="Third").state.iso3 == "CIV"


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"state": "Atlantis"}, "state", "No State has the code or name “Atlantis”"),
        ({"state": ""}, "state", "Name the State"),
        ({"kind": "money"}, "kind", "“money” is not a kind of technical assistance: use one of legal_advice"),
        ({"articles": "9; 72"}, "articles", "“72” is not an article of the Convention"),
        ({"articles": "nine"}, "articles", "is not an article"),
        ({"description": "  "}, "description", "Describe the need"),
        ({"priority": "urgent"}, "priority", "“urgent” is not a valid priority"),
        ({"status": "done"}, "status", "“done” is not a valid status"),
        ({"language": "de"}, "language", "“de” is not a valid language"),
        ({"visibility": "everyone"}, "visibility", "“everyone” is not a valid visibility"),
        ({"declared_on": "31/12/2030"}, "declared_on", "is not a date: write it as YYYY-MM-DD"),
        ({"declared_on": "2999-01-01"}, "declared_on", "cannot be declared in the future"),
        (
            {"declared_on": "2020-01-10", "needed_by": "2020-01-01"},
            "needed_by",
            "before the need was declared",
        ),
        ({"source": "checklist_answer"}, "source", "is not a valid source"),
        ({"source": "submission"}, "submission", "names that submission"),
    ],
)
def test_bad_input_is_named_clearly(users, values, field, words):
    with pytest.raises(InvalidInput) as caught:
        declare(users["secretariat"], **values)
    assert words in caught.value.message
    assert caught.value.details[0]["field"] == field
    assert not Need.objects.exists()


def test_kinds_are_read_by_value_name_or_checklist_kind(users):
    assert declare(users["secretariat"], kind="IT and equipment").kind == Kind.IT_EQUIPMENT
    assert (
        declare(users["secretariat"], kind="model_legislation", description="b").kind
        == Kind.LEGISLATIVE_DRAFTING
    )
    assert (
        declare(users["secretariat"], kind="Capacity-building", description="c").kind
        == Kind.CAPACITY_BUILDING
    )


def test_a_need_from_another_states_submission_is_refused(users, submitted, make_user):
    with pytest.raises(InvalidInput) as caught:
        declare(users["secretariat"], state="FRA", source="submission", submission=submitted)
    assert "another State's" in caught.value.message


# --- Changing, status, withdrawal ----------------------------------------------------------------------


def test_a_need_entered_by_hand_changes_and_the_change_is_audited(users):
    need = declare(users["focal_point"])
    services.update_need(
        users["focal_point"], need, description="Advice on lobbying and revolving doors", articles=[12]
    )
    need.refresh_from_db()
    assert need.description == "Advice on lobbying and revolving doors"
    assert [a.number for a in need.articles.all()] == [12]
    entry = AuditEntry.objects.get(action="assistance.need.update")
    assert entry.after["changed"]["description"][1] == "Advice on lobbying and revolving doors"
    with pytest.raises(InvalidInput, match="Unknown fields: state"):
        services.update_need(users["focal_point"], need, state="FRA")
    with pytest.raises(PermissionDenied):
        services.update_need(users["other_focal_point"], need, description="Hijacked")


def test_a_need_of_a_checklist_answer_changes_only_its_status(users, submitted):
    need = Need.objects.get(description=PUBLIC_NEED)
    with pytest.raises(Conflict, match="change the answer and submit it again"):
        services.update_need(users["secretariat"], need, description="Rewritten")
    with pytest.raises(Conflict):
        services.withdraw_need(users["secretariat"], need)
    assert services.change_status(users["focal_point"], need, NeedStatus.UNMET, note="No donor yet")


def test_status_changes_are_kept_in_order_and_met_is_dated(users):
    need = declare(users["focal_point"])
    assert services.change_status(users["secretariat"], need, "being_met", note="UNDP started")
    assert not services.change_status(users["secretariat"], need, "being_met")  # nothing to change
    services.change_status(users["focal_point"], need, NeedStatus.MET)
    need.refresh_from_db()
    assert need.status == NeedStatus.MET and need.met_on is not None
    assert [(c.before, c.after) for c in need.status_changes.all()] == [
        ("", "current"),
        ("current", "being_met"),
        ("being_met", "met"),
    ]
    assert AuditEntry.objects.filter(action="assistance.need.status").count() == 2
    services.change_status(users["focal_point"], need, NeedStatus.UNMET)
    need.refresh_from_db()
    assert need.met_on is None
    with pytest.raises(PermissionDenied):
        services.change_status(users["provider"], need, NeedStatus.MET)


def test_a_withdrawn_need_is_kept_hidden_from_the_public_and_frozen(users):
    need = declare(users["focal_point"])
    services.withdraw_need(users["focal_point"], need, note="Solved by the ministry")
    need.refresh_from_db()
    assert need.withdrawn and need.published_visibility == "" and Need.objects.filter(pk=need.pk).exists()
    with pytest.raises(Conflict):
        services.change_status(users["focal_point"], need, NeedStatus.MET)
    with pytest.raises(Conflict):
        services.update_need(users["focal_point"], need, priority="low")
    assert AuditEntry.objects.filter(action="assistance.need.withdraw").exists()


# --- Offers --------------------------------------------------------------------------------------------


def offer_values(**values):
    return {
        "provider_type": "un_entity",
        "programme": "Open procurement facility",
        "kinds": ["capacity_building"],
        **values,
    }


def test_a_provider_records_an_offer_under_its_organization(users):
    users["provider"].organization = "UNDP"
    users["provider"].save()
    offer = services.record_offer(
        users["provider"],
        **offer_values(
            kinds="capacity_building; IT and equipment",
            articles=[9, 10],
            regions="african, grulac",
            starts="2031-01-01",
            ends="2032-12-31",
            contact_email="someone@undp.example",
        ),
    )
    assert offer.organization == "UNDP" and offer.provider == users["provider"]
    assert offer.kinds == ["capacity_building", "it_equipment"] and offer.regions == ["african", "grulac"]
    assert [a.number for a in offer.articles.all()] == [9, 10]
    assert AuditEntry.objects.get(action="assistance.offer.record").actor == users["provider"]
    with pytest.raises(PermissionDenied, match=r"its own organization \(UNDP\)"):
        services.record_offer(users["provider"], **offer_values(organization="World Bank"))


def test_only_the_provider_and_the_secretariat_change_an_offer(users, donor):
    offer = services.record_offer(donor, **offer_values())
    assert offer.organization == "Nordic Governance Fund"
    with pytest.raises(PermissionDenied):
        services.update_offer(users["provider"], offer, programme="Taken over")
    services.update_offer(donor, offer, ends="2033-01-01")
    services.update_offer(users["secretariat"], offer, is_active=False)
    offer.refresh_from_db()
    assert offer.ends == datetime.date(2033, 1, 1) and not offer.is_active
    assert AuditEntry.objects.filter(action="assistance.offer.update").count() == 2
    for role in ("focal_point", "administrator"):
        with pytest.raises(PermissionDenied):
            services.update_offer(users[role], offer, programme="No")


@pytest.mark.parametrize(
    ("values", "words"),
    [
        ({"kinds": []}, "Say which kinds of assistance"),
        ({"kinds": ["cash"]}, "“cash” is not a kind of technical assistance"),
        ({"programme": ""}, "Name the programme"),
        ({"regions": ["europe"]}, "“europe” is not a regional group"),
        ({"starts": "2032-01-01", "ends": "2031-01-01"}, "ends before it starts"),
        ({"contact_email": "not an address"}, "is not an e-mail address"),
        ({"provider_type": "bank"}, "is not a valid provider_type"),
        ({"articles": [0]}, "is not an article of the Convention"),
        ({"budget": 10}, "Unknown fields: budget"),
    ],
)
def test_bad_offers_are_refused_with_a_clear_message(users, values, words):
    with pytest.raises(InvalidInput) as caught:
        services.record_offer(users["secretariat"], **offer_values(organization="UNODC", **values))
    assert words in caught.value.message
    assert not Offer.objects.exists()


def test_others_may_not_record_offers(users):
    for role in ("focal_point", "contributor", "administrator"):
        with pytest.raises(PermissionDenied):
            services.record_offer(users[role], **offer_values(organization="X"))
    # The platform itself (a command) may.
    assert services.record_offer(SYSTEM, **offer_values(organization="UNODC")).provider is None
