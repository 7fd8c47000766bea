"""The mandate tracker pages: the tracker with its filters, counts, due and overdue lists and timeline; a
mandate with its lineage, evidence and history; the resolutions paragraph by paragraph; the curators'
forms role by role; confidentiality, escaping and the six interface languages."""

import csv
import datetime
import io
import re
from collections import Counter

import pytest
from django.urls import resolve, reverse
from django.utils import timezone, translation

from observatory.accounts.permissions import SYSTEM
from observatory.convention.models import Topic
from observatory.library.models import Document, Visibility
from observatory.library.services import import_file
from observatory.mandates.models import (
    Decision,
    Evidence,
    Lineage,
    LineageRelation,
    Mandate,
    MandateStatus,
    Method,
    Session,
    StatusChange,
)
from observatory.portal import mandate_views
from tests.library.conftest import corpus_file  # noqa: F401 (fixture)
from tests.portal.test_public_crawl import downloaded_text

LANGUAGES = ["ar", "zh-hans", "en", "fr", "ru", "es"]
PAYLOAD = "<script>alert('x')</script>"
SECRET = "Quillfeather-2291"

RESOLUTION_8 = """Conference of the States Parties
to the United Nations
Convention against Corruption

Distr.: General
20 December 2019

Original: English

Extract from the report of the Conference of the States Parties to the United Nations Convention against \
Corruption on its eighth session, held in Abu Dhabi from 16 to 20 December 2019

Resolution {number}

{title}

The Conference of the States Parties to the United Nations Convention against Corruption,

Recalling its resolution 7/1 of 10 November 2017,

1. Requests the Secretariat, subject to the availability of extrabudgetary resources, to prepare a study \
on {subject} and to report to the Conference at its ninth session;

2. Invites States parties to share their experience with the Secretariat.
"""

REPORT = """Conference of the States Parties
to the United Nations
Convention against Corruption

Distr.: General
2 October 2019

Original: English

Implementation of resolution 7/1: report of the Secretariat

I. Introduction

1. In its resolution 7/1, the Conference requested the Secretariat to gather information on {subject}.

2. Pursuant to that request, the Secretariat prepared a study, which is before the Conference.
"""


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _mandate(document: Document, pid: str) -> Mandate:
    return Mandate.objects.get(document=document, pid=pid, clause=0)


