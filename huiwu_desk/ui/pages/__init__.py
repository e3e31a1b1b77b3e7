"""The pages of the event workspace, in navigation order."""

from __future__ import annotations

from enum import Enum
from typing import Protocol

from PySide6.QtCore import QCoreApplication


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


def page_title(page: PageId) -> str:
    # Literal calls, one per page, so that lupdate finds every title.
    titles = {
        PageId.DESK: QCoreApplication.translate("pages", "报到台"),
        PageId.ATTENDEES: QCoreApplication.translate("pages", "参会人员"),
        PageId.PAYMENTS: QCoreApplication.translate("pages", "收费"),
        PageId.MATERIALS: QCoreApplication.translate("pages", "资料"),
        PageId.ROOMS: QCoreApplication.translate("pages", "排房"),
        PageId.BADGES: QCoreApplication.translate("pages", "证件与打印"),
        PageId.SYNC: QCoreApplication.translate("pages", "同步"),
        PageId.CONFLICTS: QCoreApplication.translate("pages", "冲突"),
        PageId.REPORTS: QCoreApplication.translate("pages", "报表"),
        PageId.SETTINGS: QCoreApplication.translate("pages", "设置"),
    }
    return titles[page]
