"""Deciding, for every parsed row, whether it creates, updates or repeats a person.

The same person is recognised by the same ID number, the same phone with the same name, the
same code with the same name, or — for rows with neither phone nor ID — the same name and unit;
in the file as well as in the event. Everything the event already holds is read once, up front.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..domain import import_notes as notes
from ..domain.model import Attendee, Category
from ..domain.sentences import Sentence
from . import roster_cells as cells
from .roster_rows import ParsedRow
from .sheet_ports import PersonRow


@dataclass
class Planned:
    first_row: int
    fields: dict[str, Any]
    existing: Attendee | None = None
    code: str = ""  # wanted code, from the roster's code column
    category_text: str = ""
    changed: dict[str, Any] = field(default_factory=dict)


@dataclass
class NewCategory:
    key: str
    name: str
    first_row: int


@dataclass
class Plan:
    people: list[Planned] = field(default_factory=list)
    merged: int = 0
    notes: list[tuple[int, Sentence]] = field(default_factory=list)
    new_categories: dict[str, NewCategory] = field(default_factory=dict)  # key → category
    event_codes: set[str] = field(default_factory=set)  # codes already in the event

    @property
    def creates(self) -> list[Planned]:
        return [p for p in self.people if p.existing is None]

    @property
    def updates(self) -> list[Planned]:
        return [p for p in self.people if p.existing is not None and p.changed]

    @property
    def unchanged(self) -> int:
        return sum(1 for p in self.people if p.existing is not None and not p.changed)


def _usable_id(value: str) -> bool:
    return len(value) in (15, 18)


class Matcher:
    """Indexes of the event and of the rows seen so far; ``add`` files each row."""

    def __init__(self, people: list[PersonRow], categories: list[Category]) -> None:
        self.plan = Plan()
        self._by_id: dict[str, Planned] = {}
        self._by_phone: dict[tuple[str, str], Planned] = {}
        self._by_code: dict[str, Planned] = {}
        self._by_name_unit: dict[tuple[str, str], Planned] = {}
        self._phone_names: dict[str, tuple[str, int]] = {}
        self._ex_planned: dict[str, Planned] = {}
        for p in people:
            a = p.attendee
            self.plan.event_codes.add(a.code)
            stub = Planned(0, {}, existing=a)
            self._index(stub, a.id_number, a.phone, a.name, a.unit, a.code)
        self._categories = categories
        self._category_ids: dict[str, str] = {}
        for c in categories:
            self._category_ids.setdefault(cells.category_word(c.name), c.id)
            self._category_ids.setdefault(cells.category_word(c.key), c.id)
        self._category_by_key = {c.key: c.id for c in categories}

    def _index(self, p: Planned, id_no: str, phone: str, name: str, unit: str, code: str) -> None:
        if id_no and _usable_id(id_no):
            self._by_id.setdefault(id_no, p)
        if phone:
            self._by_phone.setdefault((phone, name), p)
            self._phone_names.setdefault(phone, (name, p.first_row))
        if code:
            self._by_code.setdefault(code, p)
        self._by_name_unit.setdefault((name, unit), p)

    def _find(self, row: ParsedRow) -> tuple[Planned | None, Sentence]:
        f = row.fields
        name, phone, id_no = f["name"], f.get("phone", ""), f.get("id_number", "")
        if id_no and _usable_id(id_no) and id_no in self._by_id:
            return self._by_id[id_no], notes.SameIdNumber()
        if phone and (phone, name) in self._by_phone:
            return self._by_phone[(phone, name)], notes.SamePhone()
        if row.code and row.code in self._by_code:
            hit = self._by_code[row.code]
            if _name_of(hit) == name:
                return hit, notes.SameCode()
        if not phone and not id_no and (name, f.get("unit", "")) in self._by_name_unit:
            return self._by_name_unit[(name, f.get("unit", ""))], notes.SameNameUnit()
        return None, Sentence()

    def add(self, row: ParsedRow) -> None:
        name = row.fields["name"]
        for note in row.notes:
            self.plan.notes.append((row.row, notes.PersonNote(name=name, note=note)))
        hit, why = self._find(row)
        phone = row.fields.get("phone", "")
        if hit is None and phone in self._phone_names:
            other, at = self._phone_names[phone]
            same: Sentence = (
                notes.SamePhoneOtherRow(name=name, row=at, other=other)
                if at
                else notes.SamePhoneInEvent(name=name, other=other)
            )
            self.plan.notes.append((row.row, same))
        if hit is not None and hit.existing is not None and hit.first_row == 0:
            # first row for a person already in the event: plan an update of that attendee
            planned = self._ex_planned.get(hit.existing.id)
            if planned is None:
                planned = Planned(row.row, {}, existing=hit.existing)
                self._ex_planned[hit.existing.id] = planned
                self.plan.people.append(planned)
            else:
                self._merged(row, planned, why)
            hit = planned
        elif hit is not None:
            self._merged(row, hit, why)
        else:
            hit = Planned(row.row, {})
            self.plan.people.append(hit)
        if row.fields.get("name") != _name_of(hit) and hit.existing is not None:
            renamed = notes.Renamed(old=hit.existing.name, new=name, why=why)
            self.plan.notes.append((row.row, renamed))
        hit.fields.update(row.fields)
        if row.code and not hit.code:
            hit.code = row.code
        if row.category_text:
            hit.category_text = row.category_text
        f = hit.fields
        self._index(
            hit, f.get("id_number", ""), f.get("phone", ""), f["name"], f.get("unit", ""), row.code
        )

    def _merged(self, row: ParsedRow, into: Planned, why: Sentence) -> None:
        self.plan.merged += 1
        merged = notes.Merged(name=row.fields["name"], row=into.first_row, why=why)
        self.plan.notes.append((row.row, merged))

    def category_id(self, word: str, shown: str, row: int) -> str:
        """The id of an existing category, or the key of a category this import adds."""
        if word in self._category_ids:
            return self._category_ids[word]
        key = cells.category_key(word)
        if key is not None and key in self._category_by_key:
            return self._category_by_key[key]
        key = key or shown
        if key not in self.plan.new_categories:
            name = cells.CATEGORY_DEFAULT_NAMES.get(key, shown)
            self.plan.new_categories[key] = NewCategory(key, name, row)
            self.plan.notes.append((row, notes.NewCategoryNote(name=name, shown=shown)))
        return "new:" + key

    def finish(self) -> Plan:
        """Resolve categories and, for people already in the event, what really changes."""
        default = self._category_by_key.get("delegate")
        for p in self.plan.people:
            word = p.fields.pop("category", None)
            if word:
                p.fields["category_id"] = self.category_id(word, p.category_text, p.first_row)
            elif p.existing is None and default:
                p.fields["category_id"] = default
            if p.existing is not None:
                p.changed = {k: v for k, v in p.fields.items() if _current(p.existing, k) != v}
        return self.plan


def _name_of(p: Planned) -> str:
    return p.fields.get("name") or (p.existing.name if p.existing else "")


def _current(person: Attendee, key: str) -> Any:
    # Compared as the import would write it: ``北京（协和）`` typed at the desk equals the
    # NFKC ``北京(协和)`` of a re-imported list, so it is not a change.
    value = getattr(person, key)
    if key == "name":
        return cells.name(value)
    if key == "email":
        return value.strip().lower()
    return cells.text(value) if isinstance(value, str) and key not in _EXACT_KEYS else value


_EXACT_KEYS = ("phone", "id_number", "email", "gender", "room_pref", "category_id")


def payload(fields: dict[str, Any], categories: dict[str, str]) -> dict[str, Any]:
    """Op payload fields: dates as ISO text, planned categories replaced by their new ids."""
    out = {}
    for key, value in fields.items():
        if isinstance(value, date):
            value = value.isoformat()
        elif key == "category_id" and isinstance(value, str) and value.startswith("new:"):
            value = categories[value[4:]]
        out[key] = value
    return out
