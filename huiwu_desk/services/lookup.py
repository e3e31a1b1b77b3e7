"""The one way a use case or a command finds the attendee a code names (domain/codes.py)."""

from __future__ import annotations

from ..domain.codes import read_code
from ..domain.errors import UnknownCode
from ..domain.model import Attendee
from .ports import UnitOfWork


def find_attendee(uow: UnitOfWork, text: str) -> Attendee | None:
    """Inside the caller's transaction; None when no attendee has that code."""
    scanned = read_code(text)
    if not scanned.code:
        return None
    person = uow.attendees.by_code(scanned.code)
    if person is None and scanned.typed != scanned.code:
        person = uow.attendees.by_code(scanned.typed)  # a code stored as typed (an old import)
    return person


def attendee(uow: UnitOfWork, text: str) -> Attendee:
    """As ``find_attendee``; a code nobody has is one sentence (UnknownCode)."""
    person = find_attendee(uow, text)
    if person is None:
        raise UnknownCode(code=read_code(text).typed)
    return person
