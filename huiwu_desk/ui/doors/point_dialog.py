"""Which door this laptop keeps: the scan points of the event, ↑/↓ and Enter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..dialogs.parts import enlarge, note, ok_cancel

_NAME = Qt.ItemDataRole.UserRole


class PointDialog(QDialog):
    def __init__(self, points: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pointDialog")
        self.setWindowTitle(self.tr("门口模式：选择扫码点"))
        enlarge(self)
        self.setMinimumWidth(520)
        self.list = QListWidget()
        self.list.setObjectName("pointList")
        for p in points:
            text = self.tr("{0}　{1}　已进 {2}，拒绝 {3}").format(
                p.name, self._kind(p.kind), p.admitted, p.refused
            )
            item = QListWidgetItem(text)
            item.setData(_NAME, p.name)
            self.list.addItem(item)
        self.list.setCurrentRow(0 if points else -1)
        layout = QVBoxLayout(self)
        if points:
            layout.addWidget(self.list)
            layout.addWidget(
                note(self.tr("↑/↓ 选择，回车进入门口模式（全屏，扫码枪即可使用，无需鼠标）。"))
            )
        else:
            self.list.hide()
            layout.addWidget(
                note(
                    self.tr(
                        "本会议还没有扫码点：请在“设置 → 会议设置”中添加会场、用餐或学分签到点。"
                    )
                )
            )
        layout.addWidget(ok_cancel(self, self.tr("进入门口模式")))
        self.list.setFocus()

    def _kind(self, kind: str) -> str:
        labels = {
            "session": self.tr("会场入口"),
            "meal": self.tr("用餐"),
            "credit": self.tr("学分签到"),
            "material": self.tr("领取点"),
        }
        return labels.get(kind, kind)

    def chosen(self) -> str:
        item = self.list.currentItem()
        return str(item.data(_NAME)) if item is not None else ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)
