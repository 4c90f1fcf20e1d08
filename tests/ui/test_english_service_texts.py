"""The English window says the services' problems in English (issue 13): scans of signed
strips that cannot be read, dropped on the Pisma page, and a unit the register does not know,
in a mailed request or typed in the request dialog — none of it in Polish."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from intake.builders import build_email, text_part
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot
from support.gui import type_text

from iok_desk.db.engine import Database
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.request_dialogs import NewRequestDialog

from .test_intake_gui import drop
from .test_letters_page import letters_page
from .test_requests import ask_about_an_unknown_unit

POLISH = re.compile(r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]|\b(?:nie|lokal|lokali|pliku|kodu|strona|Pole)\b")


def _drop_scans(window: MainWindow, qtbot: QtBot, *paths: Path) -> str:
    page = letters_page(window, qtbot)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    page.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: all(path.name in page.outcome.text() for path in paths),
                    timeout=20_000)
    return page.outcome.text()


def _scans_that_cannot_be_read(tmp_path: Path) -> tuple[Path, Path]:
    blank = tmp_path / "pusta-strona.png"
    Image.new("L", (600, 300), 255).save(blank)
    damaged = tmp_path / "uszkodzony.pdf"
    damaged.write_bytes(b"%PDF-1.7\nto nie jest pdf")
    return blank, damaged


@pytest.mark.usefixtures("english")
def test_unreadable_scans_dropped_on_the_letters_page_are_said_in_english(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    blank, damaged = _scans_that_cannot_be_read(tmp_path)
    lines = _drop_scans(window, qtbot, blank, damaged).splitlines()
    assert lines[0] == "Read 0 signed strips."
    assert "pusta-strona.png page 1: no code could be read from the receipt" in lines
    assert any(line.startswith("uszkodzony.pdf: the file cannot be read (") for line in lines)
    assert [line for line in lines if POLISH.search(line.replace(blank.name, "")
                                                    .replace(damaged.name, ""))] == []


def test_unreadable_scans_stay_polish_in_the_polish_window(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    blank, damaged = _scans_that_cannot_be_read(tmp_path)
    text = _drop_scans(window, qtbot, blank, damaged)
    assert "pusta-strona.png strona 1: nie odczytano kodu z pokwitowania" in text
    assert "uszkodzony.pdf: nie można odczytać pliku: " in text


@pytest.mark.usefixtures("english")
def test_an_unknown_unit_of_a_mailed_request_is_named_in_english(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    mail = tmp_path / "wniosek.eml"
    mail.write_bytes(build_email(
        sender=("Anna Żółkiewska", "anna@example.pl"), subject="Wniosek o dostęp",
        body=text_part("Proszę o nadanie dostępu do IOK.\nImię i nazwisko: Anna Żółkiewska\n"
                       "Lokal: Paprykowa 12/99\n")))
    assert drop(window, mail)
    qtbot.waitUntil(lambda: isinstance(window.child_dialog, NewRequestDialog))
    dialog = window.child_dialog
    assert isinstance(dialog, NewRequestDialog)
    assert dialog.error.text() == "There is no unit Paprykowa 12/99 in the register."
    dialog.close()


@pytest.mark.usefixtures("english")
def test_an_unknown_unit_typed_in_the_request_dialog_is_asked_about_in_english(
        window: MainWindow, qtbot: QtBot, db: Database) -> None:
    dialog, question = ask_about_an_unknown_unit(window, qtbot)
    assert question is not None
    assert question.text().startswith("The unit register has no unit Paprykowa 12/99.")
    assert not POLISH.search(question.text().replace("Paprykowa 12/99", ""))
    question.button(question.StandardButton.No).click()
    qtbot.waitUntil(dialog.register_button.isEnabled)
    dialog.unit.clear()
    type_text(dialog.unit, "Paprykowa")
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert dialog.error.text() == ("“Unit”: write the unit as “street number/unit”, e.g. "
                                   "Paprykowa 12/5.")
    dialog.close()
