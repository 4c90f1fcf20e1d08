"""Run by test_fits_screen.py on an offscreen screen of a given size: opens the main window and
every dialog the desk defines over demo data, each in its largest state (a proxy box open),
prints each window's name, frame geometry (x, y, width, height) and size inside its frame, one
a line."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from iok_desk.db import migrations
from iok_desk.db.engine import Database
from iok_desk.domain.dates import now_utc
from iok_desk.services import accounts, browse, letter_register, requests, web_form
from iok_desk.services.context import Actor
from iok_desk.services.demo import create_demo_data
from iok_desk.services.intake import BatchResult, FileOutcome, preview_email
from iok_desk.ui.account_view import (
    AccountDialog,
    AddUnitDialog,
    NewPasswordDialog,
    RevokeDialog,
)
from iok_desk.ui.app import build_main_window
from iok_desk.ui.attachments import AttachmentPreviewDialog
from iok_desk.ui.block_dialog import BlockDialog
from iok_desk.ui.clerks_dialog import ClerksDialog
from iok_desk.ui.connection_dialog import ConnectionDialog
from iok_desk.ui.email_import import ImportSummaryDialog
from iok_desk.ui.first_run import FirstRunDialog
from iok_desk.ui.i18n import install_translators
from iok_desk.ui.letters import show_credential_letters
from iok_desk.ui.mail_dialogs import FormRequestDialog, MailRequestDialog
from iok_desk.ui.mail_reply_dialog import MailReplyDialog
from iok_desk.ui.mailbox_settings_dialog import MailboxSettingsDialog
from iok_desk.ui.pages.letters import HandOverDialog, UnusedDialog
from iok_desk.ui.pages.requests import RejectRequestDialog
from iok_desk.ui.person_dialog import PersonDialog
from iok_desk.ui.policy_dialog import PolicyDialog
from iok_desk.ui.portal_panel import FailedLoginsDialog
from iok_desk.ui.preview import PreviewDialog
from iok_desk.ui.reason_dialog import ReasonDialog
from iok_desk.ui.register_dialog import RegisterImportDialog
from iok_desk.ui.request_dialogs import NewRequestDialog, VerifyRequestDialog
from iok_desk.ui.retention_dialog import RetentionDialog
from iok_desk.ui.settings_dialog import SettingsDialog

RAW_MAIL = (b"From: Jan Kowalski <jan@example.pl>\r\nTo: iok@example.pl\r\n"
            b"Subject: Wniosek o dostep\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            b"Prosze o dostep do IOK dla lokalu Paprykowa 12/5.\r\n")


def largest(dialog: QDialog) -> QDialog:
    """The dialog in its largest state: a request's proxy box open."""
    proxy = getattr(dialog, "proxy", None)
    if proxy is not None and proxy.isCheckable():
        proxy.setChecked(True)
    return dialog


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
        request = requests.get_request(db, number)
        mail = preview_email(db, RAW_MAIL)
        submission = web_form.Submission(1, now_utc(), mail.draft, mail.problems)
        letter_info = letter_register.list_letters(db)[0]
        account = AccountDialog(desk, login, window)
        for dialog in (BlockDialog(desk, login, details.person_name, details.phone,
                                   details.status, None, window),
                       NewRequestDialog(desk, window), VerifyRequestDialog(desk, number, window),
                       RegisterImportDialog(desk, window),
                       ConnectionDialog(desk, settings, window), SettingsDialog(desk, window),
                       account,
                       RevokeDialog(desk, details, None, window),
                       AddUnitDialog(desk, details, window),
                       NewPasswordDialog(desk, details, account),
                       AttachmentPreviewDialog("wniosek.eml", RAW_MAIL, window),
                       ClerksDialog(desk, window),
                       FirstRunDialog(settings, None, "", window),
                       ImportSummaryDialog(BatchResult((
                           FileOutcome("a.eml", number=number),
                           FileOutcome("b.eml", error="?", code="duplicate_message")), False),
                           window),
                       MailRequestDialog(desk, "probe-1", RAW_MAIL, mail, window),
                       FormRequestDialog(desk, submission, window),
                       MailReplyDialog(desk, number, ("receipt", "needs_info"), window),
                       MailboxSettingsDialog(desk, window),
                       HandOverDialog(desk, letter_info, window),
                       UnusedDialog(desk, window.letters_page._state_names(), window),
                       RejectRequestDialog(desk, request, window),
                       PersonDialog(desk, login, window),
                       PolicyDialog(desk, window),
                       FailedLoginsDialog(desk, window.open_account, window),
                       ReasonDialog(window, "Void", "Why is letter 1 voided?", multi_line=True),
                       RetentionDialog(desk, window)):
            largest(dialog).show()
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