@pytest.fixture
def tracker(reference, corpus_file, tmp_path, users):
    """Resolutions of the seventh session (English and French, public) and of the eighth (one public, one
    for the Secretariat only), two follow-up reports (public and Secretariat only); statuses, due dates,
    topics, lineage and evidence set on a few mandates."""
    import_file(SYSTEM, corpus_file("cosp7-resolutions", "en", "txt"))
    import_file(SYSTEM, corpus_file("cosp7-resolutions", "fr", "docx"))
    import_file(SYSTEM, corpus_file("wg4-2011-asset-declarations", "en", "txt"))  # recommendations
    public_8 = RESOLUTION_8.format(number="8/9", title="Asset declarations", subject="asset declarations")
    secret_8 = RESOLUTION_8.format(number="8/10", title=SECRET, subject=SECRET)
    import_file(SYSTEM, _write(tmp_path, "r89.txt", public_8), symbol="CAC/COSP/2019/17")
    import_file(
        SYSTEM,
        _write(tmp_path, "r810.txt", secret_8),
        symbol="CAC/COSP/2019/18",
        visibility=Visibility.SECRETARIAT,
    )
    import_file(
        SYSTEM,
        _write(tmp_path, "rep.txt", REPORT.format(subject="asset declarations")),
        symbol="CAC/COSP/2019/4",
    )
    import_file(
        SYSTEM,
        _write(tmp_path, "srep.txt", REPORT.format(subject=SECRET)),
        symbol="CAC/COSP/2019/5",
        visibility=Visibility.SECRETARIAT,
    )
    docs = {key: Document.objects.get(key=key) for key in Document.objects.values_list("key", flat=True)}
    cosp7 = docs["CAC/COSP/2017/14"]
    today = timezone.localdate()
    # The twelfth session, in three months: what reports to it is due at the next session.
    Session.objects.filter(body="cosp", number=12).update(
        starts=today + datetime.timedelta(days=90), ends=today + datetime.timedelta(days=94)
    )
    request_study = _mandate(cosp7, "7/1 op 4")
    Mandate.objects.filter(pk=request_study.pk).update(
        status=MandateStatus.IN_PROGRESS,
        report_body="cosp",
        report_session=12,
        report_due=today + datetime.timedelta(days=90),
    )
    thematic = _mandate(cosp7, "7/1 op 5")  # reports to the eighth session (2019): overdue while open
    Mandate.objects.filter(pk=_mandate(cosp7, "7/2 op 7").pk).update(status=MandateStatus.REPORTED)
    Mandate.objects.filter(pk=_mandate(cosp7, "7/3 op 5").pk).update(status=MandateStatus.IMPLEMENTED)
    later_report = _mandate(cosp7, "7/2 op 4")  # due after the next session: neither list
    Mandate.objects.filter(pk=later_report.pk).update(
        report_body="cosp", report_session=13, report_due=today + datetime.timedelta(days=800)
    )
    topic = Topic.objects.get(slug="conflicts-of-interest")
    request_study.topics.add(topic)
    secret = _mandate(docs["CAC/COSP/2019/18"], "8/10 op 1")
    Mandate.objects.filter(pk=secret.pk).update(report_due=today - datetime.timedelta(days=5))
    secret.topics.add(topic)
    follow_up = _mandate(docs["CAC/COSP/2019/17"], "8/9 op 1")
    links = {
        "confirmed": Lineage.objects.create(
            later=follow_up,
            earlier=request_study,
            relation=LineageRelation.CONTINUES,
            method=Method.EXPLICIT,
            score=0.93,
            decision=Decision.CONFIRMED,
        ),
        "proposed": Lineage.objects.create(
            later=follow_up,
            earlier=thematic,
            relation=LineageRelation.RECALLS,
            method=Method.SIMILARITY,
            score=0.61,
        ),
        "rejected": Lineage.objects.create(
            later=follow_up,
            earlier=_mandate(cosp7, "7/1 op 6"),
            relation=LineageRelation.RECALLS,
            method=Method.SIMILARITY,
            score=0.40,
            decision=Decision.REJECTED,
        ),
        "secret": Lineage.objects.create(
            later=secret,
            earlier=request_study,
            relation=LineageRelation.CONTINUES,
            method=Method.EXPLICIT,
            score=0.9,
            decision=Decision.CONFIRMED,
        ),
    }
    report, secret_report = docs["CAC/COSP/2019/4"], docs["CAC/COSP/2019/5"]
    evidence = {
        "confirmed": Evidence.objects.create(
            mandate=request_study,
            document=report,
            pid="2",
            text="Pursuant to that request, the Secretariat "
            "prepared a study, which is before the Conference.",
            method=Method.EXPLICIT,
            score=0.88,
            decision=Decision.CONFIRMED,
        ),
        "proposed": Evidence.objects.create(
            mandate=request_study,
            document=report,
            pid="1",
            text="Proposed-evidence-1",
            method=Method.SIMILARITY,
            score=0.5,
        ),
        "rejected": Evidence.objects.create(
            mandate=request_study,
            document=cosp7,
            pid="1",
            text="Rejected-evidence-1",
            method=Method.SIMILARITY,
            score=0.2,
            decision=Decision.REJECTED,
        ),
        "secret": Evidence.objects.create(
            mandate=request_study,
            document=secret_report,
            pid="1",
            text=f"{SECRET} evidence",
            method=Method.EXPLICIT,
            score=0.9,
            decision=Decision.CONFIRMED,
        ),
    }
    StatusChange.objects.create(
        mandate=request_study,
        before=MandateStatus.OPEN,
        after=MandateStatus.IN_PROGRESS,
        by=users["secretariat"],
        at=timezone.now(),
        evidence=evidence["secret"],
        note="Started.",
    )
    return {
        "docs": docs,
        "today": today,
        "request_study": Mandate.objects.get(pk=request_study.pk),
        "thematic": thematic,
        "later_report": later_report,
        "secret": secret,
        "follow_up": follow_up,
        "topic": topic,
        "links": links,
        "evidence": evidence,
    }


def _public():
    """The current mandates of public documents, as the tests compute them (not through the selectors)."""
    return list(Mandate.objects.filter(is_current=True, document__visibility=Visibility.PUBLIC))


def _tracker(client, language="en", **params):
    response = client.get(f"/{language}/mandates/", params)
    assert response.status_code == 200
    return response


def _listed(response) -> list[Mandate]:
    return list(response.context["page"].paginator.object_list)


def _facet(response, name) -> dict[str, int]:
    group = next(g for g in response.context["groups"] if g["name"] == name)
    return {option["value"]: option["count"] for option in group["options"]}


# --- The tracker -----------------------------------------------------------------------------------------


def test_the_tracker_lists_what_the_reader_may_see_with_counts_per_status(client, tracker):
    response = _tracker(client)
    expected = _public()
    assert {m.pk for m in _listed(response)} == {m.pk for m in expected}
    assert _facet(response, "status") == dict(Counter(m.status for m in expected))
    html = response.content.decode()
    assert '<span class="count" data-status="in_progress">1</span>' in html
    assert 'href="?status=implemented"' in html
    assert SECRET not in html


FILTERS = [
    ("session", "cosp/7", lambda m: (m.body, m.session) == ("cosp", 7)),
    ("session", "cosp/8", lambda m: (m.body, m.session) == ("cosp", 8)),
    ("body", "cosp", lambda m: m.body == "cosp"),
    ("addressee", "Secretariat", lambda m: "Secretariat" in m.addressees),
    ("addressee", "States parties", lambda m: "States parties" in m.addressees),
    ("status", "implemented", lambda m: m.status == "implemented"),
    ("status", "open", lambda m: m.status == "open"),
    ("condition", "extrabudgetary", lambda m: "extrabudgetary" in m.conditions),
    ("condition", "upon_request", lambda m: "upon_request" in m.conditions),
    ("category", "requests", lambda m: m.category == "requests"),
    ("category", "declarative", lambda m: m.category == "declarative"),
    ("article", "8", lambda m: m.articles.filter(number=8).exists()),
    ("topic", "conflicts-of-interest", lambda m: m.topics.filter(slug="conflicts-of-interest").exists()),
]


