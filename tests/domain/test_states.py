from __future__ import annotations

import pytest

from iok_desk.domain.errors import NotAllowed
from iok_desk.domain.states import (
    ACCOUNT_TRANSITIONS,
    LABELS_PL,
    REQUEST_TRANSITIONS,
    AccountAction,
    AccountStatus,
    BlockReason,
    Channel,
    ClerkRole,
    RequestKind,
    RequestStatus,
    RevokeReason,
    TitleKind,
    allowed_account_actions,
    ensure_account_transition,
    ensure_request_transition,
)


def test_revoked_is_final_and_blocked_is_never_simply_unblocked() -> None:
    assert ACCOUNT_TRANSITIONS[AccountStatus.REVOKED] == frozenset()
    assert AccountStatus.ACTIVE not in ACCOUNT_TRANSITIONS[AccountStatus.BLOCKED]
    assert AccountStatus.ISSUED not in ACCOUNT_TRANSITIONS[AccountStatus.BLOCKED]


def test_decided_requests_stay_decided() -> None:
    assert REQUEST_TRANSITIONS[RequestStatus.REJECTED] == frozenset()
    assert REQUEST_TRANSITIONS[RequestStatus.DONE] == frozenset()
    assert RequestStatus.APPROVED not in REQUEST_TRANSITIONS[RequestStatus.NEEDS_INFO]


def test_a_wrong_transition_says_from_what_to_what() -> None:
    with pytest.raises(NotAllowed) as error:
        ensure_request_transition(RequestStatus.REJECTED, RequestStatus.APPROVED, "IOK/2026/00001")
    assert "IOK/2026/00001" in error.value.message
    assert "odrzucony" in error.value.message and "zatwierdzony" in error.value.message
    with pytest.raises(NotAllowed):
        ensure_account_transition(AccountStatus.REVOKED, AccountStatus.BLOCKED, "1234 5678")


@pytest.mark.parametrize("enum_class", [RequestKind, Channel, RequestStatus, AccountStatus,
                                        BlockReason, RevokeReason, TitleKind, ClerkRole])
def test_every_value_has_a_polish_label(enum_class: type) -> None:
    for member in enum_class:
        assert LABELS_PL[member]


def test_the_account_views_actions_follow_the_life_cycle() -> None:
    assert allowed_account_actions(AccountStatus.REVOKED, 0) == frozenset()
    assert allowed_account_actions(AccountStatus.ISSUED, 1) == {
        AccountAction.BLOCK, AccountAction.REVOKE_UNIT, AccountAction.REVOKE_ACCOUNT,
        AccountAction.ADD_UNIT}
    blocked = allowed_account_actions(AccountStatus.BLOCKED, 2)
    assert AccountAction.REISSUE in blocked and AccountAction.ADD_UNIT not in blocked
    assert AccountAction.REVOKE_UNIT not in allowed_account_actions(AccountStatus.ACTIVE, 0)
