"""报表: the lists the team sends every night, each one "导出…" away.

Choose a list (↑/↓), Enter or "导出…" asks where to save it (a name with today's date), and
the workbook is written on the database worker with a progress bar; then the file or its
folder opens with one key. The credits list and the directory have a column layout that
the organizer chooses (template_dialog.py), kept in the event.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.changes import Changes
from ...services.export_templates import ExportTemplate
from ...services.exports import ExportResult
from .. import sheet_jobs
from ..dialogs.template_dialog import TemplateDialog
from ..hub import Hub
from ..session import Session
from ..sheet_jobs import EXPORT_KINDS, TEMPLATE_KINDS, ProgressRelay
from ..sheet_labels import export_description, export_title, template_summary
from ..widgets import file_dialogs
from ..widgets.dialog_slot import DialogSlot
from ..widgets.fonts import scale
from ..widgets.result_line import ResultLine


class ReportsPage(QWidget):
    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.templates: dict[str, ExportTemplate] = {}  # read from the event, per kind
        self.relay: ProgressRelay | None = None  # set while an export runs
        self.last_export: Path | None = None
        self.folder: Path | None = None  # where the last export went
        self.kinds = QListWidget()
        self.kinds.setObjectName("exportKinds")
        for kind in EXPORT_KINDS:
            item = QListWidgetItem(export_title(kind))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setToolTip(export_description(kind))
            self.kinds.addItem(item)
        self.kinds.setStyleSheet("QListWidget#exportKinds::item { padding: 8px 12px; }")
        self.kinds.setFixedWidth(max(self.kinds.sizeHintForColumn(0) + 40, 180))
        self.kinds.currentRowChanged.connect(self._kind_changed)
        self.kinds.itemActivated.connect(self.export_current)  # Enter, double-click

        self.title = QLabel()
        self.title.setObjectName("exportTitle")
        scale(self.title, 1.6, bold=True)
        self.description = QLabel()
        self.description.setObjectName("exportDescription")
        self.description.setWordWrap(True)
        self.layout_info = QLabel()
        self.layout_info.setObjectName("templateInfo")
        self.layout_info.setWordWrap(True)
        self.layout_info.setStyleSheet("color: #57606a;")
        self.export_button = self._button(self.tr("导出…"), self.export_current)
        self.export_button.setObjectName("exportButton")
        self.template_button = self._button(self.tr("列和表头…"), self.edit_template)
        self.template_button.setObjectName("templateButton")
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.template_button)
        actions.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.hide()
        self.result = ResultLine()
        self.open_file_button = self._button(self.tr("打开文件"), self.open_file)
        self.open_file_button.setObjectName("openFileButton")
        self.open_folder_button = self._button(self.tr("打开所在文件夹"), self.open_folder)
        self.open_folder_button.setObjectName("openFolderButton")
        opened = QHBoxLayout()
        opened.addWidget(self.open_file_button)
        opened.addWidget(self.open_folder_button)
        opened.addStretch(1)
        self._show_open_buttons(False)
        self.dialogs = DialogSlot(self, after=self._template_closed)
        hint = QLabel(self.tr("↑/↓ 选择报表，回车导出。文件名自动带上当天日期，每晚导出一次即可。"))
        hint.setStyleSheet("color: #57606a;")

        details = QVBoxLayout()
        details.setSpacing(10)
        details.addWidget(self.title)
        details.addWidget(self.description)
        details.addWidget(self.layout_info)
        details.addLayout(actions)
        details.addSpacing(12)
        details.addWidget(self.progress)
        details.addWidget(self.result)
        details.addLayout(opened)
        details.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self.kinds)
        row.addLayout(details, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(row, 1)
        layout.addWidget(hint)
        QWidget.setTabOrder(self.kinds, self.export_button)
        QWidget.setTabOrder(self.export_button, self.template_button)
        QWidget.setTabOrder(self.template_button, self.open_file_button)
        QWidget.setTabOrder(self.open_file_button, self.open_folder_button)

        hub.event_opened.connect(self._on_opened)
        hub.changes_applied.connect(self._on_changes)
        self.kinds.setCurrentRow(0)
        if session.event is not None:
            self._on_opened(session.event)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(True)  # Enter presses the focused button
        button.clicked.connect(slot)
        return button

    # --- page ---------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.kinds.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_opened(self, _event: object) -> None:
        self.templates.clear()
        self.result.clear()
        self.last_export = None
        self.folder = None
        self._show_open_buttons(False)
        self._kind_changed(self.kinds.currentRow())

    def _on_changes(self, changes: Changes) -> None:
        if changes.setup or changes.everything:
            self.templates.clear()
            self._kind_changed(self.kinds.currentRow())

    def current_kind(self) -> str:
        item = self.kinds.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else EXPORT_KINDS[0]

    def select_kind(self, kind: str) -> None:
        self.kinds.setCurrentRow(EXPORT_KINDS.index(kind))

    def _kind_changed(self, _row: int) -> None:
        kind = self.current_kind()
        self.title.setText(export_title(kind))
        self.description.setText(export_description(kind))
        has_template = kind in TEMPLATE_KINDS
        self.template_button.setVisible(has_template)
        self.layout_info.setVisible(has_template)
        if not has_template:
            return
        if kind in self.templates:
            self.layout_info.setText(template_summary(self.templates[kind]))
        else:
            self.layout_info.setText("")
            self.session.run_query(sheet_jobs.load_template, kind, on_done=self._template_read)

    def _template_read(self, template: ExportTemplate) -> None:
        self.templates[template.kind] = template
        if template.kind == self.current_kind():
            self.layout_info.setText(template_summary(template))

    # --- export -------------------------------------------------------------------------
    def export_current(self) -> None:
        if self.session.event is None or self.relay is not None:
            return
        kind = self.current_kind()
        folder = self.folder or self.session.event.path.parent
        out = file_dialogs.save_xlsx(
            self,
            self.tr("导出{0}").format(export_title(kind)),
            folder / sheet_jobs.default_file_name(export_title(kind)),
            self.tr("Excel 工作簿 (*.xlsx)"),
        )
        if out is not None:
            self.start_export(kind, out)

    def start_export(self, kind: str, out: Path) -> None:
        self.relay = ProgressRelay(self)
        self.relay.progressed.connect(self._progressed)
        self.progress.setRange(0, 0)  # busy until the writer counts rows
        self.progress.show()
        self._show_open_buttons(False)
        self.export_button.setEnabled(False)
        self.result.info(self.tr("正在导出{0}…").format(export_title(kind)))
        self.session.run_query(
            sheet_jobs.export,
            self.session.store,
            kind,
            out,
            self.relay,
            on_done=self._exported,
            on_error=self._failed,
        )

    def _progressed(self, done: int, total: int) -> None:
        if self.relay is not None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _exported(self, result: ExportResult) -> None:
        self._finished()
        self.last_export = result.path
        self.folder = result.path.parent
        title = export_title(result.kind)
        if result.rows:
            self.result.success(
                self.tr("已导出{0}：{1} 行，保存在 {2}").format(title, result.rows, result.path)
            )
        else:
            self.result.notice(
                self.tr("已导出{0}，但没有符合条件的人员（0 行），保存在 {1}").format(
                    title, result.path
                )
            )
        self._show_open_buttons(True)
        self.open_folder_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, sentence: str) -> None:
        self._finished()
        self.result.refusal(sentence)
        self.kinds.setFocus(Qt.FocusReason.OtherFocusReason)

    def _finished(self) -> None:
        self.relay = None
        self.progress.hide()
        self.export_button.setEnabled(True)

    def _show_open_buttons(self, shown: bool) -> None:
        self.open_file_button.setVisible(shown)
        self.open_folder_button.setVisible(shown)

    def open_file(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export)))

    def open_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.parent)))

    # --- the column layout of credits and directory ---------------------------------------
    def edit_template(self) -> None:
        kind = self.current_kind()
        if kind in TEMPLATE_KINDS and self.dialog is None:
            self.session.run_query(sheet_jobs.load_template, kind, on_done=self._open_template)

    @property
    def dialog(self) -> QDialog | None:
        """The one open now (tests read it)."""
        return self.dialogs.dialog

    def _open_template(self, template: ExportTemplate) -> None:
        if self.dialog is None:
            self.dialogs.open(TemplateDialog(template, self), self._save_template)

    def _save_template(self) -> None:
        dialog = self.dialog
        assert isinstance(dialog, TemplateDialog)
        template = dialog.value()
        self.session.run_use_case(
            sheet_jobs.store_template,
            template,
            on_done=partial(self._template_saved, template.kind),
            on_error=self.result.refusal,
        )

    def _template_saved(self, kind: str, _changes: Changes) -> None:
        self._show_open_buttons(False)  # the line no longer speaks of the last export
        self.result.success(
            self.tr("{0}的列已保存，本机和其他报到台导出时都会使用。").format(export_title(kind))
        )

    def _template_closed(self) -> None:
        self.window().activateWindow()  # the page's window has the keyboard again
        self.template_button.setFocus(Qt.FocusReason.OtherFocusReason)
