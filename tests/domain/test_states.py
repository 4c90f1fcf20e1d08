from __future__ import annotations

import pytest

from iok_desk.domain.choices import parse_choice
from iok_desk.domain.errors import NotAllowed, ValidationError
from iok_desk.domain.states import (
    ACCOUNT_TRANSITIONS,
    CLERK_REVOKE_REASONS,
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
    ensure_account_action,
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


def test_the_account_actions_are_the_transition_table_read_for_each_state() -> None:
    for status, targets in ACCOUNT_TRANSITIONS.items():
        allowed = allowed_account_actions(status, 1)
        assert (AccountAction.REVOKE_ACCOUNT in allowed) == (AccountStatus.REVOKED in targets)
        assert (AccountAction.BLOCK in allowed) == (
            AccountStatus.BLOCKED in targets or status == AccountStatus.BLOCKED)
    assert AccountAction.NEW_FIRST_PASSWORD in allowed_account_actions(
        AccountStatus.ISSUED, 1, never_used=True)
    assert AccountAction.NEW_FIRST_PASSWORD not in allowed_account_actions(
        AccountStatus.ISSUED, 1, never_used=False)
    assert AccountAction.NEW_FIRST_PASSWORD not in allowed_account_actions(
        AccountStatus.BLOCKED, 1, never_used=True)


def test_a_refused_action_names_the_account_its_state_and_a_stable_code() -> None:
    with pytest.raises(NotAllowed) as error:
        ensure_account_action(AccountAction.REISSUE, AccountStatus.ACTIVE, "1234 5678", 1)
    assert error.value.code == "reissue_not_blocked"
    assert "1234 5678" in error.value.message and "aktywne" in error.value.message
    ensure_account_action(AccountAction.REISSUE, AccountStatus.BLOCKED, "1234 5678", 1)


def test_parse_choice_names_the_field_and_the_allowed_values() -> None:
    assert parse_choice(BlockReason, "abuse", "reason", "Powód") is BlockReason.ABUSE
    with pytest.raises(ValidationError) as error:
        parse_choice(RevokeReason, "reissue", "reason", "Powód", allowed=CLERK_REVOKE_REASONS)
    assert error.value.field == "reason" and error.value.code == "unknown_choice"
    assert "title-ended" in error.value.message and "reissue" not in error.value.details["allowed"]
