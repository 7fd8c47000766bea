"""Reminders: due before and after the deadline, only to States that have not answered, never twice."""

import datetime

import pytest
from django.core.management import call_command

from observatory.audit.models import AuditEntry
from observatory.collection import services
from observatory.collection.dispatch import due_step, send_due_reminders
from observatory.collection.models import Dispatch, DispatchKind, DispatchStatus
from observatory.core.errors import PermissionDenied

from .conftest import ADDRESSED, DEADLINE, at

DAY = datetime.timedelta(days=1)


def reminded(mailoutbox) -> set[str]:
    """ISO3 codes (from the focal points' addresses) of the States in the outbox."""
    return {message.to[0].split("@")[0].removeprefix("focal.").upper() for message in mailoutbox}


def answer_and_submit(users, call, questions, state, who="focal_point", now=None):
    submission = services.start_submission(users[who], call, state)
    services.save_answer(users[who], submission, questions[0], revision=0, language="en", implemented="yes")
    return services.submit(users[who], submission, now=now)


def test_the_due_step_is_the_latest_that_has_come(call):
    assert due_step(call, DEADLINE - 15 * DAY) is None
    assert due_step(call, DEADLINE - 14 * DAY) == "before:14"
    assert due_step(call, DEADLINE - 5 * DAY) == "before:14"
    assert due_step(call, DEADLINE - 3 * DAY) == "before:3"
    assert due_step(call, DEADLINE) == "before:3"
    # After the deadline, reminders before it are no longer due; the first one after it is a week on.
    assert due_step(call, DEADLINE + DAY) is None
    assert due_step(call, DEADLINE + 7 * DAY) == "after:7"
    assert due_step(call, DEADLINE + 45 * DAY) == "after:30"


def test_reminders_go_only_to_states_that_have_not_answered(
    users, call, questions, parties, focal_points, mailoutbox
):
    answer_and_submit(users, call, questions, parties["VNM"])
    services.decline(users["other_focal_point"], call, parties["FRA"], reason="No such system yet.")
    # Austria has a draft, but has not submitted: it is reminded.
    services.start_submission(focal_points["AUT"], call, parties["AUT"])
    mailoutbox.clear()

    summary = send_due_reminders(at(DEADLINE - 14 * DAY))
    expected = set(ADDRESSED) - {"VNM", "FRA", "JPN"}  # Japan's focal point has no address
    assert reminded(mailoutbox) == expected
    assert summary.sent == len(expected)
    assert all(message.subject.startswith("Reminder: ") for message in mailoutbox)
    logged = Dispatch.objects.filter(kind=DispatchKind.REMINDER, status=DispatchStatus.SENT)
    assert set(logged.values_list("addressee__state__iso3", flat=True)) == expected
    assert set(logged.values_list("step", flat=True)) == {"before:14"}


def test_a_reminder_is_never_sent_twice(users, call, mailoutbox):
    first = send_due_reminders(at(DEADLINE - 14 * DAY, hour=6))
    assert first.sent == len(ADDRESSED) - 1
    mailoutbox.clear()
    # The scheduler runs again the same day, and every day until the next step.
    for days_before in (14, 13, 10, 4):
        assert send_due_reminders(at(DEADLINE - days_before * DAY, hour=18)).sent == 0
    assert mailoutbox == []
    # The next step goes once.
    assert send_due_reminders(at(DEADLINE - 3 * DAY)).sent == len(ADDRESSED) - 1
    assert send_due_reminders(at(DEADLINE - 2 * DAY)).sent == 0
    assert Dispatch.objects.filter(step="before:3", status=DispatchStatus.SENT).count() == len(ADDRESSED) - 1
    # Japan was never sent the call (no focal point address): it is not reminded of it either, and its
    # failed notice is logged once, not once per run.
    assert list(Dispatch.objects.filter(addressee__state__iso3="JPN").values_list("step", "status")) == [
        ("notice", DispatchStatus.NO_RECIPIENT)
    ]


def test_reminders_after_the_deadline_say_late_answers_are_welcome(
    users, call, questions, parties, mailoutbox
):
    answer_and_submit(users, call, questions, parties["VNM"], now=at(DEADLINE + 2 * DAY))
    send_due_reminders(at(DEADLINE + 8 * DAY))
    assert "VNM" not in reminded(mailoutbox)
    assert len(mailoutbox) == len(ADDRESSED) - 2
    assert "marked as late" in mailoutbox[0].body
    assert set(Dispatch.objects.filter(kind=DispatchKind.REMINDER).values_list("step", flat=True)) == {
        "after:7"
    }


def test_a_missed_week_sends_one_reminder_not_a_burst(call, mailoutbox):
    # The scheduler was down from before the first reminder until after the deadline's first week.
    send_due_reminders(at(DEADLINE + 10 * DAY))
    assert len(mailoutbox) == len(ADDRESSED) - 1
    assert set(Dispatch.objects.filter(kind=DispatchKind.REMINDER).values_list("step", flat=True)) == {
        "after:7"
    }


def test_closed_and_draft_calls_send_no_reminders(users, call, draft_call, mailoutbox):
    services.close_call(users["secretariat"], call)
    assert send_due_reminders(at(DEADLINE - 3 * DAY)).sent == 0
    assert mailoutbox == []


def test_reminders_are_audited_and_need_the_right_to_manage_calls(users, call):
    send_due_reminders(at(DEADLINE - 14 * DAY))
    entry = AuditEntry.objects.get(action="collection.call.remind")
    assert entry.after["step"] == "before:14" and entry.after["sent"] == len(ADDRESSED) - 1
    assert entry.actor_name == "system"
    with pytest.raises(PermissionDenied):
        send_due_reminders(at(DEADLINE), actor=users["focal_point"])


def test_the_cron_command(call, mailoutbox, capsys):
    moment = (DEADLINE - 14 * DAY).isoformat() + "T08:00"
    call_command("send_reminders", "--now", moment)
    assert f"{len(ADDRESSED) - 1} sent" in capsys.readouterr().out
    call_command("send_reminders", "--now", moment)
    assert "0 sent" in capsys.readouterr().out
    assert len(mailoutbox) == len(ADDRESSED) - 1
