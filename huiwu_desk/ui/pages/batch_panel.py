"""批量预打印: badges for a filter (categories, not yet printed), in pinyin order, to the badge
printer or to multi-up A4 PDF sheets for a laser printer.

Each badge printed is recorded (version 1, or a reprint with the reason 批量预打印), so the
button asks twice: the first press says how many, the second queues them.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...services import desk_lists, print_batch, print_setup
from ...services.changes import Changes
from ...services.desk_lists import CategoryChoice
from ...services.print_setup import PrintSetup
from ..hub import Hub
from ..session import Session
from ..widgets import file_dialogs
from .print_parts import MessageLine, file_uri, heading, note

COUNT_DELAY_MS = 150


class BatchPanel(QWidget):
    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.count: int | None = None
        self.badge_printer = ""
        self._armed: tuple[object, ...] | None = None  # the filter the first press counted

        self.categories = QListWidget()
        self.categories.setObjectName("batchCategories")
        self.categories.itemChanged.connect(self._filter_changed)
        self.unprinted = QCheckBox(self.tr("只打印还没有打印过证件的人(&U)"))
        self.unprinted.setObjectName("batchUnprinted")
        self.unprinted.setChecked(True)
        self.unprinted.toggled.connect(self._filter_changed)
        self.to_printer = QRadioButton()
        self.to_printer.setObjectName("batchToPrinter")
        self.to_pdf = QRadioButton(self.tr("A4 PDF 文件（多张拼版，激光打印机打印后裁切）(&F)"))
        self.to_pdf.setObjectName("batchToPdf")
        group = QButtonGroup(self)
        group.addButton(self.to_printer)
        group.addButton(self.to_pdf)
        self.to_pdf.setChecked(True)
        self.to_printer.toggled.connect(self._filter_changed)
        self.pdf_path = QLineEdit()
        self.pdf_path.setObjectName("batchPdfPath")
        self.pdf_path.textEdited.connect(self._filter_changed)
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self.browse)
        self.start_button = QPushButton(self.tr("开始预打印(&P)"))
        self.start_button.setObjectName("batchStart")
        self.start_button.clicked.connect(self.start)
        self.summary = MessageLine("batchSummary")
        self.message = MessageLine("batchMessage")

        pdf_row = QHBoxLayout()
        pdf_row.addSpacing(24)
        pdf_row.addWidget(self.pdf_path, 1)
        pdf_row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("参会类别（不勾选＝全部）")))
        layout.addWidget(self.categories, 1)
        layout.addWidget(self.unprinted)
        layout.addWidget(heading(self.tr("打印到")))
        layout.addWidget(self.to_printer)
        layout.addWidget(self.to_pdf)
        layout.addLayout(pdf_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(
            note(self.tr("按姓名拼音排序；每张证件都登记为已打印，报到时不再重复打印。"))
        )

        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(COUNT_DELAY_MS)
        self._later.timeout.connect(self.recount)
        hub.changes_applied.connect(self._on_changes)
        hub.event_opened.connect(self._opened)
        if session.event is not None:  # the window may be built after the event opened
            self._opened(session.event)

    # --- loading ---------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.reload()
        self.categories.setFocus(Qt.FocusReason.OtherFocusReason)

    def _opened(self, event: object) -> None:
        folder = Path(getattr(event, "path", Path.home())).parent
        self.pdf_path.setText(str(folder / self.tr("证件-批量.pdf")))
        if self.isVisible():
            self.reload()

    def _on_changes(self, changes: Changes) -> None:
        if self.isVisible() and (
            changes.badges or changes.setup or changes.everything or changes.attendees
        ):
            self.reload()

    def reload(self) -> None:
        self.session.run_query(desk_lists.categories, on_done=self._categories_loaded)
        self.session.run_query(print_setup.print_setup, on_done=self._printers_loaded)

    def _categories_loaded(self, found: list[CategoryChoice]) -> None:
        checked = set(self.chosen_categories())
        self.categories.blockSignals(True)
        self.categories.clear()
        for cat in found:
            item = QListWidgetItem(cat.name)
            item.setData(Qt.ItemDataRole.UserRole, cat.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if cat.id in checked else Qt.CheckState.Unchecked
            )
            self.categories.addItem(item)
        if self.categories.count():
            self.categories.setCurrentRow(0)
        self.categories.blockSignals(False)
        self._filter_changed()

    def _printers_loaded(self, found: PrintSetup) -> None:
        self.badge_printer = found.printers.get("badge", "")
        if self.badge_printer:
            self.to_printer.setText(self.tr("证件打印机：{0}(&B)").format(self.badge_printer))
            self.to_printer.setEnabled(True)
        else:
            self.to_printer.setText(self.tr("证件打印机（未设置，请在“打印机”页设置）"))
            self.to_printer.setEnabled(False)
            self.to_pdf.setChecked(True)

    def chosen_categories(self) -> list[str]:
        return [
            self.categories.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.categories.count())
            if self.categories.item(n).checkState() == Qt.CheckState.Checked
        ]

    # --- counting and printing -------------------------------------------------------------
    def _filter_changed(self, *_args: object) -> None:
        self._armed = None
        self._later.start()

    def recount(self) -> None:
        self.session.run_query(
            print_setup.batch_count,
            self.chosen_categories(),
            self.unprinted.isChecked(),
            on_done=self._counted,
        )

    def _counted(self, count: int) -> None:
        self.count = count
        if count:
            self.summary.info(self.tr("符合条件：{0} 人。").format(count))
        else:
            self.summary.info(self.tr("没有符合条件、需要打印的证件。"))
        self.start_button.setEnabled(count > 0)

    def target(self) -> str | None:
        if self.to_printer.isChecked():
            return None  # the badge printer of this desk
        path = self.pdf_path.text().strip()
        return file_uri("pdf", path, "sheet=a4") if path else ""

    def browse(self) -> None:
        path = file_dialogs.save_file(
            self, self.tr("保存证件 PDF"), self.pdf_path.text(), self.tr("PDF 文件 (*.pdf)"), ".pdf"
        )
        if path:
            self.pdf_path.setText(str(path))
            self._filter_changed()

    def start(self) -> None:
        uri = self.target()
        if uri == "":
            self.message.error(self.tr("请填写 PDF 文件的位置。"))
            self.pdf_path.setFocus()
            return
        state = (tuple(self.chosen_categories()), self.unprinted.isChecked(), uri, self.count)
        if self._armed != state:
            self._armed = state
            where = self.badge_printer if uri is None else self.pdf_path.text().strip()
            self.message.info(
                self.tr("将为 {0} 人登记并打印证件，送到 {1}。再按一次“开始预打印”确认。").format(
                    self.count or 0, where
                )
            )
            return
        self._armed = None
        self.start_button.setEnabled(False)
        batch = partial(
            print_batch.queue_badge_batch,
            category_ids=self.chosen_categories() or None,
            only_unprinted=self.unprinted.isChecked(),
            uri=uri,
            reason=self.tr("批量预打印"),  # a reprint's reason, in the window's language as F5's
        )
        self.session.run_use_case(
            batch,
            on_done=self._queued,
            on_error=self._refused,
        )

    def _queued(self, changes: Changes) -> None:
        batch: print_batch.QueuedBatch = changes.result
        self.message.ok(
            self.tr("已排队 {0} 张证件（{1} 个打印任务），可在“打印队列”查看进度。").format(
                batch.count, len(batch.job_ids)
            )
        )
        self.recount()

    def _refused(self, sentence: str) -> None:
        self.message.error(sentence)
        self.recount()
