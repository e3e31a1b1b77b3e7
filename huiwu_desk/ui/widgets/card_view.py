"""The attendee card: who this is, and where they stand — check-in, fee, materials, room, badge.

Read from a step back: the name is large, the category is a coloured chip, each status is a
tinted chip (green done, amber to do, red a problem, grey not applicable). Nothing here takes
the keyboard: the buttons are for the mouse, the keys are on the scan field's page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..desk_keys import DeskTask, key_hint
from ..labels import fee_status_label, join_list, method_label, room_type_label, when_text, yuan
from .fonts import scale

if TYPE_CHECKING:  # the services load after the window first shows
    from ...services.card import AttendeeCard

OK = ("#dafbe1", "#116329")
TODO = ("#fff8c5", "#7d4e00")
BAD = ("#ffebe9", "#a40e26")
NONE = ("#eaeef2", "#424a53")


def chip_style(colours: tuple[str, str]) -> str:
    background, foreground = colours
    return (
        f"background: {background}; color: {foreground};"
        " border-radius: 6px; padding: 4px 12px; font-weight: bold;"
    )


class WrappingLine(QLabel):
    """One line where the card is wide enough, wrapped where it is not (English at 125 %:
    "✓ Checked in 09:15 · desk A1 · …" pushed the page sideways). A QLabel that may wrap
    asks for a narrow, two-line size even where one line fits; this one asks for its line."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setIndent(0)  # the line is its text and its padding, nothing more

    def sizeHint(self) -> QSize:
        m = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text()) + m.left() + m.right() + 2
        return QSize(width, self.heightForWidth(width))


