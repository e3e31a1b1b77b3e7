"""A value longer than its field takes (domain/limits.py) is said in the form before it closes,
and nothing is cut: the person shortens it (issue 17)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from huiwu_desk.domain import limits
from huiwu_desk.ui.app import DeskApp

from .desk_helpers import (
    commit,
    focused,
    open_desk,
    press,
    scan,
    small_event_file,
    wait_dialog,
    wait_result,
)
from .test_desk_tasks import warning


def test_walk_in_with_a_name_beyond_its_cap_is_said_and_kept(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = wait_dialog(qtbot, page, "walkInDialog")
    long = "欧" * (limits.NAME + 1)
    commit(long)  # a paste from somewhere
    press(qtbot, Qt.Key.Key_Return)
    assert warning(dialog) == f"“姓名”太长（{limits.NAME + 1} 个字），最多 {limits.NAME} 个字。"
    assert dialog.isVisible() and dialog.form.name.text() == long  # not cut
    assert focused() is dialog.form.name
    dialog.form.name.setText("欧阳娜娜")
    press(qtbot, Qt.Key.Key_Return)
    wait_result(qtbot, page, "已现场注册 欧阳娜娜")


def test_f6_with_notes_beyond_their_cap_is_said_and_nothing_is_saved(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    scan(qtbot, page, ev.codes["张三"])
    press(qtbot, Qt.Key.Key_F6)
    dialog = wait_dialog(qtbot, page, "editDialog")
    dialog.form.notes.setText("备" * (limits.NOTES + 1))
    dialog.form.name.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert warning(dialog).startswith("“备注”太长（2001 个字）")
    assert dialog.isVisible() and focused() is dialog.form.notes
