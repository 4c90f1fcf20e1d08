"""Opening the desk once its first frame is painted (``ui.launch``), and leaving it.

Which database: ``--database``, IOK_DESK_DATABASE_URL, this workstation's saved choice, the
machine-wide default the installer wrote; with none of them the first-run dialog asks. Every
failure at start is a message box naming what to do (and the same text on stderr), with a way
to choose another database."""

from __future__ import annotations

import argparse
import datetime
import sys
import traceback
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from iok_desk import bootstrap, private_files
from iok_desk.bootstrap import Desk
from iok_desk.db.engine import Database, database_errors
from iok_desk.domain.errors import IokError
from iok_desk.services import connection
from iok_desk.services.context import Actor

from .connection_dialog import saved_database_url
from .context import DeskContext
from .first_run import FirstRunDialog, saved_clerk_login
from .help import about_box as about_box  # the About box, also for the first run's tests
from .launch import APPLICATION
from .launch import ORGANISATION as ORGANISATION  # also for ui.screenshots
from .look import apply_office_look
from .main_window import MainWindow
from .operations import Operations

BACKUP_OFFERED_KEY = "backup/trial_offered_on"
BACKUP_INTERVAL = datetime.timedelta(days=7)


def build_main_window(db: Database, actor: Actor, settings: QSettings) -> MainWindow:
    """The main window over a ready database, with its own operation helper and Help ▸ About."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_office_look(app)
    ops = Operations(db)
    window = MainWindow(DeskContext(db=db, actor=actor, ops=ops), settings)
    ops.setParent(window)
    if bootstrap.is_trial(db.url):
        window.setWindowTitle(window.windowTitle() + " — " + QApplication.translate(
            "App", "TRIAL on this computer, demo data"))
    return window


def report_crash(kind: type[BaseException], error: BaseException,
                  trace: TracebackType | None) -> None:
    """An unexpected error is a bug: say so, with the details to hand to the developers."""
    details = "".join(traceback.format_exception(kind, error, trace))
    print(details, file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, APPLICATION, QApplication.translate(
        "App", "Unexpected error in IOK Desk. Nothing half-done was saved. Please pass the "
        "details to the administrator."), QMessageBox.StandardButton.Ok)
    box.setDetailedText(details)
    box.exec()


def start_failure_box(message: str) -> tuple[QMessageBox, QAbstractButton]:
    """The start failed: the message (it names what to do), Close, or the button that chooses
    another database."""
    box = QMessageBox(QMessageBox.Icon.Critical, APPLICATION, message)
    box.addButton(QApplication.translate("App", "Close"), QMessageBox.ButtonRole.RejectRole)
    choose = box.addButton(QApplication.translate("App", "Choose another database…"),
                           QMessageBox.ButtonRole.ActionRole)
    return box, choose


def report_start_failure(error: IokError) -> bool:
    """Show why the desk cannot start, on stderr too; True when the clerk chose to pick
    another database."""
    print(f"iok-desk: błąd: {error.message}", file=sys.stderr)
    box, choose = start_failure_box(error.message)
    box.exec()
    return box.clickedButton() is choose


def open_desk(args: argparse.Namespace, settings: QSettings) -> Desk | None:
    """The desk's database, opened and checked; the first run asks where it is. None when
    the clerk gave up (closed a failure's message or the first-run dialog)."""
    clerk = getattr(args, "clerk", None) or saved_clerk_login(settings)
    office, why = None, ""
    try:
        url = bootstrap.configured_database_url(getattr(args, "database", None),
                                                saved_database_url(settings), clerk)
    except IokError as error:  # e.g. an address with a password in it
        if not report_start_failure(error):
            return None
        url, why = None, error.message
    while True:
        if url is None:
            dialog = FirstRunDialog(settings, office, why)
            if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
                return None
            url, clerk = dialog.url, dialog.clerk
        trial_file = bootstrap.sqlite_path(url) if bootstrap.is_trial(url) else None
        new_trial = trial_file is not None and not trial_file.exists()
        desk: Desk | None = None
        try:
            desk = Desk(url, clerk)  # creates a missing SQLite file, empty and private
            database = desk.db()
            if new_trial:
                from iok_desk.services import demo

                demo.create_demo_data(database, desk.actor)
            return desk
        except IokError as error:
            if desk is not None:
                desk.close()
            office = None if connection.is_embedded(url) else url
            if error.code == "password_missing":  # e.g. the first start on the machine default
                print(f"iok-desk: {error.message}", file=sys.stderr)
            elif not report_start_failure(error):
                return None
            url, why = None, error.message


def offer_trial_backup(desk: Desk, settings: QSettings) -> None:
    """On leaving a trial database, once a week: offer to save a copy of it."""
    path = bootstrap.sqlite_path(desk.url)
    if path is None or not bootstrap.is_trial(desk.url) or not path.exists():
        return
    today = datetime.date.today()
    offered = settings.value(BACKUP_OFFERED_KEY)
    if offered and today - datetime.date.fromisoformat(str(offered)) < BACKUP_INTERVAL:
        return
    settings.setValue(BACKUP_OFFERED_KEY, today.isoformat())
    settings.sync()
    answer = QMessageBox.question(None, APPLICATION, QApplication.translate(
        "App", "Save a backup copy of the trial database? (Asked once a week.)"))
    if answer != QMessageBox.StandardButton.Yes:
        return
    target, _ = QFileDialog.getSaveFileName(
        None, QApplication.translate("App", "Backup of the trial database"),
        str(path.with_name(f"iok-desk-kopia-{today.isoformat()}.sqlite3")),
        "SQLite (*.sqlite3)")
    if not target:
        return
    try:
        private_files.write_private(target, connection.sqlite_snapshot(path))
    except IokError as error:
        QMessageBox.warning(None, APPLICATION, error.message)


@dataclass
class OpenDesk:
    """The desk's database and its main window, from the start until the window closes."""

    desk: Desk
    window: MainWindow
    settings: QSettings

    def finish(self, offer_backup: bool) -> None:
        """After the window closed: the weekly backup offer of a trial database, then the
        worker thread and the database closed."""
        try:
            if offer_backup:
                offer_trial_backup(self.desk, self.settings)
        finally:
            self.window.desk.ops.shutdown()
            self.desk.close()


def open_main_window(args: argparse.Namespace, settings: QSettings,
                     frame: QWidget | None = None) -> OpenDesk | None:
    """The database opened (the first run asks), the main window over it shown in place of
    the start's first ``frame``; None when the clerk gave up or the start failed (its message
    shown)."""
    opened: Desk | None = None
    try:
        with database_errors():
            opened = open_desk(args, settings)
            if opened is None:
                return None
            window = build_main_window(opened.db(), opened.actor, settings)
    except IokError as error:  # e.g. the database went away between the check and the pages
        if opened is not None:
            opened.close()
        report_start_failure(error)
        return None
    sys.excepthook = report_crash
    if frame is not None and not window.isMaximized():
        window.setGeometry(frame.geometry())
    window.show()
    return OpenDesk(opened, window, settings)
