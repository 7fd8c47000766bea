"""The collection API: calls for information, submissions and the ledger, role by role.

Confidentiality is checked by crawling everything each reader can reach through the API and looking
for marker strings seeded where that reader must not see them.
"""

import datetime
import json

import pytest
from django.test import Client
from django.utils import timezone

from observatory.collection import services
from observatory.collection.models import Call, Submission, SubmissionStatus
from observatory.convention.models import Topic
from observatory.countries.models import RegionalGroup
from observatory.library.models import Visibility
from tests.collection import conftest as collection_fixtures

# The collection tests' fixtures (a checklist, States recorded as parties, their focal points, a call
# launched to them, Viet Nam's draft), bound in this module so that pytest finds them here.
checklist = collection_fixtures.checklist
parties = collection_fixtures.parties
focal_points = collection_fixtures.focal_points
draft_call = collection_fixtures.draft_call
call = collection_fixtures.call
questions = collection_fixtures.questions
submission = collection_fixtures.submission
DEADLINE = collection_fixtures.DEADLINE

#: Viet Nam's published answer, public.
PUBLIC_MARKER = "Goldfinch-Public-1207"
#: An answer of Viet Nam's published submission that Viet Nam restricted to the Secretariat.
SECRETARIAT_MARKER = "Quillfeather-4471"
#: Viet Nam's work in progress after publication.
DRAFT_MARKER = "Inkwell-Draft-3318"
#: Austria's published submission, for States parties only.
STATES_PARTIES_MARKER = "Lanternfish-8802"
#: Argentina's submission, submitted but not published.
UNPUBLISHED_MARKER = "Saltmarsh-Unpublished-5150"

MARKERS = {PUBLIC_MARKER, SECRETARIAT_MARKER, DRAFT_MARKER, STATES_PARTIES_MARKER, UNPUBLISHED_MARKER}

ROLES = ["administrator", "secretariat", "focal_point", "contributor", "other_focal_point", "provider", None]


def signed_in(users, role, *, enforce_csrf: bool = False) -> Client:
    """A client signed in as ``role`` (the anonymous public for None)."""
    client = Client(enforce_csrf_checks=enforce_csrf)
    if role:
        client.force_login(users[role])
    return client


def assert_error(response, status: int, code: str | None = None) -> dict:
    """The response is an error of ``status`` in the project's one error shape."""
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"error"} and body["error"]["message"]
    if code is not None:
        assert body["error"]["code"] == code
    return body["error"]


def answer(person, submission, question, text, **fields):
    fields.setdefault("language", "en")
    return services.save_answer(person, submission, question, revision=0, measures=text, **fields)


@pytest.fixture
def world(users, call, questions, parties, focal_points, submission):
    """Viet Nam published two answers (one restricted to the Secretariat), then reopened and started
    changing one; Austria published to States parties only; Argentina submitted, unpublished."""
    first = answer(users["contributor"], submission, questions[0], PUBLIC_MARKER, implemented="yes")
    answer(
        users["contributor"], submission, questions[1], SECRETARIAT_MARKER, visibility=Visibility.SECRETARIAT
    )
    services.submit(users["focal_point"], submission, visibility=Visibility.PUBLIC)
    services.publish(users["secretariat"], submission)
    services.reopen(users["focal_point"], submission)
    services.save_answer(
        users["contributor"], submission, questions[0], revision=first.revision, measures=DRAFT_MARKER
    )

    austria = services.start_submission(focal_points["AUT"], call, parties["AUT"])
    answer(focal_points["AUT"], austria, questions[1], STATES_PARTIES_MARKER, language="fr")
    services.submit(focal_points["AUT"], austria, visibility=Visibility.STATES_PARTIES)
    services.publish(users["secretariat"], austria)

    argentina = services.start_submission(focal_points["ARG"], call, parties["ARG"])
    answer(focal_points["ARG"], argentina, questions[0], UNPUBLISHED_MARKER, language="es")
    services.submit(focal_points["ARG"], argentina)
    return {"VNM": submission, "AUT": austria, "ARG": argentina, "call": call}


