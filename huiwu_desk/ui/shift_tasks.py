"""The desk's operator and cashier's shift in the window: 切换操作员 (their PIN when they have
one), 开班 with a float and 交班 blind (shift_dialogs.py), each through the same use cases as
the command line (services.operators.sign_in, services.fees.shifts.open_shift/close_shift).

What happened is said on the desk page's result line; a refusal stays in the dialog. The
Z-report the close queues goes to this desk's receipt printer at once.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from ..domain.errors import UserFacingError
from .labels import method_label, yuan
from .operations import error_sentence
from .widgets.dialog_slot import DialogSlot

if TYPE_CHECKING:
    from ..services.fees.shift_report import Closed, ShiftReport
    from ..services.operators import Team
    from .main_window import MainWindow
    from .pages.desk_page import DeskPage


def close_facts(uow: Any, ctx: Any) -> tuple[Any, list[str], int, Any, Any]:
    """On the worker, before 交班: the open shift (its expected sums stay in the dialog until
    the count is in), the methods in use, the variance limit, the team; with no open shift the
    close use case's own refusal (a second close says when the first was)."""
    from ..services import desk_lists, operators
    from ..services.fees import shifts

    report = shifts.current_shift(uow, ctx)
    refusal: UserFacingError | None = None
    if report is None:
        try:
            shifts.close_shift(uow, ctx, {})  # refused before anything is written
        except UserFacingError as exc:
            refusal = exc
    try:
        methods = desk_lists.payment_methods(uow)
    except UserFacingError:
        methods = []
    return report, methods, shifts.variance_limit(uow), operators.team(uow), refusal


class ShiftTasks(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.dialogs = DialogSlot(self, after=self._closed)

    @property
    def dialog(self) -> Any:
        return self.dialogs.dialog

    @property
    def desk(self) -> DeskPage:
        return self.window.desk_page

    def _closed(self) -> None:
        self.window.activateWindow()
        self.window.show_page(self.window.current_page() or _desk_id())

    def _say(self, text: str) -> None:
        self.window.show_page(_desk_id())
        self.desk.report_success(text)

    # --- 切换操作员 ------------------------------------------------------------------------
    def choose_operator(self, name: str = "") -> None:
        """The menu (``name`` empty: choose in the dialog) or the status bar (a name)."""
        event = self.session.event
        if event is None or self.dialog is not None:
            return
        from ..services import operators

        self.session.run_query(operators.team, on_done=partial(self._team_read, name))

    def _team_read(self, name: str, team: Team) -> None:
        event = self.session.event
        if event is None or self.dialog is not None or not team.members:
            return
        member = team.member(name)
        if member is not None and not member.has_pin:  # by name, as before PINs
            self._sign_in(None, name, "")
            return
        from .dialogs.sign_in_dialog import SignInDialog

        dialog = SignInDialog(team, event.operator, name or event.operator, self.window)
        dialog.submitted.connect(lambda: self._sign_in(dialog, dialog.name(), dialog.pin_text()))
        self.dialogs.open(dialog)

    def _sign_in(self, dialog: Any, name: str, pin: str) -> None:
        from ..services import operators

        def done(_member: object) -> None:
            if dialog is not None:
                dialog.finish()
            self.session.set_operator(name)

        refused = dialog.refuse if dialog is not None else self.window.show_error
        self.session.run_query(operators.sign_in, name, pin, on_done=done, on_error=refused)

    # --- 开班 ------------------------------------------------------------------------------
    def open_shift(self) -> None:
        event = self.session.event
        if event is None or self.dialog is not None:
            return
        from .dialogs.shift_dialogs import OpenShiftDialog

        dialog = OpenShiftDialog(event.operator, event.desk_code, self.window)
        dialog.submitted.connect(partial(self._open, dialog))
        self.dialogs.open(dialog)

    def _open(self, dialog: Any) -> None:
        from ..services.fees import shifts

        self.session.run_use_case(
            shifts.open_shift,
            dialog.float_fen(),
            on_done=partial(self._opened, dialog),
            on_error=dialog.refuse,
        )

    def _opened(self, dialog: Any, changes: Any) -> None:
        report: ShiftReport = changes.result
        dialog.finish()
        self._say(
            self.tr("{0} 已开班：班次 {1}，备用金 {2}。").format(
                report.operator, report.no, yuan(report.float_fen)
            )
        )

    # --- 交班 ------------------------------------------------------------------------------
    def close_shift(self) -> None:
        if self.session.event is None or self.dialog is not None:
            return
        self.session.run_use_case(
            close_facts, on_done=self._close_dialog, on_error=self.window.show_error
        )

    def _close_dialog(self, facts: tuple[Any, list[str], int, Team, Any]) -> None:
        if self.dialog is not None:
            return
        from .dialogs.shift_dialogs import CloseShiftDialog

        report, methods, limit, team, refusal = facts
        said = error_sentence(refusal) if refusal is not None else ""
        dialog = CloseShiftDialog(report, methods, limit, team, said, self.window)
        dialog.submitted.connect(partial(self._close, dialog))
        self.dialogs.open(dialog)

    def _close(self, dialog: Any) -> None:
        from ..services import operators
        from ..services.fees import shifts

        run: Any = shifts.close_shift
        supervisor = dialog.approval.name() if dialog.approval.shown() else ""
        if supervisor:  # the use case checks the PIN, in its own transaction
            run = operators.approved(run, supervisor, dialog.approval.pin_text())
        self.session.run_use_case(
            run,
            dict(dialog.counted),
            dialog.reason_text(),
            on_done=partial(self._shift_closed, dialog),
            on_error=dialog.refuse,
        )

    def _shift_closed(self, dialog: Any, changes: Any) -> None:
        closed: Closed = changes.result
        report = closed.report
        dialog.finish()
        from .dialogs.shift_dialogs import signed

        moved = [f"{method_label(m)} {signed(v)}" for m, v in report.variance.items() if v]
        text = self.tr("班次 {0} 已交班：收款 {1} 笔，{2}。").format(
            report.no,
            report.payments,
            self.tr("差额 {0}").format("、".join(moved)) if moved else self.tr("账实相符"),
        )
        if closed.job_id:
            text += " " + self.tr("正在打印交班报表。")
            self.session.printing.kick()
        else:
            text += " " + self.tr("本台没有收据打印机，交班报表未打印。")
        self._say(text)


def _desk_id() -> Any:
    from .pages import PageId

    return PageId.DESK
