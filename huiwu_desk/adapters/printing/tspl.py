"""TSPL (TSC, Xprinter, Gprinter label printers): plain text commands with a BITMAP.

Each image becomes one label of its own size; TSPL bitmaps use 1 for white, 0 for black.
"""

from __future__ import annotations

from PIL import Image

from .raster import bilevel


def label(img: Image.Image, dpi: int, gap_mm: float = 2.0) -> bytes:
    mono = bilevel(img)
    width_bytes = (mono.width + 7) // 8
    padded = Image.new("1", (width_bytes * 8, mono.height), 1)
    padded.paste(mono, (0, 0))
    # Pillow packs "1" images with 1 = white, which is exactly TSPL's convention.
    data = padded.tobytes()
    # the label stock's size: dots back to millimetres, to the half millimetre labels come in
    w_mm = round(mono.width * 25.4 / dpi * 2) / 2
    h_mm = round(mono.height * 25.4 / dpi * 2) / 2
    head = (
        f"SIZE {w_mm:.1f} mm,{h_mm:.1f} mm\r\n"
        f"GAP {gap_mm:.1f} mm,0 mm\r\n"
        "DIRECTION 1\r\nCLS\r\n"
        f"BITMAP 0,0,{width_bytes},{mono.height},0,"
    ).encode("ascii")
    return head + data + b"\r\nPRINT 1,1\r\n"


def labels(images: list[Image.Image], dpi: int, gap_mm: float = 2.0) -> bytes:
    return b"".join(label(img, dpi, gap_mm) for img in images)


def bitmap_from_label(data: bytes) -> Image.Image:
    """Read the first label's BITMAP back into an image (tests and previews)."""
    start = data.index(b"BITMAP ")
    comma = start
    for _ in range(5):
        comma = data.index(b",", comma + 1)
    fields = data[start + 7 : comma].split(b",")
    width_bytes, height = int(fields[2]), int(fields[3])
    raw = data[comma + 1 : comma + 1 + width_bytes * height]
    img = Image.frombytes("1", (width_bytes * 8, height), raw)
    return img.convert("L")
