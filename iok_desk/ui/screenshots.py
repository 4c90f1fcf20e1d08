"""Regenerate docs/screenshots/ with demo data: ``python -m iok_desk.ui.screenshots [DIR]``.

Runs offscreen on a throw-away SQLite database filled by ``create_demo_data``; the letters
shown belong to made-up people.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QWidget

from iok_desk.db import migrations
from iok_desk.db.engine import Database
from iok_desk.services import accounts, browse
from iok_desk.services.context import Actor
from iok_desk.services.demo import create_demo_data

from .app import APPLICATION, ORGANISATION, build_main_window
from .block_dialog import BlockDialog
from .i18n import install_translators
from .letters import show_credential_letters
from .main_window import MainWindow
from .person_dialog import PersonDialog
from .policy_dialog import PolicyDialog
from .preview import PreviewDialog
from .request_dialogs import VerifyRequestDialog
from .retention_dialog import RetentionDialog

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SCREEN = (1366, 768)
SMALL_SCREEN = (910, 512)


def _wait(app: QApplication, done: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the desk did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def _settle(app: QApplication, window: MainWindow, seconds: float = 0.5) -> None:
    """Let jobs finish and the views paint (QPdfView renders its pages in the background)."""
    _wait(app, lambda: window.desk.ops.idle)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    _wait(app, lambda: window.desk.ops.idle)


def _save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    print(path)


def _laptop_screen(directory: Path) -> str:
    """An offscreen platform with one 1366×768 screen, the office's usual laptop."""
    config = directory / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": SCREEN[0], "height": SCREEN[1],
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def take(out: Path) -> None:
    with tempfile.TemporaryDirectory() as platform_dir:
        if QApplication.instance() is None:
            os.environ.setdefault("QT_QPA_PLATFORM", _laptop_screen(Path(platform_dir)))
        _take(out)