@pytest.mark.parametrize(("name", "value", "matches"), FILTERS, ids=[f"{n}={v}" for n, v, _m in FILTERS])
def test_every_filter_narrows_and_its_count_matches(client, tracker, name, value, matches):
    expected = {m.pk for m in _public() if matches(m)}
    assert expected, "the fixture has mandates of every filter"
    everything = _tracker(client)
    assert _facet(everything, name)[value] == len(expected)  # the count shown before choosing it …
    narrowed = _tracker(client, **{name: value})
    assert {m.pk for m in _listed(narrowed)} == expected  # … is what choosing it lists
    assert narrowed.context["page"].paginator.count == len(expected)
    assert _facet(narrowed, name)[value] == len(expected)
    if name != "status":  # the status facet counts every status, with the other filters
        assert sum(_facet(narrowed, "status").values()) == len(expected)
    assert expected < {m.pk for m in _public()}  # it narrowed


def test_filters_combine_and_facets_count_with_the_other_filters(client, tracker):
    response = _tracker(client, addressee="Secretariat", condition="extrabudgetary")
    public = _public()
    both = {m.pk for m in public if "Secretariat" in m.addressees and "extrabudgetary" in m.conditions}
    assert {m.pk for m in _listed(response)} == both
    # The addressee facet counts with the condition filter only, and the other way round.
    extrabudgetary = [m for m in public if "extrabudgetary" in m.conditions]
    assert _facet(response, "addressee")["UNODC"] == sum("UNODC" in m.addressees for m in extrabudgetary)
    secretariat = [m for m in public if "Secretariat" in m.addressees]
    assert _facet(response, "condition")["existing_resources"] == sum(
        "existing_resources" in m.conditions for m in secretariat
    )
    html = response.content.decode()
    assert "Remove the filter" in html and "Clear all filters" in html


def test_unknown_filter_values_are_ignored_with_a_message(client, tracker):
    response = _tracker(client, status="finished", article="99", session="moon/7", topic="no-such-topic")
    assert response.context["page"].paginator.count == len(_public())
    html = response.content.decode()
    assert html.count("was ignored") == 4
    assert "finished" in html and "moon/7" in html
    assert '<div class="error-box" role="alert">' in html
    # A valid filter next to a bad one still applies.
    response = _tracker(client, status="finished", category="requests")
    assert {m.category for m in _listed(response)} == {"requests"}


def test_the_tracker_is_paginated(client, tracker, monkeypatch):
    monkeypatch.setattr(mandate_views, "PAGE_SIZE", 10)
    total = sum(m.body == "cosp" for m in _public())
    first = _tracker(client, body="cosp")
    assert len(first.context["page"].object_list) == 10 and first.context["page"].paginator.count == total
    html = first.content.decode()
    assert 'href="?body=cosp&amp;page=2"' in html
    second = _tracker(client, body="cosp", page="2")
    assert not {m.pk for m in first.context["page"]} & {m.pk for m in second.context["page"]}


def test_due_at_the_next_session_and_overdue(client, tracker):
    response = _tracker(client)
    today = tracker["today"]
    groups = response.context["due_groups"]
    assert [group.session.number for group in groups] == [12]
    assert [m.pk for m in groups[0].mandates] == [tracker["request_study"].pk]
    public = _public()
    overdue = {
        m.pk for m in public if m.report_due and m.report_due < today and m.status in ("open", "in_progress")
    }
    assert {m.pk for m in response.context["overdue"]} == overdue
    assert tracker["thematic"].pk in overdue  # reported to the eighth session, still open
    reported = {m.pk for m in public if m.report_due and m.report_due < today and m.status == "reported"}
    assert reported and not reported & overdue  # reported mandates are not overdue
    assert tracker["later_report"].pk not in overdue | {m.pk for m in groups[0].mandates}
    # The same lists as filters.
    assert {m.pk for m in _listed(_tracker(client, due="overdue"))} == overdue
    assert {m.pk for m in _listed(_tracker(client, due="next"))} == {tracker["request_study"].pk}
    html = response.content.decode()
    assert "Reports due at the Conference of the States Parties, session 12" in html


def test_nothing_is_due_when_the_next_session_has_no_date(client, tracker):
    Session.objects.filter(body="cosp", number=12).update(starts=None, ends=None)
    response = _tracker(client)
    assert response.context["due_groups"] == []
    assert "No pending mandate is due at the next session" in response.content.decode()


def test_the_timeline_chart_and_its_table(client, tracker):
    response = _tracker(client)
    html = response.content.decode()
    svg = re.search(r"<svg[^>]*>.*?</svg>", html, re.S).group(0)
    assert 'role="img"' in svg and 'aria-labelledby="chart-title chart-desc"' in svg
    assert '<title id="chart-title">Mandates by adopting session and status</title>' in svg
    rows = {(row.body, row.session): row for row in response.context["timeline"]}
    public = _public()
    assert rows[("cosp", 7)].total == sum(m.session == 7 for m in public)
    assert rows[("cosp", 8)].total == sum(
        m.session == 8 for m in public
    )  # the secret resolution is not counted
    assert dict(rows[("cosp", 7)].counts)["implemented"] == 1
    assert len(re.findall(r"<rect ", svg)) == sum(1 for row in rows.values() for _s, n in row.counts if n)
    table = html[html.index("the figures of the chart") :]
    assert '<th scope="row">Conference of the States Parties, session 7 (2017)</th>' in table
    # Numbers in SVG attributes are never localized ("12,5" would break the drawing).
    french = _tracker(client, "fr").content.decode()
    french_svg = re.search(r"<svg[^>]*>.*?</svg>", french, re.S).group(0)
    assert not re.search(r'(?:x|y|height)="\d+,\d', french_svg)


