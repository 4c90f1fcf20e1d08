"""The unit register import in the English window: every bad value and every change said in
English from its code (no Polish), with the file's own line numbers and column names."""

from __future__ import annotations

from pathlib import Path

import pytest
from intake.builders import ANNA_FLAT, FIRST, JAN_FLAT, register_csv
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.services.context import Actor
from iok_desk.ui.main_window import MainWindow

from .test_register_gui import open_dialog, run_import


@pytest.mark.usefixtures("english")
def test_bad_values_and_changes_in_english(window: MainWindow, qtbot: QtBot, db: Database,
                                           admin: Actor, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(register_csv([
        JAN_FLAT.replace(";81-198;", ";81198;"),
        ANNA_FLAT.replace(";01.02.2010;", ";31.02.2010;"),
        JAN_FLAT.replace("Kowalski", "K0walski").replace("L-0005", "L-0011")
        .replace(";5;", ";11;")]))
    dialog = open_dialog(window, qtbot)
    dialog.set_file(bad)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    shown = [dialog.changes.item(row).text() for row in range(dialog.changes.count())]
    assert shown[:3] == [
        "line 2, column “kod_pocztowy”: “81198” — a postcode is written 81-198",
        "line 3, column “tytul_od”: Not a date (YYYY-MM-DD or DD.MM.YYYY)",
        "line 4, column “nazwisko”: “nazwisko” may contain only letters, spaces, hyphens and "
        "apostrophes"], shown
    assert not [text for text in shown if "wiersz" in text]

    good = tmp_path / "good.csv"
    good.write_bytes(register_csv(FIRST))
    run_import(dialog, qtbot, good)
    first = [dialog.changes.item(row).text() for row in range(dialog.changes.count())]
    assert "New: Title T-001 (Jan Kowalski — Paprykowa 12/5)." in first
    assert not [text for text in first if "zmieniono" in text or text.startswith("Now")]
    again = tmp_path / "again.csv"
    again.write_bytes(register_csv([JAN_FLAT.replace(";81-198;", ";81-199;"), *FIRST[1:]]))
    run_import(dialog, qtbot, again)
    changed = [dialog.changes.item(row).text() for row in range(dialog.changes.count())]
    assert "Unit L-0005 (Paprykowa 12/5): changed postcode." in changed, changed
