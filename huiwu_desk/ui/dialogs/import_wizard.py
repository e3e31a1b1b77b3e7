"""导入名单: file → sheet → columns → preview → import, one step at a time.

Every step's work (reading the file, the preview, the import, saving the report) runs on the
database worker; the dialog only waits, so the window never freezes. A refusal (garbage,
a password, no header…) is one sentence on the step where it happened, and nothing is
imported. The import is one transaction: Cancel (or Esc) during it rolls everything back.
A sheet step appears only when the workbook has several sheets.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserFacingError
from ...services.changes import Changes
from ...services.roster_import import ImportReport
from ...services.roster_rows import RosterTable
from .. import i18n, sheet_jobs
from ..session import Session
from ..sheet_jobs import ProgressRelay
from ..widgets import file_dialogs
from ..widgets.fonts import scale
from ..widgets.import_report_view import ImportReportView
from .import_steps import FileStep, ImportStep, MappingStep, SheetStep
from .parts import NOTE_STYLE, show_warning, warning_line


class Step(IntEnum):
    FILE = 0
    SHEET = 1
    MAPPING = 2
    PREVIEW = 3
    IMPORT = 4


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
        self.relay: ProgressRelay | None = None  # set while the import runs
        self._pending = 0
        self._closed = False
        self._titles = [
            self.tr("选择文件"),
            self.tr("选择工作表"),
            self.tr("核对列"),
            self.tr("预览"),
            self.tr("导入"),
        ]
        self.steps = QLabel()
        self.steps.setObjectName("wizardSteps")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.heading = QLabel()
        self.heading.setObjectName("wizardHeading")
        scale(self.heading, 1.4, bold=True)
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
        self.status = QLabel()
        self.status.setObjectName("wizardStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(NOTE_STYLE)
        self.save_report_button = QPushButton(self.tr("保存报告…"))
        self.save_report_button.setObjectName("saveReportButton")
        self.save_report_button.clicked.connect(self.save_report)
        self.back_button = QPushButton(self.tr("上一步(&B)"))
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self.next)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.save_report_button, self.back_button, self.cancel_button):
            button.setAutoDefault(False)
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_report_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addWidget(self.steps)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(940, screen.width() * 9 // 10), min(640, screen.height() * 9 // 10))
        self._go(Step.FILE)

    # --- moving between steps ---------------------------------------------------------------
    @property
    def step(self) -> Step:
        return Step(self.stack.currentIndex())

    def _go(self, step: Step) -> None:
        self.stack.setCurrentIndex(step)
        shown = [t for n, t in enumerate(self._titles) if n != Step.SHEET or len(self.sheets) > 1]
        current = self._titles[step]
        self.steps.setText(
            "  ›  ".join(
                f"<b style='color:#0550ae'>{t}</b>"
                if t == current
                else f"<span style='color:#57606a'>{t}</span>"
                for t in shown
            )
        )
        self.heading.setText(current)
        show_warning(self.warning, "")
        self._update_buttons()
        focus: QWidget | None = {
            Step.FILE: self.path,
            Step.SHEET: self.sheet_list,
            Step.MAPPING: self.mapping.first_combo(),
            Step.PREVIEW: self.next_button,
            Step.IMPORT: self.cancel_button,
        }[step]
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        step, busy = self.step, self._pending > 0
        importing = self.relay is not None
        done = step is Step.IMPORT and self.report is not None and not self.report.dry_run
        self.back_button.setEnabled(step is not Step.FILE and not busy and not done)
        self.back_button.setVisible(not importing and not done)
        self.save_report_button.setVisible(step is Step.PREVIEW or done)
        self.save_report_button.setEnabled(not busy)
        if step is Step.PREVIEW:
            self.next_button.setText(self.tr("导入(&I)"))
            changes = self.report is not None and self.report.created + self.report.updated > 0
            self.next_button.setEnabled(changes and not busy)
        elif done:
            self.next_button.setText(self.tr("完成"))
            self.next_button.setEnabled(True)
        else:
            self.next_button.setText(self.tr("下一步(&N)"))
            ready = step is not Step.IMPORT and not busy
            if step is Step.FILE:
                ready = ready and bool(self.path.text().strip())
            elif step is Step.MAPPING:
                ready = ready and self.mapping_step.problem() == ""
            self.next_button.setEnabled(ready)
        self.next_button.setVisible(not importing)
        self.cancel_button.setText(self.tr("停止导入") if importing else self.tr("取消"))
        self.cancel_button.setVisible(not done)

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
        step = self.step
        if step is Step.IMPORT:
            self._go(Step.PREVIEW)
        elif step is Step.PREVIEW:
            self._go(Step.MAPPING)
        elif step is Step.MAPPING and len(self.sheets) > 1:
            self._go(Step.SHEET)
        elif step is not Step.FILE:
            self._go(Step.FILE)

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
        self._update_buttons()

    def _file(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def _read_sheets(self) -> None:
        self._work(
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
        self._work(
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
        self._update_buttons()

    def _preview(self) -> None:
        assert self.table is not None
        try:
            self.chosen = self.table.with_mapping(self.mapping.mapping())
        except UserFacingError as exc:
            show_warning(self.warning, exc.text(i18n.error_lang()))
            return
        self._work(
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
        self.relay = ProgressRelay(self)
        self.relay.progressed.connect(self._progressed)
        self.import_step.started()
        self._go(Step.IMPORT)
        self._pending += 1
        self.session.run_use_case(
            sheet_jobs.commit_import,
            self.session.store,
            self.chosen,
            self.relay,
            on_done=self._answer(self._imported),
            on_error=self._answer(self._import_failed),
        )
        self._update_buttons()

    def _progressed(self, done: int, total: int) -> None:
        if self.relay is None or self.relay.cancelled:
            return
        self.import_step.progressed(done, total)

    def _imported(self, changes: Changes) -> None:
        self.relay = None
        self.report = changes.result
        self.import_step.finished(changes.result)
        self._update_buttons()
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _import_failed(self, sentence: str) -> None:
        self.relay = None
        self.import_step.failed()
        show_warning(self.warning, sentence)
        self._update_buttons()
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        """Esc, Cancel, the window's ×: during the import they stop it (it rolls back)."""
        if self.relay is not None:
            self.relay.cancel()
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
            self._work(
                self.tr("正在保存报告…"),
                sheet_jobs.save_report,
                self.report,
                out,
                on_done=self._report_saved,
                keep_warning=True,
            )

    def _report_saved(self, path: Path) -> None:
        self.status.setText(self.tr("报告已保存：{0}").format(path))

    # --- running on the worker --------------------------------------------------------------
    def _work(
        self,
        doing: str,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        with_uow: bool = False,
        keep_warning: bool = False,
    ) -> None:
        """``fn(store, *args)`` (or ``fn(uow, …)``) on the worker; the step waits meanwhile."""
        if self.session.store is None:
            return
        head = () if with_uow else (self.session.store,)
        if not keep_warning:
            show_warning(self.warning, "")
        self.status.setText(doing)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._pending += 1
        self._update_buttons()
        self.session.run_query(
            fn,
            *head,
            *args,
            on_done=self._answer(on_done),
            on_error=self._answer(self._failed),
            with_uow=with_uow,
        )

    def _answer(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def answered(value: Any) -> None:
            self._pending -= 1
            if self._closed:  # closed meanwhile: nothing to show; go once nothing is left
                if not self._pending:
                    self.deleteLater()
                return
            self.unsetCursor()
            self.status.setText("")
            callback(value)
            self._update_buttons()

        return answered

    def _failed(self, sentence: str) -> None:
        show_warning(self.warning, sentence)
        focus = {Step.FILE: self.path, Step.SHEET: self.sheet_list}.get(self.step)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, result: int) -> None:
        super().done(result)
        self._closed = True
        if not self._pending:
            self.deleteLater()
