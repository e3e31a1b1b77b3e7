"""Importing a roster from the spreadsheets organizers send (导入名单).

For a wizard, step by step — each step is cheap and can be repeated:

    io = sheet_io(store.uow)                       # adapters.sheets
    names = list_sheets(io, path)                  # pick a sheet
    table = open_roster(io, path, sheet)           # header row and column mapping detected
    table = table.with_mapping({...})              # the user changed a column (optional)
    report = preview_import(store.uow, io, table)  # the full report, nothing written
    changes = commit_import(store.uow, ctx, io, table, progress)  # one transaction
    save_report(io, changes.result, "报告.xlsx")

``import_roster`` does it all in one call (the CLI). The whole import is one unit of work:
any failure, or ``progress`` returning False, leaves the event exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.import_notes import CodeTaken
from ..domain.model import DeskContext, Source
from ..domain.sentences import Sentence
from ..domain.sheet_errors import ImportCancelled
from . import setup
from .changes import Changes
from .ports import UnitOfWork
from .roster_plan import Matcher, Plan, payload
from .roster_rows import REJECT, SKIP, RosterTable, RowParser, table_from_sheet
from .sheet_ports import Column, Progress, SheetIO, SheetSpec, WorkbookSpec

PROGRESS_EVERY = 200


@dataclass(frozen=True)
class RowNote:
    row: int  # the sheet's own row number
    note: Sentence

    def text(self, lang: str) -> str:
        """In one language ("zh", "en"), or "both"."""
        return self.note.both() if lang == "both" else self.note.text(lang)

    @property
    def reason(self) -> str:
        """Both languages: the CLI's lines and JSON (scripts read it as before)."""
        return self.note.both()


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    merged: int = 0  # rows folded into an earlier row of the same person
    rejected: int = 0
    skipped: int = 0  # blank, total and note rows
    warnings: list[RowNote] = field(default_factory=list)
    rejected_rows: list[RowNote] = field(default_factory=list)
    new_categories: list[str] = field(default_factory=list)
    sheet: str = ""
    header_row: int = 0
    mapping: dict[str, str] = field(default_factory=dict)
    dry_run: bool = True
    encoding: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The CLI's JSON (shared/cli.md keys first; ``warnings`` is a count like the others)."""
        return {
            "created": self.created,
            "updated": self.updated,
            "rejected": self.rejected,
            "skipped": self.skipped,
            "warnings": len(self.warnings),
            "rejected_rows": [{"row": n.row, "reason": n.reason} for n in self.rejected_rows],
            "warning_rows": [{"row": n.row, "reason": n.reason} for n in self.warnings],
            "unchanged": self.unchanged,
            "merged": self.merged,
            "new_categories": self.new_categories,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "mapping": self.mapping,
            "dry_run": self.dry_run,
        }


def list_sheets(io: SheetIO, path: Path | str) -> list[str]:
    return io.reader.sheet_names(Path(path))


def open_roster(io: SheetIO, path: Path | str, sheet: str | None = None) -> RosterTable:
    """Read the sheet (first one unless named) and detect its header row and columns."""
    path = Path(path)
    return table_from_sheet(path, io.reader.read(path, sheet))


def _event_year(uow: UnitOfWork) -> int:
    event = uow.catalog.event()
    first = event.start_date or (event.nights[0] if event.nights else None)
    return (first or date.today()).year


def _plan(uow: UnitOfWork, io: SheetIO, table: RosterTable) -> tuple[Plan, ImportReport]:
    """Parse every row and match it against the event; call inside a unit of work."""
    report = ImportReport(
        sheet=table.sheet,
        header_row=table.header_row,
        mapping=table.mapped_headers(),
        encoding=table.encoding,
    )
    parser = RowParser(table, _event_year(uow))
    matcher = Matcher(io.rows.people(), uow.catalog.categories())
    for index in range(table.data_start, len(table.rows)):
        outcome = parser.parse(index + 1, table.rows[index])
        if outcome == SKIP:
            report.skipped += 1
        elif isinstance(outcome, tuple) and outcome[0] == REJECT:
            report.rejected_rows.append(RowNote(index + 1, outcome[1]))
        elif not isinstance(outcome, str | tuple):
            matcher.add(outcome)
    plan = matcher.finish()
    report.rejected = len(report.rejected_rows)
    report.created = len(plan.creates)
    report.updated = len(plan.updates)
    report.unchanged = plan.unchanged
    report.merged = plan.merged
    report.new_categories = [c.name for c in plan.new_categories.values()]
    report.warnings = sorted((RowNote(r, m) for r, m in plan.notes), key=lambda n: n.row)
    return plan, report


def preview_import(uow: UnitOfWork, io: SheetIO, table: RosterTable) -> ImportReport:
    """The full report of what ``commit_import`` would do; writes nothing."""
    with uow.reading():
        return _plan(uow, io, table)[1]


