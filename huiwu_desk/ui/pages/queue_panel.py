"""打印队列: every badge and receipt sent to a printer, what became of it, retry and cancel.

Refreshes itself when the print worker reports and after each desk change that queued a
job. "重试" sends a failed job again — to the role's printer as it is set now, when it was
changed since (the usual fix for an unplugged or wrong printer); "换打印机重试" asks for a URI.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.print_jobs import JobStatus, PrintJob, parse_printer_uri
from ...services import print_queue, printing
from ...services.changes import Changes
from ...services.ports import UnitOfWork
from ..hub import Hub
from ..labels import when_text
from ..print_control import role_of
from ..session import Session
from ..widgets.row_table import fit_columns, row_table
from .print_parts import STATUS_COLOURS, MessageLine, job_title, note, status_label

REFRESH_DELAY_MS = 200
FILE_SCHEMES = ("pdf", "png")


@dataclass(frozen=True, slots=True)
class QueueView:
    jobs: list[PrintJob]
    printers: dict[str, str]


def read_queue(uow: UnitOfWork, open_only: bool) -> QueueView:
    statuses = print_queue.OPEN_STATUSES if open_only else None
    return QueueView(print_queue.list_jobs(uow, statuses), printing.printers(uow))


def retry_target(job: PrintJob, printers: dict[str, str]) -> str | None:
    """Where "重试" sends a job: the role's printer when it was changed since, else the same."""
    role = role_of(job)
    current = printers.get(role) if role else None
    if not current or current == job.uri:
        return None
    try:
        if parse_printer_uri(job.uri).scheme in FILE_SCHEMES:
            return None  # a batch to a PDF file stays a PDF file
    except Exception:
        pass
    return current


class QueuePanel(QWidget):
    COLUMNS = 6

    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view = QueueView([], {})
        headers = [
            self.tr("时间"),
            self.tr("内容"),
            self.tr("状态"),
            self.tr("次数"),
            self.tr("打印机"),
            self.tr("说明"),
        ]
        self.table = row_table("printQueue", headers, pick_one=True)
        self.table.setWordWrap(False)
        fit_columns(self.table, stretch=self.COLUMNS - 1)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.open_only = QCheckBox(self.tr("只显示未完成的任务(&O)"))
        self.open_only.setObjectName("openOnly")
        self.open_only.toggled.connect(self.refresh)
        self.retry_button = QPushButton(self.tr("重试(&R)"))
        self.retry_button.setObjectName("retryJob")
        self.retry_button.clicked.connect(self.retry)
        self.retry_to_button = QPushButton(self.tr("换打印机重试(&U)…"))
        self.retry_to_button.setObjectName("retryJobTo")
        self.retry_to_button.clicked.connect(self.retry_elsewhere)
        self.cancel_button = QPushButton(self.tr("取消任务(&C)"))
        self.cancel_button.setObjectName("cancelJob")
        self.cancel_button.clicked.connect(self.cancel)
        self.detail = QLabel()
        self.detail.setObjectName("jobDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = MessageLine("queueMessage")

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_only)
        buttons.addStretch(1)
        for button in (self.retry_button, self.retry_to_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "打印失败不会影响报到和收费记录。接好打印机或在“打印机”页改好地址后，选中任务按“重试”。"
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(REFRESH_DELAY_MS)
        self._later.timeout.connect(self.refresh)
        session.printing.job_updated.connect(self._soon)
        hub.changes_applied.connect(self._on_changes)
        hub.event_opened.connect(self._soon)
        self._selection_changed()

    def page_shown(self) -> None:
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _soon(self, *_args: Any) -> None:
        self._later.start()

    def _on_changes(self, changes: Changes) -> None:
        if (
            changes.badges
            or changes.payments
            or changes.setup
            or isinstance(changes.result, PrintJob)
        ):
            self._soon()

    def refresh(self) -> None:
        self.session.run_query(read_queue, self.open_only.isChecked(), on_done=self._show)

    # --- the table -----------------------------------------------------------------------
    def _show(self, view: QueueView) -> None:
        chosen = self.selected()
        self.view = view
        self.table.setRowCount(len(view.jobs))
        for row, job in enumerate(view.jobs):
            cells = [
                when_text(job.created_ms),
                job_title(job),
                status_label(job.status),
                str(job.tries),
                job.uri,
                job.error,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, job.id)
                if column in (1, 5) and text:
                    item.setToolTip(text)
                if column == 2:
                    item.setForeground(QColor(STATUS_COLOURS.get(JobStatus(job.status), "#000")))
                self.table.setItem(row, column, item)
        ids = [job.id for job in view.jobs]
        if chosen is not None and chosen.id in ids:
            self.table.selectRow(ids.index(chosen.id))
        elif ids and chosen is None:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> PrintJob | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.view.jobs) or not self.table.selectedItems():
            return None
        return self.view.jobs[row]

    def job_row(self, job_id: str) -> int:
        return next((n for n, job in enumerate(self.view.jobs) if job.id == job_id), -1)

    def _selection_changed(self) -> None:
        job = self.selected()
        self.retry_button.setEnabled(job is not None and job.can_retry)
        self.retry_to_button.setEnabled(job is not None and job.can_retry)
        self.cancel_button.setEnabled(job is not None and job.can_cancel)
        if job is None:
            self.detail.setText("")
            return
        text = self.tr("{0}：{1}，已尝试 {2} 次，打印机 {3}").format(
            job_title(job), status_label(job.status), job.tries, job.uri
        )
        if job.error:
            text += "\n" + job.error
        self.detail.setText(text)

    # --- retry and cancel ------------------------------------------------------------------
    def retry(self) -> None:
        job = self.selected()
        if job is None or not job.can_retry:
            return
        self._retry(job, retry_target(job, self.view.printers))

    def retry_elsewhere(self) -> None:
        job = self.selected()
        if job is None or not job.can_retry:
            return
        role = role_of(job)
        suggested = (self.view.printers.get(role) if role else None) or job.uri
        uri, ok = QInputDialog.getText(
            self, self.tr("换打印机重试"), self.tr("打印机地址"), text=suggested
        )
        if ok and uri.strip():
            self._retry(job, uri.strip())

    def _retry(self, job: PrintJob, uri: str | None) -> None:
        def done(_changes: Changes) -> None:
            self.message.ok(
                self.tr("已重新排队：{0}（{1}）。").format(job_title(job), uri or job.uri)
            )

        self.session.run_query(
            print_queue.retry_job, job.id, uri, on_done=done, on_error=self.message.error
        )

    def cancel(self) -> None:
        job = self.selected()
        if job is None or not job.can_cancel:
            return

        def done(_changes: Changes) -> None:
            self.message.ok(self.tr("已取消：{0}。").format(job_title(job)))

        self.session.run_query(
            print_queue.cancel_job, job.id, on_done=done, on_error=self.message.error
        )
