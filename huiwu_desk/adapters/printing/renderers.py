"""The built-in printer languages: ESC/POS byte streams, page images, TSPL label commands."""

from __future__ import annotations

from PIL import Image

from ...domain.documents import ReceiptDocument
from . import escpos_render, tspl
from .raster import Line, mm_px, render_badge, render_lines
from .registry import Backend, BadgeBatch, Pages, Printable, Rendered, register_language

RECEIPT_WIDTH_MM = 80


def receipt_image(doc: ReceiptDocument, width_px: int, dpi: int) -> Image.Image:
    """A receipt drawn entirely with the bundled font (PDF, system printers, previews)."""
    small = 9.0
    head: list[Line] = []
    if doc.organizer:
        head.append(Line(doc.organizer, pt=11, bold=True, align="center"))
    if doc.event_name:
        head.append(Line(doc.event_name, pt=small, align="center"))
    head.append(Line(doc.heading, pt=16, bold=True, align="center", gap_after=0.6))
    payer = "退款人" if doc.refund else "交款人"
    body = [
        Line(
            f"{label}：{value}",
            pt=11 if label == payer else small,
            bold=label in ("金额", "退款金额", "收据号"),
        )
        for label, value in doc.lines()
    ]
    note = "此收据为报到台收费凭证，发票另开" if not doc.refund else "退款凭证，请妥善保管"
    foot = [Line("—" * 3, pt=small, align="center"), Line(note, pt=small - 1, align="center")]
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
