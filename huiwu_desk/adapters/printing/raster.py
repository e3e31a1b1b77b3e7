"""Pillow renderer: badges and receipt lines as images at the printer's resolution.

Text always uses the bundled Noto Sans CJK SC (never the machine's fonts), so rare name
characters such as 䶮 and 𬌗 come out as glyphs on every desk.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import qrcode
from PIL import Image, ImageDraw, ImageFont
from qrcode.constants import ERROR_CORRECT_M

from ...domain.documents import BadgeDocument, BadgeTemplate, Field
from ...paths import resources_dir

WHITE = (255, 255, 255)
BLACK = (0, 0, 0)
THRESHOLD = 160  # grey → black/white for thermal heads; below is black
NO_LINE_START = frozenset("）)】」』》〉，。、；：！？,.;:!?…·")


def mm_px(mm: float, dpi: int) -> int:
    return round(mm * dpi / 25.4)


def pt_px(pt: float, dpi: int) -> int:
    return max(round(pt * dpi / 72), 4)


@lru_cache(maxsize=2)
def font_path(bold: bool) -> str:
    name = "NotoSansCJKsc-Bold.otf" if bold else "NotoSansCJKsc-Regular.otf"
    return str(resources_dir() / "fonts" / name)


@lru_cache(maxsize=128)
def font(bold: bool, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(font_path(bold), max(px, 4))


def warm_up() -> None:
    """Load the fonts once, so the first badge of the day is as fast as the others."""
    for bold in (False, True):
        font(bold, 100).getbbox("报到")


def fit_px(text: str, bold: bool, max_px: int, width: int, height: int) -> int:
    """The largest size ≤ max_px at which one line of text fits the box."""
    ref = 100
    left, top, right, bottom = font(bold, ref).getbbox(text, anchor="ls")
    w, h = max(right - left, 1), max(bottom - top, 1)
    return max(min(max_px, int(ref * width / w), int(ref * height / (h * 1.08))), 4)


def wrap(text: str, fnt: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Break anywhere for Chinese, between words for Latin text when a word fits."""
    lines: list[str] = []
    line = ""
    for ch in text:
        if ch == "\n":
            lines.append(line)
            line = ""
            continue
        if fnt.getlength(line + ch) <= width or not line:
            line += ch
            continue
        head, space, tail = line.rpartition(" ")
        if space and head and ch != " " and tail.isascii() and tail.isalnum():
            lines.append(head)
            line = tail + ch
        elif ch in NO_LINE_START and len(line) > 1:
            lines.append(line[:-1].rstrip())  # never start a line with ）。，: carry one char down
            line = line[-1] + ch
        else:
            lines.append(line.rstrip())
            line = ch.lstrip()
    if line:
        lines.append(line)
    return lines


def fit_lines(
    text: str, bold: bool, max_px: int, width: int, height: int, max_lines: int
) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """Wrap to at most max_lines, shrinking down to 60% before cutting with an ellipsis."""
    px = max_px
    while True:
        fnt = font(bold, px)
        lines = wrap(text, fnt, width)
        line_h = px * 1.25
        if (len(lines) <= max_lines and len(lines) * line_h <= height * 1.05) or px <= max_px * 0.6:
            break
        px = int(px * 0.9)
    fits = max(min(max_lines, int(height * 1.05 / (px * 1.25))), 1)
    if len(lines) > fits:
        lines = lines[:fits]
        last = lines[-1]
        while last and fnt.getlength(last + "…") > width:
            last = last[:-1]
        lines[-1] = last + "…"
    return fnt, lines


def draw_text_box(
    draw: ImageDraw.ImageDraw,
    text: str,
    box: tuple[int, int, int, int],
    fnt: ImageFont.FreeTypeFont,
    lines: list[str],
    align: str,
    fill: tuple[int, int, int],
) -> None:
    x, y, w, h = box
    line_h = fnt.size * 1.25
    top = y + (h - line_h * len(lines)) / 2 + line_h / 2
    anchor = {"left": "lm", "right": "rm"}.get(align, "mm")
    ax = {"left": x, "right": x + w}.get(align, x + w / 2)
    for i, line in enumerate(lines):
        draw.text((ax, top + i * line_h), line, font=fnt, fill=fill, anchor=anchor)


@lru_cache(maxsize=256)
def qr_image(text: str, side_px: int) -> Image.Image:
    """A QR code as crisp square modules (integer scale, quiet zone of two modules)."""
    code = qrcode.QRCode(border=0, error_correction=ERROR_CORRECT_M, box_size=1)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    n = len(matrix)
    quiet = 2
    scale = max(side_px // (n + 2 * quiet), 1)
    small = Image.new("L", (n, n), 255)
    small.putdata([0 if cell else 255 for row in matrix for cell in row])
    big = small.resize((n * scale, n * scale), Image.Resampling.NEAREST)
    out = Image.new("L", (side_px, side_px), 255)
    offset = (side_px - n * scale) // 2
    out.paste(big, (offset, offset))
    return out


@lru_cache(maxsize=16)
def _logo(path: str, mtime: float) -> Image.Image | None:
    try:
        with Image.open(path) as img:
            return img.convert("RGBA")
    except OSError:
        return None


def _hex(colour: str) -> tuple[int, int, int]:
    c = colour.lstrip("#")
    try:
        return (int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16))
    except (ValueError, IndexError):
        return (31, 111, 235)


