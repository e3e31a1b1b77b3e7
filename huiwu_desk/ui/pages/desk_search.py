"""The desk's scan field → the person: matches as you type, and a lookup on Enter.

Typing searches after a short pause (a limited query to the store) and lists the matches in
the card's place. Enter looks the text up: a code, or a single match, opens that card at once;
several are listed for ↑/↓ + Enter; nothing found is said in the result line. An answer to an
older keystroke or Enter is dropped.

Like the desk page, it imports the services where it calls them (see desk_page.py).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from ...domain.errors import UnknownCode
from ..operations import error_sentence

if TYPE_CHECKING:
    from ...services.desk_lists import DeskLookup
    from ...services.ports import AttendeeSummary
    from .desk_page import DeskPage

SEARCH_DELAY_MS = 120
RESULTS_LIMIT = 20


class DeskSearch(QObject):
    def __init__(self, page: DeskPage) -> None:
        super().__init__(page)
        self.page = page
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._search)
        self._seq = 0  # answers to an older keystroke or Enter are dropped
        self._shown_query = ""  # the text whose matches the list shows

    def drop_answers(self) -> None:
        """Answers still on their way no longer count (another person was chosen)."""
        self._seq += 1

    def stop_typing(self) -> None:
        self._debounce.stop()

    def cancel(self) -> None:
        self.drop_answers()
        self.stop_typing()

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
        page.scan.clear()  # ready for the next scan while this one is looked up
        from ...services import desk_lists

        page.session.run_query(
            desk_lists.lookup,
            text,
            RESULTS_LIMIT,
            on_done=partial(self._looked_up, self._seq),
            on_error=page.report_refusal,
        )

    def _looked_up(self, seq: int, found: DeskLookup) -> None:
        if seq != self._seq:
            return
        page = self.page
        if found.card is not None:
            page.show_card(found.card)
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
