"""The technical-assistance register's pages: the dashboard with its charts, tables and tile grid; the
lists, a need, an offer; the forms and the match queue role by role; the country profile's section;
confidentiality, escaping and the six interface languages."""

import io
import json
import re

import openpyxl
import pytest
from django.urls import reverse
from django.utils import translation

from observatory.assistance import services
from observatory.assistance.models import Decision, Match, Need, NeedStatus, Offer
from tests.assistance.conftest import (  # noqa: F401 (fixtures)
    CONTACT,
    FRANCE_NEED,
    PUBLIC_NEED,
    READERS,
    RESTRICTED_NEED,
    SECRET_NEED,
    STATES_NEED,
    answered,
    call,
    checklist,
    donor,
    draft_call,
    focal_points,
    parties,
    published,
    questions,
    reader,
    register,
    submission,
    submitted,
)
from tests.assistance.test_selectors import ALL, SEES

LANGUAGES = ["ar", "zh-hans", "en", "fr", "ru", "es"]
PAYLOAD = "<script>alert('x')</script>"
LINK = re.compile(r'href="(/[^"#?]*)')


def url(name, *args, language="en", query=""):
    with translation.override(language):
        return reverse(f"portal:{name}", args=args) + query


def login(client, users, role):
    if role:
        client.force_login(users[role])
    return client


def need(description: str) -> Need:
    return Need.objects.get(description=description)


def markers_in(text: str) -> set[str]:
    return {marker for marker in ALL if marker in text}


# --- Every page, every language ------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_register_renders_in_every_language(client, register, language):
    pages = [
        url("assistance", language=language),
        url("assistance_needs", language=language),
        url("assistance_offers", language=language),
        url("assistance_need", need(PUBLIC_NEED).pk, language=language),
        url("assistance_offer", register["offers"]["undp"].pk, language=language),
        url("state", "vnm", language=language),
    ]
    direction = "rtl" if language == "ar" else "ltr"
    for address in pages:
        response = client.get(address)
        assert response.status_code == 200, address
        html = response.content.decode()
        assert f'<html lang="{language}" dir="{direction}">' in html
    # The need is written in English: marked so, whatever the page's language.
    html = client.get(url("assistance_need", need(PUBLIC_NEED).pk, language=language)).content.decode()
    assert 'lang="en" dir="ltr"' in html


# --- The dashboard ---------------------------------------------------------------------------------------


def test_the_dashboard_draws_accessible_charts_with_their_tables(client, register):
    html = client.get(url("assistance")).content.decode()
    for chart in ("article-chart", "kind-chart", "group-chart", "status-chart", "time-chart"):
        assert f'aria-labelledby="{chart}-title {chart}-desc"' in html
        assert f'<title id="{chart}-title">' in html
    assert html.count('<svg role="img"') == 5
    assert html.count('<table class="data-table counts">') == 6  # five charts and the map
    # The public's figures: two open needs (Viet Nam's public one, France's), in two States.
    assert re.search(r'<span class="figure">2</span> open needs', html)
    assert re.search(r'<span class="figure">2</span> States with open needs', html)
    # The tile grid: every State, the ones with open needs a link to them, named for screen readers.
    assert html.count('class="tile') > 190
    tile = re.search(
        r'<li class="tile has-needs"><a href="([^"]+)"[^>]*><abbr title="Viet Nam">VNM</abbr>', html
    )
    assert tile and tile.group(1) == "/en/assistance/needs/?state=VNM&amp;status=open"
    assert "Viet Nam: 1 open need" in html


def test_the_dashboard_follows_the_filters_and_ignores_bad_ones_with_a_message(client, users, register):
    login(client, users, "secretariat")
    html = client.get(url("assistance", query="?group=asia_pacific&kind=money")).content.decode()
    assert "The filter “kind” with the value “money” was ignored" in html
    assert re.search(r'<span class="figure">2</span> open needs', html)  # Viet Nam's two
    assert re.search(r'<span class="figure">1</span> States with open needs', html)
    year = client.get(url("assistance", query="?by=year")).content.decode()
    assert "Year by year." in year


