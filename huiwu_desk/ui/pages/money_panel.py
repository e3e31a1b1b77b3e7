"""收费 → 明细: every payment, refund and void, newest first, filtered, with the totals of what
is shown; a receipt number (typed, or scanned from the receipt) jumps to its lines.

Keyboard first: the receipt field has the focus when the page is shown; ↓ or Enter goes to
the table; there P reprints (补打), Delete or Ctrl+D voids (作废), R refunds (退款); Esc in
the receipt field leaves a receipt search and shows the filter again.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.changes import Changes
from ...services.fees.money_list import MoneyChoices, MoneyTotals, money_choices
from ...services.fees.ports import MoneyFilter, MoneyLine
from ..labels import METHODS, method_label, method_short_label, yuan
from ..models.money_model import MoneyModel
from ..session import Session
from ..widgets.result_line import ResultLine
from .lazy_refresh import LazyRefresh
from .money_actions import MoneyActions
from .money_filters import MoneyFilterBar


def receipt_text(raw: str) -> str:
    """A receipt number as typed or scanned: full-width forms and case do not matter."""
    return unicodedata.normalize("NFKC", raw).strip().upper()


class MoneyPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = MoneyModel(session, self)
        self.searched = ""  # the receipt number the table shows now ("" : the filter)
        self.search = QLineEdit()
        self.search.setObjectName("receiptSearch")
        self.search.setPlaceholderText(self.tr("收据号：扫描收据或输入后回车"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 14)
        self.search.returnPressed.connect(self.find_receipt)
        self.search.installEventFilter(self)
        self.filters = MoneyFilterBar(self.search)
        self.filters.changed.connect(self.apply_filter)
        self.searching = QLabel()
        self.searching.setObjectName("receiptShown")
        self.searching.setStyleSheet("color: #0550ae;")
        self.searching.hide()

        self.table = QTableView()
        self.table.setObjectName("moneyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._set_widths()
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.totals = QLabel()
        self.totals.setObjectName("moneyTotals")
        self.totals.setWordWrap(True)
        self.by_method = QLabel()
        self.by_method.setObjectName("moneyByMethod")
        self.by_method.setWordWrap(True)
        self.by_method.setStyleSheet("color: #57606a;")
        self.actions = MoneyActions(self)
        self.reprint_button = self._button("reprintButton", self.tr("补打收据 (P)"), "P")
        self.void_button = self._button("voidButton", self.tr("作废 (Del)"), "Delete")
        self.refund_button = self._button("refundButton", self.tr("退款 (R)"), "R")
        self.reprint_button.clicked.connect(self.reprint)
        self.void_button.clicked.connect(self.void)
        self.refund_button.clicked.connect(self.refund)
        self._key("Ctrl+D", self.void)
        buttons = QHBoxLayout()
        buttons.addWidget(self.totals, 1)
        for button in (self.reprint_button, self.void_button, self.refund_button):
            buttons.addWidget(button)
        self.result = ResultLine()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.searching)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.by_method)
        layout.addWidget(self.result)

        self.model.totals_read.connect(self._show_totals)
        self.model.page_read.connect(self._page_read)
        self.model.modelAboutToBeReset.connect(self._remember_line)
        self._kept: tuple[str, str] | None = None
        self.model.failed.connect(self.result.refusal)
        self.refresh = LazyRefresh(self, self._read)
        self._select_receipt = ""
        self._row_changed()

    def _button(self, name: str, text: str, key: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(True)
        self._key(key, button.click)
        return button

    def _key(self, key: str, slot: object) -> None:
        """A key of the table's (P, R, Delete…): typing in the receipt field stays typing."""
        shortcut = QShortcut(QKeySequence(key), self.table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)

    def _set_widths(self) -> None:
        """Each column as wide as what it usually holds (measured, not guessed in em), so that
        all eleven fit a 1366×768 laptop at 125 %; the state takes what is left."""
        cells = self.table.fontMetrics()
        samples = {
            "time": ["11-26 10:40"],
            "receipt": ["A1-000000"],
            "person": ["欧阳晓明 A100000"],
            "item": ["会务费"],
            "amount": ["−¥12,000.00"],
            "method": [method_label(m) for m in METHODS],
            "operator": ["王芳王芳"],
            "desk": ["A1"],
            "shift": ["A1-S000"],
            "invoice": [self.tr("专票")],
        }
        header = self.table.horizontalHeader()
        for n, column in enumerate(self.model.columns):
            title = header.fontMetrics().horizontalAdvance(column.title) + 16
            text = max((cells.horizontalAdvance(t) for t in samples.get(column.key, [])), default=0)
            self.table.setColumnWidth(n, max(title, text + 12))

    # --- reading ------------------------------------------------------------------------
    def shown(self) -> None:
        self.refresh.shown()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def opened(self) -> None:
        self.model.clear()
        self.searched = ""
        self.searching.hide()
        self.result.clear()
        self.refresh.stale = True
        self.refresh.changed()

    def changed(self, changes: Changes) -> None:
        if changes.payments or changes.setup or changes.everything or changes.attendees:
            self.refresh.changed()

    def _read(self) -> None:
        self.session.run_use_case(money_choices, on_done=self._choices_read)

    def _choices_read(self, choices: MoneyChoices) -> None:
        self.filters.set_choices(choices)
        self.model.shift_nos = {s.id: s.no for s in choices.shifts}
        self.model.set_filter(self.current_filter())

    def current_filter(self) -> MoneyFilter:
        if self.searched:
            return MoneyFilter(receipt=self.searched)
        return self.filters.value()

    def apply_filter(self) -> None:
        self.searched = ""
        self.searching.hide()
        self.model.set_filter(self.current_filter())

    # --- a receipt number -----------------------------------------------------------------
    def find_receipt(self) -> None:
        text = receipt_text(self.search.text())
        if not text:
            self.apply_filter()
            self._to_table()
            return
        self.searched = text
        self._select_receipt = text
        self.searching.setText(self.tr("只显示收据 {0} 的记录 · Esc 返回筛选").format(text))
        self.searching.show()
        self.model.set_filter(self.current_filter())

    def _remember_line(self) -> None:
        line = self.current_line()
        self._kept = (line.kind, line.id) if line is not None else None

    def _page_read(self) -> None:
        wanted, self._select_receipt = self._select_receipt, ""
        if not wanted:  # read again (a void, a refund): the same line stays chosen
            kept = self._kept
            rows = [n for n, x in enumerate(self.model.lines) if (x.kind, x.id) == kept]
            if rows:
                self.table.selectRow(rows[0])
            self._row_changed()
            return
        rows = [n for n, line in enumerate(self.model.lines) if line.receipt_no == wanted]
        if not rows:
            self.result.refusal(self.tr("没有找到收据 {0}。").format(wanted))
            self.search.selectAll()
            return
        self.search.clear()
        self.table.selectRow(rows[-1])  # the payment itself (its refunds and voids are newer)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and isinstance(event, QKeyEvent):
            key = event.key() if event.type() == QEvent.Type.KeyPress else None
            if key == Qt.Key.Key_Down:
                self._to_table()
                return True
            if key == Qt.Key.Key_Escape and (self.searched or self.search.text()):
                self.search.clear()
                self.apply_filter()
                return True
        return super().eventFilter(watched, event)

    def _to_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    # --- totals ---------------------------------------------------------------------------
    def _show_totals(self, t: MoneyTotals) -> None:
        text = self.tr("共 {0} 条 · 收款 {1} 笔 {2} · 退款 {3} 笔 {4} · 净额 {5}").format(
            t.lines, t.payments, yuan(t.paid_fen), t.refunds, yuan(t.refunded_fen), yuan(t.net_fen)
        )
        if t.voided:
            text += self.tr(" · 作废 {0} 笔 {1}").format(t.voided, yuan(t.voided_fen))
        if t.invoices:
            text += self.tr(" · 要发票 {0} 笔").format(t.invoices)
        self.totals.setText(text)
        order = [m for m in METHODS if m in t.by_method] + sorted(set(t.by_method) - set(METHODS))
        parts = [f"{method_short_label(m)} {yuan(t.by_method[m])}" for m in order]
        self.by_method.setText(self.tr("按方式（净额）：") + "　".join(parts) if parts else "")

    # --- acting on the chosen line ---------------------------------------------------------
    def current_line(self) -> MoneyLine | None:
        index = self.table.currentIndex()
        return self.model.line_at(index.row()) if index.isValid() else None

    def _row_changed(self, *_args: object) -> None:
        line = self.current_line()
        for button in (self.reprint_button, self.void_button, self.refund_button):
            button.setEnabled(line is not None)
        if line is not None:
            self.reprint_button.setEnabled(line.kind != "void")

    def reprint(self) -> None:
        line = self.current_line()
        if line is not None and line.kind != "void":
            self.actions.reprint(line)

    def void(self) -> None:
        line = self.current_line()
        if line is not None:
            self.actions.void(line)

    def refund(self) -> None:
        line = self.current_line()
        if line is not None:
            self.actions.refund(line)

    def give_back_focus(self) -> None:
        self.window().activateWindow()
        QTimer.singleShot(0, lambda: self.table.setFocus(Qt.FocusReason.OtherFocusReason))
