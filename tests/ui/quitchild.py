"""The real window in a process of its own, used at the desk, then quit: test_quit.py.

``python quitchild.py EVENT HOW SCANS``: opens EVENT and, through the keyboard as a scanner
and an operator do, scans badges SCANS times: A100001…A100005 in turn, each checked in (F1)
at its first scan. Then quits HOW: ``ctrl_q`` (the menu's shortcut), ``close`` (the window's
close button) or ``opening`` (closed at once, while the event is still opening behind the
window). The exit code is the window's (3: the desk stopped answering).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from huiwu_desk.launcher import main
from huiwu_desk.ui.main_window import MainWindow

POLL_MS = 20
GIVE_UP_S = 60  # no answer from the desk for this long: exit 3 rather than hang
PEOPLE = 5  # checked in at their first scan; scanned again and again after


def code(scan: int) -> str:
    return f"A1{scan % PEOPLE + 1:05d}"


def drive(app: QApplication, how: str, scans: int) -> None:
    scanned = checked_in = 0
    last_answer = time.monotonic()

    def window() -> MainWindow | None:
        return next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)

    def quit_now(win: MainWindow) -> None:
        if how == "ctrl_q":
            QTest.keyClick(
                app.focusWidget() or win, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
            )
        else:
            win.close()

    def step() -> None:
        nonlocal scanned, checked_in, last_answer
        win = window()
        if win is None or not win.isVisible():
            QTimer.singleShot(POLL_MS, step)
            return
        if how == "opening":
            quit_now(win)
            return
        # One key at a time, as at the desk: the next once the last one is answered.
        focus = app.focusWidget()
        if win.session.event is None or win.session.ops.pending or focus is None:
            if time.monotonic() - last_answer > GIVE_UP_S:
                print(f"quitchild: no answer after {scanned} scans", file=sys.stderr)
                app.exit(3)
                return
            QTimer.singleShot(POLL_MS, step)
            return
        last_answer = time.monotonic()
        if checked_in < min(scanned, PEOPLE):  # a first scan: F1 once the card shows
            card = win.desk_page.card
            if card is not None and card.person.code == code(scanned - 1):
                QTest.keyClick(focus, Qt.Key.Key_F1)
                checked_in += 1
        elif scanned == scans:
            quit_now(win)
            return
        else:
            QTest.keyClick(focus, Qt.Key.Key_Escape)
            QTest.keyClicks(focus, code(scanned))
            QTest.keyClick(focus, Qt.Key.Key_Return)
            scanned += 1
        QTimer.singleShot(POLL_MS, step)

    QTimer.singleShot(0, step)


if __name__ == "__main__":
    event, how, scans = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    qt_app = QApplication(sys.argv[:1])
    drive(qt_app, how, scans)
    sys.exit(main(["--event", str(event)]))
