"""Fixtures for the window tests: offscreen Qt, private prefs folders, small real event files."""

from __future__ import annotations

import os

# Before anything imports Qt: no display needed, and the same in CI as on a laptop.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from huiwu_desk.bootstrap import create_event
from huiwu_desk.domain.model import Role
from huiwu_desk.services import attendees
from huiwu_desk.ui import i18n
from huiwu_desk.ui.app import DeskApp, setup_application
from huiwu_desk.ui.prefs import Prefs

PEOPLE = [("张三", "北京协和医院"), ("李四", "四川大学华西医院"), ("王五", "")]


@dataclass
class EventFile:
    path: Path
    codes: dict[str, str]  # name → code


def make_event_file(path: Path) -> EventFile:
    operators = [("王芳", Role.SUPERVISOR), ("李娜", Role.OPERATOR), ("张伟", Role.OPERATOR)]
    with create_event(path, "测试学术年会", "A1", operators=operators) as store:
        ctx = store.context()
        codes = {
            name: attendees.add_attendee(store.uow, ctx, {"name": name, "unit": unit}).result
            for name, unit in PEOPLE
        }
    return EventFile(path, codes)


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the real user's prefs, recent list or demo event."""
    monkeypatch.setenv("HUIWU_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("HUIWU_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def event_file(tmp_path: Path) -> EventFile:
    return make_event_file(tmp_path / "event.huiwu")


@pytest.fixture
def desk_app(qapp: QApplication) -> Iterator[DeskApp]:
    setup_application(qapp, "zh_CN")
    app = DeskApp(Prefs.load())
    yield app
    for box in qapp.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()
    if app.window is not None:
        app.window.close()
        app.window.deleteLater()
    app.shutdown()
    i18n.set_language("zh_CN")


def error_boxes(qapp: QApplication) -> list[QMessageBox]:
    return [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
