"""报到台: find the person (scan, code, name, pinyin, phone, unit), see their card, act by key.

The keyboard contract (a USB scanner is a keyboard that types the code and Enter):
- the scan field has the focus, always; every action gives it back;
- typing searches as you type (debounced, a limited query to the store); ↑/↓ choose;
- text + Enter selects: a code opens that card at once, a single match too, several are
  listed for ↑/↓ + Enter; nothing found beeps and clears the field;
- Enter on an empty field checks the selected person in (one step — check in and hand out
  what they are owed — when the event allows it and there is nothing to decide);
- F1 check in only, F2 fee, F3 materials, F4 room, F5 badge, F6 edit, Ctrl+N walk-in
  (menu actions of the window); Esc clears the field, then the selection;
- a key acts on the person whose card was on screen when it was pressed, or on the scan typed
  before it: pressed while a lookup is on its way, it waits for that lookup (desk_search.py).

The services are imported where they are called, not with this module: the desk page is
built before the window first shows, and the services load once it is up (core_modules).
The same holds for its parts: desk_search.py (finding the person), desk_checkin.py (F1 and
Enter), desk_print.py (what the printers did); desk_tasks.py (F2–F6, Ctrl+N) loads when wanted.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain.errors import AlreadyCheckedIn
from ...services.changes import Changes
from ..desk_keys import DeskTask, key_hint
from ..hub import Hub
from ..operations import error_sentence
from ..session import Session
from ..widgets.card_view import CardView
from ..widgets.counters_strip import CountersStrip
from ..widgets.fonts import scale
from ..widgets.result_line import ResultLine
from ..widgets.scan_field import ScanField
from ..widgets.search_results import SearchResults
from .desk_checkin import DeskCheckIn
from .desk_print import DeskPrintNotices
from .desk_search import DeskSearch

if TYPE_CHECKING:
    from ...services.card import AttendeeCard
    from .desk_tasks import DeskTasks


class DeskPage(QWidget):
    one_step_loaded = Signal(bool)  # the event's setting, read when it opens

    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.card: AttendeeCard | None = None
        self.counters = CountersStrip(session, hub)
        self.scan = ScanField()
        self.scan.setPlaceholderText(self.tr("扫码，或输入编号 / 姓名 / 拼音 / 手机后四位 / 单位"))
        self.result = ResultLine()
        self.results = SearchResults()
        self.results.hide()
        self.card_view = CardView()
        keys = [self.tr("回车 选择 / 报到")]
        keys += [key_hint(task) for task in DeskTask]
        keys.append(self.tr("Esc 清空"))
        # the keys, while no card is up (a card shows them on its buttons: at 125 % the
        # desk's 493 px of height hold the card only without this line)
        self.hint = hint = QLabel("   ".join(keys))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #57606a;")
        scale(self.scan, 2.0)
        middle = QHBoxLayout()
        middle.setSpacing(12)
        middle.addWidget(self.results, 1)
        middle.addWidget(self.card_view, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 10, 24, 8)
        layout.setSpacing(6)
        layout.addWidget(self.counters)
        layout.addWidget(self.scan)
        layout.addWidget(self.result)
        layout.addLayout(middle, 1)
        layout.addWidget(hint)

        self._tasks: DeskTasks | None = None
        self.print_notices = DeskPrintNotices(self)
        self.finder = DeskSearch(self)
        self.checker = DeskCheckIn(self)
        self._showing: object = None  # the open event this page shows, if any
        self.scan.textEdited.connect(self.finder.edited)
        self.scan.returnPressed.connect(self._submit)
        self.scan.move_requested.connect(self.results.step)
        self.scan.escape_pressed.connect(self._escape)
        self.results.chosen.connect(self.select_code)
        self.card_view.task_requested.connect(self.run_task)
        # Bound methods, not lambdas: Qt drops them when the page is deleted (language switch).
        hub.event_opened.connect(self._on_opened)
        hub.event_closed.connect(self._closed)
        hub.changes_applied.connect(self._on_changes)
        if session.event is not None:  # the window may be rebuilt while an event is open
            self._on_opened(session.event)

    @property
    def tasks(self) -> DeskTasks:
        """F2–F6 and Ctrl+N, with their dialogs: loaded the first time they are wanted."""
        if self._tasks is None:
            from .desk_tasks import DeskTasks

            self._tasks = DeskTasks(self)
        return self._tasks

    # --- page ---------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.focus_scan()

    def focus_scan(self) -> None:
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_opened(self, event: object) -> None:
        # From no event to one, keep what was typed: at start the scans made while the
        # event was opening are waiting for it (Session._deferred).
        if self._showing is not None:
            self._reset()
        self._showing = event
        self.counters.refresh()
        from ...services import desk_lists

        self.session.run_query(desk_lists.one_step_enabled, on_done=self._one_step_read)

    def _one_step_read(self, enabled: bool) -> None:
        self.one_step_loaded.emit(enabled)

    def _closed(self) -> None:
        self._showing = None
        self._reset()

    def _reset(self) -> None:
        self.checker.busy = False
        self.finder.cancel()
        self.scan.clear()
        self.finder.clear_matches()
        self.deselect()
        self.result.clear()

    def set_one_step(self, enabled: bool) -> None:
        from ...services import card, setup

        self.session.run_use_case(setup.set_setting, card.ONE_STEP_SETTING, enabled)

    # --- finding and selecting -----------------------------------------------------------
    def _submit(self) -> None:
        text = self.scan.text().strip()
        self.finder.stop_typing()
        self.focus_scan()
        if not text:
            self.finder.when_found(partial(self._check_in, one_step=True))
            return
        self.finder.submit(text)

    def select_code(self, code: str, message: str = "") -> None:
        """Show this person's card (a click in the results, the attendees page, a walk-in)."""
        self.focus_scan()
        self.finder.open_card(code, message)

    def look_up(self, text: str) -> None:
        """``text`` as if just scanned: a scan kept while a dialog was open (the result line
        keeps what that dialog did)."""
        self.focus_scan()
        self.finder.stop_typing()
        self.finder.look_up(text, keep_line=True)

    def show_card(self, card: AttendeeCard, message: str = "", *, keep_line: bool = False) -> None:
        self.scan.clear()
        self.finder.clear_matches()
        self.card = card
        self.card_view.show_card(card)
        self.hint.hide()
        if message:
            self.report_success(message)
        elif card.checkin is not None:
            from ...domain.rules import clock_text

            c = card.checkin
            already = AlreadyCheckedIn(
                time=clock_text(c.at_ms), desk=c.desk_code, operator=c.operator
            )
            self.result.notice(
                self.tr("{0}：{1}").format(card.person.name, error_sentence(already))
            )
        elif not keep_line:
            self.result.clear()
        self.focus_scan()

    def deselect(self) -> None:
        self.card = None
        self.card_view.clear()
        self.hint.show()

    def _escape(self) -> None:
        self.finder.cancel()
        if self.scan.text():
            self.scan.clear()
            self.finder.clear_matches()
        elif self.results.has_matches():
            self.finder.clear_matches()
        else:
            self.deselect()
            self.result.clear()

    def _on_changes(self, changes: Changes) -> None:
        card = self.card
        if card is None:
            return
        if changes.everything or changes.setup or card.person.id in changes.attendees:
            from ...services.card import attendee_card

            self.session.run_query(attendee_card, card.person.code, on_done=self._reloaded)

    def _reloaded(self, card: AttendeeCard) -> None:
        if self.card is not None and self.card.person.id == card.person.id:
            self.card = card
            self.card_view.show_card(card)

    # --- acting ---------------------------------------------------------------------------
    def run_task(self, task: DeskTask) -> None:
        self.focus_scan()
        if task is DeskTask.WALK_IN:
            self.tasks.walk_in()
            return
        self.finder.when_found(partial(self._act, task))

    def _act(self, task: DeskTask, card: AttendeeCard | None) -> None:
        if card is None:
            self.result.info(self.tr("请先扫码或搜索，选择一位参会人员。"))
        elif task is DeskTask.CHECK_IN:
            self.checker.start(card, one_step=False)
        else:
            self.tasks.start(task, card)

    def _check_in(self, card: AttendeeCard | None, *, one_step: bool) -> None:
        if card is not None:
            self.checker.start(card, one_step=one_step)

    # --- the result line ------------------------------------------------------------------
    def report_success(self, text: str) -> None:
        self.result.success(text)
        self.focus_scan()

    def report_refusal(self, sentence: str) -> None:
        self.result.refusal(sentence)
        self.focus_scan()
