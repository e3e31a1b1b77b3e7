"""Doors (issue 18), pure: what a scan point admits, and credits from attendance.

A point is a session door (categories allowed, a time window with tolerance), a meal sitting
(once per sitting; entitlement by category and day), a credit topic (its window gives the
hours; at least one scan per half day it spans) or a pickup point. ``verdict`` decides one
scan from what the service read; the order of the checks is the order of the reasons a door
keeper would give: who is this, is the badge the current one, has the person checked in, may
they come in here, is it time, have they been in already.

Times are local wall-clock minutes, "YYYY-MM-DDTHH:MM", as people type them on a programme.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

POINT_KINDS = ("session", "meal", "material", "credit")
KIND_WORDS = {  # what the old setting, the workbook and people call the kinds
    "session": "session",
    "会场": "session",
    "meal": "meal",
    "用餐": "meal",
    "餐": "meal",
    "material": "material",
    "materials": "material",
    "资料": "material",
    "领取": "material",
    "credit": "credit",
    "学分": "credit",
    "学分签到": "credit",
}
REASONS = (
    "unknown",
    "not_allowed",
    "already_used",
    "superseded_badge",
    "outside_time",
    "not_checked_in",
)
HOURS_PER_CREDIT = 3  # national I类: 1 credit per 3 hours attended (an event setting)
MINUTE_FORMAT = "%Y-%m-%dT%H:%M"


def point_kind(word: str) -> str | None:
    return KIND_WORDS.get(word.strip().lower())


def parse_minute(text: str | None) -> datetime | None:
    """ "2026-12-03T12:00" (a space or seconds allowed) → a naive local datetime."""
    if not text:
        return None
    value = text.strip().replace(" ", "T")
    try:
        return datetime.fromisoformat(value).replace(second=0, microsecond=0, tzinfo=None)
    except ValueError:
        return None


def minute_text(moment: datetime | None) -> str | None:
    return None if moment is None else moment.strftime(MINUTE_FORMAT)


def local(at_ms: int) -> datetime:
    return datetime.fromtimestamp(at_ms / 1000)


@dataclass(frozen=True, slots=True)
class PointRules:
    id: str
    name: str
    kind: str
    categories: tuple[str, ...] = ()  # category keys or names; empty: everyone
    start: datetime | None = None
    end: datetime | None = None
    tolerance_min: int = 15
    credits_x10: int | None = None  # a topic's own credits (tenths), else from its hours
    once: bool = False
    once_per_day: bool = False

    @property
    def single_use(self) -> bool:
        """A meal sitting is valid once unless it is a daily point (once per day)."""
        return self.once or (self.kind == "meal" and not self.once_per_day)

    def day(self) -> date | None:
        return self.start.date() if self.start else None

    def window_text(self) -> str:
        if self.start is None and self.end is None:
            return ""
        a = self.start.strftime("%m-%d %H:%M") if self.start else ""
        b = self.end.strftime("%H:%M") if self.end else ""
        return f"{a}–{b}"


@dataclass(frozen=True, slots=True)
class Person:
    """What the door needs of the scanned person."""

    id: str
    category_key: str
    category_name: str
    meals: tuple[str, ...]  # the category's 餐次: sitting names, or days ("12-03", "2026-12-03")
    checked_in: bool
    latest_version: int  # the newest badge printed (0: none)


@dataclass(frozen=True, slots=True)
class Decision:
    ok: bool
    reason: str
    zh: str
    en: str


def _day_words(day: date) -> set[str]:
    return {day.isoformat(), day.strftime("%m-%d"), f"{day.month}-{day.day}", f"{day.day}日"}


def meal_entry_matches(entry: str, point: PointRules) -> bool:
    """A category's 餐次 entry names this sitting: its name ("12-03 午餐"), a meal word in it
    ("午餐"), its day ("12-03", "3日", "2026-12-03") or a day and a word ("12-03午餐")."""
    e, n = "".join(entry.split()), "".join(point.name.split())
    if not e:
        return False
    if e == n or e in n:
        return True
    day = point.day()
    for word in _day_words(day) if day else ():
        if e.startswith(word):
            rest = e[len(word) :]
            return not rest or rest in n
    return False


def entitled_to_meal(point: PointRules, person: Person, listed: bool) -> bool:
    """By category and day. The point's own categories say it; else, when some category's
    餐次 names this sitting (``listed``), only those categories; else everyone."""
    if point.categories:
        return _in_categories(point, person)
    if not listed:
        return True
    return any(meal_entry_matches(m, point) for m in person.meals)


def _in_categories(point: PointRules, person: Person) -> bool:
    return not point.categories or bool(
        {person.category_key, person.category_name} & set(point.categories)
    )


def in_window(point: PointRules, at: datetime) -> bool:
    slack = timedelta(minutes=point.tolerance_min)
    if point.start is not None and at < point.start - slack:
        return False
    return not (point.end is not None and at > point.end + slack)


def verdict(
    point: PointRules,
    person: Person | None,
    scanned_version: int | None,
    at: datetime,
    used_at: datetime | None,
    *,
    require_checkin: bool,
    meal_listed: bool,
) -> Decision:
    """One scan. ``used_at``: when this person was last admitted here within what counts as
    one use (the sitting, the day for a once-per-day point), or None."""
    if person is None:
        return Decision(False, "unknown", "查无此人，请到报到台", "No such person: see the desk")
    if scanned_version is not None and scanned_version < person.latest_version:
        return Decision(
            False,
            "superseded_badge",
            f"旧证件（已补打第 {person.latest_version} 版），请收回",
            f"An old badge (version {person.latest_version} was printed since): take it back",
        )
    if require_checkin and not person.checked_in:
        return Decision(False, "not_checked_in", "尚未报到，请先到报到台", "Not checked in yet")
    allowed = (
        entitled_to_meal(point, person, meal_listed)
        if point.kind == "meal"
        else _in_categories(point, person)
    )
    if not allowed:
        if point.categories:
            names = "、".join(point.categories)
            return Decision(
                False, "not_allowed", f"本场只限 {names}", f"Only for {', '.join(point.categories)}"
            )
        return Decision(
            False, "not_allowed", "该类别不含本餐次", "This category has no ticket for this meal"
        )
    if not in_window(point, at):
        window = point.window_text()
        return Decision(
            False, "outside_time", f"不在开放时间（{window}）", f"Outside the open hours ({window})"
        )
    if used_at is not None:
        hm = used_at.strftime("%H:%M")
        what_zh = "本餐次" if point.kind == "meal" else "本场"
        return Decision(False, "already_used", f"已于 {hm} 用过{what_zh}", f"Already used at {hm}")
    return Decision(True, "", "请进", "Welcome")


def use_starts(point: PointRules, at: datetime) -> datetime | None:
    """Since when an earlier admission counts against this scan: the sitting (ever), the day
    for a once-per-day point; None when the point may be passed any number of times."""
    if point.once_per_day:
        return datetime.combine(at.date(), datetime.min.time())
    if point.single_use:
        return datetime.min
    return None


# --- credits ------------------------------------------------------------------------------
def half_days(start: datetime, end: datetime) -> list[tuple[date, int]]:
    """The half days a topic spans: (day, 0 morning / 1 afternoon and evening)."""
    out: list[tuple[date, int]] = []
    day = start.date()
    while day <= end.date():
        for half in (0, 1):
            lo = datetime.combine(day, datetime.min.time()) + timedelta(hours=12 * half)
            hi = lo + timedelta(hours=12)
            if start < hi and end > lo:
                out.append((day, half))
        day += timedelta(days=1)
    return out


def half_day_of(at: datetime) -> tuple[date, int]:
    return (at.date(), 0 if at.hour < 12 else 1)


def topic_minutes(point: PointRules) -> int:
    if point.start is None or point.end is None or point.end <= point.start:
        return 0
    return int((point.end - point.start).total_seconds() // 60)


@dataclass(frozen=True, slots=True)
class TopicResult:
    point: str
    minutes: int
    credits_x10: int
    met: bool  # at least one scan in every half day the topic spans
    missing: tuple[str, ...] = ()  # the half days without a scan, as "12-03 上午"


@dataclass(frozen=True, slots=True)
class CreditResult:
    topics: tuple[TopicResult, ...] = field(default_factory=tuple)
    credits_x10: int = 0  # after the cap
    uncapped_x10: int = 0

    @property
    def minutes(self) -> int:
        return sum(t.minutes for t in self.topics if t.met)

    @property
    def below_minimum(self) -> bool:
        return any(not t.met for t in self.topics)


def topic_result(
    point: PointRules, scans: Iterable[datetime], per_credit_hours: int
) -> TopicResult:
    needed = half_days(point.start, point.end) if point.start and point.end else []
    seen = {half_day_of(at) for at in scans}
    missing = tuple(
        f"{d.strftime('%m-%d')} {'上午' if h == 0 else '下午'}"
        for d, h in needed
        if (d, h) not in seen
    )
    minutes = topic_minutes(point)
    if point.credits_x10 is not None:
        own = point.credits_x10
    else:
        own = minutes * 10 // (max(1, per_credit_hours) * 60)
    met = not missing and bool(seen)
    return TopicResult(point.name, minutes, own if met else 0, met, missing)


def credits_for(
    topics: Sequence[PointRules],
    scans_by_point: dict[str, list[datetime]],
    *,
    per_credit_hours: int = HOURS_PER_CREDIT,
    cap_x10: int | None = None,
) -> CreditResult:
    """Credits of one person: hours of each topic attended (a scan in each of its half days)
    → credits by ``per_credit_hours`` (a topic's own credits when it has them), summed in
    tenths, capped per project. Topics the person never scanned at are not listed."""
    results = tuple(
        topic_result(p, scans_by_point[p.id], per_credit_hours)
        for p in topics
        if scans_by_point.get(p.id)
    )
    total = sum(t.credits_x10 for t in results)
    capped = total if cap_x10 is None or cap_x10 <= 0 else min(total, cap_x10)
    return CreditResult(results, capped, total)


def credits_text(x10: int) -> str:
    """Tenths as people write credits: 6, 2.5."""
    whole, tenth = divmod(x10, 10)
    return str(whole) if tenth == 0 else f"{whole}.{tenth}"


# --- cells: how a point's rules read in the setup workbook and on the setup page ------------
def rules_text(once: bool, once_per_day: bool, tolerance_min: int) -> str:
    """ "每餐一次, 宽限 15 分钟" — the 规则 cell of a point."""
    words = ["仅一次"] if once else ["每天一次"] if once_per_day else []
    if tolerance_min != 15:
        words.append(f"宽限 {tolerance_min} 分钟")
    return ", ".join(words)


def rules_of(text: str) -> tuple[bool, bool, int] | None:
    """(once, once per day, tolerance minutes) from a 规则 cell; None when unreadable."""
    once = once_per_day = False
    tolerance = 15
    for raw in text.replace("，", ",").replace("、", ",").replace(";", ",").split(","):
        word = "".join(raw.split()).lower()
        if not word:
            continue
        if word in ("每天一次", "每日一次", "once-per-day", "onceperday", "daily"):
            once_per_day = True
        elif word in ("一次", "仅一次", "每餐一次", "每场一次", "单次", "once"):
            once = True
        elif word.startswith("宽限") or word.startswith("tolerance"):
            digits = "".join(ch for ch in word if ch.isdigit())
            if not digits or int(digits) > 24 * 60:
                return None
            tolerance = int(digits)
        else:
            return None
    return once, once_per_day, tolerance


_MINUTE_CELL = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[T\s]\s*(\d{1,2})\s*[:：时]\s*(\d{2})"
    r"(?::\d{2})?\s*分?"
)


def minute_of(value: object) -> datetime | None:
    """A 开始/结束 cell: an Excel date-time, or "2026-12-03 12:00"; None when blank.
    Raises ValueError when it is not a time."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    match = _MINUTE_CELL.fullmatch(unicodedata.normalize("NFKC", str(value)).strip())
    if match is None:
        raise ValueError(str(value))
    try:
        y, mo, d, h, mi = (int(part) for part in match.groups())
        return datetime(y, mo, d, h, mi)
    except ValueError:
        raise ValueError(str(value)) from None


def credits_of(text: str) -> int | None:
    """A 学分 cell in tenths: "2" → 20, "1.5" → 15; None when blank. Raises ValueError."""
    value = text.strip()
    if not value:
        return None
    tenths = round(float(value) * 10)
    if not 0 <= tenths <= 10_000 or not value.replace(".", "", 1).isdigit():
        raise ValueError(value)
    return tenths
