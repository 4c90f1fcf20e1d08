"""What a change concerns: the facts an action knows decide which views redraw."""

from __future__ import annotations

from iok_desk.ui.changes import Changed


def test_a_block_concerns_that_account_only() -> None:
    block = Changed.of(accounts=["48210937"])
    assert block.touches_account("48210937")
    assert not block.touches_account("11111116")
    assert block.touches_accounts(["11111116", "48210937"])
    assert not (block.account_list or block.request_list or block.settings)
    assert block.audit_trail and not block.everything


def test_requests_change_the_queue_and_one_request_view() -> None:
    moved = Changed.of(requests=["IOK/2026/00007"])
    assert moved.request_list and moved.touches_request("IOK/2026/00007")
    assert not moved.touches_request("IOK/2026/00008")
    assert Changed.of(new_requests=True).request_list
    assert not Changed.of(settings=["letterhead.city"]).request_list
    assert Changed.of(settings=["letterhead.city"]).letterhead


def test_nobody_knows_what_changed_so_everything_did() -> None:
    unknown = Changed.all()
    assert unknown.touches_account("48210937") and unknown.touches_request("IOK/2026/00001")
    assert unknown.account_list and unknown.request_list and unknown.audit_trail


def test_new_accounts_change_the_lists_of_accounts() -> None:
    issued = Changed.of(accounts=["48210937"], requests=["IOK/2026/00001"], new_accounts=True)
    assert issued.account_list and issued.request_list
