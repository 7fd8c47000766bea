"""Calls for information: who may create and launch them, what launching does, the e-mails it sends."""

import datetime

import pytest

from observatory.audit.models import AuditEntry
from observatory.collection import services
from observatory.collection.models import (
    Addressee,
    Audience,
    CallStatus,
    Dispatch,
    DispatchStatus,
)
from observatory.core.errors import InvalidInput, PermissionDenied
from observatory.countries.models import State

from .conftest import ADDRESSED, DEADLINE, LAUNCH


@pytest.mark.parametrize(
    "role", ["administrator", "focal_point", "contributor", "provider", "other_focal_point", None]
)
def test_only_the_secretariat_creates_calls(users, checklist, role):
    actor = users[role] if role else None
    with pytest.raises(PermissionDenied):
        services.create_call(actor, title_en="Public procurement", deadline=DEADLINE, checklist_items=["9-1"])


def test_creating_a_call_copies_the_checklist_questions_and_is_audited(draft_call):
    questions = list(draft_call.questions.order_by("position"))
    assert [q.checklist_item.code if q.checklist_item else None for q in questions] == ["7-4", "8-5", None]
    assert questions[0].article.number == 7
    assert questions[2].text_en == "Describe any statistics on verified declarations."
    assert draft_call.title_fr.startswith("Systèmes")
    assert draft_call.status == CallStatus.DRAFT
    assert draft_call.reminder_days_before == [14, 3]
    assert AuditEntry.objects.filter(action="collection.call.create", object_id=str(draft_call.pk)).exists()


def test_unknown_checklist_items_and_bad_reminders_are_named(users, checklist):
    with pytest.raises(InvalidInput) as error:
        services.create_call(users["secretariat"], title_en="X", deadline=DEADLINE, checklist_items=["99-1"])
    assert error.value.details == [{"field": "checklist_items", "value": "99-1"}]
    with pytest.raises(InvalidInput) as error:
        services.create_call(users["secretariat"], title_en="X", deadline=DEADLINE, reminder_days_after=[0])
    assert error.value.details[0]["field"] == "reminder_days_after"


def test_launching_addresses_every_state_party_and_mails_their_focal_points(
    users, draft_call, focal_points, mailoutbox
):
    services.launch_call(users["secretariat"], draft_call, now=LAUNCH)
    draft_call.refresh_from_db()
    assert draft_call.status == CallStatus.LAUNCHED
    assert sorted(Addressee.objects.filter(call=draft_call).values_list("state__iso3", flat=True)) == sorted(
        ADDRESSED
    )
    # Japan's focal point has no address: nine e-mails, one per State, each to that State's focal point.
    assert len(mailoutbox) == len(ADDRESSED) - 1
    by_recipient = {tuple(message.to): message for message in mailoutbox}
    message = by_recipient[("focal.vnm@example.org",)]
    assert "Viet Nam" in message.body and "27 May 2031" in message.body
    assert message.subject == "Call for information: Asset declaration systems and conflicts of interest"
    logged = Dispatch.objects.get(addressee__state__iso3="VNM", step="notice")
    assert logged.status == DispatchStatus.SENT
    assert logged.recipients == ["focal.vnm@example.org"]
    assert logged.message_id == message.extra_headers["Message-ID"]
    assert Dispatch.objects.get(addressee__state__iso3="JPN").status == DispatchStatus.NO_RECIPIENT


def test_dispatching_again_sends_only_to_states_not_yet_sent(users, call, focal_points, mailoutbox):
    assert services.dispatch_call(users["secretariat"], call).sent == 0
    assert mailoutbox == []
    # Japan's focal point gives an address: only Japan is sent the call now, and the no-recipient
    # attempt is not logged twice.
    focal_points["JPN"].email = "focal.jpn@example.org"
    focal_points["JPN"].save()
    summary = services.dispatch_call(users["secretariat"], call)
    assert summary.sent == 1 and summary.states == ["JPN"]
    assert [message.to for message in mailoutbox] == [["focal.jpn@example.org"]]


def test_a_selection_goes_only_to_the_states_chosen(users, checklist, focal_points, mailoutbox):
    chosen = list(State.objects.filter(iso3__in=["VNM", "AUT"]))
    call = services.create_call(
        users["secretariat"],
        title_en="Whistle-blowers",
        deadline=DEADLINE,
        checklist_items=["13-2"],
        audience=Audience.SELECTION,
        states=chosen,
    )
    services.launch_call(users["secretariat"], call, now=LAUNCH)
    assert set(call.addressees.values_list("state__iso3", flat=True)) == {"VNM", "AUT"}
    assert sorted(m.to[0] for m in mailoutbox) == ["focal.aut@example.org", "focal.vnm@example.org"]


def test_launching_refuses_what_cannot_go_out(users, draft_call, focal_points):
    late = LAUNCH.replace(year=2032)
    with pytest.raises(InvalidInput, match="deadline has passed"):
        services.launch_call(users["secretariat"], draft_call, now=late)
    with pytest.raises(PermissionDenied):
        services.launch_call(users["focal_point"], draft_call, now=LAUNCH)
    services.launch_call(users["secretariat"], draft_call, now=LAUNCH)
    with pytest.raises(InvalidInput, match="already launched"):
        services.launch_call(users["secretariat"], draft_call, now=LAUNCH)


def test_a_call_without_questions_or_without_parties_is_not_launched(users, reference):
    call = services.create_call(users["secretariat"], title_en="Empty", deadline=DEADLINE)
    with pytest.raises(InvalidInput, match="at least one question"):
        services.launch_call(users["secretariat"], call, now=LAUNCH)
    call = services.create_call(users["secretariat"], title_en="Nobody", deadline=DEADLINE, questions=["Q?"])
    with pytest.raises(InvalidInput, match="No State is recorded as a party"):
        services.launch_call(users["secretariat"], call, now=LAUNCH)


def test_a_failing_mail_server_is_logged_per_state_and_does_not_stop_the_others(
    users, draft_call, focal_points, settings, monkeypatch
):
    from django.core.mail.backends.locmem import EmailBackend

    original = EmailBackend.send_messages

    def refuse_france(self, messages):
        if messages[0].to == ["focal.fra@example.org"]:
            raise ConnectionRefusedError("SMTP server refused the connection")
        return original(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", refuse_france)
    services.launch_call(users["secretariat"], draft_call, now=LAUNCH)
    france = Dispatch.objects.get(addressee__state__iso3="FRA")
    assert france.status == DispatchStatus.FAILED and "refused" in france.error
    assert Dispatch.objects.filter(status=DispatchStatus.SENT).count() == len(ADDRESSED) - 2
    # The failure does not count as sent: the next dispatch tries France again.
    monkeypatch.setattr(EmailBackend, "send_messages", original)
    assert services.dispatch_call(users["secretariat"], draft_call).states == ["FRA"]


def test_the_file_backend_of_the_demo_writes_the_e_mails(users, draft_call, focal_points, settings, tmp_path):
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": str(tmp_path)},
        }
    }
    services.launch_call(users["secretariat"], draft_call, now=LAUNCH)
    written = "".join(path.read_text() for path in tmp_path.iterdir())
    assert written.count("\nTo: focal.") == len(ADDRESSED) - 1
    assert "To: focal.vnm@example.org" in written


def test_closing_stops_the_call(users, call):
    services.close_call(users["secretariat"], call, now=LAUNCH + datetime.timedelta(days=90))
    call.refresh_from_db()
    assert call.status == CallStatus.CLOSED
    with pytest.raises(InvalidInput):
        services.close_call(users["secretariat"], call)
