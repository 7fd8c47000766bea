"""The register in the back office: the Secretariat and administrators read needs, offers and matches;
nothing is added, changed or deleted there (the portal's forms and the services do that)."""

import pytest

from observatory.assistance.models import Match, Need, Offer

BASE = "/back-office/assistance"
MODELS = {"need": Need, "offer": Offer, "match": Match}


@pytest.mark.parametrize("model", list(MODELS))
@pytest.mark.parametrize("role", ["secretariat", "administrator"])
def test_the_back_office_reads_the_register_and_changes_nothing(client, users, register, model, role):
    client.force_login(users[role])
    assert client.get(f"{BASE}/{model}/").status_code == 200
    record = MODELS[model].objects.first()
    page = client.get(f"{BASE}/{model}/{record.pk}/change/")
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    assert client.get(f"{BASE}/{model}/add/").status_code == 403
    assert client.get(f"{BASE}/{model}/{record.pk}/delete/").status_code == 403


@pytest.mark.parametrize("role", ["focal_point", "provider"])
def test_others_have_no_back_office(client, users, register, role):
    client.force_login(users[role])
    assert client.get(f"{BASE}/need/").status_code == 302
