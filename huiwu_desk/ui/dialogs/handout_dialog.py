"""F3 发资料: the checklist of what this person is entitled to, with the stock of each.

Owed items in stock are ticked; received items are shown done and cannot be ticked again;
an item out of stock is unticked and marked, and ticking it is refused before anything is
recorded. Space ticks, ↑/↓ move, Enter hands out. 代领: Tab to the 代领人 field and type the
colleague who picks up for the person (empty: the person themself); it is recorded on the
handout.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.limits import NAME
from ...services.card import AttendeeCard, MaterialLine
from ..labels import join_list
from .parts import enlarge, note, ok_cancel, person_header, show_warning, warning_line

_LINE = Qt.ItemDataRole.UserRole


class HandoutDialog(QDialog):
    def __init__(self, card: AttendeeCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoutDialog")
        self.setWindowTitle(self.tr("发资料"))
        enlarge(self)
        self.setMinimumWidth(520)
        self.items = QListWidget()
        self.items.setObjectName("materialList")
        first_open = -1
        for line in card.materials:
            item = QListWidgetItem(self._text(line))
            item.setData(_LINE, line)
            if line.received > 0:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                owed = line.entitled and line.in_stock > 0
                item.setCheckState(Qt.CheckState.Checked if owed else Qt.CheckState.Unchecked)
                if line.in_stock <= 0:
                    item.setForeground(QBrush(QColor("#a40e26")))
                if first_open < 0:
                    first_open = self.items.count()
            self.items.addItem(item)
        self.items.setCurrentRow(max(first_open, 0))
        self.warning = warning_line()
        layout = QVBoxLayout(self)
        layout.addWidget(person_header(card.person))
        if not card.materials:
            layout.addWidget(note(self.tr("此类别没有需要发放的资料。")))
        elif not card.materials_owed:
            layout.addWidget(note(self.tr("应发的资料都已领取。")))
        out = [m.name for m in card.materials_owed if m.in_stock <= 0]
        if out:
            show_warning(
                self.warning, self.tr("缺货：{0}。请补充库存后再发。").format(join_list(out))
            )
        layout.addWidget(self.items)
        self.proxy = QLineEdit()
        self.proxy.setObjectName("proxyName")
        self.proxy.setMaxLength(NAME)
        self.proxy.setPlaceholderText(self.tr("本人领取不填"))
        form = QFormLayout()
        form.addRow(self.tr("代领人："), self.proxy)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(
            note(self.tr("空格 勾选/取消，回车 发放，Tab 填代领人（同事代领时），Esc 取消。"))
        )
        layout.addWidget(ok_cancel(self, self.tr("发放")))
        self.items.setFocus()

    def _text(self, line: MaterialLine) -> str:
        if line.received > 0:
            return self.tr("{0}　已领").format(line.name)
        if line.in_stock <= 0:
            return self.tr("{0}　缺货").format(line.name)
        return self.tr("{0}　库存 {1}").format(line.name, line.in_stock)

    def _lines(self) -> list[tuple[QListWidgetItem, MaterialLine]]:
        rows = (self.items.item(n) for n in range(self.items.count()))
        return [(item, item.data(_LINE)) for item in rows]

    def chosen(self) -> list[str]:
        return [
            line.name
            for item, line in self._lines()
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable
            and item.checkState() == Qt.CheckState.Checked
        ]

    def proxy_name(self) -> str:
        """Who picks up for the person (代领), or "" when they came themself."""
        return self.proxy.text().strip()

    def accept(self) -> None:
        names = self.chosen()
        if not names:
            show_warning(self.warning, self.tr("没有勾选要发放的资料。"))
            return
        out = [
            line.name for _item, line in self._lines() if line.name in names and line.in_stock <= 0
        ]
        if out:
            show_warning(
                self.warning, self.tr("{0} 缺货，不能发放。请取消勾选。").format(join_list(out))
            )
            return
        super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)
