"""冲突: what the desks did that does not fit together (money taken twice, a bed given twice,
one person registered twice, a repeated check-in, two edits of one field) with the facts and
the resolutions — each an op that syncs to the other desks like everything else.

↑/↓ choose a conflict; Tab reaches its buttons; Enter or Space runs one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services import conflicts, desk, room_suggest
from ...services.changes import Changes
from ...services.conflict_board import (
    Board,
    BoardConflict,
    PersonFacts,
    conflict_board,
    merge_into,
    move_room,
)
from ...services.operators import approved
from ...services.room_suggest import RoomSuggestion
from ..conflict_text import facts_html, headline, kind_title, named
from ..dialogs.merge_dialog import MergeDialog
from ..dialogs.move_room_dialog import MoveRoomDialog
from ..dialogs.parts import note
from ..dialogs.refund_dialog import RefundDialog
from ..hub import Hub
from ..labels import yuan
from ..session import Session
from ..widgets.fonts import scale
from ..widgets.result_line import ResultLine

_ID = Qt.ItemDataRole.UserRole


class ConflictsPage(QWidget):
    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.board = Board()
        self.dialog: QDialog | None = None  # the one open now (tests read it)
        self._stale = True
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
        self.empty = QLabel(self.tr("没有未解决的冲突。"))
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
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addWidget(self.detail, 3)
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
        hub.event_opened.connect(self._on_opened)
        hub.changes_applied.connect(self._on_changes)
        self._show_board(Board())

    # --- page ---------------------------------------------------------------------------
    def page_shown(self) -> None:
        if self._stale:
            self.refresh()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_opened(self, _event: object) -> None:
        self.result.clear()
        self._shown = False
        self._show_board(Board())
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _on_changes(self, _changes: Changes) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        self._stale = False
        self.session.run_query(conflict_board, on_done=self._show_board)

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
        self.detail.setVisible(n > 0)
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
                widget.deleteLater()
        c = self.current()
        if c is None:
            self.title.clear()
            self.facts.clear()
            return
        self.title.setText(kind_title(c.kind))
        self.facts.setText(facts_html(c))
        before: QWidget = self.list
        for text, action in self._actions(c):
            button = QPushButton(text)
            button.setObjectName("conflictAction")
            button.setAutoDefault(True)  # Enter presses the focused button
            button.clicked.connect(action)
            button.setMinimumWidth(260)
            self.buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            QWidget.setTabOrder(before, button)  # Tab from the list reaches them first
            before = button
        fresh = self.action_buttons()
        if had_focus >= 0:  # the same conflict again, after a refresh: same button
            (fresh[min(had_focus, len(fresh) - 1)] if fresh else self.list).setFocus()

    def _actions(self, c: BoardConflict) -> list[tuple[str, Callable[[], None]]]:
        d = c.detail
        if c.kind == "double_payment":
            return [
                (
                    self.tr("退还 {0}（{1}）…").format(
                        p.get("receipt_no", ""), yuan(int(p.get("amount_fen", 0)))
                    ),
                    partial(self.ask_refund, c, p),
                )
                for p in d.get("payments", [])
            ]
        if c.kind == "room_overbooked":
            movers = list(d.get("to_move", []))
            ids = movers + [i for i in c.people if i not in movers]
            actions: list[tuple[str, Callable[[], None]]] = []
            for attendee_id in ids:
                person = c.person(attendee_id)
                if person is None:
                    continue
                text = self.tr("把 {0} 换到其他房间…").format(person.name)
                if attendee_id in movers:
                    text += self.tr("（建议）")
                actions.append((text, partial(self.ask_move, person)))
            return actions
        if c.kind == "duplicate_person":
            return [
                (self.tr("是同一人：合并…"), partial(self.ask_merge, c)),
                (self.tr("不是同一人：保留两人"), partial(self.acknowledge, c, "keep_both")),
            ]
        if c.kind == "concurrent_edit":
            values = list(dict.fromkeys(v.get("value", "") for v in d.get("values", [])))
            return [
                (self.tr("保留“{0}”").format(v), partial(self.keep_value, c, v)) for v in values
            ]
        if c.kind == "duplicate_checkin":
            return [(self.tr("已核实：证件和资料只发了一份"), partial(self.acknowledge, c, "ack"))]
        return [(self.tr("已知晓"), partial(self.acknowledge, c, "ack"))]

    def action_buttons(self) -> list[QPushButton]:
        items = (self.buttons.itemAt(n) for n in range(self.buttons.count()))
        return [w for i in items if i is not None and isinstance(w := i.widget(), QPushButton)]

    # --- resolutions --------------------------------------------------------------------
    def _open(self, dialog: QDialog, on_accept: Callable[[], None] | None) -> None:
        if self.dialog is not None:
            dialog.deleteLater()
            return
        self.dialog = dialog
        if on_accept is not None:
            dialog.accepted.connect(on_accept)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.list.setFocus()

    def _run(self, fn: Any, *args: Any, said: str | Callable[[Changes], str]) -> None:
        def done(changes: Changes) -> None:
            self.result.success(said(changes) if callable(said) else said)

        self.session.run_use_case(fn, *args, on_done=done, on_error=self.result.refusal)

    def ask_refund(self, c: BoardConflict, payment: dict[str, Any]) -> None:
        person = c.by_code(c.attendee_code)
        who = named(person.name, person.code) if person else c.attendee_code
        dialog = RefundDialog(
            who, payment, self.board.supervisors, self, pins_in_force=self.board.pins_in_force
        )
        receipt = str(payment.get("receipt_no", ""))
        amount = yuan(int(payment.get("amount_fen", 0)))

        def refund() -> None:
            # the use case checks the supervisor's PIN; a refusal stays in the dialog
            supervisor = dialog.supervisor_name()
            run = approved(
                partial(desk.refund_payment, reason=dialog.reason_text()),
                supervisor,
                dialog.pin_text(),
            )

            def done(changes: Changes) -> None:
                if self.dialog is dialog:
                    dialog.finish()
                said = self.tr("已退还收据 {0} 的 {1}（退款收据 {2}），主管 {3} 批准。")
                self.result.success(said.format(receipt, amount, changes.result, supervisor))

            def refused(sentence: str) -> None:
                if self.dialog is dialog:
                    dialog.refuse(sentence)
                else:
                    self.result.refusal(sentence)

            self.session.run_use_case(run, receipt, on_done=done, on_error=refused)

        dialog.submitted.connect(refund)
        self._open(dialog, None)

    def ask_move(self, person: PersonFacts) -> None:
        self.session.run_query(
            room_suggest.suggest_rooms,
            person.code,
            8,
            on_done=partial(self._move_dialog, person),
            on_error=self.result.refusal,
        )

    def _move_dialog(self, person: PersonFacts, suggestions: list[RoomSuggestion]) -> None:
        who = named(person.name, person.code)
        dialog = MoveRoomDialog(who, person.room, suggestions, self)

        def move() -> None:
            number = dialog.room_number()
            said = self.tr("{0} 已从 {1} 换到 {2} 房间。").format(person.name, person.room, number)
            self._run(move_room, person.code, number, said=said)

        self._open(dialog, move)

    def ask_merge(self, c: BoardConflict) -> None:
        dialog = MergeDialog(list(c.people.values()), self)

        def merge() -> None:
            keep, aliases = dialog.keep_code(), dialog.alias_codes()
            said = self.tr("已合并为一人：保留 {0}。").format(keep)
            self._run(merge_into, keep, aliases, said=said)

        self._open(dialog, merge)

    def acknowledge(self, c: BoardConflict, decision: str) -> None:
        said = (
            self.tr("已记录：保留两人。")
            if decision == "keep_both"
            else self.tr("已记录：{0}已核实。").format(kind_title(c.kind))
        )
        self._run(conflicts.acknowledge, c.id, decision, said=said)

    def keep_value(self, c: BoardConflict, value: Any) -> None:
        said = self.tr("已保留“{0}”。").format(value)
        self._run(conflicts.keep_edit, c.id, value, said=said)
