"""Starting the desk: ``iok-desk`` without a command."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from iok_desk.cli.common import Desk
from iok_desk.db.engine import DATABASE_URL_VARIABLE, Database
from iok_desk.domain.errors import IokError
from iok_desk.services.context import Actor

from .connection_dialog import saved_database_url
from .context import DeskContext
from .i18n import install_translators
from .main_window import MainWindow
from .operations import Operations

ORGANISATION = "MSM Gdynia"
APPLICATION = "IOK Desk"


def build_main_window(db: Database, actor: Actor, settings: QSettings) -> MainWindow:
    """The main window over a ready database, with its own operation helper."""
    ops = Operations(db)
    window = MainWindow(DeskContext(db=db, actor=actor, ops=ops), settings)
    ops.setParent(window)
    return window


def _report_crash(kind: type[BaseException], error: BaseException,
                  trace: TracebackType | None) -> None:
    """An unexpected error is a bug: say so, with the details to hand to the developers."""
    details = "".join(traceback.format_exception(kind, error, trace))
    print(details, file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, APPLICATION, QApplication.translate(
        "App", "Unexpected error in IOK Desk. Nothing half-done was saved. Please pass the "
        "details to the administrator."), QMessageBox.StandardButton.Ok)
    box.setDetailedText(details)
    box.exec()


def desk_for_gui(desk: Desk, args: argparse.Namespace, settings: QSettings) -> Desk:
    """The database this workstation saved in Database connection, unless ``--database`` or
    IOK_DESK_DATABASE_URL names one for this start."""
    saved = saved_database_url(settings)
    if saved is None or getattr(args, "database", None) or DATABASE_URL_VARIABLE in os.environ:
        return desk
    desk.close()
    return Desk(saved, getattr(args, "clerk", None))


def run_gui(desk: Desk, args: argparse.Namespace) -> int:
    """Open the database (migrating the embedded one), then the main window."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    translators = install_translators(app, getattr(args, "lang", "pl"))
    desk = desk_for_gui(desk, args, QSettings())
    try:
        db = desk.db()
    except IokError as error:
        QMessageBox.critical(None, APPLICATION, error.message)
        return 1
    window = build_main_window(db, desk.actor, QSettings())
    sys.excepthook = _report_crash
    window.show()
    try:
        return app.exec()
    finally:
        window.desk.ops.shutdown()
        desk.close()
        del translators