def _px_box(f: Field, dpi: int) -> tuple[int, int, int, int]:
    return mm_px(f.x, dpi), mm_px(f.y, dpi), mm_px(f.w, dpi), mm_px(f.h, dpi)


def render_badge(
    doc: BadgeDocument, template: BadgeTemplate, dpi: int = 300, *, mono: bool = False
) -> Image.Image:
    """The badge as an RGB image; ``mono`` draws for a black-and-white thermal head."""
    size = (mm_px(template.width_mm, dpi), mm_px(template.height_mm, dpi))
    img = Image.new("RGB", size, WHITE)
    draw = ImageDraw.Draw(img)
    band_colour = BLACK if mono else _hex(doc.category_color)
    fields = template.fields
    band = fields.get("band")
    if band is not None:
        x, y, w, h = _px_box(band, dpi)
        draw.rectangle((x, y, x + w - 1, y + h - 1), fill=band_colour)
    texts = {
        "category": doc.category,
        "event": doc.event_name,
        "name": doc.name,
        "unit": doc.unit,
        "title": doc.title,
    }
    for key, text in texts.items():
        f = fields.get(key)
        if f is None or not text.strip():
            continue
        box = _px_box(f, dpi)
        max_px = pt_px(f.size_pt, dpi)
        if f.lines <= 1:
            fnt = font(f.bold, fit_px(text, f.bold, max_px, box[2], box[3]))
            lines = [text]
        else:
            fnt, lines = fit_lines(text, f.bold, max_px, box[2], box[3], f.lines)
        on_band = key == "category" and band is not None and _inside(f, band)
        fill = WHITE if on_band else (band_colour if key == "category" else BLACK)
        draw_text_box(draw, text, box, fnt, lines, f.align, fill)
    qr = fields.get("qr")
    if qr is not None:
        x, y, w, h = _px_box(qr, dpi)
        side = min(w, h)
        img.paste(qr_image(doc.qr_text, side), (x + (w - side) // 2, y + (h - side) // 2))
    logo = fields.get("logo")
    if logo is not None and template.logo_path:
        _paste_logo(img, template.logo_path, _px_box(logo, dpi))
    return img


def _inside(inner: Field, outer: Field) -> bool:
    cx, cy = inner.x + inner.w / 2, inner.y + inner.h / 2
    return outer.x <= cx <= outer.x + outer.w and outer.y <= cy <= outer.y + outer.h


def _paste_logo(img: Image.Image, path: str, box: tuple[int, int, int, int]) -> None:
    p = Path(path)
    if not p.is_file():
        return
    logo = _logo(str(p), p.stat().st_mtime)
    if logo is None:
        return
    x, y, w, h = box
    fitted = logo.copy()
    fitted.thumbnail((w, h), Image.Resampling.LANCZOS)
    img.paste(fitted, (x + (w - fitted.width) // 2, y + (h - fitted.height) // 2), fitted)


def bilevel(img: Image.Image) -> Image.Image:
    """Threshold (no dithering: dithered text and QR modules print ragged on thermal heads)."""
    return img.convert("L").point(lambda v: 255 if v >= THRESHOLD else 0, mode="1")


# --- lines (receipts) ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Line:
    text: str
    pt: float = 9.0
    bold: bool = False
    align: str = "left"
    gap_after: float = 0.25  # in lines


def render_lines(lines: list[Line], width_px: int, dpi: int, margin_px: int = 0) -> Image.Image:
    """Stack wrapped lines of text into one white image of the given width."""
    usable = width_px - 2 * margin_px
    placed: list[tuple[ImageFont.FreeTypeFont, str, str, float]] = []
    y = 0.0
    for line in lines:
        fnt = font(line.bold, pt_px(line.pt, dpi))
        step = fnt.size * 1.3
        for part in wrap(line.text, fnt, usable) or [""]:
            placed.append((fnt, part, line.align, y + step / 2))
            y += step
        y += step * line.gap_after
    img = Image.new("RGB", (width_px, max(int(y) + 2, 1)), WHITE)
    draw = ImageDraw.Draw(img)
    for fnt, text, align, mid in placed:
        anchor = {"center": "mm", "right": "rm"}.get(align, "lm")
        x = {"center": width_px / 2, "right": width_px - margin_px}.get(align, margin_px)
        draw.text((x, mid), text, font=fnt, fill=BLACK, anchor=anchor)
    return img
