"""Pisma: the letter register (issue 18). The list of numbered credential letters with a state
filter and a date range, the steps of a letter's life (handed over — with the clerk who checked
the ID and the signed strip's scan —, posted, returned, voided), scans of signed strips dropped
on the page, the day's dispatch list for the post, the reconciliation per day and clerk, and
the unused first passwords (a new one for each selected account, or closing them)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_date, format_datetime, now_utc, office_date
from iok_desk.domain.errors import IokError, ValidationError
from iok_desk.domain.letterhead import Letterhead
from iok_desk.domain.states import LETTER_TRANSITIONS, LetterState
from iok_desk.letters import produce
from iok_desk.private_files import write_private
from iok_desk.services import accounts, clerks, letter_register
from iok_desk.services.clerks import ClerkInfo
from iok_desk.services.dto import Changes, CredentialLetterData, NewPasswordsResult
from iok_desk.services.letter_register import (
    LetterInfo,
    LetterResult,
    ReceiptsResult,
    ReconciliationRow,
    UnusedAccount,
)

from ..changes import Changed
from ..context import DeskContext
from ..forms import child
from ..labels import error_text, problem_text
from ..operations import Job
from .base import Page, day_of, qdate

RANGE_DAYS = 30
SCAN_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff")
"""What an office scanner writes: the files a drop on the page reads as signed strips."""


def scan_files(paths: list[Path]) -> list[Path]:
    return [path for path in paths if path.suffix.lower() in SCAN_SUFFIXES]


def read_scan(path: Path) -> bytes:
    """A scan's bytes (on the worker), or a message naming the file."""
    try:
        return path.read_bytes()
    except OSError as error:
        raise ValidationError(f"Nie można odczytać pliku {path.name}: {error.strerror}.",
                              field="scan", code="scan_unreadable", file=path.name) from error


