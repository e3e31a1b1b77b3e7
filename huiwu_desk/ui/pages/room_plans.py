"""住期 and 排房建议 on the 排房 page: the stay dialog (``rooms.change_stay``; after it, one line
says which nights kept their bed, went on in the same room, wait, or were given back) and the
pairing dialog (``propose_rooms`` previewed, then ``apply_proposal(previewed=…)``; a stale
proposal writes nothing and the dialog offers to make it again).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from ...domain.room_errors import StalePairing
from ...domain.rules import nights_for
from ...services import card, operators, rooms
from ...services.changes import Changes
from ...services.rooms import pairing
from ...services.rooms.stays import StayChange
from ..conflict_text import named
from ..dialogs.pairing_dialog import PairingDialog
from ..dialogs.stay_dialog import StayDialog
from ..models.room_waiting_model import nights_text
from ..operations import error_sentence

if TYPE_CHECKING:
    from .room_actions import RoomActions

Person = tuple[str, str]  # code, name


def apply_previewed(uow: Any, ctx: Any, options: Any, previewed: Any) -> Changes | StalePairing:
    """On the worker: apply the proposal shown, or say it is stale (then nothing was written)."""
    try:
        return pairing.apply_proposal(uow, ctx, options, previewed)
    except StalePairing as exc:
        return exc


def stay_of(uow: Any, code: str, block: tuple[date, ...]) -> tuple[date, date]:
    """On the worker: the person's arrival and departure, as the stay use case reads them."""
    person = card.attendee_card(uow, code).person
    nights = nights_for(person, list(block))
    return nights[0], nights[-1] + timedelta(days=1)


class RoomPlans(QObject):
    def __init__(self, actions: RoomActions) -> None:
        super().__init__(actions)
        self.actions = actions
        self.page = actions.page
        self.session = actions.session
        self.dialogs = actions.dialogs  # one dialog at a time, the page's

    def _refuse(self, sentence: str) -> None:
        self.page.result.refusal(sentence)

    # --- 住期 --------------------------------------------------------------------------------
    def stay(self, person: Person) -> None:
        block = self.page.full.nights
        if not block:
            self._refuse(self.tr("本会议还没有设置住宿日期。"))
            return
        self.session.run_query(
            stay_of,
            person[0],
            block,
            on_done=partial(self._stay_dialog, person),
            on_error=self._refuse,
        )

    def _stay_dialog(self, person: Person, dates: tuple[date, date]) -> None:
        code, name = person
        full = self.page.full
        bedded = {
            full.nights[i]
            for r in full.rooms
            for i, cell in enumerate(r.cells)
            if any(s.code == code for s in cell)
        }
        dialog = StayDialog(named(name, code), *dates, full.nights, bedded, self.page)

        def save() -> None:
            arrive, depart = dialog.dates()

            def done(changes: Changes) -> None:
                if self.dialogs.dialog is dialog:
                    dialog.finish()
                self.page.acted.emit()
                self.page.result.success(self._stay_said(changes.result))

            def refused(sentence: str) -> None:
                if self.dialogs.dialog is dialog:
                    dialog.refuse(sentence)
                else:
                    self._refuse(sentence)

            self.session.run_use_case(
                rooms.change_stay, code, arrive, depart, on_done=done, on_error=refused
            )

        dialog.submitted.connect(save)
        self.dialogs.open(dialog)

    def _stay_said(self, c: StayChange) -> str:
        text = self.tr("{0} 住期改为 {1}（{2} 晚）").format(
            c.name, nights_text(c.nights), len(c.nights)
        )
        parts = []
        if c.kept:
            parts.append(self.tr("保留床位 {0}").format(nights_text(c.kept)))
        if c.added:
            parts.append(self.tr("续住原房间 {0}").format(nights_text(c.added)))
        if c.waiting:
            parts.append(self.tr("待排 {0}").format(nights_text(c.waiting)))
        if c.released:
            parts.append(self.tr("退掉 {0}").format(nights_text(c.released)))
        return text + (self.tr("：") + self.tr("，").join(parts) if parts else "") + self.tr("。")

    # --- 排房建议 ------------------------------------------------------------------------------
    def pairing(self) -> None:
        if self.dialogs.dialog is None:
            self.session.run_query(operators.team, on_done=self._pairing_dialog)

    def _pairing_dialog(self, team: operators.Team) -> None:
        dialog = PairingDialog(team, self.page.room_ref, self.page)

        def generate() -> None:
            def shown(proposal: Any) -> None:
                if self.dialogs.dialog is dialog:
                    dialog.show_proposal(proposal)

            def failed(sentence: str) -> None:
                if self.dialogs.dialog is dialog:
                    dialog.proposal_failed(sentence)

            self.session.run_query(
                pairing.propose_rooms, dialog.options(), on_done=shown, on_error=failed
            )

        def apply() -> None:
            options, proposal = dialog.options(), dialog.proposal
            run: Any = apply_previewed
            if options.mixed_allowed:
                run = operators.approved(
                    apply_previewed, dialog.supervisor_name(), dialog.pin_text()
                )

            def done(result: Changes | StalePairing) -> None:
                if isinstance(result, StalePairing):
                    if self.dialogs.dialog is dialog:
                        dialog.stale(error_sentence(result))
                    return
                if self.dialogs.dialog is dialog:
                    dialog.finish()
                self.page.acted.emit()
                applied = result.result
                self.page.result.success(
                    self.tr("已按建议排入 {0} 人，仍待排 {1} 人。").format(
                        len(applied.placements), len(applied.left)
                    )
                )

            def refused(sentence: str) -> None:
                if self.dialogs.dialog is dialog:
                    dialog.refuse(sentence)

            self.session.run_use_case(run, options, proposal, on_done=done, on_error=refused)

        dialog.generate_requested.connect(generate)
        dialog.submitted.connect(apply)
        self.dialogs.open(dialog)
