"""A small sign in the status bar: print jobs that failed (red) or are still on their way.

Hidden while the queue has nothing to say; a click (or Enter on it) opens the print queue.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QToolButton, QWidget

from ...domain.print_jobs import JobStatus, PrintJob
from ...services.changes import Changes
from ..hub import Hub
from ..session import Session

FAILED_STYLE = (
    "QToolButton { color: #a40e26; background: #ffebe9; border-radius: 4px;"
    " padding: 1px 8px; font-weight: bold; }"
)
BUSY_STYLE = "QToolButton { color: #57606a; padding: 1px 8px; }"


class PrintIndicator(QToolButton):
    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printIndicator")
        self.setAutoRaise(True)
        self.setToolTip(self.tr("打开打印队列"))
        self.session = session
        self.failed = 0
        self.waiting = 0
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(250)  # a burst of job updates is one query
        self._later.timeout.connect(self.refresh)
        session.printing.job_updated.connect(self._job_updated)
        hub.changes_applied.connect(self._on_changes)
        hub.event_opened.connect(self._opened)
        hub.event_closed.connect(self._closed)
        self.hide()
        if session.event is not None:
            self.refresh()

    def _opened(self, _event: object) -> None:
        self.refresh()

    def _closed(self) -> None:
        self.failed = self.waiting = 0
        self.hide()

    def _job_updated(self, _job: PrintJob) -> None:
        self._later.start()

    def _on_changes(self, changes: Changes) -> None:
        if changes.badges or changes.payments or isinstance(changes.result, PrintJob):
            self._later.start()

    def refresh(self) -> None:
        from ...services.print_queue import job_counts

        self.session.run_query(job_counts, on_done=self._show)

    def _show(self, counts: dict[str, int]) -> None:
        self.failed = counts.get(JobStatus.FAILED.value, 0)
        self.waiting = counts.get(JobStatus.QUEUED.value, 0) + counts.get(
            JobStatus.SENDING.value, 0
        )
        if self.failed:
            self.setStyleSheet(FAILED_STYLE)
            self.setText(self.tr("⚠ 打印失败 {0}").format(self.failed))
        elif self.waiting:
            self.setStyleSheet(BUSY_STYLE)
            self.setText(self.tr("待打印 {0}").format(self.waiting))
        self.setVisible(bool(self.failed or self.waiting))
