"""The main window: a shell of navigation, pages, menus and status bar — no desk logic.

Pages do their own work through the session; this class only wires actions to handlers and
shows the start page or the event workspace. Only the desk page is built (and imported) before
the window first shows: the others are built in idle moments after it, or when first asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from . import scanner_bursts
from .actions import LANGUAGE_ACTIONS, ActionId, ActionRegistry
from .desk_keys import DeskTask
from .hub import Hub
from .i18n import current as current_language
from .pages import Page, PageId, page_spec, page_title
from .pin_renewal import PinRenewal
from .prefs import Prefs
from .session import OpenEvent, Session
from .shift_tasks import ShiftTasks
from .widgets import file_dialogs
from .widgets.messages import show_error
from .widgets.print_indicator import PrintIndicator
from .widgets.status_bar import DeskStatusBar

if TYPE_CHECKING:
    from .actions import Key
    from .dialogs.new_event_dialog import NewEvent
    from .pages.badges_page import BadgesPage
    from .pages.desk_page import DeskPage
    from .pages.start_page import StartPage


PAGE_BUILD_INTERVAL_MS = 40


class Pages(Mapping[PageId, QWidget]):
    """The workspace's pages; one not built yet is built when asked for."""

    def __init__(self, stack: QStackedWidget, make: Callable[[PageId], QWidget]) -> None:
        self._stack = stack
        self._make = make
        self._built: dict[PageId, QWidget] = {}
        self._stand_ins: dict[PageId, QWidget] = {}

    def add(self, page: PageId, widget: QWidget | None = None) -> None:
        """``widget``, or a blank stand-in for now, takes the page's place in the stack."""
        if widget is None:
            widget = QWidget()
            self._stand_ins[page] = widget
        else:
            self._built[page] = widget
            widget = _scrolling(widget)
        self._stack.addWidget(widget)

    def __getitem__(self, page: PageId) -> QWidget:
        widget = self._built.get(page)
        if widget is None:
            stand_in = self._stand_ins.pop(page)
            widget = self._built[page] = self._make(page)
            index = self._stack.indexOf(stand_in)
            current = self._stack.currentIndex() == index
            self._stack.insertWidget(index, _scrolling(widget))
            self._stack.removeWidget(stand_in)
            stand_in.deleteLater()
            if current:
                self._stack.setCurrentIndex(index)
        return widget

    def build_one(self) -> bool:
        """Build the next waiting page; False once every page is built."""
        page = next(iter(self._stand_ins), None)
        if page is None:
            return False
        self[page]
        return True

    def __iter__(self) -> Iterator[PageId]:
        return iter(PageId)

    def __len__(self) -> int:
        return len(PageId)


