"""The main window: one search box, navigation between the desk's pages, a status bar. The
one place that wires the parts: pages, the search panel and the e-mail intake ask it for
dialogs by signal."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from iok_desk.domain.dates import now_utc, office_date
from iok_desk.services import clerks, requests

from . import help
from .changes import Changed
from .context import DeskContext
from .email_import import EmailIntake, dropped_paths
from .forms import child, fit_on_screen, load_form
from .labels import label
from .pages import (
    AccountsPage,
    AuditPage,
    LettersPage,
    MailPage,
    Page,
    ReportsPage,
    RequestsPage,
    UnitsPage,
)
from .search_panel import SearchPanel
from .status import database_name

# The dialogs, and what they import (the e-mail parser, the letters, reportlab), come when
# first opened: a start needs none of them (tests/ui/test_startup_imports.py).
if TYPE_CHECKING:
    from iok_desk.services import intake
    from iok_desk.services.dto import AccountDetails

    from .account_view import AccountDialog
    from .preview import PreviewDialog

STATUS_REFRESH_MS = 60_000
STATUS_MESSAGE_MS = 8_000


class MainWindow(QMainWindow):
    """The desk. Pages know nothing of each other; this window wires their signals."""

    def __init__(self, desk: DeskContext, settings: QSettings) -> None:
        super().__init__()
        self.desk = desk
        self._settings = settings
        self.setWindowTitle(self.tr("IOK Desk — MSM Gdynia"))
        self.setAcceptDrops(True)
        host = QWidget(self)
        self.setCentralWidget(host)
        form = load_form("main_window", host)
        self.navigation = child(form, QListWidget, "navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        # As wide as its longest entry in the clerk's language, whatever the page needs.
        self.navigation.setFixedWidth(self.navigation.sizeHintForColumn(0)
                                      + 2 * self.navigation.frameWidth() + 24)
        self.pages = child(form, QStackedWidget, "pages")
        self.search_panel = SearchPanel(desk, form, self)
        self.requests_page = RequestsPage(desk, settings, self)
        self.accounts_page = AccountsPage(desk, settings, self)
        self.units_page = UnitsPage(desk, settings, self)
        self.audit_page = AuditPage(desk, settings, self)
        self.reports_page = ReportsPage(desk, settings, self)
        self.letters_page = LettersPage(desk, settings, self)
        self.mail_page = MailPage(desk, settings, self)
        self.page_list: tuple[Page, ...] = (self.requests_page, self.accounts_page,
                                            self.units_page, self.audit_page,
                                            self.reports_page, self.letters_page, self.mail_page)
        for page in self.page_list:
            self.pages.addWidget(page)
        self.intake = EmailIntake(desk, self)
        self.account_dialogs: list[AccountDialog] = []
        self.child_dialog: QWidget | None = None
        self.request_dialog: QWidget | None = None
        self._page_before_search = 0
        self.navigation.currentRowChanged.connect(self._on_navigate)
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._wire_pages()
        desk.ops.sig_failed.connect(self._on_unhandled_error)
        desk.ops.sig_connection.connect(self._on_connection)
        desk.ops.sig_changed.connect(self._on_changed)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_REFRESH_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()
        self._restore_state()
        self.refresh_status()
        self._load_role()
        self.search_panel.search.setFocus()

    # -- building -------------------------------------------------------------------------

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey | None,
                slot: object, menu_name: str, *more: str) -> QAction:
        """A menu entry; its keys (the first shown in the menu) also in its tooltip."""
        action = QAction(text, self)
        keys = ([QKeySequence(shortcut)] if shortcut is not None else []) + [
            QKeySequence(key) for key in more]
        if keys:
            action.setShortcuts(keys)
            native = QKeySequence.SequenceFormat.NativeText
            shown = ", ".join(key.toString(native) for key in keys)
            action.setToolTip(f"{action.iconText()} ({shown})")
        action.triggered.connect(slot)
        self._menus[menu_name].addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._menus = {"desk": bar.addMenu(self.tr("&Desk")),
                       "account": bar.addMenu(self.tr("&Account")),
                       "view": bar.addMenu(self.tr("&View")),
                       "help": bar.addMenu(self.tr("&Help"))}
        self.action_find = self._action(self.tr("&Find…"), "Ctrl+K", self.search_panel.focus,
                                        "account", "F3")
        self.action_open = self._action(self.tr("&Open selected"), "F2",
                                        self.open_current, "account")
        self.action_block = self._action(self.tr("&Block selected account…"), "Ctrl+B",
                                         self.block_selected, "account", "F8")
        self.action_delete = self._action(self.tr("Reject or re&voke selected…"), "Del",
                                          self.delete_current, "account")
        self.action_delete.setToolTip(self.tr(
            "Delete: reject the selected request, or revoke the selected account or its "
            "access to the unit — always in a dialog that asks first (Del)"))
        self.action_failed_logins = self._action(self.tr("Many failed &logins…"), None,
                                                 self.open_failed_logins, "account")
        self.action_person = self._action(self.tr("Pe&rson's record…"), "Ctrl+Shift+D",
                                          self.open_person, "account")
        self.action_new_request = self._action(self.tr("&Log a request…"), "Ins",
                                               self.new_request, "desk", "Ctrl+N")
        self.action_import_emails = self._action(self.tr("&Import e-mails…"), "F7",
                                                 self.choose_emails, "desk", "Ctrl+E")
        self.action_import_register = self._action(self.tr("Import the unit &register…"),
                                                   "Ctrl+Shift+I", self.import_register,
                                                   "desk")
        self.action_print_today = self._action(self.tr("&Print this session's letters…"),
                                               "Ctrl+Shift+P", self.print_today, "desk")
        self.action_retention = self._action(self.tr("Re&tention of personal data…"), None,
                                             self.open_retention, "desk")
        self.action_policy = self._action(self.tr("R&ules, clause and retention periods…"),
                                          None, self.open_policy, "desk")
        self.action_policy.setEnabled(False)
        self._menus["desk"].addSeparator()
        self.action_settings = self._action(self.tr("&Settings…"), None, self.open_settings,
                                            "desk")
        self.action_settings.setEnabled(False)
        self.action_settings.setToolTip(self.tr("Only an administrator changes settings."))
        self.action_mail_settings = self._action(self.tr("&Mail settings…"), None,
                                                 self.open_mail_settings, "desk")
        self.action_mail_settings.setEnabled(False)
        self.action_clerks = self._action(self.tr("Cl&erks…"), None, self.open_clerks, "desk")
        self.action_clerks.setEnabled(False)
        self.action_connection = self._action(self.tr("Database &connection…"), None,
                                              self.open_connection, "desk")
        self._menus["desk"].addSeparator()
        self._action(self.tr("&Quit"), "Ctrl+Q", self.close, "desk")
        for row in range(self.navigation.count()):
            text = self.navigation.item(row).text()
            self._action(f"&{row + 1} {text}", f"Ctrl+{row + 1}",
                         lambda _checked=False, r=row: self.show_page(r), "view")
        self._menus["view"].addSeparator()
        self.action_refresh = self._action(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh,
                                           self.refresh_all, "view")
        self.action_export_list = self._action(self.tr("E&xport the list to CSV…"), "F6",
                                               self.export_list, "view")
        self.action_print_list = self._action(self.tr("Print the &list…"), "Ctrl+P",
                                              self.print_list, "view")
        self.action_help = self._action(self.tr("&Help for this page"),
                                        QKeySequence.StandardKey.HelpContents,
                                        self.show_help, "help")
        self.action_keys = self._action(self.tr("&Keyboard"), None,
                                        lambda: self._open_child(help.keys_box(self)), "help")
        self.action_about = self._action(self.tr("&About IOK Desk"), None,
                                         lambda: self._open_child(help.about_box(
                                             self, self.desk.db)), "help")
        self.action_about.setObjectName("action_about")

    def _build_toolbar(self) -> None:
        """The page's main actions, with their icons (also in the menus). The icons come on
        the first turn of the event loop: the icon font's library takes ~0.3 s to import, and
        the window is usable without them (bench/README.md)."""
        self.toolbar = self.addToolBar(self.tr("Main actions"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._icons: list[tuple[QAction, str]] = []
        QTimer.singleShot(0, self, self.show_icons)
        for action, name, short in (
                (self.action_new_request, "new", self.tr("New request")),
                (self.action_open, "open", self.tr("Open")),
                (self.action_find, "find", self.tr("Find")),
                (self.action_block, "block", self.tr("Block")),
                (self.action_import_emails, "import_emails", self.tr("E-mails")),
                (None, "", ""),
                (self.action_export_list, "export", self.tr("CSV")),
                (self.action_print_list, "print", self.tr("Print")),
                (self.action_refresh, "refresh", self.tr("Refresh")),
                (None, "", ""),
                (self.action_help, "help", self.tr("Help"))):
            if action is None:
                self.toolbar.addSeparator()
                continue
            self._icons.append((action, name))
            tip = action.toolTip()  # the full text and keys, kept for the toolbar's tooltip
            action.setIconText(short)
            action.setToolTip(tip)
            self.toolbar.addAction(action)

    def show_icons(self) -> None:
        from .icons import icon

        for action, name in self._icons:
            action.setIcon(icon(name))

    def current_key(self) -> str:
        """The settings key of the page shown; ``search`` for the search results."""
        page = self.pages.currentWidget()
        return page.KEY if isinstance(page, Page) else "search"

    def show_help(self) -> None:
        self._open_child(help.help_box(self, self.current_key()))

    def show_page(self, row: int) -> None:
        """Ctrl+1…7: the page, with the focus in its main list."""
        self.navigation.setCurrentRow(row)
        self._on_navigate(row)
        page = self.pages.currentWidget()
        view = page.main_view() if isinstance(page, Page) else None
        if view is None:
            if page is not None:
                page.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        model = view.model()
        if model is not None and model.rowCount() and not view.currentIndex().isValid():
            view.setCurrentIndex(model.index(0, 0))

    def export_list(self) -> None:
        """F6: the list shown (a page's, or the search results) to a CSV file."""
        page = self.pages.currentWidget()
        if isinstance(page, Page):
            page.export_list()
        else:
            from . import list_output

            list_output.export_csv(self.desk, self, self.search_panel.results,
                                   "wyniki-wyszukiwania")

    def print_list(self) -> None:
        """Ctrl+P: the list shown in the print preview."""
        page = self.pages.currentWidget()
        if isinstance(page, Page):
            page.print_list()
        else:
            from . import list_output

            list_output.print_list(self.desk, self, self.search_panel.results,
                                   help.page_help("search")[0], "wyniki-wyszukiwania")

    def open_current(self) -> None:
        """F2: open what is selected on the page shown (Enter in its list does the same)."""
        page = self.pages.currentWidget()
        if isinstance(page, Page):
            page.open_selected()
        else:
            self.search_panel.open_selected()

    def delete_current(self) -> None:
        """Delete: what the page shown says it safely means; the status bar says why when
        nothing happens."""
        page = self.pages.currentWidget()
        why = page.delete_selected() if isinstance(page, Page) else self.tr(
            "Delete changes nothing in the search results; F8 blocks the selected account.")
        if why:
            self.statusBar().showMessage(why, STATUS_MESSAGE_MS)

    def _build_status_bar(self) -> None:
        self.status_database = QLabel(database_name(self.desk.db.url))
        self.status_database.setToolTip(self.tr("The database this desk works in"))
        self.status_clerk = QLabel(self.tr("Clerk: %1").replace("%1", self.desk.actor.login))
        self.status_open = QLabel()
        for widget in (self.status_database, self.status_clerk, self.status_open):
            self.statusBar().addPermanentWidget(widget)

    def _wire_pages(self) -> None:
        panel = self.search_panel
        panel.sig_started.connect(self._show_results)
        panel.sig_cleared.connect(self._back_from_results)
        panel.sig_open_account.connect(self.open_account)
        for page in (self.accounts_page, self.units_page, self.audit_page):
            page.sig_open_account.connect(self.open_account)
        self.units_page.sig_revoke_access.connect(self.revoke_access)
        self.accounts_page.sig_revoke_access.connect(self.revoke_access)
        self.requests_page.sig_new_request.connect(self.new_request)
        self.requests_page.sig_open_request.connect(self.open_request)
        self.reports_page.sig_print_today.connect(self.print_today)
        self.reports_page.sig_show_overdue.connect(self._show_overdue)
        self.intake.sig_draft.connect(self._new_request_from_email)
        self.intake.sig_imported.connect(self._show_import_summary)
        self.intake.sig_problem.connect(self._on_unhandled_error)

    # -- state ----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self._settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 720)
        fit_on_screen(self)
        header = self._settings.value("main/searchColumns")
        if header is not None:
            self.search_panel.results_view.horizontalHeader().restoreState(header)
        self.navigation.setCurrentRow(int(str(self._settings.value("main/page", 0))))

    def unprinted_letters(self) -> list[PreviewDialog]:
        """Open credential letters that were neither printed nor saved."""
        from .preview import PreviewDialog

        return [preview for preview in self.findChildren(PreviewDialog)
                if preview.credential and not preview.handed_out and preview.isVisible()]

    def closeEvent(self, event: QCloseEvent) -> None:
        unprinted = self.unprinted_letters()
        if unprinted:
            answer = QMessageBox.warning(
                self, self.tr("Quit with an unprinted letter?"), self.tr(
                    "%n credential letter(s) have not been printed or saved. Their first "
                    "passwords cannot be shown again: quitting means new first passwords "
                    "later. Quit anyway?", "", len(unprinted)),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                unprinted[0].raise_()
                return
            for preview in unprinted:
                preview.handed_out = True  # the clerk chose; their own question is answered
        self.search_panel.stop()
        self._status_timer.stop()
        self._settings.setValue("main/geometry", self.saveGeometry())
        self._settings.setValue("main/searchColumns",
                                self.search_panel.results_view.horizontalHeader().saveState())
        row = self.navigation.currentRow()
        self._settings.setValue("main/page", row if row >= 0 else self._page_before_search)
        for page in self.page_list:
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
        self.action_mail_settings.setEnabled(self.desk.is_admin)
        self.action_retention.setEnabled(self.desk.role in ("supervisor", "admin"))
        self.action_policy.setEnabled(self.desk.is_admin)
        self.action_settings.setToolTip("" if self.desk.is_admin
                                        else self.tr("Only an administrator changes settings."))

    def _on_changed(self, changes: Changed) -> None:
        if changes.request_list:
            self.refresh_status()

    def refresh_status(self) -> None:
        desk = self.desk
        desk.ops.run(lambda _job: requests.count_open_requests(desk.db), self._on_open_count,
                     owner=self)

    def _on_open_count(self, count: int) -> None:
        self.status_open.setText(self.tr("Open requests: %1").replace("%1", str(count)))

    def _on_connection(self, connected: bool) -> None:
        text = database_name(self.desk.db.url)
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
        if isinstance(page, Page):
            page.reload()

    # -- navigation -----------------------------------------------------------------------

    def _on_navigate(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentIndex(row + 1)

    def _show_overdue(self) -> None:
        self.navigation.setCurrentRow(0)
        self.requests_page.show_overdue()

    # -- search ---------------------------------------------------------------------------

    def _show_results(self) -> None:
        if self.pages.currentIndex() != 0:
            # The results take the page; the navigation shows no page chosen meanwhile.
            self._page_before_search = max(0, self.navigation.currentRow())
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(-1)
            self.navigation.blockSignals(False)
            self.pages.setCurrentIndex(0)

    def _back_from_results(self) -> None:
        self.navigation.setCurrentRow(self._page_before_search)
        self._on_navigate(self._page_before_search)

    def open_person(self) -> None:
        """The record of the selected search result's person, else of a person named by
        #ID, login ID or "Name Surname, unit" (RODO Art. 15/16)."""
        from .person_dialog import PersonDialog

        selected = self.search_panel.selected()
        spec = selected.login_id if selected is not None else QInputDialog.getText(
            self, self.tr("Person's record"), self.tr(
                "Person (#number, login ID or \"Name Surname, unit\"):"))[0].strip()
        if spec:
            dialog = PersonDialog(self.desk, spec, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

    def open_policy(self) -> None:
        from .policy_dialog import PolicyDialog

        if self.desk.is_admin:
            self._open_child(PolicyDialog(self.desk, self))

    def open_retention(self) -> None:
        from .retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def open_account(self, login_id: str) -> AccountDialog:
        for dialog in self.account_dialogs:
            if dialog.login_id == login_id:
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        from .account_view import AccountDialog

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
        """Block the account found: the one the search box's text finds now, never a row of
        the previous search (the pending search runs first)."""
        panel = self.search_panel
        if self.pages.currentIndex() != 0:
            found = None
        elif not panel.when_fresh(self.block_selected):
            return
        else:
            found = panel.selected()
        if found is None:
            panel.focus()
            panel.hint.setText(self.tr("Find the account first, then press Ctrl+B."))
            return
        from .block_dialog import BlockDialog

        self._open_child(BlockDialog(self.desk, found.login_id, found.person_name, found.phone,
                                     found.status, None, self))

    def revoke_access(self, details: AccountDetails, unit_address: str) -> None:
        from .account_view import RevokeDialog

        self._open_child(RevokeDialog(self.desk, details, unit_address, self))

    def _open_child(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.child_dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    # -- other work -----------------------------------------------------------------------

    def new_request(self) -> None:
        from .request_dialogs import NewRequestDialog

        self._open_child(NewRequestDialog(self.desk, self))

    # -- e-mail intake --------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.intake.accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.intake.import_emails(paths)

    def choose_emails(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import e-mails"), "",
            self.tr("Messages, forms and scans (*.eml *.msg *.pdf *.jpg *.jpeg *.png *.heic)"))
        if names:
            self.intake.import_emails([Path(name) for name in names])

    def _new_request_from_email(self, name: str, raw: bytes,
                                preview: intake.EmailPreview) -> None:
        from .request_dialogs import NewRequestDialog

        self._open_child(NewRequestDialog(self.desk, self, email=(name, raw, preview)))

    def _show_import_summary(self, result: intake.BatchResult) -> None:
        from .email_import import ImportSummaryDialog

        dialog = ImportSummaryDialog(result, self)
        dialog.sig_open_request.connect(self.open_request)
        self._open_child(dialog)

    def import_register(self) -> None:
        from .register_dialog import RegisterImportDialog

        self._open_child(RegisterImportDialog(self.desk, self))

    def open_request(self, number: str) -> None:
        from .request_dialogs import VerifyRequestDialog

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
        from .letters import render_letters

        render_letters(self.desk, letters, self)

    def open_connection(self) -> None:
        from .connection_dialog import ConnectionDialog

        self._open_child(ConnectionDialog(self.desk, self._settings, self))

    def open_clerks(self) -> None:
        if self.desk.is_admin:
            from .clerks_dialog import ClerksDialog

            self._open_child(ClerksDialog(self.desk, self))

    def open_failed_logins(self) -> None:
        """The accounts with many failed logins, for review (``ui.portal_panel``)."""
        from .portal_panel import FailedLoginsDialog

        self._open_child(FailedLoginsDialog(self.desk, self.open_account, self))

    def open_mail_settings(self) -> None:
        if self.desk.is_admin:
            from .mailbox_settings_dialog import MailboxSettingsDialog

            self._open_child(MailboxSettingsDialog(self.desk, self))

    def open_settings(self) -> None:
        if self.desk.is_admin:
            from .settings_dialog import SettingsDialog

            self._open_child(SettingsDialog(self.desk, self))
