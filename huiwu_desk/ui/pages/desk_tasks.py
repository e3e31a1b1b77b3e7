"""The desk's F2–F6 and Ctrl+N: open the dialog, run the use case, report one line.

Dialogs are window-modal and opened with ``open()`` (the event loop keeps running, so the
database worker can deliver while a dialog is up); when one closes, the scan field gets the
keyboard back. Each outcome is one line on the desk page: green what happened (with the
receipt number, the room…), red why not.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from ...domain.errors import UserFacingError
from ...domain.model import Attendee
from ...services import attendees, desk, desk_lists, operators, print_setup, printing, rooms
from ...services.card import AttendeeCard
from ...services.changes import Changes
from ...services.desk_lists import CategoryChoice
from ...services.fees import dues as dues_service
from ...services.rooms import slips as room_slips
from ...services.rooms import suggest
from ...services.rooms.suggest import RoomOptions
from ..desk_keys import DeskTask
from ..dialogs.approve_dialog import ApproveDialog
from ..dialogs.badge_dialog import BadgeDialog
from ..dialogs.edit_dialog import EditDialog
from ..dialogs.handout_dialog import HandoutDialog
from ..dialogs.payment_dialog import PaymentDialog
from ..dialogs.room_dialog import RoomDialog
from ..dialogs.walk_in_dialog import WalkInDialog
from ..labels import join_list, method_label, yuan
from ..operations import error_sentence
from ..widgets.dialog_slot import DialogSlot

if TYPE_CHECKING:
    from .desk_page import DeskPage


def payment_facts(uow: Any, code: str) -> tuple[list[str], dues_service.PersonDues]:
    """On the worker, for F2: the methods in use (none without a fee item: it says where to
    set one) and what the person owes per fee item."""
    return desk_lists.payment_methods(uow), dues_service.person_dues(uow, code)


class DeskTasks(QObject):
    def __init__(self, page: DeskPage) -> None:
        super().__init__(page)
        self.page = page
        self.session = page.session
        self.dialogs = DialogSlot(self, after=self._dialog_closed)

    def start(self, task: DeskTask, card: AttendeeCard) -> None:
        if self.dialog is not None:
            return
        if task is DeskTask.COLLECT_FEE:
            self.session.run_query(
                payment_facts,
                card.person.code,
                on_done=partial(self._payment_dialog, card),
                on_error=self.page.report_refusal,
            )
        elif task is DeskTask.HAND_OUT:
            self.dialogs.open(HandoutDialog(card, self.page), partial(self._hand_out, card))
        elif task is DeskTask.ROOM:
            self.session.run_query(
                suggest.room_options,
                card.person.code,
                8,
                on_done=partial(self._room_dialog, card),
                on_error=self.page.report_refusal,
            )
        elif task is DeskTask.BADGE:
            if card.badge_held_fen > 0:  # pay before badge: a supervisor may approve
                self.session.run_query(operators.team, on_done=partial(self._badge_dialog, card))
            elif card.badge_prints == 0:
                self._print_badge(card, "")
            else:
                self._badge_dialog(card, None)
        elif task is DeskTask.EDIT:
            self.session.run_query(desk_lists.categories, on_done=partial(self._edit_dialog, card))

    def walk_in(self) -> None:
        if self.dialog is None:
            self.session.run_query(desk_lists.categories, on_done=self._walk_in_dialog)

    # --- dialogs ------------------------------------------------------------------------
    @property
    def dialog(self) -> QDialog | None:
        """The one open now (tests read it, as a user sees it)."""
        return self.dialogs.dialog

    def _dialog_closed(self) -> None:
        self.page.window().activateWindow()  # the desk's window has the keyboard again
        self.page.focus_scan()

    def _run(self, fn: Any, *args: Any, done: Any) -> None:
        self.session.run_use_case(fn, *args, on_done=done, on_error=self.page.report_refusal)

    # --- F2 fee ---------------------------------------------------------------------------
    def _payment_dialog(
        self, card: AttendeeCard, facts: tuple[list[str], dues_service.PersonDues]
    ) -> None:
        if self.dialog is None:
            methods, dues = facts
            dialog = PaymentDialog(card, dues, self.page, methods)
            dialog.submitted.connect(partial(self._pay, dialog, card))
            self.dialogs.open(dialog)

    def _pay(self, dialog: PaymentDialog, card: AttendeeCard) -> None:
        """THE payment (as the command line's ``pay``): it queues its own receipt."""
        try:
            v = dialog.value()
        except UserFacingError as exc:  # checked by accept(): only a race could get here
            dialog.refuse(error_sentence(exc))
            return
        run = partial(printing.pay_with_receipt, **v.details())
        self.session.run_use_case(
            run,
            card.person.code,
            v.amount_fen,
            v.method,
            on_done=partial(self._paid, dialog, card.person.name),
            on_error=dialog.refuse,
        )

    def _paid(self, dialog: PaymentDialog, name: str, changes: Changes) -> None:
        queued: printing.Queued = changes.result
        done = queued.payment
        assert done is not None
        dialog.finish()
        text = self.tr("已收 {0} {1} {2}（{3}）").format(
            name, done.item, yuan(done.amount_fen), method_label(done.method)
        )
        if done.change_fen:
            text += self.tr("，找零 {0}").format(yuan(done.change_fen))
        text += self.tr("，收据号 {0}。").format(queued.value)
        if queued.job_id:
            text += " " + self.page.print_notices.sending_receipt()
        if queued.badge_job:  # the badge held back for this fee
            text += " " + self.page.print_notices.sending_badge()
        self.page.report_success(text)
        self.page.print_notices.receipt(queued.job_id)
        self.page.print_notices.badge(queued.badge_job)

    # --- F3 materials ---------------------------------------------------------------------
    def _hand_out(self, card: AttendeeCard) -> None:
        assert isinstance(self.dialog, HandoutDialog)
        items, proxy = self.dialog.chosen(), self.dialog.proxy_name()
        hand_out = partial(desk.hand_out, proxy=proxy)
        done = partial(self._handed, card, proxy)
        self._run(hand_out, card.person.code, items, done=done)

    def _handed(self, card: AttendeeCard, proxy: str, changes: Changes) -> None:
        names = join_list(changes.result or [])
        if proxy:
            text = self.tr("已发给 {0}（{1} 代领）：{2}。").format(card.person.name, proxy, names)
        else:
            text = self.tr("已发给 {0}：{1}。").format(card.person.name, names)
        self.page.report_success(text)

    # --- F4 room --------------------------------------------------------------------------
    def _room_dialog(self, card: AttendeeCard, options: RoomOptions) -> None:
        dialog = RoomDialog(card, options.suggestions, options.free_by_night, self.page)
        self.dialogs.open(dialog, partial(self._room_chosen, card))

    def _room_chosen(self, card: AttendeeCard) -> None:
        assert isinstance(self.dialog, RoomDialog)
        name, code = card.person.name, card.person.code
        if self.dialog.release_wanted:
            done = partial(self._said, self.tr("{0} 已退房。").format(name))
            self._run(rooms.release_room, code, done=done)
            return
        number = self.dialog.room_number()
        # a shared room holds one gender: a supervisor approves before, not after, the bed
        self.session.run_query(
            rooms.mixed_room, code, number, on_done=partial(self._room_checked, card, number)
        )

    def _room_checked(self, card: AttendeeCard, number: str, mixed: UserFacingError | None) -> None:
        if mixed is None:
            self._assign(card, number)
            return
        sentence = error_sentence(mixed)
        self.session.run_query(
            operators.team, on_done=partial(self._approve_room, card, number, sentence)
        )

    def _approve_room(
        self, card: AttendeeCard, number: str, sentence: str, team: operators.Team
    ) -> None:
        dialog = ApproveDialog(sentence, team, self.page)

        def approved() -> None:
            self._assign(card, number, dialog.supervisor_name(), dialog.pin_text())

        self.dialogs.open(dialog, approved)

    def _assign(self, card: AttendeeCard, number: str, supervisor: str = "", pin: str = "") -> None:
        """THE room assignment (as ``room assign``): it queues the key envelope's slip when
        this desk has a receipt printer."""
        text = self.tr("{0} 已排入 {1} 房间。").format(card.person.name, number)
        run: Any = room_slips.assign_with_slip
        if supervisor:  # the use case checks the PIN, in its own transaction
            run = operators.approved(run, supervisor, pin)
        self._run(run, card.person.code, number, done=partial(self._assigned, text))

    def _assigned(self, text: str, changes: Changes) -> None:
        queued: printing.Queued = changes.result
        if queued.job_id:
            text += " " + self.page.print_notices.sending_room_slip()
        self.page.report_success(text)
        self.page.print_notices.room_slip(queued.job_id)

    # --- F5 badge -------------------------------------------------------------------------
    def _badge_dialog(self, card: AttendeeCard, team: operators.Team | None) -> None:
        self.dialogs.open(BadgeDialog(card, self.page, team), partial(self._reprint, card))

    def _reprint(self, card: AttendeeCard) -> None:
        assert isinstance(self.dialog, BadgeDialog)
        dialog = self.dialog
        self._print_badge(card, dialog.reason(), dialog.supervisor_name(), dialog.pin_text())

    def _print_badge(
        self, card: AttendeeCard, reason: str, supervisor: str = "", pin: str = ""
    ) -> None:
        done = partial(self._badge_recorded, card.person.name)
        run: Any = print_setup.badge_at_desk
        if supervisor:  # the use case checks the PIN, in its own transaction
            run = operators.approved(run, supervisor, pin)
        self._run(run, card.person.code, reason, done=done)

    def _badge_recorded(self, name: str, changes: Changes) -> None:
        queued: printing.Queued = changes.result
        text = self.tr("{0} 的证件已登记打印（第 {1} 次）。").format(name, queued.value)
        if queued.job_id:
            text += " " + self.page.print_notices.sending_badge()
        else:
            text += " " + self.tr("本台还没有证件打印机：请在“证件与打印”页的打印设置中添加。")
        self.page.report_success(text)
        self.page.print_notices.badge(queued.job_id)

    # --- F6 edit --------------------------------------------------------------------------
    def _edit_dialog(self, card: AttendeeCard, categories: list[CategoryChoice]) -> None:
        self.dialogs.open(
            EditDialog(card.person, categories, self.page), partial(self._edited, card)
        )

    def _edited(self, card: AttendeeCard) -> None:
        assert isinstance(self.dialog, EditDialog)
        fields = self.dialog.values()
        done = partial(self._said, self.tr("已保存 {0} 的信息。").format(fields["name"]))
        self._run(attendees.update_attendee, card.person.code, fields, done=done)

    # --- Ctrl+N walk-in -------------------------------------------------------------------
    def _walk_in_dialog(self, categories: list[CategoryChoice]) -> None:
        dialog = WalkInDialog(categories, self.page)
        dialog.duplicate_check_requested.connect(self._check_duplicates)
        self.dialogs.open(dialog, self._register)

    def _check_duplicates(self, fields: dict[str, Any]) -> None:
        dialog = self.dialog
        if isinstance(dialog, WalkInDialog):
            self.session.run_query(
                attendees.find_duplicates, fields, on_done=self._duplicates_found
            )

    def _duplicates_found(self, found: list[Attendee]) -> None:
        if isinstance(self.dialog, WalkInDialog):  # still open
            self.dialog.show_duplicates(found)

    def _register(self) -> None:
        assert isinstance(self.dialog, WalkInDialog)
        fields = self.dialog.values()
        self._run(
            attendees.register_walk_in, fields, done=partial(self._registered, fields["name"])
        )

    def _registered(self, name: str, changes: Changes) -> None:
        code = str(changes.result)
        message = self.tr("已现场注册 {0}，编号 {1}。按回车报到。").format(name, code)
        self.page.select_code(code, message)

    def _said(self, text: str, _changes: Changes) -> None:
        self.page.report_success(text)
