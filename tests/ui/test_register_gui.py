"""The unit register import from the desk: progress and Cancel (nothing written), the
summary, and the orphaned access revoked for the rows the clerk ticks."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from intake.builders import ANNA_FLAT, FIRST, JAN_FLAT, issued_account, register_csv
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.rows import row_counts

from iok_desk.db.engine import Database
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.services import browse, register_import
from iok_desk.services.context import Actor
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.register_dialog import RegisterImportDialog

YESTERDAY = office_date(now_utc()) - timedelta(days=1)


def open_dialog(window: MainWindow, qtbot: QtBot) -> RegisterImportDialog:
    window.activateWindow()
    qtbot.keyClick(window.search_panel.search, Qt.Key.Key_I,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.child_dialog
    assert isinstance(dialog, RegisterImportDialog)
    qtbot.waitUntil(lambda: dialog.orphans_heading.text() != "")
    return dialog


def run_import(dialog: RegisterImportDialog, qtbot: QtBot, path: Path) -> None:
    dialog.set_file(path)
    with qtbot.waitSignal(dialog.sig_imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def test_import_then_revoke_the_ticked_orphans(
        make_window: Callable[[Actor], MainWindow], admin: Actor, qtbot: QtBot,
        db: Database, tmp_path: Path) -> None:
    window = make_window(admin)
    dialog = open_dialog(window, qtbot)
    assert "Żadne konto" in dialog.orphans_heading.text() or dialog.table.rowCount() == 0
    first = tmp_path / "rejestr.csv"
    first.write_bytes(register_csv(FIRST, encoding="cp1250"))

    run_import(dialog, qtbot, first)

    assert "4" in dialog.summary.text() and "cp1250" in dialog.summary.text()
    assert dialog.changes.count() == 11
    assert "Paprykowa 12/5" in browse.unit_addresses(db)
    jan = issued_account(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")
    anna = issued_account(db, admin, "Anna", "Żółkiewska", "Paprykowa 12/7")
    sold = tmp_path / "sprzedane.csv"
    sold.write_bytes(register_csv([
        JAN_FLAT.replace("2020-01-15;", f"2020-01-15;{YESTERDAY.isoformat()}"),
        ANNA_FLAT.replace("01.02.2010;", f"01.02.2010;{YESTERDAY.isoformat()}")]))

    run_import(dialog, qtbot, sold)

    assert dialog.table.rowCount() == 2
    assert not dialog.revoke_button.isEnabled()
    row = [orphan.login_id for orphan in dialog.orphans].index(anna)
    dialog.set_ticked(row)
    assert dialog.revoke_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_revoked, timeout=10_000):
        qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    assert "1" in dialog.outcome.text()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert [(o.login_id, o.unit_key) for o in register_import.find_orphans(db)] == [
        (jan, "L-0005")]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_bad_or_cancelled_import_writes_nothing(
        make_window: Callable[[Actor], MainWindow], admin: Actor, qtbot: QtBot,
        db: Database, tmp_path: Path) -> None:
    window = make_window(admin)
    dialog = open_dialog(window, qtbot)
    before = row_counts(db)
    bad = tmp_path / "zly.csv"
    bad.write_bytes(register_csv([FIRST[0].replace("2020-01-15", "jutro")]))
    dialog.set_file(bad)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert "jutro" in dialog.error.text()
    assert row_counts(db) == before

    # The import waits behind another job; Cancel is pressed before it starts a row.
    gate = threading.Event()
    ops = window.desk.ops
    ops.run(lambda _job: gate.wait(10), lambda _result: None)
    good = tmp_path / "rejestr.csv"
    good.write_bytes(register_csv(FIRST))
    dialog.set_file(good)
    dialog.error.clear()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.job is not None
    dialog.job.cancel()
    gate.set()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert "nic nie zostało zapisane" in dialog.error.text()
    assert row_counts(db) == before


def test_a_bad_register_shows_every_error_and_saves_nothing(
        window: MainWindow, qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    bad = tmp_path / "bledny.csv"
    bad.write_bytes(register_csv([
        JAN_FLAT.replace(";81-198;", ";81-1988;"),
        ANNA_FLAT.replace(";01.02.2010;", ";31.02.2010;"),
        JAN_FLAT.replace("L-0005;Paprykowa;12;5", "L-0009;Paprykowa;;9"),
        ANNA_FLAT.replace("spółdzielcze prawo do lokalu", "dzierżawa")]))
    before = row_counts(db)
    dialog = open_dialog(window, qtbot)
    dialog.set_file(bad)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    shown = [dialog.changes.item(row).text() for row in range(dialog.changes.count())]
    assert len(shown) >= 4, shown
    for line, column in ((2, "kod_pocztowy"), (3, "tytul_od"), (4, "budynek"), (5, "tytul")):
        assert any(text.startswith(f"wiersz {line}, kolumna „{column}") for text in shown), (
            line, column, shown)
    assert row_counts(db) == before
