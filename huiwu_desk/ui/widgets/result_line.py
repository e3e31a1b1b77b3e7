"""The one line under the scan field that says what just happened, tinted by what it means.

Readable from a step back at a busy desk: the colour is the first cue (green done, red
refused, amber take note, blue a hint); a refusal also beeps.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication, QLabel, QWidget

from .fonts import scale

_PANEL = "border-radius: 6px; padding: 10px 16px;"
SUCCESS_STYLE = "color: #116329; background: #dafbe1;" + _PANEL
REFUSAL_STYLE = "color: #a40e26; background: #ffebe9;" + _PANEL
NOTICE_STYLE = "color: #7d4e00; background: #fff8c5;" + _PANEL
INFO_STYLE = "color: #0550ae; background: #ddf4ff;" + _PANEL


class ResultLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultLine")
        self.setWordWrap(True)
        scale(self, 1.5)
        # one line always reserved: what is below does not jump when a result appears
        self.setMinimumHeight(self.fontMetrics().height() + 24)

    def success(self, text: str) -> None:
        self._show("✓ " + text, SUCCESS_STYLE)

    def refusal(self, sentence: str) -> None:
        QApplication.beep()
        self._show("✗ " + sentence, REFUSAL_STYLE)

    def notice(self, text: str) -> None:
        self._show(text, NOTICE_STYLE)

    def info(self, text: str) -> None:
        self._show(text, INFO_STYLE)

    def clear(self) -> None:
        super().clear()
        self.setStyleSheet("")

    def _show(self, text: str, style: str) -> None:
        self.setStyleSheet(style)
        self.setText(breakable(text))


LONGEST_UNBROKEN = 24


def breakable(text: str) -> str:
    """A scan of 200 characters quoted back ("没有找到…") must wrap, not widen the window: a
    zero-width space every 24 characters of a run of Latin letters, digits and signs, which
    has no break of its own (Chinese text breaks between any two characters already)."""
    return re.sub(
        rf"[!-~]{{{LONGEST_UNBROKEN + 1},}}",
        lambda m: "\u200b".join(
            m[0][i : i + LONGEST_UNBROKEN] for i in range(0, len(m[0]), LONGEST_UNBROKEN)
        ),
        text,
    )