def crawl(client, world) -> str:
    """Every answer of the collection API this client can reach, concatenated."""
    call_id = world["call"].pk
    urls = [
        "/api/v1/calls",
        f"/api/v1/calls/{call_id}",
        f"/api/v1/calls/{call_id}/ledger",
        "/api/v1/submissions",
        f"/api/v1/submissions?call={call_id}",
        "/api/v1/submissions?article=7",
        "/api/v1/submissions?article=8",
    ]
    urls += [f"/api/v1/submissions?state={iso3}" for iso3 in ("VNM", "AUT", "ARG")]
    urls += [f"/api/v1/submissions/{s.pk}" for s in Submission.objects.all()]
    return "\n".join(client.get(url).content.decode() for url in urls)


#: What each reader may see among the markers.
SEES = {
    # The State's own people read its working copy (the draft replaced the published text) with its
    # restricted answer, and what others published to States parties.
    "focal_point": {DRAFT_MARKER, SECRETARIAT_MARKER, STATES_PARTIES_MARKER},
    "contributor": {DRAFT_MARKER, SECRETARIAT_MARKER, STATES_PARTIES_MARKER},
    # The Secretariat reads the latest submitted versions, published or not, never drafts.
    "secretariat": {PUBLIC_MARKER, SECRETARIAT_MARKER, STATES_PARTIES_MARKER, UNPUBLISHED_MARKER},
    "administrator": {PUBLIC_MARKER, SECRETARIAT_MARKER, STATES_PARTIES_MARKER, UNPUBLISHED_MARKER},
    "other_focal_point": {PUBLIC_MARKER, STATES_PARTIES_MARKER},
    "provider": {PUBLIC_MARKER},
    None: {PUBLIC_MARKER},
}


@pytest.mark.parametrize("role", ROLES)
def test_each_reader_sees_exactly_what_it_may(users, world, role):
    text = crawl(signed_in(users, role), world)
    assert {marker for marker in MARKERS if marker in text} == SEES[role]


@pytest.mark.parametrize("role", ["other_focal_point", "provider", None])
def test_a_submission_nobody_may_read_looks_like_one_that_does_not_exist(users, world, role):
    client = signed_in(users, role)
    hidden = assert_error(client.get(f"/api/v1/submissions/{world['ARG'].pk}"), 404, "not_found")
    missing = assert_error(client.get("/api/v1/submissions/999999"), 404, "not_found")
    assert hidden == missing
    listed = {s["state"] for s in client.get("/api/v1/submissions").json()}
    assert "ARG" not in listed


def test_the_public_reads_a_published_submission_without_its_restricted_answer(users, world):
    body = signed_in(users, None).get(f"/api/v1/submissions/{world['VNM'].pk}").json()
    # Viet Nam is drafting again: the public knows only that a version is published.
    assert body["status"] == "published" and body["live"] is False
    assert (body["state"], body["call"], body["version"], body["is_late"]) == (
        "VNM",
        world["call"].pk,
        1,
        False,
    )
    assert body["visibility"] == "public" and body["published_at"]
    assert [a["measures"] for a in body["answers"]] == [PUBLIC_MARKER]
    first = body["answers"][0]
    assert first["checklist_item"] == "7-4" and first["article"] == 7 and first["implemented"] == "yes"
    assert first["revision"] is None and first["visibility"] == "public"
    assert set(first) == {
        "question",
        "position",
        "checklist_item",
        "article",
        "question_text",
        "implemented",
        "measures",
        "examples",
        "challenges",
        "language",
        "visibility",
        "assistance_needs",
        "evidence",
        "revision",
    }
    assert [v["number"] for v in body["versions"]] == [1]


