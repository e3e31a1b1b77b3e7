"""报到台: find the person (scan, code, name, pinyin, phone, unit), see their card, act by key.

The keyboard contract (a USB scanner is a keyboard that types the code and Enter):
- the scan field has the focus, always; every action gives it back;
- typing searches as you type (debounced, a limited query to the store); ↑/↓ choose;
- text + Enter selects: a code opens that card at once, a single match too, several are
  listed for ↑/↓ + Enter; nothing found beeps and clears the field;
- Enter on an empty field checks the selected person in (one step — check in and hand out
  what they are owed — when the event allows it and there is nothing to decide);
- F1 check in only, F2 fee, F3 materials, F4 room, F5 badge, F6 edit, Ctrl+N walk-in
  (menu actions of the window); Esc clears the field, then the selection.

The services are imported where they are called, not with this module: the desk page is
built before the window first shows, and the services load once it is up (core_modules).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain.errors import AlreadyCheckedIn, UnknownCode
from ...services.changes import Changes
from ..desk_keys import DeskTask, key_hint
from ..hub import Hub
from ..labels import join_list
from ..operations import error_sentence
from ..session import Session
from ..widgets.card_view import CardView
from ..widgets.counters_strip import CountersStrip
from ..widgets.fonts import scale
from ..widgets.result_line import ResultLine
from ..widgets.scan_field import ScanField
from ..widgets.search_results import SearchResults
from .desk_print import DeskPrintNotices

if TYPE_CHECKING:
    from ...services.card import AttendeeCard
    from ...services.desk_lists import DeskLookup
    from ...services.ports import AttendeeSummary
    from .desk_tasks import DeskTasks

SEARCH_DELAY_MS = 120
RESULTS_LIMIT = 20


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
        hint = QLabel("   ".join(keys))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #57606a;")
        scale(self.scan, 2.0)
        middle = QHBoxLayout()
        middle.setSpacing(12)
        middle.addWidget(self.results, 1)
        middle.addWidget(self.card_view, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(self.counters)
        layout.addWidget(self.scan)
        layout.addWidget(self.result)
        layout.addLayout(middle, 1)
        layout.addWidget(hint)

        self._tasks: DeskTasks | None = None
        self.print_notices = DeskPrintNotices(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._search)
        self._search_seq = 0  # answers to an older keystroke or Enter are dropped
        self._shown_query = ""  # the text whose matches the list shows
        self._checking_in = False
        self._showing: object = None  # the open event this page shows, if any
        self.scan.textEdited.connect(self._edited)
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
        self._checking_in = False
        self._search_seq += 1
        self._debounce.stop()
        self.scan.clear()
        self._clear_matches()
        self._deselect()
        self.result.clear()

    def set_one_step(self, enabled: bool) -> None:
        from ...services import card, setup

        self.session.run_use_case(setup.set_setting, card.ONE_STEP_SETTING, enabled)

    # --- searching and selecting --------------------------------------------------------
    def _edited(self, text: str) -> None:
        if text.strip():
            self._debounce.start()
        else:
            self._debounce.stop()
            self._search_seq += 1
            self._clear_matches()

    def _search(self) -> None:
        query = self.scan.text().strip()
        if not query:
            return
        self._search_seq += 1
        from ...services import queries

        self.session.run_query(
            queries.search,
            query,
            RESULTS_LIMIT,
            on_done=partial(self._found, self._search_seq, query),
        )

    def _found(self, seq: int, query: str, matches: list[AttendeeSummary]) -> None:
        if seq != self._search_seq:
            return
        if matches:
            self._show_matches(query, matches)
        else:
            self._clear_matches()
            self.result.info(
                self.tr("没有找到“{0}”。新来的参会人员请按 Ctrl+N 现场注册。").format(query)
            )

    def _show_matches(self, query: str, matches: list[AttendeeSummary]) -> None:
        self._shown_query = query
        self.results.show_matches(matches)
        self.card_view.hide()  # the list is about the next person: it takes the card's place
        self.results.show()

    def _clear_matches(self) -> None:
        self._shown_query = ""
        self.results.clear_matches()
        self.results.hide()
        self.card_view.show()

    def _submit(self) -> None:
        text = self.scan.text().strip()
        self._debounce.stop()
        self.focus_scan()
        if not text:
            if self.card is not None:
                self._check_in(one_step=True)
            return
        self._search_seq += 1
        if text == self._shown_query and self.results.has_matches():
            code = self.results.current_code()
            self.scan.clear()
            if code:
                self.select_code(code)
            return
        self.scan.clear()  # ready for the next scan while this one is looked up
        from ...services import desk_lists

        self.session.run_query(
            desk_lists.lookup,
            text,
            RESULTS_LIMIT,
            on_done=partial(self._looked_up, self._search_seq),
            on_error=self.report_refusal,
        )

    def _looked_up(self, seq: int, found: DeskLookup) -> None:
        if seq != self._search_seq:
            return
        if found.card is not None:
            self._selected(found.card)
            return
        self._deselect()  # a new person is at the desk: Enter must not act on the last one
        if found.matches:
            if not self.scan.text():
                self.scan.setText(found.query)
            self._show_matches(found.query, found.matches)
            self.result.info(
                self.tr("有 {0} 人符合“{1}”：用 ↑/↓ 选择，回车确认。").format(
                    len(found.matches), found.query
                )
            )
            return
        self._clear_matches()
        if any(ch.isdigit() for ch in found.query) and found.query.isascii():
            sentence = error_sentence(UnknownCode(code=found.query))
        else:
            sentence = self.tr("找不到与“{0}”相符的参会人员。").format(found.query)
        self.report_refusal(sentence)

    def select_code(self, code: str, message: str = "") -> None:
        """Show this person's card (a click in the results, the attendees page, a walk-in)."""
        self._search_seq += 1
        self.focus_scan()
        from ...services.card import attendee_card

        self.session.run_query(
            attendee_card,
            code,
            on_done=partial(self._selected, message=message),
            on_error=self.report_refusal,
        )

    def _selected(self, card: AttendeeCard, message: str = "") -> None:
        self.scan.clear()
        self._clear_matches()
        self.card = card
        self.card_view.show_card(card)
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
        else:
            self.result.clear()
        self.focus_scan()

    def _deselect(self) -> None:
        self.card = None
        self.card_view.clear()

    def _escape(self) -> None:
        self._search_seq += 1
        self._debounce.stop()
        if self.scan.text():
            self.scan.clear()
            self._clear_matches()
        elif self.results.has_matches():
            self._clear_matches()
        else:
            self._deselect()
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
        if self.card is None:
            self.result.info(self.tr("请先扫码或搜索，选择一位参会人员。"))
            return
        if task is DeskTask.CHECK_IN:
            self._check_in(one_step=False)
        else:
            self.tasks.start(task, self.card)

    def _check_in(self, *, one_step: bool) -> None:
        card = self.card
        if card is None or self._checking_in:
            return  # a second Enter while the first is being recorded does nothing
        from ...services.card import complete_check_in
        from ...services.printing import check_in_with_badge

        complete = one_step and card.checkin is None and card.one_step and card.nothing_to_decide
        fn = complete_check_in if complete else check_in_with_badge
        self._checking_in = True
        self.session.run_use_case(
            fn,
            card.person.code,
            on_done=self._checked_in,
            on_error=partial(self._check_in_refused, complete, card.person.name),
        )

    def _checked_in(self, changes: Changes) -> None:
        from ...services.card import OneStepResult
        from ...services.desk import CheckInResult
        from ...services.printing import Queued

        self._checking_in = False
        result = changes.result
        handed: tuple[str, ...] = ()
        badge_job: str | None = None
        if isinstance(result, Queued):
            result, badge_job = result.value, result.job_id
        person: CheckInResult | None = result if isinstance(result, CheckInResult) else None
        if isinstance(result, OneStepResult):
            person, handed, badge_job = result.checkin, result.handed_out, result.badge_job
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
        if badge_job:
            text += " " + self.print_notices.sending_badge()
        self.report_success(text)
        self.print_notices.badge(badge_job)

    def _check_in_refused(self, one_step: bool, name: str, sentence: str) -> None:
        self._checking_in = False
        sentence = self.tr("{0}：{1}").format(name, sentence)
        if one_step:
            sentence += " " + self.tr("（按 F1 只报到，不发资料。）")
        self.report_refusal(sentence)

    # --- the result line ------------------------------------------------------------------
    def report_success(self, text: str) -> None:
        self.result.success(text)
        self.focus_scan()

    def report_refusal(self, sentence: str) -> None:
        self.result.refusal(sentence)
        self.focus_scan()
