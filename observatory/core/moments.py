"""The ``--now`` option of the commands that act on a schedule (reminders, reconfirmations): a moment
given in ISO 8601, in the project's time zone when it names none."""

from __future__ import annotations

import datetime

from django.core.management.base import CommandError
from django.utils import timezone


def moment_option(value: str | None, *, option: str = "--now") -> datetime.datetime:
    """``value`` as an aware datetime (now when None or blank); a clear CommandError when it is not
    ISO 8601."""
    if not value:
        return timezone.now()
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(
            f"{option} {value!r}: give an ISO 8601 date or time, e.g. 2027-03-01T08:00"
        ) from exc
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment
