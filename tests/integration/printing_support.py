"""Helpers for the printing tests: read printer output back the way a person would see it."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image

GS_V0 = b"\x1dv0"


def escpos_rasters(data: bytes) -> list[Image.Image]:
    """Every ``GS v 0`` raster block of an ESC/POS stream, as a black-on-white image."""
    images: list[Image.Image] = []
    pos = 0
    while (start := data.find(GS_V0, pos)) >= 0:
        head = data[start + 4 : start + 8]
        width_bytes = head[0] | head[1] << 8
        height = head[2] | head[3] << 8
        body = data[start + 8 : start + 8 + width_bytes * height]
        # ESC/POS raster bits are 1 = burn (black); Pillow's "1" mode is 1 = white.
        img = Image.frombytes("1", (width_bytes * 8, height), bytes(b ^ 0xFF for b in body))
        images.append(img.convert("L"))
        pos = start + 8 + width_bytes * height
    return images


def stack(images: list[Image.Image]) -> Image.Image:
    """Fragments of one tall image (python-escpos splits at 960 lines) put back together."""
    width = max(i.width for i in images)
    out = Image.new("L", (width, sum(i.height for i in images)), 255)
    y = 0
    for img in images:
        out.paste(img, (0, y))
        y += img.height
    return out


def text_outside_rasters(data: bytes) -> bytes:
    """The stream with raster blocks cut out: what the printer prints as text."""
    out = bytearray()
    pos = 0
    while (start := data.find(GS_V0, pos)) >= 0:
        out += data[pos:start]
        head = data[start + 4 : start + 8]
        pos = start + 8 + (head[0] | head[1] << 8) * (head[2] | head[3] << 8)
    out += data[pos:]
    return bytes(out)


def read_qr(img: Image.Image) -> list[str]:
    """Decode QR codes as a phone would (zxing-cpp); the test skips where it is not installed."""
    import pytest

    zxingcpp = pytest.importorskip("zxingcpp")

    framed = Image.new("L", (img.width + 80, img.height + 80), 255)
    framed.paste(img.convert("L"), (40, 40))
    return [r.text for r in zxingcpp.read_barcodes(framed)]


def pdf_pages(path: Path, dpi: int = 200) -> list[Image.Image]:
    """PDF pages as images: pdftoppm when installed, else the page images Pillow embedded."""
    if shutil.which("pdftoppm"):
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(
                ["pdftoppm", "-r", str(dpi), "-png", str(path), f"{tmp}/page"],
                check=True,
                capture_output=True,
            )
            return [Image.open(p).copy() for p in sorted(Path(tmp).glob("page*.png"))]
    data = path.read_bytes()
    pages = []
    pos = 0
    while (start := data.find(b"\xff\xd8\xff", pos)) >= 0:  # JPEG streams (RGB pages)
        end = data.find(b"\xff\xd9", start) + 2
        import io

        pages.append(Image.open(io.BytesIO(data[start:end])).copy())
        pos = end
    return pages
