"""An event file on a write-protected stick: the window opens it for reading, says why once,
and a check-in there gets that sentence instead of a crash or an "unexpected error"."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from huiwu_desk.domain.errors import ReadOnlyMedium
from huiwu_desk.services import queries
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.pages import PageId
from huiwu_desk.ui.pages.desk_page import DeskPage
from tests.integration.storage_helpers import remount, tmpfs

from .conftest import EventFile, error_boxes


def test_event_on_read_only_media_opens_read_only_in_the_window(
    desk_app: DeskApp, event_file: EventFile, tmp_path: Path, qtbot, qapp: QApplication
) -> None:  # type: ignore[no-untyped-def]
    with tmpfs(tmp_path / "stick", "8m") as stick:
        ev = stick / "event.huiwu"
        shutil.copyfile(event_file.path, ev)
        remount(stick, "ro")
        sentence = ReadOnlyMedium(path=str(ev)).text("zh")
        try:
            desk_app.session.open(ev, block=True)
            window = desk_app.show_window()
            qtbot.waitExposed(window)
            assert window.current_page() is PageId.DESK
            qtbot.waitUntil(lambda: bool(error_boxes(qapp)))
            assert error_boxes(qapp)[0].text() == sentence
            error_boxes(qapp)[0].close()

            page = window.pages[PageId.DESK]
            assert isinstance(page, DeskPage)
            code = event_file.codes["张三"]
            qtbot.keyClicks(page.scan, code)
            qtbot.keyClick(page.scan, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: page.card is not None)
            qtbot.keyClick(page.scan, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: "只读介质" in page.result.text())
            store = desk_app.session.store
            assert store is not None and store.read_only
            assert desk_app.ops.call(queries.stats, store.uow).checked_in == 0
            assert not error_boxes(qapp)  # nothing else failed on the way
        finally:
            desk_app.session.close()
            desk_app.ops.call(lambda: None)  # the close has run: nothing holds the stick
        assert os.listdir(stick) == ["event.huiwu"]
