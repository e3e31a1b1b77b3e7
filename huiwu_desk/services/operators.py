"""The desk team: operators and supervisors, their PINs, and a supervisor's approval.

Approval is checked here, inside the transaction that writes the approved op, so a widget or
a script can only name a supervisor and pass on the PIN that person typed (``DeskContext``);
the op records the supervisor's name, never the PIN. PINs are stored as salted hashes
(``domain.pins``) and set by an ``operator.set_pin`` op, so every desk learns them by sync.

Rules:
- Once any supervisor of the event has a PIN, every approval needs the PIN of the approving
  supervisor; a supervisor without a PIN cannot approve (``PinNotSet``). An event where no
  supervisor has a PIN yet (a new event, an event file from before PINs) approves by name,
  as before — the first PIN set switches the event to PINs for good.
- Changing a PIN needs the old PIN or another supervisor's approval; a first PIN needs a
  supervisor's approval once PINs are in force.
- Adding a supervisor needs a supervisor's approval once PINs are in force.
- A supervisor's PIN is 6 to 12 digits (an operator's 4 to 12). A shorter one set before that
  rule still approves once at each desk (``Changes.pin_change`` names the supervisor, so the
  window asks for a new PIN and the command line says how); then it is refused
  (``PinMustChange``) until changed — the old PIN still changes it.
- Every PIN check counts: ``MAX_WRONG`` wrong PINs in a row lock that person at this desk for
  5 minutes (``PinLocked``, saying until when), checked before any hashing. The count is this
  desk's local state (``uow.pin_tries``) and survives the refused act's rollback.
- Names are cleaned of control characters (``domain.text.clean_text``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from ..domain.errors import (
    MissingName,
    NotASupervisor,
    OperatorExists,
    PinChangeNeedsApproval,
    PinNotSet,
    PinRequired,
    SupervisorRequired,
    UnknownOperator,
    WrongPin,
)
from ..domain.fee_errors import OperatorPinRequired
from ..domain.model import DeskContext, Operator, Role
from ..domain.pin_errors import PinChangeDue, PinLocked, PinMustChange, until_text
from ..domain.pins import MAX_WRONG, PinTries, hash_pin, is_short, normalize_pin, verify_pin
from ..domain.text import clean_text
from .changes import Changes
from .ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class TeamMember:
    name: str
    role: str  # Role value
    has_pin: bool


@dataclass(frozen=True, slots=True)
class Team:
    members: tuple[TeamMember, ...] = ()
    pins_in_force: bool = False  # some supervisor has a PIN: every approval needs one

    @property
    def supervisors(self) -> list[str]:
        return [m.name for m in self.members if m.role == Role.SUPERVISOR]

    def member(self, name: str) -> TeamMember | None:
        return next((m for m in self.members if m.name == name), None)


def _pins_in_force(operators: list[Operator]) -> bool:
    return any(o.role == Role.SUPERVISOR and o.pin_hash for o in operators)


def team(uow: UnitOfWork) -> Team:
    """Who works at the desks, and whether approvals need a PIN."""
    with uow.reading():
        operators = uow.catalog.operators()
    members = tuple(TeamMember(o.name, o.role.value, bool(o.pin_hash)) for o in operators)
    return Team(members, _pins_in_force(operators))


def approving_supervisor(uow: UnitOfWork, ctx: DeskContext) -> str:
    """The supervisor named in ``ctx``, once their PIN checks out; call inside ``writing()``."""
    name = clean_text(ctx.supervisor or "").strip()
    if not name:
        raise SupervisorRequired()
    person = uow.catalog.operator(name)
    if person is None:
        raise UnknownOperator(name=name)
    if person.role != Role.SUPERVISOR:
        raise NotASupervisor(name=name)
    if person.pin_hash:
        if not normalize_pin(ctx.supervisor_pin):
            raise PinRequired(name=name)
        short, tries = is_short(ctx.supervisor_pin), uow.pin_tries.get(name)
        if short and tries.short_used and not tries.locked(uow.pin_tries.now_ms()):
            raise PinMustChange(name=name)  # not even checked: its last use is behind it
        check_pin(uow, person, ctx.supervisor_pin)  # a lock says so first
        if short:  # right, and too short: its one last use at this desk
            uow.pin_tries.put(name, replace(uow.pin_tries.get(name), short_used=True))
    elif _pins_in_force(uow.catalog.operators()):
        raise PinNotSet(name=name)
    return name


def check_pin(uow: UnitOfWork, person: Operator, typed: str) -> None:
    """``typed`` against ``person``'s PIN, inside ``writing()``: ``PinLocked`` while locked
    (before any hashing), ``WrongPin`` (counted even though the act rolls back; the
    ``MAX_WRONG``-th says ``PinLocked``). Right: the wrong ones are forgotten."""
    tries = uow.pin_tries.get(person.name)
    now = uow.pin_tries.now_ms()
    if tries.locked(now):
        raise PinLocked(name=person.name, count=MAX_WRONG, until=until_text(tries.locked_until_ms))
    if not verify_pin(typed, person.pin_hash):
        after = tries.after_wrong(now)
        uow.pin_tries.put(person.name, after, keep=True)
        if after.locked(now):
            raise PinLocked(
                name=person.name, count=MAX_WRONG, until=until_text(after.locked_until_ms)
            )
        raise WrongPin(name=person.name)
    if tries.wrong or tries.locked_until_ms:
        uow.pin_tries.put(person.name, tries.after_right())


def sign_in(uow: UnitOfWork, name: str, pin: str = "") -> TeamMember:
    """Switching the desk to operator ``name`` (收费 and its shifts are theirs from then on):
    their PIN when they have one (a wrong one counts towards the lock); one without a PIN
    signs in by name. Records no op."""
    name = clean_text(name).strip()
    with uow.reading():
        person = uow.catalog.operator(name)
    if person is None:
        raise UnknownOperator(name=name)
    if person.pin_hash:
        if not normalize_pin(pin):
            raise OperatorPinRequired(name=person.name)
        with uow.writing():  # the count of wrong PINs is written
            check_pin(uow, person, pin)
    return TeamMember(person.name, person.role.value, bool(person.pin_hash))


def approved(fn: Callable[..., Changes], supervisor: str, pin: str) -> Callable[..., Changes]:
    """``fn(uow, ctx, ...)`` approved by ``supervisor`` with the PIN they typed.

    For front ends that build the context elsewhere (the window's session): the use case
    itself checks the PIN, in its own transaction.
    """

    def run(uow: UnitOfWork, ctx: DeskContext, *args: Any, **kwargs: Any) -> Changes:
        ctx = replace(ctx, supervisor=supervisor, supervisor_pin=pin)
        changes = fn(uow, ctx, *args, **kwargs)
        if isinstance(changes, Changes) and pin_change_due(uow, supervisor, pin) is not None:
            changes.pin_change = supervisor  # the window asks for a new PIN now
        return changes

    return run


def pin_change_due(uow: UnitOfWork, supervisor: str | None, typed: str) -> PinChangeDue | None:
    """After an approved act: the sentence that ``supervisor``'s too-short PIN, which just
    approved it, must be changed before its next use (None when it need not)."""
    name = clean_text(supervisor or "").strip()
    if not name or not is_short(typed):
        return None
    with uow.reading():
        person = uow.catalog.operator(name)
    if person is None or person.role != Role.SUPERVISOR or not person.pin_hash:
        return None
    return PinChangeDue(name=name)


def set_pin(
    uow: UnitOfWork, ctx: DeskContext, name: str, new_pin: str, *, old_pin: str = ""
) -> Changes:
    """Set or change ``name``'s PIN: with the old PIN, or approved by another supervisor.
    A supervisor's new PIN is 6 to 12 digits; an old one too short to approve still changes."""
    name = clean_text(name).strip()
    with uow.reading():
        found = uow.catalog.operator(name)
    if found is None:
        raise UnknownOperator(name=name)
    # a bad shape is refused, and the slow hash made, before the write transaction starts
    pin_hash = hash_pin(new_pin, supervisor=found.role == Role.SUPERVISOR)
    with uow.writing():
        person = uow.catalog.operator(name)
        if person is None:
            raise UnknownOperator(name=name)
        approver: str | None = None
        others = clean_text(ctx.supervisor or "").strip() not in ("", person.name)
        if person.pin_hash:
            if normalize_pin(old_pin):
                check_pin(uow, person, old_pin)
            elif others:
                approver = approving_supervisor(uow, ctx)
            else:
                raise PinChangeNeedsApproval(name=person.name)
        elif _pins_in_force(uow.catalog.operators()):
            if not others:
                raise SupervisorRequired()
            approver = approving_supervisor(uow, ctx)
        elif ctx.supervisor:
            approver = approving_supervisor(uow, ctx)
        uow.log.append(
            ctx, "operator.set_pin", person.id, {"pin_hash": pin_hash}, supervisor=approver
        )
        uow.pin_tries.put(person.name, PinTries())  # a new PIN: a fresh start at this desk
    return Changes(setup=True)


def add_operator(
    uow: UnitOfWork, ctx: DeskContext, name: str, role: Role, pin: str = ""
) -> Changes:
    """A new operator or supervisor, with a PIN if one is given (only its hash is kept)."""
    name = clean_text(name).strip()
    if not name:
        raise MissingName()
    supervisor = role == Role.SUPERVISOR
    pin_hash = hash_pin(pin, supervisor=supervisor) if normalize_pin(pin) else ""
    with uow.writing():
        if uow.catalog.operator(name) is not None:
            raise OperatorExists(name=name)
        approver: str | None = None
        if role == Role.SUPERVISOR and _pins_in_force(uow.catalog.operators()):
            approver = approving_supervisor(uow, ctx)
        op_id = uow.new_id()
        uow.log.append(
            ctx,
            "operator.add",
            op_id,
            {"name": name, "role": role.value, "pin_hash": pin_hash},
            supervisor=approver,
        )
    return Changes(setup=True, result=op_id)
