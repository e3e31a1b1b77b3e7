"""Receive and adjust stock (入库 / 调整), each with a reason: one ``material.restock`` op.

Receiving adds pieces; an adjustment adds or takes off (a count found short, damaged
copies). Stock never goes below what was handed out: taking off more than is left is
refused. The reason is recorded on the op, so the history says why every number moved.
"""

from __future__ import annotations

from ...domain.material_stock import StockBelowZero, StockDeltaInvalid, StockReasonMissing
from ...domain.model import DeskContext
from ...domain.op_rules import MAX_COUNT
from ...domain.text import clean_text
from ..changes import Changes
from ..desk import material_named
from ..ports import UnitOfWork

REASON_CHARS = 200


def parse_delta(text: str) -> int:
    """What a person typed for a quantity: a whole number, +/- allowed, full-width folded."""
    import unicodedata

    raw = unicodedata.normalize("NFKC", str(text)).strip().replace(" ", "")
    body = raw[1:] if raw[:1] in "+-" else raw
    if not body.isascii() or not body.isdigit() or len(body) > 9:
        raise StockDeltaInvalid(delta=text)
    value = int(raw)
    if value == 0 or abs(value) > MAX_COUNT:
        raise StockDeltaInvalid(delta=text)
    return value


def restock(uow: UnitOfWork, ctx: DeskContext, item: str, delta: int, reason: str) -> Changes:
    """``delta`` pieces of ``item`` (name or id) in (+) or out (−), with why."""
    why = clean_text(reason).strip()
    if not why:
        raise StockReasonMissing()
    if len(why) > REASON_CHARS:
        why = why[:REASON_CHARS]
    if delta == 0 or abs(delta) > MAX_COUNT:
        raise StockDeltaInvalid(delta=str(delta))
    with uow.writing():
        material = material_named(uow, item)
        if delta < 0 and material.remaining + delta < 0:
            raise StockBelowZero(name=material.name, left=material.remaining, take=-delta)
        uow.log.append(ctx, "material.restock", material.id, {"delta": delta, "reason": why})
    return Changes(handouts=True, result=material.remaining + delta)
