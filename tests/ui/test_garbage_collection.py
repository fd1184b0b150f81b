"""Cyclic garbage is collected on the GUI thread only (see ui/garbage.py)."""

import gc
import threading
import weakref

from mottagning.ui.garbage import GuiThreadCollector


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def garbage_cycles(count: int) -> weakref.ref[Node]:
    for _ in range(count):
        a, b = Node(), Node()
        a.other, b.other = b, a
    return weakref.ref(a)


def test_a_worker_thread_never_collects_and_the_gui_thread_does(qapp):
    collector = GuiThreadCollector(qapp)
    try:
        assert not gc.isenabled()
        found: list[weakref.ref[Node]] = []
        worker = threading.Thread(target=lambda: found.append(garbage_cycles(5_000)))
        worker.start()
        worker.join()
        assert found[0]() is not None, "no collection ran on the worker thread"
        assert collector.collect_if_due() > 0
        assert found[0]() is None
    finally:
        collector.deleteLater()


def test_nothing_is_collected_before_the_threshold(qapp):
    collector = GuiThreadCollector(qapp)
    try:
        gc.collect()
        assert collector.collect_if_due() == 0
    finally:
        collector.deleteLater()
