"""The built-in printer languages: ESC/POS byte streams, page images, TSPL label commands."""

from __future__ import annotations

from PIL import Image

from . import escpos_render, tspl
from .raster import Line, mm_px, render_badge, render_lines
from .registry import Backend, BadgeBatch, Pages, Printable, Rendered, register_language
from .slips import SlipDocument, slip_of

RECEIPT_WIDTH_MM = 80


def receipt_image(doc: SlipDocument, width_px: int, dpi: int) -> Image.Image:
    """A receipt (or refund receipt, void slip, Z-report, room slip) drawn entirely with the
    bundled font (PDF, system printers, previews)."""
    slip = slip_of(doc)
    small = 9.0
    head: list[Line] = []
    if doc.organizer:
        head.append(Line(doc.organizer, pt=11, bold=True, align="center"))
    if doc.event_name:
        head.append(Line(doc.event_name, pt=small, align="center"))
    head.append(Line(slip.heading, pt=16, bold=True, align="center", gap_after=0.6))
    body = [
        Line(
            f"{label}：{value}",
            pt=16 if label in slip.big else 11 if label in slip.drawn else small,
            bold=label in slip.bold or label in slip.big,
        )
        for label, value in slip.lines
    ]
    foot = [Line("—" * 3, pt=small, align="center"), Line(slip.foot, pt=small - 1, align="center")]
    margin = mm_px(4, dpi)
    return render_lines(head + body + foot, width_px, dpi, margin_px=margin)


def _badge_images(batch: BadgeBatch, dpi: int, mono: bool) -> list[Image.Image]:
    return [render_badge(doc, batch.template, dpi, mono=mono) for doc in batch.docs]


def render_escpos(item: Printable, backend: Backend) -> Rendered:
    width = backend.width_px or 576
    cut = backend.uri.params.get("cut", "1") != "0"
    if isinstance(item, BadgeBatch):
        images = _badge_images(item, backend.dpi, mono=True)
        return escpos_render.badges_bytes(images, width, backend.dpi, cut=cut)
    return escpos_render.receipt_bytes(item, width, backend.dpi, cut=cut)


def render_pages(item: Printable, backend: Backend) -> Rendered:
    mono = backend.uri.params.get("mono", "0") == "1"
    if isinstance(item, BadgeBatch):
        return Pages(_badge_images(item, backend.dpi, mono), backend.dpi, "badge")
    width = backend.width_px or mm_px(RECEIPT_WIDTH_MM, backend.dpi)
    return Pages([receipt_image(item, width, backend.dpi)], backend.dpi, "receipt")


def render_tspl(item: Printable, backend: Backend) -> Rendered:
    if isinstance(item, BadgeBatch):
        images = _badge_images(item, backend.dpi, mono=True)
    else:
        width = backend.width_px or mm_px(RECEIPT_WIDTH_MM - 8, backend.dpi)
        images = [receipt_image(item, width, backend.dpi)]
    return tspl.labels(images, backend.dpi, gap_mm=float(backend.uri.params.get("gap", "2")))


def install() -> None:
    register_language("escpos", render_escpos)
    register_language("pages", render_pages)
    register_language("tspl", render_tspl)
