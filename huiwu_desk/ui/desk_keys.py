"""The desk's tasks and their keys: one table for the menu, the card's buttons and the hints."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication


class DeskTask(Enum):
    CHECK_IN = "check_in"
    COLLECT_FEE = "collect_fee"
    HAND_OUT = "hand_out"
    ROOM = "room"
    BADGE = "badge"
    EDIT = "edit"
    WALK_IN = "walk_in"


KEYS = {
    DeskTask.CHECK_IN: "F1",
    DeskTask.COLLECT_FEE: "F2",
    DeskTask.HAND_OUT: "F3",
    DeskTask.ROOM: "F4",
    DeskTask.BADGE: "F5",
    DeskTask.EDIT: "F6",
    DeskTask.WALK_IN: "Ctrl+N",
}


def task_title(task: DeskTask) -> str:
    titles = {
        DeskTask.CHECK_IN: QCoreApplication.translate("desk_keys", "报到"),
        DeskTask.COLLECT_FEE: QCoreApplication.translate("desk_keys", "收费"),
        DeskTask.HAND_OUT: QCoreApplication.translate("desk_keys", "发资料"),
        DeskTask.ROOM: QCoreApplication.translate("desk_keys", "排房"),
        DeskTask.BADGE: QCoreApplication.translate("desk_keys", "证件"),
        DeskTask.EDIT: QCoreApplication.translate("desk_keys", "修改"),
        DeskTask.WALK_IN: QCoreApplication.translate("desk_keys", "现场注册"),
    }
    return titles[task]


def key_hint(task: DeskTask) -> str:
    """ "F2 收费" — the key first, as it is printed on the keyboard."""
    return f"{KEYS[task]} {task_title(task)}"
