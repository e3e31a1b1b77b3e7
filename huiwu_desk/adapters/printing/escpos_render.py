"""ESC/POS byte streams, composed with python-escpos's Dummy printer.

Receipt numbers, amounts and common Chinese go out as printer text in GB18030 inside the
FS & Chinese mode (crisp and fast on Chinese-market printers); python-escpos 3.1's text()
would print characters outside U+4E00–U+9FA5 as "?", so we send the bytes ourselves. The
payer's name, and any line the printer's built-in GB2312 font may lack, is a rendered image.
Images go as ``GS v 0`` raster blocks.
"""

from __future__ import annotations

from escpos.printer import Dummy
from PIL import Image

from .raster import Line, bilevel, render_lines
from .slips import SlipDocument, slip_of

ESC_INIT = b"\x1b@"
FS_CHINESE_ON = b"\x1c&"
FS_CHINESE_OFF = b"\x1c."
LINE_DOTS = 24  # the printer's standard 12×24 / 24×24 font


def printer_font_has(text: str) -> bool:
    """Whether every character is in GB2312, the set every Chinese printer font carries."""
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def composer(width_px: int, dpi: int) -> Dummy:
    """A Dummy printer whose profile knows the paper width (else python-escpos prints a warning)."""
    p = Dummy()
    data = dict(p.profile.profile_data)
    data["media"] = {"dpi": dpi, "width": {"mm": round(width_px * 25.4 / dpi), "pixels": width_px}}
    p.profile.profile_data = data  # instance attribute: the shared profile stays untouched
    return p


def fit_width(img: Image.Image, width_px: int) -> Image.Image:
    """Turn a landscape badge sideways when that fits the roll; else scale it down; centre it."""
    if img.width > width_px and img.height <= width_px:
        img = img.rotate(90, expand=True)
    if img.width > width_px:
        img = img.resize((width_px, round(img.height * width_px / img.width)))
    if img.width < width_px:
        canvas = Image.new(img.mode, (width_px, img.height), "white")
        canvas.paste(img, ((width_px - img.width) // 2, 0))
        img = canvas
    return img


def image_bytes(p: Dummy, img: Image.Image) -> None:
    p.image(bilevel(img), impl="bitImageRaster", fragment_height=960)


def badges_bytes(images: list[Image.Image], width_px: int, dpi: int, *, cut: bool = True) -> bytes:
    p = composer(width_px, dpi)
    p._raw(ESC_INIT)
    for img in images:
        image_bytes(p, fit_width(img, width_px))
        p.ln(2)
        if cut:
            p.cut(feed=True)
    return bytes(p.output)


def _text(p: Dummy, text: str) -> None:
    p._raw(text.encode("gb18030") + b"\n")


def _image_line(p: Dummy, text: str, width_px: int, dpi: int, scale: float = 1.0) -> None:
    pt = LINE_DOTS * 72 / dpi * scale
    img = render_lines([Line(text, pt=pt, gap_after=0.1)], width_px, dpi, margin_px=0)
    image_bytes(p, img)


def receipt_bytes(doc: SlipDocument, width_px: int, dpi: int, *, cut: bool = True) -> bytes:
    """A receipt, refund receipt, void slip or Z-report (adapters/printing/slips.py)."""
    slip = slip_of(doc)
    p = composer(width_px, dpi)
    p._raw(ESC_INIT + FS_CHINESE_ON)
    columns = max(width_px // (LINE_DOTS // 2), 16)
    p.set(align="center", bold=True)
    for text in slip.tops:
        if printer_font_has(text):
            _text(p, text)
        else:
            _image_line(p, text, width_px, dpi)
    p.set(align="center", bold=True, double_height=True, double_width=True)
    _text(p, slip.heading)
    p.set(align="left", normal_textsize=True, bold=False)
    _text(p, "-" * columns)
    for label, value in slip.lines:
        line = f"{label}：{value}"
        if label in slip.drawn:
            _image_line(p, line, width_px, dpi, scale=1.25)  # a name: always as drawn glyphs
        elif printer_font_has(line):
            bold = label in slip.bold
            p.set(bold=bold)
            _text(p, line)
            p.set(bold=False)
        else:
            _image_line(p, line, width_px, dpi)
    _text(p, "-" * columns)
    p.set(align="center")
    _text(p, slip.foot)
    p._raw(FS_CHINESE_OFF)
    p.set(align="left")
    p.ln(3)
    if cut:
        p.cut(feed=True)
    return bytes(p.output)
