"""资料: stock per item and category, received and adjusted with a reason; documents that
must come back (文件清退) with who still holds them and a scan field that takes back all of a
person's documents in one step; who picked up for whom (代领, recorded by F3's 代领人).

Keyboard: Ctrl+4 opens the page; the tabs are Alt+1…4 away (Ctrl+Tab cycles); on 库存,
Tab walks item → quantity → reason, Enter records; on 清退 the scan field has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserFacingError
from ...services.changes import Changes
from ...services.materials import listing, returns, stock
from ...services.materials.listing import MaterialBoard
from ...services.materials.ports import StockMove
from ..dialogs.parts import note
from ..hub import Hub
from ..labels import join_list
from ..operations import error_sentence
from ..session import Session
from ..widgets.fonts import scale
from ..widgets.result_line import ResultLine
from . import material_tables as tables
from .lazy_refresh import LazyRefresh

LOW_STYLE = "color: #a40e26; background: #ffebe9; border-radius: 6px; padding: 4px 12px;"


class MaterialsPage(QWidget):
    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("materialsPage")
        self.session = session
        self.board = MaterialBoard([], [], [], [])
        self.lazy = LazyRefresh(self, self._read)
        heading = QLabel(self.tr("资料"))
        scale(heading, 1.6, bold=True)
        self.low = QLabel()
        self.low.setObjectName("lowStock")
        self.low.setStyleSheet(LOW_STYLE)
        self.low.setWordWrap(True)
        self.low.hide()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._stock_tab(), self.tr("库存"))
        self.categories = tables.category_table()
        self.tabs.addTab(self.categories, self.tr("按类别"))
        self.tabs.addTab(self._returns_tab(), self.tr("文件清退"))
        self.proxies = tables.proxy_table()
        self.tabs.addTab(self.proxies, self.tr("代领记录"))
        self.tabs.currentChanged.connect(self._tab_shown)
        for n in range(4):
            key = QShortcut(QKeySequence(f"Alt+{n + 1}"), self)
            key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            key.activated.connect(lambda n=n: self.tabs.setCurrentIndex(n))
        self.result = ResultLine()
        self.result.setObjectName("materialsResult")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(heading)
        layout.addWidget(self.low)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.result)
        hub.event_opened.connect(self._on_opened)
        hub.changes_applied.connect(self._on_changes)

    # --- tabs -----------------------------------------------------------------------------
    def _stock_tab(self) -> QWidget:
        self.stock = tables.stock_table()
        self.stock.currentCellChanged.connect(self._stock_row)
        self.item = QComboBox()
        self.item.setObjectName("stockItem")
        self.qty = QLineEdit()
        self.qty.setObjectName("stockQty")
        self.qty.setPlaceholderText(self.tr("+100 入库，-3 减少"))
        self.reason = QLineEdit()
        self.reason.setObjectName("stockReason")
        self.reason.setMaxLength(stock.REASON_CHARS)
        self.reason.setPlaceholderText(self.tr("如：会务公司第二批送到；清点少了 3 本"))
        record = QPushButton(self.tr("记录库存变动"))
        record.setObjectName("stockRecord")
        record.clicked.connect(self.record_stock)
        self.qty.returnPressed.connect(self.record_stock)
        self.reason.returnPressed.connect(self.record_stock)
        form = QFormLayout()
        form.addRow(self.tr("资料："), self.item)
        form.addRow(self.tr("数量："), self.qty)
        form.addRow(self.tr("原因："), self.reason)
        form.addRow("", record)
        self.history = QListWidget()
        self.history.setObjectName("stockHistory")
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("入库与调整")))
        side.addLayout(form)
        side.addWidget(QLabel(self.tr("变动记录（所选资料）")))
        side.addWidget(self.history, 1)
        side.addWidget(
            note(
                self.tr(
                    "剩余不到入库量的十分之一，或只剩 10 件以下时，标为“库存不足”。"
                    "需清退的文件还要退回，未退份数列在“文件清退”。"
                )
            )
        )
        tab = QWidget()
        row = QHBoxLayout(tab)
        row.addWidget(self.stock, 3)
        row.addLayout(side, 2)
        return tab

    def _returns_tab(self) -> QWidget:
        self.scan = QLineEdit()
        self.scan.setObjectName("returnScan")
        self.scan.setPlaceholderText(self.tr("扫描证件或输入编号，退回此人的全部待清退文件"))
        scale(self.scan, 1.4)
        self.scan.returnPressed.connect(self.return_scanned)
        self.held_count = QLabel()
        self.held_count.setObjectName("heldCount")
        self.held = tables.held_table()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.scan)
        layout.addWidget(self.held_count)
        layout.addWidget(self.held, 1)
        layout.addWidget(note(self.tr("名单可在“报表 → 文件清退”导出，按手机号电话联系未退人员。")))
        return tab

    # --- page -----------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.lazy.shown()
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        if index == 2:
            self.scan.setFocus(Qt.FocusReason.OtherFocusReason)
        elif index == 0:
            self.stock.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_opened(self, _event: object) -> None:
        self.result.clear()
        self.lazy.changed()

    def _on_changes(self, changes: Changes) -> None:
        if changes.handouts or changes.setup or changes.everything or changes.attendees:
            self.lazy.changed()

    def refresh(self) -> None:
        self.lazy.now()

    def _read(self) -> None:
        self.session.run_query(listing.board, on_done=self._show)

    def _show(self, board: MaterialBoard) -> None:
        self.board = board
        keep = self.item.currentData()
        self.item.blockSignals(True)
        self.item.clear()
        for line in board.items:
            self.item.addItem(line.name, line.id)
        at = self.item.findData(keep)
        self.item.setCurrentIndex(max(at, 0))
        self.item.blockSignals(False)
        row = self.stock.currentRow()
        tables.show_stock(self.stock, board.items)
        if board.items:
            self.stock.selectRow(min(max(row, 0), len(board.items) - 1))
        tables.show_categories(self.categories, board.categories)
        tables.show_held(self.held, board.held)
        tables.show_proxies(self.proxies, board.proxies)
        people = len({h.attendee_id for h in board.held})
        pieces = sum(h.qty for h in board.held)
        self.held_count.setText(
            self.tr("未清退：{0} 人，{1} 份。").format(people, pieces)
            if pieces
            else self.tr("需清退的文件都已退回。")
        )
        low = [self.tr("{0}（剩 {1}）").format(i.name, max(i.remaining, 0)) for i in board.low]
        self.low.setText(self.tr("库存不足：{0}").format(join_list(low)) if low else "")
        self.low.setVisible(bool(low))

    def _stock_row(self, row: int, *_rest: int) -> None:
        item_id = tables.row_id(self.stock, row)
        if not item_id:
            self.history.clear()
            return
        at = self.item.findData(item_id)
        if at >= 0:
            self.item.setCurrentIndex(at)
        self.session.run_query(listing.history, item_id, on_done=self._show_history)

    def _show_history(self, moves: list[StockMove]) -> None:
        self.history.clear()
        for m in moves:
            self.history.addItem(
                self.tr("{0:+d}　{1}（{2}）").format(m.delta, m.reason, m.operator)
            )
        if not moves:
            self.history.addItem(self.tr("还没有入库或调整记录。"))

    # --- acts -----------------------------------------------------------------------------
    def record_stock(self) -> None:
        item_id = self.item.currentData()
        if not item_id:
            self.result.refusal(self.tr("还没有资料：请先在“设置 → 会议设置”中添加。"))
            return
        try:
            delta = stock.parse_delta(self.qty.text())
        except UserFacingError as exc:
            self.result.refusal(error_sentence(exc))
            self.qty.setFocus()
            return
        name = self.item.currentText()
        self.session.run_use_case(
            stock.restock,
            item_id,
            delta,
            self.reason.text(),
            on_done=lambda changes: self._stocked(name, delta, changes),
            on_error=self.result.refusal,
        )

    def _stocked(self, name: str, delta: int, changes: Changes) -> None:
        if delta > 0:
            text = self.tr("“{0}”入库 {1}，现剩余 {2}。").format(name, delta, changes.result)
        else:
            text = self.tr("“{0}”减少 {1}，现剩余 {2}。").format(name, -delta, changes.result)
        self.result.success(text)
        self.qty.clear()
        self.reason.clear()
        self.qty.setFocus()
        item_id = self.item.currentData()
        if item_id:
            self.session.run_query(listing.history, item_id, on_done=self._show_history)

    def return_scanned(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()
        if not code:
            return
        self.session.run_use_case(
            returns.return_by_scan, code, on_done=self._returned, on_error=self.result.refusal
        )

    def _returned(self, changes: Changes) -> None:
        done: returns.Returned = changes.result
        items = join_list([f"{name} ×{qty}" if qty > 1 else name for name, qty in done.items])
        self.result.success(self.tr("{0} 已退回：{1}。").format(done.name, items))
        self.scan.setFocus()
