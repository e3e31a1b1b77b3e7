"""收费 → 日结: the whole event's day (every desk, as this desk knows it by sync) per desk,
operator, method and fee item (``day_close``), with a date chooser; and every shift
(``shift_reports``), open or closed, with what it should hold, what was counted and the
variance. The lists finance needs go out through the 报表 page's export (``export_requested``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.changes import Changes
from ...services.fees.day_close import DayClose, DayRow, day_close
from ...services.fees.money_list import MoneyTotals
from ...services.fees.shift_report import ShiftReport
from ...services.fees.shifts import shift_reports
from ..labels import METHODS, method_label, when_text, yuan
from ..session import Session
from ..sheet_labels import export_title
from ..widgets.row_table import row_table
from .lazy_refresh import LazyRefresh

EXPORTS = ("invoices", "billing", "shifts", "fees")
SECTION = QBrush(QColor("#eaeef2"))
RED = QBrush(QColor("#a40e26"))


def _cell(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _in_desk_order(rows: tuple[DayRow, ...]) -> list[DayRow]:
    """Methods as the payment dialog lists them (cash first), not by their codes."""
    return sorted(rows, key=lambda r: METHODS.index(r.key) if r.key in METHODS else len(METHODS))


def signed(fen: int) -> str:
    """A variance: −¥20.00 short, +¥5.00 over, ¥0.00."""
    return ("−" if fen < 0 else "+" if fen > 0 else "") + yuan(abs(fen))


class DayClosePanel(QWidget):
    export_requested = Signal(str)  # an export kind: the 报表 page writes it

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: DayClose | None = None
        self.shifts: list[ShiftReport] = []
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("dayChoice")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.dateChanged.connect(lambda _d: self._read())
        self.summary = QLabel()
        self.summary.setObjectName("daySummary")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("日期")))
        top.addWidget(self.day)
        top.addWidget(self.summary, 1)

        self.table = row_table(
            "dayTable",
            [
                self.tr("项目"),
                self.tr("收款笔数"),
                self.tr("收款"),
                self.tr("退款"),
                self.tr("净额"),
                self.tr("作废"),
                self.tr("要发票"),
            ],
        )
        self.table.setTabKeyNavigation(False)
        self.shift_table = row_table(
            "shiftTable",
            [
                self.tr("班次"),
                self.tr("操作员"),
                self.tr("时间"),
                self.tr("备用金"),
                self.tr("应有"),
                self.tr("实点"),
                self.tr("差额"),
                self.tr("原因"),
            ],
        )
        self.shift_table.setTabKeyNavigation(False)
        row = self.fontMetrics().height() + 8
        for table in (self.table, self.shift_table):
            table.verticalHeader().setDefaultSectionSize(row)
            # asks for no height of its own, only four rows: the page fits at 125 % and the
            # tables share what is there
            table.setMinimumHeight(row * 4)
            policy = table.sizePolicy()
            policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
            table.setSizePolicy(policy)
        self.shift_table.horizontalHeader().setStretchLastSection(True)
        self.split = split = QSplitter(Qt.Orientation.Vertical)  # each table the full width
        split.setChildrenCollapsible(False)
        split.addWidget(self._titled(self.tr("当日收费（全部报到台）"), self.table))
        split.addWidget(self._titled(self.tr("交班记录（全部班次）"), self.shift_table))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        exports = QHBoxLayout()
        exports.addWidget(QLabel(self.tr("导出：")))
        self.export_buttons: dict[str, QPushButton] = {}
        for kind in EXPORTS:
            button = QPushButton(export_title(kind) + "…")
            button.setObjectName(f"export_{kind}")
            button.setAutoDefault(True)
            button.clicked.connect(lambda _c=False, k=kind: self.export_requested.emit(k))
            exports.addWidget(button)
            self.export_buttons[kind] = button
        exports.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(exports)
        self.refresh = LazyRefresh(self, self._read)

    def _titled(self, title: str, table: QTableWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title)
        label.setStyleSheet("font-weight: bold;")
        column.addWidget(label)
        column.addWidget(table, 1)
        return box

    # --- reading ------------------------------------------------------------------------
    def shown(self) -> None:
        self.refresh.shown()
        self.day.setFocus(Qt.FocusReason.OtherFocusReason)

    def opened(self) -> None:
        self.refresh.stale = True
        self.refresh.changed()

    def changed(self, changes: Changes) -> None:
        if changes.payments or changes.setup or changes.everything:
            self.refresh.changed()

    def chosen_day(self) -> date:
        return self.day.date().toPython()  # type: ignore[no-any-return]

    def _read(self) -> None:
        self.session.run_query(day_close, self.chosen_day(), on_done=self._day_read)
        self.session.run_query(shift_reports, on_done=self._shifts_read)

    def _day_read(self, report: DayClose) -> None:
        self.report = report
        t = report.total
        text = self.tr("收款 {0} 笔 {1} · 退款 {2} 笔 {3} · 净额 {4}").format(
            t.payments, yuan(t.paid_fen), t.refunds, yuan(t.refunded_fen), yuan(t.net_fen)
        )
        if report.shifts:
            text += self.tr(" · 当日班次 {0} 个，未交班 {1} 个，差额合计 {2}").format(
                len(report.shifts), report.open_shifts, signed(report.variance_fen)
            )
        self.summary.setText(text)
        self.table.setRowCount(0)
        self._row(self.tr("合计"), t, section=True)
        sections = (
            (self.tr("按报到台"), report.by_desk, str),
            (self.tr("按操作员"), report.by_operator, str),
            (self.tr("按方式"), _in_desk_order(report.by_method), method_label),
            (self.tr("按收费项目"), report.by_fee_item, str),
        )
        for title, rows, name in sections:
            self._section(title)
            for row in rows:
                self._group(row, name)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _section(self, title: str) -> None:
        n = self.table.rowCount()
        self.table.insertRow(n)
        item = _cell(title)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setBackground(SECTION)
        self.table.setItem(n, 0, item)
        self.table.setSpan(n, 0, 1, self.table.columnCount())

    def _group(self, row: DayRow, name: object) -> None:
        label = name(row.key) if callable(name) else row.key
        self._row("　" + (str(label) or self.tr("（未填）")), row.totals)

    def _row(self, label: str, t: MoneyTotals, *, section: bool = False) -> None:
        n = self.table.rowCount()
        self.table.insertRow(n)
        values = [
            str(t.payments),
            yuan(t.paid_fen),
            yuan(t.refunded_fen),
            yuan(t.net_fen),
            str(t.voided) if t.voided else "",
            str(t.invoices) if t.invoices else "",
        ]
        first = _cell(label)
        if section:
            font = QFont(first.font())
            font.setBold(True)
            first.setFont(font)
        self.table.setItem(n, 0, first)
        for column, value in enumerate(values, start=1):
            self.table.setItem(n, column, _cell(value, right=True))

    def _shifts_read(self, reports: list[ShiftReport]) -> None:
        self.shifts = list(reversed(reports))  # newest first
        self.shift_table.setRowCount(len(self.shifts))
        for n, s in enumerate(self.shifts):
            expected = sum(s.expected.values())
            variance = sum(s.variance.values())
            opened = when_text(s.opened_ms)
            state = (
                self.tr("{0}–{1} 已交班").format(opened, when_text(s.closed_ms))
                if s.closed_ms is not None
                else self.tr("{0} 起，进行中").format(opened)
            )
            cells = [
                _cell(s.no),  # the desk's code leads it: A1-S002
                _cell(s.operator),
                _cell(state),
                _cell(yuan(s.float_fen), right=True),
                _cell(yuan(expected), right=True),
                _cell(yuan(sum(s.counted.values())) if s.closed else "", right=True),
                _cell(signed(variance) if s.closed else "", right=True),
                _cell(s.reason),
            ]
            if s.closed and variance:
                cells[6].setForeground(RED)
            for column, item in enumerate(cells):
                self.shift_table.setItem(n, column, item)
        self.shift_table.resizeColumnsToContents()
        last = self.shift_table.columnCount() - 1
        self.shift_table.horizontalHeader().setSectionResizeMode(
            last, QHeaderView.ResizeMode.Stretch
        )
