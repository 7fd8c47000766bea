"""Work a serving process repeats on a timer (reminders of calls, reconfirmations of the directory), so a
single-server installation needs no cron job. Each task claims what it sends in the database, so several
processes (or a cron job besides) can run it at once without sending anything twice."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from django.db import close_old_connections

logger = logging.getLogger(__name__)


class PeriodicThread(threading.Thread):
    """Runs ``task`` every ``interval`` seconds in a daemon thread; a failing round is logged and the
    next round tries again, so the server keeps serving."""

    def __init__(self, name: str, task: Callable[[], object], interval: float):
        super().__init__(name=name, daemon=True)
        self.task = task
        self.interval = interval
        self.stopping = threading.Event()

    def run_once(self):
        """One round: the task's result, or None when it failed (logged)."""
        try:
            return self.task()
        except Exception:  # the server must keep serving; the next round retries
            logger.exception("%s: a round failed", self.name)
            return None

    def run(self) -> None:
        while not self.stopping.is_set():
            result = self.run_once()
            if result is not None and (getattr(result, "sent", 0) or getattr(result, "failed", 0)):
                logger.info("%s: %s", self.name, result)
            # The thread's own connection, between rounds hours apart: closed here rather than in
            # run_once, which may run inside a caller's transaction.
            close_old_connections()
            self.stopping.wait(self.interval)

    def stop(self) -> None:
        """End after the current round."""
        self.stopping.set()
