"""A scanner's burst never lands in a dialog: it is kept for the desk instead.

A USB barcode scanner is a keyboard that types a code a few milliseconds a character and
presses Enter. At the desk the scan field takes it; but with a dialog open (F2 for one person,
the next attendee's badge scanned) its digits would choose a payment method and its Enter
confirm. One application-wide event filter times every key press by the event's own timestamp
(the window system's: a busy GUI thread does not change the gaps):

- a *run* is printable characters, each within ``SCAN_GAP_MS`` of the one before;
- Enter within ``SCAN_GAP_MS`` of a run of at least ``MIN_SCAN_CHARS`` is a scan. Aimed at a
  dialog, its Enter is swallowed and the widget the run typed into is put back as it was
  before the run's first character (which cannot be known as a scan until the next one
  arrives): field text and selection, the list's or combo's choice. The dialog says
  请先完成或取消当前操作, and once it closes ``scan_kept`` hands the code to the desk, which
  looks it up as if just scanned.

People type 30 ms or more apart, so names and amounts are untouched. A key event without a
timestamp (0: made by a program, as QTest's are) never joins a run.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolTip,
    QWidget,
)

from .dialogs.parts import show_warning

SCAN_GAP_MS = 20  # scanners: 1–5 ms a character (~16 at a slow USB poll); people: 30 and more
MIN_SCAN_CHARS = 4  # a quick "80⏎" by hand is no scan; badge codes are longer
KEPT_PROPERTY = "huiwu_kept_scan"

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIER_KEYS = (
    Qt.Key.Key_Shift,  # a scanner holds Shift for capitals: not the end of its run
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def dialog_of(widget: QWidget | None) -> QDialog | None:
    """The dialog ``widget`` is part of (a combo's popup list included), if any."""
    while widget is not None:
        if isinstance(widget, QDialog):
            return widget
        widget = widget.parentWidget()
    return None


class _Snapshot:
    """The state of the widget a run types into, taken before its first character, to put back.

    Keys go to the focus widget: a line edit (text, cursor, selection), a list (the current
    row: digits choose a payment method), a combo box, a spin or date box, a check box.
    """

    def __init__(self, dialog: QDialog, widget: QWidget) -> None:
        self.dialog = dialog
        self.widget = widget
        self.state: Any = None
        if isinstance(widget, QLineEdit):
            start, length = widget.selectionStart(), widget.selectionLength()
            self.state = (widget.text(), widget.cursorPosition(), start, length)
        elif isinstance(widget, QAbstractItemView):
            self.state = QPersistentModelIndex(widget.currentIndex())
        elif isinstance(widget, QComboBox):
            self.state = (widget.currentIndex(), widget.currentText())
        elif isinstance(widget, QDateTimeEdit):
            self.state = widget.dateTime()
        elif isinstance(widget, QSpinBox | QDoubleSpinBox):
            self.state = widget.value()
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            self.state = widget.isChecked()

    def restore(self) -> None:
        w, state = self.widget, self.state
        if not shiboken6.isValid(w):
            return
        if isinstance(w, QLineEdit):
            text, cursor, start, length = state
            if w.text() != text:
                w.setText(text)
            w.setCursorPosition(cursor)
            if start >= 0 and length:
                w.setSelection(start, length)
        elif isinstance(w, QAbstractItemView):
            if state.isValid():
                w.setCurrentIndex(w.model().index(state.row(), state.column(), state.parent()))
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(state[0])
            if w.isEditable():
                w.setEditText(state[1])
        elif isinstance(w, QDateTimeEdit):
            w.setDateTime(state)
        elif isinstance(w, QSpinBox | QDoubleSpinBox):
            w.setValue(state)
        elif isinstance(w, QAbstractButton) and state is not None:
            w.setChecked(state)
        w.setFocus(Qt.FocusReason.OtherFocusReason)


class ScannerBursts(QObject):
    """The application's one filter (``watch()``): a scan into a dialog is kept, not typed."""

    scan_kept = Signal(str)  # a code scanned into a dialog, once that dialog has closed

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._run: list[str] = []  # the characters of the current run
        self._last_ms = 0  # the timestamp of its last character
        self._snapshot: _Snapshot | None = None  # of the dialog's widget the run typed into
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if watched is not (QApplication.focusWidget() or watched.window()):
            return False  # the same key passed on to a parent: counted once, where it landed
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False
        ms = event.timestamp()
        gap = ms - self._last_ms
        quick = bool(self._run) and ms != 0 and 0 <= gap <= SCAN_GAP_MS
        if key in _ENTER:
            code, snapshot = "".join(self._run), self._snapshot
            self._end_run()
            dialog = dialog_of(watched)
            if not (quick and len(code) >= MIN_SCAN_CHARS) or dialog is None:
                return False  # a person's Enter, or a scan at the desk's field
            if snapshot is not None and snapshot.dialog is dialog:
                snapshot.restore()
            self._keep(dialog, code)
            return True  # the scanner's Enter confirms nothing
        text = event.text()
        typed = (
            len(text) == 1
            and text.isprintable()
            and not event.modifiers() & _COMMAND_MODIFIERS
            and not event.isAutoRepeat()  # a held key repeats fast too
            and ms != 0
        )
        if not typed:
            self._end_run()  # Tab, Backspace, arrows… end a run
            return False
        if not quick:
            self._end_run()
        if self._snapshot is None:
            dialog = dialog_of(watched)
            if dialog is not None:  # before this character reaches it
                self._snapshot = _Snapshot(dialog, watched)
        self._run.append(text)
        self._last_ms = ms
        return False

    def _end_run(self) -> None:
        self._run, self._last_ms, self._snapshot = [], 0, None

    def _keep(self, dialog: QDialog, code: str) -> None:
        if dialog.property(KEPT_PROPERTY) is None:
            dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.setProperty(KEPT_PROPERTY, code)  # the latest scan wins
        text = QCoreApplication.translate(
            "scanner_bursts", "请先完成或取消当前操作。刚扫的 {0} 将在关闭此窗口后查找。"
        ).format(code)
        label = dialog.findChild(QLabel, "dialogWarning")  # our dialogs' warning line
        if label is not None:
            show_warning(label, text)
        else:
            QToolTip.showText(dialog.mapToGlobal(dialog.rect().center()), text, dialog)

    def _closed(self, dialog: QDialog) -> None:
        code = dialog.property(KEPT_PROPERTY)
        dialog.setProperty(KEPT_PROPERTY, "")
        if code:
            self.scan_kept.emit(str(code))


_watcher: ScannerBursts | None = None


def watch() -> ScannerBursts:
    """The application's filter, installed the first time it is asked for."""
    global _watcher
    app = QCoreApplication.instance()
    assert app is not None
    if _watcher is None or not shiboken6.isValid(_watcher):
        _watcher = ScannerBursts(app)
    return _watcher
