"""冲突: what the desks did that does not fit together (money taken twice, a bed given twice,
one person registered twice, a repeated check-in, two edits of one field) with the facts and
the resolutions (conflict_actions.py) — each an op that syncs to the other desks like
everything else.

↑/↓ choose a conflict; Tab reaches its buttons; Enter or Space runs one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...services.changes import Changes
from ...services.conflict_board import Board, BoardConflict, conflict_board
from ..conflict_text import facts_html, headline, kind_title
from ..dialogs.parts import note
from ..hub import Hub
from ..session import Session
from ..widgets.fonts import scale
from ..widgets.result_line import ResultLine
from .conflict_actions import ConflictActions
from .lazy_refresh import LazyRefresh

_ID = Qt.ItemDataRole.UserRole


class ConflictsPage(QWidget):
    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.board = Board()
        self.lazy = LazyRefresh(self, self._read_board)
        self._shown = False
        heading = QLabel(self.tr("冲突"))
        scale(heading, 1.6, bold=True)
        self.count = QLabel()
        self.count.setObjectName("conflictCount")
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.setStyleSheet("QListWidget#conflictList::item { padding: 6px 8px; }")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._show_current)
        self.title = QLabel()
        self.title.setObjectName("conflictTitle")
        scale(self.title, 1.3, bold=True)
        self.facts = QLabel()
        self.facts.setObjectName("conflictFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scale(self.facts, 1.1)
        self.buttons = QVBoxLayout()
        self.buttons.setContentsMargins(0, 8, 0, 0)
        # until the first read answers (seconds, with thousands of conflicts), "none" would
        # be a wrong answer
        self._reading, self._none = self.tr("正在读取冲突…"), self.tr("没有未解决的冲突。")
        self.empty = QLabel(self._reading)
        self.empty.setObjectName("noConflicts")
        scale(self.empty, 1.3)
        self.result = ResultLine()
        self.result.setObjectName("conflictResult")
        detail = QVBoxLayout()
        detail.addWidget(self.title)
        detail.addWidget(self.facts)
        detail.addLayout(self.buttons)
        detail.addStretch(1)
        self.detail = QWidget()
        self.detail.setLayout(detail)
        # many payments in one conflict: the facts and the buttons scroll, Tab scrolls too
        self.detail_area = QScrollArea()
        self.detail_area.setWidget(self.detail)
        self.detail_area.setWidgetResizable(True)
        self.detail_area.setFrameShape(QFrame.Shape.NoFrame)
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addWidget(self.detail_area, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.count)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addLayout(row, 1)
        layout.addWidget(self.result)
        layout.addWidget(
            note(
                self.tr(
                    "↑/↓ 选择冲突，Tab 到处理按钮，回车或空格执行。"
                    "处理结果会随同步文件传到其他报到台。"
                )
            )
        )
        self.actions = ConflictActions(self)
        hub.event_opened.connect(self._on_opened)
        hub.changes_applied.connect(self._on_changes)
        self._show_board(Board())

    # --- page ---------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.lazy.shown()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_opened(self, _event: object) -> None:
        self.result.clear()
        self._shown = False
        self.empty.setText(self._reading)
        self._show_board(Board())
        self.lazy.changed()

    def _on_changes(self, _changes: Changes) -> None:
        self.lazy.changed()

    def refresh(self) -> None:
        self.lazy.now()

    def _read_board(self) -> None:
        self.session.run_query(conflict_board, on_done=self._board_read)

    def _board_read(self, board: Board) -> None:
        self.empty.setText(self._none)
        self._show_board(board)

    def _show_board(self, board: Board) -> None:
        if self._shown and board == self.board:
            return  # a refresh that changed nothing keeps the selection and the keyboard
        self._shown = True
        current = self.current()
        keep = current.id if current is not None else ""
        self.board = board
        self.list.blockSignals(True)
        self.list.clear()
        for c in board.conflicts:
            item = QListWidgetItem(f"{kind_title(c.kind)}\n{headline(c)}")
            item.setData(_ID, c.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [c.id for c in board.conflicts]
        self.list.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))
        n = len(ids)
        self.count.setText(self.tr("未解决 {0} 个").format(n) if n else "")
        self.empty.setVisible(n == 0)
        self.list.setVisible(n > 0)
        self.detail_area.setVisible(n > 0)
        self._show_current()

    def current(self) -> BoardConflict | None:
        row = self.list.currentRow()
        return self.board.conflicts[row] if 0 <= row < len(self.board.conflicts) else None

    def select(self, conflict_id: str) -> None:
        ids = [c.id for c in self.board.conflicts]
        if conflict_id in ids:
            self.list.setCurrentRow(ids.index(conflict_id))

    # --- facts and buttons --------------------------------------------------------------
    def _show_current(self, _row: int = -1) -> None:
        buttons = self.action_buttons()
        had_focus = next((n for n, b in enumerate(buttons) if b.hasFocus()), -1)
        while (item := self.buttons.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()  # out of the Tab chain now, not when Qt gets to deleting it
                widget.deleteLater()
        c = self.current()
        if c is None:
            self.title.clear()
            self.facts.clear()
            return
        self.title.setText(kind_title(c.kind))
        self.facts.setText(facts_html(c))
        before: QWidget = self.list
        for text, action in self.actions.for_conflict(c):
            button = QPushButton(text)
            button.setObjectName("conflictAction")
            button.setAutoDefault(True)  # Enter presses the focused button
            button.clicked.connect(action)
            button.setMinimumWidth(260)
            self.buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            button.show()  # in the Tab chain at once, not at the layout's next turn
            QWidget.setTabOrder(before, button)  # Tab from the list reaches them first
            before = button
        fresh = self.action_buttons()
        if had_focus >= 0:  # the same conflict again, after a refresh: same button
            (fresh[min(had_focus, len(fresh) - 1)] if fresh else self.list).setFocus()

    def action_buttons(self) -> list[QPushButton]:
        items = (self.buttons.itemAt(n) for n in range(self.buttons.count()))
        return [w for i in items if i is not None and isinstance(w := i.widget(), QPushButton)]

    @property
    def dialog(self) -> QDialog | None:
        """The one open now (tests read it)."""
        return self.actions.dialogs.dialog
