"""The directory pages as the public, States and the Secretariat use them: the directory and its filters,
an authority, its history, the country profile's section with the freshness badge, the edit form (a focal
point's change awaits validation), the validation queue, "still correct", the e-mailed link (GET shows a
button, POST confirms), the CSV import page and the downloads — role by role, in six languages."""

import re
from collections import deque

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from observatory.accounts.demo import create_demo_accounts
from observatory.accounts.models import User
from observatory.directory import services
from observatory.directory.demo import load_demo_directory
from observatory.directory.models import Authority, ContactPerson, ReconfirmationRequest, RequestStatus
from observatory.directory.reconfirmation import send_reconfirmation_requests
from tests.directory.conftest import (  # noqa: F401 (fixtures)
    CONTACT_MARKERS,
    CONTACT_NAME,
    DAY,
    NOW,
    afa,
    afa_data,
    age,
    france,
    gi,
    viet_nam,
)
from tests.portal.test_public_crawl import downloaded_text

LANGUAGES = ["ar", "zh-hans", "en", "fr", "ru", "es"]
PAYLOAD = "<script>alert('x')</script>"
#: Role → whether it reads contact persons.
ROLES = {
    None: False,
    "provider": False,
    "focal_point": True,
    "contributor": True,
    "other_focal_point": True,
    "secretariat": True,
    "administrator": True,
}


def page(client, address: str, status: int = 200) -> str:
    response = client.get(address)
    assert response.status_code == status, (address, response.status_code, response.content.decode()[:2000])
    return response.content.decode()


def url(name: str, *args, language: str = "en") -> str:
    with translation.override(language):
        return reverse(name, args=args)


def form_data(authority, **changes) -> dict:
    """What the edit form of France's Agency posts: its fields as shown, with ``changes``."""
    data = {
        "revision": authority.revision,
        "name-rows": "3",
        "contact-rows": "2",
        "designation": "prevention",
        "designation_detail": "",
        "is_active": "yes",
        "name-0-language": "fr",
        "name-0-name": "Agence française anticorruption",
        "name-0-address": "23 avenue d'Italie, 75013 Paris",
        "name-1-language": "en",
        "name-1-name": "French Anti-Corruption Agency",
        "website": "https://www.agence-francaise-anticorruption.gouv.fr",
        "phone": "+33 1 40 04 00 00",
        "email": "contact@afa.demo.invalid",
        "official_languages": ["fr", "en"],
        "other_languages": "",
        "channels": ["diplomatic", "email"],
        "procedures": "Requests in French or English, by e-mail.",
        "legal_basis": "Loi n° 2016-1691 du 9 décembre 2016 (loi Sapin II), article 1.",
        "contact-0-id": str(authority.contact_persons.get().pk),
        "contact-0-name": CONTACT_NAME,
        "contact-0-title": "Head of international affairs",
        "contact-0-phone": CONTACT_MARKERS[2],
        "contact-0-email": CONTACT_MARKERS[1],
        "contact-0-languages": "fr; en",
    }
    return data | changes


# -- Every page in every language -------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pages_render_in_every_language(client, afa, language):
    direction = "rtl" if language == "ar" else "ltr"
    for address in (
        url("portal:directory", language=language),
        url("portal:directory_authority", afa.pk, language=language),
        url("portal:directory_history", afa.pk, language=language),
        url("portal:state", "fra", language=language),
    ):
        html = page(client, address)
        assert f'<html lang="{language}" dir="{direction}">' in html
        assert '<main id="main"' in html
        assert (
            'lang="fr" dir="ltr">Agence française anticorruption' in html or "French Anti-Corruption" in html
        )


def test_the_name_follows_the_interface_language(client, afa):
    assert '<h1><span lang="fr" dir="ltr">Agence française anticorruption</span></h1>' in page(
        client, f"/fr/directory/{afa.pk}/"
    )
    assert '<h1><span lang="en" dir="ltr">French Anti-Corruption Agency</span></h1>' in page(
        client, f"/ru/directory/{afa.pk}/"
    )


# -- The country profile ----------------------------------------------------------------------------------


