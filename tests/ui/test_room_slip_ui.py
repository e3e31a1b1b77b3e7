"""The room slip from the window: F4 gives the bed and the receipt printer prints the key
envelope's slip; the 冲突 page's 换房 prints the new room's slip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from huiwu_desk.bootstrap import EventStore, open_event
from huiwu_desk.services import printing, rooms
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.dialogs.move_room_dialog import MoveRoomDialog
from huiwu_desk.ui.pages import PageId
from tests.integration.printing_support import text_outside_rasters

from .desk_helpers import (
    open_desk,
    press,
    scan,
    small_event_file,
    type_text,
    wait_dialog,
    wait_result,
)
from .test_conflicts_ui import code_of, conflicts_page, focused, open_window, two_desks_with


def wait_slip(qtbot, path: Path, room: str) -> bytes:  # type: ignore[no-untyped-def]
    wanted = f"房号：{room}".encode("gb18030")

    def printed() -> bool:
        return path.exists() and wanted in text_outside_rasters(path.read_bytes())

    qtbot.waitUntil(printed, timeout=15000)
    return text_outside_rasters(path.read_bytes())


def test_f4_with_a_receipt_printer_prints_the_room_slip(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    out = tmp_path / "slip.bin"
    with open_event(ev.store.path) as store:
        printing.set_printer(store.uow, "receipt", f"escpos-file://{out}")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    scan(qtbot, page, ev.codes["王五"])
    press(qtbot, Qt.Key.Key_F4)
    dialog = wait_dialog(qtbot, page, "roomDialog")
    dialog.number.setFocus()
    type_text(qtbot, "302")  # past the suggestions
    press(qtbot, Qt.Key.Key_Return)
    text = wait_result(qtbot, page, "已排入")
    assert text == "✓ 王五 已排入 302 房间。 正在打印住宿凭单。"
    printed = wait_slip(qtbot, out, "302")
    for expected in ("住宿凭单", "酒店：会议中心酒店", "入住：2026-11-27", "离店：2026-11-30"):
        assert expected.encode("gb18030") in printed, expected


def test_a_move_on_the_conflicts_page_prints_the_new_rooms_slip(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "slip.bin"

    def clash(a: EventStore, b: EventStore) -> None:
        printing.set_printer(a.uow, "receipt", f"escpos-file://{out}")
        rooms.assign_room(a.uow, a.context(), code_of(a, "张三"), "302")  # king, one bed
        rooms.assign_room(b.uow, b.context(), code_of(b, "李四"), "302")

    window = open_window(desk_app, qtbot, two_desks_with(tmp_path, clash))
    window.show_page(PageId.CONFLICTS)
    page = conflicts_page(window)
    qtbot.waitUntil(lambda: page.list.count() == 1)
    page.list.setCurrentRow(0)
    page.action_buttons()[0].click()  # 把 李四 换到其他房间…（建议）
    qtbot.waitUntil(lambda: isinstance(page.dialog, MoveRoomDialog))
    dialog = page.dialog
    assert isinstance(dialog, MoveRoomDialog) and dialog.room_number() == "301"
    qtbot.waitUntil(lambda: dialog.isAncestorOf(focused()))
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "已从 302 换到 301" in page.result.text())
    assert page.result.text().endswith("正在打印住宿凭单。")
    printed = wait_slip(qtbot, out, "301")
    assert "离店：2026-11-30".encode("gb18030") in printed
