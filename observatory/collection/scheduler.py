"""Reminders without a cron job: ``observatory serve`` sends the reminders that fell due every hour
(``core.periodic``). Each reminder step is claimed in the database before it is sent, so several
processes running rounds at once never send one twice (see dispatch.py)."""

from observatory.core.periodic import PeriodicThread

from .dispatch import send_due_reminders

#: How often the serving process looks for reminders that fell due.
INTERVAL_SECONDS = 3600.0


def reminder_thread(interval: float = INTERVAL_SECONDS) -> PeriodicThread:
    """The thread that sends due reminders every ``interval`` seconds (not started)."""
    return PeriodicThread("observatory-reminders", send_due_reminders, interval)
