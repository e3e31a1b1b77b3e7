"""The print worker of the open event, seen from the window.

The worker (adapters/printing/worker.py) sends queued jobs on its own thread after each
commit. Here it is started when an event opens (re-sending what a crash left queued) and
stopped before the event file closes — both on the database worker, so they happen in order
with everything else done to the file. The start waits a moment (or for the first job) so
that loading the printer drivers does not hold up the desk's first scan.
``kick()`` follows every change that queued a job;
the worker's news comes back on the GUI thread as ``job_updated``. Test pages and the USB
list run on a thread of their own: a printer that does not answer never freezes the window.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from ..domain.errors import UserFacingError
from ..domain.print_errors import PrinterFailed, PrinterUnavailable
from ..domain.print_jobs import JobKind, PrinterRole, PrintJob
from ..services.changes import Changes
from .hub import Hub
from .operations import Operations, error_sentence

log = logging.getLogger(__name__)
_installed = threading.Lock()
_system_ready = False
START_DELAY_MS = 1500  # after the event opens; a queued job starts the worker at once


def install_system_printers() -> None:
    """``system://`` (QPrinter) joins the printer backends; once, after QApplication exists."""
    global _system_ready
    with _installed:
        if not _system_ready:
            from . import printing_system

            printing_system.install()
            _system_ready = True


def role_of(job: PrintJob) -> str | None:
    """The printer role a job was printed for (a test page has none)."""
    if job.kind == JobKind.BADGE:
        return PrinterRole.BADGE.value
    if job.kind in (JobKind.RECEIPT, JobKind.SHIFT_REPORT, JobKind.ROOM_SLIP):
        return PrinterRole.RECEIPT.value
    return None


def queued_job(changes: Changes) -> str | None:
    """The print job a desk use case queued, if any (printing.Queued or a one-step result)."""
    from ..services.printing import Queued

    result = changes.result
    if isinstance(result, Queued):
        return result.job_id
    return getattr(result, "badge_job", None)


class PrintControl(QObject):
    job_updated = Signal(object)  # a PrintJob, each time the worker claims or finishes one
    _from_worker = Signal(int, object)
    _deliver = Signal(object)

    def __init__(self, hub: Hub, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self._worker: Any = None  # set and cleared on the database worker only
        self._generation = 0  # news from the worker of a closed event is dropped
        self._waiting: tuple[Any, int] | None = None  # (store, generation) to start soon
        self._side = ThreadPoolExecutor(max_workers=1, thread_name_prefix="huiwu-print-test")
        self._from_worker.connect(self._worker_news)
        self._deliver.connect(self._run)
        hub.changes_applied.connect(self._on_changes)

    # --- the worker's life ---------------------------------------------------------------
    def attach(self, store: Any) -> None:
        """The event of ``store`` is now open: (re)start the worker for it, off the GUI thread."""
        self._generation += 1
        self.ops.run(self._stop_worker)
        if getattr(store, "read_only", False):
            self._waiting = None
            return
        self._waiting = (store, self._generation)
        QTimer.singleShot(START_DELAY_MS, partial(self._start_soon, self._generation))

    def _start_soon(self, generation: int) -> None:
        waiting, self._waiting = self._waiting, None
        if waiting is not None and waiting[1] == generation:
            # The printing modules load on a side thread: on the database worker the next
            # scans would wait behind the import.
            self._side.submit(self._preload_then, partial(self._start_loaded, *waiting))
        elif waiting is not None:
            self._waiting = waiting  # a newer event's start is still to come

    def _preload_then(self, then: Callable[[], None]) -> None:  # on the side thread
        try:
            from ..bootstrap_printing import preload

            preload()
        except Exception:  # the worker's start says what is wrong, on the database worker
            log.exception("loading the printing modules failed")
        self._deliver.emit(then)

    def _start_loaded(self, store: Any, generation: int) -> None:
        if generation == self._generation:  # the event is still the one that opened
            self.ops.run(self._start_worker, store, generation)

    def detach(self, *, wait: bool = True) -> None:
        """Before the event file closes: stop sending (a job half-sent is resent next time)."""
        self._generation += 1
        self._waiting = None
        if wait:
            self.ops.call(self._stop_worker)
        else:
            self.ops.run(self._stop_worker)

    def _start_worker(self, store: Any, generation: int) -> None:
        self._stop_worker()
        install_system_printers()
        from ..bootstrap_printing import make_worker

        worker = make_worker(store, partial(self._news, generation))
        worker.start()
        self._worker = worker
        resumed = worker.resume_pending()
        if resumed:
            log.info("print queue: %d job(s) left from last time, sending again", resumed)

    def _stop_worker(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.stop()

    @property
    def running(self) -> bool:
        return self._worker is not None

    def kick(self) -> None:
        """Wake the worker: a job was queued or queued again. Returns at once."""
        if self._waiting is not None:
            self._start_soon(self._generation)  # it sends what is queued when it starts
            return
        worker = self._worker
        if worker is not None:
            worker.kick()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Tests: until every job kicked so far has been tried."""
        worker = self._worker
        return worker is None or bool(worker.wait_idle(timeout))

    def _on_changes(self, changes: Changes) -> None:
        batch = getattr(changes.result, "job_ids", None)  # a batch: one job per template
        if queued_job(changes) or batch or isinstance(changes.result, PrintJob):
            self.kick()

    def _news(self, generation: int, job: PrintJob) -> None:  # on the print thread
        self._from_worker.emit(generation, job)

    @Slot(int, object)
    def _worker_news(self, generation: int, job: PrintJob) -> None:
        if generation == self._generation:
            self.job_updated.emit(job)

    # --- test pages and the USB list -------------------------------------------------------
    def test_print(self, uri: str, on_done: Callable[[str], None]) -> None:
        """Send a test page; ``on_done("")`` when it went out, else with the sentence why not."""

        def work() -> None:
            try:
                install_system_printers()
                from ..bootstrap_printing import print_test_page

                print_test_page(uri)
                answer = ""
            except PrinterUnavailable:
                answer = QCoreApplication.translate(
                    "printing",
                    "测试页没有打印：打印机未连接或无法访问（{0}）。请检查电源、连线和地址。",
                ).format(uri)
            except PrinterFailed as exc:
                answer = QCoreApplication.translate(
                    "printing", "测试页没有打印：打印机 {0} 拒绝或中断了打印（{1}）。"
                ).format(uri, exc.params.get("reason", ""))
            except UserFacingError as exc:
                answer = error_sentence(exc)
            except Exception as exc:
                log.exception("test page to %s failed", uri)
                answer = f"{type(exc).__name__}: {exc}"
            self._deliver.emit(partial(on_done, answer))

        self._side.submit(work)

    def usb_printers(self, on_done: Callable[[list[tuple[str, str]]], None]) -> None:
        def work() -> None:
            from ..bootstrap_printing import usb_printers

            self._deliver.emit(partial(on_done, usb_printers()))

        self._side.submit(work)

    @Slot(object)
    def _run(self, thunk: Callable[[], None]) -> None:
        thunk()

    def shutdown(self) -> None:
        self._side.shutdown(wait=False, cancel_futures=True)
