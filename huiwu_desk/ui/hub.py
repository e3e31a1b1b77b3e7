"""App-wide signals: one broadcast after each change, so pages refresh without knowing each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    # A Changes record from a use case that committed (services/changes.py).
    changes_applied = Signal(object)
    # An OpenEvent (ui/session.py) once an event file is open and its summary is read.
    event_opened = Signal(object)
    event_closed = Signal()
    # The same event, re-read after a change to its setup (an operator added, a sync).
    event_updated = Signal(object)
    # The operator's name, after it was remembered in the event file.
    operator_changed = Signal(str)
    # One sentence for the person at the desk, already in the UI language.
    error = Signal(str)
    # A desk task the event is not set up for: the setup page that fixes it ("fees",
    # "rooms", "materials") and the sentence that said so.
    setup_missing = Signal(str, str)