def _take(out: Path) -> None:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setFont(QFont("DejaVu Sans", 10))
    translators = install_translators(app, "pl")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        db = Database(f"sqlite:///{Path(scratch) / 'demo.sqlite3'}")
        migrations.upgrade(db.engine)
        actor = Actor("ewa.kowalczyk", workstation="ksiegowosc-1")
        create_demo_data(db, Actor("admin", workstation="ksiegowosc-1"), accounts_count=400)
        window = build_main_window(db, actor, QSettings(str(Path(scratch) / "desk.ini"),
                                                        QSettings.Format.IniFormat))
        window.resize(*SCREEN)
        window.show()
        _settle(app, window)
        _save(window, out / "main-window.png")

        panel = window.search_panel
        panel.search.setText("kowalsk")
        _wait(app, lambda: panel.results.rowCount() > 0)
        _settle(app, window)
        _save(window, out / "search.png")

        live = next(row for row in panel.results.rows if row.status in ("active", "issued"))
        panel.results_view.selectRow(panel.results.rows.index(live))
        window.block_selected()
        block = window.child_dialog
        assert isinstance(block, BlockDialog)
        block.reason.setCurrentIndex(block.reason.findData("unauthorised-use"))
        block.note.setText("Dzwoniła właścicielka: ktoś zna jej hasło.")
        block.verification.setCurrentIndex(block.verification.findData("call-back"))
        block.resize(560, block.sizeHint().height())
        _settle(app, window)
        _save(block, out / "block-proposed.png")
        block.block_button.click()
        _wait(app, lambda: block.outcome.text() != "")
        _settle(app, window)
        _save(block, out / "phone-in-block.png")
        block.confirmation_button.click()

        def letter_preview(parent: QWidget) -> PreviewDialog | None:
            return parent.findChild(PreviewDialog, "letterPreview")

        _wait(app, lambda: letter_preview(block) is not None)
        confirmation = letter_preview(block)
        assert confirmation is not None
        _wait(app, lambda: confirmation.document.status() == QPdfDocument.Status.Ready)
        _settle(app, window, 1.5)
        _save(confirmation, out / "block-confirmation.png")
        confirmation.close()
        block.close()

        expired = browse.account_ids(db, browse.AccountQuery(status="issued"))
        view = window.open_account(browse.account_rows(db, expired[:1])[expired[0]].login_id)
        _wait(app, lambda: view.details is not None)
        _settle(app, window)
        _save(view, out / "account-portal-view.png")
        view.close()

        panel.search.clear()
        window.navigation.setCurrentRow(0)
        _settle(app, window)
        page = window.requests_page
        page.table.selectRow(0)
        page.open_selected()
        verify = window.request_dialog
        assert isinstance(verify, VerifyRequestDialog)
        _wait(app, lambda: verify.info is not None)
        _settle(app, window)
        _save(verify, out / "request-verification.png")
        verify.close()
        window.delete_current()  # Delete in the queue: reject the selected request, asking
        reject = page.reject_dialog
        assert reject is not None
        reject.reason.setPlainText("Wnioskodawca nie ma tytułu prawnego do lokalu.")
        _settle(app, window)
        _save(reject, out / "reject-request.png")
        reject.close()

        blocked = browse.account_ids(db, browse.AccountQuery(status="blocked"))
        login = browse.account_rows(db, blocked[:1])[blocked[0]].login_id
        letter = accounts.reissue_account(db, actor, login).letter
        assert letter is not None
        show_credential_letters(window.desk, [letter], window)

        def preview() -> PreviewDialog | None:
            return window.findChild(PreviewDialog, "letterPreview")

        _wait(app, lambda: preview() is not None)
        dialog = preview()
        assert dialog is not None
        _wait(app, lambda: dialog.document.status() == QPdfDocument.Status.Ready)
        _settle(app, window, 1.5)
        _save(dialog, out / "print-preview.png")
        dialog.handed_out = True  # a demo resident's letter: closing it asks nobody
        dialog.close()

        window.navigation.setCurrentRow(1)
        _settle(app, window)
        _save(window, out / "accounts.png")

        window.navigation.setCurrentRow(2)
        units = window.units_page
        units.filter.setText(live.units[0])
        _wait(app, lambda: units.model.rowCount() == 1 and units.model.row_at(0) is not None)
        units.table.selectRow(0)
        units.table.activated.emit(units.model.index(0, 0))
        _settle(app, window)
        _save(window, out / "units.png")

        person = PersonDialog(window.desk, letter.login_id, window)  # the reissued account
        person.resize(*SCREEN)
        person.show()
        _wait(app, lambda: person.record is not None)
        person.reason.setText("wniosek o sprostowanie z 01.12.2026")
        person.tabs.setCurrentWidget(person.events)
        _settle(app, window)
        _save(person, out / "person-record.png")
        person.close()
        # The supervisor's dialog, as the demo's supervisor runs it.
        supervisor = Actor("halina.mazur", workstation="ksiegowosc-1")
        retention = RetentionDialog(dataclasses.replace(
            window.desk, actor=supervisor, role="supervisor"), window)
        retention.show()
        _wait(app, lambda: retention.report is not None)
        _settle(app, window)
        _save(retention, out / "retention.png")
        retention.close()
        policy = PolicyDialog(dataclasses.replace(
            window.desk, actor=Actor("admin", workstation="ksiegowosc-1"), role="admin"), window)
        policy.show()
        _wait(app, lambda: policy.days["former"].value() > 30)
        policy.version.setText("2026-12")
        policy.text.setPlainText("Administratorem danych osobowych jest Młodzieżowa Spółdzielnia "
                                 "Mieszkaniowa w Gdyni, ul. Paprykowa 12, 81-198 Gdynia. …")
        _settle(app, window)
        _save(policy, out / "rights-settings.png")
        policy.close()
        for row, name in ((3, "audit.png"), (4, "reports.png"), (5, "letters.png")):
            window.navigation.setCurrentRow(row)
            if name == "reports.png":  # the last whole month: more to see than this one's start
                window.reports_page.month.setCurrentIndex(1)
            _settle(app, window)
            _save(window, out / name)
        # 1366×768 at 150 %: 910×512 logical pixels.
        window.resize(*SMALL_SCREEN)
        for row, name in ((0, "small-requests.png"), (2, "small-units.png"),
                          (3, "small-audit.png")):
            window.navigation.setCurrentRow(row)
            _settle(app, window)
            _save(window, out / name)
        window.close()
        window.desk.ops.shutdown()
        db.dispose()
    for translator in translators:
        app.removeTranslator(translator)
    del translators
    app.processEvents()
    _take_english(app, out)


def _take_english(app: QApplication, out: Path) -> None:
    """The main window with ``--lang en``, at 1366×768 and at 910×512."""
    install_translators(app, "en")
    with tempfile.TemporaryDirectory() as scratch:
        db = Database(f"sqlite:///{Path(scratch) / 'demo.sqlite3'}")
        migrations.upgrade(db.engine)
        create_demo_data(db, Actor("admin", workstation="ksiegowosc-1"), accounts_count=60)
        window = build_main_window(db, Actor("ewa.kowalczyk", workstation="ksiegowosc-1"),
                                   QSettings(str(Path(scratch) / "desk.ini"),
                                             QSettings.Format.IniFormat))
        window.resize(*SCREEN)
        window.show()
        _settle(app, window)
        _save(window, out / "main-window-en.png")
        window.resize(*SMALL_SCREEN)
        _settle(app, window)
        _save(window, out / "small-requests-en.png")
        window.close()
        window.desk.ops.shutdown()
        db.dispose()
    app.processEvents()


if __name__ == "__main__":
    take(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR)