def _scrolling(page: QWidget) -> QScrollArea:
    """A page fills the workspace, and scrolls rather than grow the window when the workspace
    is smaller than it needs (the badges page made the whole window 1,435 px wide at 125 %
    on a 1366×768 laptop)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(page)
    return area


class MainWindow(QMainWindow):
    language_requested = Signal(str)

    def __init__(self, session: Session, hub: Hub, prefs: Prefs) -> None:
        super().__init__()
        self.session = session
        self.hub = hub
        self.prefs = prefs
        self._busy = False
        self.setWindowTitle(self.tr("会务报到台"))
        screen = QGuiApplication.primaryScreen().availableGeometry()
        # 1366×768 desk laptops are common: never open larger than the screen.
        self.resize(min(1180, screen.width() * 9 // 10), min(760, screen.height() * 9 // 10))

        self.registry = ActionRegistry(self, self._handlers())
        self.registry.build_menus(self.menuBar())
        self.registry.set_language(current_language())
        # no mnemonic: Alt+letters belong to the pages' fields (酒店(&H) on 排房 …)
        help_menu = self.menuBar().addMenu(self.tr("帮助"))
        help_menu.addAction(self.tr("关于会务报到台…"), self.show_about)
        self.about_box: QMessageBox | None = None

        self._start_page: StartPage | None = None  # built when first shown
        self._just_created = False  # the event opening next was made by 新建会议
        self.desk_page: DeskPage  # set by the desk page's builder (pages/__init__.py)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 10px 18px; }")
        self.page_stack = QStackedWidget()
        self.pages = Pages(self.page_stack, self._make_page)
        for page in PageId:
            self.pages.add(page, self._make_page(page) if page is PageId.DESK else None)
            self.nav.addItem(page_title(page))
        self.nav.setFixedWidth(max(self.nav.sizeHintForColumn(0) + 24, 140))
        self.nav.currentRowChanged.connect(self._nav_changed)
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.page_stack, 1)

        self.central = QStackedWidget()
        self.central.addWidget(workspace)
        self.workspace = workspace
        self.setCentralWidget(self.central)

        self.status = DeskStatusBar(session, hub)
        self.shifts = ShiftTasks(self)  # 切换操作员 (PIN), 开班, 交班
        self.pin_renewal = PinRenewal(self)  # a too-short supervisor PIN had its last use
        self.status.operator_chosen.connect(self.shifts.choose_operator)
        self.status.conflicts_clicked.connect(partial(self.show_page, PageId.CONFLICTS))
        hub.setup_missing.connect(self.show_setup)
        self.setStatusBar(self.status)
        self.print_indicator = PrintIndicator(session, hub)  # failed print jobs, click to see
        self.print_indicator.clicked.connect(self.show_print_queue)
        self.status.addPermanentWidget(self.print_indicator)

        # The other pages, one at a time once the window is up and the event open: the desk's
        # first answers come before them.
        self._builder = QTimer(self)
        self._builder.setInterval(PAGE_BUILD_INTERVAL_MS)
        self._builder.timeout.connect(self._build_next_page)
        hub.event_opened.connect(self._on_opened)
        hub.event_closed.connect(self._on_closed)
        hub.event_updated.connect(self._show_title)
        hub.error.connect(self.show_error)
        scanner_bursts.watch().scan_kept.connect(self.scan_at_desk)
        if session.event is not None:
            self._on_opened(session.event)
        elif session.opening is not None:
            self._on_opening(session.opening)
        else:
            self._on_closed()

    def _build_next_page(self) -> None:
        if not self.pages.build_one():
            self._builder.stop()

    def _handlers(self) -> dict[Key, Callable[[], object]]:
        handlers: dict[Key, Callable[[], object]] = {
            ActionId.NEW_EVENT: self.new_event,
            ActionId.OPEN_EVENT: self.open_event,
            ActionId.OPEN_DEMO: self.open_demo,
            ActionId.JOIN_EVENT: self.join_event,
            ActionId.CLOSE_EVENT: self.session.close,
            ActionId.QUIT: self.close,
            ActionId.CHOOSE_OPERATOR: self.choose_operator,
            ActionId.OPEN_SHIFT: lambda: self.shifts.open_shift(),
            ActionId.CLOSE_SHIFT: lambda: self.shifts.close_shift(),
            ActionId.IMPORT_ROSTER: self.import_roster,
        }
        for aid, lang in LANGUAGE_ACTIONS.items():
            handlers[aid] = partial(self.language_requested.emit, lang)
        for page in PageId:
            handlers[page] = partial(self.show_page, page)
        for task in DeskTask:
            handlers[ActionId.for_task(task)] = partial(self.desk_task, task)
        handlers[ActionId.ONE_STEP] = self._one_step_toggled
        handlers[ActionId.DOOR_MODE] = self.door_mode
        return handlers

    def door_mode(self, point: str = "") -> None:
        """报到 → 门口模式: the door window, full screen, for the chosen scan point."""
        from .doors import start

        start(self, point)

    def _make_page(self, page: PageId) -> QWidget:
        return page_spec(page).build(self)

    def show_setup(self, part: str = "", why: str = "") -> None:
        """设置 → 会议设置 at ``part``; ``why`` (what a desk task lacked) is said there too."""
        self.show_page(PageId.SETTINGS)
        settings = self.pages[PageId.SETTINGS]
        show = getattr(settings, "show_setup", None)
        if show is not None:
            show(part, why)

    @property
    def start_page(self) -> StartPage:
        if self._start_page is None:
            from .pages.start_page import StartPage

            page = self._start_page = StartPage(self.prefs)
            page.new_requested.connect(self.new_event)
            page.open_requested.connect(self.open_event)
            page.demo_requested.connect(self.open_demo)
            page.join_requested.connect(self.join_event)
            page.recent_chosen.connect(self.open_path)
            self.central.addWidget(page)
        return self._start_page

    @property
    def badges_page(self) -> BadgesPage:
        return cast("BadgesPage", self.pages[PageId.BADGES])

    # --- the desk ---------------------------------------------------------------------------
    def desk_task(self, task: DeskTask) -> None:
        """F1–F6, Ctrl+N: done on the desk page, whichever page is showing."""
        if self.session.event is None:
            return
        if self.current_page() is not PageId.DESK:
            self.show_page(PageId.DESK)
        self.desk_page.run_task(task)

    def scan_at_desk(self, code: str) -> None:
        """A scan kept while a dialog was open: looked up at the desk once it has closed."""
        if self.session.event is None:
            return
        if self.current_page() is not PageId.DESK:
            self.show_page(PageId.DESK)
        self.desk_page.look_up(code)

    def open_card(self, code: str) -> None:
        self.show_page(PageId.DESK)
        self.desk_page.select_code(code)

    def _one_step_toggled(self) -> None:
        self.desk_page.set_one_step(self.registry[ActionId.ONE_STEP].isChecked())

    # --- pages ------------------------------------------------------------------------------
    def show_page(self, page: PageId) -> None:
        if self.session.event is None:
            return
        row = list(PageId).index(page)
        if self.nav.currentRow() == row:
            self._nav_changed(row)  # already current: still give the page its focus back
        else:
            self.nav.setCurrentRow(row)

    def show_print_queue(self) -> None:
        self.show_page(PageId.BADGES)
        self.badges_page.show_queue()

    def current_page(self) -> PageId | None:
        if self.central.currentWidget() is not self.workspace:
            return None
        return list(PageId)[self.page_stack.currentIndex()]

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        page = cast(Page, self.pages[list(PageId)[row]])
        self.page_stack.setCurrentIndex(row)
        page.page_shown()

    # --- event open / closed ----------------------------------------------------------------
    def _on_opened(self, event: OpenEvent) -> None:
        if not self._builder.isActive():
            self._builder.start()
        self._set_busy(False)
        self._show_title(event)
        self.registry.set_event_open(True)
        self.central.setCurrentWidget(self.workspace)
        if self._just_created:
            # 新建会议 goes on: setup (a workbook, an earlier event, or by hand), the roster
            self._just_created = False
            self.show_setup()
            getattr(self.pages[PageId.SETTINGS], "welcome_new_event", lambda: None)()
        else:
            self.show_page(PageId.DESK)
        if event.notice:
            show_error(self, event.notice)

    def _show_title(self, event: OpenEvent) -> None:
        self.setWindowTitle(self.tr("{0} — 会务报到台").format(event.name))

    def _on_opening(self, path: Path) -> None:
        """Start: the desk page at once, scan field ready; the event opens behind it."""
        self.registry.set_event_open(False)
        self.central.setCurrentWidget(self.workspace)
        self.nav.setCurrentRow(list(PageId).index(PageId.DESK))  # shows it, focuses the scan
        self.status.show_opening(self.tr("正在打开 {0} …").format(path.name))

    def _on_closed(self) -> None:
        if not self._builder.isActive():
            self._builder.start()
        self.setWindowTitle(self.tr("会务报到台"))
        self.registry.set_event_open(False)
        self.central.setCurrentWidget(self.start_page)
        self.start_page.page_shown()

    # --- handlers ---------------------------------------------------------------------------
    def new_event(self) -> None:
        from .dialogs.new_event_dialog import NewEventDialog

        dialog = NewEventDialog(self._documents_folder(), self)
        if dialog.exec() != NewEventDialog.DialogCode.Accepted:
            return
        self.create_new(dialog.value())

    def create_new(self, new: NewEvent) -> None:
        """Make the event file, then go on to its setup (not the desk: nothing is set up)."""
        self._set_busy(True)
        self._just_created = True
        self.session.create(new.path, new.name, new.desk_code, on_error=self._not_created)

    def _not_created(self, sentence: str) -> None:
        self._just_created = False
        self.show_error(sentence)

    def open_event(self) -> None:
        chosen = file_dialogs.open_file(
            self,
            self.tr("打开会议"),
            self._documents_folder(),
            self.tr("会议文件 (*.huiwu);;所有文件 (*)"),
        )
        if chosen:
            self.open_path(chosen)

    def open_path(self, path: Path) -> None:
        self._set_busy(True)
        self.session.open(path, on_error=self.show_error)

    def open_demo(self) -> None:
        self._set_busy(True)
        self.statusBar().showMessage(self.tr("正在准备演示会议…"))
        self.session.open_demo(on_error=self.show_error)

    def import_roster(self) -> None:
        if self.session.event is None:
            return
        from .dialogs.import_wizard import ImportWizard  # lazy: loads the import modules

        wizard = ImportWizard(self.session, self._documents_folder(), self)
        wizard.finished.connect(self._import_closed)
        wizard.open()

    def _import_closed(self) -> None:
        self.activateWindow()  # the window has the keyboard again, on the page it was on
        self.show_page(self.current_page() or PageId.DESK)

    def join_event(self) -> None:
        from .dialogs.join_dialog import JoinDialog

        dialog = JoinDialog(self._documents_folder(), self)
        self.join_dialog = dialog  # tests fill it in

        def join() -> None:
            j = dialog.value()
            self._set_busy(True)
            self.session.join(
                j.bundle, j.path, j.desk_code, j.passphrase, j.operator, on_error=self.show_error
            )

        dialog.accepted.connect(join)
        dialog.open()

    def choose_operator(self) -> None:
        """切换操作员: the one chosen signs in with their PIN when they have one."""
        self.shifts.choose_operator()

    def show_about(self) -> None:
        """帮助 → 关于: the version `huiwu-desk --version` prints, with Qt's and Python's."""
        import platform

        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        from .. import __version__

        box = self.about_box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("关于会务报到台"),
            self.tr("会务报到台 {0}").format(__version__),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setInformativeText(
            self.tr("离线会务报到台：报到、收费、资料、排房、胸卡。")
            + f"\n\nQt {qVersion()} · PySide6 {pyside_version} · Python {platform.python_version()}"
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()

    def show_error(self, text: str) -> None:
        self._set_busy(False)
        self.statusBar().clearMessage()
        show_error(self, text)

    def _set_busy(self, busy: bool) -> None:
        if busy and not self._busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        elif not busy and self._busy:
            QGuiApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()
        self._busy = busy

    def _documents_folder(self) -> Path:
        last = self.prefs.last_event_path()
        if last is not None:
            return last.parent
        from platformdirs import user_documents_dir

        return Path(user_documents_dir())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._set_busy(False)
        door = getattr(self, "door_window", None)
        if door is not None:  # the door's full screen goes with the window it belongs to
            self.door_window = None
            door.close()
            door.deleteLater()
        super().closeEvent(event)
