"""Desks' keys: announcing this desk's public key, and revoking another desk.

A desk's key pair is made with its event file (adapters: eventfile, bundles/signing); its
public key travels in the desk's own chain: in its ``desk.add`` op, admitted at
``new``/``demo`` (the lead), at ``join`` (the lead's file, or a supervisor named with their
PIN), for a copy that continues as a new desk; in a ``desk.key`` op once, for a desk whose
file was made before desks signed. A supervisor
revokes a lost or copied desk (``desk.revoke``): its ops after ``upto`` no longer stand on
any desk (shared/design.md, "Trust between desks").
"""

from __future__ import annotations

from ..domain.errors import InvalidField
from ..domain.model import DeskContext
from ..domain.sync_errors import CannotRevokeOwnDesk, UnknownDesk
from ..domain.text import clean_text
from .changes import Changes
from .operators import approving_supervisor
from .ports import UnitOfWork


def desk_payload(ctx: DeskContext, public_key: str, via: str) -> dict[str, str]:
    """A new desk's ``desk.add``: its code and, since issue 17, its public key (one op: a
    desk is announced and keyed together)."""
    payload = {"code": ctx.desk_code, "name": ""}
    if public_key:
        payload |= {"public_key": public_key, "via": via}
    return payload


def append_key(
    uow: UnitOfWork, ctx: DeskContext, public_key: str, via: str, approver: str | None = None
) -> None:
    """This desk's ``desk.key`` op, inside the caller's unit of work."""
    payload = {"public_key": public_key, "via": via, "code": ctx.desk_code}
    uow.log.append(ctx, "desk.key", ctx.desk_id, payload, supervisor=approver)


def announce_key(
    uow: UnitOfWork, ctx: DeskContext, public_key: str, via: str, *, approve: bool = False
) -> Changes:
    """Publish this desk's key; ``approve``: the supervisor named in ``ctx`` admits it (PIN)."""
    with uow.writing():
        approver = approving_supervisor(uow, ctx) if approve else None
        append_key(uow, ctx, public_key, via, approver)
    return Changes(setup=True)


def revoke_desk(
    uow: UnitOfWork, ctx: DeskContext, code: str, *, upto: int | None = None, reason: str = ""
) -> Changes:
    """A supervisor revokes the desk ``code``: its ops up to ``upto`` stand (default: up to
    where an alarmed fork starts, else all this desk holds of it), later ones are refused
    everywhere and set aside here. ``result``: (desk id, upto, ops set aside)."""
    code = clean_text(code).strip().upper()
    reason = clean_text(reason).strip()
    with uow.writing():
        supervisor = approving_supervisor(uow, ctx)
        desk_id = uow.trust.desk_by_code(code)
        if desk_id is None:
            raise UnknownDesk(desk=code)
        if desk_id == ctx.desk_id:
            raise CannotRevokeOwnDesk()
        if upto is None:
            fork = uow.trust.fork_seq(desk_id)
            upto = fork - 1 if fork is not None else uow.trust.held_upto(desk_id)
        if upto < 0:
            raise InvalidField(field="upto", reason=str(upto))
        payload = {"upto": upto, "reason": reason, "code": code}
        uow.log.append(ctx, "desk.revoke", desk_id, payload, supervisor=supervisor)
        moved = uow.trust.set_aside()
    return Changes(everything=True, result=(desk_id, upto, moved))
