"""Type sizes: the desk page is read from a step back, so its text is scaled up."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def scale(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    if bold:
        font.setBold(True)
    widget.setFont(font)
