"""同步: who this desk is, what it knows from each desk, and the exchange of sync files —
by USB stick (export / import) or through a shared folder on a timer.

Every sync call runs on the database worker (it writes the event file). The passphrase is
asked once per event file; the file remembers it. ``export_to``, ``import_from``,
``set_folder`` and ``sync_now`` take paths, so tests (and the menu) skip the file dialogs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import bootstrap_sync as sync
from ...bootstrap_sync import ImportOutcome
from ...services.changes import Changes
from ..dialogs.parts import WARNING_STYLE, note
from ..dialogs.passphrase_dialog import PassphraseDialog
from ..dialogs.sync_report_dialog import SyncReportDialog
from ..hub import Hub
from ..labels import when_text
from ..session import OpenEvent, Session
from ..widgets.fonts import scale
from ..widgets.messages import show_error
from ..widgets.result_line import ResultLine
from .shared_folder_box import SharedFolderBox


def short_fingerprint(fp: str) -> str:
    """b8bd c1b4 139f 7195: enough to compare by reading it aloud across two desks."""
    head = fp[:16]
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))


class SyncPage(QWidget):
    conflicts_requested = Signal()

    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.hub = hub
        self.dialog: QDialog | None = None  # the one open now (tests read it)
        self.status: dict[str, Any] = {}
        self._stale = True
        self._last_dir: Path | None = None
        heading = QLabel(self.tr("同步"))
        scale(heading, 1.6, bold=True)
        self.identity = QLabel()
        self.identity.setObjectName("syncIdentity")
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scale(self.identity, 1.2)
        self.clock_banner = QLabel()
        self.clock_banner.setObjectName("clockWarning")
        self.clock_banner.setWordWrap(True)
        self.clock_banner.setStyleSheet(WARNING_STYLE)
        self.clock_banner.hide()
        self.desks = QTableWidget(0, 4)
        self.desks.setObjectName("syncDesks")
        self.desks.setHorizontalHeaderLabels(
            [self.tr("报到台"), self.tr("已有操作"), self.tr("上次收到它的文件"), self.tr("它还缺")]
        )
        self.desks.verticalHeader().hide()
        self.desks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.desks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.desks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.pending = QLabel()
        self.pending.setObjectName("syncPending")
        self.export_button = QPushButton(self.tr("导出同步文件(&E)…"))
        self.export_button.setObjectName("exportButton")
        self.import_button = QPushButton(self.tr("导入同步文件(&I)…"))
        self.import_button.setObjectName("importButton")
        for button in (self.export_button, self.import_button):
            button.setMinimumHeight(40)
        self.export_button.clicked.connect(self.choose_export)
        self.import_button.clicked.connect(self.choose_import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        self.result = ResultLine()
        self.result.setObjectName("syncResult")
        self.folder_box = SharedFolderBox(session, self._with_key, self)
        self.folder_box.synced.connect(self._folder_synced)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(heading)
        layout.addWidget(self.identity)
        layout.addWidget(
            note(
                self.tr(
                    "各报到台的数据指纹相同，说明数据完全一致。表中“它还缺”是对方还没收到的操作。"
                )
            )
        )
        layout.addWidget(self.clock_banner)
        layout.addWidget(self.desks, 1)
        layout.addWidget(self.pending)
        layout.addWidget(QLabel(self.tr("用U盘交换：")))
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.folder_box)

        hub.event_opened.connect(self._on_opened)
        hub.event_closed.connect(self._on_closed)
        hub.changes_applied.connect(self._on_changes)
        if session.event is not None:
            self._on_opened(session.event)

    # --- page ---------------------------------------------------------------------------
    def page_shown(self) -> None:
        if self._stale:
            self.refresh()
        self.export_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_opened(self, _event: OpenEvent) -> None:
        self.result.clear()
        self.status = {}
        self._stale = True
        self.folder_box.event_opened()
        if self.isVisible():
            self.refresh()

    def _on_closed(self) -> None:
        self.folder_box.event_closed()
        self.desks.setRowCount(0)
        self.identity.clear()

    def _on_changes(self, _changes: Changes) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        self._stale = False
        self.session.run_on_store(sync.sync_status, on_done=self._show_status)

    def _show_status(self, status: dict[str, Any]) -> None:
        self.status = status
        self.identity.setText(
            self.tr("本机报到台 {0} · 数据指纹 {1}").format(
                status["desk"], short_fingerprint(status["fingerprint"])
            )
        )
        self.identity.setToolTip(status["fingerprint"])
        minutes = int(status.get("clock_behind_ms", 0)) // 60000
        self.clock_banner.setText(
            self.tr(
                "本机时钟比其他报到台慢了约 {0} 分钟。请把电脑时间校准后再办理，"
                "否则报到和收费的时间顺序会显示错误。"
            ).format(minutes)
        )
        self.clock_banner.setVisible(bool(status.get("clock_warning")))
        peers: dict[str, dict[str, Any]] = status.get("peers", {})
        known: dict[str, int] = status.get("known", {})
        codes = list(known) + [c for c in peers if c not in known]
        self.desks.setRowCount(len(codes))
        for row, code in enumerate(codes):
            peer = peers.get(code)
            if code == status["desk"]:
                cells = [self.tr("{0}（本机）").format(code), str(known.get(code, 0)), "—", "—"]
            elif peer is None:
                cells = [code, str(known.get(code, 0)), self.tr("未直接收到"), "—"]
            else:
                behind = int(peer["behind"])
                cells = [
                    code,
                    str(known.get(code, 0)),
                    when_text(int(peer["last_seen_ms"])),
                    self.tr("{0} 条").format(behind) if behind else self.tr("不缺（已同步）"),
                ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.desks.setItem(row, column, item)
        waiting = int(status.get("pending", 0))
        self.pending.setText(
            self.tr("{0} 条操作在等前面缺的操作，收到其他报到台的文件后自动补上。").format(waiting)
            if waiting
            else self.tr("没有等待中的操作。")
        )

    # --- passphrase ---------------------------------------------------------------------
    def _with_key(self, then: Callable[[], None]) -> None:
        """Run ``then`` once the event file knows the sync key (asks the passphrase once)."""
        self.session.run_on_store(
            sync.has_sync_key, on_done=lambda known: then() if known else self._ask(then)
        )

    def _ask(self, then: Callable[[], None]) -> None:
        dialog = PassphraseDialog(self)

        def given() -> None:
            self.session.run_on_store(
                sync.sync_key,
                dialog.passphrase(),
                on_done=lambda _key: then(),
                on_error=self._refused,
            )

        self._open(dialog, given)

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        if self.dialog is not None:
            dialog.deleteLater()
            return
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    # --- USB stick ----------------------------------------------------------------------
    def _start_dir(self) -> str:
        if self._last_dir is not None:
            return str(self._last_dir)
        event = self.session.event
        return str(event.path.parent) if event is not None else ""

    def choose_export(self) -> None:
        event = self.session.event
        if event is None:
            return
        name = f"huiwu-{event.desk_code}-{datetime.now():%Y%m%d-%H%M}{sync.BUNDLE_SUFFIX}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("导出同步文件到"),
            str(Path(self._start_dir()) / name),
            self.tr("同步文件 (*.hwsync)"),
        )
        if chosen:
            path = Path(chosen)
            if path.suffix != sync.BUNDLE_SUFFIX:
                path = path.with_name(path.name + sync.BUNDLE_SUFFIX)
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write this desk's sync file to ``path``, verify it, then say the stick can come out."""
        self._last_dir = path.parent
        self.result.info(self.tr("正在写入 {0}…").format(path.name))

        def done(count: int) -> None:
            self.result.success(
                self.tr("已写入并校验，可以拔出U盘。（{0}，{1} 条操作）").format(path.name, count)
            )
            self.refresh()

        def run() -> None:
            self.session.run_on_store(
                sync.export_for_desk, path, on_done=done, on_error=self._refused
            )

        self._with_key(run)

    def choose_import(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("选择其他报到台的同步文件"),
            self._start_dir(),
            self.tr("同步文件 (*.hwsync);;所有文件 (*)"),
        )
        if chosen:
            self.import_from([Path(p) for p in chosen])

    def import_from(self, paths: Sequence[Path]) -> None:
        """Merge the files (all or nothing), then show the report."""
        paths = [Path(p) for p in paths]
        if not paths:
            return
        self._last_dir = paths[0].parent
        self.result.info(self.tr("正在导入 {0} 个同步文件…").format(len(paths)))

        def run() -> None:
            self.session.run_on_store(
                sync.import_for_desk, paths, on_done=self._imported, on_error=self._refused
            )

        self._with_key(run)

    def _imported(self, outcome: ImportOutcome) -> None:
        self.result.success(
            self.tr("导入完成：新操作 {0} 条，未解决的冲突 {1} 个。").format(
                outcome.new_ops, outcome.report.conflicts_after
            )
        )
        if outcome.new_ops or outcome.conflicts.new or outcome.conflicts.resolved:
            self.hub.changes_applied.emit(Changes(everything=True))
        else:
            self.refresh()
        dialog = SyncReportDialog(outcome, self)
        dialog.finished.connect(lambda _r: self._report_closed(dialog))
        self._open(dialog, lambda: None)

    def _report_closed(self, dialog: SyncReportDialog) -> None:
        if dialog.show_conflicts:
            self.conflicts_requested.emit()

    def _refused(self, sentence: str) -> None:
        self.result.refusal(sentence)
        show_error(self, sentence)

    # --- shared folder ------------------------------------------------------------------
    def set_folder(self, folder: Path | None, interval_s: int | None = None) -> None:
        self.folder_box.set_folder(folder, interval_s)

    def sync_now(self) -> None:
        self.folder_box.sync_now()

    def _folder_synced(self, new_ops: int, conflicts_changed: bool) -> None:
        if new_ops or conflicts_changed:
            self.hub.changes_applied.emit(Changes(everything=True))
        else:
            self.refresh()
