"""Driving the 排房 page as a desk does (keys into whatever has the focus) on a real event file.

The event: 会议中心酒店 301 (twin: 张三, 单雄信), 302 (king: 王五), 303 (twin: 李四) and
华美酒店 301 (twin, empty), three nights (11-27 to 11-29); 赵敏 (F) and 孙七 (M) wait for a
bed; 王芳 is a supervisor with a PIN.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from huiwu_desk.domain.model import RoomType
from huiwu_desk.services import attendees, operators, printing, rooms, setup
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.main_window import MainWindow
from huiwu_desk.ui.pages import PageId
from huiwu_desk.ui.pages.rooms_page import RoomsPage

from ..conftest import SmallEvent, build_small_event
from .desk_helpers import focused, open_desk, press

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
PIN = "246813"


def rooms_event(path: Path, printer: Path | None = None) -> SmallEvent:
    ev = build_small_event(path)
    uow, ctx = ev.uow, ev.ctx
    for name in ("张三", "李四", "王五", "单雄信"):
        attendees.update_attendee(uow, ctx, ev.codes[name], {"needs_room": True})
    for name, gender in (("赵敏", "F"), ("孙七", "M")):
        fields = {"name": name, "gender": gender, "unit": "协和医院", "needs_room": True}
        ev.codes[name] = attendees.add_attendee(uow, ctx, fields).result
    with uow.reading():
        (hotel,) = uow.rooms.hotel_names()
    setup.add_room(uow, ctx, hotel, "303", RoomType.TWIN, 2)
    for name, number in (("张三", "301"), ("单雄信", "301"), ("王五", "302"), ("李四", "303")):
        rooms.assign_room(uow, ctx, ev.codes[name], number)
    other = setup.add_hotel(uow, ctx, "华美酒店").result
    setup.add_room(uow, ctx, other, "301", RoomType.TWIN, 2)
    operators.set_pin(uow, ctx, "王芳", PIN)
    if printer is not None:
        printing.set_printer(uow, "receipt", f"escpos-file://{printer}")
    ev.store.close()
    return ev


def open_rooms(desk_app: DeskApp, qtbot, path: Path) -> tuple[MainWindow, RoomsPage]:  # type: ignore[no-untyped-def]
    window, _desk = open_desk(desk_app, qtbot, path)
    press(qtbot, Qt.Key.Key_5, CTRL)
    qtbot.waitUntil(lambda: window.current_page() is PageId.ROOMS)
    page = window.pages[PageId.ROOMS]
    assert isinstance(page, RoomsPage)
    settle(qtbot, page)
    return window, page


def settle(qtbot, page: RoomsPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.session.ops.pending == 0 and not page.loading)


def rows(page: RoomsPage) -> list[str]:
    """Each row as the grid reads it: hotel, number, then the three nights."""
    m = page.model
    return [
        " | ".join(str(m.index(r, c).data()) for c in (0, 1, 5, 6, 7)) for r in range(m.rowCount())
    ]


def night(page: RoomsPage, hotel: str, number: str, i: int = 0) -> str:
    m = page.model
    for r in range(m.rowCount()):
        room = m.room_at(r)
        if room is not None and room.hotel == hotel and room.number == number:
            return str(m.index(r, m.first_night_column + i).data())
    raise AssertionError(f"{hotel}/{number} is not shown")


def waiting(page: RoomsPage) -> list[str]:
    m = page.waiting
    return [str(m.index(r, 1).data()) for r in range(m.rowCount())]


def go_to_cell(qtbot, page: RoomsPage, hotel: str, number: str, i: int = 0) -> None:  # type: ignore[no-untyped-def]
    """Alt+R to the grid, then ↓/→ to the room and the night, as a person does."""
    press(qtbot, Qt.Key.Key_R, ALT)
    assert page.grid.hasFocus()
    press(qtbot, Qt.Key.Key_Home, CTRL)
    target = next(
        r for r in range(page.model.rowCount())
        if (page.model.room_at(r).hotel, page.model.room_at(r).number) == (hotel, number)
    )  # fmt: skip
    for _ in range(target):
        press(qtbot, Qt.Key.Key_Down)
    while page.grid.currentIndex().column() < page.model.first_night_column + i:
        press(qtbot, Qt.Key.Key_Right)
    assert page.current_room().number == number and page.current_room().hotel == hotel


def choose_waiting(qtbot, page: RoomsPage, name: str) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_W, ALT)
    assert page.waiting_view.hasFocus()
    press(qtbot, Qt.Key.Key_Home, CTRL)
    while page.current_waiting().name != name:
        press(qtbot, Qt.Key.Key_Down)


def closed(qtbot, page: RoomsPage) -> None:  # type: ignore[no-untyped-def]
    """The dialog is gone and the view acted from has the keyboard again."""
    qtbot.waitUntil(lambda: page.actions.dialog is None)
    qtbot.waitUntil(lambda: focused() in (page.grid, page.waiting_view))


def wait_result(qtbot, page: RoomsPage, text: str) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: text in page.result.text())
    settle(qtbot, page)
    if page.actions.dialog is None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return page.result.text()


def wait_dialog(qtbot, page: RoomsPage, name: str):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.actions.dialog is not None and page.actions.dialog.isVisible())
    dialog = page.actions.dialog
    assert dialog.objectName() == name
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog
