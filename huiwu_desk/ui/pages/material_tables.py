"""The tables of the 资料 page: stock per item, use per category, documents still out (清退,
with full phone numbers: the team phones them, as from the 参会人员 page), 代领 pickups."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from ...services.materials.listing import CategoryLine, ItemLine
from ...services.materials.ports import Held, ProxyPickup

LOW_COLOR = QColor("#a40e26")
_ID = Qt.ItemDataRole.UserRole


def table(name: str, headers: Sequence[str]) -> QTableWidget:
    view = QTableWidget(0, len(headers))
    view.setObjectName(name)
    view.setHorizontalHeaderLabels(list(headers))
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _fill(view: QTableWidget, rows: Sequence[Sequence[object]]) -> None:
    view.setUpdatesEnabled(False)
    view.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            view.setItem(r, c, item)
    view.setUpdatesEnabled(True)


def stock_table() -> QTableWidget:
    headers = [
        QCoreApplication.translate("MaterialsPage", "资料"),
        QCoreApplication.translate("MaterialsPage", "入库"),
        QCoreApplication.translate("MaterialsPage", "已发"),
        QCoreApplication.translate("MaterialsPage", "已退"),
        QCoreApplication.translate("MaterialsPage", "剩余"),
        QCoreApplication.translate("MaterialsPage", "状态"),
    ]
    return table("stockTable", headers)


def show_stock(view: QTableWidget, items: Sequence[ItemLine]) -> None:
    rows = []
    for i in items:
        if i.remaining <= 0:
            state = QCoreApplication.translate("MaterialsPage", "缺货")
        elif i.low:
            state = QCoreApplication.translate("MaterialsPage", "库存不足")
        else:
            state = ""
        if i.returnable:
            out = QCoreApplication.translate("MaterialsPage", "需清退，未退 {0}").format(
                i.outstanding
            )
            state = f"{state}　{out}" if state else out
        rows.append([i.name, i.stock, i.handed_out, i.returned, i.remaining, state])
    _fill(view, rows)
    for r, i in enumerate(items):
        view.item(r, 0).setData(_ID, i.id)
        if i.low:
            for c in (4, 5):
                view.item(r, c).setForeground(QBrush(LOW_COLOR))


def row_id(view: QTableWidget, row: int) -> str:
    item = view.item(row, 0)
    return str(item.data(_ID)) if item is not None else ""


def category_table() -> QTableWidget:
    headers = [
        QCoreApplication.translate("MaterialsPage", "参会类别"),
        QCoreApplication.translate("MaterialsPage", "资料"),
        QCoreApplication.translate("MaterialsPage", "已发"),
        QCoreApplication.translate("MaterialsPage", "已退"),
        QCoreApplication.translate("MaterialsPage", "实发"),
    ]
    return table("categoryTable", headers)


def show_categories(view: QTableWidget, lines: Sequence[CategoryLine]) -> None:
    none = QCoreApplication.translate("MaterialsPage", "（无类别）")
    rows = [
        [c.category or none, c.material, c.handed_out, c.returned, c.handed_out - c.returned]
        for c in lines
    ]
    _fill(view, rows)


def held_table() -> QTableWidget:
    headers = [
        QCoreApplication.translate("MaterialsPage", "文件"),
        QCoreApplication.translate("MaterialsPage", "姓名"),
        QCoreApplication.translate("MaterialsPage", "编号"),
        QCoreApplication.translate("MaterialsPage", "单位"),
        QCoreApplication.translate("MaterialsPage", "手机"),
        QCoreApplication.translate("MaterialsPage", "份数"),
        QCoreApplication.translate("MaterialsPage", "领取时间"),
    ]
    return table("heldTable", headers)


def _time(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000).strftime("%m-%d %H:%M") if ms else ""


def show_held(view: QTableWidget, held: Sequence[Held]) -> None:
    rows = [[h.material, h.name, h.code, h.unit, h.phone, h.qty, _time(h.out_ms)] for h in held]
    _fill(view, rows)


def proxy_table() -> QTableWidget:
    headers = [
        QCoreApplication.translate("MaterialsPage", "时间"),
        QCoreApplication.translate("MaterialsPage", "领取人（本人）"),
        QCoreApplication.translate("MaterialsPage", "编号"),
        QCoreApplication.translate("MaterialsPage", "资料"),
        QCoreApplication.translate("MaterialsPage", "份数"),
        QCoreApplication.translate("MaterialsPage", "代领人"),
        QCoreApplication.translate("MaterialsPage", "操作员"),
    ]
    return table("proxyTable", headers)


def show_proxies(view: QTableWidget, lines: Sequence[ProxyPickup]) -> None:
    rows = [[_time(p.at_ms), p.name, p.code, p.material, p.qty, p.proxy, p.operator] for p in lines]
    _fill(view, rows)
