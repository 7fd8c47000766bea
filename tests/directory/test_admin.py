"""The directory in the back office: the Secretariat and administrators read every record, version,
contact person, confirmation and request; nothing is editable or deletable there, and nobody else gets in."""

import pytest

from observatory.directory import services
from observatory.directory.models import (
    Authority,
    AuthorityVersion,
    Confirmation,
    ContactPerson,
    ReconfirmationRequest,
)
from observatory.directory.reconfirmation import send_reconfirmation_requests

from .conftest import NOW, afa_data, age

BASE = "/back-office/directory"
MODELS = {
    "authority": Authority,
    "authorityversion": AuthorityVersion,
    "contactperson": ContactPerson,
    "confirmation": Confirmation,
    "reconfirmationrequest": ReconfirmationRequest,
}


@pytest.fixture
def records(users, afa, gi, mailoutbox):
    """A record of each kind: France's Agency with a change awaiting validation, Viet Nam's record stale
    and asked about."""
    services.update_authority(
        users["other_focal_point"], afa, afa_data(phone="+33 1 11 11 11 11"), revision=1
    )
    age(gi, 400)
    send_reconfirmation_requests(NOW)
    return {name: model.objects.order_by("pk").first() for name, model in MODELS.items()}


@pytest.mark.parametrize("role", ["secretariat", "administrator"])
def test_every_page_loads_read_only(client, users, records, role):
    client.force_login(users[role])
    for name, obj in records.items():
        assert obj is not None, name
        listing = client.get(f"{BASE}/{name}/")
        assert listing.status_code == 200, name
        page = client.get(f"{BASE}/{name}/{obj.pk}/change/")
        assert page.status_code == 200, name
        html = page.content.decode()
        assert 'name="_save"' not in html and "deletelink" not in html
        assert client.get(f"{BASE}/{name}/add/").status_code == 403
        assert client.post(f"{BASE}/{name}/{obj.pk}/delete/").status_code == 403
    request = records["reconfirmationrequest"]
    assert (
        request.token not in client.get(f"{BASE}/reconfirmationrequest/{request.pk}/change/").content.decode()
    )


@pytest.mark.parametrize("role", ["focal_point", "other_focal_point", "contributor", "provider"])
def test_nobody_else_gets_in(client, users, records, role):
    client.force_login(users[role])
    assert client.get(f"{BASE}/authority/").status_code == 302
    assert client.get(f"{BASE}/contactperson/").status_code == 302
