"""The result values of the use cases: ``Changes`` and the stable JSON of the results."""

from __future__ import annotations

from datetime import UTC, datetime

from iok_desk.services.dto import NO_CHANGES, BlockResult, Changes, to_jsonable


def test_changes_merge_and_leave_out_missing_request_numbers() -> None:
    first = Changes.of(accounts=["ABCD2345"], requests=[None, "W/2026/0001"])
    second = Changes.of(units=["Paprykowa 12/5"], settings=["letterhead.name"], audit=False)
    merged = first | second
    assert merged == Changes(accounts=frozenset({"ABCD2345"}),
                             requests=frozenset({"W/2026/0001"}),
                             units=frozenset({"Paprykowa 12/5"}),
                             settings=frozenset({"letterhead.name"}), audit=True)
    assert not NO_CHANGES
    assert merged


def test_changes_stay_out_of_the_json_of_a_result() -> None:
    result = BlockResult(login_id="ABCD2345", already_blocked=False,
                         blocked_at=datetime(2026, 1, 2, tzinfo=UTC),
                         changes=Changes.of(accounts=["ABCD2345"]))
    assert to_jsonable(result) == {"login_id": "ABCD2345", "already_blocked": False,
                                   "blocked_at": "2026-01-02T00:00:00+00:00",
                                   "pending_countersign": False}
    assert result.changes.accounts == {"ABCD2345"}
