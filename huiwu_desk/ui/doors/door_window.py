"""The door window: full screen, one scan field, the verdict in large colour.

A USB scanner types the code and Enter into the scan field, which never loses the keyboard:
green 请进 (admitted), amber (admitted with a note), red (refused) with the name, the
category and the reason sentence; one beep for admitted, two for refused. The last scans
are listed under it, the count so far at the top. Esc twice within three seconds leaves
(one Esc alone, a stray key, never does). No mouse is needed.

Each scan runs ``services.doors.scan.scan`` on the session's database worker; scans typed
while one is in flight queue on that worker in order. ``timings`` keeps, per scan, the
seconds from the Enter to the verdict painted (``bench/door_window.py``).
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.changes import Changes
from ...services.doors import points as door_points
from ...services.doors import scan as door_scan
from .. import i18n
from ..widgets.fonts import scale

RECENT = 8
IDLE_AFTER_MS = 6_000  # the verdict stays this long, then the panel asks for the next badge
LEAVE_WITHIN_MS = 3_000
STYLES = {
    "idle": ("#f6f8fa", "#57606a"),
    "ok": ("#1a7f37", "#ffffff"),
    "note": ("#bf8700", "#ffffff"),
    "refused": ("#cf222e", "#ffffff"),
}
MARKS = {"ok": "✓", "note": "!", "refused": "✗"}


def tone(verdict: Any) -> str:
    """green admitted, amber admitted with a note (a reason beside ok), red refused."""
    if not verdict.ok:
        return "refused"
    return "note" if verdict.reason else "ok"


class VerdictPanel(QFrame):
    """The big coloured answer; ``painted`` tells when what was set is on screen."""

    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictPanel")
        self.name = QLabel()
        self.name.setObjectName("verdictName")
        self.detail = QLabel()
        self.detail.setObjectName("verdictDetail")
        self.reason = QLabel()
        self.reason.setObjectName("verdictReason")
        for label, factor in ((self.name, 7.0), (self.detail, 2.6), (self.reason, 3.6)):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            scale(label, factor, bold=label is not self.detail)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.reason)
        layout.addWidget(self.name)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.state = "idle"
        self._pending = False

    def show_state(self, state: str, reason: str, name: str, detail: str) -> None:
        self.state = state
        back, fore = STYLES[state]
        self.setStyleSheet(
            f"QFrame#verdictPanel {{ background: {back}; border-radius: 12px; }}"
            f" QFrame#verdictPanel QLabel {{ color: {fore}; background: transparent; }}"
        )
        self.reason.setText(reason)
        self.name.setText(name)
        self.name.setVisible(bool(name))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self._pending = True
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._pending:
            self._pending = False
            self.painted.emit()


class DoorWindow(QWidget):
    left = Signal()  # the team left door mode

    def __init__(self, session: Any, point: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("doorWindow")
        self.session = session
        self.point = point
        self.timings: list[float] = []  # Enter → verdict painted, seconds, per scan
        self._sent: list[float] = []  # Enter times of scans still on the worker
        self._painting: float | None = None
        self._leave_armed = False
        self.admitted = self.refused = 0
        self.setWindowTitle(self.tr("门口模式 — {0}").format(point))
        self.title = QLabel(point)
        self.title.setObjectName("doorPoint")
        scale(self.title, 2.0, bold=True)
        self.count = QLabel()
        self.count.setObjectName("doorCount")
        scale(self.count, 1.8, bold=True)
        self.panel = VerdictPanel()
        self.panel.painted.connect(self._painted)
        self.scan = QLineEdit()
        self.scan.setObjectName("doorScan")
        self.scan.setPlaceholderText(self.tr("请扫描证件（或输入编号后按回车）"))
        scale(self.scan, 1.6)
        self.scan.returnPressed.connect(self._scanned)
        self.recent = QListWidget()
        self.recent.setObjectName("doorRecent")
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.setTextElideMode(Qt.TextElideMode.ElideRight)
        scale(self.recent, 1.3)
        self.hint = QLabel(self.tr("连按两次 Esc 离开门口模式"))
        self.hint.setObjectName("doorHint")
        scale(self.hint, 1.1)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count)
        bottom = QHBoxLayout()
        bottom.addWidget(self.scan, 3)
        bottom.addWidget(self.hint, 2, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.panel, 5)
        layout.addLayout(bottom)
        layout.addWidget(self.recent, 2)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._idle)
        self.leave_timer = QTimer(self)
        self.leave_timer.setSingleShot(True)
        self.leave_timer.timeout.connect(self._disarm)
        self._idle()
        self._show_count()
        session.run_query(door_scan.recent, point, RECENT, on_done=self._recent_read)
        session.run_query(door_points.point_list, on_done=self._counts_read)

    # --- reading ----------------------------------------------------------------------------
    def _counts_read(self, points: list[Any]) -> None:
        line = next((p for p in points if p.name == self.point), None)
        if line is not None and not (self.admitted or self.refused):
            self.admitted, self.refused = line.admitted, line.refused
            self._show_count()

    def _recent_read(self, verdicts: list[Any]) -> None:
        if self.recent.count():
            return  # scans came first: they are newer
        for v in reversed(verdicts):
            self._add_recent(v)

    # --- scanning ---------------------------------------------------------------------------
    def _scanned(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()
        if not code:
            return
        self._disarm()
        self._sent.append(time.perf_counter())
        self.session.run_use_case(
            door_scan.scan, self.point, code, on_done=self._verdict, on_error=self._failed
        )

    def _verdict(self, changes: Changes) -> None:
        v = changes.result
        state = tone(v)
        said = v.said if i18n.error_lang() == "zh" else v.said_en
        detail = " · ".join(x for x in (v.category, v.unit) if x)
        self._begin_paint()
        self.panel.show_state(state, f"{MARKS[state]} {said}", v.name, detail)
        self.admitted, self.refused = v.admitted, v.refused
        self._show_count()
        self._add_recent(v)
        self._sound(state)
        self.idle_timer.start(IDLE_AFTER_MS)

    def _failed(self, sentence: str) -> None:
        self._begin_paint()
        self.panel.show_state("refused", "✗ " + sentence, "", "")
        self._sound("refused")
        self.idle_timer.start(IDLE_AFTER_MS)

    def _begin_paint(self) -> None:
        self._painting = self._sent.pop(0) if self._sent else None

    def _painted(self) -> None:
        if self._painting is not None:
            self.timings.append(time.perf_counter() - self._painting)
            self._painting = None

    def _sound(self, state: str) -> None:
        QApplication.beep()
        if state == "refused":
            QTimer.singleShot(180, QApplication.beep)

    def _add_recent(self, v: Any) -> None:
        state = tone(v)
        said = v.said if i18n.error_lang() == "zh" else v.said_en
        at = time.strftime("%H:%M:%S", time.localtime(v.at_ms / 1000)) if v.at_ms else ""
        text = f"{at}  {MARKS[state]}  {v.name}  {v.category}  —  {said}"
        item = QListWidgetItem(text)
        item.setForeground(Qt.GlobalColor.darkGreen if v.ok else Qt.GlobalColor.darkRed)
        self.recent.insertItem(0, item)
        while self.recent.count() > RECENT:
            self.recent.takeItem(self.recent.count() - 1)

    def _show_count(self) -> None:
        self.count.setText(self.tr("已进 {0}　拒绝 {1}").format(self.admitted, self.refused))

    def _idle(self) -> None:
        self.panel.show_state("idle", self.tr("请扫描证件"), "", "")

    # --- leaving ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self._leave_armed:
                self.close()
                return
            self._leave_armed = True
            self.hint.setText(self.tr("再按一次 Esc 离开门口模式"))
            self.hint.setStyleSheet("color: #9a6700; font-weight: bold;")
            self.leave_timer.start(LEAVE_WITHIN_MS)
            return
        super().keyPressEvent(event)

    def _disarm(self) -> None:
        self._leave_armed = False
        self.hint.setText(self.tr("连按两次 Esc 离开门口模式"))
        self.hint.setStyleSheet("")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle_timer.stop()
        self.leave_timer.stop()
        super().closeEvent(event)
        self.left.emit()
