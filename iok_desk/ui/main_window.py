"""The main window: one search box, navigation between the desk's pages, a status bar."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QWidget,
)

from iok_desk.db.engine import describe_url
from iok_desk.domain.credentials import damm_check_digit, format_login_id
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.services import clerks, intake, requests, search
from iok_desk.services.dto import AccountSummary

from .account_view import AccountDialog
from .block_dialog import BlockDialog
from .clerks_dialog import ClerksDialog
from .connection_dialog import ConnectionDialog
from .context import DeskContext
from .email_import import ImportSummaryDialog, dropped_paths, email_files
from .forms import child, load_form
from .labels import label
from .letters import render_letters
from .models import Column, ListTableModel
from .operations import Cancelled, Job
from .pages import AccountsPage, AuditPage, ReportsPage, RequestsPage, UnitsPage
from .register_dialog import RegisterImportDialog
from .request_dialogs import NewRequestDialog, VerifyRequestDialog
from .settings_dialog import SettingsDialog

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 50
STATUS_REFRESH_MS = 60_000
_LOGIN_LIKE = re.compile(r"^[\d\s\-]+$")


class MainWindow(QMainWindow):
    """The desk. Pages know nothing of each other; this window wires their signals.

    Signals:
        sig_search_done(int): results of the latest search are shown; their number.
    """

    sig_search_done = Signal(int)

    def __init__(self, desk: DeskContext, settings: QSettings) -> None:
        super().__init__()
        self.desk = desk
        self._settings = settings
        self.setWindowTitle(self.tr("IOK Desk — MSM Gdynia"))
        self.setAcceptDrops(True)
        host = QWidget(self)
        self.setCentralWidget(host)
        form = load_form("main_window", host)
        self.search = child(form, QLineEdit, "search")
        self.search_hint = child(form, QLabel, "searchHint")
        self.search_summary = child(form, QLabel, "searchSummary")
        self.results_view = child(form, QTableView, "searchResults")
        self.navigation = child(form, QListWidget, "navigation")
        self.pages = child(form, QStackedWidget, "pages")
        self.results = ListTableModel[AccountSummary]([
            Column(self.tr("Login ID"), lambda row: format_login_id(row.login_id)),
            Column(self.tr("Name"), lambda row: row.person_name),
            Column(self.tr("Status"), lambda row: label(row.status)),
            Column(self.tr("Units"), lambda row: ", ".join(row.units)),
            Column(self.tr("Phone"), lambda row: row.phone),
            Column(self.tr("E-mail"), lambda row: row.email),
        ], self)
        self.results_view.setModel(self.results)
        self.results_view.verticalHeader().hide()
        self.results_view.verticalHeader().setDefaultSectionSize(
            self.results_view.fontMetrics().height() + 8)
        header = self.results_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.results_view.doubleClicked.connect(lambda _index: self.open_selected())
        self.requests_page = RequestsPage(desk, settings, self)
        self.accounts_page = AccountsPage(desk, settings, self)
        self.units_page = UnitsPage(desk, settings, self)
        self.audit_page = AuditPage(desk, settings, self)
        self.reports_page = ReportsPage(desk, self)
        for page in (self.requests_page, self.accounts_page, self.units_page, self.audit_page,
                     self.reports_page):
            self.pages.addWidget(page)
        self.account_dialogs: list[AccountDialog] = []
        self.child_dialog: QWidget | None = None
        self.request_dialog: QWidget | None = None
        self.last_import: Job | None = None  # the latest batch import of e-mails
        self._search_generation = 0
        self._page_before_search = 0
        self._open_when_ready = False
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._on_search_text)
        self.search.returnPressed.connect(self.open_selected)
        self.search.installEventFilter(self)
        self.navigation.currentRowChanged.connect(self._on_navigate)
        self._build_menus()
        self._build_status_bar()
        self._wire_pages()
        desk.ops.sig_failed.connect(self._on_unhandled_error)
        desk.ops.sig_connection.connect(self._on_connection)
        desk.ops.sig_changed.connect(self.refresh_status)
        desk.ops.sig_changed.connect(self._rerun_search)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_REFRESH_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()
        self._restore_state()
        self.refresh_status()
        self._load_role()
        self.search.setFocus()

    # -- building -------------------------------------------------------------------------

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey | None,
                slot: object, menu_name: str) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self._menus[menu_name].addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._menus = {"desk": bar.addMenu(self.tr("&Desk")),
                       "account": bar.addMenu(self.tr("&Account")),
                       "view": bar.addMenu(self.tr("&View"))}
        self.action_find = self._action(self.tr("&Find…"), "Ctrl+K", self.focus_search,
                                        "account")
        self.action_open = self._action(self.tr("&Open selected account"), None,
                                        self.open_selected, "account")
        self.action_block = self._action(self.tr("&Block selected account…"), "Ctrl+B",
                                         self.block_selected, "account")
        self.action_new_request = self._action(self.tr("&Log a request…"), "Ctrl+N",
                                               self.new_request, "desk")
        self.action_import_emails = self._action(self.tr("&Import e-mails…"), "Ctrl+E",
                                                 self.choose_emails, "desk")
        self.action_import_register = self._action(self.tr("Import the unit &register…"),
                                                   "Ctrl+Shift+I", self.import_register,
                                                   "desk")
        self.action_print_today = self._action(self.tr("&Print letters issued today…"),
                                               "Ctrl+Shift+P", self.print_today, "desk")
        self._menus["desk"].addSeparator()
        self.action_settings = self._action(self.tr("&Settings…"), None, self.open_settings,
                                            "desk")
        self.action_settings.setEnabled(False)
        self.action_settings.setToolTip(self.tr("Only an administrator changes settings."))
        self.action_clerks = self._action(self.tr("C&lerks…"), None, self.open_clerks, "desk")
        self.action_clerks.setEnabled(False)
        self.action_connection = self._action(self.tr("Database &connection…"), None,
                                              self.open_connection, "desk")
        self._menus["desk"].addSeparator()
        self._action(self.tr("&Quit"), "Ctrl+Q", self.close, "desk")
        for row in range(self.navigation.count()):
            text = self.navigation.item(row).text()
            self._action(text, f"Ctrl+{row + 1}",
                         lambda _checked=False, r=row: self.navigation.setCurrentRow(r), "view")
        self._menus["view"].addSeparator()
        self._action(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self.refresh_all,
                     "view")

    def _build_status_bar(self) -> None:
        self.status_database = QLabel(describe_url(self.desk.db.url))
        self.status_clerk = QLabel(self.tr("Clerk: %1").replace("%1", self.desk.actor.login))
        self.status_open = QLabel()
        for widget in (self.status_database, self.status_clerk, self.status_open):
            self.statusBar().addPermanentWidget(widget)

    def _wire_pages(self) -> None:
        self.accounts_page.sig_open_account.connect(self.open_account)
        self.units_page.sig_open_account.connect(self.open_account)
        self.audit_page.sig_open_account.connect(self.open_account)
        self.requests_page.sig_new_request.connect(self.new_request)
        self.reports_page.sig_print_today.connect(self.print_today)
        self.reports_page.sig_show_overdue.connect(self._show_overdue)

    # -- state ----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self._settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 720)
        header = self._settings.value("main/searchColumns")
        if header is not None:
            self.results_view.horizontalHeader().restoreState(header)
        self.navigation.setCurrentRow(int(str(self._settings.value("main/page", 0))))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._search_timer.stop()
        self._status_timer.stop()
        self._settings.setValue("main/geometry", self.saveGeometry())
        self._settings.setValue("main/searchColumns",
                                self.results_view.horizontalHeader().saveState())
        row = self.navigation.currentRow()
        self._settings.setValue("main/page", row if row >= 0 else self._page_before_search)
        for page in (self.requests_page, self.accounts_page, self.units_page, self.audit_page):
            page.save_state()
        self._settings.sync()
        super().closeEvent(event)

    def _load_role(self) -> None:
        desk = self.desk
        desk.ops.run(lambda _job: clerks.list_clerks(desk.db), self._on_clerks, owner=self)

    def _on_clerks(self, staff: list[clerks.ClerkInfo]) -> None:
        for clerk in staff:
            if clerk.login == self.desk.actor.login:
                self.desk.role = clerk.role
                self.status_clerk.setText(self.tr("Clerk: %1 (%2)").replace(
                    "%1", clerk.login).replace("%2", label(clerk.role)))
        self.action_settings.setEnabled(self.desk.is_admin)
        self.action_clerks.setEnabled(self.desk.is_admin)
        self.action_settings.setToolTip("" if self.desk.is_admin
                                        else self.tr("Only an administrator changes settings."))

    def refresh_status(self) -> None:
        desk = self.desk
        desk.ops.run(lambda _job: requests.count_open_requests(desk.db), self._on_open_count,
                     owner=self)

    def _on_open_count(self, count: int) -> None:
        self.status_open.setText(self.tr("Open requests: %1").replace("%1", str(count)))

    def _on_connection(self, connected: bool) -> None:
        text = describe_url(self.desk.db.url)
        if not connected:
            text = self.tr("%1 — the database is not answering; the next action "
                           "reconnects").replace("%1", text)
        self.status_database.setText(text)
        self.status_database.setStyleSheet("" if connected else "color: #b00020;")

    def _on_unhandled_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 15_000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("IOK Desk"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.child_dialog = box
        box.open()

    def refresh_all(self) -> None:
        self.refresh_status()
        page = self.pages.currentWidget()
        if isinstance(page, RequestsPage | AccountsPage | UnitsPage | AuditPage | ReportsPage):
            page.reload()

    # -- navigation -----------------------------------------------------------------------

    def _on_navigate(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentIndex(row + 1)

    def _show_overdue(self) -> None:
        self.navigation.setCurrentRow(0)
        self.requests_page.show_overdue()

    # -- search ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_search_text(self, text: str) -> None:
        self._update_login_hint(text)
        if text.strip():
            if self.pages.currentIndex() != 0:
                # The results take the page; the navigation shows no page chosen meanwhile.
                self._page_before_search = max(0, self.navigation.currentRow())
                self.navigation.blockSignals(True)
                self.navigation.setCurrentRow(-1)
                self.navigation.blockSignals(False)
                self.pages.setCurrentIndex(0)
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self._search_generation += 1
            self.results.set_rows([])
            self.search_summary.setText(self.tr("Type in the box above to find an account."))
            self.navigation.setCurrentRow(self._page_before_search)
            self._on_navigate(self._page_before_search)

    def _update_login_hint(self, text: str) -> None:
        digits = re.sub(r"[\s\-]", "", text)
        hint, style = "", ""
        if digits and _LOGIN_LIKE.match(text):
            if len(digits) < 8:
                hint = self.tr("Login ID: %1 of 8 digits").replace("%1", str(len(digits)))
            elif len(digits) == 8 and damm_check_digit(digits) == "0":
                hint = self.tr("✓ Check digit correct: %1").replace("%1",
                                                                     format_login_id(digits))
                style = "color: #1b5e20;"
            elif len(digits) == 8:
                hint = self.tr("✗ Wrong check digit — was a digit misheard or two swapped?")
                style = "color: #b00020; font-weight: bold;"
        self.search_hint.setText(hint)
        self.search_hint.setStyleSheet(style)
        self.search.setStyleSheet("border: 1px solid #b00020;" if "b00020" in style else "")

    def _rerun_search(self) -> None:
        if self.search.text().strip():
            self._run_search()

    def _run_search(self) -> None:
        self._search_timer.stop()
        self._search_generation += 1
        generation = self._search_generation
        text, desk = self.search.text(), self.desk
        desk.ops.run(lambda _job: search.search_accounts(desk.db, text, limit=SEARCH_LIMIT),
                     lambda rows: self._on_results(generation, rows), owner=self)

    def _on_results(self, generation: int, rows: list[AccountSummary]) -> None:
        if generation != self._search_generation:
            return
        self.results.set_rows(rows)
        if rows:
            self.results_view.selectRow(0)
            self.results_view.resizeColumnsToContents()
            summary = self.tr("%n account(s) found", "", len(rows))
            if len(rows) == SEARCH_LIMIT:
                summary += " " + self.tr("(first %1 shown; type more to narrow)").replace(
                    "%1", str(SEARCH_LIMIT))
        else:
            summary = self.tr("Nothing found.")
        self.search_summary.setText(summary)
        self.sig_search_done.emit(len(rows))
        if self._open_when_ready:
            self._open_when_ready = False
            self.open_selected()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.rowCount():
                current = self.results_view.currentIndex().row()
                step = 1 if key == Qt.Key.Key_Down else -1
                self.results_view.selectRow(
                    max(0, min(self.results.rowCount() - 1, current + step)))
                return True
        return super().eventFilter(watched, event)

    def selected_result(self) -> AccountSummary | None:
        index = self.results_view.currentIndex()
        return self.results.row_at(index.row()) if index.isValid() else None

    def open_selected(self) -> None:
        if self._search_timer.isActive():
            self._open_when_ready = True
            self._run_search()
            return
        found = self.selected_result()
        if found is not None:
            self.open_account(found.login_id)

    def open_account(self, login_id: str) -> AccountDialog:
        for dialog in self.account_dialogs:
            if dialog.login_id == login_id:
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        dialog = AccountDialog(self.desk, login_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))
        self.account_dialogs.append(dialog)
        dialog.show()
        return dialog

    def _forget(self, dialog: AccountDialog) -> None:
        if dialog in self.account_dialogs:
            self.account_dialogs.remove(dialog)

    def block_selected(self) -> None:
        found = self.selected_result() if self.pages.currentIndex() == 0 else None
        if found is None:
            self.focus_search()
            self.search_hint.setText(self.tr("Find the account first, then press Ctrl+B."))
            return
        dialog = BlockDialog(self.desk, found.login_id, found.person_name, found.phone,
                             found.status, None, self)
        self._open_child(dialog)

    def _open_child(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.child_dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    # -- other work -----------------------------------------------------------------------

    def new_request(self) -> None:
        self._open_child(NewRequestDialog(self.desk, self))

    # -- e-mail intake --------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(path.is_dir() or path.suffix.lower() == ".eml"
               for path in dropped_paths(event.mimeData())):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_emails(paths)

    def choose_emails(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import e-mails"), "", self.tr("E-mail messages (*.eml)"))
        if names:
            self.import_emails([Path(name) for name in names])

    def import_emails(self, paths: list[Path]) -> None:
        """One .eml file: the request form pre-filled from it. A folder or several files:
        all imported, each on its own, then a summary."""
        files = email_files(paths)
        if not files:
            self.statusBar().showMessage(self.tr("No .eml file among the dropped files."),
                                         10_000)
            return
        if len(files) == 1 and not any(path.is_dir() for path in paths):
            self._preview_email(files[0])
        else:
            self._import_batch(files)

    def _preview_email(self, path: Path) -> None:
        desk = self.desk
        unreadable = self.tr("Cannot read %1: %2")

        def work(_job: Job) -> tuple[bytes, intake.EmailPreview] | str:
            try:
                raw = path.read_bytes()
            except OSError as error:
                return unreadable.replace("%1", path.name).replace("%2", str(error))
            return raw, intake.preview_email(desk.db, raw)

        def shown(result: tuple[bytes, intake.EmailPreview] | str) -> None:
            if isinstance(result, str):
                self._on_unhandled_error(result)
                return
            raw, preview = result
            self._open_child(NewRequestDialog(desk, self, email=(path.name, raw, preview)))

        desk.ops.run(work, shown, owner=self)

    def _import_batch(self, files: list[Path]) -> None:
        desk = self.desk

        def work(job: Job) -> intake.BatchResult:
            def progress(done: int, total: int) -> None:
                try:
                    job.progress(done, total)
                except Cancelled:
                    pass  # the service asks job.cancelled before the next file

            return intake.import_email_files(desk.db, desk.actor, files, progress=progress,
                                             cancelled=lambda: job.cancelled)

        self.last_import = desk.ops.run(
            work, self._on_batch, owner=self, changes=True, progress_parent=self,
            label=self.tr("Importing %n e-mail(s)…", "", len(files)))

    def _on_batch(self, result: intake.BatchResult) -> None:
        dialog = ImportSummaryDialog(result, self)
        dialog.sig_open_request.connect(self.open_request)
        self._open_child(dialog)

    def import_register(self) -> None:
        self._open_child(RegisterImportDialog(self.desk, self))

    def open_request(self, number: str) -> None:
        dialog = VerifyRequestDialog(self.desk, number, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.request_dialog = dialog
        dialog.show()

    def print_today(self) -> None:
        today = office_date(now_utc())
        letters = [letter for letter in self.desk.letters_today if letter.issued_on == today]
        if not letters:
            self.statusBar().showMessage(self.tr(
                "No credential letter was issued at this desk today since the program "
                "started."), 10_000)
            return
        render_letters(self.desk, letters, self)

    def open_connection(self) -> None:
        self._open_child(ConnectionDialog(self.desk, self._settings, self))

    def open_clerks(self) -> None:
        if self.desk.is_admin:
            self._open_child(ClerksDialog(self.desk, self))

    def open_settings(self) -> None:
        if self.desk.is_admin:
            self._open_child(SettingsDialog(self.desk, self))
