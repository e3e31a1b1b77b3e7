"""At the desk a reprinted badge's QR (CODE.N) opens the card; the lost one is flagged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from huiwu_desk.bootstrap import open_event
from huiwu_desk.services import desk
from huiwu_desk.ui.app import DeskApp
from tests.ui.desk_helpers import open_desk, press, settle, small_event_file, type_text


def test_scanning_the_new_and_the_lost_badge(desk_app: DeskApp, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "e.huiwu")
    code = next(iter(ev.codes.values()))
    with open_event(ev.store.path) as store:
        ctx = store.context("李娜")
        desk.record_badge_print(store.uow, ctx, code)
        desk.record_badge_print(store.uow, ctx, code, "遗失")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)

    def scan(text: str) -> None:
        before = page.card
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.card is not None and page.card is not before)
        settle(qtbot, page)

    scan(f"{code}.2")  # the badge printed after the loss
    assert page.card is not None and page.card.person.code == code
    assert not page.card_view.warning.isVisible()
    scan(code.lower())  # the lost badge
    assert page.card.person.code == code
    assert page.card_view.warning.isVisible()
    assert page.card_view.warning.text() == "此证件已补打（第2版），旧证作废。"