def test_the_tracker_links_a_mandate_and_escapes_its_text(client, tracker):
    Mandate.objects.filter(pk=tracker["request_study"].pk).update(text=f"Requests {PAYLOAD} the Secretariat")
    html = _tracker(client).content.decode()
    assert PAYLOAD not in html and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert f'href="/en/mandates/{tracker["request_study"].pk}/"' in html
    page = client.get(f"/en/mandates/{tracker['request_study'].pk}/").content.decode()
    assert PAYLOAD not in page and "&lt;script&gt;" in page


# --- A mandate -------------------------------------------------------------------------------------------


def test_the_mandate_page(client, tracker):
    mandate = tracker["request_study"]
    html = client.get(f"/en/mandates/{mandate.pk}/").content.decode()
    assert '<blockquote class="mandate-text" lang="en" dir="ltr">Requests the Secretariat' in html
    assert "Subject to extrabudgetary resources" in html and "Secretariat" in html
    assert 'href="/en/library/CAC/COSP/2017/14/#p-7-1-op-4"' in html  # the source paragraph
    assert 'href="/en/mandates/?topic=conflicts-of-interest"' in html
    assert "Conference of the States Parties, session 12" in html  # the reporting duty
    assert f'<time datetime="{mandate.report_due.isoformat()}">' in html
    assert "In progress" in html and "Started." in html  # the status and its history
    assert "Resolution 7/1, paragraph 4" in html
    assert 'href="/en/mandates/resolutions/7/1/?document=CAC%2FCOSP%2F2017%2F14"' in html
    # Lineage: the later mandate that continues it (the Secretariat-only one is not shown).
    assert f'href="/en/mandates/{tracker["follow_up"].pk}/"' in html
    assert f'href="/en/mandates/{tracker["secret"].pk}/"' not in html
    # Evidence: confirmed only, from documents the reader may see, linked to the paragraph.
    assert 'href="/en/library/CAC/COSP/2019/4/#p-2"' in html
    assert "Proposed-evidence-1" not in html and "Rejected-evidence-1" not in html and SECRET not in html
    assert "CAC/COSP/2019/5" not in html  # nor in the status history
    assert "Change the status" not in html and "Add evidence" not in html


def test_articles_link_to_their_pages(client, tracker):
    mandate = _mandate(tracker["docs"]["CAC/COSP/2017/14"], "7/1 op 1")
    assert mandate.articles.filter(number=8).exists()
    html = client.get(f"/en/mandates/{mandate.pk}/").content.decode()
    assert '<a href="/en/convention/articles/8/">Article 8</a>' in html


def test_the_other_clauses_of_a_paragraph(client, tracker):
    head = tracker["request_study"]
    clause = Mandate.objects.create(
        document=head.document,
        pid=head.pid,
        clause=1,
        parent=head,
        source=head.source,
        resolution=head.resolution,
        number=head.number,
        position=head.position,
        body="cosp",
        session=7,
        year=2017,
        language="en",
        text="and requests the Secretariat to report thereon",
        category="requests",
        addressees=["Secretariat"],
    )
    html = client.get(f"/en/mandates/{clause.pk}/").content.decode()
    assert "Other clauses of the same paragraph" in html and f'href="/en/mandates/{head.pk}/"' in html
    html = client.get(f"/en/mandates/{head.pk}/").content.decode()
    assert f'href="/en/mandates/{clause.pk}/"' in html and "Clause 1" in html


def test_proposed_and_rejected_links_and_evidence_are_for_curators(client, users, tracker):
    mandate, follow_up = tracker["request_study"], tracker["follow_up"]
    thematic = tracker["thematic"]
    for role in (None, "focal_point", "provider"):
        if role:
            client.force_login(users[role])
        html = client.get(f"/en/mandates/{follow_up.pk}/").content.decode()
        assert f'href="/en/mandates/{mandate.pk}/"' in html, role  # confirmed
        assert f'href="/en/mandates/{thematic.pk}/"' not in html, role  # proposed
        assert "Proposed" not in html and "Rejected" not in html, role
        assert "Curate" not in html and "Change the status" not in html, role
    client.force_login(users["secretariat"])
    html = client.get(f"/en/mandates/{follow_up.pk}/").content.decode()
    assert f'href="/en/mandates/{thematic.pk}/"' in html and "Proposed" in html and "Rejected" in html
    assert f'action="/en/mandates/{follow_up.pk}/lineage/{tracker["links"]["proposed"].pk}/decision/"' in html
    html = client.get(f"/en/mandates/{mandate.pk}/").content.decode()
    assert "Proposed-evidence-1" in html and "Rejected-evidence-1" in html and SECRET in html
    assert "Change the status" in html and "Add evidence" in html
    assert '<label for="add-evidence-document">' in html and '<label for="status-status">' in html
    assert 'href="/en/library/CAC/COSP/2019/5/#p-1"' in html  # the history's evidence, for the Secretariat