class LettersPage(Page):
    """The letter register and its actions. ``ask_text`` / ``ask_path`` / ``confirm`` are the
    page's questions to the clerk (the tests replace them). Scans of signed strips dropped on
    the page mark their letters handed over (``letter_register.receive_scans``)."""

    FORM = "letters_page"
    KEY = "letters"

    def __init__(self, desk: DeskContext, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, settings, parent)
        form = self.form
        self.state = child(form, QComboBox, "state")
        self.state.addItem(self.tr("All"), "")
        for state, text in self._state_names().items():
            self.state.addItem(text, state.value)
        self.day_from = child(form, QDateEdit, "dayFrom")
        self.day_to = child(form, QDateEdit, "dayTo")
        today = office_date(now_utc())
        self.day_from.setDate(qdate(today.fromordinal(today.toordinal() - RANGE_DAYS)))
        self.day_to.setDate(qdate(today))
        self.table = child(form, QTableView, "letters")
        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels([
            self.tr("Number"), self.tr("State"), self.tr("Login ID"), self.tr("Resident"),
            self.tr("Printed"), self.tr("Printed by"), self.tr("Details")])
        self.table.setModel(self.model)
        self.remember_table(self.table, (14, 14, 10, 22, 16, 10, 30))
        self.reconciliation_table = child(form, QTableView, "reconciliation")
        self.reconciliation_model = QStandardItemModel(0, 8, self)
        self.reconciliation_model.setHorizontalHeaderLabels([
            self.tr("Day"), self.tr("Clerk"), self.tr("Printed"), self.tr("Handed over"),
            self.tr("Posted"), self.tr("Returned"), self.tr("Voided"),
            self.tr("Still in the office")])
        self.reconciliation_table.setModel(self.reconciliation_model)
        self.remember_table(self.reconciliation_table, (11, 10, 9, 11, 9, 9, 9, 30),
                            name="reconciliation")
        self.reconciliation_rows: list[ReconciliationRow] = []
        self.reconciliation_table.activated.connect(self.open_difference)
        self.outcome = child(form, QLabel, "outcome")
        self.buttons = {
            LetterState.HANDED_OVER: child(form, QPushButton, "handedButton"),
            LetterState.POSTED: child(form, QPushButton, "postedButton"),
            LetterState.RETURNED: child(form, QPushButton, "returnedButton"),
            LetterState.VOIDED: child(form, QPushButton, "voidButton")}
        self.buttons[LetterState.HANDED_OVER].clicked.connect(self.hand_over)
        self.buttons[LetterState.POSTED].clicked.connect(self.post)
        self.buttons[LetterState.RETURNED].clicked.connect(self.mark_returned)
        self.buttons[LetterState.VOIDED].clicked.connect(self.void)
        child(form, QPushButton, "dispatchButton").clicked.connect(self.save_dispatch_list)
        child(form, QPushButton, "unusedButton").clicked.connect(self.show_unused)
        self.unused_dialog: UnusedDialog | None = None
        self.handover_dialog: HandOverDialog | None = None
        self.setAcceptDrops(True)
        self.letters: list[LetterInfo] = []
        self.ask_text: Callable[[str, str], str | None] = self._ask_text
        self.ask_path: Callable[[str, str], str] = lambda caption, name: \
            QFileDialog.getSaveFileName(self, caption, name, self.tr("PDF files (*.pdf)"))[0]
        self.confirm: Callable[[str], bool] = lambda text: QMessageBox.question(
            self, self.tr("Letter register"), text) == QMessageBox.StandardButton.Yes
        self.state.currentIndexChanged.connect(self.reload)
        self.day_from.dateChanged.connect(self.reload)
        self.day_to.dateChanged.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.remember("state", self.state)
        self._update_buttons()
        self.reload()

    def _state_names(self) -> dict[LetterState, str]:
        return {LetterState.PRINTED: self.tr("printed, in the office"),
                LetterState.HANDED_OVER: self.tr("handed over"),
                LetterState.POSTED: self.tr("posted"),
                LetterState.RETURNED: self.tr("returned undelivered"),
                LetterState.VOIDED: self.tr("voided")}

    def _ask_text(self, title: str, label: str) -> str | None:
        from ..reason_dialog import ask_reason

        return ask_reason(self, title, label)

    # -- loading ----------------------------------------------------------------------------

    def on_changed(self, changes: Changed) -> None:
        if changes.everything or changes.new_accounts or changes.accounts:
            self.reload()

    def reload(self) -> None:
        desk = self._desk
        state = str(self.state.currentData() or "")
        day_from, day_to = day_of(self.day_from.date()), day_of(self.day_to.date())
        if day_from > day_to:
            self._show(self.tr("The start date is after the end date."), error=True)
            return

        def work(_job: Job) -> tuple[list[LetterInfo], list[ReconciliationRow]]:
            return (letter_register.list_letters(desk.db, state=state or None,
                                                 day_from=day_from, day_to=day_to),
                    letter_register.reconciliation(desk.db, day_from, day_to))

        desk.ops.run(work, lambda found: self._on_loaded(*found), owner=self)

    def _on_loaded(self, letters: list[LetterInfo], rows: list[ReconciliationRow]) -> None:
        chosen = self.selected()
        self.letters = letters
        self.model.removeRows(0, self.model.rowCount())
        names = self._state_names()
        for info in letters:
            state = LetterState(info.state)
            details = {LetterState.HANDED_OVER: info.received_by,
                       LetterState.POSTED: info.tracking_number,
                       LetterState.VOIDED: info.void_reason}.get(state, "")
            if info.first_password_expires_at and state in (LetterState.HANDED_OVER,
                                                            LetterState.POSTED):
                details += " · " + self.tr("first password until %1").replace(
                    "%1", format_date(office_date(info.first_password_expires_at)))
            self.model.appendRow([QStandardItem(text) for text in (
                info.number, names[state], format_login_id(info.login_id), info.person_name,
                format_datetime(info.printed_at), info.printed_by, details)])
        self.reconciliation_rows = rows
        self.reconciliation_model.removeRows(0, self.reconciliation_model.rowCount())
        for row in rows:
            items = [QStandardItem(text) for text in (
                format_date(row.day), row.clerk_login, str(row.printed), str(row.handed_over),
                str(row.posted), str(row.returned), str(row.voided),
                f"{row.in_office}" + (": " + ", ".join(row.open_numbers) if row.open_numbers
                                      else ""))]
            if row.in_office:
                items[-1].setForeground(Qt.GlobalColor.darkRed)
            self.reconciliation_model.appendRow(items)
        self.fit_columns_once()
        self.fit_columns_once("reconciliation")
        if chosen is not None:
            self.select(chosen.number)
        self._update_buttons()

    def open_difference(self, index: QModelIndex) -> None:
        """Enter or a double click on a reconciliation row: the register shows that day's
        letters still in the office, the row's clerk's numbers said below."""
        if not 0 <= index.row() < len(self.reconciliation_rows):
            return
        row = self.reconciliation_rows[index.row()]
        if not row.in_office:
            self._show(self.tr("Every letter %1 printed on %2 has left the office.")
                       .replace("%1", row.clerk_login).replace("%2", format_date(row.day)))
            return
        for widget in (self.state, self.day_from, self.day_to):
            widget.blockSignals(True)
        self.state.setCurrentIndex(self.state.findData(LetterState.PRINTED.value))
        self.day_from.setDate(qdate(row.day))
        self.day_to.setDate(qdate(row.day))
        for widget in (self.state, self.day_from, self.day_to):
            widget.blockSignals(False)
        self._show(self.tr("Still in the office from %1 on %2: %3").replace(
            "%1", row.clerk_login).replace("%2", format_date(row.day)).replace(
            "%3", ", ".join(row.open_numbers)), error=True)
        self.reload()

    def selected(self) -> LetterInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.letters):
            return None
        return self.letters[rows[0].row()]

    def select(self, number: str) -> None:
        for row, info in enumerate(self.letters):
            if info.number == number:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        info = self.selected()
        allowed = LETTER_TRANSITIONS[LetterState(info.state)] if info else frozenset()
        for state, button in self.buttons.items():
            button.setEnabled(state in allowed)

    # -- actions ----------------------------------------------------------------------------

    def _show(self, text: str, *, error: bool = False) -> None:
        self.outcome.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.outcome.setText(text)

    def _run(self, step: Callable[[], LetterResult], done_text: str) -> None:
        def done(result: LetterResult) -> None:
            self._show(done_text.replace("%1", result.letter.number))

        self._desk.ops.run(lambda _job: step(), done, owner=self,
                           on_failure=lambda error: self._show(error_text(error), error=True))

    def hand_over(self) -> None:
        """The handover dialog: who received the letter, which clerk checked the ID (me by
        default), and the signed strip's scan if there is one."""
        info = self.selected()
        if info is None:
            return
        self.handover_dialog = HandOverDialog(self._desk, info, self)
        self.handover_dialog.accepted.connect(self._hand_over_accepted)
        self.handover_dialog.open()

    def _hand_over_accepted(self) -> None:
        dialog = self.handover_dialog
        assert dialog is not None
        desk, number = self._desk, dialog.info.number
        name, checker, scan = dialog.received_by.text(), dialog.checker(), dialog.scan

        def step() -> LetterResult:
            content, file_name = (read_scan(scan), scan.name) if scan else (None, "")
            return letter_register.hand_over(desk.db, desk.actor, number, received_by=name,
                                             id_checked_by=checker, scan=content,
                                             scan_name=file_name)

        self._run(step, self.tr("Letter %1 handed over; the first password works from now on."))

    # -- scans dropped on the page ----------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if scan_files([Path(url.toLocalFile()) for url in urls if url.isLocalFile()]):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = scan_files([Path(url.toLocalFile()) for url in event.mimeData().urls()
                            if url.isLocalFile()])
        if paths:
            event.acceptProposedAction()
            self.receive_scans(paths)

    def receive_scans(self, paths: list[Path]) -> None:
        """Read the scans on the worker: each signed strip marks its letter handed over; what
        could not be taken is listed under the table."""
        desk = self._desk

        def work(_job: Job) -> ReceiptsResult:
            scans = [(path.name, read_scan(path)) for path in paths]
            return letter_register.receive_scans(desk.db, desk.actor, scans)

        def done(result: ReceiptsResult) -> None:
            lines = [self.tr("Read %n signed strip(s)", "", len(result.handed_over))
                     + (": " + ", ".join(result.handed_over) if result.handed_over else ".")]
            for problem in result.problems:
                where = problem.file_name + (
                    " " + self.tr("page %1").replace("%1", str(problem.page))
                    if problem.page else "")
                lines.append(f"{where}{' ' + problem.number if problem.number else ''}: "
                             + problem_text(None, problem.code, problem.reason,
                                            problem.details))
            self._show("\n".join(lines), error=bool(result.problems))

        desk.ops.run(work, done, owner=self, progress_parent=self,
                     label=self.tr("Reading the scans…"),
                     on_failure=lambda error: self._show(error_text(error), error=True))

    def post(self) -> None:
        info = self.selected()
        if info is None:
            return
        tracking = self.ask_text(self.tr("Posted"), self.tr(
            "Registered mail number of letter %1:").replace("%1", info.number))
        if tracking is None:
            return
        desk = self._desk
        self._run(lambda: letter_register.post(desk.db, desk.actor, info.number,
                                               tracking_number=tracking),
                  self.tr("Letter %1 posted; the first password works from now on."))

    def mark_returned(self) -> None:
        info = self.selected()
        if info is None or not self.confirm(self.tr(
                "Did the post bring letter %1 back undelivered? Its first password stops "
                "working.").replace("%1", info.number)):
            return
        desk = self._desk
        self._run(lambda: letter_register.mark_returned(desk.db, desk.actor, info.number),
                  self.tr("Letter %1 returned; issue a new first password or close the "
                          "account."))

    def void(self) -> None:
        info = self.selected()
        if info is None:
            return
        reason = self.ask_text(self.tr("Void"), self.tr(
            "Why is letter %1 voided (misprint, lost, destroyed)?").replace("%1", info.number))
        if reason is None:
            return
        desk = self._desk
        self._run(lambda: letter_register.void(desk.db, desk.actor, info.number, reason=reason),
                  self.tr("Letter %1 voided."))

    def delete_selected(self) -> str:
        """Delete: void the selected letter, in the dialog that asks for the reason (Cancel
        its default button, Enter in the reason confirms nothing)."""
        info = self.selected()
        if info is None:
            return self.tr("Select the letter to void.")
        if LetterState.VOIDED not in LETTER_TRANSITIONS[LetterState(info.state)]:
            return self.tr("Letter %1 is %2 and can no longer be voided.").replace(
                "%1", info.number).replace("%2", self._state_names()[LetterState(info.state)])
        self.void()
        return ""

    def save_dispatch_list(self) -> None:
        day = day_of(self.day_to.date())
        path_text = self.ask_path(self.tr("Save the dispatch list"),
                                  f"ksiazka-nadawcza-{day.isoformat()}.pdf")
        if not path_text:
            return
        path = Path(path_text)
        desk = self._desk

        def work(_job: Job) -> int:
            content, count = produce.dispatch_list(desk.db, desk.actor, day)
            write_private(path, content, overwrite=True)
            return count

        def failed(error: IokError) -> None:
            self._show(error_text(error), error=True)

        self._desk.ops.run(work, lambda count: self._show(
            self.tr("Saved %1: %n letter(s) posted on the day.", "", count)
            .replace("%1", str(path))), owner=self, on_failure=failed)

    def show_unused(self) -> None:
        self.unused_dialog = UnusedDialog(self._desk, self._state_names(), self)
        self.unused_dialog.show()


