"""The pages of the event workspace: each declared once, here, in navigation order.

A page is its id, its title, its shortcut and the function that builds it and wires it to the
window. The builder imports the page's modules, so none loads before the page is first built
(the window comes up first: CONTRIBUTING.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class PageId(Enum):
    DESK = "desk"
    ATTENDEES = "attendees"
    PAYMENTS = "payments"
    MATERIALS = "materials"
    ROOMS = "rooms"
    BADGES = "badges"
    SYNC = "sync"
    CONFLICTS = "conflicts"
    REPORTS = "reports"
    SETTINGS = "settings"


class Page(Protocol):
    def page_shown(self) -> None:
        """Called each time the page comes to the front (e.g. to focus its main field)."""


class PageHost(Protocol):
    """What a page's builder may wire it to: the main window."""

    session: Any
    hub: Any
    prefs: Any
    registry: Any
    desk_page: Any
    language_requested: Any
    pages: Any

    def show_page(self, page: PageId) -> None: ...
    def open_card(self, code: str) -> None: ...
    def import_roster(self) -> None: ...


@dataclass(frozen=True)
class PageSpec:
    id: PageId
    title: Callable[[], str]
    build: Callable[[PageHost], QWidget]  # imports the page's modules when first called
    shortcut: str = ""


# --- builders: each imports its page when the page is first built -------------------------
def _desk(window: PageHost) -> QWidget:
    from ..actions import ActionId
    from .desk_page import DeskPage

    desk = DeskPage(window.session, window.hub)
    desk.one_step_loaded.connect(window.registry[ActionId.ONE_STEP].setChecked)
    window.desk_page = desk
    return desk


def _attendees(window: PageHost) -> QWidget:
    from .attendees_page import AttendeesPage

    page = AttendeesPage(window.session, window.hub, window.prefs)
    page.open_card.connect(window.open_card)
    page.import_requested.connect(window.import_roster)
    return page


def _payments(window: PageHost) -> QWidget:
    from .payments_page import PaymentsPage

    page = PaymentsPage(window.session, window.hub)
    page.export_requested.connect(partial(_export, window))
    return page


def _export(window: PageHost, kind: str) -> None:
    """An export asked for elsewhere (收费 → 日结) is written by the 报表 page, as its own."""
    window.show_page(PageId.REPORTS)
    reports = window.pages[PageId.REPORTS]
    reports.select_kind(kind)
    reports.export_current()


def _materials(window: PageHost) -> QWidget:
    from .materials_page import MaterialsPage

    return MaterialsPage(window.session, window.hub)


def _rooms(window: PageHost) -> QWidget:
    from .rooms_page import RoomsPage

    return RoomsPage(window.session, window.hub)


def _placeholder(page: PageId) -> Callable[[PageHost], QWidget]:
    def build(_window: PageHost) -> QWidget:
        from .placeholder_page import PlaceholderPage

        return PlaceholderPage(page_title(page))

    return build


def _badges(window: PageHost) -> QWidget:
    from .badges_page import BadgesPage

    return BadgesPage(window.session, window.hub)


def _sync(window: PageHost) -> QWidget:
    from .sync_page import SyncPage

    page = SyncPage(window.session, window.hub)
    page.conflicts_requested.connect(partial(window.show_page, PageId.CONFLICTS))
    return page


def _conflicts(window: PageHost) -> QWidget:
    from .conflicts_page import ConflictsPage

    return ConflictsPage(window.session, window.hub)


def _reports(window: PageHost) -> QWidget:
    from .reports_page import ReportsPage

    return ReportsPage(window.session, window.hub)


def _settings(window: PageHost) -> QWidget:
    from .settings_page import SettingsPage

    page = SettingsPage(window.session, window.hub)
    page.language_requested.connect(window.language_requested)
    page.roster_requested.connect(window.import_roster)
    page.desk_requested.connect(partial(window.show_page, PageId.DESK))
    return page


# Titles are literal translate() calls, so that lupdate finds each one.
PAGES: tuple[PageSpec, ...] = (
    PageSpec(PageId.DESK, lambda: QCoreApplication.translate("pages", "报到台"), _desk, "Ctrl+1"),
    PageSpec(
        PageId.ATTENDEES,
        lambda: QCoreApplication.translate("pages", "参会人员"),
        _attendees,
        "Ctrl+2",
    ),
    PageSpec(
        PageId.PAYMENTS,
        lambda: QCoreApplication.translate("pages", "收费"),
        _payments,
        "Ctrl+3",
    ),
    PageSpec(
        PageId.MATERIALS,
        lambda: QCoreApplication.translate("pages", "资料"),
        _materials,
        "Ctrl+4",
    ),
    PageSpec(
        PageId.ROOMS,
        lambda: QCoreApplication.translate("pages", "排房"),
        _rooms,
        "Ctrl+5",
    ),
    PageSpec(
        PageId.BADGES, lambda: QCoreApplication.translate("pages", "证件与打印"), _badges, "Ctrl+6"
    ),
    PageSpec(PageId.SYNC, lambda: QCoreApplication.translate("pages", "同步"), _sync, "Ctrl+7"),
    PageSpec(
        PageId.CONFLICTS, lambda: QCoreApplication.translate("pages", "冲突"), _conflicts, "Ctrl+8"
    ),
    PageSpec(
        PageId.REPORTS, lambda: QCoreApplication.translate("pages", "报表"), _reports, "Ctrl+9"
    ),
    PageSpec(
        PageId.SETTINGS, lambda: QCoreApplication.translate("pages", "设置"), _settings, "Ctrl+0"
    ),
)
_BY_ID = {spec.id: spec for spec in PAGES}
assert [spec.id for spec in PAGES] == list(PageId), "every page declared once, in order"


def page_spec(page: PageId) -> PageSpec:
    return _BY_ID[page]


def page_title(page: PageId) -> str:
    return _BY_ID[page].title()
