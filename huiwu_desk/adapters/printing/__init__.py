"""Printing adapters: renderers (raster, ESC/POS, TSPL, PDF) and backends chosen by URI.

The window's printers, template and queue pages use only what is exported here:

- ``preview_badge(doc, template, dpi)`` → PIL image (for a live preview)
- ``receipt_preview(doc, dpi)`` → PIL image
- ``print_test_page(uri)`` sends a sample badge (rare-character name, QR) now; raises a PrinterError
- ``PrintWorker`` / ``make_worker(store, on_update)``: the queue's sender thread
- ``register_backend(scheme, factory)``: e.g. ``system://`` from huiwu_desk.ui.printing_system
"""

from __future__ import annotations

from PIL import Image

from ...domain.documents import SAMPLE_BADGE, BadgeDocument, BadgeTemplate, ReceiptDocument
from ...domain.fee_documents import ShiftReportDocument
from ...domain.room_documents import RoomSlipDocument
from . import backends, renderers
from .raster import mm_px, render_badge
from .registry import (
    Backend,
    BadgeBatch,
    Pages,
    open_backend,
    register_backend,
    register_language,
    render_for,
    schemes,
)
from .worker import PrintWorker, make_worker, send_document

renderers.install()
backends.install()


def preview_badge(doc: BadgeDocument, template: BadgeTemplate, dpi: int = 150) -> Image.Image:
    return render_badge(doc, template, dpi)


def receipt_preview(
    doc: ReceiptDocument | ShiftReportDocument | RoomSlipDocument, dpi: int = 150
) -> Image.Image:
    """A receipt, refund receipt, void slip, Z-report or room slip as the roll prints it."""
    return renderers.receipt_image(doc, mm_px(renderers.RECEIPT_WIDTH_MM, dpi), dpi)


def print_test_page(uri: str, template: BadgeTemplate | None = None) -> None:
    """Send a sample badge to the printer now (call off the GUI thread)."""
    from ...domain.documents import LANDSCAPE, ROLL_80
    from ...domain.print_jobs import parse_printer_uri

    parsed = parse_printer_uri(uri)
    if template is None:
        roll = parsed.scheme.startswith("escpos-")
        template = ROLL_80 if roll else LANDSCAPE
    send_document(uri, BadgeBatch((SAMPLE_BADGE,), template), "huiwu-desk 测试页")


__all__ = [
    "Backend",
    "BadgeBatch",
    "Pages",
    "PrintWorker",
    "make_worker",
    "open_backend",
    "preview_badge",
    "print_test_page",
    "receipt_preview",
    "register_backend",
    "register_language",
    "render_for",
    "schemes",
    "send_document",
]
