"""The reminder rounds ``observatory serve`` runs every hour: what fell due goes once."""

import datetime

from django.utils import timezone

from observatory.collection.models import Call, Dispatch, DispatchKind
from observatory.collection.scheduler import reminder_thread


def test_a_round_sends_what_fell_due_today_and_the_next_round_nothing(call, mailoutbox):
    # The call's reminders are 14 and 3 days before its deadline: put the deadline 3 days from today.
    Call.objects.filter(pk=call.pk).update(deadline=timezone.localdate() + datetime.timedelta(days=3))
    rounds = reminder_thread(interval=0.01)
    first = rounds.run_once()
    assert first.sent == len(mailoutbox) > 0
    assert set(Dispatch.objects.filter(kind=DispatchKind.REMINDER).values_list("step", flat=True)) == {
        "before:3"
    }
    second = rounds.run_once()
    assert (second.sent, len(mailoutbox)) == (0, first.sent)