def test_the_state_and_the_secretariat_see_where_a_submission_stands(users, world):
    own = signed_in(users, "contributor").get(f"/api/v1/submissions/{world['VNM'].pk}").json()
    assert own["status"] == SubmissionStatus.DRAFT and own["live"] is True
    # The working copy describes the latest version submitted, and carries the revisions to save with.
    assert own["version"] == 1 and own["submitted_at"]
    assert {a["measures"]: a["revision"] for a in own["answers"]} == {DRAFT_MARKER: 2, SECRETARIAT_MARKER: 1}
    restricted = next(a for a in own["answers"] if a["measures"] == SECRETARIAT_MARKER)
    assert restricted["visibility"] == Visibility.SECRETARIAT
    secretariat = signed_in(users, "secretariat")
    listed = {s["state"]: s for s in secretariat.get("/api/v1/submissions").json()}
    assert set(listed) == {"VNM", "AUT", "ARG"}
    assert listed["VNM"]["status"] == SubmissionStatus.DRAFT and listed["VNM"]["live"] is False
    assert listed["ARG"]["status"] == SubmissionStatus.SUBMITTED and listed["ARG"]["published_at"] is None
    assert listed["AUT"]["visibility"] == Visibility.STATES_PARTIES


def test_submissions_filters(users, world):
    client = signed_in(users, "other_focal_point")
    assert [s["state"] for s in client.get("/api/v1/submissions", {"state": "aut"}).json()] == ["AUT"]
    # Viet Nam's answer on article 8 is restricted to the Secretariat: nothing of it on article 8.
    on_eight = client.get("/api/v1/submissions", {"article": 8}).json()
    assert [(s["state"], [a["article"] for a in s["answers"]]) for s in on_eight] == [("AUT", [8])]
    assert client.get("/api/v1/submissions", {"call": 999999}).json() == []
    paged = [client.get("/api/v1/submissions", {"limit": 1, "offset": n}).json() for n in range(3)]
    assert [len(page) for page in paged] == [1, 1, 0]
    assert paged[0][0]["id"] != paged[1][0]["id"]


def test_calls_as_the_public_see_them(users, world):
    call_id = world["call"].pk
    body = signed_in(users, None).get("/api/v1/calls").json()
    assert [c["id"] for c in body] == [call_id]
    found = body[0]
    assert found["titles"]["en"] == "Asset declaration systems and conflicts of interest"
    assert found["titles"]["fr"].startswith("Systèmes de déclaration") and found["titles"]["ar"] == ""
    assert found["symbol"] == "CU 2031/45/DTA/CEB/CSS" and found["status"] == "launched"
    assert found["deadline"] == DEADLINE.isoformat() and found["audience"] == "all_parties"
    assert found["articles"] == [7, 8] and found["launched_at"] and found["closed_at"] is None
    assert [(q["position"], q["checklist_item"], q["article"]) for q in found["questions"]] == [
        (1, "7-4", 7),
        (2, "8-5", 8),
        (3, None, None),
    ]
    assert found["questions"][2]["texts"]["en"] == "Describe any statistics on verified declarations."
    assert found["note_verbale"]["fr"]["pdf"] == f"/en/calls/{call_id}/note-verbale/fr.pdf"
    assert found["note_verbale"]["zh"]["docx"] == f"/en/calls/{call_id}/note-verbale/zh.docx"
    assert signed_in(users, None).get(f"/api/v1/calls/{call_id}").json() == found


def test_draft_calls_are_the_secretariats(users, world):
    draft = services.create_call(users["secretariat"], title_en="Whistle-blowers", deadline=DEADLINE)
    assert_error(signed_in(users, "focal_point").get(f"/api/v1/calls/{draft.pk}"), 404, "not_found")
    assert draft.pk not in {c["id"] for c in signed_in(users, None).get("/api/v1/calls").json()}
    secretariat = signed_in(users, "secretariat")
    assert [c["id"] for c in secretariat.get("/api/v1/calls", {"status": "draft"}).json()] == [draft.pk]
    assert secretariat.get(f"/api/v1/calls/{draft.pk}").json()["status"] == "draft"