class CardView(QFrame):
    task_requested = Signal(object)  # a DeskTask, from a button click

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendeeCard")
        self.setStyleSheet("QFrame#attendeeCard { background: white; border-radius: 8px; }")
        self.empty = QLabel(
            self.tr("扫描二维码，或输入编号、姓名、拼音、首字母、手机号（后四位）或单位")
        )
        self.empty.setObjectName("cardEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #6e7781;")
        scale(self.empty, 1.3)

        self.name = WrappingLine("cardName")  # a long Latin name breaks at its spaces
        scale(self.name, 2.4, bold=True)
        self.category = QLabel()
        self.category.setObjectName("cardCategory")
        scale(self.category, 1.3)
        self.identity = QLabel()
        self.identity.setObjectName("cardIdentity")
        self.identity.setWordWrap(True)
        scale(self.identity, 1.3)
        self.warning = QLabel()  # an old badge was scanned: the person before you may not own it
        self.warning.setObjectName("cardWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(chip_style(TODO))
        scale(self.warning, 1.2, bold=True)
        head = QHBoxLayout()
        head.addWidget(self.name)
        head.addSpacing(12)
        head.addWidget(self.category, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addStretch(1)

        self.chips: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        for n, key in enumerate(("checkin", "fee", "materials", "room", "badge")):
            chip = WrappingLine(f"chip_{key}")
            scale(chip, 1.15)
            self.chips[key] = chip
            grid.addWidget(chip, n // 3, n % 3)
        self.details = QLabel()
        self.details.setObjectName("cardDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        scale(self.details, 1.05)
        self.todo = QLabel()
        self.todo.setObjectName("cardTodo")
        self.todo.setWordWrap(True)
        scale(self.todo, 1.2, bold=True)
        self.todo.setStyleSheet("color: #0550ae;")

        buttons = QHBoxLayout()
        self.buttons: dict[DeskTask, QPushButton] = {}
        for task in DeskTask:
            if task is DeskTask.WALK_IN:
                continue
            button = QPushButton(key_hint(task))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
            button.clicked.connect(self._clicked)
            button.setProperty("task", task.value)
            self.buttons[task] = button
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.body = QWidget()
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(head)
        column.addWidget(self.identity)
        column.addWidget(self.warning)
        column.addLayout(grid)
        column.addWidget(self.details)
        column.addWidget(self.todo)
        column.addStretch(1)
        column.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 10, 20, 10)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.body, 1)
        self.clear()

    def _clicked(self) -> None:
        button = self.sender()
        self.task_requested.emit(DeskTask(button.property("task")))

    def clear(self) -> None:
        self.body.hide()
        self.empty.show()

    def show_card(self, card: AttendeeCard) -> None:
        p = card.person
        self.name.setText(p.name)
        background = card.category_color or NONE[1]
        self.category.setText(card.category_name or self.tr("未分类"))
        self.category.setStyleSheet(
            f"background: {background}; color: white; border-radius: 6px; padding: 4px 12px;"
        )
        parts = [p.code, p.unit, p.department, p.title]
        self.identity.setText(" · ".join(x for x in parts if x))
        self.warning.setText(
            self.tr("此证件已补打（第{0}版），旧证作废。").format(card.badge_version)
            if card.superseded_badge
            else ""
        )
        self.warning.setVisible(card.superseded_badge)
        self._chip("checkin", *self._checkin(card))
        self._chip("fee", *self._fee(card))
        self._chip("materials", *self._materials(card))
        self._chip("room", *self._room(card))
        self._chip("badge", *self._badge(card))
        self.details.setText(self._details(card))
        todo = self._todo(card)
        self.todo.setText(self.tr("待办：{0}").format(" · ".join(todo)) if todo else "")
        self.todo.setVisible(bool(todo))
        self.empty.hide()
        self.body.show()

    def _chip(self, key: str, text: str, colours: tuple[str, str]) -> None:
        self.chips[key].setText(text)
        self.chips[key].setStyleSheet(chip_style(colours))

    def _checkin(self, card: AttendeeCard) -> tuple[str, tuple[str, str]]:
        c = card.checkin
        if c is None:
            return self.tr("未报到"), TODO
        text = self.tr("✓ 已报到 {0} · {1} 台 · {2}").format(
            when_text(c.at_ms), c.desk_code, c.operator
        )
        return text, OK

    def _fee(self, card: AttendeeCard) -> tuple[str, tuple[str, str]]:
        status = card.fee_status
        label = fee_status_label(status)
        if status == "exempt":
            return label, OK
        if status == "paid":
            return f"{label} {yuan(card.paid_fen)}", OK
        if status == "partial":
            return self.tr("{0} 待收 {1}").format(label, yuan(card.fee_left_fen)), TODO
        return f"{label} {yuan(card.fee_left_fen)}", BAD

    def _materials(self, card: AttendeeCard) -> tuple[str, tuple[str, str]]:
        entitled = [m for m in card.materials if m.entitled]
        owed = card.materials_owed
        if not entitled:
            return self.tr("无资料"), NONE
        if owed:
            return self.tr("资料 待领 {0} 项").format(len(owed)), TODO
        return self.tr("资料 已领 {0} 项").format(len(entitled)), OK

    def _room(self, card: AttendeeCard) -> tuple[str, tuple[str, str]]:
        if card.room is not None:
            return self.tr("已排房 {0}").format(card.room.number), OK
        if card.room_status == "needed":
            return self.tr("需排房"), TODO
        return self.tr("不住宿"), NONE

    def _badge(self, card: AttendeeCard) -> tuple[str, tuple[str, str]]:
        if card.badge_prints:
            return self.tr("证件 已打印 {0} 次").format(card.badge_prints), OK
        return self.tr("证件 未打印"), NONE

    def _details(self, card: AttendeeCard) -> str:
        lines = []
        if card.materials:
            items = []
            for m in card.materials:
                if m.received > 0:
                    items.append(self.tr("{0} ✓").format(m.name))
                elif m.in_stock <= 0:
                    items.append(self.tr("{0}（缺货）").format(m.name))
                else:
                    items.append(self.tr("{0}（待领）").format(m.name))
            lines.append(self.tr("资料：{0}").format(join_list(items)))
        if card.room is not None:
            nights = join_list(n.strftime("%m-%d") for n in card.room.nights)
            lines.append(
                self.tr("住房：{0} {1}（{2}）{3}").format(
                    card.room.hotel, card.room.number, room_type_label(card.room.type), nights
                )
            )
        for pay in card.payments:
            if pay.balance_fen > 0:
                lines.append(
                    self.tr("收据 {0}：{1} {2}").format(
                        pay.receipt_no, method_label(pay.method), yuan(pay.balance_fen)
                    )
                )
        return "\n".join(lines)

    def _todo(self, card: AttendeeCard) -> list[str]:
        todo = []
        if card.fee_status in ("due", "partial"):  # first: the badge waits for the fee
            todo.append(key_hint(DeskTask.COLLECT_FEE))
        if card.checkin is None:
            if card.one_step and card.nothing_to_decide and card.materials_owed:
                todo.append(self.tr("回车 报到并发资料"))
            else:
                todo.append(self.tr("回车 报到"))
        one_step = card.checkin is None and card.one_step and card.nothing_to_decide
        if card.materials_owed and not one_step:
            todo.append(key_hint(DeskTask.HAND_OUT))
        if card.room_status == "needed":
            todo.append(key_hint(DeskTask.ROOM))
        return todo
