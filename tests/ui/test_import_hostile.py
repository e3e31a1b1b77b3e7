"""A hostile file in the import wizard (issue 17): one sentence, the window lives, nothing read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from huiwu_desk.domain.sheet_errors import UnsafeSheet
from huiwu_desk.ui import i18n
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.dialogs.import_wizard import Step

from ..fixtures.hostile_sheets import far_cell, shared_string_bomb, zip_bomb
from .conftest import EventFile
from .desk_helpers import focused, open_desk, press
from .test_import_wizard import attendee_count, choose_file, open_wizard

FILES = {
    "shared_strings": (shared_string_bomb, {"why": "strings", "count": 2_000_000_000}),
    "far_cell": (far_cell, {"why": "dimension", "ref": "A1:XFD1048576"}),
    "zip_bomb": (zip_bomb, {"why": "unpacked", "mb": 1024}),
}


@pytest.mark.parametrize("kind", sorted(FILES))
def test_a_hostile_roster_is_one_sentence_and_the_desk_goes_on(
    desk_app: DeskApp, event_file: EventFile, tmp_path: Path, qtbot, kind: str
) -> None:  # type: ignore[no-untyped-def]
    make, params = FILES[kind]
    path = make(tmp_path / f"{kind}.xlsx")
    window, _desk = open_desk(desk_app, qtbot, event_file.path)
    wizard = open_wizard(window, qtbot)
    choose_file(qtbot, wizard, path)
    assert wizard.step is Step.FILE
    assert wizard.warning.isVisible()
    assert wizard.warning.text() == UnsafeSheet(name=path.name, **params).text("zh")
    assert wizard.warning.text().startswith("这个文件无法安全读取")
    assert focused() is wizard.path  # choose another file
    assert attendee_count(desk_app) == 3
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert attendee_count(desk_app) == 3  # the desk still answers


def test_the_hostile_file_sentence_is_in_the_ui_language(
    desk_app: DeskApp, event_file: EventFile, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    path = shared_string_bomb(tmp_path / "sst.xlsx")
    i18n.set_language("en")
    window, _desk = open_desk(desk_app, qtbot, event_file.path)
    wizard = open_wizard(window, qtbot)
    choose_file(qtbot, wizard, path)
    assert wizard.warning.text() == (
        "This file cannot be read safely: “sst.xlsx” declares an implausible string count "
        "(2000000000); reading stopped and nothing was changed."
    )
