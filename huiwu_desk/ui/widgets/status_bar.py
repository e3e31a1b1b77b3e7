"""The status bar: event, desk, operator (click to change) with their open shift (or 未开班),
the check-in counter and a red "冲突 n" while desks disagree (click to see them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QMenu, QStatusBar, QToolButton, QWidget

from ...services.changes import Changes
from ..hub import Hub
from ..session import OpenEvent, Session

if TYPE_CHECKING:  # the services load after the window first shows
    from ...services.fees.shift_report import ShiftReport
    from ...services.queries import Stats


class DeskStatusBar(QStatusBar):
    operator_chosen = Signal(str)
    conflicts_clicked = Signal()

    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.event_label = QLabel()
        self.desk_label = QLabel()
        self.operator_button = QToolButton()
        self.operator_button.setAutoRaise(True)
        # The text carries its own ▾: Qt's indicator overlaps the name in some styles.
        self.operator_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.operator_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.operator_button.setToolTip(self.tr("点击切换操作员"))
        self.operator_menu = QMenu(self.operator_button)
        self.operator_menu.triggered.connect(
            lambda action: self.operator_chosen.emit(action.data())
        )
        self.operator_button.setMenu(self.operator_menu)
        self.shift_label = QLabel()
        self.shift_label.setObjectName("shiftLabel")
        self.shift_label.setToolTip(self.tr("本台当前操作员的班次（选项 → 开班 / 交班）"))
        self.counter_label = QLabel()
        self.counter_label.setObjectName("checkinCounter")
        self.conflicts_button = QToolButton()
        self.conflicts_button.setObjectName("conflictsIndicator")
        self.conflicts_button.setAutoRaise(True)
        self.conflicts_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps it
        self.conflicts_button.setStyleSheet(
            "QToolButton { color: white; background: #cf222e; border-radius: 4px;"
            " padding: 2px 10px; font-weight: bold; }"
        )
        self.conflicts_button.setToolTip(self.tr("点击查看冲突"))
        self.conflicts_button.clicked.connect(self.conflicts_clicked)
        self.conflicts_button.hide()
        self.setStyleSheet("QStatusBar QLabel { padding: 2px 10px; }")
        font = self.event_label.font()
        font.setBold(True)
        self.event_label.setFont(font)
        self.addWidget(self.event_label, 1)
        for widget in (
            self.conflicts_button,
            self.desk_label,
            self.operator_button,
            self.shift_label,
            self.counter_label,
        ):
            self.addPermanentWidget(widget)
        hub.event_opened.connect(self._on_opened)
        hub.event_closed.connect(self._on_closed)
        hub.operator_changed.connect(self._show_operator)
        hub.event_updated.connect(self._show_event)
        hub.changes_applied.connect(self._on_changes)
        if session.event is not None:  # the window may be built after the event opened
            self._on_opened(session.event)
        else:
            self._on_closed()

    def _on_opened(self, event: OpenEvent) -> None:
        self._show_event(event)
        self.refresh_counter()
        self.refresh_shift()

    def _show_event(self, event: OpenEvent) -> None:
        self.event_label.setText(event.name)
        self.desk_label.setText(self.tr("报到台 {0}").format(event.desk_code))
        self.operator_menu.clear()
        for name in event.operators:
            action = self.operator_menu.addAction(name)
            action.setData(name)
            action.setCheckable(True)
        self.operator_button.setVisible(True)
        self._show_operator(event.operator)

    def show_opening(self, text: str) -> None:
        """Start: the event is being opened behind the window."""
        self.event_label.setText(text)

    def _on_closed(self) -> None:
        self.event_label.setText(self.tr("未打开会议"))
        self.desk_label.clear()
        self.counter_label.clear()
        self.shift_label.clear()
        self.conflicts_button.hide()
        self.operator_button.setVisible(False)

    def _show_operator(self, name: str) -> None:
        for action in self.operator_menu.actions():
            action.setChecked(action.data() == name)
        self.operator_button.setText(self.tr("操作员：{0}").format(name) + " ▾")
        if self.session.event is not None and self.session.event.operator == name:
            self.refresh_shift()

    def _on_changes(self, changes: Changes) -> None:
        # payments and rooms can start or settle a conflict between desks
        if (
            changes.checkins
            or changes.attendees
            or changes.everything
            or changes.payments
            or changes.rooms
        ):
            self.refresh_counter()
        if changes.payments or changes.everything:  # a shift opened or closed
            self.refresh_shift()

    def refresh_shift(self) -> None:
        from ...services.fees.shifts import current_shift

        self.session.run_use_case(
            current_shift, on_done=self._show_shift, on_error=lambda _text: None
        )

    def _show_shift(self, report: ShiftReport | None) -> None:
        if self.session.event is None:
            return
        if report is None:
            self.shift_label.setText(self.tr("未开班"))
            self.shift_label.setStyleSheet("color: #9a6700;")
        else:
            self.shift_label.setText(self.tr("班次 {0}").format(report.no))
            self.shift_label.setStyleSheet("")

    def refresh_counter(self) -> None:
        from ...services.queries import stats

        self.session.run_query(stats, on_done=self._show_counter)

    def _show_counter(self, stats: Stats) -> None:
        self.counter_label.setText(
            self.tr("已报到 {0} / 总数 {1}").format(stats.checked_in, stats.attendees)
        )
        self.conflicts_button.setText(self.tr("冲突 {0}").format(stats.conflicts))
        self.conflicts_button.setVisible(stats.conflicts > 0)
