"""A filled-in PDF form or an Outlook .msg dropped on the desk opens the request form
pre-filled; the attachment preview shows an iPhone photo (HEIC) converted and an Outlook .msg
as text; a file refused on the request form is said in the window's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from intake.builders import GRANT_FORM_VALUES, fill_form
from intake.outlook import outlook_message
from intake.test_client_files import GRANT_TICKED, HEIC_PHOTO, OUTLOOK_BODY, saved_from_outlook
from intake.test_client_mail import HEIC_BYTES
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.services import intake, requests
from iok_desk.ui.attachments import AttachmentPreviewDialog
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.request_dialogs import NewRequestDialog

from .test_intake_gui import drop


def test_a_heic_photo_is_shown_converted(qtbot: QtBot) -> None:
    dialog = AttachmentPreviewDialog("IMG_0042.HEIC", HEIC_PHOTO)
    qtbot.addWidget(dialog)
    assert dialog.image is not None
    image = dialog.image.pixmap().toImage()
    assert (image.width(), image.height()) == (64, 48)
    top, bottom = QColor(image.pixel(30, 10)), QColor(image.pixel(30, 35))
    assert top.red() > 150 and top.blue() < 80  # the red band
    assert bottom.blue() > 150 and bottom.red() < 80  # the blue band


def test_a_heic_that_does_not_decode_is_named(qtbot: QtBot) -> None:
    dialog = AttachmentPreviewDialog("IMG_0043.HEIC", HEIC_BYTES)
    qtbot.addWidget(dialog)
    assert dialog.image is not None and dialog.image.pixmap().isNull()
    assert "HEIC" in dialog.image.text()


def test_an_outlook_message_is_shown_as_text(qtbot: QtBot) -> None:
    from datetime import UTC, datetime

    raw = outlook_message(subject="Wniosek o nadanie dostępu", body=OUTLOOK_BODY,
                          sender_name="Kowalski Jan", sender_smtp="jan@example.pl",
                          sent_at=datetime(2026, 12, 1, 8, 12, tzinfo=UTC))
    dialog = AttachmentPreviewDialog("wniosek.msg", raw)
    qtbot.addWidget(dialog)
    assert dialog.text is not None
    text = dialog.text.toPlainText()
    assert "Wniosek o nadanie dostępu" in text and "jan@example.pl" in text
    assert "Adres lokalu: ul. Paprykowa 12/5" in text


def test_a_refused_file_is_said_in_english(english: None, window: MainWindow, qtbot: QtBot,
                                           tmp_path: Path) -> None:
    docx = tmp_path / "wniosek.docx"
    docx.write_bytes(b"PK\x03\x04")
    window.new_request()
    dialog = window.child_dialog
    assert isinstance(dialog, NewRequestDialog)
    panel = dialog.attachments
    with qtbot.waitSignal(panel.sig_listed, timeout=5000):
        assert drop(dialog, docx)
    assert panel.refused.text() == ("„wniosek.docx”: this kind of file is not accepted "
                                    "(accepted: PDF, JPEG, PNG, HEIC, e-mail messages, Outlook "
                                    ".msg files).")
    qtbot.waitUntil(lambda: window.desk.ops.idle)


@pytest.mark.parametrize(("file_name", "first", "last", "stored"), [
    ("wniosek.pdf", "Anna", "Żółkiewska", ["wniosek.pdf"]),
    ("Wniosek o nadanie dostępu.msg", "Jan", "Kowalski",
     ["Wniosek o nadanie dostępu.msg", "skan dowodu wpłaty.jpg"]),
])
def test_a_dropped_form_or_outlook_message_opens_the_request_form(
        window: MainWindow, qtbot: QtBot, db: Database, tmp_path: Path, file_name: str,
        first: str, last: str, stored: list[str]) -> None:
    path = tmp_path / file_name
    path.write_bytes(fill_form(GRANT_FORM_VALUES, GRANT_TICKED) if file_name.endswith(".pdf")
                     else saved_from_outlook())
    assert drop(window, path)
    qtbot.waitUntil(lambda: isinstance(window.child_dialog, NewRequestDialog))
    dialog = window.child_dialog
    assert isinstance(dialog, NewRequestDialog)
    assert (dialog.first_name.text(), dialog.last_name.text()) == (first, last)
    assert dialog.error.text() == ""
    with qtbot.waitSignal(dialog.sig_registered, timeout=5000) as registered:
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    number = registered.args[0]
    assert requests.get_request(db, number).applicant_last_name == last
    assert [item.file_name for item in intake.list_attachments(db, number)] == stored
    dialog.close()
    qtbot.waitUntil(lambda: window.desk.ops.idle)