def test_a_secretariat_only_mandate_is_hidden_from_the_public_and_states(client, users, tracker):
    secret = tracker["secret"]
    addresses = [f"/en/mandates/{secret.pk}/", "/en/mandates/resolutions/8/10/"]
    public = sum(m.topics.filter(slug="conflicts-of-interest").exists() for m in _public())
    for role in (None, "focal_point", "contributor", "provider"):
        if role:
            client.force_login(users[role])
        for address in addresses:
            assert client.get(address).status_code == 404, (role, address)
        response = _tracker(client, topic="conflicts-of-interest")
        assert secret.pk not in {m.pk for m in _listed(response)}
        assert _facet(response, "topic")["conflicts-of-interest"] == public, role
        assert secret.pk not in {m.pk for m in response.context["overdue"]}
        html = response.content.decode() + client.get("/en/mandates/resolutions/").content.decode()
        assert SECRET not in html and "8/10" not in html, role
    client.force_login(users["secretariat"])
    for address in addresses:
        assert client.get(address).status_code == 200, address
    response = _tracker(client, topic="conflicts-of-interest")
    assert secret.pk in {m.pk for m in _listed(response)}
    assert _facet(response, "topic")["conflicts-of-interest"] == public + 1
    assert secret.pk in {m.pk for m in response.context["overdue"]}
    assert SECRET in client.get("/en/mandates/resolutions/").content.decode()


def _crawl_mandate_pages(client, limit: int = 400) -> dict[str, str]:
    """Every tracker page reachable by links (facets, filters, pages, mandates, resolutions) and the
    exports they link to (read as text, so that a marker inside one shows too). The reports (DOCX, PDF)
    are not fetched: their confidentiality is tested with them, in tests/mandates/test_reports.py."""
    link = re.compile(r'href="([^"#]*)')
    seen: dict[str, str] = {}
    queue = ["/en/mandates/", "/en/mandates/resolutions/"]
    while queue and len(seen) < limit:
        address = queue.pop(0)
        if address in seen or re.search(r"/status\.\w+$", address.split("?", 1)[0]):
            continue
        response = client.get(address)
        assert response.status_code < 500, address
        seen[address] = html = downloaded_text(response).removeprefix("\ufeff")
        if not response["Content-Type"].startswith("text/html"):
            continue
        path = address.split("?", 1)[0]
        for found in link.findall(html):
            found = found.replace("&amp;", "&")
            target = path + found if found.startswith("?") else found
            if target.startswith("/en/mandates/") and target not in seen:
                queue.append(target)
    return seen


@pytest.mark.parametrize("role", [None, "focal_point", "provider", "secretariat"])
def test_no_tracker_page_shows_a_secretariat_only_mandate(client, users, tracker, role):
    if role:
        client.force_login(users[role])
    pages = _crawl_mandate_pages(client)
    assert f"/en/mandates/{tracker['request_study'].pk}/" in pages and len(pages) > 20
    shown = [address for address, html in pages.items() if SECRET in html or "8/10" in html]
    # The same crawl finds it for the Secretariat: the links lead there.
    assert bool(shown) == (role == "secretariat")


# --- One set of filters: the tracker, the exports and the API ---------------------------------------------

#: The same filters given to the tracker, the CSV and JSON exports and the API, each of every kind (a
#: session by number, by year and of any body; the due lists) and some together.
SAME_FILTERS = [
    {},
    {"session": "cosp/8"},
    {"session": "cosp/2019"},
    {"session": "8"},
    {"session": "COSP/7", "addressee": "secretariat"},
    {"body": "cosp", "status": "in_progress"},
    {"addressee": "States parties"},
    {"condition": "extrabudgetary"},
    {"category": "requests", "article": "8"},
    {"topic": "conflicts-of-interest"},
    {"due": "next"},
    {"due": "overdue"},
    {"due": "overdue", "topic": "conflicts-of-interest"},
    {"resolution": "8/10"},
    {"document": "CAC/COSP/2019/18"},
    {"resolution": "7/1", "status": "open"},
]


def _csv_rows(client, params) -> dict[int, dict[str, str]]:
    response = client.get("/en/mandates/export.csv", params)
    assert response.status_code == 200, response.content
    reader = csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"), newline=""))
    return {int(row["id"]): row for row in reader}


def _api_rows(client, params) -> dict[int, dict]:
    response = client.get("/api/v1/mandates", {**params, "limit": 500})
    assert response.status_code == 200, response.content
    rows = response.json()
    assert response["X-Total-Count"] == str(len(rows))
    return {row["id"]: row for row in rows}


@pytest.mark.parametrize("role", [None, "secretariat"])
def test_the_tracker_the_exports_and_the_api_list_the_same_mandates(client, users, tracker, role):
    if role:
        client.force_login(users[role])
    secret = tracker["secret"].pk
    for params in SAME_FILTERS:
        page = _tracker(client, **params)
        assert page.context["ignored"] == [], params
        listed = {m.pk for m in _listed(page)}
        csv_rows = _csv_rows(client, params)
        json_rows = {row["id"] for row in client.get("/en/mandates/export.json", params).json()["mandates"]}
        api_rows = _api_rows(client, params)
        assert listed == set(csv_rows) == json_rows == set(api_rows), params
        if role is None:
            assert secret not in listed, params
    # It matches these filters, so the Secretariat's lists hold it and the public's do not.
    for params in ({"session": "cosp/8"}, {"due": "overdue"}, {"topic": "conflicts-of-interest"}):
        assert (secret in {m.pk for m in _listed(_tracker(client, **params))}) == (role == "secretariat")
        assert (secret in _api_rows(client, params)) == (role == "secretariat")
    assert bool(_api_rows(client, {"resolution": "8/10"})) == (role == "secretariat")


