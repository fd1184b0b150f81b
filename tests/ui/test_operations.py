"""Service calls off the GUI thread: on a session of their own, the result or
the error back on the GUI thread, the newest of the same kind only."""

import threading

import pytest
from PySide6.QtWidgets import QWidget

from mottagning.errors import NotFound
from mottagning.ui import worker


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_work_runs_on_another_thread_with_a_connection_of_its_own(qtbot, parent, lead):
    seen: dict[str, object] = {}

    def work(session, report):
        seen["thread"] = threading.get_ident()
        seen["connection"] = session.clinic.db
        report(0.5, "half")
        return session.accounts.list_users()

    results: list[object] = []
    worker.run_operation(parent, lead, work, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)

    assert seen["thread"] != threading.get_ident()
    assert seen["connection"] is not lead.clinic.db
    assert [u.username for u in results[0]] == [lead.user.username]
    assert seen["connection"].closed, "the worker's connection is closed after the work"


def test_a_user_error_comes_back_to_the_gui_thread(qtbot, parent, lead):
    errors: list[BaseException] = []

    def work(session, report):
        return session.clients.open("no-such-client")

    worker.run_operation(parent, lead, work, lambda _: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], NotFound)


def test_only_the_newest_operation_of_a_kind_is_delivered(qtbot, parent, lead):
    gate = threading.Event()
    results: list[str] = []

    def slow(session, report):
        gate.wait(5)
        return "old"

    worker.run_operation(parent, lead, slow, results.append, key="week")
    worker.run_operation(parent, lead, lambda s, r: "new", results.append, key="week")
    qtbot.waitUntil(lambda: results == ["new"], timeout=5000)
    gate.set()
    qtbot.wait(200)
    assert results == ["new"]


def test_what_the_worker_writes_is_in_the_same_signed_log(qtbot, parent, lead):
    done: list[object] = []
    worker.run_operation(parent, lead, lambda s, r: s.accounts.list_users(), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    integrity = lead.access_log.verify()
    assert integrity.intact, integrity.problems


def test_the_progress_dialog_moves_to_and_fro_until_the_work_says_how_far(qtbot, parent, lead):
    from PySide6.QtWidgets import QProgressDialog

    started, report_now, finish = threading.Event(), threading.Event(), threading.Event()
    results: list[str] = []

    def work(session, report):
        started.set()
        report_now.wait(5)
        report(0.4, "counting")
        finish.wait(5)
        return "done"

    parent.show()
    worker.run_operation(parent, lead, work, results.append, progress_title="Working")
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog) is not None, timeout=5000)
    dialog = parent.findChild(QProgressDialog)
    assert started.is_set() and dialog.maximum() == 0, "busy, with no figure yet"
    report_now.set()
    qtbot.waitUntil(lambda: dialog.maximum() == 100 and dialog.value() == 40, timeout=5000)
    finish.set()
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)
