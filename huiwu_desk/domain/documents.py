"""What gets printed, independent of any printer: badges, receipts, badge templates, QR rules.

Renderers (adapters/printing) turn these into rasters, ESC/POS or PDF; nothing here knows
about pixels except millimetres and points.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from .money import amount_in_words, format_yuan
from .print_errors import UnknownTemplate

# --- QR payload ---------------------------------------------------------------------------
# Version 1 is the bare code, so any phone or the desk's scan field finds the person; a
# reprint adds ".N", so a lost (superseded) badge can be told apart at the door.
_VERSIONED = re.compile(r"^(?P<code>.+)\.(?P<version>[1-9][0-9]{0,3})$")


def qr_payload(code: str, version: int) -> str:
    return code if version <= 1 else f"{code}.{version}"


def parse_scan(text: str) -> tuple[str, int]:
    """A scanned badge → (attendee code, badge version); a bare code is version 1."""
    text = text.strip()
    found = _VERSIONED.match(text)
    if found is None:
        return text, 1
    return found["code"], int(found["version"])


# --- templates ----------------------------------------------------------------------------
FIELD_KEYS = ("band", "category", "event", "name", "unit", "title", "qr", "logo")


@dataclass(frozen=True, slots=True)
class Field:
    """One element of a badge: a box in millimetres from the top-left corner.

    ``size_pt`` is the largest type size (the name shrinks until it fits); ``lines`` the most
    lines the text may wrap to (the unit takes two).
    """

    x: float
    y: float
    w: float
    h: float
    size_pt: float = 10.0
    bold: bool = False
    align: str = "center"  # left | center | right
    lines: int = 1


@dataclass(frozen=True, slots=True)
class BadgeTemplate:
    key: str
    name: str
    width_mm: float
    height_mm: float
    fields: dict[str, Field]
    logo_path: str = ""  # an image file; the logo field is skipped when empty or missing

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BadgeTemplate:
        fields = {k: Field(**v) for k, v in data.get("fields", {}).items() if k in FIELD_KEYS}
        return cls(
            key=str(data["key"]),
            name=str(data.get("name", data["key"])),
            width_mm=float(data["width_mm"]),
            height_mm=float(data["height_mm"]),
            fields=fields,
            logo_path=str(data.get("logo_path", "")),
        )

    def with_field(self, key: str, **changes: Any) -> BadgeTemplate:
        """A copy with one field moved, resized or restyled (the template page's form)."""
        fields = dict(self.fields)
        fields[key] = replace(fields[key], **changes) if key in fields else Field(**changes)
        return replace(self, fields=fields)


LANDSCAPE = BadgeTemplate(
    "landscape_90x54",
    "横版 90×54 mm",
    90,
    54,
    {
        "band": Field(0, 0, 90, 9),
        "category": Field(3, 0.8, 84, 7.4, size_pt=15, bold=True),
        "event": Field(3, 10, 84, 5, size_pt=8),
        "name": Field(3, 16.5, 58, 16, size_pt=40, bold=True),
        "unit": Field(3, 34, 58, 10, size_pt=10, lines=2),
        "title": Field(3, 45, 58, 5, size_pt=9),
        "qr": Field(63, 18, 24, 24),
        "logo": Field(66, 44, 18, 8),
    },
)

PORTRAIT = BadgeTemplate(
    "portrait_70x100",
    "竖版 70×100 mm",
    70,
    100,
    {
        "event": Field(4, 4, 62, 12, size_pt=11, bold=True, lines=2),
        "logo": Field(25, 17, 20, 9),
        "name": Field(4, 28, 62, 18, size_pt=48, bold=True),
        "unit": Field(4, 47, 62, 11, size_pt=12, lines=2),
        "title": Field(4, 58.5, 62, 6, size_pt=10),
        "qr": Field(22, 64, 26, 24),
        "band": Field(0, 89, 70, 11),
        "category": Field(2, 89.5, 66, 10, size_pt=20, bold=True),
    },
)

# 80 mm receipt paper: 72 mm printable (576 dots at 203 dpi), cut after each badge.
ROLL_80 = BadgeTemplate(
    "roll_80mm",
    "80 mm 热敏纸",
    72,
    90,
    {
        "band": Field(0, 0, 72, 10),
        "category": Field(2, 1, 68, 8, size_pt=18, bold=True),
        "event": Field(2, 12, 68, 9, size_pt=10, lines=2),
        "name": Field(2, 22, 68, 17, size_pt=44, bold=True),
        "unit": Field(2, 40, 68, 10, size_pt=11, lines=2),
        "title": Field(2, 51, 68, 6, size_pt=10),
        "qr": Field(20, 58, 32, 30),
    },
)

BUILTIN_TEMPLATES: dict[str, BadgeTemplate] = {t.key: t for t in (LANDSCAPE, PORTRAIT, ROLL_80)}
DEFAULT_TEMPLATE = LANDSCAPE.key
TEMPLATES_SETTING = "badge.templates"  # custom templates: {key: template dict}
CATEGORY_TEMPLATES_SETTING = "badge.category_templates"  # {category key: template key}


def template_by_key(key: str, custom: dict[str, Any] | None = None) -> BadgeTemplate:
    if custom and key in custom:
        return BadgeTemplate.from_dict(custom[key])
    if key in BUILTIN_TEMPLATES:
        return BUILTIN_TEMPLATES[key]
    raise UnknownTemplate(key=key)


# --- documents ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BadgeDocument:
    code: str
    version: int
    name: str
    unit: str = ""
    title: str = ""
    category: str = ""
    category_color: str = "#1f6feb"
    event_name: str = ""

    @property
    def qr_text(self) -> str:
        return qr_payload(self.code, self.version)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BadgeDocument:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


SAMPLE_BADGE = BadgeDocument(
    "A100001", 1, "欧阳䶮𬌗", "北京协和医院心血管内科（测试打印）", "主任医师", "代表", "#1f6feb",
    "会务报到台 测试页",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ReceiptDocument:
    """收据, 退款收据 or 作废凭证 (a void's slip): what finance reconciles; amounts in fen."""

    receipt_no: str
    at: str  # "2026-11-27 14:03"
    payer_name: str
    amount_fen: int
    method: str  # as shown: 现金, 微信…
    desk: str
    operator: str
    organizer: str = ""
    event_name: str = ""
    payer_unit: str = ""
    fee_item: str = ""
    refund: bool = False
    original_receipt: str = ""  # refunds: the receipt the money came in on
    reason: str = ""
    supervisor: str = ""
    invoice_title: str = ""
    tax_number: str = ""
    copy: bool = False  # a reprint says so
    extra: dict[str, str] = field(default_factory=dict)
    void: bool = False  # the slip of a void: ``receipt_no`` is the receipt voided
    tendered_fen: int = 0  # cash handed over (0: not given)
    change_fen: int = 0
    reference: str = ""  # the wallet's or card terminal's transaction number
    invoice_type: str = ""  # as shown: 普票, 专票
    invoice_content: str = ""
    bill_unit: str = ""  # 签单
    bill_contact: str = ""
    shift_no: str = ""

    @property
    def heading(self) -> str:
        text = "作废凭证" if self.void else "退款收据" if self.refund else "收  据"
        return text + ("（补打）" if self.copy else "")

    @property
    def payer_label(self) -> str:
        return "退款人" if self.refund else "交款人"

    @property
    def amount_label(self) -> str:
        return "作废金额" if self.void else "退款金额" if self.refund else "金额"

    @property
    def amount_text(self) -> str:
        return f"￥{format_yuan(self.amount_fen)}"

    @property
    def amount_words(self) -> str:
        return amount_in_words(self.amount_fen)

    def lines(self) -> list[tuple[str, str]]:
        """(label, value) lines of the body, in print order; the payer's name is one of them."""
        cash = self.tendered_fen > 0 and not (self.refund or self.void)
        rows = [
            ("收据号", self.receipt_no),
            ("日期", self.at),
            ("原收据号" if self.refund else "", self.original_receipt),
            (self.payer_label, self.payer_name),
            ("单位", self.payer_unit),
            ("项目", self.fee_item),
            (self.amount_label, self.amount_text),
            ("大写", self.amount_words),
            ("退款方式" if self.refund else "收款方式", self.method),
            ("实收" if cash else "", f"￥{format_yuan(self.tendered_fen)}"),
            ("找零" if cash else "", f"￥{format_yuan(self.change_fen)}"),
            ("交易号", self.reference),
            ("作废原因" if self.void else "退款原因" if self.refund else "", self.reason),
            ("发票类型", self.invoice_type),
            ("发票抬头", self.invoice_title),
            ("税号", self.tax_number),
            ("发票内容", self.invoice_content),
            ("签单单位", self.bill_unit),
            ("联系人", self.bill_contact),
            ("报到台", self.desk),
            ("班次", self.shift_no),
            ("经办人", self.operator),
            ("批准人", self.supervisor),
        ]
        return [(k, v) for k, v in rows if k and v]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReceiptDocument:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})