def test_the_country_profile_lists_the_authorities_with_their_freshness(client, afa, gi):
    html = page(client, "/en/states/fra/")
    section = re.search(r'<section aria-labelledby="directory-heading".*?</section>', html, re.S).group(0)
    assert "French Anti-Corruption Agency" in section and "Government Inspectorate" not in section
    assert 'data-freshness="current"' in section and "Confirmed on" in section
    age(afa, 400)
    section = page(client, "/en/states/fra/")
    assert 'data-freshness="stale"' in section and "Stale: last confirmed on" in section
    assert "No authority of this State is recorded in the directory yet." in page(client, "/en/states/deu/")


def test_the_country_profile_offers_to_add_only_to_those_who_may(client, users, afa):
    assert "Add an authority" not in page(client, "/en/states/fra/")
    client.force_login(users["other_focal_point"])
    assert "Add an authority" in page(client, "/en/states/fra/")
    assert "Add an authority" not in page(client, "/en/states/vnm/")


# -- Who sees what ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_contact_persons_role_by_role_on_pages_and_downloads(client, users, afa, role):
    if role:
        client.force_login(users[role])
    sees = ROLES[role]
    for address in (
        f"/en/directory/{afa.pk}/",
        f"/en/directory/{afa.pk}/history/",
        "/en/directory/export.csv",
        "/en/directory/export.json",
    ):
        body = page(client, address)
        assert all((marker in body) == sees for marker in CONTACT_MARKERS), (role, address)
    spreadsheet = downloaded_text(client.get("/en/directory/export.xlsx"))
    assert "French Anti-Corruption" in spreadsheet or "Agence française anticorruption" in spreadsheet
    assert all((marker in spreadsheet) == sees for marker in CONTACT_MARKERS), (role, "xlsx")
    # Lists and the country profile never show contact persons, to anyone.
    for address in ("/en/directory/", "/en/states/fra/"):
        assert CONTACT_NAME not in page(client, address)
    # Everyone reads the public contact.
    assert "contact@afa.demo.invalid" in page(client, f"/en/directory/{afa.pk}/")


def test_a_record_awaiting_validation_is_not_found_by_others(client, users, france):
    proposed = services.create_authority(
        users["other_focal_point"], france, afa_data(names={"fr": "Tracfin"})
    )
    address = f"/en/directory/{proposed.pk}/"
    page(client, address, 404)
    assert "Tracfin" not in page(client, "/en/directory/")
    client.force_login(users["focal_point"])
    page(client, address, 404)
    client.force_login(users["other_focal_point"])
    html = page(client, address)
    assert "Awaiting validation: not public yet" in html and "This record awaits" in html
    assert "Tracfin" in page(client, "/en/directory/")


def test_the_directory_filters_and_says_which_were_ignored(client, afa, gi):
    html = page(client, "/en/directory/?regional_group=asia_pacific")
    assert "Government Inspectorate" in html and "French Anti-Corruption" not in html
    html = page(client, "/en/directory/?state=fra&freshness=sometimes")
    assert "French Anti-Corruption" in html and "Government Inspectorate" not in html
    assert "The filter “freshness” was ignored" in html
    age(gi, 500)
    html = page(client, "/en/directory/?freshness=stale")
    assert "Government Inspectorate" in html and "French Anti-Corruption" not in html
    assert "1 stale" in html
    assert 'href="/en/directory/export.csv?freshness=stale"' in html


def test_a_download_with_a_bad_filter_is_refused(client, afa):
    response = client.get("/en/directory/export.csv?designation=ministry")
    assert response.status_code == 400
    body = response.json()
    assert body["error"]["details"][0]["field"] == "designation"
    response = client.get("/en/directory/export.csv?state=FRA")
    assert response["Content-Disposition"].startswith('attachment; filename="authorities-FRA-')
    assert response["Cache-Control"] == "private, no-store"
    page(client, "/en/directory/export.pdf", 404)


def test_output_is_escaped(client, users, afa):
    services.update_authority(
        users["secretariat"], afa, afa_data(procedures=PAYLOAD, names={"fr": PAYLOAD}), revision=afa.revision
    )
    for address in (
        f"/fr/directory/{afa.pk}/",
        "/fr/directory/",
        "/fr/states/fra/",
        f"/fr/directory/{afa.pk}/history/",
    ):
        html = page(client, address)
        assert PAYLOAD not in html and "&lt;script&gt;" in html


# -- Editing and validation -------------------------------------------------------------------------------


