"""The database worker: results and errors come back on the GUI thread as one sentence."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication

from huiwu_desk.domain.errors import UnknownCode
from huiwu_desk.services.changes import Changes
from huiwu_desk.ui.hub import Hub
from huiwu_desk.ui.operations import Operations


@pytest.fixture
def ops(qapp: QApplication):  # type: ignore[no-untyped-def]
    hub = Hub()
    operations = Operations(hub)
    yield operations
    operations.shutdown()


def test_runs_on_one_worker_and_answers_on_gui_thread(ops: Operations, qtbot) -> None:  # type: ignore[no-untyped-def]
    workers: set[str] = set()
    answers: list[tuple[int, bool]] = []

    def work(n: int) -> int:
        workers.add(threading.current_thread().name)
        return n * 2

    for n in range(5):
        ops.run(
            work,
            n,
            on_done=lambda r: answers.append(
                (r, threading.current_thread() is threading.main_thread())
            ),
        )
    qtbot.waitUntil(lambda: len(answers) == 5)
    assert answers == [(n * 2, True) for n in range(5)]  # in order, on the GUI thread
    assert len(workers) == 1 and threading.main_thread().name not in workers
    assert ops.pending == 0


def test_changes_are_broadcast(ops: Operations, qtbot) -> None:  # type: ignore[no-untyped-def]
    changes = Changes(checkins=True)
    with qtbot.waitSignal(ops.hub.changes_applied) as blocker:
        ops.run(lambda: changes)
    assert blocker.args == [changes]


def test_user_facing_error_is_its_sentence(ops: Operations, qtbot) -> None:  # type: ignore[no-untyped-def]
    def refuse() -> None:
        raise UnknownCode(code="X1")

    errors: list[str] = []
    ops.run(refuse, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert errors == ["找不到编号为“X1”的参会人员。"]


def test_unexpected_error_is_logged_and_generic(
    ops: Operations, qtbot, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    def crash() -> None:
        raise ZeroDivisionError("boom")

    with qtbot.waitSignal(ops.hub.error) as blocker:
        ops.run(crash)
    assert blocker.args == ["出现意外错误，操作没有完成。详情已写入日志。"]
    assert any("boom" in (r.exc_text or "") or r.exc_info for r in caplog.records)
