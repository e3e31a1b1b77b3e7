"""导入名单: file → sheet → columns → preview → import, one step at a time.

Every step's work (reading the file, the preview, the import, saving the report) runs on the
database worker; the dialog only waits, so the window never freezes. A refusal (garbage,
a password, no header…) is one sentence on the step where it happened, and nothing is
imported. The import is one transaction: Cancel (or Esc) during it rolls everything back.
A sheet step appears only when the workbook has several sheets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QStackedWidget, QVBoxLayout, QWidget

from ...domain.errors import UserFacingError
from ...services.changes import Changes
from ...services.roster_import import ImportReport
from ...services.roster_rows import RosterTable
from .. import i18n, sheet_jobs
from ..operations import error_sentence
from ..session import Session
from ..widgets import file_dialogs
from ..widgets.import_report_view import ImportReportView
from .import_nav import Step, StepHeader, WizardButtons, step_before
from .import_steps import FileStep, ImportStep, MappingStep, SheetStep
from .import_work import ImportWork
from .parts import show_warning, warning_line


class ImportWizard(QDialog):
    def __init__(self, session: Session, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("导入名单"))
        self.session = session
        self.folder = folder
        self.sheets: list[str] = []
        self.table: RosterTable | None = None  # as read (detected mapping)
        self.chosen: RosterTable | None = None  # with the person's mapping, as previewed
        self.report: ImportReport | None = None  # the preview, then the import's result
        self.work = ImportWork(self)
        self.header = StepHeader()
        self.heading = self.header.heading
        self.file_step = FileStep()
        self.path = self.file_step.path
        self.path.textChanged.connect(self._path_changed)
        self.file_step.browse.clicked.connect(self.browse)
        self.sheet_step = SheetStep()
        self.sheet_list = self.sheet_step.sheet_list
        self.sheet_list.itemDoubleClicked.connect(self.next)
        self.mapping_step = MappingStep()
        self.mapping = self.mapping_step.mapping
        self.mapping.mapping_changed.connect(self._mapping_changed)
        self.report_view = ImportReportView()
        self.import_step = ImportStep()
        self.result_view = self.import_step.result_view
        self.stack = QStackedWidget()
        steps = (self.file_step, self.sheet_step, self.mapping_step, self.report_view)
        for widget in (*steps, self.import_step):
            self.stack.addWidget(widget)
        self.warning = warning_line()
        row = self.buttons = WizardButtons(self.save_report, self.back, self.next, self.reject)
        self.status, self.save_report_button = row.status, row.save_report_button
        self.back_button, self.next_button = row.back_button, row.next_button
        self.cancel_button = row.cancel_button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(940, screen.width() * 9 // 10), min(640, screen.height() * 9 // 10))
        self._go(Step.FILE)

    # --- moving between steps ---------------------------------------------------------------
    @property
    def step(self) -> Step:
        return Step(self.stack.currentIndex())

    def _go(self, step: Step) -> None:
        self.stack.setCurrentIndex(step)
        self.header.show_step(step, len(self.sheets) > 1)
        show_warning(self.warning, "")
        self.update_buttons()
        focus: QWidget | None = {
            Step.FILE: self.path,
            Step.SHEET: self.sheet_list,
            Step.MAPPING: self.mapping.first_combo(),
            Step.PREVIEW: self.next_button,
            Step.IMPORT: self.cancel_button,
        }[step]
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def update_buttons(self) -> None:
        step, report = self.step, self.report
        if step is Step.FILE:
            ready = bool(self.path.text().strip())
        elif step is Step.MAPPING:
            ready = self.mapping_step.problem() == ""
        elif step is Step.PREVIEW:
            ready = report is not None and report.created + report.updated > 0  # changes
        else:
            ready = step is Step.SHEET
        self.buttons.update_for(
            step,
            ready=ready,
            busy=self._pending > 0,
            importing=self.work.importing,
            done=step is Step.IMPORT and report is not None and not report.dry_run,
        )

    def next(self) -> None:
        if self._pending or not self.next_button.isEnabled():
            return
        step = self.step
        if step is Step.FILE:
            self._read_sheets()
        elif step is Step.SHEET:
            item = self.sheet_list.currentItem()
            if item is not None:
                self._read_table(item.text())
        elif step is Step.MAPPING:
            self._preview()
        elif step is Step.PREVIEW:
            self._commit()
        elif self.report is not None and not self.report.dry_run:
            self.accept()

    def back(self) -> None:
        if self._pending:
            return
        before = step_before(self.step, len(self.sheets) > 1)
        if before is not None:
            self._go(before)

    # --- reading the file -------------------------------------------------------------------
    def browse(self) -> None:
        current = Path(self.path.text().strip()) if self.path.text().strip() else None
        chosen = file_dialogs.open_file(
            self,
            self.tr("选择名单文件"),
            current.parent if current is not None else self.folder,
            self.tr("名单表格 (*.xlsx *.xls *.csv);;所有文件 (*)"),
        )
        if chosen is not None:
            self.path.setText(str(chosen))
            self.next()

    def _path_changed(self) -> None:
        show_warning(self.warning, "")
        self.update_buttons()

    def _file(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def _read_sheets(self) -> None:
        self.work.run(
            self.tr("正在读取文件…"),
            sheet_jobs.sheet_names,
            self._file(),
            on_done=self._sheets_read,
        )

    def _sheets_read(self, names: list[str]) -> None:
        self.sheets = names
        if len(names) > 1:
            self.sheet_step.show_sheets(names)
            self._go(Step.SHEET)
        else:
            self._read_table(None)

    def _read_table(self, sheet: str | None) -> None:
        self.work.run(
            self.tr("正在读取工作表…"),
            sheet_jobs.read_roster,
            self._file(),
            sheet,
            on_done=self._table_read,
        )

    def _table_read(self, table: RosterTable) -> None:
        self.table = table
        self.mapping_step.show_table(table)
        self._go(Step.MAPPING)

    # --- the columns ------------------------------------------------------------------------
    def _mapping_changed(self) -> None:
        show_warning(self.warning, self.mapping_step.problem())
        self.update_buttons()

    def _preview(self) -> None:
        assert self.table is not None
        try:
            self.chosen = self.table.with_mapping(self.mapping.mapping())
        except UserFacingError as exc:
            show_warning(self.warning, error_sentence(exc))
            return
        self.work.run(
            self.tr("正在核对名单…"),
            sheet_jobs.preview_import,
            self.session.store,
            self.chosen,
            on_done=self._previewed,
            with_uow=True,
        )

    def _previewed(self, report: ImportReport) -> None:
        self.report = report
        self.report_view.show_report(report)
        self._go(Step.PREVIEW)
        if report.created + report.updated == 0:
            self.status.setText(self.tr("名单中没有新的或变化的人员，无需导入。"))

    # --- the import -------------------------------------------------------------------------
    def _commit(self) -> None:
        assert self.chosen is not None
        self.import_step.started()
        self.work.start_import(self.chosen, self._imported, self._import_failed)
        self._go(Step.IMPORT)

    def _imported(self, changes: Changes) -> None:
        self.report = changes.result
        self.import_step.finished(changes.result)
        self.update_buttons()
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _import_failed(self, sentence: str) -> None:
        self.import_step.failed()
        show_warning(self.warning, sentence)
        self.update_buttons()
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        """Esc, Cancel, the window's ×: during the import they stop it (it rolls back)."""
        if self.work.stop_import():
            self.import_step.cancelling()
            self.cancel_button.setEnabled(False)
            return
        super().reject()

    # --- the report -------------------------------------------------------------------------
    def save_report(self) -> None:
        if self.report is None or self._pending:
            return
        source = self._file()
        suggested = self.folder / (self.tr("导入报告-{0}").format(source.stem) + ".xlsx")
        if source.parent.is_dir():
            suggested = source.parent / suggested.name
        out = file_dialogs.save_xlsx(
            self, self.tr("保存导入报告"), suggested, self.tr("Excel 工作簿 (*.xlsx)")
        )
        if out is not None:
            self.work.run(
                self.tr("正在保存报告…"),
                sheet_jobs.save_report,
                self.report,
                out,
                i18n.error_lang(),  # the saved report in the window's language
                on_done=self._report_saved,
                keep_warning=True,
            )

    def _report_saved(self, path: Path) -> None:
        self.status.setText(self.tr("报告已保存：{0}").format(path))

    # --- running on the worker --------------------------------------------------------------
    @property
    def _pending(self) -> int:
        """Answers still out (tests wait for none)."""
        return self.work.pending

    def refused(self, sentence: str) -> None:
        """A step's work was refused: say why, on that step."""
        show_warning(self.warning, sentence)
        focus = {Step.FILE: self.path, Step.SHEET: self.sheet_list}.get(self.step)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, result: int) -> None:
        super().done(result)
        self.work.wizard_closed()