def test_a_focal_points_change_goes_to_the_secretariat_and_is_published_when_validated(client, users, afa):
    client.force_login(users["other_focal_point"])
    edit = page(client, f"/en/directory/{afa.pk}/edit/")
    assert 'name="revision" value="1"' in edit and CONTACT_NAME in edit and "Send for validation" in edit
    response = client.post(
        f"/en/directory/{afa.pk}/edit/", form_data(afa, phone="+33 1 40 04 00 77", note="New line")
    )
    assert response.status_code == 302 and response["Location"] == f"/en/directory/{afa.pk}/"
    html = page(client, f"/en/directory/{afa.pk}/")
    assert "Your change was sent to the Secretariat for validation" in html
    assert "A change awaits the Secretariat" in html and "+33 1 40 04 00 77" in html
    client.logout()
    public = page(client, f"/en/directory/{afa.pk}/")
    assert "+33 1 40 04 00 77" not in public and "awaits" not in public
    client.force_login(users["secretariat"])
    queue = page(client, "/en/directory/validation/")
    assert "New line" in queue and "+33 1 40 04 00 77" in queue
    version = Authority.objects.get(pk=afa.pk).pending_version
    response = client.post(f"/en/directory/validation/{version.pk}/", {"decision": "validate"})
    assert response.status_code == 302
    assert "No change awaits validation." in page(client, "/en/directory/validation/")
    client.logout()
    assert "+33 1 40 04 00 77" in page(client, f"/en/directory/{afa.pk}/")


def test_a_rejection_needs_a_reason(client, users, afa):
    version = services.update_authority(
        users["other_focal_point"], afa, afa_data(phone="+33 1 40 04 00 77"), revision=1
    )
    client.force_login(users["secretariat"])
    client.post(f"/en/directory/validation/{version.pk}/", {"decision": "reject", "reason": ""})
    assert "Say why the change is not validated" in page(client, "/en/directory/validation/")
    client.post(f"/en/directory/validation/{version.pk}/", {"decision": "reject", "reason": "Wrong number."})
    assert "No change awaits validation." in page(client, "/en/directory/validation/")
    client.force_login(users["other_focal_point"])
    history = page(client, f"/en/directory/{afa.pk}/history/")
    assert "Rejected" in history and "Wrong number." in history


def test_the_secretariats_change_is_published_at_once(client, users, afa):
    client.force_login(users["secretariat"])
    assert "Save and publish" in page(client, f"/en/directory/{afa.pk}/edit/")
    client.post(f"/en/directory/{afa.pk}/edit/", form_data(afa, email="new@afa.demo.invalid"))
    client.logout()
    assert "new@afa.demo.invalid" in page(client, f"/en/directory/{afa.pk}/")


