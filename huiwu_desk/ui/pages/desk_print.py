"""What the desk says about the badges, receipts and room slips it sent to a printer.

The desk's result line already says what was recorded ("张三 报到成功。 正在打印证件。");
if the printer then fails, the same line turns amber and adds why, while it still shows that
person — otherwise the status bar says it. Nothing waits for a printer and nothing is undone:
the job stays in the print queue for a retry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...domain.print_jobs import JobStatus, PrintJob

if TYPE_CHECKING:
    from .desk_page import DeskPage

STATUS_SECONDS = 20
RETRY_HINT = "可在打印队列中重试"


@dataclass
class _Watched:
    what: str  # 证件 / 收据, already translated
    line: str  # the result line's text when the job was queued
    sending: str  # the words of that line that said it is being printed


class DeskPrintNotices(QObject):
    def __init__(self, page: DeskPage) -> None:
        super().__init__(page)
        self.page = page
        self._watched: dict[str, _Watched] = {}
        page.session.printing.job_updated.connect(self._updated)

    def sending_badge(self) -> str:
        """What the result line adds when a badge job was queued."""
        return self.tr("正在打印证件。")

    def sending_receipt(self) -> str:
        return self.tr("正在打印收据。")

    def sending_room_slip(self) -> str:
        return self.tr("正在打印住宿凭单。")

    def badge(self, job_id: str | None) -> None:
        """Call right after the result line said what was recorded."""
        self._watch(job_id, self.tr("证件"), self.sending_badge())

    def receipt(self, job_id: str | None) -> None:
        self._watch(job_id, self.tr("收据"), self.sending_receipt())

    def room_slip(self, job_id: str | None) -> None:
        self._watch(job_id, self.tr("住宿凭单"), self.sending_room_slip())

    def _watch(self, job_id: str | None, what: str, sending: str) -> None:
        if job_id:
            self._watched[job_id] = _Watched(what, self.page.result.text(), sending)

    def _updated(self, job: PrintJob) -> None:
        watched = self._watched.get(job.id)
        if watched is None or job.status in (JobStatus.QUEUED, JobStatus.SENDING):
            return
        del self._watched[job.id]
        if job.status != JobStatus.FAILED:
            return
        error = job.error.strip()
        if RETRY_HINT not in error:  # printer sentences usually say it already
            error += self.tr("可在打印队列中重试。")
        warning = self.tr("{0}未打印：{1}").format(watched.what, error)
        if self.page.result.text() == watched.line:
            line = watched.line.replace(" " + watched.sending, "").replace(watched.sending, "")
            self.page.result.notice(line + "\n⚠ " + warning)
            return
        bar = self.page.window().statusBar() if hasattr(self.page.window(), "statusBar") else None
        if bar is not None:
            bar.showMessage("⚠ " + warning, STATUS_SECONDS * 1000)
