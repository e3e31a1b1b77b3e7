"""Entities of the reception desk, as plain dataclasses read from the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Role(StrEnum):
    OPERATOR = "operator"
    SUPERVISOR = "supervisor"


class Gender(StrEnum):
    MALE = "M"
    FEMALE = "F"
    UNKNOWN = ""


class PaymentMethod(StrEnum):
    CASH = "cash"
    WECHAT = "wechat"
    ALIPAY = "alipay"
    CARD = "card"
    TRANSFER = "transfer"
    BILL = "bill"


PAYMENT_METHOD_ZH = {
    PaymentMethod.CASH: "现金",
    PaymentMethod.WECHAT: "微信",
    PaymentMethod.ALIPAY: "支付宝",
    PaymentMethod.CARD: "银联卡",
    PaymentMethod.TRANSFER: "汇款已到账",
    PaymentMethod.BILL: "签单/统一结算",
}


class RoomType(StrEnum):
    TWIN = "twin"
    KING = "king"
    SINGLE = "single"
    SUITE = "suite"


ROOM_TYPE_ZH = {
    RoomType.TWIN: "标间",
    RoomType.KING: "大床",
    RoomType.SINGLE: "单人间",
    RoomType.SUITE: "套房",
}


def room_type_zh(kind: str) -> str:
    """标间 for "twin"; a type this program does not know (a newer desk's) as stored."""
    return ROOM_TYPE_ZH[RoomType(kind)] if kind in RoomType._value2member_map_ else kind


class Source(StrEnum):
    PREREGISTERED = "preregistered"
    WALK_IN = "walk_in"


@dataclass(frozen=True, slots=True)
class DeskContext:
    """Who acts where: recorded on every op.

    ``supervisor`` names who approves a void or refund (recorded on the op);
    ``supervisor_pin`` is what that person typed, checked by the service and never recorded,
    shown or compared.
    """

    desk_id: str
    desk_code: str
    operator: str
    supervisor: str | None = None
    supervisor_pin: str = field(default="", repr=False, compare=False)


@dataclass(slots=True)
class Event:
    id: str
    name: str
    organizer: str = ""
    start_date: date | None = None
    end_date: date | None = None
    nights: list[date] = field(default_factory=list)
    venue: str = ""
    credit_project: str = ""  # 项目编号 of the continuing-education credits
    credit_category: str = ""  # 学分类别


@dataclass(slots=True)
class Desk:
    id: str
    code: str


@dataclass(slots=True)
class Operator:
    id: str
    name: str
    role: Role = Role.OPERATOR
    pin_hash: str = ""


@dataclass(slots=True)
class Category:
    id: str
    key: str
    name: str
    badge_color: str = "#1f6feb"
    fee_fen: int = 0
    material_ids: list[str] = field(default_factory=list)
    sort: int = 0
    onsite_fee_fen: int = 0  # what who registers on site pays
    material_qty: dict[str, int] = field(default_factory=dict)  # material id → more than 1
    meals: list[str] = field(default_factory=list)
    base_fee_fen: int = 0  # a fee given with the category itself, before fee items had prices

    def fee_for(self, source: str) -> int:
        """The fee of a person of this category: the on-site price for a walk-in."""
        return self.onsite_fee_fen if source == Source.WALK_IN.value else self.fee_fen

    def quantity(self, material_id: str) -> int:
        return self.material_qty.get(material_id, 1)


@dataclass(slots=True)
class Attendee:
    id: str
    code: str
    name: str
    pinyin: str = ""
    initials: str = ""
    gender: str = ""
    unit: str = ""
    department: str = ""
    title: str = ""
    phone: str = ""
    email: str = ""
    id_number: str = ""
    province: str = ""
    city: str = ""
    category_id: str | None = None
    arrival: date | None = None
    departure: date | None = None
    needs_room: bool = False
    room_pref: str = ""  # "single" | "shared" | ""
    roommate_request: str = ""
    wants_credits: bool = False
    notes: str = ""
    source: str = Source.PREREGISTERED.value


# Fields a person may edit through attendee.update ops (per-field last writer wins).
ATTENDEE_FIELDS: tuple[str, ...] = (
    "name",
    "gender",
    "unit",
    "department",
    "title",
    "phone",
    "email",
    "id_number",
    "province",
    "city",
    "category_id",
    "arrival",
    "departure",
    "needs_room",
    "room_pref",
    "roommate_request",
    "wants_credits",
    "notes",
)


@dataclass(slots=True)
class CheckIn:
    id: str
    attendee_id: str
    at_ms: int
    desk_code: str
    operator: str
    voided: bool = False


@dataclass(slots=True)
class FeeItem:
    id: str
    name: str
    per_night: bool = False
    sort: int = 0


@dataclass(slots=True)
class Payment:
    id: str
    attendee_id: str
    fee_item_id: str
    amount_fen: int
    method: str
    receipt_no: str
    at_ms: int
    desk_code: str
    operator: str
    refunded_fen: int = 0
    voided: bool = False
    invoice_title: str = ""
    tax_number: str = ""
    # issue 15 (older payments: the defaults): the invoice asked for (domain/fees.py has it
    # whole), cash tendered, the wallet's or terminal's transaction number, 签单, the shift
    invoice_type: str = ""
    invoice_content: str = ""
    tendered_fen: int = 0
    reference: str = ""
    bill_unit: str = ""
    bill_contact: str = ""
    shift_id: str = ""

    @property
    def balance_fen(self) -> int:
        return 0 if self.voided else self.amount_fen - self.refunded_fen


@dataclass(slots=True)
class Material:
    id: str
    name: str
    stock: int
    handed_out: int = 0
    returned: int = 0
    returnable: bool = False

    @property
    def remaining(self) -> int:
        return self.stock - self.handed_out + self.returned


@dataclass(slots=True)
class Hotel:
    id: str
    name: str


@dataclass(slots=True)
class Room:
    id: str
    hotel_id: str
    number: str
    type: str
    beds: int
    floor: str = ""
    spare: bool = False  # 机动: held back, never suggested
    nights: list[date] = field(default_factory=list)  # [] = every night of the event

    def open_on(self, nights: list[date]) -> bool:
        return not self.nights or all(n in self.nights for n in nights)


@dataclass(slots=True)
class RoomAssignment:
    id: str
    room_id: str
    attendee_id: str
    nights: list[date]
    released: bool = False


@dataclass(slots=True)
class BadgePrint:
    id: str
    attendee_id: str
    version: int
    reason: str
    at_ms: int
    desk_code: str
    operator: str


class ConflictKind(StrEnum):
    DOUBLE_PAYMENT = "double_payment"
    ROOM_OVERBOOKED = "room_overbooked"
    DOUBLE_BED = "double_bed"  # one person, two beds on one night
    DUPLICATE_PERSON = "duplicate_person"
    DUPLICATE_CHECKIN = "duplicate_checkin"
    CONCURRENT_EDIT = "concurrent_edit"
    OVER_ENTITLEMENT = "over_entitlement"
    # a payment whose refunds and voids do not fit together (two desks offline, or a forged
    # op): refunded beyond its amount, refunded and voided, voided twice (issue 17)
    PAYMENT_STATE = "payment_state"


@dataclass(slots=True)
class Conflict:
    """Something two desks did without seeing each other, for a person to resolve (sync issue)."""

    id: str
    kind: ConflictKind
    attendee_id: str | None
    detail: dict[str, object] = field(default_factory=dict)
    resolved: bool = False
