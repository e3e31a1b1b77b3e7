"""The steps of the import wizard (import_wizard.py): what each one shows, nothing of the flow."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.roster_import import ImportReport
from ...services.roster_rows import RosterTable
from ..widgets.fonts import scale
from ..widgets.import_report_view import ImportReportView
from ..widgets.mapping_table import MappingTable
from .parts import note


class FileStep(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("名单文件的位置"))
        self.browse = QPushButton(self.tr("浏览…"))
        self.browse.setObjectName("browseButton")
        self.browse.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "选择组织方发来的名单：Excel 工作簿（.xlsx、.xls）或 CSV 文件，原样即可——"
                    "标题行、空行和合计行会自动跳过，表头自动识别。"
                )
            )
        )
        layout.addLayout(row)
        layout.addWidget(
            note(self.tr("同一人（手机或身份证号相同）会更新原有记录，不会重复添加。"))
        )
        layout.addStretch(1)


class SheetStep(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = note("")
        self.sheet_list = QListWidget()
        self.sheet_list.setObjectName("sheetList")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.sheet_list, 1)

    def show_sheets(self, names: list[str]) -> None:
        self.sheet_list.clear()
        self.sheet_list.addItems(names)
        self.sheet_list.setCurrentRow(0)
        self.note.setText(
            self.tr("这个工作簿有 {0} 个工作表，请选择名单所在的一个。").format(len(names))
        )


class MappingStep(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header_info = QLabel()
        self.header_info.setObjectName("headerInfo")
        self.header_info.setWordWrap(True)
        self.mapping = MappingTable()
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_info)
        layout.addWidget(
            note(
                self.tr(
                    "每一列导入为哪一项，已按表头自动识别；请核对，需要时修改。"
                    "不需要的列选“忽略”。Tab 键在各列之间移动。"
                )
            )
        )
        layout.addWidget(self.mapping, 1)

    def show_table(self, table: RosterTable) -> None:
        self.mapping.show_table(table)
        data_rows = max(len(table.rows) - table.data_start, 0)
        self.header_info.setText(
            self.tr("工作表“{0}”：表头在第 {1} 行，数据从第 {2} 行开始，共 {3} 行。").format(
                table.sheet, table.header_row, table.data_start + 1, data_rows
            )
        )

    def problem(self) -> str:
        """Why the columns cannot be imported as chosen ("" when they can)."""
        fields = {f for f in self.mapping.mapping().values() if f}
        if "name" in fields or {"_first", "_last"} <= fields:
            return ""
        return self.tr("至少要有一列导入为“姓名”。")


class ImportStep(QWidget):
    """The progress of the import, then its report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress_text = QLabel()
        self.progress_text.setObjectName("progressText")
        self.progress_text.setWordWrap(True)
        scale(self.progress_text, 1.2)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.result_view = ImportReportView()
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_view, 1)

    def started(self) -> None:
        self.progress.setRange(0, 0)  # busy until the first rows are written
        self.progress.show()
        self.progress_text.setText(self.tr("正在导入…"))
        self.result_view.hide()

    def progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_text.setText(self.tr("正在导入… {0} / {1}").format(done, total))

    def cancelling(self) -> None:
        self.progress_text.setText(self.tr("正在取消…已写入的内容会全部撤回。"))

    def finished(self, report: ImportReport) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress_text.setText(self.tr("导入完成。"))
        self.result_view.show_report(report)
        self.result_view.show()

    def failed(self) -> None:
        self.progress.hide()
        self.progress_text.setText("")
