"""住期: a person's arrival and departure within the event's nights, 续住一晚 and 提前离店,
and what the change will do to their bed before it is saved (``rooms.change_stay``: the
nights still in the stay keep their bed, new nights go to the same room when it has a bed,
else they wait on the 排房 list).

Tab between the dates, ↑/↓ change a date's day; Alt+X 续住一晚, Alt+T 提前离店; Enter saves,
Esc cancels. A departure on or before the arrival is refused here, and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.setup_model import nights_between
from ..models.room_waiting_model import nights_text
from ..widgets.fonts import scale
from .approval import SubmitDialog
from .parts import enlarge, note, ok_cancel, show_warning


class DayEdit(QDateEdit):
    """A date whose day is what ↑/↓ change, however it got the focus (Qt picks the year)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setCurrentSection(QDateEdit.Section.DaySection)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class StayDialog(SubmitDialog):
    def __init__(
        self,
        who: str,
        arrive: date,
        depart: date,
        block: Sequence[date],
        bedded: Collection[date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stayDialog")
        self.setWindowTitle(self.tr("住期"))
        enlarge(self)
        self.setMinimumWidth(560)
        self.block = sorted(block)
        self.before = set(nights_between(arrive, depart)) & set(self.block)
        self.bedded = set(bedded)
        first, last = self.block[0], self.block[-1]
        self.arrive = self._date_edit("stayArrive", first, last, arrive)
        self.depart = self._date_edit(
            "stayDepart", first + timedelta(days=1), last + timedelta(days=1), depart
        )
        self.longer = QPushButton(self.tr("续住一晚 (&X)"))
        self.longer.setObjectName("extendButton")
        self.longer.setAutoDefault(False)
        self.longer.clicked.connect(lambda: self._move_departure(1))
        self.shorter = QPushButton(self.tr("提前离店 (&T)"))
        self.shorter.setObjectName("leaveEarlyButton")
        self.shorter.setAutoDefault(False)
        self.shorter.clicked.connect(lambda: self._move_departure(-1))
        self.preview = QLabel()
        self.preview.setObjectName("stayPreview")
        self.preview.setWordWrap(True)
        header = QLabel(who)
        header.setObjectName("stayWho")
        scale(header, 1.3, bold=True)
        now = QLabel(
            self.tr("现在：{0}，共 {1} 晚；已有床位：{2}").format(
                nights_text(self.before) or "—",
                len(self.before),
                nights_text(self.bedded) or self.tr("无"),
            )
        )
        now.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("入住日期(&A)"), self.arrive)
        form.addRow(self.tr("离店日期(&E)"), self.depart)
        quick = QHBoxLayout()
        quick.addWidget(self.longer)
        quick.addWidget(self.shorter)
        quick.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(now)
        layout.addLayout(form)
        layout.addLayout(quick)
        layout.addWidget(self.preview)
        layout.addWidget(self.warning)
        layout.addWidget(
            note(
                self.tr(
                    "只能在本会议的住宿期内（{0} 入住至 {1} 离店）。回车保存，Esc 取消。"
                ).format(first.isoformat(), (last + timedelta(days=1)).isoformat())
            )
        )
        layout.addWidget(ok_cancel(self, self.tr("保存住期")))
        self.arrive.dateChanged.connect(self._changed)
        self.depart.dateChanged.connect(self._changed)
        self._changed()
        self.depart.setFocus()

    def _date_edit(self, name: str, low: date, high: date, value: date) -> QDateEdit:
        edit = DayEdit()
        edit.setObjectName(name)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        edit.setDateRange(_qdate(low), _qdate(high))
        edit.setDate(_qdate(min(max(value, low), high)))
        edit.setCurrentSection(QDateEdit.Section.DaySection)  # ↑/↓ change the day
        return edit

    def dates(self) -> tuple[date, date]:
        return _day(self.arrive), _day(self.depart)

    def _move_departure(self, days: int) -> None:
        arrive, depart = self.dates()
        wanted = depart + timedelta(days=days)
        if wanted <= arrive:
            show_warning(self.warning, self.tr("不能再提前：离店日期必须晚于入住日期。"))
            return
        if wanted > self.block[-1] + timedelta(days=1):
            show_warning(
                self.warning,
                self.tr("不能再续住：{0} 这一晚不在本会议的住宿期内。").format(depart.isoformat()),
            )
            return
        self.depart.setDate(_qdate(wanted))

    def _changed(self) -> None:
        show_warning(self.warning, "")
        self.preview.setText(self.what_happens())

    def what_happens(self) -> str:
        arrive, depart = self.dates()
        if depart <= arrive:
            return self.tr("离店日期必须晚于入住日期。")
        after = set(nights_between(arrive, depart)) & set(self.block)
        if after == self.before:
            return self.tr("住期不变。")
        parts = [
            self.tr("改为 {0}，共 {1} 晚。").format(nights_text(after), len(after)),
        ]
        added = after - self.before
        if added:
            if self.bedded:
                parts.append(
                    self.tr("新增 {0}：原房间有空床就续住原房间，否则进入待排。").format(
                        nights_text(added)
                    )
                )
            else:
                parts.append(self.tr("新增 {0}：进入待排。").format(nights_text(added)))
        dropped = self.before - after
        if dropped:
            given = dropped & self.bedded
            if given:
                parts.append(self.tr("退掉 {0} 的床位。").format(nights_text(given)))
            else:
                parts.append(self.tr("不再住 {0}。").format(nights_text(dropped)))
        return "".join(parts)

    def accept(self) -> None:
        arrive, depart = self.dates()
        if depart <= arrive:
            show_warning(self.warning, self.tr("离店日期必须晚于入住日期，没有保存。"))
            return
        self.submit()
