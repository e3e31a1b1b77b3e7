"""What an organizer types into the cells of a setup workbook, read as they meant it.

Excel and WPS hand back numbers as numbers or as text, dates as dates, as serial numbers or as
text (2027-04-10, 2027/4/10, 2027年4月10日), full-width digits and spaces, and 是/否 in many
spellings. Each reader returns the value or raises ``ValueError`` holding one ``Says``
sentence that names the cell's text (the workbook reader turns it into a ``RowProblem``).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from .fee_errors import AmountTooLarge, MalformedAmount
from .model import PAYMENT_METHOD_ZH, PaymentMethod
from .money import parse_yuan
from .setup_model import Says, clean
from .text import clean_text

YES = frozenset({"是", "y", "yes", "true", "1", "√", "✓", "✔", "对", "要", "需要", "有"})
NO = frozenset({"否", "n", "no", "false", "0", "×", "✗", "✘", "x", "不", "不要", "不需要", "无"})
SEPARATORS = re.compile(r"\s*[,;、\r\n]+\s*")  # after NFKC: ，→, ；→;
RANGE_WORDS = re.compile(r"\s*(?:至|到|~|—|–)\s*")  # not "-": dates are written with it
DATE_TEXT = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
)
QUANTITY = re.compile(r"(.+?)\s*[×xX*]\s*(\d+)\s*(?:份|本|个|件|张|套)?")
EXCEL_EPOCH = date(1899, 12, 30)
SERIALS = (36526, 73051)  # Excel's day numbers of 2000-01-01 and 2100-01-01
MAX_RANGE_DAYS = 366
MAX_COUNT = 1_000_000_000  # stock, beds: beyond is a typo

METHOD_WORDS: dict[str, PaymentMethod] = {
    **{zh: method for method, zh in PAYMENT_METHOD_ZH.items()},
    **{method.value: method for method in PaymentMethod},
    "银行卡": PaymentMethod.CARD,
    "刷卡": PaymentMethod.CARD,
    "pos": PaymentMethod.CARD,
    "汇款": PaymentMethod.TRANSFER,
    "转账": PaymentMethod.TRANSFER,
    "签单": PaymentMethod.BILL,
    "统一结算": PaymentMethod.BILL,
}


def text_of(value: Any) -> str:
    """A cell as text: 301.0 (a number typed in Excel) is "301", a date its ISO form."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return clean_text(clean(value)).strip()  # Alt+Enter, a tab: a space; no control character


def is_blank(value: Any) -> bool:
    return text_of(value) == ""


