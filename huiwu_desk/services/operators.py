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
from ..domain.pins import hash_pin, normalize_pin, verify_pin
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
    name = (ctx.supervisor or "").strip()
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
        if not verify_pin(ctx.supervisor_pin, person.pin_hash):
            raise WrongPin(name=name)
    elif _pins_in_force(uow.catalog.operators()):
        raise PinNotSet(name=name)
    return name


def sign_in(uow: UnitOfWork, name: str, pin: str = "") -> TeamMember:
    """Switching the desk to operator ``name`` (收费 and its shifts are theirs from then on):
    their PIN when they have one; one without a PIN signs in by name. Records nothing."""
    with uow.reading():
        person = uow.catalog.operator(name.strip())
    if person is None:
        raise UnknownOperator(name=name.strip())
    if person.pin_hash:
        if not normalize_pin(pin):
            raise OperatorPinRequired(name=person.name)
        if not verify_pin(pin, person.pin_hash):
            raise WrongPin(name=person.name)
    return TeamMember(person.name, person.role.value, bool(person.pin_hash))


def approved(fn: Callable[..., Changes], supervisor: str, pin: str) -> Callable[..., Changes]:
    """``fn(uow, ctx, ...)`` approved by ``supervisor`` with the PIN they typed.

    For front ends that build the context elsewhere (the window's session): the use case
    itself checks the PIN, in its own transaction.
    """

    def run(uow: UnitOfWork, ctx: DeskContext, *args: Any, **kwargs: Any) -> Changes:
        ctx = replace(ctx, supervisor=supervisor, supervisor_pin=pin)
        return fn(uow, ctx, *args, **kwargs)

    return run


def set_pin(
    uow: UnitOfWork, ctx: DeskContext, name: str, new_pin: str, *, old_pin: str = ""
) -> Changes:
    """Set or change ``name``'s PIN: with the old PIN, or approved by another supervisor."""
    pin_hash = hash_pin(new_pin)  # a bad shape is refused before anything starts
    with uow.writing():
        person = uow.catalog.operator(name.strip())
        if person is None:
            raise UnknownOperator(name=name.strip())
        approver: str | None = None
        others = (ctx.supervisor or "").strip() not in ("", person.name)
        if person.pin_hash:
            if normalize_pin(old_pin):
                if not verify_pin(old_pin, person.pin_hash):
                    raise WrongPin(name=person.name)
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
    return Changes(setup=True)


def add_operator(
    uow: UnitOfWork, ctx: DeskContext, name: str, role: Role, pin: str = ""
) -> Changes:
    """A new operator or supervisor, with a PIN if one is given (only its hash is kept)."""
    name = name.strip()
    if not name:
        raise MissingName()
    pin_hash = hash_pin(pin) if normalize_pin(pin) else ""
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
