"""Crash traces for the log: code locations, and messages only when safe."""

import sys

from mottagning.diagnostics import redacted_traceback
from mottagning.errors import AliasTaken, DiskFull

CLIENT_NAME = "Anna Andersson"


def _raise_value_error() -> None:
    int(CLIENT_NAME)


def _trace_of(action) -> str:
    try:
        action()
    except BaseException:
        return redacted_traceback(*sys.exc_info())
    raise AssertionError("nothing was raised")


def test_message_of_a_foreign_error_is_withheld():
    trace = _trace_of(_raise_value_error)

    assert CLIENT_NAME not in trace
    assert "Anna" not in trace
    assert "message withheld" in trace
    assert "builtins.ValueError" in trace


def test_code_locations_are_kept():
    trace = _trace_of(_raise_value_error)

    assert "test_diagnostics.py" in trace
    assert "_raise_value_error" in trace
    assert "/" not in trace.split("File ")[1].split(",")[0]  # file name only, no path


def test_message_of_our_own_error_is_kept():
    def full() -> None:
        raise DiskFull()

    trace = _trace_of(full)

    assert DiskFull().describe() in trace
    assert "message withheld" not in trace


def test_user_error_logs_its_template_but_not_its_parameters():
    # Parameters can name a client's alias; the template says what happened.
    def denied() -> None:
        raise AliasTaken(alias="Björk")

    trace = _trace_of(denied)

    assert "already used by another client" in trace
    assert "Björk" not in trace


def test_cause_of_our_error_is_redacted_too():
    def wrapped() -> None:
        try:
            _raise_value_error()
        except ValueError as exc:
            raise DiskFull() from exc

    trace = _trace_of(wrapped)

    assert "Caused by:" in trace
    assert DiskFull().describe() in trace
    assert CLIENT_NAME not in trace