def test_calls_filters(users, world):
    client = signed_in(users, None)
    call_id = world["call"].pk
    world["call"].topics.add(Topic.objects.get(slug="conflicts-of-interest"))
    ids = lambda **params: [c["id"] for c in client.get("/api/v1/calls", params).json()]  # noqa: E731
    assert ids(status="launched") == [call_id] and ids(status="closed") == []
    assert ids(article=8) == [call_id] and ids(article=46) == []
    assert ids(topic="conflicts-of-interest") == [call_id] and ids(topic="public-procurement") == []
    assert client.get("/api/v1/calls").json()[0]["topics"] == ["conflicts-of-interest"]
    assert ids(limit=1, offset=1) == []


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/calls?status=open",
        "/api/v1/calls?article=99",
        "/api/v1/calls?article=seven",
        "/api/v1/calls?topic=no-such-topic",
        "/api/v1/calls?offset=-1",
        "/api/v1/calls/first",
        "/api/v1/submissions?state=XYZ",
        "/api/v1/submissions?article=0",
        "/api/v1/submissions?call=latest",
        "/api/v1/submissions?offset=-5",
    ],
)
def test_invalid_filters_answer_422_in_the_error_shape(users, world, url):
    assert_error(signed_in(users, None).get(url), 422, "invalid_input")


@pytest.mark.parametrize("role", ["focal_point", "contributor", "other_focal_point", "provider", None])
def test_the_ledger_is_the_secretariats_only(users, world, role):
    client = signed_in(users, role)
    assert_error(client.get(f"/api/v1/calls/{world['call'].pk}/ledger"), 403, "permission_denied")
    # A call that does not exist is refused alike: the ledger says nothing to others.
    assert_error(client.get("/api/v1/calls/999999/ledger"), 403, "permission_denied")


def test_the_ledger(users, world):
    body = signed_in(users, "secretariat").get(f"/api/v1/calls/{world['call'].pk}/ledger").json()
    rows = {row["iso3"]: row for row in body["rows"]}
    assert len(rows) == 10 and body["call"] == world["call"].pk
    assert rows["VNM"]["status"] == "submitted_on_time" and rows["VNM"]["submission_status"] == "draft"
    assert rows["VNM"]["versions"] == 1 and rows["VNM"]["submitted_at"] and rows["VNM"]["sent_at"]
    assert rows["VNM"]["names"]["fr"] == "Viet Nam" and rows["VNM"]["regional_group"] == "asia_pacific"
    assert rows["JPN"]["status"] == "not_sent" and rows["JPN"]["problem"] == "no_recipient"
    assert rows["FRA"]["status"] == "sent" and rows["FRA"]["reminders"] == 0
    assert body["total"]["submitted"] == 3 and sum(body["total"]["statuses"].values()) == 10
    assert set(body["by_group"]) == set(RegionalGroup.values)
    assert body["by_group"]["weog"]["submitted"] == 1 and body["by_group"]["african"]["submitted"] == 0
    assert body["statistics"]["en"] == (
        "A total of 3 States had submitted information by 27 May 2031: Argentina, Austria and Viet Nam."
    )
    assert set(body["statistics"]) == {"ar", "zh", "en", "fr", "ru", "es"}
    assert "2031年5月27日" in body["statistics"]["zh"]
    missing = signed_in(users, "secretariat").get("/api/v1/calls/999999/ledger")
    assert_error(missing, 404, "not_found")


def test_the_ledger_sorts_in_the_request_language(users, world):
    client = signed_in(users, "secretariat")
    url = f"/api/v1/calls/{world['call'].pk}/ledger"
    english = [row["iso3"] for row in client.get(url, HTTP_ACCEPT_LANGUAGE="en").json()["rows"]]
    french = [row["iso3"] for row in client.get(url, HTTP_ACCEPT_LANGUAGE="fr").json()["rows"]]
    # "Russian Federation" comes after Japan; "Fédération de Russie" before "Japon".
    assert english.index("JPN") < english.index("RUS") and french.index("RUS") < french.index("JPN")


# Writes.


def post(client, url, body=None):
    """A POST with a JSON body (an empty object when none is given), as API clients send it."""
    return client.post(url, json.dumps(body or {}), content_type="application/json")


def put_answer(client, submission, question, **body):
    url = f"/api/v1/submissions/{submission.pk}/answers/{question.pk}"
    return client.put(url, json.dumps(body), content_type="application/json")