# --- Role by role ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", READERS)
def test_each_reader_meets_exactly_the_needs_admitted_to_them(client, users, register, role):
    login(client, users, role)
    seen = ""
    for address in (
        url("assistance"),
        url("assistance_needs"),
        url("assistance_needs", query="?withdrawn=include"),
        url("state", "vnm"),
        url("state", "arg"),
        url("state", "egy"),
        url("state", "fra"),
        url("assistance_needs_export", "csv"),
        url("assistance_needs_export", "json"),
    ):
        response = client.get(address)
        assert response.status_code == 200, address
        seen += response.content.decode()
    workbook = openpyxl.load_workbook(io.BytesIO(client.get(url("assistance_needs_export", "xlsx")).content))
    seen += " ".join(str(value) for row in workbook["needs"].iter_rows(values_only=True) for value in row)
    for description in ALL:
        page = client.get(url("assistance_need", need(description).pk))
        assert page.status_code == (200 if description in SEES[role] else 404)
        seen += page.content.decode()
    assert markers_in(seen) == SEES[role]


def test_the_public_crawl_of_the_register_meets_nothing_confidential(client, register):
    seen: dict[str, str] = {}
    queue = [url("assistance"), url("state", "vnm"), url("state", "arg")]
    while queue and len(seen) < 600:
        address = queue.pop(0)
        if address in seen or not address.startswith("/en/") or "/logout/" in address:
            continue
        response = client.get(address)
        assert response.status_code in (200, 302, 404), address
        body = response.content.decode("utf-8", "replace")
        seen[address] = body
        if response.get("Content-Type", "").startswith("text/html"):
            queue.extend(link for link in LINK.findall(body) if link.startswith("/en/assistance/"))
    assert any("/assistance/needs/" in address for address in seen)
    leaks = {address for address, body in seen.items() if markers_in(body) - SEES[None]}
    assert leaks == set()
    assert all(CONTACT not in body for body in seen.values())


@pytest.mark.parametrize(
    ("role", "sees"), [("focal_point", True), ("provider", True), ("donor", False), (None, False)]
)
def test_an_offers_contact_shows_to_whom_it_is_for(client, users, register, donor, role, sees):
    if role == "donor":
        client.force_login(donor)
    else:
        login(client, users, role)
    html = client.get(url("assistance_offer", register["offers"]["undp"].pk)).content.decode()
    assert (CONTACT in html) == sees


def test_a_need_page_shows_the_declarer_and_notes_to_the_state_and_the_secretariat(client, users, register):
    france = need(FRANCE_NEED)
    services.change_status(users["other_focal_point"], france, NeedStatus.UNMET, note="Quietnote-1188")
    address = url("assistance_need", france.pk)
    for role, sees in (
        ("other_focal_point", True),
        ("secretariat", True),
        ("focal_point", False),
        (None, False),
    ):
        client.logout()
        html = login(client, users, role).get(address).content.decode()
        assert ("Quietnote-1188" in html) == sees
        assert (users["other_focal_point"].username in html) == sees


# --- Forms -------------------------------------------------------------------------------------------------


def test_a_focal_point_declares_a_need_for_its_state(client, users, parties):
    login(client, users, "focal_point")
    form = client.get(url("assistance_need_new")).content.decode()
    assert 'name="state"' in form and ">Viet Nam<" in form and ">France<" not in form
    response = client.post(
        url("assistance_need_new"),
        {
            "state": "VNM",
            "kind": "legal_advice",
            "articles": "7; 8",
            "description": "Advice on a law on lobbying",
            "language": "en",
            "priority": "high",
            "status": "current",
            "source": "direct_entry",
            "visibility": "public",
        },
    )
    created = Need.objects.get(description="Advice on a law on lobbying")
    assert response.status_code == 302 and response["Location"] == url("assistance_need", created.pk)
    assert created.state.iso3 == "VNM" and [a.number for a in created.articles.all()] == [7, 8]
    # Posting another State is refused by the form's choices.
    response = client.post(url("assistance_need_new"), {"state": "FRA", "kind": "other", "description": "x"})
    assert response.status_code == 400 and not Need.objects.filter(state__iso3="FRA").exists()


