"""What the 冲突 page offers for each kind of conflict, and doing it: a refund (with the
supervisor's PIN), a move to another room, a merge of two records, keeping one value, or an
acknowledgement — each an op that syncs to the other desks like everything else.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from ...services import conflicts, desk, rooms
from ...services.changes import Changes
from ...services.conflict_board import BoardConflict, PersonFacts, merge_into
from ...services.operators import approved
from ...services.rooms import slips as room_slips
from ...services.rooms import suggest
from ...services.rooms.suggest import RoomSuggestion
from ..conflict_text import kind_title, named, person_name
from ..dialogs.merge_dialog import MergeDialog
from ..dialogs.move_room_dialog import MoveRoomDialog
from ..dialogs.refund_dialog import RefundDialog
from ..labels import yuan
from ..widgets.dialog_slot import DialogSlot

if TYPE_CHECKING:
    from .conflicts_page import ConflictsPage

Action = tuple[str, Callable[[], None]]


class ConflictActions(QObject):
    def __init__(self, page: ConflictsPage) -> None:
        super().__init__(page)
        self.page = page
        self.session = page.session
        self.dialogs = DialogSlot(self, after=page.list.setFocus)

    def for_conflict(self, c: BoardConflict) -> list[Action]:
        """The buttons' texts and what each does."""
        d = c.detail
        if c.kind == "double_payment":
            return [
                (
                    self.tr("退还 {0}（{1}）…").format(
                        p.get("receipt_no", ""), yuan(int(p.get("amount_fen", 0)))
                    ),
                    partial(self.ask_refund, c, p),
                )
                for p in d.get("payments", [])
            ]
        if c.kind == "room_overbooked":
            movers = list(d.get("to_move", []))
            ids = movers + [i for i in c.people if i not in movers]
            actions: list[Action] = []
            for attendee_id in ids:
                person = c.person(attendee_id)
                if person is None:
                    continue
                text = self.tr("把 {0} 换到其他房间…").format(person.name)
                if attendee_id in movers:
                    text += self.tr("（建议）")
                actions.append((text, partial(self.ask_move, person)))
            return actions
        if c.kind == "double_bed":
            keep = str(d.get("keep_room_id", ""))
            beds = sorted(d.get("assignments", []), key=lambda a: a.get("room_id") != keep)
            return [
                (
                    self.tr("只保留 {0} {1}，退回另一张床").format(
                        a.get("hotel", ""), a.get("room", "")
                    )
                    + (self.tr("（建议）") if a.get("room_id") == keep else ""),
                    partial(self.keep_bed, c, str(a.get("room_id", "")), str(a.get("room", ""))),
                )
                for a in beds
            ]
        if c.kind == "duplicate_person":
            return [
                (self.tr("是同一人：合并…"), partial(self.ask_merge, c)),
                (self.tr("不是同一人：保留两人"), partial(self.acknowledge, c, "keep_both")),
            ]
        if c.kind == "concurrent_edit":
            values = list(dict.fromkeys(v.get("value", "") for v in d.get("values", [])))
            return [
                (self.tr("保留“{0}”").format(v), partial(self.keep_value, c, v)) for v in values
            ]
        if c.kind == "duplicate_checkin":
            return [(self.tr("已核实：证件和资料只发了一份"), partial(self.acknowledge, c, "ack"))]
        if c.kind == "payment_state":
            return [(self.tr("主管核对后确认…"), partial(self.ask_money_ack, c))]
        return [(self.tr("已知晓"), partial(self.acknowledge, c, "ack"))]

    def ask_money_ack(self, c: BoardConflict) -> None:
        """A money conflict is closed by a supervisor (name and PIN), as the use case checks."""
        from ...services.operators import Team, TeamMember
        from ..dialogs.approve_dialog import ApproveDialog

        board = self.page.board
        members = tuple(TeamMember(n, "supervisor", True) for n in board.supervisors)
        sentence = self.tr("请主管核对收据 {0} 实际收退的钱，确认后此冲突关闭。").format(
            c.detail.get("receipt_no", "")
        )
        dialog = ApproveDialog(sentence, Team(members, board.pins_in_force), self.page)

        def ack() -> None:
            run = approved(conflicts.acknowledge, dialog.supervisor_name(), dialog.pin_text())
            self._run(run, c.id, "ack", said=self.tr("主管已确认。"))

        self.dialogs.open(dialog, ack)

    def _run(self, fn: Any, *args: Any, said: str | Callable[[Changes], str]) -> None:
        result = self.page.result

        def done(changes: Changes) -> None:
            result.success(said(changes) if callable(said) else said)

        self.session.run_use_case(fn, *args, on_done=done, on_error=result.refusal)

    def ask_refund(self, c: BoardConflict, payment: dict[str, Any]) -> None:
        person = c.by_code(c.attendee_code)
        who = named(person.name, person.code) if person else c.attendee_code
        board = self.page.board
        dialog = RefundDialog(
            who, payment, board.supervisors, self.page, pins_in_force=board.pins_in_force
        )
        receipt = str(payment.get("receipt_no", ""))
        amount = yuan(int(payment.get("amount_fen", 0)))

        def refund() -> None:
            # the use case checks the supervisor's PIN; a refusal stays in the dialog
            supervisor = dialog.supervisor_name()
            run = approved(
                partial(desk.refund_payment, reason=dialog.reason_text()),
                supervisor,
                dialog.pin_text(),
            )

            def done(changes: Changes) -> None:
                if self.dialogs.dialog is dialog:
                    dialog.finish()
                said = self.tr("已退还收据 {0} 的 {1}（退款收据 {2}），主管 {3} 批准。")
                self.page.result.success(said.format(receipt, amount, changes.result, supervisor))

            def refused(sentence: str) -> None:
                if self.dialogs.dialog is dialog:
                    dialog.refuse(sentence)
                else:
                    self.page.result.refusal(sentence)

            self.session.run_use_case(run, receipt, on_done=done, on_error=refused)

        dialog.submitted.connect(refund)
        self.dialogs.open(dialog)

    def ask_move(self, person: PersonFacts) -> None:
        self.session.run_query(
            suggest.suggest_rooms,
            person.code,
            8,
            on_done=partial(self._move_dialog, person),
            on_error=self.page.result.refusal,
        )

    def _move_dialog(self, person: PersonFacts, suggestions: list[RoomSuggestion]) -> None:
        who = named(person.name, person.code)
        dialog = MoveRoomDialog(who, person.room, suggestions, self.page)

        def move() -> None:
            number = dialog.room_number()
            text = self.tr("{0} 已从 {1} 换到 {2} 房间。").format(person.name, person.room, number)

            def said(changes: Changes) -> str:
                # the new room's slip goes to the receipt printer (the print worker is woken
                # by the change, as after a payment)
                if changes.result.job_id:
                    return text + " " + self.tr("正在打印住宿凭单。")
                return text

            self._run(room_slips.move_with_slip, person.code, number, said=said)

        self.dialogs.open(dialog, move)

    def keep_bed(self, c: BoardConflict, room_id: str, number: str) -> None:
        """One person, two beds on a night: everything into the kept room, in one step."""
        said = self.tr("{0} 只保留 {1} 房间，另一张床已退回。").format(person_name(c), number)
        self._run(rooms.move_room, c.attendee_code, room_id, said=said)

    def ask_merge(self, c: BoardConflict) -> None:
        dialog = MergeDialog(list(c.people.values()), self.page)

        def merge() -> None:
            keep, aliases = dialog.keep_code(), dialog.alias_codes()
            said = self.tr("已合并为一人：保留 {0}。").format(keep)
            self._run(merge_into, keep, aliases, said=said)

        self.dialogs.open(dialog, merge)

    def acknowledge(self, c: BoardConflict, decision: str) -> None:
        said = (
            self.tr("已记录：保留两人。")
            if decision == "keep_both"
            else self.tr("已记录：{0}已核实。").format(kind_title(c.kind))
        )
        self._run(conflicts.acknowledge, c.id, decision, said=said)

    def keep_value(self, c: BoardConflict, value: Any) -> None:
        said = self.tr("已保留“{0}”。").format(value)
        self._run(conflicts.keep_edit, c.id, value, said=said)