def test_a_contributor_saves_answers_and_a_stale_save_is_a_conflict(users, submission, questions):
    alice, bob = signed_in(users, "contributor"), signed_in(users, "focal_point")
    created = put_answer(
        alice,
        submission,
        questions[0],
        revision=0,
        language="fr",
        implemented="partly",
        measures="Loi de 2018 sur les déclarations.",
        assistance_needs=[{"kind": "capacity_building", "description": "Former 40 vérificateurs"}],
    )
    assert created.status_code == 200, created.content
    saved = created.json()
    assert (saved["revision"], saved["language"], saved["implemented"]) == (1, "fr", "partly")
    assert saved["assistance_needs"] == [
        {"kind": "capacity_building", "description": "Former 40 vérificateurs", "priority": "medium"}
    ]
    # The focal point saves first from revision 1; the contributor's save from revision 1 comes too late.
    assert put_answer(bob, submission, questions[0], revision=1, measures="Loi de 2019.").status_code == 200
    stale = put_answer(alice, submission, questions[0], revision=1, measures="Loi de 2018, modifiée.")
    error = assert_error(stale, 409, "conflict")
    details = {detail["field"]: detail for detail in error["details"]}
    assert details["revision"]["current"] == 2 and details["revision"]["yours"] == 1
    assert details["measures"]["current"] == "Loi de 2019." and details["measures"]["yours"].endswith(
        "modifiée."
    )
    assert ["delete", "2019."] in details["measures"]["diff"]
    # Nothing was saved, and a partial save keeps the fields it does not send.
    kept = put_answer(alice, submission, questions[0], revision=2, examples="12 cas.").json()
    assert (kept["measures"], kept["examples"], kept["revision"], kept["language"]) == (
        "Loi de 2019.",
        "12 cas.",
        3,
        "fr",
    )
    assert len(kept["assistance_needs"]) == 1


def test_html_is_returned_as_plain_json_text(users, submission, questions):
    payload = "<script>alert('x')</script> & <b>bold</b> \"quoted\""
    client = signed_in(users, "contributor")
    response = put_answer(client, submission, questions[0], revision=0, language="en", measures=payload)
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["measures"] == payload
    body = client.get(f"/api/v1/submissions/{submission.pk}").json()
    assert body["answers"][0]["measures"] == payload


def test_bad_answers_are_refused_in_the_error_shape(users, submission, questions):
    client = signed_in(users, "contributor")
    assert_error(
        put_answer(client, submission, questions[0], revision=0, language="xx"), 400, "invalid_input"
    )
    assert_error(put_answer(client, submission, questions[0], revision=0, measures="no language"), 400)
    assert_error(put_answer(client, submission, questions[0], language="en"), 422, "invalid_input")
    assert_error(
        put_answer(
            client, submission, questions[0], revision=0, language="en", assistance_needs=[{"kind": "x"}]
        ),
        400,
        "invalid_input",
    )
    # A question of another call is not one this submission answers.
    other_call = services.create_call(
        users["secretariat"], title_en="Other", deadline=DEADLINE, questions=["Anything else?"]
    )
    foreign = other_call.questions.get()
    assert_error(put_answer(client, submission, foreign, revision=0, language="en"), 404, "not_found")


def test_anonymous_writes_are_refused(users, submission, questions):
    response = put_answer(signed_in(users, None), submission, questions[0], revision=0, language="en")
    assert_error(response, 401, "not_authenticated")
    assert_error(post(signed_in(users, None), f"/api/v1/submissions/{submission.pk}/submit"), 401)
    # With CSRF enforced, the anonymous public is refused before anything else.
    strict = signed_in(users, None, enforce_csrf=True)
    assert_error(put_answer(strict, submission, questions[0], revision=0, language="en"), 403, "csrf_failed")
    assert not submission.answers.exists()


def test_writes_need_the_csrf_token(users, submission, questions):
    client = signed_in(users, "contributor", enforce_csrf=True)
    refused = put_answer(client, submission, questions[0], revision=0, language="en", measures="x")
    assert_error(refused, 403, "csrf_failed")
    assert not submission.answers.exists()
    token = "a" * 32
    client.cookies["csrftoken"] = token
    url = f"/api/v1/submissions/{submission.pk}/answers/{questions[0].pk}"
    body = json.dumps({"revision": 0, "language": "en", "measures": "x"})
    accepted = client.put(url, body, content_type="application/json", HTTP_X_CSRFTOKEN=token)
    assert accepted.status_code == 200, accepted.content


