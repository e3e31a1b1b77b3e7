"""Which row is the header, and which column holds which field (Chinese and English synonyms).

Pure functions over the raw rows of a sheet; the import wizard shows the result and lets the
user change any column's field before the import.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from ..domain.sentences import Words

# Fields starting with "_" are helpers: parts of a name, and 序号 (never imported).
# field → (label shown in the wizard, synonyms separated by spaces; compared by header_key).
_SYNONYMS: dict[str, tuple[str, str]] = {
    "name": (
        "姓名",
        "姓名 名字 参会人 参会人员 代表姓名 参会者 name fullname attendee attendeename "
        "participant participantname delegatename",
    ),
    "_last": ("姓 (Last name)", "lastname surname familyname"),
    "_first": ("名 (First name)", "firstname givenname"),
    "gender": ("性别", "性别 gender sex"),
    "unit": (
        "工作单位",
        "单位 工作单位 医院 单位名称 所在单位 医院名称 工作单位全称 单位/医院 医院/单位 机构 公司 公司名称 "
        "organization organisation company affiliation institution "
        "hospital employer",
    ),
    "department": ("科室", "科室 部门 所在科室 科别 科室/部门 department dept division"),
    "title": (
        "职称",
        "职称 职务 职称/职务 职务/职称 技术职称 title position jobtitle professionaltitle",
    ),
    "phone": (
        "手机",
        "手机 手机号 手机号码 电话 联系电话 移动电话 电话号码 联系方式 手机/电话 mobile phone cell "
        "cellphone mobilephone phonenumber mobilenumber tel telephone",
    ),
    "id_number": (
        "身份证号",
        "身份证 身份证号 身份证号码 证件号 证件号码 身份证件号码 id idnumber idno idcard "
        "nationalid",
    ),
    "category": (
        "参会类别",
        "参会类别 类别 参会类型 代表类型 参会身份 人员类别 身份 类型 category type ticket "
        "tickettype registrationtype attendeetype",
    ),
    "needs_room": (
        "是否住宿",
        "是否住宿 住宿 是否需要住宿 需要住宿 住宿安排 accommodation hotel needsroom lodging",
    ),
    "arrival": (
        "入住日期",
        "入住日期 入住时间 到达日期 抵达日期 报到日期 入住 arrival arrivaldate checkindate checkin",
    ),
    "departure": (
        "离店日期",
        "离店日期 离店时间 离会日期 退房日期 离开日期 离店 departure departuredate "
        "checkoutdate checkout",
    ),
    "room_pref": (
        "住房要求",
        "住房要求 住宿要求 房型 住房类型 住宿方式 单住/合住 roomtype roompreference sharing",
    ),
    "roommate_request": ("同住人", "同住人 合住人 拼房人 roommate"),
    "wants_credits": (
        "是否需要学分",
        "学分 是否需要学分 需要学分 是否申请学分 学分申请 继续教育学分 credits credit cme "
        "cmecredits",
    ),
    "email": ("邮箱", "邮箱 电子邮箱 电子邮件 email mail emailaddress"),
    "notes": ("备注", "备注 说明 其他 notes note remarks remark comments"),
    "code": (
        "编号",
        "编号 参会编号 代表编号 注册号 报名编号 code registrationno regno badgeno attendeecode",
    ),
    "province": ("省份", "省份 省 所在省份 province"),
    "city": ("城市", "城市 市 所在城市 city"),
    "_seq": ("序号（不导入）", "序号 no # sn"),
}
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    key: (label, tuple(words.split())) for key, (label, words) in _SYNONYMS.items()
}
FIELD_LABELS: dict[str, str] = {key: label for key, (label, _) in FIELDS.items()}
# for the notes of the import report, which the CLI prints in both languages
_LABELS_EN = {
    "name": "Name",
    "_last": "Last name",
    "_first": "First name",
    "gender": "Gender",
    "unit": "Organization",
    "department": "Department",
    "title": "Title",
    "phone": "Mobile",
    "id_number": "ID number",
    "category": "Category",
    "needs_room": "Needs a room",
    "arrival": "Arrival",
    "departure": "Departure",
    "room_pref": "Room wish",
    "roommate_request": "Roommate",
    "wants_credits": "Needs credits",
    "email": "Email",
    "notes": "Notes",
    "code": "Code",
    "province": "Province",
    "city": "City",
    "_seq": "No. (not imported)",
}
FIELD_WORDS: dict[str, Words] = {
    key: Words(label.removesuffix(" (Last name)").removesuffix(" (First name)"), _LABELS_EN[key])
    for key, label in FIELD_LABELS.items()
}
HEADER_SCAN_ROWS = 30
_NO_CONTAINS = ("紧急", "拼音", "邮编", "英文", "其他联系")

_BRACKETS = re.compile(r"[(（\[【<《].*?[)）\]】>》]")
_PUNCT = re.compile(r"[\s*:：_.\-·]+")


def header_key(value: Any) -> str:
    """``手机号码（必填）*`` → ``手机号码``; ``Phone Number`` → ``phonenumber``."""
    raw = unicodedata.normalize("NFKC", str(value or "")).strip().lower()
    raw = _BRACKETS.sub("", raw)
    return _PUNCT.sub("", raw)


_EXACT: dict[str, str] = {header_key(s): f for f, (_, syns) in FIELDS.items() for s in syns}
_CONTAINS = sorted(
    (
        (header_key(s), f)
        for f, (_, syns) in FIELDS.items()
        for s in syns
        if len(s) >= 2 and not s.isascii() and not f.startswith("_")
    ),
    key=lambda pair: -len(pair[0]),
)


def match_header(value: Any) -> tuple[str | None, bool]:
    """(field, exact?) for one header cell; (None, False) when nothing fits."""
    key = header_key(value)
    if not key:
        return None, False
    if key in _EXACT:
        return _EXACT[key], True
    for part in re.split(r"[/、|]", key):  # 手机号码/电话
        if part in _EXACT:
            return _EXACT[part], True
    if not key.isascii() and not any(w in key for w in _NO_CONTAINS):
        for syn, field in _CONTAINS:
            if syn in key:
                return field, False
    return None, False


def map_row(cells: list[Any]) -> tuple[dict[int, str], int]:
    """Column → field for a candidate header row, and a score (exact matches count double)."""
    mapping: dict[int, str] = {}
    score = 0
    taken: set[str] = set()
    loose: list[tuple[int, str]] = []
    for col, cell in enumerate(cells):
        field, exact = match_header(cell)
        if field is None:
            continue
        if exact:
            mapping[col] = field
            if field not in taken:
                score += 2
            taken.add(field)
        else:
            loose.append((col, field))
    for col, field in loose:  # a loose match never steals a field an exact header has
        if field not in taken:
            mapping[col] = field
            taken.add(field)
            score += 1
    return dict(sorted(mapping.items())), score


def has_name(mapping: dict[int, str]) -> bool:
    fields = set(mapping.values())
    return "name" in fields or {"_first", "_last"} <= fields


@dataclass(frozen=True)
class HeaderGuess:
    row: int  # 0-based index into the sheet's rows
    data_start: int  # 0-based index of the first data row
    mapping: dict[int, str]


def find_header(rows: list[list[Any]]) -> HeaderGuess | None:
    """The best-scoring row among the first rows that has a name column (title rows skipped)."""
    best: tuple[int, int, dict[int, str]] | None = None
    for index, cells in enumerate(rows[:HEADER_SCAN_ROWS]):
        mapping, score = map_row(cells)
        if has_name(mapping) and (best is None or score > best[1]):
            best = (index, score, mapping)
    if best is None:
        return None
    index, _, mapping = best
    start = index + 1
    # Two-row header (a merged group such as 联系方式 over 手机 | 邮箱): take the sub-headers.
    if start < len(rows):
        sub, _ = map_row(rows[start])
        taken = set(mapping.values())
        extra = {c: f for c, f in sub.items() if f not in taken and c not in mapping}
        name_cols = [c for c, f in mapping.items() if f == "name"]
        name_blank = all(
            c >= len(rows[start]) or not str(rows[start][c]).strip() for c in name_cols
        )
        if extra and name_blank:
            mapping = dict(sorted({**mapping, **extra}.items()))
            start += 1
    return HeaderGuess(index, start, mapping)


def header_titles(rows: list[list[Any]], guess: HeaderGuess, width: int) -> list[str]:
    """The visible title of each column (sub-header when the header has two rows)."""
    titles = []
    for col in range(width):
        title = ""
        for r in range(guess.row, guess.data_start):
            if col < len(rows[r]) and str(rows[r][col]).strip():
                title = str(rows[r][col]).strip()
        titles.append(title)
    return titles
