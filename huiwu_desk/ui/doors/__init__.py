"""门口模式 (door mode): a laptop at a hall door, restaurant or 学分签到 table with a USB scanner.

``start(window)`` (报到 → 门口模式…) reads the scan points, lets the team choose one
(``point_dialog``), then shows ``door_window.DoorWindow`` full screen over the main window.
The door calls ``services.doors`` on the session's database worker like every page.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt


def start(window: Any, point: str = "") -> None:
    """Ask for the point (or take ``point``), then open the door window."""
    from ...services.doors import points as door_points

    window.session.run_query(
        door_points.point_list,
        on_done=partial(_points_read, window, point),
        on_error=partial(_failed, window),
    )


def _points_read(window: Any, point: str, points: list[Any]) -> None:
    from .point_dialog import PointDialog

    named = [p for p in points if p.name == point]
    if named:
        open_door(window, named[0].name)
        return
    dialog = PointDialog(points, window)
    slot = _slot(window)
    slot.open(dialog, lambda: open_door(window, dialog.chosen()))


def _slot(window: Any) -> Any:
    from ..widgets.dialog_slot import DialogSlot

    slot = getattr(window, "door_dialogs", None)
    if slot is None:
        slot = window.door_dialogs = DialogSlot(window)
    return slot


def open_door(window: Any, point: str) -> None:
    from .door_window import DoorWindow

    if not point:
        return
    old = getattr(window, "door_window", None)
    if old is not None:
        old.close()
    door = window.door_window = DoorWindow(window.session, point)
    door.left.connect(partial(_left, window))
    door.setGeometry(window.screen().geometry())  # without a window manager too (a kiosk)
    door.showFullScreen()
    door.activateWindow()
    door.scan.setFocus()


def _left(window: Any) -> None:
    door = getattr(window, "door_window", None)
    window.door_window = None
    if door is not None:
        door.deleteLater()
    window.activateWindow()
    window.raise_()


def _failed(window: Any, sentence: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("doors", "门口模式"),
        sentence,
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
