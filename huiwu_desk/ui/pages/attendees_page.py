"""参会人员: everyone in a table — filter by status, fee, room and category, choose the columns,
sort by a header click, Enter or double-click opens the person's card on the desk page.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import desk_lists
from ...services.changes import Changes
from ...services.desk_lists import CategoryChoice
from ...services.listing import ListingFilter
from ..hub import Hub
from ..models.attendees_model import DEFAULT_COLUMNS, AttendeesModel
from ..prefs import Prefs
from ..session import Session
from ..widgets.flow_row import FlowRow

FILTER_DELAY_MS = 200


class AttendeesPage(QWidget):
    open_card = Signal(str)  # the code of the person to show on the desk page
    import_requested = Signal()  # the window opens the import wizard

    def __init__(
        self, session: Session, hub: Hub, prefs: Prefs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.prefs = prefs
        self.model = AttendeesModel(session, self)
        self.search = QLineEdit()
        self.search.setObjectName("attendeeFilterText")
        self.search.setPlaceholderText(self.tr("编号、姓名、拼音、手机、单位"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("全部"), None)
        self.status.addItem(self.tr("已报到"), True)
        self.status.addItem(self.tr("未报到"), False)
        self.fee_due = QCheckBox(self.tr("待收费"))
        self.fee_due.setObjectName("feeDueFilter")
        self.room_needed = QCheckBox(self.tr("需排房"))
        self.room_needed.setObjectName("roomNeededFilter")
        self.category = QComboBox()
        self.category.setObjectName("categoryFilter")
        self.category.addItem(self.tr("全部类别"), None)
        # a push button makes room for its menu arrow (a tool button drew it over the text)
        self.columns_button = QPushButton(self.tr("显示列"))
        self.columns_button.setObjectName("columnsButton")
        self.count = QLabel()
        self.count.setObjectName("attendeeCount")
        self.import_button = QPushButton(self.tr("导入名单…"))
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.import_requested)
        # one line where it fits, else what does not fit goes to a second one (the count and
        # the import button together, at the right)
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 14)
        tail = QWidget()
        tail_row = QHBoxLayout(tail)
        tail_row.setContentsMargins(0, 0, 0, 0)
        tail_row.addWidget(self.count)
        tail_row.addWidget(self.import_button)
        bar = FlowRow()
        bar.add(self.search, grow=True)
        for widget in (self.status, self.category, self.fee_due, self.room_needed):
            bar.add(widget)
        bar.add(self.columns_button)
        bar.add(tail)

        self.table = QTableView()
        self.table.setObjectName("attendeeTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.table.activated.connect(self._activated)  # Enter, and double-click
        self.column_menu = QMenu(self)
        self.columns_button.setMenu(self.column_menu)
        self._build_column_menu()
        self._set_widths()
        hint = QLabel(
            self.tr(
                "筛选框里按回车进入表格；回车或双击打开报到卡片；点击表头排序；右键表头选择显示的列。"
            )
        )
        hint.setObjectName("attendeesHint")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #57606a;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._to_table)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.category.currentIndexChanged.connect(self.apply_filter)
        self.fee_due.toggled.connect(self.apply_filter)
        self.room_needed.toggled.connect(self.apply_filter)
        self.model.count_changed.connect(self._show_count)
        self.model.modelAboutToBeReset.connect(self._remember_scroll)
        self.model.modelReset.connect(self._restore_scroll)
        self._scroll = 0
        self._stale = True
        self._select_first = False
        hub.event_opened.connect(self._on_opened)
        hub.event_closed.connect(self._on_closed)
        hub.changes_applied.connect(self._on_changes)
        if session.event is not None:
            self._on_opened(session.event)

    # --- page ---------------------------------------------------------------------------
    def page_shown(self) -> None:
        if self._stale:
            self._stale = False
            self.model.reload()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_opened(self, _event: object) -> None:
        self.model.clear()
        self._stale = True
        self.session.run_query(desk_lists.categories, on_done=self._categories_read)
        if self.isVisible():
            self.page_shown()

    def _on_closed(self) -> None:
        self.model.clear()

    def _categories_read(self, categories: list[CategoryChoice]) -> None:
        chosen = self.category.currentData()
        self.category.blockSignals(True)
        while self.category.count() > 1:
            self.category.removeItem(1)
        for c in categories:
            self.category.addItem(c.name, c.id)
        found = self.category.findData(chosen)
        self.category.setCurrentIndex(max(found, 0))
        self.category.blockSignals(False)

    def _on_changes(self, changes: Changes) -> None:
        if changes.setup or changes.everything:
            self.session.run_query(desk_lists.categories, on_done=self._categories_read)
        self.model.forget(None if changes.everything else changes.attendees)
        if self.isVisible():
            self.model.reload()
        else:
            self._stale = True

    # --- filtering ----------------------------------------------------------------------
    def current_filter(self) -> ListingFilter:
        return ListingFilter(
            text=self.search.text().strip(),
            checked_in=self.status.currentData(),
            fee_due=self.fee_due.isChecked(),
            room_needed=self.room_needed.isChecked(),
            category_id=self.category.currentData(),
        )

    def apply_filter(self) -> None:
        self._debounce.stop()
        self._stale = False
        self.model.set_filter(self.current_filter())

    def _to_table(self) -> None:
        """Enter in the filter field: filter now, then ↑/↓ and Enter in the table."""
        self.apply_filter()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._select_first = True

    def _show_count(self, count: int) -> None:
        if self._select_first and count:
            self.table.selectRow(0)
        self._select_first = False
        self.count.setText(self.tr("共 {0} 人").format(count))

    def _remember_scroll(self) -> None:
        self._scroll = self.table.verticalScrollBar().value()

    def _restore_scroll(self) -> None:
        QTimer.singleShot(0, self._scroll_back)

    def _scroll_back(self) -> None:
        self.table.verticalScrollBar().setValue(self._scroll)

    # --- columns ------------------------------------------------------------------------
    def _set_widths(self) -> None:
        em = self.fontMetrics().horizontalAdvance("中")
        widths = {
            "code": 5.5,
            "name": 4.5,
            "gender": 2.5,
            "category": 4.5,
            "unit": 12,
            "department": 6,
            "title": 5.5,
            "checkin": 7.5,
            "fee": 8.5,
            "room": 4.5,
        }
        header = self.table.horizontalHeader()
        for n, column in enumerate(self.model.columns):
            # never narrower than its title (English "Gender" was cut to "Gende"), with room
            # for the sort arrow
            title = str(self.model.headerData(n, Qt.Orientation.Horizontal) or "")
            needed = header.fontMetrics().horizontalAdvance(title) + 28
            self.table.setColumnWidth(n, max(int(widths.get(column.key, 7) * em) + 12, needed))

    def _build_column_menu(self) -> None:
        shown = set(self.prefs.attendee_columns or DEFAULT_COLUMNS)
        for n, column in enumerate(self.model.columns):
            action = QAction(column.title, self.column_menu)
            action.setCheckable(True)
            action.setChecked(column.key in shown)
            action.setData(n)
            action.toggled.connect(self._column_toggled)
            self.column_menu.addAction(action)
            self.table.setColumnHidden(n, column.key not in shown)

    def _column_toggled(self, checked: bool) -> None:
        action = self.sender()
        if not isinstance(action, QAction):
            return
        self.set_column_visible(int(action.data()), checked)

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.table.setColumnHidden(column, not visible)
        self.prefs.attendee_columns = [
            c.key for n, c in enumerate(self.model.columns) if not self.table.isColumnHidden(n)
        ]
        self.prefs.save()

    def visible_columns(self) -> list[str]:
        return [
            c.title for n, c in enumerate(self.model.columns) if not self.table.isColumnHidden(n)
        ]

    def _header_menu(self, pos: QPoint) -> None:
        self.column_menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def _activated(self, index: QModelIndex) -> None:
        code = self.model.code_at(index.row())
        if code:
            self.open_card.emit(code)
