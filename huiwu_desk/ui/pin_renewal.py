"""The window asks for a new PIN when a supervisor's too-short PIN (from before PINs were 6
digits or more) has just approved an act: that was its last use at this desk
(``services.operators``: ``Changes.pin_change`` names the supervisor).

The 修改 PIN dialog opens at once, over whichever page approved; the supervisor types the old
PIN again and a new one of 6 to 12 digits (``services.operators.set_pin``, as the 操作员 panel
does). Esc puts it off: the next approval with the old PIN is then refused with one sentence
saying where to change it.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from ..services.changes import Changes
from .widgets.dialog_slot import DialogSlot

if TYPE_CHECKING:
    from ..services.operators import Team
    from .main_window import MainWindow


class PinRenewal(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.dialogs = DialogSlot(self, after=window.activateWindow)
        window.hub.changes_applied.connect(self._on_changes)

    @property
    def dialog(self) -> Any:
        """The one open now (tests read it)."""
        return self.dialogs.dialog

    def _on_changes(self, changes: Changes) -> None:
        if changes.pin_change and self.dialog is None:
            from ..services import operators

            read = partial(self._ask, changes.pin_change)
            self.session.run_query(operators.team, on_done=read)

    def _ask(self, name: str, team: Team) -> None:
        from ..services import operators
        from .dialogs.pin_dialog import PinDialog

        member = team.member(name)
        if member is None or self.dialog is not None:
            return
        why = self.tr(
            "{0} 的 PIN 不足 6 位，刚才是它在本报到台的最后一次使用。"
            "请现在输入原 PIN，并设置 6 到 12 位数字的新 PIN。"
        ).format(name)
        dialog = PinDialog(member, team, self.window, why=why)

        def save() -> None:
            run = operators.approved(
                partial(operators.set_pin, old_pin=dialog.old_pin_text()),
                dialog.approval.name(),
                dialog.approval.pin_text(),
            )
            said = self.tr("{0} 的 PIN 已保存，同步后其他报到台也会使用新的 PIN。").format(name)
            self.session.run_use_case(
                run, name, dialog.new_pin(), on_done=partial(self._saved, dialog, said),
                on_error=dialog.refuse,
            )  # fmt: skip

        dialog.submitted.connect(save)
        self.dialogs.open(dialog)

    def _saved(self, dialog: Any, said: str, _changes: Changes) -> None:
        if self.dialog is dialog:
            dialog.finish()
        self.window.statusBar().showMessage(said, 10_000)
