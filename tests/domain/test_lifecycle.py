"""The life cycle on plain objects: each move checked against the table, each stamp set."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from iok_desk.domain import lifecycle
from iok_desk.domain.errors import ConflictError, NotAllowed
from iok_desk.domain.states import AccountStatus, BlockReason, RequestStatus, RevokeReason

NOON = datetime(2026, 11, 24, 12, tzinfo=UTC)


@dataclass
class FakeAccount:
    login_id: str = "12345678"
    status: AccountStatus = AccountStatus.ISSUED
    security_stamp: str = "stamp"
    blocked_at: datetime | None = None
    block_reason: BlockReason | None = None
    revoked_at: datetime | None = None
    revoke_reason: RevokeReason | None = None
    version: int = 3


@dataclass
class FakeAccess:
    revoked_at: datetime | None = None
    revoke_reason: RevokeReason | None = None


@dataclass
class FakeRequest:
    number: str = "IOK/2026/00001"
    status: RequestStatus = RequestStatus.RECEIVED
    decision_reason: str = ""
    decided_at: datetime | None = None
    decided_by_id: int | None = None


def test_a_block_stamps_and_changes_the_security_stamp_once() -> None:
    account = FakeAccount()
    assert lifecycle.block(account, BlockReason.ABUSE, NOON)
    assert (account.status, account.blocked_at, account.block_reason) == (
        AccountStatus.BLOCKED, NOON, BlockReason.ABUSE)
    stamp = account.security_stamp
    assert stamp != "stamp"
    assert not lifecycle.block(account, BlockReason.OTHER, NOON)  # a repeated report
    assert account.security_stamp == stamp and account.block_reason == BlockReason.ABUSE


def test_revoked_is_final() -> None:
    account = FakeAccount()
    lifecycle.revoke(account, RevokeReason.SALE, NOON)
    assert (account.status, account.revoked_at) == (AccountStatus.REVOKED, NOON)
    with pytest.raises(NotAllowed):
        lifecycle.block(account, BlockReason.OTHER, NOON)
    with pytest.raises(NotAllowed):
        lifecycle.revoke(account, RevokeReason.GIFT, NOON)
    access = FakeAccess()
    lifecycle.revoke_access(access, RevokeReason.SALE, NOON)
    with pytest.raises(NotAllowed):
        lifecycle.revoke_access(access, RevokeReason.GIFT, NOON)
    assert access.revoke_reason == RevokeReason.SALE


def test_a_decision_records_who_and_when_other_moves_do_not() -> None:
    request = FakeRequest()
    lifecycle.move_to(request, RequestStatus.NEEDS_INFO, at=NOON, reason="Brak podpisu.")
    assert (request.decision_reason, request.decided_at) == ("Brak podpisu.", None)
    lifecycle.move_to(request, RequestStatus.RECEIVED, at=NOON, reason="")
    lifecycle.move_to(request, RequestStatus.APPROVED, at=NOON, by=7)
    assert (request.decided_at, request.decided_by_id) == (NOON, 7)
    with pytest.raises(NotAllowed):
        lifecycle.move_to(request, RequestStatus.REJECTED, at=NOON)
    lifecycle.move_to(request, RequestStatus.DONE, at=NOON)
    assert request.status == RequestStatus.DONE


def test_the_version_check_is_a_conflict_only_when_the_clerk_saw_an_older_row() -> None:
    account = FakeAccount()
    lifecycle.check_version(account, None, "konta 1234 5678", account.status)
    lifecycle.check_version(account, 3, "konta 1234 5678", account.status)
    with pytest.raises(ConflictError) as error:
        lifecycle.check_version(account, 2, "konta 1234 5678", account.status)
    assert "konta 1234 5678" in error.value.message and "wydane" in error.value.message