@pytest.mark.parametrize(
    ("role", "status"),
    [
        # Nobody else may read Viet Nam's draft: it does not exist for them.
        ("other_focal_point", 404),
        ("provider", 404),
        ("secretariat", 404),
        ("administrator", 404),
    ],
)
def test_nobody_else_writes_a_draft(users, submission, questions, role, status):
    response = put_answer(signed_in(users, role), submission, questions[0], revision=0, language="en")
    assert_error(response, status)
    assert_error(post(signed_in(users, role), f"/api/v1/submissions/{submission.pk}/submit"), status)


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("other_focal_point", 403),
        ("secretariat", 403),
        # Published to States parties only: for a provider it does not exist.
        ("provider", 404),
        (None, 401),
    ],
)
def test_readers_of_a_published_submission_cannot_change_it(users, world, questions, role, status):
    client = signed_in(users, role)
    response = put_answer(client, world["AUT"], questions[1], revision=1, measures="changed")
    assert_error(response, status)
    assert STATES_PARTIES_MARKER in world["AUT"].answers.get().measures


def test_only_the_focal_point_submits_and_only_once(users, submission, questions):
    contributor, focal_point = signed_in(users, "contributor"), signed_in(users, "focal_point")
    url = f"/api/v1/submissions/{submission.pk}/submit"
    assert_error(post(focal_point, url), 400, "invalid_input")  # nothing to submit yet
    put_answer(contributor, submission, questions[0], revision=0, language="ru", measures="Закон 2020 года.")
    assert_error(post(contributor, url), 403, "permission_denied")
    submitted = focal_point.post(
        url, json.dumps({"visibility": "states_parties"}), content_type="application/json"
    )
    assert submitted.status_code == 200, submitted.content
    body = submitted.json()
    assert (body["status"], body["version"], body["is_late"], body["visibility"]) == (
        "submitted",
        1,
        False,
        "states_parties",
    )
    again = assert_error(post(focal_point, url), 409, "conflict")
    assert "version 1" in again["message"]
    # Frozen: the contributor cannot change it either.
    assert_error(
        put_answer(contributor, submission, questions[0], revision=1, measures="Autre."), 409, "conflict"
    )


def test_a_submission_after_the_deadline_is_accepted_and_late(users, submission, questions):
    client = signed_in(users, "focal_point")
    put_answer(client, submission, questions[0], revision=0, language="en", measures="Late but here.")
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    Call.objects.filter(pk=submission.call_id).update(deadline=yesterday)
    response = post(client, f"/api/v1/submissions/{submission.pk}/submit")
    assert response.status_code == 200, response.content
    assert response.json()["is_late"] is True and response.json()["versions"][0]["is_late"] is True


def test_a_state_opens_its_submission_through_the_api(users, call):
    url = f"/api/v1/calls/{call.pk}/submission"
    assert_error(signed_in(users, None).post(url), 401, "not_authenticated")
    assert_error(signed_in(users, "provider").post(url), 403, "permission_denied")
    assert_error(signed_in(users, "secretariat").post(url), 403, "permission_denied")
    opened = signed_in(users, "other_focal_point").post(url)
    assert opened.status_code == 200, opened.content
    body = opened.json()
    assert (body["state"], body["status"], body["live"], body["answers"]) == ("FRA", "draft", True, [])
    assert signed_in(users, "other_focal_point").post(url).json()["id"] == body["id"]
    assert_error(signed_in(users, "other_focal_point").post("/api/v1/calls/999999/submission"), 404)


def test_the_openapi_schema_still_builds(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert {
        "/api/v1/calls",
        "/api/v1/calls/{call_id}",
        "/api/v1/calls/{call_id}/ledger",
        "/api/v1/submissions",
        "/api/v1/submissions/{submission_id}",
        "/api/v1/submissions/{submission_id}/answers/{question_id}",
        "/api/v1/submissions/{submission_id}/submit",
    } <= set(paths)
    assert "Secretariat only" in paths["/api/v1/calls/{call_id}/ledger"]["get"]["description"]