@pytest.mark.parametrize("role", [None, "secretariat"])
def test_the_counts_of_evidence_and_lineage_are_the_same_everywhere(client, users, tracker, role):
    if role:
        client.force_login(users[role])
    page = _tracker(client, resolution="7/1")
    shown = {m.pk: (m.evidence_count, m.lineage_count) for m in page.context["page"]}
    csv_rows = _csv_rows(client, {"resolution": "7/1"})
    api_rows = _api_rows(client, {"resolution": "7/1"})
    assert shown == {pk: (int(row["evidence"]), int(row["lineage"])) for pk, row in csv_rows.items()}
    assert shown == {pk: (row["evidence"], row["lineage"]) for pk, row in api_rows.items()}
    study = tracker["request_study"].pk
    # Confirmed only, for the Secretariat too; its own evidence and the link from its own resolution
    # count for it alone.
    assert shown[study] == ((2, 2) if role else (1, 1))
    detail = client.get(f"/api/v1/mandates/{study}").json()
    assert (detail["evidence"], detail["lineage"]) == shown[study]
    row = page.content.decode().split(f'href="/en/mandates/{study}/"', 1)[1].split("</tr>", 1)[0]
    assert row.endswith(f"<td>{shown[study][0]}</td>\n  <td>{shown[study][1]}</td>\n")


def test_a_bad_value_is_ignored_by_the_tracker_and_refused_by_the_exports_and_the_api(client, tracker):
    params = {"status": "finished", "due": "soon", "session": "moon/7", "category": "requests"}
    page = _tracker(client, **params)
    assert [item["value"] for item in page.context["ignored"]] == ["moon/7", "finished", "soon"]
    html = page.content.decode()
    assert html.count("was ignored") == 3 and "open, in_progress" in html
    # The good filter still applies.
    assert {m.category for m in _listed(page)} == {"requests"}
    export = client.get("/en/mandates/export.csv", params)
    api = client.get("/api/v1/mandates", params)
    assert (export.status_code, api.status_code) == (400, 422)
    exported, answered = export.json()["error"], api.json()["error"]
    assert exported == answered  # the same reading, the same words
    assert [(d["field"], d["value"]) for d in answered["details"]] == [
        ("session", "moon/7"),
        ("status", "finished"),
        ("due", "soon"),
    ]
    assert answered["details"][2]["accepted"] == ["next", "overdue"]
    assert "cosp" in answered["message"] and "in_progress" in answered["details"][1]["accepted"]


def test_a_session_named_by_its_year_is_chosen_in_its_facet(client, tracker):
    response = _tracker(client, session="cosp/2019")
    chosen = [option for option in _group(response, "session")["options"] if option["selected"]]
    assert [(option["value"], option["count"]) for option in chosen] == [
        ("cosp/2019", response.context["page"].paginator.count)
    ]
    html = response.content.decode()
    assert "Adopted at: Conference of the States Parties, 2019" in html


def _group(response, name):
    return next(g for g in response.context["groups"] if g["name"] == name)


def test_the_tracker_links_its_exports_with_the_current_filters(client, tracker):
    html = _tracker(client, session="cosp/7", status="open").content.decode()
    assert 'href="/en/mandates/export.csv?session=cosp%2F7&amp;status=open"' in html
    assert 'href="/en/mandates/export.json?session=cosp%2F7&amp;status=open"' in html
    unfiltered = _tracker(client).content.decode()
    assert 'href="/en/mandates/export.csv"' in unfiltered and 'href="/en/mandates/export.json"' in unfiltered
    # A filter the lists do not show (from a link) is kept by the form and can be lifted.
    html = _tracker(client, resolution="7/1").content.decode()
    assert '<input type="hidden" name="resolution" value="7/1">' in html
    assert "Resolution: 7/1" in html and 'href="/en/mandates/export.csv?resolution=7%2F1"' in html


def test_the_download_routes_resolve_beside_the_resolutions(client, tracker):
    assert resolve("/en/mandates/resolutions/7/1/").url_name == "mandate_resolution"
    report = resolve("/en/mandates/resolutions/CAC/COSP/2017/14/7/1/status.pdf")
    assert report.url_name == "resolution_status_report"
    assert report.kwargs == {"key": "CAC/COSP/2017/14", "session": 7, "number": 1, "fmt": "pdf"}
    # A document key that looks like a resolution number is still a key.
    assert resolve("/en/mandates/resolutions/7/1/7/1/status.docx").kwargs["key"] == "7/1"
    assert resolve("/en/mandates/export.csv").url_name == "mandate_export"
    assert resolve("/en/mandates/12/").url_name == "mandate"
    with translation.override("fr"):
        address = reverse(
            "portal:resolution_status_report",
            kwargs={"key": "CAC/COSP/2017/14", "session": 7, "number": 1, "fmt": "docx"},
        )
    assert address == "/fr/mandates/resolutions/CAC/COSP/2017/14/7/1/status.docx"


