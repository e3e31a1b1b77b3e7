"""The sync page's shared-folder part: one folder for every desk, synced on a timer and on demand.

Each desk writes ``desk-<code>.hwsync`` there and merges the others' files; a damaged or
foreign file is listed with its one sentence and never blocks the others. The folder is a
setting op of this desk (``services/sync_settings.py``), so it is remembered per event.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ... import bootstrap_sync as sync
from ...bootstrap_sync import FolderOutcome
from ...services import sync_settings
from ...services.changes import Changes
from ...services.sync_settings import SharedFolder
from .. import i18n
from ..dialogs.parts import NOTE_STYLE, WARNING_STYLE
from ..labels import join_list
from ..session import Session
from ..widgets import file_dialogs


class SharedFolderBox(QGroupBox):
    synced = Signal(int, bool)  # new ops, conflicts appeared or went away

    def __init__(
        self,
        session: Session,
        with_key: Callable[[Callable[[], None]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("共享文件夹（网络共享盘，或大家轮流插的同一个U盘）"))
        self.setObjectName("sharedFolderBox")
        self.session = session
        self.with_key = with_key
        self.folder: SharedFolder | None = None
        self.running = False
        self.rounds = 0  # finished sync rounds (tests wait on it)
        self.path_label = QLabel()
        self.path_label.setObjectName("sharedFolderPath")
        self.path_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("选择文件夹(&C)…"))
        self.choose_button.setObjectName("chooseFolderButton")
        self.stop_button = QPushButton(self.tr("停用(&T)"))
        self.stop_button.setObjectName("stopFolderButton")
        self.interval = QSpinBox()
        self.interval.setObjectName("syncInterval")
        self.interval.setRange(sync_settings.MIN_INTERVAL_S, sync_settings.MAX_INTERVAL_S)
        self.interval.setValue(sync_settings.DEFAULT_INTERVAL_S)
        self.interval.setSuffix(self.tr(" 秒"))
        self.now_button = QPushButton(self.tr("立即同步(&S)"))
        self.now_button.setObjectName("syncNowButton")
        self.state = QLabel()
        self.state.setObjectName("folderSyncState")
        self.state.setWordWrap(True)
        self.refused = QListWidget()
        self.refused.setObjectName("refusedFiles")
        self.refused.setMaximumHeight(90)
        self.refused.setStyleSheet("QListWidget#refusedFiles { color: #a40e26; }")
        self.refused.setWordWrap(True)
        self.refused.hide()
        row = QHBoxLayout()
        row.addWidget(self.path_label, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.stop_button)
        timing = QHBoxLayout()
        timing.addWidget(QLabel(self.tr("自动同步间隔")))
        timing.addWidget(self.interval)
        timing.addWidget(self.now_button)
        timing.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(timing)
        layout.addWidget(self.state)
        layout.addWidget(self.refused)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.choose_button.clicked.connect(self.choose_folder)
        self.stop_button.clicked.connect(lambda: self.set_folder(None))
        self.now_button.clicked.connect(self.sync_now)
        self.interval.editingFinished.connect(self._interval_edited)
        self._show_folder()

    # --- event --------------------------------------------------------------------------
    def event_opened(self) -> None:
        self.timer.stop()
        self.running = False
        self.folder = None
        self.refused.clear()
        self.refused.hide()
        self.state.clear()
        event = self.session.event
        if event is not None:
            self.session.run_query(
                sync_settings.shared_folder, event.desk_code, on_done=self._loaded
            )
        self._show_folder()

    def event_closed(self) -> None:
        self.timer.stop()
        self.running = False
        self.folder = None
        self._show_folder()

    def _loaded(self, folder: SharedFolder) -> None:
        self.folder = folder if folder.path else None
        self._show_folder()
        if self.folder is not None:
            self.timer.start(self.folder.interval_s * 1000)
            self.sync_now()

    def _show_folder(self) -> None:
        on = self.folder is not None
        self.path_label.setText(
            self.tr("文件夹：{0}").format(self.folder.path)
            if self.folder is not None
            else self.tr("未使用共享文件夹。")
        )
        if self.folder is not None:
            self.interval.setValue(self.folder.interval_s)
        self.stop_button.setEnabled(on)
        if not on:
            self.timer.stop()

    # --- choosing -----------------------------------------------------------------------
    def choose_folder(self) -> None:
        start = self.folder.path if self.folder is not None else ""
        folder = file_dialogs.choose_folder(self, self.tr("选择共享文件夹"), start)
        chosen = str(folder) if folder else ""
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path | None, interval_s: int | None = None) -> None:
        """Remember the folder for this desk (``None``: stop) and sync at once."""
        interval = interval_s or self.interval.value()
        if folder is None:
            self.session.run_use_case(
                sync_settings.set_shared_folder, "", interval, on_done=self._remembered
            )
            return
        self.with_key(
            lambda: self.session.run_use_case(
                sync_settings.set_shared_folder,
                str(folder),
                interval,
                on_done=self._remembered,
                on_error=self._failed,
            )
        )

    def _remembered(self, changes: Changes) -> None:
        self.timer.stop()
        self._loaded(changes.result)
        if self.folder is None:
            self.state.setStyleSheet(NOTE_STYLE)
            self.state.setText(self.tr("已停用共享文件夹同步。"))
            self.refused.hide()

    def _interval_edited(self) -> None:
        if self.folder is not None and self.interval.value() != self.folder.interval_s:
            self.set_folder(Path(self.folder.path), self.interval.value())

    # --- syncing ------------------------------------------------------------------------
    def _tick(self) -> None:
        if self.folder is not None and not self.running:
            self._run()

    def sync_now(self) -> None:
        if self.folder is None:
            self.choose_folder()
        elif not self.running:
            self._run()

    def _run(self) -> None:
        assert self.folder is not None
        self.running = True
        self.state.setStyleSheet(NOTE_STYLE)
        self.state.setText(self.tr("正在同步…"))
        run = partial(sync.folder_for_desk, lang=i18n.error_lang())
        self.session.run_on_store(
            run, Path(self.folder.path), on_done=self._done, on_error=self._failed
        )

    def _done(self, outcome: FolderOutcome | None) -> None:
        self.running = False
        self.rounds += 1
        when = datetime.now().strftime("%H:%M:%S")
        if outcome is None:
            folder = self.folder.path if self.folder is not None else ""
            self._warn(
                self.tr("{0} 找不到共享文件夹 {1}。U盘或网络盘是否已连接？").format(when, folder)
            )
            return
        report = outcome.report
        if outcome.new_ops:
            text = self.tr("{0} 已同步：收到 {1} 条新操作（来自 {2}）。").format(
                when, outcome.new_ops, join_list(sorted(set(report.imported)))
            )
        else:
            text = self.tr("{0} 已同步：没有新内容。").format(when)
        if report.conflicts:
            text += self.tr("未解决的冲突 {0} 个。").format(report.conflicts)
        self.state.setStyleSheet(NOTE_STYLE)
        self.state.setText(text)
        self.refused.clear()
        for _name, sentence in sorted(report.refused.items()):
            self.refused.addItem(sentence)  # it names the file
        self.refused.setVisible(bool(report.refused))
        changed = bool(outcome.conflicts.new or outcome.conflicts.resolved)
        self.synced.emit(outcome.new_ops, changed)

    def _failed(self, sentence: str) -> None:
        self.running = False
        self.rounds += 1
        self._warn(sentence)

    def _warn(self, text: str) -> None:
        self.state.setStyleSheet(WARNING_STYLE)
        self.state.setText(text)

    def refused_lines(self) -> list[str]:
        return [self.refused.item(n).text() for n in range(self.refused.count())]
