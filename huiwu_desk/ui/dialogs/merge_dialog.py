"""合并为一人: which record stays; the others become aliases of it (an op, never automatic)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...services.conflict_board import PersonFacts
from ..conflict_text import named
from ..labels import masked_phone, source_label
from .parts import enlarge, note, ok_cancel

_CODE = Qt.ItemDataRole.UserRole


class MergeDialog(QDialog):
    def __init__(self, people: list[PersonFacts], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("合并为一人"))
        enlarge(self)
        self.setMinimumWidth(620)
        self.codes = [p.code for p in people]
        self.choices = QListWidget()
        self.choices.setObjectName("mergeKeep")
        for p in people:
            facts = [p.unit, masked_phone(p.phone), source_label(p.source)]
            if p.checked_in:
                facts.append(self.tr("已报到"))
            text = named(p.name, p.code) + "  " + " · ".join(f for f in facts if f)
            item = QListWidgetItem(text)
            item.setData(_CODE, p.code)
            self.choices.addItem(item)
        # keep the preregistered record by default: it carries the organizer's data
        first = next((n for n, p in enumerate(people) if p.source == "preregistered"), 0)
        self.choices.setCurrentRow(first)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("保留哪一条记录？")))
        layout.addWidget(self.choices)
        layout.addWidget(
            note(
                self.tr(
                    "其他记录会记为这条记录的别名（同一个人），不再算作重复；"
                    "合并会同步到其他报到台。↑/↓ 选择，回车合并。"
                )
            )
        )
        layout.addWidget(ok_cancel(self, self.tr("合并")))
        self.choices.setFocus()

    def keep_code(self) -> str:
        item = self.choices.currentItem()
        return str(item.data(_CODE)) if item is not None else self.codes[0]

    def alias_codes(self) -> list[str]:
        keep = self.keep_code()
        return [c for c in self.codes if c != keep]
