"""E-mail dropped on the main window: one message pre-fills the request form, the clerk
corrects and registers it with its files; a duplicate says which request it is; a folder is
imported in one go with a summary."""

from __future__ import annotations

import threading
from pathlib import Path

from intake.builders import PNG_BYTES, attachment, build_email, plain_pdf, text_part
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.gui import type_text

from iok_desk.db.engine import Database
from iok_desk.services import intake, requests
from iok_desk.ui.email_import import ImportSummaryDialog
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.request_dialogs import NewRequestDialog

ANNA_TEXT = ("Proszę o nadanie dostępu do IOK.\nImię i nazwisko: Anna Żółkiewska\n"
             "Lokal: Paprykowa 12/99\nTelefon: 601 234 567\n")
JAN_TEXT = ("Proszę o nadanie dostępu do IOK.\nImię i nazwisko: Jan Kowalski\n"
            "Lokal: Paprykowa 12/5\n")


def eml(path: Path, text: str, *files: tuple[bytes, str, str]) -> Path:
    path.write_bytes(build_email(
        sender=("Anna Żółkiewska", "anna@example.pl"), subject="Wniosek o dostęp",
        body=text_part(text), attachments=[attachment(*item) for item in files]))
    return path


def mime_with(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def drop(widget: object, *paths: Path) -> bool:
    """Drag the files over ``widget`` and drop them; whether the drag was accepted."""
    mime = mime_with(*paths)
    enter = QDragEnterEvent(QPointF(10, 10).toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_a_dropped_email_is_corrected_and_registered_with_its_files(
        window: MainWindow, qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    path = eml(tmp_path / "wniosek.eml", ANNA_TEXT,
               (plain_pdf(), "skan.pdf", "application/pdf"),
               (b"PK\x03\x04", "wniosek.docx", "application/octet-stream"))
    assert not drop(window, tmp_path / "notatki.txt")

    assert drop(window, path)

    qtbot.waitUntil(lambda: isinstance(window.child_dialog, NewRequestDialog))
    dialog = window.child_dialog
    assert isinstance(dialog, NewRequestDialog)
    assert dialog.channel.currentData() == "e-mail" and not dialog.channel.isEnabled()
    assert (dialog.first_name.text(), dialog.last_name.text(), dialog.unit.text()) == (
        "Anna", "Żółkiewska", "Paprykowa 12/99")
    assert "Paprykowa 12/99" in dialog.error.text()
    assert dialog.unit.styleSheet() != ""
    assert "Wniosek o dostęp" in dialog.source.text()
    assert "wniosek.docx" in dialog.source.text()
    dialog.unit.clear()
    type_text(dialog.unit, "Paprykowa 12/7")
    with qtbot.waitSignal(dialog.sig_registered, timeout=5000) as registered:
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    number = registered.args[0]
    info = requests.get_request(db, number)
    assert (info.channel, info.applicant_last_name, info.unit_address) == (
        "e-mail", "Żółkiewska", "Paprykowa 12/7")
    names = [item.file_name for item in intake.list_attachments(db, number)]
    assert names == ["wniosek.eml", "skan.pdf"]
    assert "wniosek.docx" in dialog.outcome.text()
    dialog.close()

    # The same message again: the form says which request it already is.
    assert drop(window, path)
    qtbot.waitUntil(lambda: isinstance(window.child_dialog, NewRequestDialog)
                    and window.child_dialog is not dialog)
    again = window.child_dialog
    assert isinstance(again, NewRequestDialog)
    assert number in again.error.text() and again.duplicate_of == number
    assert not again.register_button.isEnabled()
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not again.isVisible())
    assert len(requests.list_requests(db)) == 1


def test_a_dropped_folder_is_imported_with_a_summary(
        window: MainWindow, qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "poczta"
    folder.mkdir()
    first = eml(folder / "1.eml", JAN_TEXT, (PNG_BYTES, "zdjęcie.png", "image/png"))
    eml(folder / "2.eml", "Proszę o dostęp.\nLokal: Paprykowa 12/99\n")
    (folder / "3.eml").write_bytes(first.read_bytes())  # the same message saved twice
    (folder / "notatka.txt").write_text("nie e-mail")

    assert drop(window, folder)

    qtbot.waitUntil(lambda: isinstance(window.child_dialog, ImportSummaryDialog),
                    timeout=10_000)
    summary = window.child_dialog
    assert isinstance(summary, ImportSummaryDialog)
    assert summary.counts == (1, 1, 1)
    assert "Zarejestrowano: 1" in summary.summary.text()
    texts = [summary.outcomes.item(row).text() for row in range(summary.outcomes.count())]
    assert any("2.eml" in text and "12/99" in text for text in texts)
    assert any("3.eml" in text and "IOK/" in text for text in texts)
    listed = requests.list_requests(db)
    assert [info.applicant_last_name for info in listed] == ["Kowalski"]
    assert [item.file_name for item in intake.list_attachments(db, listed[0].number)] == [
        "1.eml", "zdjęcie.png"]
    qtbot.keyClick(summary, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not summary.isVisible())


def test_a_folder_import_cancelled_before_it_starts_imports_nothing(
        window: MainWindow, qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "poczta"
    folder.mkdir()
    eml(folder / "1.eml", JAN_TEXT)
    gate = threading.Event()
    window.desk.ops.run(lambda _job: gate.wait(10), lambda _result: None)

    assert drop(window, folder)
    assert window.intake.last_import is not None
    window.intake.last_import.cancel()
    gate.set()

    qtbot.waitUntil(lambda: isinstance(window.child_dialog, ImportSummaryDialog),
                    timeout=10_000)
    summary = window.child_dialog
    assert isinstance(summary, ImportSummaryDialog)
    assert summary.counts == (0, 0, 0) and "Przerwano" in summary.summary.text()
    assert requests.list_requests(db) == []
    summary.close()
