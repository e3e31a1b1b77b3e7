"""证件与打印: this desk's printers, the badge templates, batch pre-printing and the print queue.

Four tabs (Ctrl+Tab or Alt+the underlined letter moves between them); each panel lives in its
own module and refreshes itself from the hub and the print worker's news.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..hub import Hub
from ..session import Session
from .batch_panel import BatchPanel
from .printers_panel import PrintersPanel
from .queue_panel import QueuePanel
from .template_panel import TemplatePanel


class BadgesPage(QWidget):
    def __init__(self, session: Session, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.printers = PrintersPanel(session, hub)
        self.templates = TemplatePanel(session, hub)
        self.batch = BatchPanel(session, hub)
        self.queue = QueuePanel(session, hub)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("printingTabs")
        self.tabs.addTab(self.printers, self.tr("打印机(&I)"))
        self.tabs.addTab(self.templates, self.tr("证件模板(&T)"))
        self.tabs.addTab(self.batch, self.tr("批量预打印(&Y)"))
        self.tabs.addTab(self.queue, self.tr("打印队列(&Q)"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.tabs)

    def page_shown(self) -> None:
        self._tab_changed()

    def show_queue(self) -> None:
        if self.tabs.currentWidget() is self.queue:
            self._tab_changed()
        else:
            self.tabs.setCurrentWidget(self.queue)

    def _tab_changed(self, *_args: object) -> None:
        panel = self.tabs.currentWidget()
        shown = getattr(panel, "page_shown", None)
        if shown is not None:
            shown()
