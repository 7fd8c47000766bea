"""Editing a State in the back office: the status goes through the service, with its rules and audit."""

import pytest

from observatory.audit.models import AuditEntry
from observatory.countries.models import State


def change_form(client, state, **changes):
    """POST the State's change form with its current values and the changes."""
    values = {
        field: getattr(state, field)
        for field in (
            "un_member",
            "regional_group",
            "name_ar",
            "name_zh",
            "name_en",
            "name_fr",
            "name_ru",
            "name_es",
            "formal_name_en",
            "variants",
            "convention_status",
            "party_instrument",
            "status_note",
        )
    }
    values.update(signature_date="", party_date="")
    values.update(changes)
    values = {key: value for key, value in values.items() if value is not False}
    return client.post(f"/back-office/countries/state/{state.pk}/change/", values)


@pytest.fixture
def france(reference):
    return State.objects.get(iso3="FRA")


def test_administrator_records_a_ratification(client, users, france):
    client.force_login(users["administrator"])
    response = change_form(
        client,
        france,
        convention_status="party",
        signature_date="2003-12-09",
        party_date="2005-07-11",
        party_instrument="ratification",
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    france.refresh_from_db()
    assert (france.convention_status, str(france.party_date)) == ("party", "2005-07-11")
    entry = AuditEntry.objects.get(action="state.convention_status.change")
    assert entry.actor == users["administrator"] and entry.note == "back office"


def test_a_party_without_date_is_refused_on_the_form(client, users, france):
    client.force_login(users["administrator"])
    response = change_form(client, france, convention_status="party")
    assert response.status_code == 200
    assert "a party needs the date it became one" in response.content.decode()
    france.refresh_from_db()
    assert france.convention_status == "unknown"
    assert not AuditEntry.objects.filter(object_type="countries.state").exists()


def test_a_name_edit_is_audited_apart_from_the_status(client, users, france):
    client.force_login(users["administrator"])
    response = change_form(client, france, formal_name_en="French Republic (the)")
    assert response.status_code == 302
    entry = AuditEntry.objects.get(action="state.change")
    assert entry.before == {"formal_name_en": "French Republic"}
    assert entry.after == {"formal_name_en": "French Republic (the)"}
    assert not AuditEntry.objects.filter(action="state.convention_status.change").exists()


def test_secretariat_may_read_but_not_change(client, users, france):
    client.force_login(users["secretariat"])
    response = change_form(client, france, convention_status="signatory", signature_date="2003-12-09")
    assert response.status_code == 403
    france.refresh_from_db()
    assert france.convention_status == "unknown"