def test_a_wrong_value_is_shown_next_to_its_field_and_nothing_typed_is_lost(client, users, afa):
    client.force_login(users["other_focal_point"])
    response = client.post(
        f"/en/directory/{afa.pk}/edit/",
        form_data(afa, **{"email": "contact@", "contact-0-email": "nobody", "procedures": "Kept text"}),
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "“contact@” is not an e-mail address." in html and "“nobody” is not an e-mail address." in html
    assert 'id="id_email_errors"' in html and 'id="id_contact-0-email_errors"' in html
    # Screen readers are pointed at the error from the field.
    assert re.search(
        r'<input[^>]*name="email"[^>]*aria-invalid="true"[^>]*aria-describedby="id_email_errors"', html
    )
    assert "Kept text" in html
    assert Authority.objects.get(pk=afa.pk).revision == 1


def test_a_concurrent_change_is_not_overwritten(client, users, afa):
    services.update_authority(users["secretariat"], afa, afa_data(phone="+33 1 22 22 22 22"), revision=1)
    client.force_login(users["other_focal_point"])
    response = client.post(
        f"/en/directory/{afa.pk}/edit/", form_data(afa, revision=1, phone="+33 1 99 99 99 99")
    )
    assert response.status_code == 409
    assert "changed this record meanwhile" in response.content.decode()
    assert Authority.objects.get(pk=afa.pk).phone == "+33 1 22 22 22 22"


@pytest.mark.parametrize(
    ("role", "status"),
    [(None, 302), ("provider", 403), ("focal_point", 403), ("contributor", 403), ("administrator", 403)],
)
def test_others_may_not_edit(client, users, afa, role, status):
    if role:
        client.force_login(users[role])
    page(client, f"/en/directory/{afa.pk}/edit/", status)
    assert (
        client.post(f"/en/directory/{afa.pk}/edit/", form_data(afa, phone="+1 202 555 0100")).status_code
        == status
    )
    assert Authority.objects.get(pk=afa.pk).revision == 1
    page(client, "/en/directory/validation/", status)
    page(client, "/en/directory/import/", status)


def test_a_focal_point_adds_a_record_of_its_own_state_only(client, users, france):
    client.force_login(users["other_focal_point"])
    new = page(client, "/en/directory/new/?state=VNM")
    assert "Add an authority of France" in new  # its own State, whatever was asked
    data = {
        "revision": "0",
        "name-rows": "2",
        "contact-rows": "1",
        "designation": "asset_recovery",
        "is_active": "yes",
        "name-0-language": "fr",
        "name-0-name": "Plateforme d'identification des avoirs criminels",
        "state": "VNM",
    }
    response = client.post("/en/directory/new/", data)
    assert response.status_code == 302
    created = Authority.objects.get()
    assert created.state.iso3 == "FRA" and created.validation_state == "pending"
    assert "sent to the Secretariat for validation" in page(client, response["Location"])


def test_the_secretariat_chooses_the_state_first(client, users, reference):
    client.force_login(users["secretariat"])
    assert 'name="state"' in page(client, "/en/directory/new/")
    assert "Add an authority of Germany" in page(client, "/en/directory/new/?state=deu")
    page(client, "/en/directory/new/?state=xyz", 404)


def test_a_name_without_its_language_is_refused(client, users, france):
    client.force_login(users["other_focal_point"])
    data = {
        "revision": "0",
        "name-rows": "1",
        "contact-rows": "1",
        "designation": "prevention",
        "is_active": "yes",
    }
    response = client.post("/en/directory/new/", data | {"name-0-name": "Agence"})
    assert response.status_code == 400 and "Choose the language of this name" in response.content.decode()
    response = client.post("/en/directory/new/", data)
    assert response.status_code == 400
    assert "Give the authority&#x27;s official name in at least one language." in response.content.decode()
    assert not Authority.objects.exists()


# -- Confirming -------------------------------------------------------------------------------------------


def test_still_correct_from_the_page(client, users, afa):
    age(afa, 400)
    client.force_login(users["other_focal_point"])
    html = page(client, f"/en/directory/{afa.pk}/")
    assert "Still correct: confirm this record" in html and 'data-freshness="stale"' in html
    page(client, f"/en/directory/{afa.pk}/confirm/", 405)  # a GET changes nothing
    response = client.post(f"/en/directory/{afa.pk}/confirm/")
    assert response.status_code == 302
    html = page(client, f"/en/directory/{afa.pk}/")
    assert "the record is confirmed as correct today" in html and 'data-freshness="current"' in html
    client.force_login(users["focal_point"])
    assert "Still correct" not in page(client, f"/en/directory/{afa.pk}/")
    assert client.post(f"/en/directory/{afa.pk}/confirm/").status_code == 403


@pytest.fixture
def emailed(users, afa, mailoutbox):
    """France's Agency stale, and its focal point e-mailed the yearly request."""
    User.objects.filter(pk=users["other_focal_point"].pk).update(email="focal.fra@example.org")
    age(afa, 400)
    send_reconfirmation_requests()
    (link,) = re.findall(r"Still correct: (\S+)", mailoutbox[0].body)
    return link


def test_the_emailed_link_shows_a_button_and_only_its_post_confirms(client, afa, emailed, users):
    html = page(client, emailed)
    assert "Still correct: confirm this record" in html and "French Anti-Corruption Agency" in html
    assert CONTACT_NAME not in html  # a forwarded link shows nothing private
    page(client, emailed)
    afa.refresh_from_db()
    assert afa.last_confirmed_at < NOW - 300 * DAY  # opening it (twice) changed nothing
    response = client.post(emailed)
    assert (
        response.status_code == 200
        and "the record is confirmed as correct today" in response.content.decode()
    )
    afa.refresh_from_db()
    assert afa.last_confirmed_by == users["other_focal_point"]
    again = client.post(emailed).content.decode()
    assert "This record was already confirmed on" in again
    assert afa.confirmations.count() == 2


def test_an_altered_or_expired_link_is_refused(client, emailed):
    altered = emailed[:-3] + ("x" if emailed[-3] != "x" else "y") + "/"
    response = client.get(altered)
    assert response.status_code == 404 and "not valid" in response.content.decode()
    assert client.post(altered).status_code == 404
    ReconfirmationRequest.objects.filter(status=RequestStatus.SENT).update(expires_at=NOW - DAY)
    response = client.get(emailed)
    assert response.status_code == 410 and "has expired" in response.content.decode()
    assert client.post(emailed).status_code == 410


def test_the_link_does_not_confirm_for_someone_who_left(client, users, emailed):
    User.objects.filter(pk=users["other_focal_point"].pk).update(is_active=False)
    assert client.post(emailed).status_code == 403


# -- Import -----------------------------------------------------------------------------------------------


def upload(client, content: bytes, name: str = "authorities.csv", **extra):
    return client.post(
        "/en/directory/import/", {"file": SimpleUploadedFile(name, content, "text/csv"), **extra}
    )


def test_the_secretariat_imports_and_reads_the_report(client, users, reference):
    client.force_login(users["secretariat"])
    assert "Import national authorities" in page(client, "/en/directory/import/")
    good = "state,designation,name_fr\r\nFRA,prevention,Agence française anticorruption\r\n".encode()
    response = upload(client, good)
    html = response.content.decode()
    assert response.status_code == 200 and 'data-outcome="created"' in html
    assert Authority.objects.count() == 1


def test_a_bad_file_is_reported_row_by_row_and_nothing_imported(client, users, reference):
    client.force_login(users["secretariat"])
    bad = b"state,designation,name_fr,email\r\nXYZ,prevention,A,\r\nFRA,prevention,B,b@\r\n"
    response = upload(client, bad)
    html = response.content.decode()
    assert response.status_code == 400 and "nothing was imported" in html
    table = re.search(r'<table class="data-table import-problems">.*?</table>', html, re.S).group(0)
    assert "<td>2</td><td>state</td>" in table and "<td>3</td><td>email</td>" in table
    legacy = "state,designation,name_fr\r\nFRA,prevention,Agence française\r\n".encode("cp1252")
    html = upload(client, legacy).content.decode()
    assert "is not UTF-8 text" in html and "cp1252" in html
    assert upload(client, legacy, encoding="cp1252").status_code == 200
    assert Authority.objects.count() == 1


# -- The demo, crawled as the public ----------------------------------------------------------------------

LINK = re.compile(r'href="(/[^"#]*)')


def crawl_directory(client, starts: list[str], limit: int = 400) -> dict[str, str]:
    """Every directory page, country profile of the demo's States, download and API answer reachable from
    the starts, as the client sees it."""
    states = {
        f"/en/states/{iso3.lower()}/" for iso3 in Authority.objects.values_list("state__iso3", flat=True)
    }
    seen: dict[str, str] = {}
    queue = deque(starts)
    while queue and len(seen) < limit:
        address = queue.popleft().replace("&amp;", "&")
        if address in seen:
            continue
        response = client.get(address)
        assert response.status_code < 500, address
        body = response.content.decode("utf-8", "replace")
        seen[address] = body
        for link in LINK.findall(body):
            link = link.replace("&amp;", "&")
            if link.startswith(("/en/directory/", "/api/v1/authorities")) or link in states:
                queue.append(link)
    return seen


def test_the_public_never_sees_a_contact_person_of_the_demo(client, reference):
    create_demo_accounts()
    load_demo_directory()
    people = list(ContactPerson.objects.values_list("name", "email", "phone"))
    markers = {value for person in people for value in person if value}
    starts = [
        "/en/directory/",
        "/api/v1/authorities?limit=500",
        "/en/directory/export.csv",
        "/en/directory/export.json",
    ]
    starts += [f"/api/v1/authorities/{pk}" for pk in Authority.objects.values_list("pk", flat=True)]
    pages = crawl_directory(client, starts)
    assert len(pages) > 60  # every record, its history, the profiles, the downloads and the API
    leaks = sorted({address for address, body in pages.items() for marker in markers if marker in body})
    assert leaks == []
    # The stale records say so wherever they appear, and the change awaiting validation shows nowhere.
    assert 'data-freshness="stale"' in pages["/en/directory/"]
    assert '"stale": true' in pages["/en/directory/export.json"]
    assert "English address added" not in "".join(pages.values())
    # A government user does read them.
    client.force_login(User.objects.get(username="focal.vnm"))
    assert people[0][0] in page(client, f"/en/directory/{ContactPerson.objects.first().authority_id}/")
