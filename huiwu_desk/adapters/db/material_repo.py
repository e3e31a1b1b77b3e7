"""What the 资料 page reads beyond ``SqlMaterialRepo``: stock moves with their reasons and
代领 pickups (both from the op log's payloads: the handouts table has no column for them),
use per category, and who still holds a returnable document (文件清退)."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from ...services.materials.ports import CategoryUse, Held, ProxyPickup, StockMove
from . import tables as t
from .repositories import Repo


class SqlMaterialLedger(Repo):
    def moves(self, material_id: str | None = None) -> list[StockMove]:
        o = t.ops.c
        query = select(o.entity, o.payload, o.operator, o.desk_id, o.hlc).where(
            o.kind == "material.restock"
        )
        if material_id is not None:
            query = query.where(o.entity == material_id)
        out = []
        for row in self.conn.execute(query.order_by(o.hlc.desc())):
            payload = json.loads(row.payload)
            out.append(
                StockMove(
                    row.entity,
                    int(payload.get("delta", 0)),
                    str(payload.get("reason", "")),
                    row.operator,
                    row.desk_id,
                    row.hlc,
                )
            )
        return out

    def by_category(self) -> list[CategoryUse]:
        a, h, c = t.attendees.c, t.handouts.c, t.categories.c
        out = func.coalesce(func.sum(h.qty).filter(h.qty > 0), 0)
        back = func.coalesce(-func.sum(h.qty).filter(h.qty < 0), 0)
        rows = self.conn.execute(
            select(func.coalesce(c.name, ""), h.material_id, out, back)
            .join_from(t.handouts, t.attendees, a.id == h.attendee_id)
            .outerjoin(t.categories, c.id == a.category_id)
            .group_by(c.name, h.material_id)
            .order_by(func.min(c.sort), c.name)
        )
        return [CategoryUse(str(r[0]), r[1], int(r[2]), int(r[3])) for r in rows]

    def held(self, attendee_id: str | None = None) -> list[Held]:
        a, h, m, c = t.attendees.c, t.handouts.c, t.materials.c, t.categories.c
        qty = func.sum(h.qty)
        query = (
            select(
                a.id,
                a.code,
                a.name,
                a.unit,
                a.phone,
                func.coalesce(c.name, ""),
                m.id,
                m.name,
                qty,
                func.max(h.at_ms).filter(h.qty > 0),
            )
            .join_from(t.handouts, t.materials, m.id == h.material_id)
            .join(t.attendees, a.id == h.attendee_id)
            .outerjoin(t.categories, c.id == a.category_id)
            .where(h.material_id.in_(select(m.id).where(m.returnable.is_(True))))
            .group_by(h.attendee_id, h.material_id)
            .having(qty > 0)
            .order_by(m.sort, m.name, a.name, a.code)
        )
        if attendee_id is not None:
            query = query.where(h.attendee_id == attendee_id)
        return [
            Held(r[0], r[1], r[2], r[3], r[4], str(r[5]), r[6], r[7], int(r[8]), int(r[9] or 0))
            for r in self.conn.execute(query)
        ]

    def proxy_pickups(self, limit: int = 200) -> list[ProxyPickup]:
        o, h, a, m = t.ops.c, t.handouts.c, t.attendees.c, t.materials.c
        proxy = func.json_extract(o.payload, "$.proxy")
        rows = self.conn.execute(
            select(a.code, a.name, m.name, h.qty, proxy, h.at_ms, h.operator)
            .join_from(t.ops, t.handouts, h.id == o.entity)
            .join(t.attendees, a.id == h.attendee_id)
            .join(t.materials, m.id == h.material_id)
            .where(o.kind == "handout", proxy.is_not(None), proxy != "")
            .order_by(h.at_ms.desc())
            .limit(limit)
        )
        return [ProxyPickup(r[0], r[1], r[2], int(r[3]), str(r[4]), int(r[5]), r[6]) for r in rows]
