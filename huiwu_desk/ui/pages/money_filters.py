"""The 收费 page's filters: time (today, this shift, all, or from–to), operator, desk, shift,
method, fee item, invoice asked for. Each choice is a combo box the keyboard reaches with Tab
and changes with ↑/↓; ``changed`` says the filter is different now."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QWidget

from ...services.fees.money_list import MoneyChoices
from ...services.fees.ports import MoneyFilter
from ..labels import METHODS, method_label, when_text
from ..widgets.flow_row import FlowRow

TODAY, SHIFT, ALL, RANGE = "today", "shift", "all", "range"


def _ms(moment: QDateTime) -> int:
    return int(moment.toMSecsSinceEpoch())


class MoneyFilterBar(QWidget):
    changed = Signal()

    def __init__(self, lead: QWidget, parent: QWidget | None = None) -> None:
        """``lead``: the page's receipt field, first in the row, taking the width left."""
        super().__init__(parent)
        self.choices = MoneyChoices()
        self.period = self._combo("periodFilter")
        for text, key in (
            (self.tr("今天"), TODAY),
            (self.tr("本班次"), SHIFT),
            (self.tr("全部时间"), ALL),
            (self.tr("从…到…"), RANGE),
        ):
            self.period.addItem(text, key)
        start = datetime.combine(date.today(), time())
        self.since = self._moment("sinceFilter", start)
        self.until = self._moment("untilFilter", start + timedelta(days=1))
        self.to_label = QLabel(self.tr("至"))
        self.operator = self._combo("operatorFilter", self.tr("全部操作员"))
        self.desk = self._combo("deskFilter", self.tr("全部报到台"))
        self.shift = self._combo("shiftFilter", self.tr("全部班次"))
        self.method = self._combo("methodFilter", self.tr("全部方式"))
        for method in METHODS:
            self.method.addItem(method_label(method), method)
        self.item = self._combo("itemFilter", self.tr("全部收费项目"))
        self.invoice = self._combo("invoiceFilter", self.tr("发票：全部"))
        self.invoice.addItem(self.tr("要发票"), True)
        self.invoice.addItem(self.tr("不要发票"), False)
        row = FlowRow(self)
        row.add(lead, grow=True)
        for widget in (
            self.period,
            self.since,
            self.to_label,
            self.until,
            self.operator,
            self.desk,
            self.shift,
            self.method,
            self.item,
            self.invoice,
        ):
            row.add(widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.period.currentIndexChanged.connect(self._period_changed)
        self._period_changed()

    def _combo(self, name: str, any_text: str | None = None) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if any_text is not None:
            box.addItem(any_text, None)
        box.currentIndexChanged.connect(self.changed)
        return box

    def _moment(self, name: str, value: datetime) -> QDateTimeEdit:
        edit = QDateTimeEdit(QDateTime(value))
        edit.setObjectName(name)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        edit.setCalendarPopup(True)
        edit.dateTimeChanged.connect(self.changed)
        return edit

    def _period_changed(self) -> None:
        custom = self.period.currentData() == RANGE
        for widget in (self.since, self.to_label, self.until):
            widget.setVisible(custom)

    # --- the choices the event offers ---------------------------------------------------
    def set_choices(self, choices: MoneyChoices) -> None:
        self.choices = choices
        self.blockSignals(True)
        self._refill(self.operator, [(o, o) for o in choices.operators])
        self._refill(self.desk, [(d, d) for d in choices.desks])
        self._refill(
            self.shift,
            [(f"{s.no} · {s.operator} · {when_text(s.opened_ms)}", s.id) for s in choices.shifts],
        )
        self._refill(self.item, [(name, item_id) for item_id, name in choices.fee_items])
        self.blockSignals(False)

    def _refill(self, box: QComboBox, entries: list[tuple[str, str]]) -> None:
        chosen = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for text, data in entries:
            box.addItem(text, data)
        box.setCurrentIndex(max(box.findData(chosen), 0))
        box.blockSignals(False)

    def choose(self, box: QComboBox, data: object) -> None:
        """Set one filter by its value (tests, and the page's own shortcuts)."""
        box.setCurrentIndex(max(box.findData(data), 0))

    # --- the filter ---------------------------------------------------------------------
    def value(self) -> MoneyFilter:
        since = until = None
        shift = self.shift.currentData()
        period = self.period.currentData()
        if period == TODAY:
            start = datetime.combine(date.today(), time())
            since = int(start.timestamp() * 1000)
            until = int((start + timedelta(days=1)).timestamp() * 1000)
        elif period == SHIFT:
            # no open shift: nothing of this shift to show ("-" matches no line)
            shift = shift or self.choices.current_shift_id or "-"
        elif period == RANGE:
            since, until = _ms(self.since.dateTime()), _ms(self.until.dateTime())
        return MoneyFilter(
            operator=self.operator.currentData(),
            desk=self.desk.currentData(),
            shift_id=shift,
            method=self.method.currentData(),
            fee_item_id=self.item.currentData(),
            since_ms=since,
            until_ms=until,
            invoice=self.invoice.currentData(),
        )
