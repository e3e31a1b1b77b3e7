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

from ...domain.text import clean_text
from .raster import Line, bilevel, render_lines
from .slips import SlipDocument, slip_of

ESC_INIT = b"\x1b@"
FS_CHINESE_ON = b"\x1c&"
FS_CHINESE_OFF = b"\x1c."
LINE_DOTS = 24  # the printer's standard 12×24 / 24×24 font
GS_SIZE = b"\x1d!"  # character size for every character, Chinese included (ESC ! is ANK only)
DOUBLE_SIZE = GS_SIZE + b"\x11"
NORMAL_SIZE = GS_SIZE + b"\x00"


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
    # a name stored with a control character (older desks) is printed, never obeyed: ESC, GS
    # and friends in the text would be commands to the printer
    p._raw(clean_text(text).encode("gb18030") + b"\n")


def drawn_line(
    text: str, width_px: int, dpi: int, scale: float = 1.0, *, bold: bool = False
) -> Image.Image:
    """A line the printer gets as a picture (drawn with the bundled font)."""
    pt = LINE_DOTS * 72 / dpi * scale
    return render_lines([Line(text, pt=pt, bold=bold, gap_after=0.1)], width_px, dpi, margin_px=0)


def _image_line(
    p: Dummy, text: str, width_px: int, dpi: int, scale: float = 1.0, *, bold: bool = False
) -> None:
    image_bytes(p, drawn_line(text, width_px, dpi, scale, bold=bold))


BIG_SCALE = 2.0  # a line printed large (a room slip's name and room): double size


def _big_line(p: Dummy, line: str, drawn: bool, width_px: int, dpi: int) -> None:
    """Double width and height: printer text when its font has every character, else drawn."""
    if drawn or not printer_font_has(line):
        _image_line(p, line, width_px, dpi, scale=BIG_SCALE, bold=True)
        return
    p.set(bold=True)
    p._raw(DOUBLE_SIZE)
    _text(p, line)
    p._raw(NORMAL_SIZE)
    p.set(bold=False)


def receipt_bytes(doc: SlipDocument, width_px: int, dpi: int, *, cut: bool = True) -> bytes:
    """A receipt, refund receipt, void slip, Z-report or room slip (adapters/printing/slips.py)."""
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
        if label in slip.big:
            _big_line(p, line, label in slip.drawn, width_px, dpi)
        elif label in slip.drawn:
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
