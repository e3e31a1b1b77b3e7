"""Python's cyclic garbage collector runs on the GUI thread only.

The collector runs on whichever thread happens to allocate when a threshold is crossed: on
the database worker it can free a cycle that holds a widget (a callback that captured its
page), and Qt objects deleted off the GUI thread crash the process (seen in the UI tests as
a segmentation fault "Garbage-collecting" on the worker). So automatic collection is switched
off while the window lives and the GUI thread collects, by the same thresholds, on a timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        """Collect the generations whose threshold is crossed, as the collector would."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
