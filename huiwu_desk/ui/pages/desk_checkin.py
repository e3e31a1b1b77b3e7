"""F1 and Enter at the desk: check the person in — in one step (check in and hand out what
they are owed) when the event allows it and there is nothing to decide — and say so.

Like the desk page, it imports the services where it calls them (see desk_page.py).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...domain.money import format_yuan
from ...services.changes import Changes
from ..labels import join_list

if TYPE_CHECKING:
    from ...services.card import AttendeeCard
    from .desk_page import DeskPage


class DeskCheckIn(QObject):
    def __init__(self, page: DeskPage) -> None:
        super().__init__(page)
        self.page = page
        self.busy = False  # a second Enter while the first is being recorded does nothing

    def start(self, card: AttendeeCard, *, one_step: bool) -> None:
        if self.busy:
            return
        from ...services.card import complete_check_in
        from ...services.printing import check_in_with_badge

        complete = one_step and card.checkin is None and card.one_step and card.nothing_to_decide
        fn = complete_check_in if complete else check_in_with_badge
        self.busy = True
        self.page.session.run_use_case(
            fn,
            card.person.code,
            on_done=self._checked_in,
            on_error=partial(self._refused, complete, card.person.name),
        )

    def _checked_in(self, changes: Changes) -> None:
        from ...services.card import OneStepResult
        from ...services.desk import CheckInResult
        from ...services.printing import Queued

        self.busy = False
        result = changes.result
        handed: tuple[str, ...] = ()
        badge_job: str | None = None
        held_fen, room_needed = 0, False
        if isinstance(result, Queued):
            result, badge_job, held_fen = result.value, result.job_id, result.held_fen
        person: CheckInResult | None = result if isinstance(result, CheckInResult) else None
        if isinstance(result, OneStepResult):
            person, handed, badge_job = result.checkin, result.handed_out, result.badge_job
            held_fen, room_needed = result.held_fen, result.room_needed
        if person is None:
            text = self.tr("报到成功。")
        elif person.unit:
            text = self.tr("{0}（{1}，{2}）报到成功。").format(
                person.name, person.code, person.unit
            )
        else:
            text = self.tr("{0}（{1}）报到成功。").format(person.name, person.code)
        if handed:
            text += " " + self.tr("已发：{0}。").format(join_list(handed))
        notices = self.page.print_notices
        if badge_job:
            text += " " + notices.sending_badge()
        left = []
        if held_fen:
            left.append(
                self.tr("待缴费 ¥{0}（F2 收费，缴费后打印证件）").format(format_yuan(held_fen))
            )
        if room_needed:
            left.append(self.tr("还需排房（F4）"))
        if left:  # amber: checked in, but the person is not done at this desk
            self.page.result.notice(text + " " + self.tr("还需：{0}。").format("；".join(left)))
            self.page.focus_scan()
        else:
            self.page.report_success(text)
        notices.badge(badge_job)

    def _refused(self, one_step: bool, name: str, sentence: str) -> None:
        self.busy = False
        sentence = self.tr("{0}：{1}").format(name, sentence)
        if one_step:
            sentence += " " + self.tr("（按 F1 只报到，不发资料。）")
        self.page.report_refusal(sentence)
