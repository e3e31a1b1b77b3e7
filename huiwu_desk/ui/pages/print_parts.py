"""Pieces the printing panels share: a message line, job status and role names, a heading."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.print_jobs import JobStatus, PrinterRole, PrintJob
from .. import i18n
from ..labels import template_name
from ..widgets.fonts import scale

_PANEL = "border-radius: 4px; padding: 6px 10px;"
OK_STYLE = "color: #116329; background: #dafbe1;" + _PANEL
ERROR_STYLE = "color: #a40e26; background: #ffebe9;" + _PANEL
INFO_STYLE = "color: #0550ae; background: #ddf4ff;" + _PANEL
STATUS_COLOURS = {
    JobStatus.QUEUED: "#57606a",
    JobStatus.SENDING: "#0550ae",
    JobStatus.DONE: "#116329",
    JobStatus.FAILED: "#a40e26",
    JobStatus.CANCELLED: "#6e7781",
}


class MessageLine(QLabel):
    """One line saying how the last action went; hidden until there is something to say."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.hide()

    def ok(self, text: str) -> None:
        self._show(text, OK_STYLE)

    def error(self, text: str) -> None:
        self._show(text, ERROR_STYLE)

    def info(self, text: str) -> None:
        self._show(text, INFO_STYLE)

    def clear(self) -> None:
        super().clear()
        self.hide()

    def _show(self, text: str, style: str) -> None:
        self.setStyleSheet(style)
        self.setText(text)
        self.setVisible(bool(text))


def heading(text: str) -> QLabel:
    label = QLabel(text)
    scale(label, 1.2, bold=True)
    return label


def note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #57606a;")
    return label


def status_label(status: str) -> str:
    labels = {
        JobStatus.QUEUED: QCoreApplication.translate("printing", "等待打印"),
        JobStatus.SENDING: QCoreApplication.translate("printing", "正在打印"),
        JobStatus.DONE: QCoreApplication.translate("printing", "已打印"),
        JobStatus.FAILED: QCoreApplication.translate("printing", "打印失败"),
        JobStatus.CANCELLED: QCoreApplication.translate("printing", "已取消"),
    }
    try:
        return labels[JobStatus(status)]
    except ValueError:
        return status


def role_label(role: str) -> str:
    labels = {
        PrinterRole.BADGE: QCoreApplication.translate("printing", "证件打印机"),
        PrinterRole.RECEIPT: QCoreApplication.translate("printing", "收据打印机"),
    }
    try:
        return labels[PrinterRole(role)]
    except ValueError:
        return role


def job_title(job: PrintJob) -> str:
    """A print job's title in the UI language; a job queued by an older version as stored."""
    params = dict(job.title_params)
    if "template_key" in params:
        params["template"] = template_name(str(params["template_key"]), str(params["template"]))
    return job.title_text(i18n.error_lang(), params)


def file_uri(scheme: str, path: str, query: str = "") -> str:
    """``pdf:///D:/证件.pdf`` from a path as the file dialog gives it (either slash)."""
    posix = path.replace("\\", "/")
    lead = "" if posix.startswith("/") else "/"
    # only what the URI itself would misread is escaped: the path stays readable
    escaped = posix.replace("%", "%25").replace("?", "%3F").replace("#", "%23")
    text = f"{scheme}://{lead}{escaped}"
    return f"{text}?{query}" if query else text
