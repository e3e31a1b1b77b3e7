"""What a slip printed on the receipt printer is made of, whichever document it is: a
receipt, a refund receipt, a void slip (``ReceiptDocument``), a Z-report
(``ShiftReportDocument``) or a room slip for the key envelope (``RoomSlipDocument``). The
ESC/POS and the raster renderers lay these parts out."""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.documents import ReceiptDocument
from ...domain.fee_documents import ShiftReportDocument
from ...domain.room_documents import RoomSlipDocument

SlipDocument = ReceiptDocument | ShiftReportDocument | RoomSlipDocument


@dataclass(frozen=True, slots=True)
class Slip:
    tops: tuple[str, ...]  # organizer, event: centred, bold
    heading: str
    lines: tuple[tuple[str, str], ...]
    drawn: frozenset[str]  # labels whose line is always drawn (a person's name)
    bold: frozenset[str]
    foot: str
    big: frozenset[str] = frozenset()  # labels whose line is printed large (a room number)


def slip_of(doc: SlipDocument) -> Slip:
    tops = tuple(t for t in (doc.organizer, doc.event_name) if t)
    if isinstance(doc, ShiftReportDocument):
        bold = {"班次"} | {label for label, _ in doc.lines() if label.endswith("差额")}
        drawn = frozenset({"收款员"})
        return Slip(tops, doc.heading, tuple(doc.lines()), drawn, frozenset(bold), doc.foot)
    if isinstance(doc, RoomSlipDocument):
        return Slip(
            tops,
            doc.heading,
            tuple(doc.lines()),
            drawn=frozenset({"姓名", "同住人"}),
            bold=frozenset({"房号", "入住", "离店"}),
            foot=doc.foot,
            big=frozenset({"姓名", "房号"}),
        )
    if doc.void:
        foot = "作废凭证：原收据作废，不作收款凭证"
    elif doc.refund:
        foot = "退款凭证，请妥善保管"
    else:
        foot = "此收据为报到台收费凭证，发票另开"
    return Slip(
        tops,
        doc.heading,
        tuple(doc.lines()),
        frozenset({doc.payer_label}),
        frozenset({doc.amount_label, "收据号"}),
        foot,
    )