def yes_no(value: Any, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    word = text_of(value).lower()
    if not word:
        return default
    if word in YES:
        return True
    if word in NO:
        return False
    raise ValueError(Says("“{0}”应填“是”或“否”。", text_of(value)))


def whole(value: Any, default: int = 0) -> int:
    """A count typed as 300, 300.0, "300" or "３００"."""
    text = text_of(value).replace(",", "")
    if not text:
        return default
    if not re.fullmatch(r"[+-]?\d+", text):
        raise ValueError(Says("“{0}”应为整数。", text_of(value)))
    if abs(int(text)) > MAX_COUNT:
        raise ValueError(Says("“{0}”太大。", text))
    return int(text)


def fen_of(value: Any) -> int:
    """Yuan as typed ("1,600", "¥1600.5", "1600元", 1600.5) → fen, by the one strict parser
    (``money.parse_yuan``: no "1e3", "1_000", "1,6,0,0", other scripts' digits, no rounding
    of "12.345"), within ``MAX_PAYMENT_YUAN``. A minus sign is read, for the setup's rules to
    refuse with their own sentence."""
    if isinstance(value, float) and (value != value or abs(value) >= 1e15):
        text = f"{value:g}"  # inf, nan, 1e+30 from a number cell: too large to be a price
        raise ValueError(Says("金额“{0}”超过 100 万元。", text))
    text = text_of(value)
    if isinstance(value, float):
        text = repr(value)  # the number itself: 0.1 + 0.2 shows its third decimal
    sign, bare = (-1, text[1:]) if text.startswith("-") else (1, text)
    try:
        if isinstance(value, bool) or not bare:
            raise MalformedAmount(text=text)
        return sign * parse_yuan(bare, allow_zero=True)
    except MalformedAmount:
        raise ValueError(Says("“{0}”不是金额：请写元，最多两位小数。", text)) from None
    except AmountTooLarge:
        raise ValueError(Says("金额“{0}”超过 100 万元。", text)) from None


def date_of(value: Any) -> date:
    """An Excel date, a serial number or text: 2027-04-10, 2027/4/10, 2027年4月10日."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    serial = isinstance(value, int | float) and not isinstance(value, bool)
    if serial and SERIALS[0] <= value < SERIALS[1]:  # a date that lost its format in Excel
        return EXCEL_EPOCH + timedelta(days=int(value))
    text = text_of(value)
    match = DATE_TEXT.fullmatch(text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    raise ValueError(Says("读不懂日期“{0}”：请写成 2027-04-10。", text))


def dates_of(value: Any) -> list[date]:
    """Nights: "2027-04-10, 2027-04-11" or "2027-04-10 至 2027-04-12" (those three nights)."""
    if not isinstance(value, str):
        return [] if is_blank(value) else [date_of(value)]
    found: list[date] = []
    for piece in (text_of(p) for p in SEPARATORS.split(clean(value))):
        if not piece:
            continue
        ends = RANGE_WORDS.split(piece)
        if len(ends) == 2:
            first, last = date_of(ends[0]), date_of(ends[1])
            if last < first:
                raise ValueError(Says("日期范围“{0}”从后往前。", piece))
            if (last - first).days >= MAX_RANGE_DAYS:
                raise ValueError(Says("日期范围“{0}”超过 366 天。", piece))
            found += [first + timedelta(days=i) for i in range((last - first).days + 1)]
        elif len(ends) == 1:
            found.append(date_of(piece))
        else:
            raise ValueError(Says("读不懂日期“{0}”：请写成 2027-04-10。", piece))
    return found


def dates_text(days: list[date]) -> str:
    """Nights as ``dates_of`` reads them: runs of three or more as "A 至 B"."""
    days = sorted(set(days))
    parts: list[str] = []
    i = 0
    while i < len(days):
        j = i
        while j + 1 < len(days) and days[j + 1] - days[j] == timedelta(days=1):
            j += 1
        if j - i >= 2:
            parts.append(f"{days[i].isoformat()} 至 {days[j].isoformat()}")
        else:
            parts += [d.isoformat() for d in days[i : j + 1]]
        i = j + 1
    return ", ".join(parts)


def names_of(value: Any) -> list[str]:
    """A list in one cell, separated by commas, 、, semicolons (either width) or lines."""
    raw = clean(value) if isinstance(value, str) else text_of(value)
    return [t for t in (text_of(p) for p in SEPARATORS.split(raw)) if t]


def quantities_of(value: Any) -> dict[str, int]:
    """ "资料袋, 密件×2" → {"资料袋": 1, "密件": 2} (× x X * for the quantity)."""
    found: dict[str, int] = {}
    for piece in names_of(value):
        match = QUANTITY.fullmatch(piece)
        name, qty = (match[1].strip(), int(match[2])) if match else (piece, 1)
        found[name] = found.get(name, 0) + qty
    return found


def quantities_text(quantities: dict[str, int]) -> str:
    return ", ".join(name if n == 1 else f"{name}×{n}" for name, n in quantities.items())


def methods_of(value: Any) -> tuple[list[str], list[str]]:
    """Payment methods by their Chinese (or code) names → (method codes, words not known)."""
    methods: list[str] = []
    unknown: list[str] = []
    for word in names_of(value):
        method = METHOD_WORDS.get(word.lower()) or METHOD_WORDS.get(word)
        if method is None:
            unknown.append(word)
        elif method.value not in methods:
            methods.append(method.value)
    return methods, unknown


def methods_text(methods: list[str]) -> str:
    return ", ".join(
        PAYMENT_METHOD_ZH[PaymentMethod(m)]
        for m in methods
        if m in PaymentMethod._value2member_map_
    )


def header_key(value: Any) -> str:
    """A header as compared: no spaces, no "(元)" or "（必填）", no "*", lower case."""
    text = re.sub(r"\s+", "", text_of(value))
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]|【[^】]*】", "", text)
    return text.strip("*:").lower()
