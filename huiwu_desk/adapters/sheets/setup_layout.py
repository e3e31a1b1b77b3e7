"""The setup workbook's layout: its sheets, their columns (Chinese headers and the other
spellings a reader accepts), what each column means (a note on its header) and the example
rows written where a sheet is empty.

An example row starts with ``例：`` (EXAMPLE) in its first cell; reading skips every row whose
first filled cell starts so, whatever its font. Overwriting that cell makes it a real row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...domain.setup_model import (
    SHEET_CATEGORIES,
    SHEET_EVENT,
    SHEET_FEES,
    SHEET_MATERIALS,
    SHEET_POINTS,
    SHEET_ROOMS,
)

EXAMPLE = "例："
EXAMPLE_MARKS = ("例:", "示例:")  # as read, after NFKC (：→:)
NOTE = (
    "说明：以“例：”开头的行是示例，导入时不读，可以删除或直接改写。"
    "把鼠标停在表头上可看每列的填法。空行会被跳过。"
)
YES_NO = ("是", "否")
ROOM_TYPES = ("标间", "大床", "单人间", "套房")
POINT_KIND_ZH = {"materials": "资料", "meal": "用餐", "session": "会场", "credit": "学分"}
POINT_KIND_WORDS = {
    **{zh: kind for kind, zh in POINT_KIND_ZH.items()},
    **{kind: kind for kind in POINT_KIND_ZH},
    "领资料": "materials",
    "资料领取": "materials",
    "餐": "meal",
    "餐厅": "meal",
    "就餐": "meal",
    "会议": "session",
    "会议室": "session",
    "学分签到": "credit",
    "签到": "credit",
    "课题": "credit",
}


@dataclass(frozen=True)
class Col:
    key: str
    title: str
    width: float
    hint: str
    aliases: tuple[str, ...] = ()
    required: bool = False  # the header row is the one holding every required column
    choices: tuple[str, ...] = ()  # a drop-down list in Excel/WPS (typing other words is allowed)


@dataclass(frozen=True)
class Layout:
    name: str
    cols: tuple[Col, ...]
    examples: tuple[tuple[Any, ...], ...]


YN_HINT = "填 是 或 否（也可写 Y/N、√/×）"

CATEGORIES = Layout(
    SHEET_CATEGORIES,
    (
        Col(
            "name",
            "类别名称",
            14,
            "必填，如 代表、学生、特邀嘉宾",
            ("类别", "参会类别", "名称"),
            True,
        ),
        Col(
            "key",
            "类别编号",
            10,
            "字母或数字的简短编号；留空自动生成",
            ("编号", "类别代码", "代码"),
        ),
        Col("color", "证件颜色", 11, "#RRGGBB，如 #1f6feb；留空用默认蓝色", ("颜色", "胸卡颜色")),
        Col("template", "证件模板", 12, "证件模板的编号；留空用默认模板", ("模板", "胸卡模板")),
        Col("pay_first", "先缴费后发证", 13, YN_HINT + "；留空为 是", ("先缴费",), choices=YES_NO),
        Col(
            "materials",
            "资料",
            26,
            "应发的资料，写资料表里的名称，用逗号分隔；一人多份写 ×2，如：资料袋, 密件×2",
            ("应发资料", "发放资料", "资料名称"),
        ),
        Col(
            "meals", "餐次", 26, "可用的餐次，用逗号分隔，如：10日午餐, 10日晚餐", ("用餐", "餐券")
        ),
    ),
    (("例：代表", "DB", "#1f6feb", "", "是", "资料袋, 密件×2", "10日午餐, 10日晚餐"),),
)

FEES = Layout(
    SHEET_FEES,
    (
        Col(
            "item",
            "收费项目",
            14,
            "必填，如 会务费、住宿费。先用一行只写收费项目（类别留空）声明它，再每个类别一行写价格",
            ("项目", "项目名称", "收费项目名称"),
            True,
        ),
        Col(
            "category",
            "类别",
            14,
            "参会类别表里的名称；留空 = 只声明这个收费项目",
            ("参会类别", "类别名称"),
        ),
        Col(
            "early",
            "早鸟价（元）",
            13,
            "元，最多两位小数，如 1600 或 1600.50",
            ("早鸟价", "价格", "金额", "收费标准"),
        ),
        Col(
            "onsite",
            "现场价（元）",
            13,
            "现场报名的价格；留空 = 与早鸟价相同",
            ("现场价", "现场报名价"),
        ),
        Col(
            "per_night",
            "按晚计费",
            10,
            YN_HINT + "；住宿费填 是（价格为每晚）。只在声明行填写",
            ("每晚", "按晚"),
            choices=YES_NO,
        ),
    ),
    (("例：会务费", "", "", "", "否"), ("例：会务费", "代表", 1600, 2000, "")),
)

MATERIALS = Layout(
    SHEET_MATERIALS,
    (
        Col(
            "name", "资料名称", 16, "必填，如 资料袋、论文集、密件", ("资料", "名称", "物品"), True
        ),
        Col("stock", "库存", 8, "整数，不能为负；留空为 0", ("数量", "库存数量", "总数")),
        Col(
            "returnable",
            "需清退",
            9,
            YN_HINT + "；会后必须收回的文件填 是",
            ("清退", "需收回"),
            choices=YES_NO,
        ),
    ),
    (("例：资料袋", 300, "否"),),
)

ROOMS = Layout(
    SHEET_ROOMS,
    (
        Col(
            "hotel",
            "酒店",
            16,
            "必填；只写酒店、不写房号的一行只登记酒店",
            ("酒店名称", "宾馆"),
            True,
        ),
        Col(
            "number",
            "房号",
            12,
            "一间写 301；连续的一批写 301-330（房型、床位等同一行）",
            ("房间号", "房间"),
            True,
        ),
        Col(
            "type",
            "房型",
            9,
            "标间、大床、单人间 或 套房；留空为 标间",
            ("房间类型", "类型"),
            choices=ROOM_TYPES,
        ),
        Col("beds", "床位数", 8, "整数 1–20；留空按房型（标间 2，其他 1）", ("床位", "床数")),
        Col("floor", "楼层", 7, "可不填", ("层",)),
        Col(
            "spare",
            "机动房",
            9,
            YN_HINT + "；机动房留作备用，不自动分配",
            ("机动", "备用"),
            choices=YES_NO,
        ),
        Col(
            "nights",
            "可住晚",
            26,
            "留空 = 会议的全部住宿晚；或写日期，如 2027-04-10, 2027-04-11 或 2027-04-10 至 2027-04-12",
            ("可住日期", "可用晚"),
        ),
    ),
    (("例：会议中心酒店", "301-330", "标间", 2, "3", "否", ""),),
)

POINTS = Layout(
    SHEET_POINTS,
    (
        Col(
            "name",
            "名称",
            18,
            "必填，如 主会场、10日午餐、资料领取处",
            ("扫码点", "扫码点名称"),
            True,
        ),
        Col(
            "kind",
            "类型",
            9,
            "资料、用餐、会场 或 学分（学分签到的课题）；留空为 资料",
            ("扫码点类型",),
            choices=("资料", "用餐", "会场", "学分"),
        ),
        Col(
            "categories",
            "类别",
            16,
            "允许的参会类别，用逗号分隔；留空 = 所有人（用餐另按类别表的餐次）",
            ("允许类别", "参会类别"),
        ),
        Col("start", "开始", 17, "开放时间，如 2026-12-03 12:00；留空 = 不限", ("开始时间",)),
        Col("end", "结束", 17, "结束时间；学分课题按开始到结束计学时", ("结束时间",)),
        Col("credits", "学分", 8, "学分课题的学分；留空 = 按学时（默认每 3 小时 1 分）"),
        Col(
            "rules",
            "规则",
            18,
            "仅一次、每天一次、宽限 30 分钟（默认宽限 15 分钟；用餐默认每餐一次）",
        ),
    ),
    (("例：主会场", "会场", "代表, 专家", "2026-12-03 08:30", "2026-12-03 12:00", "", ""),),
)

LISTS = (CATEGORIES, FEES, MATERIALS, ROOMS, POINTS)

# The event sheet: one row per item, 项目 | 内容 (| 说明, for people only).
EVENT_HEAD = ("项目", "内容", "说明")
EVENT_ROWS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("name", "会议名称", "必填", ("名称", "会议")),
    ("organizer", "主办单位", "", ("主办方", "主办")),
    ("venue", "会议地点", "", ("地点", "会场")),
    ("start_date", "开始日期", "如 2027-04-10", ("开始", "开幕日期")),
    ("end_date", "结束日期", "如 2027-04-12", ("结束", "闭幕日期")),
    (
        "nights",
        "住宿晚",
        "酒店房间的住宿晚：2027-04-10, 2027-04-11；或 2027-04-10 至 2027-04-12（10、11、12 日三晚）",
        ("住宿日期", "住宿"),
    ),
    ("credit_project", "项目编号", "继续教育学分项目编号", ("学分项目编号",)),
    ("credit_category", "学分类别", "如 I类", ("学分类型",)),
    (
        "methods",
        "收款方式",
        "用逗号分隔：现金, 微信, 支付宝, 银联卡, 汇款已到账, 签单/统一结算；留空 = 不改",
        ("付款方式", "支付方式"),
    ),
    (
        "variance_limit",
        "交班差额上限",
        "元：交班时实点与应有的差额合计超过此数，需主管输入 PIN 批准；留空 = 不改（默认 50 元）",
        ("差额上限", "交班差额"),
    ),
    (
        "one_night_single",
        "只住一晚者单住",
        "是：只住一晚的人在房间有余时单独住一间（排房建议）；否：与同性别拼房；留空 = 不改（默认 是）",
        ("一晚单住", "只住一晚单住"),
    ),
)
SHEET_ORDER = (SHEET_EVENT, *(layout.name for layout in LISTS))