def test_bad_input_is_shown_next_to_the_field(client, users, parties):
    login(client, users, "secretariat")
    response = client.post(
        url("assistance_need_new"),
        {
            "state": "VNM",
            "kind": "legal_advice",
            "articles": "9; 99",
            "description": "Something",
            "language": "en",
            "priority": "medium",
            "status": "current",
            "source": "direct_entry",
            "visibility": "public",
        },
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "The need was not saved" in html and "“99” is not an article of the Convention" in html
    assert not Need.objects.exists()


@pytest.mark.parametrize(
    ("role", "status"),
    [(None, 302), ("provider", 403), ("contributor", 403), ("administrator", 403), ("secretariat", 200)],
)
def test_who_may_open_the_need_form(client, users, parties, role, status):
    response = login(client, users, role).get(url("assistance_need_new"))
    assert response.status_code == status


def test_status_changes_and_withdrawals_from_the_need_page(client, users, register):
    france = need(FRANCE_NEED)
    login(client, users, "focal_point")  # Viet Nam's: not France's to change
    assert client.post(url("assistance_need_status", france.pk), {"status": "met"}).status_code == 403
    client.force_login(users["other_focal_point"])
    html = client.get(url("assistance_need", france.pk)).content.decode()
    assert "Change the status" in html and "Withdraw this need" in html
    response = client.post(
        url("assistance_need_status", france.pk), {"status": "being_met", "note": "UNODC helps"}
    )
    assert response.status_code == 302
    france.refresh_from_db()
    assert france.status == NeedStatus.BEING_MET
    assert client.post(url("assistance_need_status", france.pk), {"status": "finished"}).status_code == 400
    assert client.post(url("assistance_need_withdraw", france.pk)).status_code == 302
    france.refresh_from_db()
    assert france.withdrawn
    client.logout()
    assert client.get(url("assistance_need", france.pk)).status_code == 404
    # A need of a checklist answer has no edit or withdrawal form, only its status.
    client.force_login(users["focal_point"])
    html = client.get(url("assistance_need", need(PUBLIC_NEED).pk)).content.decode()
    assert "Change the status" in html and "Withdraw this need" not in html


def test_a_provider_records_and_changes_its_offer_but_not_anothers(client, users, register, donor):
    login(client, users, "provider")
    form = client.get(url("assistance_offer_new")).content.decode()
    assert 'value="UNDP"' in form and "disabled" in form
    response = client.post(
        url("assistance_offer_new"),
        {
            "provider_type": "un_entity",
            "programme": "Integrity in sport",
            "kinds": ["capacity_building"],
            "articles": "12",
            "regions": ["african"],
            "language": "en",
            "is_active": "on",
        },
    )
    offer = Offer.objects.get(programme="Integrity in sport")
    assert response.status_code == 302 and offer.organization == "UNDP"
    bad = client.post(
        url("assistance_offer_new"), {"provider_type": "un_entity", "programme": "X", "language": "en"}
    )
    assert bad.status_code == 400
    assert client.get(url("assistance_offer_edit", register["offers"]["donor"].pk)).status_code == 403
    client.force_login(donor)
    assert client.get(url("assistance_offer_edit", register["offers"]["donor"].pk)).status_code == 200


def test_the_match_queue_is_the_secretariats(client, users, register):
    services.propose_match(users["secretariat"], need(FRANCE_NEED), register["offers"]["donor"])
    for role, status in (("focal_point", 403), ("provider", 403), ("administrator", 200)):
        client.logout()
        assert login(client, users, role).get(url("assistance_matches")).status_code == status
    admin = client.get(url("assistance_matches")).content.decode()
    assert "Asset declaration twinning" in admin and 'name="decision"' not in admin  # reads, does not decide
    client.force_login(users["secretariat"])
    html = client.get(url("assistance_matches")).content.decode()
    assert "Suggest matches now" in html and 'value="confirmed"' in html
    assert client.post(url("assistance_matches_suggest")).status_code == 302
    match = Match.objects.get(need=need(FRANCE_NEED), offer=register["offers"]["donor"])
    response = client.post(
        url("assistance_match_decision", match.pk), {"decision": "rejected", "note": "Wrong region"}
    )
    assert response.status_code == 302
    match.refresh_from_db()
    assert match.decision == Decision.REJECTED and match.note == "Wrong region"
    client.force_login(users["administrator"])
    assert (
        client.post(url("assistance_match_decision", match.pk), {"decision": "confirmed"}).status_code == 403
    )


def test_the_import_form_reports_each_wrong_row(client, users, parties):
    login(client, users, "secretariat")
    data = b"state,kind,description\r\nVNM,other,Fine\r\nAtlantis,cash,Wrong\r\n"
    upload = io.BytesIO(data)
    upload.name = "needs.csv"
    response = client.post(url("assistance_needs_import"), {"file": upload})
    html = response.content.decode()
    assert response.status_code == 400 and "nothing was imported" in html
    assert "No State has the code or name “Atlantis”" in html and "<td>3</td>" in html
    assert not Need.objects.exists()
    upload = io.BytesIO(b"state,kind,description\r\nVNM,other,Fine\r\n")
    upload.name = "needs.csv"
    assert client.post(url("assistance_needs_import"), {"file": upload}).status_code == 302
    assert Need.objects.count() == 1


# --- Escaping, the country profile, downloads ---------------------------------------------------------


def test_what_people_write_is_shown_as_text(client, users, register):
    services.declare_need(users["secretariat"], state="VNM", kind="other", description=PAYLOAD)
    services.record_offer(
        users["secretariat"], organization=PAYLOAD, provider_type="other", programme=PAYLOAD, kinds=["other"]
    )
    created = Need.objects.get(description=PAYLOAD)
    for address in (
        url("assistance_need", created.pk),
        url("assistance_needs"),
        url("state", "vnm"),
        url("assistance_offers"),
        url("assistance"),
    ):
        html = client.get(address).content.decode()
        assert PAYLOAD not in html, address
    assert "&lt;script&gt;" in client.get(url("assistance_need", created.pk)).content.decode()


def test_the_country_profile_lists_the_states_needs(client, users, register):
    html = client.get(url("state", "vnm")).content.decode()
    assert "Technical-assistance needs" in html and PUBLIC_NEED in html and RESTRICTED_NEED not in html
    assert "Declare a need for this State" not in html
    assert 'href="/en/assistance/needs/?state=VNM"' in html
    client.force_login(users["focal_point"])
    html = client.get(url("state", "vnm")).content.decode()
    assert RESTRICTED_NEED in html and "Declare a need for this State" in html
    assert "Declare a need for this State" not in client.get(url("state", "fra")).content.decode()
    empty = client.get(url("state", "jpn")).content.decode()
    assert "No technical-assistance need of this State is in the register." in empty


def test_downloads_refuse_a_bad_filter_and_name_the_file(client, register):
    response = client.get(url("assistance_needs_export", "csv", query="?article=99"))
    assert response.status_code == 400
    body = json.loads(response.content)
    assert body["error"]["details"][0]["field"] == "article"
    response = client.get(url("assistance_needs_export", "csv", query="?state=VNM"))
    assert response.status_code == 200 and response["Cache-Control"] == "private, no-store"
    assert 'filename="assistance-needs-VNM-' in response["Content-Disposition"]
    assert response.content.startswith("\ufeff".encode())
    assert client.get(url("assistance_offers_export", "pdf")).status_code == 404
    offers = client.get(url("assistance_offers_export", "xlsx"))
    assert offers["Content-Type"].startswith("application/vnd.openxmlformats")


def test_the_secretariat_pairs_a_need_with_an_offer_from_its_page(client, users, register):
    france, donor_offer = need(FRANCE_NEED), register["offers"]["donor"]
    address = url("assistance_need_propose", france.pk)
    login(client, users, "other_focal_point")
    assert "Pair with an offer" not in client.get(url("assistance_need", france.pk)).content.decode()
    assert client.post(address, {"offer": donor_offer.pk}).status_code == 403
    client.force_login(users["secretariat"])
    assert "Pair with an offer" in client.get(url("assistance_need", france.pk)).content.decode()
    assert client.post(address, {"offer": "nothing"}).status_code == 400
    assert client.post(address, {"offer": donor_offer.pk, "note": "Ask them"}).status_code == 302
    match = Match.objects.get(need=france, offer=donor_offer)
    assert match.method == "secretariat" and match.note == "Ask them"
    assert client.post(address, {"offer": donor_offer.pk}).status_code == 409
