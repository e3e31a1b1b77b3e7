"""What an event holds before the first person arrives: the event, categories, fee items and
their prices, materials, hotels and rooms, scan points.

Parts refer to each other by name (the names an organizer types in the setup workbook and
sees in the window); the service maps names to the ids of the event file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .doors import credits_of, minute_of, rules_of
from .model import PaymentMethod, RoomType
from .sentences import Sentence
from .text import clean_text

ROOM_TYPE_WORDS: dict[str, RoomType] = {
    "标间": RoomType.TWIN,
    "标准间": RoomType.TWIN,
    "双床": RoomType.TWIN,
    "双床房": RoomType.TWIN,
    "twin": RoomType.TWIN,
    "大床": RoomType.KING,
    "大床房": RoomType.KING,
    "king": RoomType.KING,
    "单人间": RoomType.SINGLE,
    "单间": RoomType.SINGLE,
    "single": RoomType.SINGLE,
    "套房": RoomType.SUITE,
    "套间": RoomType.SUITE,
    "suite": RoomType.SUITE,
}
DEFAULT_BEDS = {RoomType.TWIN: 2, RoomType.KING: 1, RoomType.SINGLE: 1, RoomType.SUITE: 1}
POINT_KINDS = ("materials", "meal", "session", "credit")
COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(slots=True)
class EventSetup:
    name: str
    organizer: str = ""
    venue: str = ""
    start_date: date | None = None
    end_date: date | None = None
    nights: list[date] = field(default_factory=list)  # the nights of the room block
    credit_project: str = ""  # 项目编号
    credit_category: str = ""  # 学分类别


@dataclass(slots=True)
class CategorySetup:
    name: str
    id: str = field(default="", kw_only=True)  # read from the event: a rename keeps it
    key: str = ""
    color: str = "#1f6feb"
    template: str = ""  # badge template key; "" = the default one
    pay_before_badge: bool = True
    materials: dict[str, int] = field(default_factory=dict)  # material name → quantity
    meals: list[str] = field(default_factory=list)


@dataclass(slots=True)
class FeeItemSetup:
    name: str
    id: str = field(default="", kw_only=True)  # read from the event: a rename keeps it
    per_night: bool = False  # 住宿费: the price is for one night


@dataclass(slots=True)
class FeeSetup:
    """What one category pays for one fee item (fen); ``onsite_fen`` for who registers on site."""

    item: str
    category: str
    early_fen: int
    onsite_fen: int | None = None

    @property
    def onsite(self) -> int:
        return self.early_fen if self.onsite_fen is None else self.onsite_fen


@dataclass(slots=True)
class MaterialSetup:
    name: str
    id: str = field(default="", kw_only=True)  # read from the event: a rename keeps it
    stock: int = 0
    returnable: bool = False  # confidential documents: must come back (文件清退)


@dataclass(slots=True)
class RoomSetup:
    hotel: str
    number: str
    type: RoomType = RoomType.TWIN
    beds: int = 2
    floor: str = ""
    spare: bool = False  # 机动: held back, never suggested
    nights: list[date] = field(default_factory=list)  # [] = every night of the event
    id: str = field(default="", kw_only=True)


@dataclass(slots=True)
class PointSetup:
    """A scan point (issue 18: services/doors): its kind and rules."""

    name: str
    kind: str = "materials"  # materials | meal | session | credit
    categories: list[str] = field(default_factory=list)  # keys or names; [] = everyone
    start: datetime | None = None  # local time the door opens (a sitting, a session, a topic)
    end: datetime | None = None
    credits: str = ""  # a credit topic's own credits ("2", "1.5"); "" = from its hours
    once: bool = False
    once_per_day: bool = False
    tolerance_min: int = 15
    id: str = field(default="", kw_only=True)  # read from the event: a rename keeps it


@dataclass(slots=True)
class Setup:
    """A whole setup, or the part of one to apply (an empty list changes nothing)."""

    event: EventSetup | None = None
    categories: list[CategorySetup] = field(default_factory=list)
    fee_items: list[FeeItemSetup] = field(default_factory=list)
    fees: list[FeeSetup] = field(default_factory=list)
    materials: list[MaterialSetup] = field(default_factory=list)
    hotels: list[str] = field(default_factory=list)
    rooms: list[RoomSetup] = field(default_factory=list)
    points: list[PointSetup] = field(default_factory=list)
    payment_methods: list[str] = field(default_factory=list)  # [] = leave as they are
    # 交班差额上限: a shift's variance above it needs a supervisor (None = leave as it is)
    variance_limit_fen: int | None = None
    # 只住一晚者单住: a one-night stay sleeps alone when rooms allow (None = leave as it is)
    one_night_single: bool | None = None


EN: dict[str, str] = {
    "读不懂“{0}”：请写成“301-330 标间 2床”。": "Cannot read “{0}”: write it as “301-330 twin 2”.",
    "房号范围“{0}”从大到小。": "The room range “{0}” runs backwards.",
    "房号范围“{0}”超过 1000 间。": "The room range “{0}” has more than 1,000 rooms.",
    "不认识的房型“{0}”（标间、大床、单人间、套房）。": (
        "Unknown room type “{0}” (twin, king, single, suite)."
    ),
    "床位数应为 1–20，不是 {0}。": "Beds must be 1–20, not {0}.",
    "会议名称不能为空。": "The event name is empty.",
    "结束日期早于开始日期。": "The end date is before the start date.",
    "住宿晚有重复的日期。": "A night of the room block is listed twice.",
    "资料名称不能为空。": "A material has no name.",
    "资料“{0}”重复。": "The material “{0}” is listed twice.",
    "库存不能为负数（{0}）。": "Stock cannot be negative ({0}).",
    "类别名称不能为空。": "A category has no name.",
    "类别“{0}”重复。": "The category “{0}” is listed twice.",
    "类别编号“{0}”重复。": "The category key “{0}” is used twice.",
    "颜色“{0}”应写成 #RRGGBB。": "Write the colour “{0}” as #RRGGBB.",
    "资料“{0}”不在资料表中。": "The material “{0}” is not on the materials sheet.",
    "资料“{0}”的数量应至少为 1。": "The quantity of “{0}” must be at least 1.",
    "收费项目名称不能为空。": "A fee item has no name.",
    "收费项目“{0}”不存在。": "There is no fee item “{0}”.",
    "类别“{0}”不在参会类别表中。": "The category “{0}” is not on the categories sheet.",
    "金额不能为负数。": "An amount cannot be negative.",
    "“{0}”对“{1}”的价格写了两次。": "The price of “{0}” for “{1}” is given twice.",
    "酒店名称不能为空。": "The hotel name is empty.",
    "酒店“{0}”不在酒店列表中。": "The hotel “{0}” is not in the list of hotels.",
    "房号不能为空。": "The room number is empty.",
    "“{0}”的房号 {1} 重复。": "Room {1} of “{0}” is listed twice.",
    "可住晚 {0} 不在会议的住宿晚中。": "The night {0} is not a night of the event's room block.",
    "扫码点名称不能为空。": "A scan point has no name.",
    "扫码点“{0}”重复。": "The scan point “{0}” is listed twice.",
    "扫码点类型“{0}”应为 资料、用餐、会场 或 学分。": (
        "The scan point type “{0}” must be materials, meal, session or credit."
    ),
    "扫码点“{0}”的结束早于开始。": "The scan point “{0}” ends before it starts.",
    "“{0}”不是时间（例如 2026-12-03 12:00）。": "“{0}” is not a time (e.g. 2026-12-03 12:00).",
    "读不懂规则“{0}”：可写 仅一次、每天一次、宽限 30 分钟。": (
        "Cannot read the rule “{0}”: write 仅一次 (once), 每天一次 (once a day), 宽限 30 分钟 "
        "(30 minutes' grace)."
    ),
    "学分课题“{0}”需要开始和结束时间，或学分。": (
        "The credit topic “{0}” needs its start and end, or its credits."
    ),
    "扫码点“{0}”的学分“{1}”不是数字。": "The credits “{1}” of the scan point “{0}” are no number.",
    "扫码点“{0}”只能选“仅一次”或“每天一次”之一。": (
        "The scan point “{0}” is either once or once per day, not both."
    ),
    "不认识的收款方式“{0}”。": "Unknown payment method “{0}”.",
    "“{0}”的“{1}”改为 {2} 元：已缴费的 {3} 人不变，余额按新价重算。": (
        "“{1}” for “{0}” becomes ¥{2}: the {3} people who paid keep their payments; "
        "balances are recomputed at the new price."
    ),
    "“{0}”不再发“{1}”：已领的 {2} 人不收回。": (
        "“{0}” no longer receives “{1}”: the {2} people who have it keep it."
    ),
    "{0} 晚已排房 {1} 间：住宿晚取消后这些排房仍保留，请在排房页调整。": (
        "{1} rooms are assigned on the night of {0}: they stay assigned when the night is "
        "dropped; adjust them on the rooms page."
    ),
    "{0} 房已住 {1} 人，多于新的床位数 {2}。": (
        "Room {0} has {1} people, more than its new {2} beds."
    ),
    # the setup workbook's cells (domain/setup_cells.py, adapters/sheets/setup_book*.py)
    "“{0}”应填“是”或“否”。": "Write 是 (yes) or 否 (no), not “{0}”.",
    "“{0}”应为整数。": "“{0}” should be a whole number.",
    "“{0}”太大。": "“{0}” is too large.",
    "“{0}”不是金额：请写元，最多两位小数。": (
        "“{0}” is not an amount: write yuan with at most two decimals."
    ),
    "价格不能为空。": "The price is empty.",
    "金额“{0}”超过 100 万元。": "The amount “{0}” is over ¥1,000,000.",
    "读不懂日期“{0}”：请写成 2027-04-10。": "Cannot read the date “{0}”: write it as 2027-04-10.",
    "日期范围“{0}”从后往前。": "The date range “{0}” runs backwards.",
    "日期范围“{0}”超过 366 天。": "The date range “{0}” is longer than 366 days.",
    "不认识的项目“{0}”。": "Unknown item “{0}”.",
    "项目“{0}”写了两次。": "“{0}” is given twice.",
    "缺少“{0}”列。": "The column “{0}” is missing.",
    "收费项目“{0}”重复。": "The fee item “{0}” is listed twice.",
    "只声明收费项目的行（类别留空）不填价格。": (
        "A row that only declares a fee item (no category) has no price."
    ),
    "按晚计费与第 {0} 行（“{1}”）不一致。": "“Per night” differs from row {0} (“{1}”).",
}


class Says(Sentence):
    """One of the setup's sentences: the Chinese template is the key of its English one."""

    def __init__(self, zh: str, *args: object) -> None:
        super().__init__(zh=zh, args=args)

    def text(self, lang: str = "zh") -> str:
        zh: str = self.params["zh"]
        template = zh if lang.lower().startswith("zh") else EN.get(zh, zh)
        args = [a.text(lang) if isinstance(a, Sentence) else a for a in self.params["args"]]
        return template.format(*args)

    def __hash__(self) -> int:
        return hash((self.params["zh"], self.params["args"]))


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A row the setup cannot take: its sheet, its row number (as Excel shows it), why."""

    sheet: str
    row: int
    reason: Sentence


# --- reading what people type -----------------------------------------------------------
def clean(text: object) -> str:
    """NFKC and trimmed: full-width digits and spaces typed in Excel read as plain ones; no
    control characters (line breaks stay: a cell may list one name a line)."""
    raw = unicodedata.normalize("NFKC", "" if text is None else str(text))
    return clean_text(raw, multiline=True).strip()


def point_minute(value: object) -> datetime | None:
    """A 开始/结束 cell of the 扫码点 sheet (Excel date-time or text); ValueError: a sentence."""
    try:
        return minute_of(clean(value) if isinstance(value, str) else value)
    except ValueError:
        raise ValueError(Says("“{0}”不是时间（例如 2026-12-03 12:00）。", clean(value))) from None


def point_rules(value: object) -> tuple[bool, bool, int]:
    """The 规则 cell: (once, once per day, tolerance minutes); ValueError: a sentence."""
    found = rules_of(clean(value))
    if found is None:
        raise ValueError(
            Says("读不懂规则“{0}”：可写 仅一次、每天一次、宽限 30 分钟。", clean(value))
        )
    return found


def room_type_of(text: str) -> RoomType | None:
    word = clean(text).lower()
    if word in RoomType._value2member_map_:
        return RoomType(word)
    return ROOM_TYPE_WORDS.get(word)


RANGE = re.compile(
    r"^(?P<prefix>[A-Za-z]*)(?P<first>\d+)\s*(?:[-–—~～至到]\s*(?P=prefix)?(?P<last>\d+))?"
    r"(?:\s+(?P<type>[^\s\d]+))?(?:\s*(?P<beds>\d+)\s*床?)?$"
)


def parse_room_range(text: str, hotel: str) -> list[RoomSetup]:
    """ "301–330 标间 2床" → 30 rooms; "A101-A105 大床" → 5. Raises ValueError with a sentence."""
    match = RANGE.match(clean(text))
    if not match:
        raise ValueError(Says("读不懂“{0}”：请写成“301-330 标间 2床”。", clean(text)))
    first, last = int(match["first"]), int(match["last"] or match["first"])
    width = len(match["first"])
    if last < first:
        raise ValueError(Says("房号范围“{0}”从大到小。", clean(text)))
    if last - first >= 1000:
        raise ValueError(Says("房号范围“{0}”超过 1000 间。", clean(text)))
    room_type = RoomType.TWIN
    if match["type"]:
        found = room_type_of(match["type"])
        if found is None:
            raise ValueError(Says("不认识的房型“{0}”（标间、大床、单人间、套房）。", match["type"]))
        room_type = found
    beds = int(match["beds"]) if match["beds"] else DEFAULT_BEDS[room_type]
    if not 1 <= beds <= 20:
        raise ValueError(Says("床位数应为 1–20，不是 {0}。", beds))
    return [
        RoomSetup(hotel, f"{match['prefix']}{n:0{width}d}", room_type, beds)
        for n in range(first, last + 1)
    ]


def nights_between(start: date | None, end: date | None) -> list[date]:
    """The nights of a stay from the first day to the last (the last day has no night)."""
    if start is None or end is None or end <= start:
        return []
    return [start + timedelta(days=i) for i in range((end - start).days)]


# --- checking a whole setup -------------------------------------------------------------
SHEET_EVENT, SHEET_CATEGORIES, SHEET_FEES = "会议", "参会类别", "收费项目"
SHEET_MATERIALS, SHEET_ROOMS, SHEET_POINTS = "资料", "酒店房间", "扫码点"


PART_SHEETS = {
    "event": SHEET_EVENT,
    "categories": SHEET_CATEGORIES,
    "fee_items": SHEET_FEES,
    "fees": SHEET_FEES,
    "materials": SHEET_MATERIALS,
    "rooms": SHEET_ROOMS,
    "points": SHEET_POINTS,
}
Where = dict[tuple[str, int], tuple[str, int]]


def problems(
    setup: Setup, rows: Where | None = None, *, known: Setup | None = None
) -> list[RowProblem]:
    """Every rule a setup breaks, one sentence per row. ``rows`` maps (part, index in its
    list) to the sheet and row the person sees (else the part's sheet, index + 2: the header
    is row 1). ``known``: what the event already holds, which the setup may refer to."""

    def bad(part: str, index: int, text: str, *args: object) -> None:
        sheet, row = (rows or {}).get((part, index), (PART_SHEETS[part], index + 2))
        found.append(RowProblem(sheet, row, Says(text, *args)))

    found: list[RowProblem] = []
    old = known or Setup()
    ev = setup.event or old.event or EventSetup("-")
    if not ev.name:
        bad("event", 0, "会议名称不能为空。")
    if ev.start_date and ev.end_date and ev.end_date < ev.start_date:
        bad("event", 0, "结束日期早于开始日期。")
    if len(set(ev.nights)) != len(ev.nights):
        bad("event", 0, "住宿晚有重复的日期。")

    material_names = {m.name for m in setup.materials + old.materials}
    seen: set[str] = set()
    for i, m in enumerate(setup.materials):
        if not m.name:
            bad("materials", i, "资料名称不能为空。")
        elif m.name in seen:
            bad("materials", i, "资料“{0}”重复。", m.name)
        if m.stock < 0:
            bad("materials", i, "库存不能为负数（{0}）。", m.stock)
        seen.add(m.name)

    category_names = {c.name for c in setup.categories + old.categories}
    seen, keys = set(), set()
    for i, c in enumerate(setup.categories):
        if not c.name:
            bad("categories", i, "类别名称不能为空。")
        elif c.name in seen:
            bad("categories", i, "类别“{0}”重复。", c.name)
        if c.key and c.key in keys:
            bad("categories", i, "类别编号“{0}”重复。", c.key)
        if not COLOR.match(c.color):
            bad("categories", i, "颜色“{0}”应写成 #RRGGBB。", c.color)
        for name, qty in c.materials.items():
            if name not in material_names:
                bad("categories", i, "资料“{0}”不在资料表中。", name)
            elif qty < 1:
                bad("categories", i, "资料“{0}”的数量应至少为 1。", name)
        seen.add(c.name)
        keys.add(c.key)

    item_names = {f.name for f in setup.fee_items + old.fee_items}
    seen = set()
    for i, f in enumerate(setup.fee_items):
        if not f.name:
            bad("fee_items", i, "收费项目名称不能为空。")
        seen.add(f.name)
    pairs: set[tuple[str, str]] = set()
    for i, fee in enumerate(setup.fees):
        if fee.item not in item_names:
            bad("fees", i, "收费项目“{0}”不存在。", fee.item)
        if fee.category not in category_names:
            bad("fees", i, "类别“{0}”不在参会类别表中。", fee.category)
        if fee.early_fen < 0 or (fee.onsite_fen is not None and fee.onsite_fen < 0):
            bad("fees", i, "金额不能为负数。")
        if (fee.item, fee.category) in pairs:
            bad("fees", i, "“{0}”对“{1}”的价格写了两次。", fee.item, fee.category)
        pairs.add((fee.item, fee.category))

    hotels = set(setup.hotels + old.hotels)
    numbers: set[tuple[str, str]] = set()
    nights = set(ev.nights or (old.event.nights if old.event else []))
    for i, r in enumerate(setup.rooms):
        if not r.hotel:
            bad("rooms", i, "酒店名称不能为空。")
        elif r.hotel not in hotels:
            bad("rooms", i, "酒店“{0}”不在酒店列表中。", r.hotel)
        if not r.number:
            bad("rooms", i, "房号不能为空。")
        elif (r.hotel, r.number) in numbers:
            bad("rooms", i, "“{0}”的房号 {1} 重复。", r.hotel, r.number)
        if not 1 <= r.beds <= 20:
            bad("rooms", i, "床位数应为 1–20，不是 {0}。", r.beds)
        outside = sorted(n for n in r.nights if nights and n not in nights)
        if outside:
            bad("rooms", i, "可住晚 {0} 不在会议的住宿晚中。", outside[0].isoformat())
        numbers.add((r.hotel, r.number))

    seen = set()
    for i, p in enumerate(setup.points):
        if not p.name:
            bad("points", i, "扫码点名称不能为空。")
        elif p.name in seen:
            bad("points", i, "扫码点“{0}”重复。", p.name)
        if p.kind not in POINT_KINDS:
            bad("points", i, "扫码点类型“{0}”应为 资料、用餐、会场 或 学分。", p.kind)
        if p.start and p.end and p.end < p.start:
            bad("points", i, "扫码点“{0}”的结束早于开始。", p.name)
        if p.kind == "credit" and not (p.start and p.end) and not p.credits.strip():
            bad("points", i, "学分课题“{0}”需要开始和结束时间，或学分。", p.name)
        try:
            credits_of(p.credits)
        except ValueError:
            bad("points", i, "扫码点“{0}”的学分“{1}”不是数字。", p.name, p.credits)
        if p.once and p.once_per_day:
            bad("points", i, "扫码点“{0}”只能选“仅一次”或“每天一次”之一。", p.name)
        seen.add(p.name)
    for method in setup.payment_methods:
        if method not in PaymentMethod._value2member_map_:
            bad("event", 0, "不认识的收款方式“{0}”。", method)
    if setup.variance_limit_fen is not None and setup.variance_limit_fen < 0:
        bad("event", 0, "金额不能为负数。")
    return found
