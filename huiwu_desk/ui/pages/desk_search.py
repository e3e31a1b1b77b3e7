"""The desk's scan field → the person: matches as you type, and a lookup on Enter.

Typing searches after a short pause (a limited query to the store) and lists the matches in
the card's place. Enter looks the text up: a code, or a single match, opens that card at once;
several are listed for ↑/↓ + Enter; nothing found is said in the result line. An answer to an
older keystroke or Enter is not shown.

A task key (Enter, F1–F6) pressed while a lookup is on its way waits for it (``when_found``)
and then acts on the person it found, even if a later scan took the card's place; if it found
nobody, or several, the key does nothing. The card on screen is never the target of a key
pressed after the next scan.

Like the desk page, it imports the services where it calls them (see desk_page.py).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from ...domain.errors import UnknownCode
from ..operations import error_sentence

if TYPE_CHECKING:
    from ...services.card import AttendeeCard
    from ...services.desk_lists import DeskLookup
    from ...services.ports import AttendeeSummary
    from .desk_page import DeskPage

SEARCH_DELAY_MS = 120
RESULTS_LIMIT = 20

Act = Callable[["AttendeeCard | None"], None]


class DeskSearch(QObject):
    def __init__(self, page: DeskPage) -> None:
        super().__init__(page)
        self.page = page
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._search)
        self._seq = 0  # matches for an older keystroke are dropped
        self._shown_query = ""  # the text whose matches the list shows
        self._ticket = 0  # the latest lookup (Enter, a chosen match): only it is shown
        # Lookups on their way → the keys pressed while each was the latest (see when_found).
        self._waiting: dict[int, list[Act]] = {}

    def stop_typing(self) -> None:
        self._debounce.stop()

    def cancel(self) -> None:
        """Esc, another event: answers on their way count no more, keys waiting for them neither."""
        self._seq += 1
        self._waiting.clear()
        self.stop_typing()

    def when_found(self, act: Act) -> None:
        """``act(card)`` for the person of the last lookup asked for, once it has answered
        (never, if it found nobody or several); with no lookup on its way, at once with the
        card on screen (``None`` if there is none)."""
        if self._waiting:
            self._waiting[max(self._waiting)].append(act)
        else:
            act(self.page.card)

    def _begin(self) -> int:
        self._seq += 1  # matches typed before this lookup are not shown after it
        self._ticket += 1
        self._waiting[self._ticket] = []
        return self._ticket

    def _settled(self, ticket: int, card: AttendeeCard | None) -> None:
        for act in self._waiting.pop(ticket, []):
            if card is not None:
                act(card)

    # --- as you type ----------------------------------------------------------------------
    def edited(self, text: str) -> None:
        if text.strip():
            self._debounce.start()
        else:
            self._debounce.stop()
            self._seq += 1
            self.clear_matches()

    def _search(self) -> None:
        query = self.page.scan.text().strip()
        if not query:
            return
        self._seq += 1
        from ...services import queries

        self.page.session.run_query(
            queries.search,
            query,
            RESULTS_LIMIT,
            on_done=partial(self._found, self._seq, query),
        )

    def _found(self, seq: int, query: str, matches: list[AttendeeSummary]) -> None:
        if seq != self._seq:
            return
        if matches:
            self.show_matches(query, matches)
        else:
            self.clear_matches()
            self.page.result.info(
                self.tr("没有找到“{0}”。新来的参会人员请按 Ctrl+N 现场注册。").format(query)
            )

    def show_matches(self, query: str, matches: list[AttendeeSummary]) -> None:
        page = self.page
        self._shown_query = query
        page.results.show_matches(matches)
        page.card_view.hide()  # the list is about the next person: it takes the card's place
        page.results.show()

    def clear_matches(self) -> None:
        page = self.page
        self._shown_query = ""
        page.results.clear_matches()
        page.results.hide()
        page.card_view.show()

    # --- Enter ----------------------------------------------------------------------------
    def submit(self, text: str) -> None:
        """Enter on ``text`` (not empty): the chosen match of a listed search, else a lookup."""
        page = self.page
        self._seq += 1
        if text == self._shown_query and page.results.has_matches():
            code = page.results.current_code()
            page.scan.clear()
            if code:
                page.select_code(code)
            return
        self.look_up(text)

    def look_up(self, text: str, *, keep_line: bool = False) -> None:
        """``text`` as scanned or typed + Enter: a code, or a search that may find one person.

        ``keep_line``: the card found leaves the result line as it is (a scan kept while a
        dialog was open: the line says what that dialog did).
        """
        page = self.page
        page.scan.clear()  # ready for the next scan while this one is looked up
        ticket = self._begin()
        from ...services import desk_lists

        page.session.run_query(
            desk_lists.lookup,
            text,
            RESULTS_LIMIT,
            on_done=partial(self._looked_up, ticket, keep_line),
            on_error=partial(self._failed, ticket),
        )

    def open_card(self, code: str, message: str = "") -> None:
        """This person's card (a chosen match, the attendees page, a walk-in just saved)."""
        ticket = self._begin()
        from ...services.card import attendee_card

        self.page.session.run_query(
            attendee_card,
            code,
            on_done=partial(self._card_read, ticket, message),
            on_error=partial(self._failed, ticket),
        )

    def _card_read(self, ticket: int, message: str, card: AttendeeCard) -> None:
        if ticket not in self._waiting:
            return  # cancelled meanwhile
        if ticket == self._ticket:
            self.page.show_card(card, message)
        self._settled(ticket, card)

    def _failed(self, ticket: int, sentence: str) -> None:
        if ticket not in self._waiting:
            return
        if ticket == self._ticket:
            self.page.report_refusal(sentence)
        self._settled(ticket, None)

    def _looked_up(self, ticket: int, keep_line: bool, found: DeskLookup) -> None:
        if ticket not in self._waiting:
            return
        if ticket == self._ticket:
            self._show(found, keep_line)
        self._settled(ticket, found.card)

    def _show(self, found: DeskLookup, keep_line: bool) -> None:
        page = self.page
        if found.card is not None:
            page.show_card(found.card, keep_line=keep_line)
            return
        page.deselect()  # a new person is at the desk: Enter must not act on the last one
        if found.matches:
            if not page.scan.text():
                page.scan.setText(found.query)
            self.show_matches(found.query, found.matches)
            page.result.info(
                self.tr("有 {0} 人符合“{1}”：用 ↑/↓ 选择，回车确认。").format(
                    len(found.matches), found.query
                )
            )
            return
        self.clear_matches()
        if any(ch.isdigit() for ch in found.query) and found.query.isascii():
            sentence = error_sentence(UnknownCode(code=found.query))
        else:
            sentence = self.tr("找不到与“{0}”相符的参会人员。").format(found.query)
        page.report_refusal(sentence)