def commit_import(
    uow: UnitOfWork,
    ctx: DeskContext,
    io: SheetIO,
    table: RosterTable,
    progress: Progress | None = None,
) -> Changes:
    """All accepted rows as ops in one transaction; ``Changes.result`` is the ImportReport."""
    touched: set[str] = set()
    with uow.writing():
        plan, report = _plan(
            uow, io, table
        )  # again, inside the write: what we check is what we write
        categories = {
            key: setup.add_category(uow, ctx, c.key, c.name, sort=100 + i).result
            for i, (key, c) in enumerate(plan.new_categories.items())
        }
        codes = _CodeMint(io, ctx.desk_code, plan)
        work = plan.creates + plan.updates
        with uow.log.batch():  # nothing below reads back what it appends
            for done, person in enumerate(work, start=1):
                if person.existing is None:
                    attendee_id = uow.new_id()
                    uow.log.append(
                        ctx,
                        "attendee.create",
                        attendee_id,
                        {
                            "code": codes.code_for(person.code, person.first_row, report),
                            "source": Source.PREREGISTERED.value,
                            "fields": payload(person.fields, categories),
                        },
                    )
                else:
                    attendee_id = person.existing.id
                    uow.log.append(
                        ctx,
                        "attendee.update",
                        attendee_id,
                        {"fields": payload(person.changed, categories)},
                    )
                touched.add(attendee_id)
                if (
                    progress is not None
                    and done % PROGRESS_EVERY == 0
                    and progress(done, len(work)) is False
                ):
                    raise ImportCancelled()
        if progress is not None and progress(len(work), len(work)) is False:
            raise ImportCancelled()
    report.dry_run = False
    report.warnings.sort(key=lambda n: n.row)
    return Changes(attendees=touched, setup=bool(categories), result=report)


class _CodeMint:
    """Codes from the roster when free; otherwise desk code + 5 digits as new_code() mints them,
    but taken from the desk's counter in blocks instead of one statement per person."""

    def __init__(self, io: SheetIO, desk_code: str, plan: Plan) -> None:
        self.io, self.desk = io, desk_code
        self.used = set(plan.event_codes)
        self.wanted = {p.code for p in plan.creates if p.code} - self.used
        self.left = sum(1 for p in plan.creates if not p.code or p.code in self.used)
        self.block: list[int] = []

    def _mint(self) -> str:
        while True:
            if not self.block:
                count = max(self.left, 1)
                first = self.io.rows.take_counter_block("code", count)
                self.block = list(range(first + count - 1, first - 1, -1))
            code = f"{self.desk}{self.block.pop():05d}"
            if code not in self.used and code not in self.wanted:
                self.used.add(code)
                self.left -= 1
                return code

    def code_for(self, wanted: str, row: int, report: ImportReport) -> str:
        if wanted and wanted not in self.used:
            self.used.add(wanted)
            return wanted
        code = self._mint()
        if wanted:
            report.warnings.append(RowNote(row, CodeTaken(wanted=wanted, code=code)))
        return code


def import_roster(
    uow: UnitOfWork,
    ctx: DeskContext,
    io: SheetIO,
    path: Path | str,
    *,
    sheet: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    table = open_roster(io, path, sheet)
    if dry_run:
        return preview_import(uow, io, table)
    report: ImportReport = commit_import(uow, ctx, io, table, progress).result
    return report


# The saved report's words: "both" (the CLI, as it prints its notes), "zh" or "en" (the window).
_COUNTS = {
    "both": "新增 created|更新 updated|无变化 unchanged|合并 merged|拒绝 rejected|跳过 skipped|警告 warnings",
    "zh": "新增|更新|无变化|合并|拒绝|跳过|警告",
    "en": "Created|Updated|Unchanged|Merged|Rejected|Skipped|Warnings",
}
_WORDS = {
    "zh": "拒绝|警告|导入报告|汇总|行号|类型|说明|项目|数量|试运行，未写入|已导入|"
    "导入报告：{sheet}（表头在第 {row} 行，{state}）",
    "en": "Rejected|Warning|Import report|Summary|Row|Kind|Note|Item|Count|"
    "dry run, nothing written|imported|Import report: {sheet} (header on row {row}, {state})",
}


def save_report(
    io: SheetIO, report: ImportReport, path: Path | str, lang: str | None = None
) -> Path:
    """The import report as a workbook: the counts, then every rejected row and warning.

    ``lang`` "zh" or "en" writes one language (the window's); None both, like the CLI.
    """
    key = "both" if lang is None else ("zh" if lang.lower().startswith("zh") else "en")
    words = _WORDS["en" if key == "en" else "zh"].split("|")
    rejected, warning, sheet_name, summary, row, kind, note, item, count = words[:9]
    numbers = [report.created, report.updated, report.unchanged, report.merged]
    numbers += [report.rejected, report.skipped, len(report.warnings)]
    counts = list(zip(_COUNTS[key].split("|"), numbers, strict=True))
    lines = [(n.row, rejected, n.text(key)) for n in report.rejected_rows]
    lines += [(n.row, warning, n.text(key)) for n in report.warnings]
    lines.sort(key=lambda x: x[0])
    state = words[9] if report.dry_run else words[10]
    book = WorkbookSpec(
        [
            SheetSpec(
                sheet_name,
                [Column(row, "int", 8), Column(kind, "text", 8), Column(note, "text", 80)],
                lines,
                title=words[11].format(sheet=report.sheet, row=report.header_row, state=state),
            ),
            SheetSpec(summary, [Column(item), Column(count, "int")], counts),
        ]
    )
    out = Path(path)
    io.writer.write(out, book)
    return out
