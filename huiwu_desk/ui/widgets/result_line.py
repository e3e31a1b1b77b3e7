"""The one line under the scan field that says what just happened, tinted by what it means.

Readable from a step back at a busy desk: the colour is the first cue (green done, red
refused, amber take note, blue a hint); a refusal also beeps.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from .fonts import scale

_PANEL = "border-radius: 6px; padding: 6px 16px;"
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
        self.setMinimumHeight(self.fontMetrics().height() + 16)

    def minimumSizeHint(self) -> QSize:
        """No width of its own: a scan of 200 characters quoted back ("没有找到…") has no place
        to wrap, and a label asks for its longest word, so the window grew to 2,644 px. The
        line now takes the width the page gives it (an unbreakable run is cut at the edge)."""
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(0, super().sizeHint().height())

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
        self.setText(text)
