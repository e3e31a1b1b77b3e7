"""会议设置: what the event holds, a page per part (↑/↓ or Ctrl+PgUp/PgDn between parts),
saved with Ctrl+S; or a whole setup workbook imported, exported, or copied from an earlier
event file. Every save is one ``apply_setup`` (ops that reach the other desks by sync): a
dry run first, and a change that touches people already served says how, before it is made.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.setup_model import RowProblem, Setup, Where
from ...services.changes import Changes
from ...services.setup_plan import SetupReport, apply_setup, read_setup
from ..hub import Hub
from ..session import Session
from ..widgets.edit_table import EditTable
from ..widgets.file_dialogs import open_file, save_xlsx
from ..widgets.result_line import ResultLine
from .lazy_refresh import LazyRefresh
from .setup_parts import CellProblem, SetupPart, all_parts, sentence_text

XLSX = "Excel (*.xlsx)"


class ProblemList(QLabel):
    """The rows to correct; takes no room while there are none."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


class SetupPanel(QWidget):
    roster_requested = Signal()
    desk_requested = Signal()

    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.hub = hub
        self.setup = Setup()
        self.dirty: set[str] = set()
        self.confirm_box: QMessageBox | None = None  # the question open now (tests answer it)
        self.lazy = LazyRefresh(self, self._read)
        self.parts = all_parts()
        self.list = QListWidget(objectName="setupParts")
        self.list.setMaximumWidth(180)
        self.stack = QStackedWidget()
        for part in self.parts:
            self.list.addItem(part.title())
            self.stack.addWidget(part)
            part.edited.connect(partial(self._edited, part))
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.part("rooms").room_list_requested.connect(self.ask_room_list)  # type: ignore[attr-defined]
        self.save_button = QPushButton(self.tr("保存(&S)"), objectName="setupSave")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("放弃修改"), objectName="setupRevert")
        self.revert_button.clicked.connect(self.revert)
        self.import_button = QPushButton(self.tr("导入设置表…"), objectName="setupImport")
        self.import_button.clicked.connect(self.ask_import)
        self.export_button = QPushButton(self.tr("导出设置表…"), objectName="setupExport")
        self.export_button.clicked.connect(self.ask_export)
        self.copy_button = QPushButton(self.tr("从以往会议复制…"), objectName="setupCopy")
        self.copy_button.clicked.connect(self.ask_copy)
        self.steps = QLabel(objectName="newEventSteps")
        self.steps.setWordWrap(True)
        self.steps.setText(
            self.tr(
                "新会议的下一步：① 会议设置——导入设置表、从以往会议复制，或在下面逐页填写"
                "（类别、收费项目、资料、酒店房间）；② 导入参会名单；③ 开始报到。"
            )
        )
        self.steps.setStyleSheet(
            "QLabel#newEventSteps { background: #ddf4ff; border: 1px solid #54aeff; padding: 6px; }"
        )
        self.roster_button = QPushButton(self.tr("导入参会名单…"), objectName="setupRoster")
        self.roster_button.clicked.connect(self.roster_requested)
        self.desk_button = QPushButton(self.tr("开始报到"), objectName="setupToDesk")
        self.desk_button.clicked.connect(self.desk_requested)
        next_steps = QHBoxLayout()
        next_steps.addWidget(self.steps, 1)
        next_steps.addWidget(self.roster_button)
        next_steps.addWidget(self.desk_button)
        self.welcome_row = QWidget()
        self.welcome_row.setLayout(next_steps)
        self.welcome_row.hide()
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addWidget(self.stack, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.revert_button)
        bottom.addStretch(1)
        for button in (self.import_button, self.export_button, self.copy_button):
            bottom.addWidget(button)
        self.result = ResultLine()
        self.result.setObjectName("setupResult")
        self.problems = ProblemList(objectName="setupProblems")
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.welcome_row)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.result)
        layout.addWidget(self.problems)
        self.problems.hide()
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, partial(self._step, 1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, partial(self._step, -1))
        self.list.setCurrentRow(0)
        hub.event_opened.connect(self._on_opened)
        hub.event_closed.connect(lambda: self.welcome(False))
        hub.changes_applied.connect(self._on_changes)

    # --- showing ------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.lazy.shown()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def welcome(self, on: bool) -> None:
        """The steps of a new event, shown above the parts until the event closes."""
        self.welcome_row.setVisible(on)

    def show_part(self, key: str) -> None:
        for i, part in enumerate(self.parts):
            if part.key == key:
                self.list.setCurrentRow(i)
                part.setFocus(Qt.FocusReason.OtherFocusReason)

    def part(self, key: str) -> SetupPart:
        return next(p for p in self.parts if p.key == key)

    def _step(self, by: int) -> None:
        self.list.setCurrentRow((self.list.currentRow() + by) % len(self.parts))

    def _on_opened(self, _event: object) -> None:
        self.dirty.clear()
        self.result.clear()
        self.problems.clear()
        self.lazy.changed()

    def _on_changes(self, changes: Changes) -> None:
        if changes.setup or changes.everything:
            self.lazy.changed()

    def _read(self) -> None:
        self.session.run_query(read_setup, on_done=self._show)

    def _show(self, setup: Setup) -> None:
        self.setup = setup
        for part in self.parts:
            if part.key not in self.dirty:  # what a person is typing is not thrown away
                part.load(setup)

    def _edited(self, part: SetupPart) -> None:
        self.dirty.add(part.key)
        self.list.item(self.parts.index(part)).setText(part.title() + " *")

    def _clean(self, part: SetupPart) -> None:
        self.dirty.discard(part.key)
        self.list.item(self.parts.index(part)).setText(part.title())

    def revert(self) -> None:
        part = self.current()
        self._clean(part)
        part.load(self.setup)
        self.result.clear()
        self.problems.clear()

    def current(self) -> SetupPart:
        return self.parts[max(self.list.currentRow(), 0)]

    # --- saving -------------------------------------------------------------------------
    def save(self) -> None:
        part = self.current()
        self.problems.clear()
        self.result.clear()
        for table in part.findChildren(EditTable):
            table.finish_editing()
        try:
            wanted, where = part.wanted()
        except CellProblem as problem:
            self._refuse(self.tr("第 {0} 行：{1}").format(problem.row + 1, problem.text))
            part.show_row(problem.part, problem.row + 1)
            return
        self._apply(wanted, where, part)

    def _apply(self, wanted: Setup, where: Where, part: SetupPart | None) -> None:
        def checked(report: SetupReport) -> None:
            if report.rejected_rows:
                self._show_rejected(report.rejected_rows, part)
            else:
                self._confirmed(report, go, self.tr("未保存。"))

        def run(uow: Any, ctx: Any, dry_run: bool) -> SetupReport:
            return apply_setup(uow, ctx, wanted, rows=where, dry_run=dry_run)

        def go() -> None:
            self.session.run_use_case(run, False, on_done=saved, on_error=self._refuse)

        def saved(report: SetupReport) -> None:
            if part is not None:
                self._clean(part)
            self._said(report)
            self.hub.changes_applied.emit(Changes(setup=True, handouts=True, rooms=True))

        self.session.run_use_case(run, True, on_done=checked, on_error=self._refuse)

    def _said(self, report: SetupReport) -> None:
        if report.created or report.updated:
            self.result.success(
                self.tr("已保存：新增 {0} 项，修改 {1} 项，同步后其他报到台也会更新。").format(
                    report.created, report.updated
                )
            )
        else:
            self.result.info(self.tr("没有需要保存的修改。"))

    def _confirmed(self, report: SetupReport, go: Callable[[], None], declined: str) -> None:
        """``go()`` at once, or once the person agrees to a change that touches people."""
        if not report.affected:
            go()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("会议设置"),
            self.tr("这项修改会影响已经办理的人员：")
            + "\n\n"
            + "\n".join(sentence_text(s) for s in report.affected)
            + "\n\n"
            + self.tr("已收的款和已发的资料不变。确定保存吗？"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("setupConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box = box

        def answered(_result: int) -> None:
            self.confirm_box = None
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Save:
                go()
            else:
                self.result.notice(declined)

        box.finished.connect(answered)
        box.open()

    def _show_rejected(self, problems: list[RowProblem], part: SetupPart | None) -> None:
        self._refuse(self.tr("有 {0} 处需要改正，未做任何修改。").format(len(problems)))
        lines = [
            self.tr("{0} 第 {1} 行：{2}").format(p.sheet, p.row, sentence_text(p.reason))
            for p in problems[:20]
        ]
        if len(problems) > 20:
            lines.append(self.tr("……另有 {0} 处").format(len(problems) - 20))
        self.problems.setText("\n".join(lines))
        if part is not None:
            part.show_row("", problems[0].row)

    def _refuse(self, sentence: str) -> None:
        self.result.refusal(sentence)

    # --- whole setups -------------------------------------------------------------------
    def _folder(self) -> Path:
        event = self.session.event
        return event.path.parent if event is not None else Path.home()

    def ask_export(self) -> None:
        from ...bootstrap_setup import export_setup_book

        event = self.session.event
        name = f"{event.name if event else 'event'}-会议设置.xlsx"
        path = save_xlsx(self, self.tr("导出会议设置表"), self._folder() / name, XLSX)
        if path is None:
            return
        self.session.run_on_store(
            export_setup_book,
            path,
            on_done=lambda _r: self.result.success(self.tr("已导出会议设置表：{0}").format(path)),
            on_error=self._refuse,
        )

    def ask_import(self) -> None:
        path = open_file(self, self.tr("导入会议设置表"), self._folder(), XLSX)
        if path is not None:
            self.import_book(path)

    def import_book(self, path: Path) -> None:
        from ...bootstrap_setup import import_setup_book

        self._whole(import_setup_book, path)

    def ask_room_list(self, hotel: str) -> None:
        path = open_file(
            self,
            self.tr("选择“{0}”的房间表").format(hotel),
            self._folder(),
            self.tr("表格 (*.xlsx *.xls *.csv)"),
        )
        if path is not None:
            self.import_rooms(path, hotel)

    def import_rooms(self, path: Path, hotel: str) -> None:
        from ...bootstrap_setup import import_room_list

        self._whole(partial(import_room_list, hotel=hotel), path)

    def ask_copy(self) -> None:
        path = open_file(
            self, self.tr("选择以往的会议文件"), self._folder(), self.tr("会议文件 (*.huiwu)")
        )
        if path is not None:
            self.copy_from(path)

    def copy_from(self, path: Path) -> None:
        from ...bootstrap_setup import copy_setup

        self._whole(copy_setup, path)

    def _whole(self, fn: Callable[..., SetupReport], path: Path) -> None:
        """A workbook or another event: a dry run, then (if it touches people) a question."""
        self.problems.clear()

        def checked(report: SetupReport) -> None:
            if report.rejected_rows:
                self._show_rejected(report.rejected_rows, None)
            else:
                self._confirmed(report, go, self.tr("未导入。"))

        def go() -> None:
            self.session.run_on_store(run, False, on_done=saved, on_error=self._refuse)

        def run(store: Any, dry_run: bool) -> SetupReport:
            return fn(store, store.context(self.session.operator), path, dry_run=dry_run)

        def saved(report: SetupReport) -> None:
            for part in self.parts:
                self._clean(part)
            self._said(report)
            self.hub.changes_applied.emit(Changes(setup=True, handouts=True, rooms=True))

        self.session.run_on_store(run, True, on_done=checked, on_error=self._refuse)
