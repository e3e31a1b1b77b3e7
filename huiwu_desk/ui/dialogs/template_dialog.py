"""The columns of the credits list or the directory: which, in what order, under what title.

Each organizer wants their own layout; the page saves it in the event (a setting op, so the
other desks get it too). Keyboard: Enter in the left list adds a column; in the right table
Enter edits the header title, Ctrl+↑/↓ move the row, Delete removes it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.export_templates import (
    FIXED,
    ExportTemplate,
    TemplateColumn,
    column_choices,
    default_template,
)
from ..sheet_labels import column_label, export_title
from .parts import note

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TemplateDialog(QDialog):
    def __init__(self, template: ExportTemplate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateDialog")
        self.kind = template.kind
        self.setWindowTitle(self.tr("{0}：列和表头").format(export_title(self.kind)))
        self.titles = dict(column_choices())  # key → default header title
        self.columns: list[TemplateColumn] = []

        self.available = QListWidget()
        self.available.setObjectName("availableColumns")
        for key, _title in column_choices():
            item = QListWidgetItem(column_label(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.available.addItem(item)
        self.available.setCurrentRow(0)
        self.available.itemDoubleClicked.connect(self.add_current)
        self.available.installEventFilter(self)
        self.chosen = QTableWidget(0, 3)
        self.chosen.setObjectName("templateColumns")
        self.chosen.setHorizontalHeaderLabels(
            [self.tr("内容"), self.tr("表头标题"), self.tr("固定内容")]
        )
        self.chosen.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.chosen.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.chosen.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chosen.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.chosen.setTabKeyNavigation(False)
        em = self.fontMetrics().horizontalAdvance("中")
        self.chosen.setColumnWidth(0, 11 * em)
        self.chosen.setColumnWidth(1, 9 * em)
        self.chosen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.chosen.horizontalHeader().setStretchLastSection(True)
        self.chosen.itemChanged.connect(self._edited)
        self.chosen.installEventFilter(self)

        self.add_button = self._button(self.tr("添加 →(&A)"), self.add_current)
        self.remove_button = self._button(self.tr("← 移除(&R)"), self.remove_current)
        self.up_button = self._button(self.tr("上移(&U)"), lambda: self.move_current(-1))
        self.up_button.setToolTip(self.tr("在右侧表格中按 Ctrl+↑"))
        self.down_button = self._button(self.tr("下移(&D)"), lambda: self.move_current(1))
        self.down_button.setToolTip(self.tr("在右侧表格中按 Ctrl+↓"))
        self.checked_in_only = QCheckBox(self.tr("只列出已报到的人员"))
        self.checked_in_only.setObjectName("checkedInOnly")
        self.credits_only = QCheckBox(self.tr("只列出需要学分的人员"))
        self.credits_only.setObjectName("creditsOnly")
        self.reset_button = self._button(self.tr("恢复默认"), self.reset)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setObjectName("okButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.accept)
        cancel = self._button(self.tr("取消"), self.reject)

        middle = QVBoxLayout()
        middle.addStretch(1)
        for button in (self.add_button, self.remove_button):
            middle.addWidget(button)
        middle.addStretch(1)
        order = QHBoxLayout()
        order.addWidget(self.up_button)
        order.addWidget(self.down_button)
        order.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("可选的列")), 0, 0)
        grid.addWidget(QLabel(self.tr("导出的列（从上到下即从左到右）")), 0, 2)
        grid.addWidget(self.available, 1, 0)
        grid.addLayout(middle, 1, 1)
        grid.addWidget(self.chosen, 1, 2)
        grid.addLayout(order, 2, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 5)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "表头标题可以改成组织方要求的写法（回车或双击修改）。"
                    "“学分类别”“自定义”两列每行都填同一段固定内容，例如“国家级Ⅰ类 6 分”。"
                )
            )
        )
        layout.addLayout(grid, 1)
        layout.addWidget(self.checked_in_only)
        layout.addWidget(self.credits_only)
        layout.addLayout(buttons)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(880, screen.width() * 9 // 10), min(640, screen.height() * 9 // 10))
        self.set_template(template)
        self.chosen.setFocus(Qt.FocusReason.OtherFocusReason)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # --- the layout ---------------------------------------------------------------------
    def set_template(self, template: ExportTemplate) -> None:
        self.columns = list(template.columns)
        self.checked_in_only.setChecked(template.checked_in_only)
        self.credits_only.setChecked(template.credits_only)
        self._fill(0)

    def value(self) -> ExportTemplate:
        columns = tuple(
            TemplateColumn(c.key, c.title.strip() or self.titles[c.key], c.value.strip())
            for c in self.columns
        )
        return ExportTemplate(
            self.kind, columns, self.checked_in_only.isChecked(), self.credits_only.isChecked()
        )

    def header_titles(self) -> list[str]:
        """What the exported sheet's header row will read, left to right."""
        return [c.title for c in self.value().columns]

    def reset(self) -> None:
        self.set_template(default_template(self.kind))

    def _fill(self, current: int) -> None:
        self.chosen.blockSignals(True)
        self.chosen.setRowCount(len(self.columns))
        for row, col in enumerate(self.columns):
            what = QTableWidgetItem(column_label(col.key))
            what.setFlags(_READ_ONLY)
            title = QTableWidgetItem(col.title)
            title.setFlags(_EDITABLE)
            fixed = col.key in FIXED
            value = QTableWidgetItem(col.value if fixed else "—")
            value.setFlags(_EDITABLE if fixed else _READ_ONLY)
            if not fixed:
                value.setForeground(self.palette().placeholderText())
            for n, item in enumerate((what, title, value)):
                self.chosen.setItem(row, n, item)
        self.chosen.blockSignals(False)
        if self.columns:
            row = min(max(current, 0), len(self.columns) - 1)
            self.chosen.setCurrentCell(row, 1)
        self.save_button.setEnabled(bool(self.columns))

    def _edited(self, item: QTableWidgetItem) -> None:
        row, col = item.row(), item.column()
        if not 0 <= row < len(self.columns):
            return
        old = self.columns[row]
        if col == 1:
            self.columns[row] = TemplateColumn(old.key, item.text(), old.value)
        elif col == 2 and old.key in FIXED:
            self.columns[row] = TemplateColumn(old.key, old.title, item.text())

    # --- adding, removing, ordering ---------------------------------------------------------
    def add_current(self) -> None:
        item = self.available.currentItem()
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        present = [n for n, c in enumerate(self.columns) if c.key == key]
        if present and key != "text":  # one of each; free-text columns as many as wanted
            self.chosen.setCurrentCell(present[0], 1)
            return
        at = self.chosen.currentRow() + 1 if self.columns else 0
        self.columns.insert(at, TemplateColumn(key, self.titles[key]))
        self._fill(at)

    def remove_current(self) -> None:
        row = self.chosen.currentRow()
        if 0 <= row < len(self.columns):
            del self.columns[row]
            self._fill(row)

    def move_current(self, step: int) -> None:
        row = self.chosen.currentRow()
        to = row + step
        if 0 <= row < len(self.columns) and 0 <= to < len(self.columns):
            self.columns[row], self.columns[to] = self.columns[to], self.columns[row]
            self._fill(to)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.chosen and isinstance(event, QKeyEvent) and _moves(event):
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # the table's key, not a shortcut's
                return True
            if kind == QEvent.Type.KeyPress:
                self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.available and key in _ENTER:
                self.add_current()
                return True
            if watched is self.chosen and key in _ENTER:
                # Enter also ends an edit (the editor passes the key on): never the Save button
                title = self.chosen.item(self.chosen.currentRow(), 1)
                editing = self.chosen.state() == QAbstractItemView.State.EditingState
                if title is not None and not editing:
                    self.chosen.editItem(title)
                return True
            if watched is self.chosen and key == Qt.Key.Key_Delete:
                self.remove_current()
                return True
        return super().eventFilter(watched, event)


def _moves(event: QKeyEvent) -> bool:
    """Ctrl+↑ / Ctrl+↓: move the current row."""
    ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
    return bool(ctrl) and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
