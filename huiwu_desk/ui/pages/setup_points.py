"""会议设置 → 扫码点与收款: scan points (issue 18: session doors, meal sittings, credit topics,
pickups, with their categories, times, credits and rules) and the payment methods in use."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from ...domain import setup_cells as cells
from ...domain.doors import rules_text
from ...domain.model import PaymentMethod
from ...domain.setup_model import PointSetup, Setup, Where, point_minute, point_rules
from ..labels import method_label
from ..widgets.edit_table import Column, EditTable
from ..widgets.fonts import scale
from .setup_parts import SetupPart, _read, _where

# --- scan points and payment methods -------------------------------------------------------------
POINT_KINDS = ("materials", "meal", "session", "credit")


def _minute(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


class PointsPart(SetupPart):
    key = "points"

    def title(self) -> str:
        return self.tr("扫码点与收款")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = self._frame(
            self.tr(
                "扫码点是资料发放处、餐厅、会场门口和学分签到（类型：资料、用餐、会场、学分）。"
                "类别留空为所有人；时间如 2026-12-03 12:00；规则：仅一次、每天一次、宽限 30 分钟。"
            )
            + " "
            + self._table_hint()
        )
        self.table = EditTable(
            "setupPoints",
            [
                Column(self.tr("名称"), stretch=True),
                Column(self.tr("类型")),
                Column(self.tr("类别")),
                Column(self.tr("开始")),
                Column(self.tr("结束")),
                Column(self.tr("学分")),
                Column(self.tr("规则")),
            ],
        )
        self.table.edited.connect(self.edited)
        layout.addWidget(self.table, 1)
        methods = QLabel(self.tr("本会议使用的收款方式"))
        scale(methods, 1.1, bold=True)
        layout.addWidget(methods)
        self.methods: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        for method in PaymentMethod:
            box = QCheckBox(method_label(method.value), objectName=f"setupMethod_{method.value}")
            box.toggled.connect(lambda _on: self.edited.emit())
            self.methods[method.value] = box
            row.addWidget(box)
        row.addStretch(1)
        layout.addLayout(row)

    def kind_label(self, kind: str) -> str:
        labels = {
            "materials": self.tr("资料"),
            "meal": self.tr("用餐"),
            "session": self.tr("会场"),
            "credit": self.tr("学分"),
        }
        return labels.get(kind, kind)

    def _kind(self, text: str) -> str:
        words = {self.kind_label(k).lower(): k for k in POINT_KINDS}
        words.update({"资料": "materials", "用餐": "meal", "餐": "meal", "会场": "session"})
        words.update({"学分": "credit"})
        return words.get(text.strip().lower(), text.strip() or "materials")

    def load(self, setup: Setup) -> None:
        self.table.set_rows(
            [
                (
                    p.id or p.name,
                    [
                        p.name,
                        self.kind_label(p.kind),
                        ", ".join(p.categories),
                        _minute(p.start),
                        _minute(p.end),
                        p.credits,
                        rules_text(p.once, p.once_per_day, p.tolerance_min),
                    ],
                )
                for p in setup.points
            ]
        )
        in_use = set(setup.payment_methods or [m.value for m in PaymentMethod])
        for method, box in self.methods.items():
            box.blockSignals(True)
            box.setChecked(method in in_use)
            box.blockSignals(False)

    def wanted(self) -> tuple[Setup, Where]:
        t, rows = self.table, self.table.filled_rows()
        points = []
        for r in rows:
            once, daily, tolerance = _read(self.key, r, point_rules, t.text(r, 6))
            points.append(
                PointSetup(
                    t.text(r, 0),
                    self._kind(t.text(r, 1)),
                    cells.names_of(t.text(r, 2)),
                    _read(self.key, r, point_minute, t.text(r, 3)),
                    _read(self.key, r, point_minute, t.text(r, 4)),
                    t.text(r, 5),
                    once,
                    daily,
                    tolerance,
                )
            )
        methods = [m for m, box in self.methods.items() if box.isChecked()]
        return Setup(points=points, payment_methods=methods), _where(self.key, rows, self.title())

    def show_row(self, part: str, row: int) -> None:
        self.table.show_row(row - 1)