def test_the_resolution_page_links_its_report_in_the_six_languages(client, users, tracker):
    html = client.get("/en/mandates/resolutions/7/1/").content.decode()
    assert "Status of implementation (DOCX / PDF)" in html
    report = "/en/mandates/resolutions/CAC/COSP/2017/14/7/1/status"
    for language in ("ar", "zh", "en", "fr", "ru", "es"):
        for fmt in ("docx", "pdf"):
            assert f'href="{report}.{fmt}?language={language}"' in html
    response = client.get("/en/mandates/resolutions/CAC/COSP/2017/14/7/1/status.docx", {"language": "fr"})
    assert response.status_code == 200 and response["Content-Type"].startswith("application/vnd.openxml")
    # The Secretariat-only resolution's report is not found by the public, and is by the Secretariat.
    secret = "/en/mandates/resolutions/CAC/COSP/2019/18/8/10/status.docx"
    assert client.get(secret).status_code == 404
    client.force_login(users["secretariat"])
    assert 'href="/en/mandates/resolutions/CAC/COSP/2019/18/8/10/status.docx?language=en"' in (
        client.get("/en/mandates/resolutions/8/10/").content.decode()
    )
    assert client.get(secret).status_code == 200


# --- Resolutions -----------------------------------------------------------------------------------------


def test_the_resolution_index(client, tracker):
    html = client.get("/en/mandates/resolutions/").content.decode()
    for number in ("7/1", "7/2", "7/3", "8/9"):
        assert f"Resolution {number}</a>" in html
    assert html.index("Resolution 7/3") < html.index("Resolution 8/9")
    assert "Strengthening asset declaration systems and the management of conflicts of interest" in html


def test_a_resolution_paragraph_by_paragraph(client, tracker):
    response = client.get("/en/mandates/resolutions/7/1/")
    assert response.status_code == 200
    html = response.content.decode()
    text = html[html.index('class="document-text resolution-text"') :]
    assert text.index("Recalling General Assembly resolution 58/4") < text.index("Urges States parties")
    assert text.index("Urges States parties") < text.index("Requests the Secretariat, subject")
    assert "Resolution 7/2" not in text  # only this resolution's paragraphs
    paragraph = text[text.index('id="p-7-1-op-4"') :]
    paragraph = paragraph[: paragraph.index("</div>")]
    assert f'href="/en/mandates/{tracker["request_study"].pk}/"' in paragraph and "In progress" in paragraph
    assert 'id="p-7-1-pp-1"' in text  # preambular paragraphs are shown, with no mandate
    assert client.get("/en/mandates/resolutions/7/99/").status_code == 404


def test_a_resolution_in_another_language_version(client, tracker):
    html = client.get("/en/mandates/resolutions/7/1/", {"version": "fr"}).content.decode()
    text = html[html.index('class="document-text resolution-text"') :]
    assert 'lang="fr"' in html[html.index('class="document-text resolution-text"') - 40 :][:120]
    assert "Prie le Secrétariat" in text
    assert f'href="/en/mandates/{tracker["request_study"].pk}/"' in text  # the mandates follow the pid
    french_interface = client.get("/fr/mandates/resolutions/7/1/").content.decode()
    assert "Prie le Secrétariat" in french_interface  # the reader's language by default


# --- Curators' forms -------------------------------------------------------------------------------------


def _actions(tracker):
    mandate, follow_up = tracker["request_study"], tracker["follow_up"]
    return [
        (f"/en/mandates/{mandate.pk}/status/", {"status": "reported", "note": "Reported."}),
        (f"/en/mandates/{mandate.pk}/evidence/", {"document": "CAC/COSP/2019/4", "pid": "1"}),
        (
            f"/en/mandates/{mandate.pk}/evidence/{tracker['evidence']['proposed'].pk}/decision/",
            {"decision": "confirmed"},
        ),
        (
            f"/en/mandates/{follow_up.pk}/lineage/{tracker['links']['proposed'].pk}/decision/",
            {"decision": "rejected"},
        ),
    ]


def test_curation_forms_refuse_everyone_but_the_secretariat(client, users, tracker):
    for address, data in _actions(tracker):
        response = client.post(address, data)
        assert response.status_code == 302 and "/account/login/" in response["Location"], address
    for role in ("focal_point", "contributor", "provider"):
        client.force_login(users[role])
        for address, data in _actions(tracker):
            assert client.post(address, data).status_code == 403, (role, address)
    assert not StatusChange.objects.exclude(note="Started.").exists()
    assert Evidence.objects.get(pk=tracker["evidence"]["proposed"].pk).decision == Decision.PROPOSED
    assert Lineage.objects.get(pk=tracker["links"]["proposed"].pk).decision == Decision.PROPOSED
    client.force_login(users["secretariat"])
    assert client.get(f"/en/mandates/{tracker['request_study'].pk}/status/").status_code == 405


