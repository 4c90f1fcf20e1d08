"""Views are told what changed and redraw only when their data is among it: a block reloads
the views showing that account, never the list of every account ID."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.domain.credentials import format_login_id
from iok_desk.services import accounts, audit, browse, clerks, requests, search
from iok_desk.ui.block_dialog import BlockDialog
from iok_desk.ui.changes import Changed
from iok_desk.ui.main_window import MainWindow

from .test_search_and_block import type_search

# What the views load, by the service function each reload job calls.
LOADS = [(browse, "account_page"), (browse, "account_count"), (browse, "account_rows"),
         (browse, "request_queue"),
         (browse, "letters_issued_on"), (browse, "unit_ids"), (browse, "audit_actions"),
         (requests, "count_open_requests"), (search, "search_accounts"),
         (audit, "audit_trail"), (clerks, "list_clerks")]


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Counts the reload jobs by what they load (and, for rows, which IDs)."""
    counted: Counter[str] = Counter()

    def counting(name: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            counted[name] += 1
            return original(*args, **kwargs)
        return wrapper

    for module, name in LOADS:
        monkeypatch.setattr(module, name, counting(name, getattr(module, name)))
    return counted


def test_a_block_redraws_only_the_views_showing_that_account(
        window: MainWindow, qtbot: QtBot, db: Database, jan: str, anna: str,
        loads: Counter[str]) -> None:
    page = window.accounts_page
    window.navigation.setCurrentRow(1)
    window.accounts_page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None and page.model.row_at(1)
                    is not None)
    type_search(qtbot, window, "kowalski")
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    loads.clear()

    window.block_selected()
    dialog = window.child_dialog
    assert isinstance(dialog, BlockDialog)
    qtbot.waitUntil(dialog.block_button.isEnabled)
    dialog.verification.setCurrentIndex(0)
    with qtbot.waitSignal(window.desk.ops.sig_changed, timeout=5000) as changed:
        qtbot.mouseClick(dialog.block_button, Qt.MouseButton.LeftButton)
    assert changed.args[0] == Changed.of(accounts=[jan])
    qtbot.waitUntil(lambda: window.desk.ops.idle)

    # The search results and the accounts list show Jan: his row is fetched again, alone;
    # the audit trail shows a new event. Nothing else is loaded.
    assert loads == Counter(search_accounts=1, account_rows=1, list_clerks=1,
                            audit_actions=1, audit_trail=1)
    rows = [page.model.row_at(row) for row in range(2)]
    assert {row.login_id: row.status for row in rows if row is not None} == {
        jan: "blocked", anna: "issued"}
    assert window.search_panel.results.rows[0].status == "blocked"


def test_a_change_to_another_account_leaves_the_search_alone(
        window: MainWindow, qtbot: QtBot, jan: str, anna: str, loads: Counter[str]) -> None:
    type_search(qtbot, window, "zolk")
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    loads.clear()
    window.desk.ops.sig_changed.emit(Changed.of(accounts=[jan]))
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    assert loads["search_accounts"] == 0
    assert loads["account_page"] == loads["account_count"] == 0
    assert loads["request_queue"] == 0


def test_when_nobody_knows_what_changed_every_view_reloads(
        window: MainWindow, qtbot: QtBot, jan: str, loads: Counter[str]) -> None:
    type_search(qtbot, window, format_login_id(jan))
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    loads.clear()
    window.desk.ops.sig_changed.emit(Changed.all())
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    for name in ("search_accounts", "account_page", "account_count", "unit_ids", "audit_trail",
                 "count_open_requests", "letters_issued_on"):
        assert loads[name] >= 1, name
    # The queue and the overdue figure both come from the request queue.
    assert loads["request_queue"] == 2


def test_a_new_request_reloads_the_queue_and_the_counts_but_no_account_list(
        window: MainWindow, qtbot: QtBot, loads: Counter[str]) -> None:
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    loads.clear()
    window.desk.ops.sig_changed.emit(Changed.of(new_requests=True))
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    assert loads["request_queue"] == 2
    assert loads["count_open_requests"] == 2  # the status bar and the reports page
    assert loads["account_page"] == 0 and loads["search_accounts"] == 0


def test_an_open_account_view_reloads_for_its_own_account_only(
        window: MainWindow, qtbot: QtBot, jan: str, anna: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    details_loaded: Counter[str] = Counter()
    original = accounts.account_details

    def counting(db: Database, login_id: str) -> Any:
        details_loaded[login_id] += 1
        return original(db, login_id)

    monkeypatch.setattr(accounts, "account_details", counting)
    dialog = window.open_account(jan)
    qtbot.waitUntil(lambda: dialog.details is not None)
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    details_loaded.clear()
    window.desk.ops.sig_changed.emit(Changed.of(accounts=[anna]))
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    assert details_loaded == Counter()
    window.desk.ops.sig_changed.emit(Changed.of(accounts=[jan]))
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    assert details_loaded == Counter({jan: 1})


def test_operations_emit_what_the_use_case_returned_and_a_new_request_reaches_the_list(
        window: MainWindow, qtbot: QtBot, db: Database, admin: object,
        register: dict[str, object], loads: Counter[str]) -> None:
    page = window.requests_page
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    before = page.model.rowCount()
    loads.clear()
    data = requests.NewRequest(kind="grant", channel="paper", first_name="Ewa",
                               last_name="Nowicka", unit=str(register["flat7"]))
    registered: list[object] = []
    with qtbot.waitSignal(window.desk.ops.sig_changed, timeout=5000) as changed:
        window.desk.ops.run(lambda _job: requests.register_request(
            window.desk.db, window.desk.actor, data), registered.append)
    info = registered[0]
    assert isinstance(info, requests.RequestInfo)
    # The service's own Changes, unchanged: one new request, its number, an audit event.
    assert changed.args[0] is info.changes
    assert changed.args[0] == Changed.of(requests=[info.number], new_requests=True)
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1)
    assert info.number in {page.model.row_at(row).number  # type: ignore[union-attr]
                           for row in range(page.model.rowCount())}
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    assert loads["account_ids"] == 0 and loads["search_accounts"] == 0


def test_a_reading_job_tells_no_view_anything(window: MainWindow, qtbot: QtBot,
                                              jan: str) -> None:
    emitted: list[object] = []
    window.desk.ops.sig_changed.connect(emitted.append)
    done: list[object] = []
    window.desk.ops.run(lambda _job: accounts.account_details(window.desk.db, jan), done.append)
    qtbot.waitUntil(lambda: bool(done))
    assert emitted == []
