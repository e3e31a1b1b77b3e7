"""同步: who this desk is, what it knows from each desk, and the exchange of sync files —
by USB stick (export / import) or through a shared folder on a timer.

Every sync call runs on the database worker (it writes the event file). The passphrase is
asked once per event file; the file remembers it. ``export_to``, ``import_from``,
``set_folder`` and ``sync_now`` take paths, so tests (and the menu) skip the file dialogs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import bootstrap_sync as sync
from ...bootstrap_sync import ImportOutcome
from ...services.changes import Changes
from ..dialogs.passphrase_dialog import PassphraseDialog
from ..dialogs.sync_report_dialog import SyncReportDialog
from ..hub import Hub
from ..session import OpenEvent, Session
from ..widgets import file_dialogs
from ..widgets.dialog_slot import DialogSlot
from ..widgets.fonts import scale
from ..widgets.messages import show_error
from ..widgets.result_line import ResultLine
from .lazy_refresh import LazyRefresh
from .shared_folder_box import SharedFolderBox
from .sync_status_view import SyncStatusView


class SyncPage(QWidget):
    conflicts_requested = Signal()

    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.hub = hub
        self.status: dict[str, Any] = {}
        self.lazy = LazyRefresh(self, self._read_status)
        self._last_dir: Path | None = None
        heading = QLabel(self.tr("同步"))
        scale(heading, 1.6, bold=True)
        self.status_view = SyncStatusView()
        self.identity, self.desks = self.status_view.identity, self.status_view.desks
        self.export_button = QPushButton(self.tr("导出同步文件(&E)…"))
        self.export_button.setObjectName("exportButton")
        self.import_button = QPushButton(self.tr("导入同步文件(&I)…"))
        self.import_button.setObjectName("importButton")
        self.revoke_button = QPushButton(self.tr("吊销报到台(&R)…"))
        self.revoke_button.setObjectName("revokeButton")
        for button in (self.export_button, self.import_button, self.revoke_button):
            button.setMinimumHeight(40)
        self.export_button.clicked.connect(self.choose_export)
        self.import_button.clicked.connect(self.choose_import)
        self.revoke_button.clicked.connect(self.ask_revoke)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revoke_button)
        self.result = ResultLine()
        self.result.setObjectName("syncResult")
        self.folder_box = SharedFolderBox(session, self._with_key, self)
        self.folder_box.synced.connect(self._folder_synced)
        self.dialogs = DialogSlot(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(heading)
        layout.addWidget(self.status_view, 1)
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
        self.lazy.shown()
        self.export_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_opened(self, _event: OpenEvent) -> None:
        self.result.clear()
        self.status = {}
        self.folder_box.event_opened()
        self.lazy.changed()

    def _on_closed(self) -> None:
        self.folder_box.event_closed()
        self.status_view.clear()

    def _on_changes(self, _changes: Changes) -> None:
        self.lazy.changed()

    def refresh(self) -> None:
        self.lazy.now()

    def _read_status(self) -> None:
        self.session.run_on_store(sync.sync_status, on_done=self._show_status)

    def _show_status(self, status: dict[str, Any]) -> None:
        self.status = status
        self.status_view.show_status(status)

    # --- revoke a desk (a lost laptop, a copied file): services/desk_trust.py -------------
    def ask_revoke(self) -> None:
        from ...services import operators

        self.session.run_query(operators.team, on_done=self._revoke_dialog)

    def _revoke_dialog(self, team: Any) -> None:
        from ...services import desk_trust
        from ...services.operators import approved
        from ..dialogs.revoke_dialog import RevokeDialog

        states: dict[str, str] = self.status.get("desks", {})
        own = self.status.get("desk", "")
        desks = [c for c, state in states.items() if c != own and state != "revoked"]
        dialog = RevokeDialog(desks, list(self.status.get("forks", {})), team, self)

        def revoke() -> None:
            code = dialog.desk_code()
            revoke_desk = partial(desk_trust.revoke_desk, reason=dialog.reason_text())
            run = approved(revoke_desk, dialog.supervisor_name(), dialog.pin_text())

            def done(_changes: Changes) -> None:
                if self.dialogs.dialog is dialog:
                    dialog.finish()
                said = self.tr("已吊销报到台 {0}：同步后其他报到台也不再接受它此后的操作。")
                self.result.success(said.format(code))
                self.lazy.now()

            self.session.run_use_case(run, code, on_done=done, on_error=dialog.refuse)

        dialog.submitted.connect(revoke)
        self.dialogs.open(dialog, lambda: None)

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

        self.dialogs.open(dialog, given)

    @property
    def dialog(self) -> QDialog | None:
        """The one open now (tests read it)."""
        return self.dialogs.dialog

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
        path = file_dialogs.save_file(
            self,
            self.tr("导出同步文件到"),
            Path(self._start_dir()) / name,
            self.tr("同步文件 (*.hwsync)"),
            sync.BUNDLE_SUFFIX,
        )
        if path:
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
        chosen = file_dialogs.open_files(
            self,
            self.tr("选择其他报到台的同步文件"),
            self._start_dir(),
            self.tr("同步文件 (*.hwsync);;所有文件 (*)"),
        )
        if chosen:
            self.import_from(chosen)

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
        self.dialogs.open(dialog)

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
