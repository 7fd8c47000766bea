"""The timer thread of the serving process: a failing round is logged and the next one runs."""

import logging
import threading

from observatory.core.periodic import PeriodicThread


def test_a_failing_round_is_logged_and_the_thread_goes_on(caplog):
    rounds = []

    def task():
        rounds.append(len(rounds))
        if len(rounds) == 1:
            raise RuntimeError("database gone")
        return "second round"

    thread = PeriodicThread("test-rounds", task, 0.01)
    with caplog.at_level(logging.ERROR):
        assert thread.run_once() is None
    assert "test-rounds: a round failed" in caplog.text
    assert thread.run_once() == "second round"


def test_the_thread_runs_rounds_until_stopped():
    done = threading.Event()
    rounds = []

    def task():
        rounds.append(1)
        if len(rounds) >= 3:
            done.set()

    thread = PeriodicThread("test-loop", task, 0.01)
    thread.start()
    assert done.wait(10)
    thread.stop()
    thread.join(10)
    assert not thread.is_alive() and len(rounds) >= 3