def test_a_status_change_through_the_page_is_recorded(client, users, tracker):
    mandate = tracker["request_study"]
    evidence = tracker["evidence"]["confirmed"]
    client.force_login(users["secretariat"])
    response = client.post(
        f"/en/mandates/{mandate.pk}/status/",
        {"status": "reported", "evidence": str(evidence.pk), "note": "Study presented."},
    )
    assert response.status_code == 302 and response["Location"].endswith(
        f"/en/mandates/{mandate.pk}/#status-history"
    )
    change = StatusChange.objects.filter(mandate=mandate).latest("at", "pk")
    assert (change.before, change.after, change.by, change.evidence, change.note) == (
        "in_progress",
        "reported",
        users["secretariat"],
        evidence,
        "Study presented.",
    )
    assert Mandate.objects.get(pk=mandate.pk).status == "reported"
    html = client.get(f"/en/mandates/{mandate.pk}/").content.decode()
    assert "Study presented." in html and "The status was changed." in html


def test_a_bad_status_is_refused_with_the_form_shown_again(client, users, tracker):
    mandate = tracker["request_study"]
    client.force_login(users["secretariat"])
    response = client.post(f"/en/mandates/{mandate.pk}/status/", {"status": "finished", "note": "x"})
    assert response.status_code == 400 and "The status was not changed" in response.content.decode()
    # A change the curation rules refuse: its reason is shown.
    response = client.post(f"/en/mandates/{mandate.pk}/status/", {"status": "not_applicable", "note": " "})
    assert response.status_code == 400
    assert "why the mandate is not applicable" in response.content.decode()
    # Proposed evidence is not offered to rest a status on.
    proposed = tracker["evidence"]["proposed"]
    response = client.post(
        f"/en/mandates/{mandate.pk}/status/", {"status": "reported", "evidence": str(proposed.pk)}
    )
    assert response.status_code == 400
    assert Mandate.objects.get(pk=mandate.pk).status == "in_progress"
    assert StatusChange.objects.filter(mandate=mandate).count() == 1


def test_curators_decide_links_and_evidence_and_add_evidence(client, users, tracker):
    mandate, follow_up = tracker["request_study"], tracker["follow_up"]
    client.force_login(users["secretariat"])
    link = tracker["links"]["proposed"]
    address = f"/en/mandates/{follow_up.pk}/lineage/{link.pk}/decision/"
    response = client.post(address, {"decision": "confirmed", "relation": "reaffirms"})
    assert response.status_code == 302 and response["Location"].endswith("#lineage")
    link.refresh_from_db()
    assert (link.decision, link.relation, link.decided_by) == (
        Decision.CONFIRMED,
        LineageRelation.REAFFIRMS,
        users["secretariat"],
    )
    # The same decision again is a conflict, shown on the page.
    again = client.post(address, {"decision": "confirmed", "relation": "reaffirms"})
    assert again.status_code == 409 and "already confirmed" in again.content.decode()
    proposed = tracker["evidence"]["proposed"]
    response = client.post(
        f"/en/mandates/{mandate.pk}/evidence/{proposed.pk}/decision/",
        {"decision": "rejected", "note": "Off topic."},
    )
    assert response.status_code == 302
    proposed.refresh_from_db()
    assert proposed.decision == Decision.REJECTED
    # Adding the other paragraph of the report as evidence.
    Evidence.objects.filter(pk=proposed.pk).delete()
    response = client.post(
        f"/en/mandates/{mandate.pk}/evidence/",
        {"document": "CAC/COSP/2019/4", "pid": "1", "note": "By hand."},
    )
    assert response.status_code == 302
    added = Evidence.objects.get(mandate=mandate, document__key="CAC/COSP/2019/4", pid="1")
    assert added.method == Method.CURATOR
    # A link or evidence of another mandate is not found through this one.
    other = tracker["links"]["confirmed"]
    assert (
        client.post(
            f"/en/mandates/{tracker['thematic'].pk}/lineage/{other.pk}/decision/", {"decision": "rejected"}
        ).status_code
        == 404
    )


def test_evidence_from_an_unknown_document_is_refused_with_a_message(client, users, tracker):
    mandate = tracker["request_study"]
    client.force_login(users["secretariat"])
    response = client.post(
        f"/en/mandates/{mandate.pk}/evidence/", {"document": "CAC/COSP/1999/1", "pid": "1"}
    )
    assert response.status_code == 400
    assert "No document of the library has this symbol or key." in response.content.decode()


# --- Languages -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_mandate_page_renders_in_every_language(client, users, tracker, language):
    client.force_login(users["secretariat"])  # the curators' forms too
    mandate = tracker["request_study"]
    addresses = [
        f"/{language}/mandates/",
        f"/{language}/mandates/?status=open&addressee=Secretariat",
        f"/{language}/mandates/{mandate.pk}/",
        f"/{language}/mandates/resolutions/",
        f"/{language}/mandates/resolutions/7/1/",
    ]
    direction = "rtl" if language == "ar" else "ltr"
    for address in addresses:
        response = client.get(address)
        assert response.status_code == 200, address
        html = response.content.decode()
        assert f'<html lang="{language}" dir="{direction}">' in html
        assert '<main id="main"' in html
        assert f'href="/{language}/mandates/"' in html  # the main navigation's entry
    # The mandate's own text keeps its language and direction inside the page.
    html = client.get(f"/{language}/mandates/{mandate.pk}/").content.decode()
    assert '<blockquote class="mandate-text" lang="en" dir="ltr">' in html
