"""报到台: scan or type a code, Enter checks the person in.

A USB barcode scanner is a keyboard that types the code and Enter, so the scan field keeps
the focus after every scan. (A later issue adds search results and the attendee card.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ...services import desk
from ...services.changes import Changes
from ...services.desk import CheckInResult
from ..hub import Hub
from ..session import Session

# A tinted panel, readable from a step back at a busy desk; the colour is the first cue.
_PANEL = "border-radius: 6px; padding: 12px 16px;"
SUCCESS_STYLE = "color: #116329; background: #dafbe1;" + _PANEL
REFUSAL_STYLE = "color: #a40e26; background: #ffebe9;" + _PANEL


class DeskPage(QWidget):
    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        heading = QLabel(self.tr("扫描二维码或输入编号，按回车报到"))
        self.scan = QLineEdit()
        self.scan.setObjectName("scanField")
        self.scan.setPlaceholderText(self.tr("编号"))
        self.scan.setClearButtonEnabled(True)
        self.scan.returnPressed.connect(self._submit)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self.scan,
            self._escape,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.result = QLabel()
        self.result.setObjectName("resultLine")
        self.result.setWordWrap(True)
        hint = QLabel(self.tr("Esc 清空输入"))
        hint.setObjectName("hint")
        hint.setStyleSheet("color: #6e7781;")
        _scale(heading, 1.3)
        _scale(self.scan, 2.2)
        _scale(self.result, 1.8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(16)
        for widget in (heading, self.scan, self.result, hint):
            layout.addWidget(widget)
        layout.addStretch(1)
        # Bound methods, not lambdas: Qt drops them when the page is deleted (language switch).
        hub.event_opened.connect(self._on_opened)
        hub.event_closed.connect(self._reset)

    def page_shown(self) -> None:
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_opened(self, _event: object) -> None:
        self._reset()

    def _reset(self) -> None:
        self.scan.clear()
        self._clear_result()

    def _clear_result(self) -> None:
        self.result.clear()
        self.result.setStyleSheet("")

    def _escape(self) -> None:
        if self.scan.text():
            self.scan.clear()
        else:
            self._clear_result()

    def _submit(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()  # ready for the next scan while this one is being recorded
        self.scan.setFocus()
        if code:
            self.session.run_use_case(
                desk.check_in, code, on_done=self._checked_in, on_error=self._refused
            )

    def _checked_in(self, changes: Changes) -> None:
        person: CheckInResult | None = changes.result
        if person is None:  # cannot happen for a code that just checked in; stay truthful anyway
            text = self.tr("报到成功。")
        elif person.unit:
            text = self.tr("{0}（{1}，{2}）报到成功。").format(
                person.name, person.code, person.unit
            )
        else:
            text = self.tr("{0}（{1}）报到成功。").format(person.name, person.code)
        self._show("✓ " + text, SUCCESS_STYLE)

    def _refused(self, sentence: str) -> None:
        self._show("✗ " + sentence, REFUSAL_STYLE)

    def _show(self, text: str, style: str) -> None:
        self.result.setStyleSheet(style)
        self.result.setText(text)


def _scale(widget: QWidget, factor: float) -> None:
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    widget.setFont(font)
