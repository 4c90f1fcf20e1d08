"""The corpus typed into the request dialog, on SQLite and PostgreSQL: the dialog stays open
and says what is wrong (as plain text, never as markup), or registers the request exactly as
validated; a refused request writes nothing."""

from __future__ import annotations

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot
from support.rows import row_counts

from iok_desk.db.engine import Database
from iok_desk.services import requests
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.request_dialogs import NewRequestDialog

from .corpus import CORPUS, short

GOOD = {"first_name": "Jan", "last_name": "Kowalski", "unit": "Paprykowa 12/5",
        "email": "jan@example.pl", "phone": "601 234 567", "note": ""}
SAMPLE = CORPUS[::9]


def _fill(dialog: NewRequestDialog, values: dict[str, str]) -> None:
    for name, value in values.items():
        widget = getattr(dialog, name)
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        else:
            assert isinstance(widget, QLineEdit)
            widget.setText(value)


@pytest.mark.parametrize("field", ["last_name", "unit", "email", "phone", "note"])
def test_request_dialog_takes_the_corpus(qtbot: QtBot, window: MainWindow, db: Database,
                                         field: str) -> None:
    before = row_counts(db)
    registered = 0
    for _, text in SAMPLE:
        dialog = NewRequestDialog(window.desk, window)
        _fill(dialog, dict(GOOD, **{field: text}))
        shown = getattr(dialog, field)
        typed = shown.toPlainText() if isinstance(shown, QPlainTextEdit) else shown.text()
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda dialog=dialog: dialog.error.text() != ""
                        or dialog.number is not None, timeout=10_000)
        assert window.isVisible(), short(text)
        if dialog.number is None:
            # Said in words, shown as words: an input like "<img src=x …>" is never markup.
            assert dialog.error.textFormat() == Qt.TextFormat.PlainText \
                or not QtGui.Qt.mightBeRichText(dialog.error.text()), short(text)
            assert dialog.register_button.isEnabled(), short(text)  # the clerk can correct
        else:
            registered += 1
            info = requests.get_request(db, dialog.number)
            stored = {"last_name": info.applicant_last_name, "unit": info.unit_text,
                      "email": info.applicant_email, "phone": info.applicant_phone,
                      "note": info.note}[field]
            reference = requests.NewRequest(kind="grant", channel="paper",
                                            **dict(GOOD, **{field: typed}))
            assert stored == getattr(_validated(reference), field), short(text)
        dialog.close()
        dialog.deleteLater()
    after = row_counts(db)
    assert after["request"] == before["request"] + registered
    assert after["audit_event"] == before["audit_event"] + registered
    assert {name: count for name, count in after.items()
            if name not in ("request", "audit_event", "register_counter")} == {
        name: count for name, count in before.items()
        if name not in ("request", "audit_event", "register_counter")}


def _validated(data: requests.NewRequest) -> requests.NewRequest:
    """What the use case stores for each field (its own validators, applied by hand)."""
    from iok_desk.domain.validation import (
        clean_text,
        parse_unit_address,
        validate_email,
        validate_person_name,
        validate_phone,
    )
    return requests.NewRequest(
        kind=data.kind, channel=data.channel, first_name=data.first_name,
        last_name=validate_person_name(data.last_name, "last_name", "Nazwisko"),
        unit=str(parse_unit_address(data.unit)), email=validate_email(data.email),
        phone=validate_phone(data.phone),
        note=clean_text(data.note, "note", "Uwagi", max_length=4000, required=False,
                        multiline=True))
