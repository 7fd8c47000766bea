"""Reminders without a cron job: ``observatory serve`` runs ``send_due_reminders`` in a thread every hour,
so the demo and a single-server installation remind States on time by themselves. Several servers (or a
cron job besides) can run it at once: each reminder step is claimed in the database before it is sent,
so none goes twice (see dispatch.py)."""

from __future__ import annotations

import logging
import threading

from django.db import close_old_connections

from .dispatch import DispatchSummary, send_due_reminders

logger = logging.getLogger(__name__)

#: How often the serving process looks for reminders that fell due.
INTERVAL_SECONDS = 3600.0


class ReminderThread(threading.Thread):
    """Sends the reminders that fell due, then waits ``interval`` seconds; a failure is logged and the
    next round tries again."""

    def __init__(self, interval: float = INTERVAL_SECONDS):
        super().__init__(name="observatory-reminders", daemon=True)
        self.interval = interval
        self.stopping = threading.Event()

    def run_once(self) -> DispatchSummary | None:
        """One round: send what is due now. None when the round failed (logged)."""
        try:
            return send_due_reminders()
        except Exception:  # the server must keep serving; the next round retries
            logger.exception("reminders: a round failed")
            return None
        finally:
            close_old_connections()

    def run(self) -> None:
        while not self.stopping.is_set():
            summary = self.run_once()
            if summary is not None and (summary.sent or summary.failed):
                logger.info("reminders: %s", summary.as_dict())
            self.stopping.wait(self.interval)

    def stop(self) -> None:
        """End after the current round."""
        self.stopping.set()
