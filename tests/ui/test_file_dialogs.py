"""The window's file dialogs and roster reader never open the event file it holds (issue 12).

One open and close of the event file in the window's process drops SQLite's locks; the next
outside program that reads the file and closes it then deletes the live WAL. These tests
list the event's folder in every kind of dialog the app shows, pick the event file as a
roster, then let an outside SQLite connection come and go: the WAL must still be there.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

from huiwu_desk.domain.errors import LiveEventFile
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.widgets import file_dialogs
from tests.ui.conftest import EventFile
from tests.ui.desk_helpers import open_desk, press
from tests.ui.test_import_wizard import choose_file, open_wizard

ROOT = Path(__file__).resolve().parents[2]


def outside_reader_comes_and_goes(path: Path) -> None:
    """Any SQLite program in another process (read-write, as most open files) reads the file
    and closes it; in this process it would share SQLite's locks and prove nothing."""
    read = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('SELECT count(*) FROM sqlite_master').fetchall()"
    subprocess.run([sys.executable, "-c", read + "; c.close()", str(path)], check=True)


def _close_when_listed(qapp: QApplication, folder: Path, seen: list[int], tries: int = 250) -> None:
    dialog = qapp.activeModalWidget()
    model = dialog.findChild(QFileSystemModel) if isinstance(dialog, QFileDialog) else None
    rows = model.rowCount(model.index(str(folder))) if model is not None else 0
    if rows < 1 and tries > 0:  # not shown, or still listing
        QTimer.singleShot(20, lambda: _close_when_listed(qapp, folder, seen, tries - 1))
        return
    assert isinstance(dialog, QFileDialog)
    seen.append(rows)
    # give the icon/type thread time to look at every file it lists, then cancel
    QTimer.singleShot(600, dialog.reject)


@pytest.mark.parametrize("kind", ["open_file", "open_files", "save_file", "choose_folder"])
def test_a_dialog_listing_the_event_folder_leaves_the_live_wal_alone(
    desk_app: DeskApp, event_file: EventFile, qapp: QApplication, qtbot, kind: str
) -> None:  # type: ignore[no-untyped-def]
    window, _desk = open_desk(desk_app, qtbot, event_file.path)
    folder = event_file.path.parent
    (folder / "名单.xlsx").write_bytes(b"PK")  # something else to list beside it
    seen: list[int] = []
    listed = folder.parent if kind == "choose_folder" else folder
    QTimer.singleShot(0, lambda: _close_when_listed(qapp, listed, seen))
    show = {
        "open_file": lambda: file_dialogs.open_file(window, "t", folder, "所有文件 (*)"),
        "open_files": lambda: file_dialogs.open_files(window, "t", folder, "所有文件 (*)"),
        "save_file": lambda: file_dialogs.save_file(window, "t", folder / "x.xlsx", "(*)"),
        "choose_folder": lambda: file_dialogs.choose_folder(window, "t", folder.parent),
    }[kind]
    assert show() in (None, [])
    assert seen and seen[0] >= (1 if kind == "choose_folder" else 2)  # the folder was listed
    outside_reader_comes_and_goes(event_file.path)
    assert Path(f"{event_file.path}-wal").exists(), "the dialog dropped the window's locks"


def test_picking_the_event_file_as_a_roster_is_one_sentence_and_harmless(
    desk_app: DeskApp, event_file: EventFile, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window, _desk = open_desk(desk_app, qtbot, event_file.path)
    for picked in (event_file.path, Path(f"{event_file.path}-wal")):
        wizard = open_wizard(window, qtbot)
        choose_file(qtbot, wizard, picked)
        assert wizard.warning.isVisible()
        assert wizard.warning.text() == LiveEventFile(path=str(picked)).text("zh")
        press(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda w=wizard: not w.isVisible())
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    outside_reader_comes_and_goes(event_file.path)
    assert Path(f"{event_file.path}-wal").exists()


def test_every_file_dialog_of_the_app_is_made_in_one_place() -> None:
    """The rule is enforced, not remembered: QFileDialog appears only in file_dialogs.py."""
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "huiwu_desk").rglob("*.py")
        if p.name != "file_dialogs.py" and re.search(r"\bQFileDialog\b", p.read_text("utf-8"))
    ]
    assert offenders == []
