"""Attachments on a request: files dropped on the log-a-request form (kept until it is
registered) and on the verification dialog, refused ones said next to the list, a preview."""

from __future__ import annotations

from pathlib import Path

from intake.builders import build_email, plain_pdf, text_part
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot
from support.gui import type_text

from iok_desk.db.engine import Database
from iok_desk.services import intake
from iok_desk.services.context import Actor
from iok_desk.ui.attachments import AttachmentPreviewDialog
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.request_dialogs import NewRequestDialog, VerifyRequestDialog

from .test_intake_gui import drop
from .test_requests import log


def real_png() -> bytes:
    """A PNG that decodes (the builders' smallest PNG only proves the type)."""
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#1b5e20"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def files(tmp_path: Path) -> dict[str, Path]:
    made = {"skan.pdf": plain_pdf(), "zdjęcie.png": real_png(), "wniosek.docx": b"PK\x03\x04",
            "list.eml": build_email(sender=("Jan Kowalski", "jan@example.pl"),
                                    subject="Uzupełnienie", body=text_part("W załączeniu."))}
    for name, content in made.items():
        (tmp_path / name).write_bytes(content)
    return {name: tmp_path / name for name in made}


def opened_preview(dialog: object, qtbot: QtBot, row: int) -> AttachmentPreviewDialog:
    panel = dialog.attachments  # type: ignore[attr-defined]
    before = panel.preview_dialog
    panel.files.setCurrentRow(row)
    qtbot.mouseClick(panel.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.preview_dialog is not None and panel.preview_dialog
                    is not before)
    preview: AttachmentPreviewDialog = panel.preview_dialog
    return preview


def test_files_dropped_on_the_verification_dialog(window: MainWindow, qtbot: QtBot,
                                                  db: Database, admin: Actor,
                                                  tmp_path: Path) -> None:
    number = log(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")
    paths = files(tmp_path)
    dialog = VerifyRequestDialog(window.desk, number, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.info is not None)
    panel = dialog.attachments

    with qtbot.waitSignal(panel.sig_listed, timeout=5000):
        assert drop(dialog, paths["skan.pdf"], paths["zdjęcie.png"], paths["list.eml"])
    qtbot.waitUntil(lambda: panel.files.count() == 3)
    assert [item.file_name for item in intake.list_attachments(db, number)] == [
        "skan.pdf", "zdjęcie.png", "list.eml"]

    with qtbot.waitSignal(panel.sig_listed, timeout=5000):
        assert drop(panel, paths["wniosek.docx"])
    assert "wniosek.docx" in panel.refused.text()
    assert "niedozwolony rodzaj pliku" in panel.refused.text()
    assert len(intake.list_attachments(db, number)) == 3

    pdf = opened_preview(dialog, qtbot, 0)
    assert pdf.document is not None
    qtbot.waitUntil(lambda: pdf.document is not None
                    and pdf.document.status() == QPdfDocument.Status.Ready)
    assert pdf.document.pageCount() == 1
    qtbot.keyClick(pdf, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not pdf.isVisible())

    image = opened_preview(dialog, qtbot, 1)
    assert image.image is not None and not image.image.pixmap().isNull()
    image.close()

    message = opened_preview(dialog, qtbot, 2)
    assert message.text is not None and "Uzupełnienie" in message.text.toPlainText()
    assert "W załączeniu." in message.text.toPlainText()
    message.close()
    qtbot.waitUntil(lambda: window.desk.ops.idle)


def test_files_dropped_before_registering_are_attached_with_the_request(
        window: MainWindow, qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    paths = files(tmp_path)
    window.new_request()
    dialog = window.child_dialog
    assert isinstance(dialog, NewRequestDialog)
    panel = dialog.attachments
    with qtbot.waitSignal(panel.sig_listed, timeout=5000):
        assert drop(dialog, paths["zdjęcie.png"], paths["wniosek.docx"])
    assert panel.files.count() == 1 and "wniosek.docx" in panel.refused.text()
    image = opened_preview(dialog, qtbot, 0)
    assert image.image is not None and not image.image.pixmap().isNull()
    image.close()

    type_text(dialog.first_name, "Jan")
    type_text(dialog.last_name, "Kowalski")
    type_text(dialog.unit, "Paprykowa 12/5")
    with qtbot.waitSignal(dialog.sig_registered, timeout=5000) as registered:
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    number = registered.args[0]
    qtbot.waitUntil(lambda: panel.number == number and not panel.pending
                    and panel.files.count() == 1)
    qtbot.waitUntil(lambda: [item.file_name for item in intake.list_attachments(db, number)]
                    == ["zdjęcie.png"])
    # Files added after registering go straight to the request.
    with qtbot.waitSignal(panel.sig_listed, timeout=5000):
        assert drop(panel, paths["skan.pdf"])
    qtbot.waitUntil(lambda: panel.files.count() == 2)
    assert [item.file_name for item in intake.list_attachments(db, number)] == [
        "zdjęcie.png", "skan.pdf"]
