"""The sessions of the bodies, from the project's data file (``data/sessions.json``), and the date a
reporting duty falls due ("to the Conference at its eighth session" → the session's first day)."""

from __future__ import annotations

import datetime
import json
from importlib import resources

from django.db import transaction

from .models import Session


def sessions_data() -> list[dict]:
    """The sessions as the data file lists them."""
    text = resources.files("observatory.mandates").joinpath("data", "sessions.json").read_text("utf-8")
    return json.loads(text)["sessions"]


@transaction.atomic
def load_sessions() -> dict[str, int]:
    """Create the sessions of the data file. Idempotent: a session already present keeps what an
    administrator entered; only blank dates and venues are filled in."""
    created = updated = 0
    for entry in sessions_data():
        values = {
            "year": entry["year"],
            "starts": datetime.date.fromisoformat(entry["starts"]) if entry["starts"] else None,
            "ends": datetime.date.fromisoformat(entry["ends"]) if entry["ends"] else None,
            "venue": entry["venue"],
        }
        session, was_created = Session.objects.get_or_create(
            body=entry["body"], number=entry["number"], defaults=values
        )
        if was_created:
            created += 1
            continue
        blanks = {name: value for name, value in values.items() if value and not getattr(session, name)}
        if blanks:
            Session.objects.filter(pk=session.pk).update(**blanks)
            updated += 1
    return {"sessions": len(sessions_data()), "created": created, "updated": updated}


def session_starts(body: str, number: int | None) -> datetime.date | None:
    """The first day of a body's numbered session, or None when it is not known."""
    if not body or number is None:
        return None
    return Session.objects.filter(body=body, number=number).values_list("starts", flat=True).first()


def next_session(body: str, today: datetime.date) -> Session | None:
    """The body's next session that starts on or after ``today`` (its date known), or None."""
    return Session.objects.filter(body=body, starts__gte=today).order_by("starts").first()
