"""The background-work API: modal operations (`run_op`) and a page's non-modal reads
(`BackgroundRead`), each on a connection of its own that is closed when the work ends."""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from kttt_desktop.core.progress import Cancelled, Progress
from kttt_desktop.core.registry import Registry
from kttt_desktop.ui.background_read import BackgroundRead, wait_for_reads
from kttt_desktop.ui.worker import run_op


def _closed(registry: Registry) -> bool:
    try:
        registry.conn.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False


def test_a_modal_operation_works_on_its_own_connection_and_closes_it(qtbot, registry: Registry, make_org) -> None:
    make_org(name="HTX Một")
    parent = QWidget()
    qtbot.addWidget(parent)
    used: list[tuple[Registry, str]] = []
    answers: list[Any] = []

    def work(other: Registry, progress: Progress) -> int:
        used.append((other, threading.current_thread().name))
        progress.report(1, 2, "nửa chừng")
        return len(list(other.list_records("organization")))

    op = run_op(parent, registry, "Đang đếm…", work, answers.append)
    qtbot.waitUntil(lambda: answers != [])
    assert answers == [1]
    (other, thread_name), = used
    assert other is not registry and other.path == registry.path
    assert thread_name != threading.main_thread().name
    assert _closed(other) and not _closed(registry)
    assert not op.dialog.isVisible()


def test_a_cancelled_operation_stops_at_its_next_report_with_the_one_cancel(qtbot, registry: Registry) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[BaseException] = []
    started, go_on = threading.Event(), threading.Event()

    def work(other: Registry, progress: Progress) -> None:
        started.set()
        go_on.wait(10)
        progress.report(1, 2)  # the officer pressed «Hủy» meanwhile: stops here
        raise AssertionError("not reached")

    op = run_op(parent, registry, "Đang ghi…", work, lambda result: None, failures.append)
    assert started.wait(10)
    cancel = op.dialog.findChild(QPushButton)
    assert cancel.text() == "Hủy"
    cancel.click()
    go_on.set()
    qtbot.waitUntil(lambda: failures != [])
    assert isinstance(failures[0], Cancelled) and failures[0].message().startswith("Đã dừng")
    assert op.progress.cancelled


def test_a_failed_operation_hands_its_error_to_the_window(qtbot, registry: Registry) -> None:
    failures: list[BaseException] = []

    def work(other: Registry, progress: Progress) -> None:
        raise ValueError("hỏng")

    run_op(None, registry, "Đang làm…", work, lambda result: None, failures.append, cancellable=False)
    qtbot.waitUntil(lambda: failures != [])
    assert isinstance(failures[0], ValueError)


def test_a_newer_question_wins_and_only_its_answer_arrives(qtbot, registry: Registry) -> None:
    reader = BackgroundRead(registry)
    answers: list[str] = []
    reader.answered.connect(answers.append)
    first_running, release = threading.Event(), threading.Event()
    connections: list[Registry] = []

    def slow(other: Registry) -> str:
        connections.append(other)
        first_running.set()
        release.wait(10)
        return "cũ"

    def newer(other: Registry) -> str:
        connections.append(other)
        return "mới"

    reader.ask(slow)
    assert first_running.wait(10) and reader.busy
    reader.ask(lambda other: "giữa")  # replaced before it runs
    reader.ask(newer)
    release.set()
    qtbot.waitUntil(lambda: not reader.busy)
    assert answers == ["mới"]
    assert len(connections) == 2 and all(_closed(c) for c in connections)


def test_waiting_for_reads_returns_once_every_connection_is_closed(qtbot, registry: Registry) -> None:
    reader = BackgroundRead(registry)
    running, release = threading.Event(), threading.Event()
    connections: list[Registry] = []

    def read(other: Registry) -> None:
        connections.append(other)
        running.set()
        release.wait(10)

    reader.ask(read)
    assert running.wait(10)
    threading.Thread(target=release.set).start()
    wait_for_reads()
    assert _closed(connections[0])
    qtbot.waitUntil(lambda: not reader.busy)
