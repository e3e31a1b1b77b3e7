"""CSV bytes → rows of text: BOM, then strict UTF-8, then strict GB18030, then charset-normalizer.

Never GBK: WPS and Excel save Chinese CSV as GB18030, and real names hold characters that
only GB18030 has (䶮, 𬌗); decoding as GBK would turn them into question marks or fail.
"""

from __future__ import annotations

import codecs
import csv
import io

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class NotText(ValueError):
    """The bytes are not text in any encoding we accept (a binary file renamed .csv)."""


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    if b"\x00" in data[:4096]:
        raise NotText("binary")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding, errors="strict"), encoding
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding.lower().replace("_", "") in ("gbk", "cp936", "gb2312"):
        raise NotText("unknown encoding")
    return str(best), best.encoding


def parse(text: str) -> list[list[str]]:
    """Rows of cells; the delimiter is sniffed (comma, tab, semicolon, vertical bar)."""
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",\t;|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        return [list(row) for row in reader]
    except csv.Error as exc:
        raise NotText(str(exc)) from exc
