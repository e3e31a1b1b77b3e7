"""PDF output through Pillow: each page keeps the badge's physical size, or badges go
multi-up on A4 sheets (with thin cut marks) for a laser printer.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from .raster import mm_px

SHEETS_MM = {"a4": (210.0, 297.0), "a5": (148.0, 210.0), "letter": (215.9, 279.4)}
SHEET_MARGIN_MM = 10.0
JPEG_QUALITY = 92  # RGB pages are stored as JPEG by Pillow; keep text and QR edges clean


def write_pages(images: list[Image.Image], dpi: int, path: Path, title: str = "") -> None:
    first, *rest = [_pdf_mode(img) for img in images]
    first.save(
        path,
        format="PDF",
        resolution=dpi,
        save_all=True,
        append_images=rest,
        title=title or "huiwu-desk",
        quality=JPEG_QUALITY,
    )


def _pdf_mode(img: Image.Image) -> Image.Image:
    return img if img.mode in ("1", "L", "RGB") else img.convert("RGB")


def sheet_layout(badge_w: int, badge_h: int, dpi: int, sheet: str) -> list[tuple[int, int]]:
    """Top-left corners of the badges that fit on one sheet, centred, 3 mm apart."""
    w_mm, h_mm = SHEETS_MM.get(sheet.lower(), SHEETS_MM["a4"])
    page_w, page_h = mm_px(w_mm, dpi), mm_px(h_mm, dpi)
    margin, gap = mm_px(SHEET_MARGIN_MM, dpi), mm_px(3, dpi)
    cols = max((page_w - 2 * margin + gap) // (badge_w + gap), 1)
    rows = max((page_h - 2 * margin + gap) // (badge_h + gap), 1)
    left = (page_w - cols * badge_w - (cols - 1) * gap) // 2
    top = (page_h - rows * badge_h - (rows - 1) * gap) // 2
    return [
        (left + c * (badge_w + gap), top + r * (badge_h + gap))
        for r in range(rows)
        for c in range(cols)
    ]


def sheets(images: list[Image.Image], dpi: int, sheet: str = "a4") -> list[Image.Image]:
    w_mm, h_mm = SHEETS_MM.get(sheet.lower(), SHEETS_MM["a4"])
    size = (mm_px(w_mm, dpi), mm_px(h_mm, dpi))
    slots = sheet_layout(images[0].width, images[0].height, dpi, sheet)
    pages: list[Image.Image] = []
    for start in range(0, len(images), len(slots)):
        page = Image.new("RGB", size, "white")
        draw = ImageDraw.Draw(page)
        for img, (x, y) in zip(images[start : start + len(slots)], slots, strict=False):
            page.paste(img.convert("RGB"), (x, y))
            draw.rectangle((x - 1, y - 1, x + img.width, y + img.height), outline=(200, 200, 200))
        pages.append(page)
    return pages


def write_sheets(images: list[Image.Image], dpi: int, path: Path, sheet: str = "a4") -> None:
    write_pages(sheets(images, dpi, sheet), dpi, path, "badges")
