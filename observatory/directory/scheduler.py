"""The yearly reconfirmation without a cron job: ``observatory serve`` sends the reconfirmation requests
that fell due every few hours (``core.periodic``). Each request is claimed in the database before its
e-mail goes, so several processes running rounds at once never send one twice (see reconfirmation.py)."""

from observatory.core.periodic import PeriodicThread

from .reconfirmation import send_reconfirmation_requests

#: How often the serving process looks for records that fell due (requests go at most monthly).
INTERVAL_SECONDS = 6 * 3600.0


def reconfirmation_thread(interval: float = INTERVAL_SECONDS) -> PeriodicThread:
    """The thread that sends due reconfirmation requests every ``interval`` seconds (not started)."""
    return PeriodicThread("observatory-reconfirmations", send_reconfirmation_requests, interval)
