"""Every file dialog of the app: asking for a file or folder to read or write.

A dialog lists a folder, and Qt's own dialog (like GTK's) opens every file it lists to sniff
its type for the icon and the "type" column. When that folder holds the open event file, that
one open and close drops all of this process's POSIX locks on it, SQLite's included, and the
next outside reader deletes the live WAL (see adapters/db/live_files.py). So outside Windows,
whose locks do not work that way, the dialogs are Qt's own, with an icon provider that looks
at names only: nothing in the folder is opened. Callers use ``file_dialogs.open_file(...)``
(module attribute), so tests can stand in for the person at the dialog.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QStyle,
    QTreeView,
    QWidget,
)


class NameOnlyIcons(QAbstractFileIconProvider):
    """Icons and type names from the file name alone; never opens a file. Called from Qt's
    file-info thread too, so it only hands out icons made beforehand."""

    def __init__(self) -> None:
        super().__init__()
        style = QApplication.style()
        self._folder = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self._file = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def icon(self, info: object) -> QIcon:  # type: ignore[override]
        if isinstance(info, QAbstractFileIconProvider.IconType):
            return self._folder if info == QAbstractFileIconProvider.IconType.Folder else self._file
        return self._folder if info.isDir() else self._file  # type: ignore[attr-defined]

    def type(self, info: object) -> str:  # type: ignore[override]
        if info.isDir():  # type: ignore[attr-defined]
            return QApplication.translate("file_dialogs", "文件夹")
        suffix = info.suffix().lower()  # type: ignore[attr-defined]
        known = {
            "huiwu": QApplication.translate("file_dialogs", "会议文件"),
            "hwsync": QApplication.translate("file_dialogs", "同步文件"),
            "xlsx": QApplication.translate("file_dialogs", "Excel 工作簿"),
            "xls": QApplication.translate("file_dialogs", "Excel 工作簿"),
        }
        if suffix in known:
            return known[suffix]
        return QApplication.translate("file_dialogs", "{0} 文件").format(suffix.upper()).strip()


def make_dialog(parent: QWidget | None, title: str, start: str, filters: str = "") -> QFileDialog:
    """A file dialog that never opens the files it lists (see the module docstring)."""
    dialog = QFileDialog(parent, title, start, filters)
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
        icons = NameOnlyIcons()
        dialog.setIconProvider(icons)
        dialog._huiwu_icons = icons  # type: ignore[attr-defined]  # alive as long as the dialog
        # Qt's own catalogue leaves these two in English
        label = QFileDialog.DialogLabel
        dialog.setLabelText(label.LookIn, QApplication.translate("file_dialogs", "位置："))
        dialog.setLabelText(label.FileType, QApplication.translate("file_dialogs", "文件类型："))
        # room for name, size, type and date on a 1366×768 desk laptop
        screen = parent.screen() if parent is not None else QApplication.primaryScreen()
        area = screen.availableGeometry()
        dialog.resize(min(960, area.width() - 60), min(600, area.height() - 60))
        details = dialog.findChild(QTreeView, "treeView")
        if details is not None:
            header = details.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column, width in ((1, 90), (2, 120), (3, 150)):
                header.resizeSection(column, width)
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return []
        return dialog.selectedFiles()
    finally:
        dialog.deleteLater()


def open_file(parent: QWidget | None, title: str, folder: Path | str, filters: str) -> Path | None:
    dialog = make_dialog(parent, title, str(folder), filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = _run(dialog)
    return Path(chosen[0]) if chosen else None


def open_files(parent: QWidget | None, title: str, folder: Path | str, filters: str) -> list[Path]:
    dialog = make_dialog(parent, title, str(folder), filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return [Path(p) for p in _run(dialog)]


def save_file(
    parent: QWidget | None, title: str, suggested: Path | str, filters: str, suffix: str = ""
) -> Path | None:
    """Where to write; ``suffix`` (".pdf") is added when the person typed a name without it."""
    dialog = make_dialog(parent, title, str(suggested), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    chosen = _run(dialog)
    if not chosen:
        return None
    path = Path(chosen[0])
    if suffix and path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    return path


def save_xlsx(parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
    """The chosen path, with ``.xlsx`` added when the person typed a name without it."""
    return save_file(parent, title, suggested, filters, ".xlsx")


def choose_folder(parent: QWidget | None, title: str, start: Path | str) -> Path | None:
    dialog = make_dialog(parent, title, str(start))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(dialog)
    return Path(chosen[0]) if chosen else None
