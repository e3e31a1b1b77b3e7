"""The window's door to the printing adapters, imported lazily.

python-escpos and the Pillow renderers take a few tenths of a second to import: the window
starts without them, and the first event that opens (or the first preview) pays once.
The ui package reaches huiwu_desk.adapters.printing only through these functions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .domain.documents import BadgeDocument, BadgeTemplate, ReceiptDocument
from .domain.fee_documents import ShiftReportDocument
from .domain.print_jobs import PrintJob
from .domain.room_documents import RoomSlipDocument


def preload() -> None:
    """Import the printing adapters and warm the name readings (pypinyin's dictionaries), off
    the database worker, so that neither the print worker's start nor the first walk-in makes
    a scan wait for them."""
    from .adapters import printing  # noqa: F401
    from .domain.names import name_pinyin

    name_pinyin("单曾")


def make_worker(store: Any, on_update: Callable[[PrintJob], None] | None = None) -> Any:
    """A PrintWorker for an open EventStore (``start``, ``resume_pending``, ``kick``, ``stop``)."""
    from .adapters.printing import make_worker as make

    return make(store, on_update)


def print_test_page(uri: str) -> None:
    """Send a sample badge to that printer now; raises a PrinterError (call off the GUI thread)."""
    from .adapters.printing import print_test_page as send

    send(uri)


def preview_badge(doc: BadgeDocument, template: BadgeTemplate, dpi: int = 150) -> Any:
    """The badge as a PIL image, as the printer would get it."""
    from .adapters.printing import preview_badge as render

    return render(doc, template, dpi)


def receipt_preview(
    doc: ReceiptDocument | ShiftReportDocument | RoomSlipDocument, dpi: int = 150
) -> Any:
    """A receipt, refund receipt, void slip, Z-report or room slip as the receipt printer
    prints it."""
    from .adapters.printing import receipt_preview as render

    return render(doc, dpi)


def register_backend(scheme: str, factory: Callable[[Any], Any]) -> None:
    from .adapters.printing import register_backend as register

    register(scheme, factory)


def usb_available() -> bool:
    """pyusb (and a libusb it can load) is installed: USB printers can be listed."""
    try:
        import usb.core  # type: ignore[import-not-found]  # noqa: F401
    except Exception:
        return False
    return True


def usb_printers() -> list[tuple[str, str]]:
    """Connected USB devices that look like printers: ``[(VID:PID, description)]``.

    Devices of class 7 (printer) first; a receipt printer with a vendor class is listed too,
    since many Chinese thermal printers report 0xFF. Empty when pyusb or libusb is missing.
    """
    try:
        import usb.core  # type: ignore[import-not-found]
        import usb.util  # type: ignore[import-not-found]

        devices = list(usb.core.find(find_all=True))
    except Exception:
        return []
    found: list[tuple[int, str, str]] = []
    for dev in devices:
        classes = {dev.bDeviceClass}
        try:
            for cfg in dev:
                classes.update(intf.bInterfaceClass for intf in cfg)
        except Exception:
            pass
        if not classes & {7, 0xFF}:
            continue  # hubs, keyboards (the scanner), cameras…
        ids = f"{dev.idVendor:04x}:{dev.idProduct:04x}"
        label = ids
        try:
            names = [usb.util.get_string(dev, i) for i in (dev.iManufacturer, dev.iProduct) if i]
            if any(names):
                label = f"{' '.join(n for n in names if n)} ({ids})"
        except Exception:
            pass  # reading strings needs permission on some systems; the ids are enough
        found.append((0 if 7 in classes else 1, ids, label))
    return [(ids, label) for _rank, ids, label in sorted(found)]
