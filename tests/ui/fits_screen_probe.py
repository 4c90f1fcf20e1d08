"""Run by test_fits_screen.py on an offscreen screen of a given size: opens the main window and
every dialog over demo data, prints each window's name, frame geometry (x, y, width, height)
and size inside its frame, one a line."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from iok_desk.db import migrations
from iok_desk.db.engine import Database
from iok_desk.services import accounts, browse, requests
from iok_desk.services.context import Actor
from iok_desk.services.demo import create_demo_data
from iok_desk.ui.account_view import AccountDialog, AddUnitDialog, RevokeDialog
from iok_desk.ui.app import build_main_window
from iok_desk.ui.block_dialog import BlockDialog
from iok_desk.ui.connection_dialog import ConnectionDialog
from iok_desk.ui.i18n import install_translators
from iok_desk.ui.letters import show_credential_letters
from iok_desk.ui.preview import PreviewDialog
from iok_desk.ui.register_dialog import RegisterImportDialog
from iok_desk.ui.request_dialogs import NewRequestDialog, VerifyRequestDialog
from iok_desk.ui.settings_dialog import SettingsDialog


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setFont(QFont("DejaVu Sans", 10))
    translators = install_translators(app, "pl")

    def settle() -> None:
        end = time.monotonic() + 0.3
        while time.monotonic() < end or not window.desk.ops.idle:
            app.processEvents()
            time.sleep(0.01)

    def report(name: str, widget: QWidget) -> None:
        frame, inside = widget.frameGeometry(), widget.size()
        print(name, frame.x(), frame.y(), frame.width(), frame.height(), inside.width(),
              inside.height(), flush=True)

    with tempfile.TemporaryDirectory() as scratch:
        db = Database(f"sqlite:///{Path(scratch) / 'demo.sqlite3'}")
        migrations.upgrade(db.engine)
        admin = Actor("admin", workstation="probe")
        create_demo_data(db, admin, accounts_count=30)
        settings = QSettings(str(Path(scratch) / "desk.ini"), QSettings.Format.IniFormat)
        window = build_main_window(db, admin, settings)
        window.show()
        settle()
        report("MainWindow", window)
        desk = window.desk
        live = browse.account_ids(db, browse.AccountQuery(status="active"))
        login = browse.account_rows(db, live[:1])[live[0]].login_id
        details = accounts.account_details(db, login)
        number = requests.list_requests(db)[0].number
        for dialog in (BlockDialog(desk, login, details.person_name, details.phone,
                                   details.status, None, window),
                       NewRequestDialog(desk, window), VerifyRequestDialog(desk, number, window),
                       RegisterImportDialog(desk, window),
                       ConnectionDialog(desk, settings, window), SettingsDialog(desk, window),
                       AccountDialog(desk, login, window),
                       RevokeDialog(desk, details, None, window),
                       AddUnitDialog(desk, details, window)):
            dialog.show()
            settle()
            report(type(dialog).__name__, dialog)
            dialog.close()
        accounts.block_account(db, admin, login, reason="lost-password",
                               caller_name=details.person_name)
        letter = accounts.reissue_account(db, admin, login).letter
        assert letter is not None
        show_credential_letters(desk, [letter], window)
        settle()
        preview = window.findChild(PreviewDialog, "letterPreview")
        assert preview is not None
        report("PreviewDialog", preview)
        preview.handed_out = True  # measured only: quitting asks nobody
        window.close()
        desk.ops.shutdown()
        db.dispose()
    del translators


if __name__ == "__main__":
    main()
