"""The lists the team sends every night: roster, credits (from attendance at credit topics
when the event has them: services/doors/credits.py), directory, rooming, fees, materials,
no-shows; the doors' meals and attendance (services/doors/counts.py); and finance's: invoices, billing (签单), shifts (export_money.py). Each becomes a WorkbookSpec read in one transaction, then written by the writer port
(atomically, with progress) — the window runs ``export`` on its worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.sheet_errors import UnknownExportKind
from . import export_lists as lists
from . import export_money
from .doors.counts import attendance_sheets, meal_sheets
from .doors.credits import credit_sheets
from .export_templates import ExportTemplate, template_from_setting
from .export_templates import setting_key as template_key
from .materials.returns import return_sheets
from .ports import UnitOfWork
from .rooms.hotel_numbers import hotel_sheets
from .sheet_ports import Progress, SheetIO, SheetSpec, WorkbookSpec

KINDS: dict[str, str] = {
    "roster": "参会人员名单",
    "credits": "学分证名单",
    "directory": "通讯录",
    "rooming": "分房表",
    "fees": "收费明细",
    "materials": "资料发放统计",
    "noshow": "未报到名单",
    "invoices": "开票申请",
    "billing": "签单结算",
    "shifts": "交班记录",
    "hotel": "酒店用房",
    "returns": "文件清退",
    "meals": "用餐统计",
    "attendance": "出勤统计",
}


@dataclass(frozen=True)
class ExportResult:
    kind: str
    path: Path
    rows: int


def output_path(pattern: str | Path, kind: str, now: datetime | None = None) -> Path:
    """``学分_{date}.xlsx`` → ``学分_2026-11-27.xlsx`` (also ``{time}`` and ``{kind}``)."""
    now = now or datetime.now()
    name = str(pattern).replace("{date}", now.strftime("%Y-%m-%d"))
    return Path(name.replace("{time}", now.strftime("%H%M")).replace("{kind}", kind))


def build_export(
    uow: UnitOfWork,
    io: SheetIO,
    kind: str,
    *,
    now: datetime | None = None,
    template: ExportTemplate | None = None,
) -> WorkbookSpec:
    """The workbook of one list, read in one transaction (call outside any unit of work)."""
    if kind not in KINDS:
        raise UnknownExportKind(kind=kind, kinds="、".join(KINDS))
    now = now or datetime.now()
    with uow.reading():
        event = uow.catalog.event()
        if kind in ("roster", "credits", "directory", "noshow"):
            people = io.rows.people()
            if kind == "roster":
                sheets = [SheetSpec(KINDS[kind], *lists.roster(people))]
            elif kind == "noshow":
                sheets = [SheetSpec(KINDS[kind], *lists.noshow(people))]
            else:
                tpl = template or template_from_setting(
                    kind, uow.catalog.setting(template_key(kind))
                )
                found = credit_sheets(uow, people, tpl, KINDS[kind]) if kind == "credits" else None
                sheets = found or [SheetSpec(KINDS[kind], *lists.templated(people, tpl))]
        elif kind == "rooming":
            sheets = lists.rooming(io)
        elif kind == "fees":
            sheets = lists.fees(io)
        elif kind == "invoices":
            sheets = export_money.invoices(uow)
        elif kind == "billing":
            sheets = export_money.billing(uow)
        elif kind == "hotel":
            sheets = hotel_sheets(uow)
        elif kind == "shifts":
            sheets = export_money.shift_sheets(uow)
        elif kind == "returns":
            sheets = return_sheets(uow)
        elif kind == "meals":
            sheets = meal_sheets(uow, io)
        elif kind == "attendance":
            sheets = attendance_sheets(uow, io)
        else:
            sheets = lists.materials(uow, io)
    title = f"{event.name} — {KINDS[kind]}（导出时间 {now:%Y-%m-%d %H:%M}）"
    for sheet in sheets:
        sheet.title = title
    return WorkbookSpec(sheets)


def export(
    uow: UnitOfWork,
    io: SheetIO,
    kind: str,
    out: Path | str,
    *,
    now: datetime | None = None,
    template: ExportTemplate | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write one list to ``out`` (``{date}`` expanded), atomically; returns where and how many rows."""
    now = now or datetime.now()
    book = build_export(uow, io, kind, now=now, template=template)
    path = output_path(out, kind, now)
    io.writer.write(path, book, progress)
    return ExportResult(kind, path, len(book.sheets[0].rows))
