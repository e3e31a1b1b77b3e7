"""An import report as the wizard shows it: the counts, new categories, and every rejected row
and warning with the sheet's own row number (the same report before and after the import).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.roster_import import ImportReport
from .. import i18n
from ..labels import join_list
from .fonts import scale
from .row_table import row_table

COUNTS = ("created", "updated", "unchanged", "merged", "rejected", "skipped", "warnings")
REJECT_COLOR = QColor("#a40e26")
WARNING_COLOR = QColor("#7d4e00")


class ImportReportView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        scale(self.summary, 1.25, bold=True)
        titles = {
            "created": self.tr("新增"),
            "updated": self.tr("更新"),
            "unchanged": self.tr("无变化"),
            "merged": self.tr("合并的重复行"),
            "rejected": self.tr("拒绝"),
            "skipped": self.tr("跳过（空行、合计行）"),
            "warnings": self.tr("警告"),
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        self.counts: dict[str, QLabel] = {}
        for n, key in enumerate(COUNTS):
            number = QLabel("0")
            number.setObjectName(f"count_{key}")
            scale(number, 1.6, bold=True)
            grid.addWidget(number, 0, n, Qt.AlignmentFlag.AlignLeft)
            caption = QLabel(titles[key])
            caption.setStyleSheet("color: #57606a;")
            grid.addWidget(caption, 1, n, Qt.AlignmentFlag.AlignLeft)
            self.counts[key] = number
        grid.setColumnStretch(len(COUNTS), 1)
        self.categories = QLabel()
        self.categories.setObjectName("newCategories")
        self.categories.setWordWrap(True)
        headers = [self.tr("行号"), self.tr("类型"), self.tr("说明")]
        self.notes = row_table("reportNotes", headers)
        self.notes.setAlternatingRowColors(True)
        self.notes.setWordWrap(False)
        header = self.notes.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        em = self.fontMetrics().horizontalAdvance("中")
        kinds = (self.tr("拒绝"), self.tr("警告", "one row"))
        self.notes.setColumnWidth(0, int(4 * em) + 12)
        self.notes.setColumnWidth(
            1, max(self.fontMetrics().horizontalAdvance(k) for k in kinds) + 24
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(grid)
        layout.addWidget(self.categories)
        layout.addWidget(self.notes, 1)

    def show_report(self, report: ImportReport) -> None:
        if report.dry_run:
            text = self.tr("将新增 {0} 人，更新 {1} 人，{2} 人无变化。尚未写入会议。")
        else:
            text = self.tr("已导入：新增 {0} 人，更新 {1} 人，{2} 人无变化。")
        self.summary.setText(text.format(report.created, report.updated, report.unchanged))
        values = {
            "created": report.created,
            "updated": report.updated,
            "unchanged": report.unchanged,
            "merged": report.merged,
            "rejected": report.rejected,
            "skipped": report.skipped,
            "warnings": len(report.warnings),
        }
        for key, label in self.counts.items():
            label.setText(str(values[key]))
        colors = {"rejected": "#a40e26", "warnings": "#7d4e00"}
        for key, css in colors.items():
            self.counts[key].setStyleSheet(f"color: {css};" if values[key] else "")
        if report.new_categories:
            self.categories.setText(
                self.tr("新的参会类别（导入时新建）：{0}").format(join_list(report.new_categories))
            )
        self.categories.setVisible(bool(report.new_categories))
        lang = i18n.error_lang()  # the core's notes carry both languages: show the window's
        lines: list[tuple[int, str, str, QColor]] = [
            (n.row, self.tr("拒绝"), n.text(lang), REJECT_COLOR) for n in report.rejected_rows
        ]
        warning = self.tr("警告", "one row")  # "Warning", where the count says "Warnings"
        lines += [(n.row, warning, n.text(lang), WARNING_COLOR) for n in report.warnings]
        lines.sort(key=lambda line: line[0])
        self.notes.setRowCount(len(lines))
        for row, (number, kind, reason, color) in enumerate(lines):
            cells = (QTableWidgetItem(str(number)), QTableWidgetItem(kind))
            cells[0].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells[1].setForeground(color)
            self.notes.setItem(row, 0, cells[0])
            self.notes.setItem(row, 1, cells[1])
            item = QTableWidgetItem(reason)
            item.setToolTip(reason)
            self.notes.setItem(row, 2, item)
        self.notes.setVisible(bool(lines))

    def note_lines(self) -> list[tuple[str, str, str]]:
        """(row, kind, reason) as the table shows them."""

        def text(row: int, column: int) -> str:
            item = self.notes.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.notes.rowCount())]