class HandOverDialog(QDialog):
    """Handing a letter over in the office: who received it (name as on the ID), which clerk
    checked the ID (the acting clerk unless another is chosen; never the ID's number) and,
    optionally, the scan of the signed strip. ``choose_scan`` is the file question (the tests
    replace it)."""

    def __init__(self, desk: DeskContext, info: LetterInfo, parent: QWidget) -> None:
        super().__init__(parent)
        self._desk = desk
        self.info = info
        self.scan: Path | None = None
        self.setWindowTitle(self.tr("Hand over letter %1").replace("%1", info.number))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Letter %1 for %2 (login ID %3).").replace(
            "%1", info.number).replace("%2", info.person_name).replace(
            "%3", format_login_id(info.login_id))))
        fields = QFormLayout()
        self.received_by = QLineEdit(info.person_name)
        self.received_by.setObjectName("receivedBy")
        received_label = QLabel(self.tr("&Received by (name as on the ID):"))
        received_label.setBuddy(self.received_by)
        fields.addRow(received_label, self.received_by)
        self.checked_by = QComboBox()
        self.checked_by.setObjectName("idCheckedBy")
        checker_label = QLabel(self.tr("ID &checked by:"))
        checker_label.setBuddy(self.checked_by)
        fields.addRow(checker_label, self.checked_by)
        scan_row = QHBoxLayout()
        self.scan_name = QLabel(self.tr("no scan"))
        self.scan_name.setObjectName("scanName")
        self.scan_button = QPushButton(self.tr("&Attach scan…"))
        self.scan_button.setObjectName("scanButton")
        self.scan_button.setAutoDefault(False)
        scan_row.addWidget(self.scan_name, 1)
        scan_row.addWidget(self.scan_button)
        scan_label = QLabel(self.tr("Signed strip:"))
        fields.addRow(scan_label, scan_row)
        layout.addLayout(fields)
        buttons = QDialogButtonBox()
        self.hand_over_button = buttons.addButton(self.tr("&Hand over"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.hand_over_button.setObjectName("handOverButton")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.scan_button.clicked.connect(self._choose_scan)
        self.choose_scan: Callable[[], str] = lambda: QFileDialog.getOpenFileName(
            self, self.tr("Scan of the signed strip"), "",
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"))[0]
        self.resize(560, self.sizeHint().height())
        desk.ops.run(lambda _job: clerks.list_clerks(desk.db), self._on_clerks, owner=self)

    def _on_clerks(self, found: list[ClerkInfo]) -> None:
        me = self._desk.actor.login.strip().lower()
        self.checked_by.clear()
        for clerk in (item for item in found if item.active):
            self.checked_by.addItem(f"{clerk.full_name} ({clerk.login})", clerk.login)
        self.checked_by.setCurrentIndex(max(0, self.checked_by.findData(me)))

    def checker(self) -> str | None:
        """The chosen clerk's login (None before the list arrived: the acting clerk)."""
        return str(self.checked_by.currentData()) if self.checked_by.count() else None

    def _choose_scan(self) -> None:
        chosen = self.choose_scan()
        if chosen:
            self.scan = Path(chosen)
            self.scan_name.setText(self.scan.name)


class UnusedDialog(QDialog):
    """Issued accounts nobody has used whose first password expired or expires soon, with
    their letter; the selected ones get a new first password each (same login IDs, one
    transaction, all letters in one preview) or are closed (each on its own, audited).
    ``ask_reason`` is the question to the clerk (the tests replace it)."""

    def __init__(self, desk: DeskContext, state_names: dict[LetterState, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._state_names = state_names
        self.setWindowTitle(self.tr("Unused first passwords"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(self.tr("Also those expiring &within (days):"))
        self.within = QSpinBox()
        self.within.setRange(0, 365)
        self.within.setValue(7)
        label.setBuddy(self.within)
        row.addWidget(label)
        row.addWidget(self.within)
        row.addStretch()
        layout.addLayout(row)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Login ID"), self.tr("Resident"), self.tr("First password"),
            self.tr("Letter"), self.tr("Letter state")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        buttons = QDialogButtonBox()
        self.new_passwords = buttons.addButton(self.tr("&New first passwords for selected…"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.close_accounts = buttons.addButton(self.tr("Close &selected accounts…"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        done = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        done.setText(self.tr("Close"))
        layout.addWidget(buttons)
        self.new_passwords.clicked.connect(self.renew_selected)
        self.close_accounts.clicked.connect(self.close_selected)
        done.clicked.connect(self.accept)
        self.within.valueChanged.connect(self.reload)
        self.ask_reason: Callable[[str], str | None] = self._ask_reason
        self.found: list[UnusedAccount] = []
        self.resize(760, 420)
        self.reload()

    def _ask_reason(self, label: str) -> str | None:
        from ..reason_dialog import ask_reason

        return ask_reason(self, self.tr("Unused first passwords"), label, multi_line=True)

    def _selected_logins(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.found[row].login_id for row in rows if row < len(self.found)]

    def renew_selected(self) -> None:
        """A new first password for each selected account: one transaction, so the one PDF
        previewed holds every letter whose password works — or nothing changed and the
        message names each refused account."""
        logins = self._selected_logins()
        if not logins:
            self.outcome.setText(self.tr("Select the accounts to give a new first password."))
            return
        reason = self.ask_reason(self.tr(
            "Why do the selected accounts get a new first password (letter returned, lost)?"))
        if reason is None:
            return
        desk = self._desk
        made: list[bytes] = []

        def deliver(letterhead: Letterhead, letters: list[CredentialLetterData]) -> None:
            made.append(produce.credential_letters_pdf(letterhead, letters))

        def work(_job: Job) -> NewPasswordsResult:
            return accounts.new_first_passwords(desk.db, desk.actor, logins, reason=reason,
                                                deliver=deliver)

        def done(result: NewPasswordsResult) -> None:
            from ..letters import show_issued_letters  # the print preview: not at start

            self.outcome.setText(self.tr("New first passwords: %n account(s); print the "
                                         "letters from the preview.", "", len(result.letters)))
            show_issued_letters(desk, result.letters, made[0], self)
            self.reload()

        desk.ops.run(work, done, owner=self, progress_parent=self,
                     label=self.tr("Preparing letters…"),
                     on_failure=lambda error: self.outcome.setText(error_text(error)))

    def reload(self) -> None:
        desk, within = self._desk, self.within.value()
        desk.ops.run(lambda _job: letter_register.unused_accounts(desk.db, within_days=within),
                     self._on_loaded, owner=self,
                     on_failure=lambda error: self.outcome.setText(error_text(error)))

    def _on_loaded(self, found: list[UnusedAccount]) -> None:
        self.found = found
        self.table.setRowCount(len(found))
        for row, item in enumerate(found):
            when = format_date(office_date(item.first_password_expires_at)) \
                if item.first_password_expires_at else ""
            expiry = (self.tr("expired %1") if item.expired else self.tr("expires %1")) \
                .replace("%1", when)
            for column, text in enumerate((format_login_id(item.login_id), item.person_name,
                                           expiry, item.letter_number,
                                           self._state_names.get(LetterState(item.letter_state),
                                                                 "") if item.letter_state
                                           else "")):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def close_selected(self) -> None:
        logins = self._selected_logins()
        if not logins:
            self.outcome.setText(self.tr("Select the accounts to close."))
            return
        reason = self.ask_reason(self.tr(
            "Why are the selected accounts closed (the letter never reached its resident)?"))
        if reason is None:
            return
        desk = self._desk

        def work(_job: Job) -> tuple[Changes, list[str]]:
            changes, refused = Changes(), []
            for login in logins:
                try:
                    changes = changes | letter_register.close_unused_account(
                        desk.db, desk.actor, login, reason=reason)
                except IokError as error:
                    refused.append(f"{format_login_id(login)}: {error_text(error)}")
            return changes, refused

        def done(result: tuple[Changes, list[str]]) -> None:
            changes, refused = result
            self.outcome.setText("\n".join([self.tr("Closed: %n account(s).", "", len(
                changes.accounts)), *refused]))
            self.reload()

        desk.ops.run(work, done, owner=self)
