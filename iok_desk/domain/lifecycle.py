"""The life cycle as behaviour on the entities: block, revoke, revoke one unit, move a request.

Each function takes an entity — anything with the attributes of the small protocols below, which
the database models satisfy (mypy checks it where the services pass them) — checks the move
against the one transition table of ``states``, and sets the stamps that go with it. The
services load, call one of these, and record the event; no status is assigned anywhere else.

They are functions over protocols rather than methods because the models belong to the
database layer and the domain must not import SQLAlchemy; ``block(account, ...)`` reads as
``account.block(...)`` would.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from .credentials import format_login_id, new_security_stamp
from .errors import ConflictError, NotAllowed
from .states import (
    DECIDED_REQUEST_STATUSES,
    AccountStatus,
    BlockReason,
    RequestStatus,
    RevokeReason,
    ensure_account_transition,
    ensure_request_transition,
    label_pl,
)


class Versioned(Protocol):
    """A row with an optimistic-lock version (the column every mutable table has)."""

    @property
    def version(self) -> int: ...


def check_version(entity: Versioned, expected_version: int | None, whose: str,
                  status: AccountStatus | RequestStatus) -> None:
    """ConflictError when ``entity`` changed since the clerk looked at it (``expected_version``
    is what the clerk's view showed; None: the caller did not look, e.g. the CLI). ``whose``
    names it in the genitive: "konta 1234 5678", "wniosku IOK/2026/00001"."""
    if expected_version is not None and entity.version != expected_version:
        raise ConflictError(f"Dane {whose} zostały w międzyczasie zmienione przez innego "
                            f"pracownika (stan: {label_pl(status)}). Widok zostanie odświeżony; "
                            "nic nie zostało zapisane.", code="conflict_stale",
                            status=status.value)


class AccountEntity(Protocol):
    login_id: str
    status: AccountStatus
    security_stamp: str
    blocked_at: datetime | None
    block_reason: BlockReason | None
    revoked_at: datetime | None
    revoke_reason: RevokeReason | None


class AccessEntity(Protocol):
    revoked_at: datetime | None
    revoke_reason: RevokeReason | None


class RequestEntity(Protocol):
    number: str
    status: RequestStatus
    decision_reason: str
    decided_at: datetime | None
    decided_by_id: int | None


def shown(account: AccountEntity) -> str:
    return format_login_id(account.login_id)


def block(account: AccountEntity, reason: BlockReason, at: datetime) -> bool:
    """Block the account now; the new security stamp drops the portal's open sessions.
    Returns False, changing nothing, when it is blocked already (a repeated report)."""
    if account.status == AccountStatus.BLOCKED:
        return False
    ensure_account_transition(account.status, AccountStatus.BLOCKED, shown(account))
    account.status = AccountStatus.BLOCKED
    account.blocked_at = at
    account.block_reason = reason
    account.security_stamp = new_security_stamp()
    return True


def revoke(account: AccountEntity, reason: RevokeReason, at: datetime) -> None:
    """Close the account for good (its login ID is never given again)."""
    ensure_account_transition(account.status, AccountStatus.REVOKED, shown(account))
    account.status = AccountStatus.REVOKED
    account.revoked_at = at
    account.revoke_reason = reason
    account.security_stamp = new_security_stamp()


def revoke_access(access: AccessEntity, reason: RevokeReason, at: datetime) -> None:
    """End one account's access to one unit."""
    if access.revoked_at is not None:
        raise NotAllowed("Dostęp do tego lokalu jest już odebrany.", code="access_revoked")
    access.revoked_at = at
    access.revoke_reason = reason


def move_to(request: RequestEntity, status: RequestStatus, *, at: datetime,
            by: int | None = None, reason: str | None = None) -> None:
    """Move the request along its life cycle; a decision (approve, reject) records who and
    when; ``reason`` replaces the decision reason (what is missing, why rejected)."""
    ensure_request_transition(request.status, status, request.number)
    request.status = status
    if reason is not None:
        request.decision_reason = reason
    if status in DECIDED_REQUEST_STATUSES:
        request.decided_at = at
        request.decided_by_id = by
