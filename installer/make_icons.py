"""Draw the app's icon (会 on a rounded square) from the bundled font: the PNG for Linux
desktops and the .ico for Windows. Run again only to change it; the outputs are committed.

    python installer/make_icons.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
FONT = ROOT / "resources" / "fonts" / "NotoSansCJKsc-Bold.otf"
BLUE = (26, 86, 160, 255)


def icon(size: int) -> Image.Image:
    scale = 4  # drawn large, then reduced: smooth edges
    big = size * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=big // 5, fill=BLUE)
    font = ImageFont.truetype(str(FONT), int(big * 0.7))
    draw.text((big / 2, big / 2), "会", font=font, fill="white", anchor="mm")
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    icon(256).save(ROOT / "installer" / "linux" / "huiwu-desk.png")
    sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    icon(256).save(ROOT / "installer" / "windows" / "huiwu-desk.ico", sizes=sizes)


if __name__ == "__main__":
    main()
