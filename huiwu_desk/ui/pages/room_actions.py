"""What the 排房 page does: 排入, 换房, 退房, 对调 (here) and 住期, 排房建议 (room_plans.py) —
the same use cases as F4 and the command line's ``room`` (services/rooms/), each run on the
database worker; the outcome is one line on the page (green what happened, red why not). The
buttons under the tables and their keys are made here too (``button_row``).

"The person" is the one chosen in the waiting list, or in the grid: the sleeper of the chosen
cell (a room's own columns: anyone in the room); when a cell holds several, the search box
narrows them (a name or code typed there), else a small list asks which.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QTableView

from ...domain.codes import read_code
from ...domain.errors import UserFacingError
from ...services import operators, rooms
from ...services.changes import Changes
from ...services.printing import Queued
from ...services.rooms import slips as room_slips
from ...services.rooms.grid import GridRoom
from ..conflict_text import named
from ..dialogs.approve_dialog import ApproveDialog
from ..dialogs.room_ask_dialogs import AskDialog, ChoiceDialog
from ..labels import join_list
from ..models.room_waiting_model import nights_text
from ..operations import error_sentence
from ..widgets.dialog_slot import DialogSlot
from .room_plans import Person, RoomPlans

if TYPE_CHECKING:
    from .rooms_page import RoomsPage


class RoomActions(QObject):
    def __init__(self, page: RoomsPage) -> None:
        super().__init__(page)
        self.page = page
        self.session = page.session
        self.dialogs = DialogSlot(self, after=page.give_back_focus)
        self.plans = RoomPlans(self)

    @property
    def dialog(self) -> Any:
        return self.dialogs.dialog

    def button_row(self, views: tuple[QTableView, QTableView]) -> QHBoxLayout:
        """排入 换房 退房 对调 住期 … 排房建议: each a button and a key (the single letters are
        keys of the grid and the list, so typing in the search box stays typing)."""
        row = QHBoxLayout()

        def button(name: str, text: str, slot: Callable[[], None], key: str = "") -> None:
            b = QPushButton(text)
            b.setObjectName(name)
            b.setAutoDefault(False)
            b.clicked.connect(slot)
            row.addWidget(b)
            for view in views if key else ():
                shortcut = QShortcut(QKeySequence(key), view)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(slot)

        button("assignButton", self.tr("排入 (Enter)"), self.assign)  # Enter: the grid's own
        button("moveButton", self.tr("换房 (M)"), self.move, "M")
        button("releaseButton", self.tr("退房 (Del)"), self.release, "Delete")
        button("swapButton", self.tr("对调 (S)"), self.swap, "S")
        button("stayButton", self.tr("住期 (D)"), self.stay, "D")
        row.addStretch(1)
        button("pairingButton", self.tr("排房建议… (Ctrl+P)"), self.pairing)
        page_key = QShortcut(QKeySequence("Ctrl+P"), self.page)
        page_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page_key.activated.connect(self.pairing)
        return row

    # --- saying --------------------------------------------------------------------------
    def _run(self, fn: Any, *args: Any, said: str | Callable[[Changes], str]) -> None:
        def done(changes: Changes) -> None:
            self.page.acted.emit()
            self.page.result.success(said(changes) if callable(said) else said)

        self.session.run_use_case(fn, *args, on_done=done, on_error=self.page.result.refusal)

    def _refuse(self, sentence: str) -> None:
        self.page.result.refusal(sentence)

    def room_label(self, room: GridRoom) -> str:
        return self.page.room_ref(room.hotel, room.number)

    def _later(self, fn: Callable[[], None]) -> Callable[[], None]:
        """Run once the dialog that asked has closed (one dialog at a time)."""
        return lambda: QTimer.singleShot(0, fn)

    # --- the person -----------------------------------------------------------------------
    def with_person(self, then: Callable[[Person], None]) -> None:
        page = self.page
        if page.origin == "waiting":
            w = page.current_waiting()
            if w is None:
                self._refuse(self.tr("请先在待排名单中选一个人（Alt+W）。"))
                return
            then((w.code, w.name))
            return
        index = page.grid.currentIndex()
        people = page.model.sleepers_at(index) if index.isValid() else []
        text = page.search.text().strip()
        narrowed = [
            s for s in people if text and (text in s.name or read_code(text).code == s.code)
        ]
        people = narrowed or people
        if not people:
            self._refuse(self.tr("这个格子里没有人：请选一个有人住的格子（Alt+R）。"))
            return
        if len(people) == 1:
            then((people[0].code, people[0].name))
            return
        dialog = ChoiceDialog(
            self.tr("选择入住人"),
            self.tr("这个格子里有 {0} 人，对哪一位操作？").format(len(people)),
            [named(s.name, s.code) for s in people],
            page,
        )

        def chosen() -> None:
            s = people[max(dialog.chosen_row(), 0)]
            then((s.code, s.name))

        self.dialogs.open(dialog, self._later(chosen))

    # --- 排入 --------------------------------------------------------------------------------
    def assign(self) -> None:
        page = self.page
        w = page.current_waiting()
        room = page.current_room()
        if w is None:
            self._refuse(self.tr("请先在待排名单中选要排入的人（Alt+W）。"))
            return
        if room is None:
            self._refuse(self.tr("请先在房间表中选一个房间（Alt+R）。"))
            return
        said = self.tr("{0} 已排入 {1}（{2}）。").format(
            w.name, self.room_label(room), nights_text(w.missing)
        )
        self._checked(room_slips.assign_with_slip, (w.code, room.id), w.code, room.id, said)

    def _checked(self, fn: Any, args: tuple[Any, ...], code: str, ref: str, text: str) -> None:
        """THE bed of the desk (as F4 and ``room assign|move``: the key envelope's slip is queued
        when this desk has a receipt printer). A shared room holds one gender: a supervisor
        approves before, not after, the bed."""

        def said(changes: Changes) -> str:
            queued: Queued = changes.result
            return text + (" " + self.tr("正在打印住宿凭单。") if queued.job_id else "")

        def checked(mixed: UserFacingError | None) -> None:
            if mixed is None:
                self._run(fn, *args, said=said)
                return
            self.session.run_query(
                operators.team,
                on_done=partial(self._approve, fn, args, said, error_sentence(mixed)),
            )

        self.session.run_query(rooms.mixed_room, code, ref, on_done=checked, on_error=self._refuse)

    def _approve(
        self,
        fn: Any,
        args: tuple[Any, ...],
        said: Callable[[Changes], str],
        sentence: str,
        team: operators.Team,
    ) -> None:
        dialog = ApproveDialog(sentence, team, self.page)

        def approved() -> None:
            run = operators.approved(fn, dialog.supervisor_name(), dialog.pin_text())
            self._run(run, *args, said=said)

        self.dialogs.open(dialog, approved)

    # --- 换房 --------------------------------------------------------------------------------
    def move(self) -> None:
        self.with_person(self._ask_room)

    def _ask_room(self, person: Person) -> None:
        code, name = person
        offered = [self.page.room_ref(r.hotel, r.number) for r in self.page.full.rooms]
        dialog = AskDialog(
            self.tr("换房"),
            self.tr("把 {0}（{1}）换到哪个房间？").format(name, code),
            placeholder=self.tr("房号，或“酒店/房号”"),
            offered=offered,
            ok_text=self.tr("换入"),
            hint=self.tr("原房间的床位同时退掉；新房间住满或不合适时什么都不改。"),
            parent=self.page,
        )

        def chosen() -> None:
            ref = dialog.text()
            said = self.tr("{0} 已换到 {1}。").format(name, ref)
            self._checked(room_slips.move_with_slip, (code, ref), code, ref, said)

        self.dialogs.open(dialog, chosen)

    # --- 退房 --------------------------------------------------------------------------------
    def release(self) -> None:
        self.with_person(self._confirm_release)

    def _confirm_release(self, person: Person) -> None:
        code, name = person
        held = [r for r in self.page.full.rooms if any(s.code == code for c in r.cells for s in c)]
        if not held:  # nothing to confirm: the use case says why not
            self._run(rooms.release_room, code, said="")
            return
        where = join_list(self.room_label(r) for r in held)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("退房"),
            self.tr("让 {0}（{1}）退房？房间 {2} 的床位将全部退掉。").format(name, code, where),
            QMessageBox.StandardButton.NoButton,
            self.page,
        )
        box.setObjectName("releaseConfirm")
        yes = box.addButton(self.tr("退房"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)

        def answered() -> None:
            if box.clickedButton() is yes:
                self._run(rooms.release_room, code, said=self.tr("{0} 已退房。").format(name))

        box.finished.connect(lambda _r: answered())
        self.dialogs.open(box)

    # --- 对调 --------------------------------------------------------------------------------
    def swap(self) -> None:
        self.with_person(self._ask_other)

    def placed_people(self) -> dict[str, str]:
        """Everyone in a bed: code → name."""
        return {s.code: s.name for r in self.page.full.rooms for c in r.cells for s in c}

    def _ask_other(self, person: Person) -> None:
        code, name = person
        placed = self.placed_people()
        dialog = AskDialog(
            self.tr("对调房间"),
            self.tr("{0}（{1}）与谁对调房间？").format(name, code),
            placeholder=self.tr("对方的编号或姓名"),
            offered=sorted({f"{n} {c}" for c, n in placed.items() if c != code}),
            ok_text=self.tr("对调"),
            hint=self.tr("两人各带自己的住宿晚换到对方的房间；有一方不合适时什么都不改。"),
            parent=self.page,
        )

        def chosen() -> None:
            self._swap_with(person, dialog.text(), placed)

        self.dialogs.open(dialog, self._later(chosen))

    def _swap_with(self, person: Person, typed: str, placed: dict[str, str]) -> None:
        # "李四 A0002" (the completion) or a code or a name
        words = typed.split()
        wanted = read_code(words[-1]).code if words else ""
        if wanted in placed:
            others = [(wanted, placed[wanted])]
        else:
            name = typed.strip()
            others = [(c, n) for c, n in placed.items() if n == name and c != person[0]]
        if len(others) > 1:
            dialog = ChoiceDialog(
                self.tr("选择对调的人"),
                self.tr("有 {0} 位“{1}”，与哪一位对调？").format(len(others), typed),
                [named(n, c) for c, n in others],
                self.page,
            )
            self.dialogs.open(
                dialog,
                self._later(lambda: self._swap(person, others[max(dialog.chosen_row(), 0)])),
            )
            return
        self._swap(person, others[0] if others else (typed, typed))

    def _swap(self, a: Person, b: Person) -> None:
        said = self.tr("{0} 与 {1} 已对调房间。").format(a[1], b[1])
        self._run(rooms.swap_rooms, a[0], b[0], said=said)

    # --- 住期 and 排房建议 (room_plans.py) ----------------------------------------------------
    def stay(self) -> None:
        self.with_person(self.plans.stay)

    def pairing(self) -> None:
        self.plans.pairing()
