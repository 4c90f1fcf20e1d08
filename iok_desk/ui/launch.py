"""The desk's cold start (``iok-desk`` without a command): its first frame before its database.

Importing SQLAlchemy alone takes longer than starting Qt (bench/README.md), so the window's
first frame — the main window's own form, menus and navigation in the clerk's language, saying
"Connecting to the database…" — is painted before SQLAlchemy, the services or the database are
imported. Right after that first paint ``ui.app`` opens the database (the first run asks where
it is; a failure shows its message box) and the full main window takes the frame's place at
the same size. tests/ui/test_startup_first_frame.py guards the order in a fresh interpreter."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from iok_desk.package_data import package_path

from .forms import child, fit_on_screen, load_form
from .i18n import install_translators
from .look import apply_office_look

if TYPE_CHECKING:
    from .app import OpenDesk

ORGANISATION = "MSM Gdynia"
APPLICATION = "IOK Desk"
ICON = package_path("resources", "icons", "iok-desk.png")
# A frame that is never painted (a shortcut set to start minimised) opens the desk all the same.
OPEN_UNPAINTED_MS = 300
MENU_TITLES = ("&Desk", "&Account", "&View", "&Help")  # the main window's, in its order


class FirstFrame(QMainWindow):
    """What stands where the main window will stand while the database opens: its form (the
    search box, the navigation), its menus, its saved size, and what is happening — nothing
    can be clicked yet, and nothing pretends to be loaded."""

    sig_painted = Signal()

    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self._painted = False
        self.setWindowTitle(QApplication.translate("MainWindow", "IOK Desk — MSM Gdynia"))
        for title in MENU_TITLES:
            self.menuBar().addMenu(QApplication.translate("MainWindow", title)).setEnabled(False)
        host = QWidget(self)
        self.setCentralWidget(host)
        form = load_form("main_window", host)
        child(form, QLineEdit, "search").setEnabled(False)
        navigation = child(form, QListWidget, "navigation")
        navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # As the main window has it: as wide as its longest entry, on the page left last time.
        navigation.setFixedWidth(navigation.sizeHintForColumn(0) + 2 * navigation.frameWidth()
                                 + 24)
        navigation.setCurrentRow(int(str(settings.value("main/page", 0))))
        self.connecting = QLabel(self.tr("Connecting to the database…"))
        self.connecting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pages = child(form, QStackedWidget, "pages")
        pages.addWidget(self.connecting)
        pages.setCurrentWidget(self.connecting)
        self.statusBar().showMessage(self.connecting.text())
        geometry = settings.value("main/geometry")  # where the main window was left
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 720)
        fit_on_screen(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.sig_painted.emit()


class Start:
    """One start: the frame shown, the desk opened once after its first paint."""

    def __init__(self, app: QApplication, args: argparse.Namespace,
                 settings: QSettings) -> None:
        self.app = app
        self.args = args
        self.settings = settings
        self.frame = FirstFrame(settings)
        self.opened: OpenDesk | None = None
        self._begun = False
        # Queued: the first paint reaches the screen before the database is opened.
        self.frame.sig_painted.connect(lambda: QTimer.singleShot(0, self.open_desk))

    def show(self) -> None:
        self.frame.show()
        QTimer.singleShot(OPEN_UNPAINTED_MS, self.open_desk)

    def open_desk(self) -> None:
        """The database, then the main window in the frame's place; the start ends with exit
        status 1 when the clerk gave up (a failure's message, the first-run question)."""
        if self._begun:
            return
        self._begun = True
        from iok_desk import __version__

        from . import app as desk_app

        QApplication.setApplicationVersion(__version__)
        try:
            self.opened = desk_app.open_main_window(self.args, self.settings, self.frame)
        except Exception:  # a bug: said so, never a frame left connecting for ever
            desk_app.report_crash(*sys.exc_info())
        if self.opened is None:
            self.app.exit(1)
        else:
            self.quit_after_a_while()
        self.frame.close()

    def quit_after_a_while(self) -> None:
        """``--quit-after SECONDS`` (the packaging checks): leave that long after the main
        window came up; before that, only a start that waits for the clerk (a message box,
        the first-run question) is ended, as one that failed."""
        quit_after = getattr(self.args, "quit_after", None)
        if quit_after is not None:
            QTimer.singleShot(int(quit_after * 1000), self.app.quit)

    def leave_a_waiting_start(self) -> None:
        if self.opened is None:
            self.app.exit(1)


def run_gui(args: argparse.Namespace) -> int:
    """The frame first, the database after its first paint, then the desk until it closes."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(QIcon(str(ICON)))
    translators = install_translators(app, getattr(args, "lang", "pl"))
    apply_office_look(app)
    start = Start(app, args, QSettings())
    quit_after = getattr(args, "quit_after", None)
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), start.leave_a_waiting_start)
    start.show()
    try:
        code = app.exec()
        if start.opened is None:
            return 1
        start.opened.finish(offer_backup=quit_after is None)
        return code
    finally:
        del translators
