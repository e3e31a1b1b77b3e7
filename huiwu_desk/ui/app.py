"""Application start: fonts, translators, logging, the session, and the main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ..paths import resources_dir
from . import i18n
from .gc_guard import GuiThreadCollector
from .hub import Hub
from .import_scan import spare_source_scans
from .main_window import MainWindow
from .operations import Operations
from .prefs import Prefs, data_dir
from .refcount_guard import guard_singletons
from .session import Session
from .widgets.messages import show_error

log = logging.getLogger(__name__)
LOG_SETUP_DELAY_MS = 200
FONT_FILES = ("NotoSansCJKsc-Regular.otf", "NotoSansCJKsc-Bold.otf")
_font_family: str | None = None


def load_fonts() -> str | None:
    """Register the bundled CJK font once; the desk never depends on the machine's fonts."""
    global _font_family
    if _font_family is None:
        for name in FONT_FILES:
            path = resources_dir() / "fonts" / name
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if not families:
                log.warning("could not load font %s", path)
            elif _font_family is None:
                _font_family = families[0]
    return _font_family


def setup_application(app: QApplication, lang: str | None) -> str:
    """Fonts and translators on ``app``; returns the language in use. Safe to call again."""
    app.setApplicationName("huiwu-desk")
    family = load_fonts()
    if family:
        font = QFont(app.font())
        font.setFamilies([family])
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        app.setFont(font)
    return i18n.set_language(lang)


def configure_logging() -> None:
    import logging.handlers  # socket, pickle…: not on the way to the window

    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)  # the terminal shows problems; the file keeps the story
    handlers: list[logging.Handler] = [console]
    try:
        folder = data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                folder / "huiwu-desk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
            )
        )
    except OSError:
        pass  # a read-only profile must not keep the desk from starting
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
    )


class DeskApp(QObject):
    """Owns the hub, the worker, the session and the window (rebuilt when the language changes)."""

    def __init__(self, prefs: Prefs) -> None:
        super().__init__()
        guard_singletons()  # a Qt build that loses references to None/True (see there)
        self.collector = GuiThreadCollector(self)  # before any worker thread starts
        self.prefs = prefs
        self.hub = Hub()
        self.ops = Operations(self.hub)
        self.session = Session(self.hub, self.ops, prefs)
        self.window: MainWindow | None = None

    def show_window(self) -> MainWindow:
        old = self.window
        self.window = MainWindow(self.session, self.hub, self.prefs)
        self.window.language_requested.connect(self.change_language)
        if old is not None:
            self.window.setGeometry(old.geometry())
            old.hide()
            old.deleteLater()
        self.window.show()
        self.window.activateWindow()
        return self.window

    def show_error(self, text: str) -> None:
        if self.window is not None:
            show_error(self.window, text)

    def change_language(self, lang: str) -> None:
        if lang == i18n.current():
            return
        self.prefs.language = i18n.set_language(lang)
        self.prefs.save()
        # Every string is set when a widget is built: rebuilding the window is simpler and
        # surer than retranslating each widget. The session (and the event) stay open.
        self.show_window()

    def shutdown(self) -> None:
        try:
            self.session.close(forget=False)
        finally:
            self.session.printing.shutdown()
            self.ops.shutdown()
            self.collector.stop()


def run(
    event: Path | None = None, *, demo: bool = False, lang: str | None = None, door: str = ""
) -> int:
    spare_source_scans()  # before the database layer is imported behind the window
    prefs = Prefs.load()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    setup_application(app, lang or prefs.language)
    desk = DeskApp(prefs)
    app.aboutToQuit.connect(desk.shutdown)
    _quit_on_terminate(app)
    opening = demo or event is not None
    if opening:
        # The window first, on the desk page with the scan field focused; the event opens
        # behind it on the database worker, and what is scanned meanwhile waits for it.
        desk.session.open_behind(event, demo=demo, on_error=desk.show_error)
    desk.show_window()
    if door and opening:  # --door POINT: door mode once the event is open
        _door_when_open(desk, door)
    # The log file (logging.handlers pulls in socket, pickle…) once the window is up: a
    # problem meanwhile still reaches the terminal.
    QTimer.singleShot(LOG_SETUP_DELAY_MS, configure_logging)
    if os.environ.get("HUIWU_EXIT_WHEN_READY"):
        # bench/run.py: SHOWN when the window is up and takes keys, READY when the event is
        # open and the desk page has read what it shows (all on the worker, in order).
        def ready(*_args: object) -> None:
            desk.ops.run(lambda: None, on_done=lambda _: _when_idle(app, "HUIWU_READY", True, desk))

        desk.hub.event_opened.connect(ready)
        desk.hub.event_closed.connect(ready)
        _when_idle(app, "HUIWU_SHOWN", not opening, desk)
    return app.exec()


def _door_when_open(desk: DeskApp, point: str) -> None:
    def to_door(*_args: object) -> None:
        desk.hub.event_opened.disconnect(to_door)
        if desk.window is not None:
            desk.window.door_mode(point)  # an unknown point: the list to choose from

    desk.hub.event_opened.connect(to_door)


def _quit_on_terminate(app: QApplication) -> None:
    """SIGTERM (a shutdown, ``kill``) and SIGHUP quit as Ctrl+Q does: the event closes, the
    printer worker stops. Python runs the handler when it next gets control; the timer
    makes sure it does within a fraction of a second even on a desk doing nothing."""
    import signal

    def quit_soon(*_args: object) -> None:
        QTimer.singleShot(0, app.quit)

    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None:
            signal.signal(sig, quit_soon)
    wake = QTimer(app)
    wake.setInterval(250)
    wake.timeout.connect(lambda: None)
    wake.start()


def _when_idle(app: QApplication, marker: str, quit: bool, desk: DeskApp) -> None:
    """bench/run.py: print ``marker`` once the event loop has drawn and is idle."""
    QTimer.singleShot(0, lambda: _report(app, marker, quit, desk))


def _report(app: QApplication, marker: str, quit: bool, desk: DeskApp) -> None:
    """``MARKER <max RSS in MB> page=<the page showing>`` (installer/ci_smoke.sh reads it)."""
    rss_mb = 0.0
    try:
        import resource

        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    except ImportError:  # Windows
        pass
    page = desk.window.current_page() if desk.window is not None else None
    print(f"{marker} {rss_mb:.1f} page={page.value if page else 'start'}", flush=True)
    if quit:
        app.quit()
