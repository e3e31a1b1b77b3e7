"""Keys and scans that overlap at a busy desk act on the right person (issue 13, items 1 and 2).

A key pressed while a scan is being looked up waits for it; a scanner's burst into a dialog
is kept for the desk, never typed. The races are made certain by holding the database worker
busy; a scanner is key events 2 ms apart by their timestamps, a person 150 ms apart.
"""

from __future__ import annotations

import itertools
import threading
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel

from huiwu_desk.bootstrap import open_event
from huiwu_desk.services import card
from huiwu_desk.ui.app import DeskApp
from huiwu_desk.ui.pages.desk_page import DeskPage

from .desk_helpers import (
    checked_in,
    focused,
    open_desk,
    press,
    scan,
    settle,
    small_event_file,
    wait_dialog,
)

SCANNER_MS = 2
PERSON_MS = 150
_clock = itertools.count(1_000_000, 1)  # key timestamps (ms), as the window system stamps them
_now = [next(_clock)]


def key(ch: str, after_ms: int) -> None:
    """One key, press and release, ``after_ms`` after the last one (by its timestamp)."""
    _now[0] += after_ms
    if ch == "\r":
        code, text, mods = Qt.Key.Key_Return, "\r", Qt.KeyboardModifier.NoModifier
    elif ch.isdigit():
        code, text, mods = Qt.Key(Qt.Key.Key_0 + int(ch)), ch, Qt.KeyboardModifier.NoModifier
    else:
        shift = Qt.KeyboardModifier.ShiftModifier if ch.isupper() else Qt.KeyboardModifier(0)
        code, text, mods = Qt.Key(Qt.Key.Key_A + ord(ch.upper()) - ord("A")), ch, shift
    target = focused()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, code, mods, text)
        event.setTimestamp(_now[0])
        QApplication.sendEvent(target, event)


def scanner(code: str) -> None:
    """A USB scanner: the code and Enter, 2 ms a key, after a pause."""
    for n, ch in enumerate(code + "\r"):
        key(ch, 1000 if n == 0 else SCANNER_MS)


def person_types(text: str) -> None:
    for ch in text:
        key(ch, PERSON_MS)


def hold_worker(page: DeskPage) -> threading.Event:
    """The database worker busy until the event is set: every answer waits behind it."""
    release = threading.Event()
    page.session.ops.run(release.wait, 30)
    return release


def test_enter_right_after_a_scan_checks_in_the_scanned_person(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    a, b = ev.codes["张三"], ev.codes["王五"]
    scan(qtbot, page, a)  # A on the card, not checked in
    release = hold_worker(page)
    scanner(b)  # B scanned…
    key("\r", PERSON_MS)  # …and Enter right after, before B's card is back
    assert page.card is not None and page.card.person.code == a  # still A on screen
    release.set()
    qtbot.waitUntil(lambda: "报到成功" in page.result.text())
    settle(qtbot, page)
    assert page.result.text().startswith("✓ 王五（")
    assert page.card is not None and page.card.person.code == b
    desk_app.session.close()
    assert checked_in(ev.store.path, b) and not checked_in(ev.store.path, a)


def test_keys_after_a_scan_act_on_its_person_or_on_nobody(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    a, b = ev.codes["张三"], ev.codes["李四"]
    scan(qtbot, page, a)
    # F2 while B is looked up: the payment dialog is B's
    release = hold_worker(page)
    scanner(b)
    press(qtbot, Qt.Key.Key_F2)
    assert page.tasks.dialog is None
    release.set()
    dialog = wait_dialog(qtbot, page, "paymentDialog")
    assert dialog.card.person.code == b
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.tasks.dialog is None and page.scan.hasFocus())
    # a scan that finds nobody: the Enter after it checks in no one (not B, still on screen)
    release = hold_worker(page)
    scanner("NOPE42")
    key("\r", PERSON_MS)
    press(qtbot, Qt.Key.Key_F1)
    release.set()
    qtbot.waitUntil(lambda: "NOPE42" in page.result.text())
    settle(qtbot, page)
    assert page.result.text() == "✗ 找不到编号为“NOPE42”的参会人员。"
    assert page.card is None
    desk_app.session.close()
    assert not checked_in(ev.store.path, a) and not checked_in(ev.store.path, b)


def test_a_scan_into_the_payment_dialog_is_kept_for_the_desk(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    a, b = ev.codes["张三"], ev.codes["李四"]
    assert any(ch in "23456" for ch in b)  # its digits would choose a method
    scan(qtbot, page, a)
    press(qtbot, Qt.Key.Key_F2)
    dialog = wait_dialog(qtbot, page, "paymentDialog")
    assert dialog.methods.hasFocus() and dialog.method() == "cash"
    scanner(b)  # the next attendee's badge
    assert (
        dialog.isVisible() and page.tasks.dialog is dialog
    )  # the scanner's Enter confirmed nothing
    warning = dialog.findChild(QLabel, "dialogWarning")
    assert warning.isVisible() and "请先完成或取消当前操作" in warning.text()
    assert b in warning.text()
    assert dialog.method() == "cash" and dialog.methods.hasFocus()
    assert dialog.amount.text() == "1200.00"
    press(qtbot, Qt.Key.Key_Escape)
    # afterwards the desk looks the kept scan up, as if just scanned
    qtbot.waitUntil(lambda: page.card is not None and page.card.person.code == b)
    assert page.tasks.dialog is None and page.scan.hasFocus() and page.scan.text() == ""
    settle(qtbot, page)
    desk_app.session.close()
    with open_event(ev.store.path, write=False) as store:
        assert card.attendee_card(store.uow, a).payments == ()
        assert card.attendee_card(store.uow, b).payments == ()


def test_a_person_types_the_amount_after_a_scan_went_into_the_field(
    desk_app: DeskApp, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ev = small_event_file(tmp_path / "event.huiwu")
    _window, page = open_desk(desk_app, qtbot, ev.store.path)
    a, b = ev.codes["张三"], ev.codes["李四"]
    scan(qtbot, page, a)
    press(qtbot, Qt.Key.Key_F2)
    dialog = wait_dialog(qtbot, page, "paymentDialog")
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.amount.hasFocus() and dialog.amount.selectedText() == "1200.00"
    scanner(b)
    assert dialog.amount.text() == "1200.00" and dialog.amount.selectedText() == "1200.00"
    assert dialog.amount.hasFocus() and page.tasks.dialog is dialog
    # a person at normal speed, a quick roll-over of two keys included: typed, not a scan
    key("8", PERSON_MS)
    key("0", PERSON_MS)
    key("0", 12)
    assert dialog.amount.text() == "800"
    key("\r", PERSON_MS)
    qtbot.waitUntil(lambda: "收据号" in page.result.text())
    assert page.result.text().startswith("✓ 已收 张三 会务费 ¥800.00（现金）")
    qtbot.waitUntil(lambda: page.card is not None and page.card.person.code == b)
    settle(qtbot, page)
    desk_app.session.close()
    with open_event(ev.store.path, write=False) as store:
        paid = card.attendee_card(store.uow, a).payments
        assert [(p.method, p.amount_fen) for p in paid] == [("cash", 80000)]
        assert card.attendee_card(store.uow, b).payments == ()
