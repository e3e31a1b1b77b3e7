#!/usr/bin/env python3
"""Extract the Simplified Chinese faces of Noto Sans CJK from Debian's TTCs.

Build-time helper only (needs ``fonttools``; it is NOT a runtime dependency
of huiwu_desk).  Reproduce the bundled fonts with::

    pip install fonttools
    python resources/fonts/extract_fonts.py            # Debian default paths
    python resources/fonts/extract_fonts.py --src-dir /path/to/noto

Input:  NotoSansCJK-{Regular,Bold}.ttc  (Debian package ``fonts-noto-cjk``,
        upstream https://github.com/notofonts/noto-cjk, version 2.004)
Output: NotoSansCJKsc-{Regular,Bold}.otf next to this script.

The face is selected by its PostScript name (``NotoSansCJKsc-<Style>``), not by
its index in the collection.  Nothing is subset: all 65,535 glyphs and every
cmap entry are kept, so rare characters such as U+4DAE (䶮, CJK Ext A) and
U+2C317 (𬌗, CJK Ext B) keep rendering.  The only change besides unpacking the
collection is that the CFF FontName (shared by all faces in the TTC, where it
reads ``NotoSansCJKjp-<Style>``) is set to the face's own PostScript name, as in
upstream's standalone language-specific OTFs.  Timestamps are not recalculated,
so the output is byte-for-byte reproducible from the same input.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont

HERE = Path(__file__).resolve().parent
DEFAULT_SRC = Path("/usr/share/fonts/opentype/noto")
STYLES = ("Regular", "Bold")
CHECK_CODEPOINTS = (0x4E2D, 0x6587, 0x4DAE, 0x2C317)  # 中 文 䶮 𬌗


def find_face(ttc_path: Path, ps_name: str) -> int:
    coll = TTCollection(str(ttc_path), lazy=True)
    try:
        for index, font in enumerate(coll.fonts):
            if font["name"].getDebugName(6) == ps_name:
                return index
    finally:
        coll.close()
    raise SystemExit(f"{ps_name} not found in {ttc_path}")


def extract(src_dir: Path, out_dir: Path, style: str) -> Path:
    ttc = src_dir / f"NotoSansCJK-{style}.ttc"
    ps_name = f"NotoSansCJKsc-{style}"
    index = find_face(ttc, ps_name)
    font = TTFont(
        str(ttc),
        fontNumber=index,
        lazy=False,
        recalcBBoxes=False,
        recalcTimestamp=False,
    )
    cff = font["CFF "].cff
    if cff.fontNames != [ps_name]:
        cff.fontNames = [ps_name]  # Name INDEX; the top dict is unchanged
    cmap = font.getBestCmap()
    missing = [f"U+{cp:04X}" for cp in CHECK_CODEPOINTS if cp not in cmap]
    if missing:
        raise SystemExit(f"{ps_name}: missing {', '.join(missing)}")
    num_glyphs = font["maxp"].numGlyphs
    out = out_dir / f"{ps_name}.otf"
    font.save(str(out))
    font.close()
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    print(
        f"{out.name}: face #{index} of {ttc.name}, "
        f"{num_glyphs} glyphs, {len(cmap)} code points, "
        f"{out.stat().st_size} bytes, sha256 {digest}"
    )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src-dir", type=Path, default=DEFAULT_SRC)
    ap.add_argument("--out-dir", type=Path, default=HERE)
    args = ap.parse_args(argv)
    for style in STYLES:
        extract(args.src_dir, args.out_dir, style)
    return 0


if __name__ == "__main__":
    sys.exit(main())
