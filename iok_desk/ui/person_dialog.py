"""A person's record (RODO Art. 15/16): everything the desk holds on one person, the correction
of names and contacts with its reason, and the Art. 15 letter (PDF) or JSON. Opened from the
account view, the unit view and the Account menu (the selected search result, or a person
named by #ID, login ID or "Name Surname, unit")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_date, format_datetime
from iok_desk.domain.errors import IokError
from iok_desk.letters import produce
from iok_desk.private_files import write_private
from iok_desk.services import persons
from iok_desk.services.persons import Correction, PersonRecord

from .context import DeskContext, clear_error, show_error
from .labels import label
from .operations import Job


def _table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[object]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))


def _day(value: object) -> str:
    """An ISO date or moment of the record as the office writes it; "—" for none."""
    if not value:
        return "—"
    text = str(value)
    if "T" in text:
        return format_datetime(datetime.fromisoformat(text))
    return format_date(date.fromisoformat(text))


class PersonDialog(QDialog):
    """One person's record, reloaded after a correction.

    Signals:
        sig_loaded(): the record arrived (also after a reload).
    """

    sig_loaded = Signal()

    def __init__(self, desk: DeskContext, person: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.spec = person
        self.record: PersonRecord | None = None
        self.setObjectName("personDialog")
        self.setWindowTitle(self.tr("Person's record"))
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel(self.tr("Everything IOK Desk holds on this person. A correction "
                                   "is saved with its reason in the audit trail."))
        self.note.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.pseudonymised = QLabel(self.tr("The data of this person was pseudonymised after "
                                            "its retention period; it cannot be corrected."))
        self.pseudonymised.setWordWrap(True)
        self.pseudonymised.hide()

        self.first_name, self.last_name = QLineEdit(), QLineEdit()
        self.email, self.phone, self.reason = QLineEdit(), QLineEdit(), QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. request for rectification of 01.12.2026"))
        for name, edit in (("firstName", self.first_name), ("lastName", self.last_name),
                           ("email", self.email), ("phone", self.phone),
                           ("reason", self.reason)):
            edit.setObjectName(name)
        contact = QGroupBox(self.tr("Contact data and names"))
        form = QFormLayout(contact)
        for text, edit in ((self.tr("&First name:"), self.first_name),
                           (self.tr("&Last name:"), self.last_name),
                           (self.tr("E-&mail:"), self.email),
                           (self.tr("&Phone:"), self.phone),
                           (self.tr("&Reason:"), self.reason)):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.correct_button = QPushButton(self.tr("&Save correction"))
        self.correct_button.setObjectName("correctButton")
        self.correct_button.clicked.connect(self.save_correction)
        form.addRow("", self.correct_button)

        self.titles = _table([self.tr("Unit"), self.tr("Title"), self.tr("From"),
                              self.tr("To")])
        self.accounts = _table([self.tr("Login ID"), self.tr("Status"), self.tr("Issued"),
                                self.tr("Units")])
        self.requests = _table([self.tr("Number"), self.tr("Kind"), self.tr("Status"),
                                self.tr("Received"), self.tr("Attachments"), self.tr("Proxy")])
        self.letters = _table([self.tr("Letter"), self.tr("Produced")])
        self.events = _table([self.tr("When"), self.tr("Clerk"), self.tr("What happened")])
        self.tabs = QTabWidget()
        for widget, text in ((self.titles, self.tr("Titles")),
                             (self.accounts, self.tr("Accounts")),
                             (self.requests, self.tr("Requests")),
                             (self.letters, self.tr("Letters")),
                             (self.events, self.tr("Audit events"))):
            self.tabs.addTab(widget, text)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.pdf_button = QPushButton(self.tr("Art. 15 &letter (PDF)…"))
        self.json_button = QPushButton(self.tr("Data as &JSON…"))
        close = QPushButton(self.tr("&Close"))
        self.pdf_button.setObjectName("exportPdfButton")
        self.json_button.setObjectName("exportJsonButton")
        self.pdf_button.clicked.connect(lambda: self.export(as_json=False))
        self.json_button.clicked.connect(lambda: self.export(as_json=True))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.pdf_button, self.json_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        top = QHBoxLayout()
        top.addWidget(contact, 2)
        summary = QVBoxLayout()
        summary.addWidget(self.heading)
        summary.addWidget(self.note)
        summary.addWidget(self.summary)
        summary.addWidget(self.pseudonymised)
        summary.addStretch(1)
        top.addLayout(summary, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        # Asks where to save (caption, suggested name, filter); the tests replace it.
        self.ask_path = lambda caption, name, filters: QFileDialog.getSaveFileName(
            self, caption, name, filters)[0]
        self.resize(980, 640)
        self.reload()

    def reload(self) -> None:
        desk, spec = self._desk, self.spec
        desk.ops.run(lambda _job: persons.person_record(desk.db, spec), self._on_record,
                     owner=self, on_failure=self._on_failed)

    def _on_failed(self, error: IokError) -> None:
        show_error(self.error, error)

    def _on_record(self, record: PersonRecord) -> None:
        self.record = record
        self.spec = f"#{record.person_id}"
        person = record.person
        self.heading.setText(f"{record.full_name}  (#{record.person_id})")
        for edit, key in ((self.first_name, "first_name"), (self.last_name, "last_name"),
                          (self.email, "email"), (self.phone, "phone")):
            edit.setText(str(person[key] or ""))
        gone = person["pseudonymised_at"] is not None
        for edit in (self.first_name, self.last_name, self.email, self.phone, self.reason):
            edit.setReadOnly(gone)
        self.correct_button.setEnabled(not gone)
        _fill(self.titles, [(t["unit"], label(t["kind"]), _day(t["valid_from"]),
                             _day(t["valid_to"])) for t in record.titles])
        _fill(self.accounts, [(format_login_id(a["login_id"]), label(a["status"]),
                               _day(a["issued_at"]),
                               ", ".join(u["unit"] for u in a["units"]))
                              for a in record.accounts])
        _fill(self.requests, [(r["number"], label(r["kind"]), label(r["status"]),
                               _day(r["received_at"]),
                               len(r["attachments"]),
                               r["proxy"]["name"] if r["proxy"] else "")
                              for r in record.requests])
        kinds = {"receipt": self.tr("request receipt"),
                 "decision": self.tr("decision letter"),
                 "credential": self.tr("credential letter"),
                 "person_export": self.tr("copy of personal data")}
        _fill(self.letters, [(kinds.get(letter["kind"], letter["kind"]),
                              _day(letter["created_at"])) for letter in record.letters])
        _fill(self.events, [(_day(e["occurred_at"]), e["clerk"], e["summary"])
                            for e in record.audit])
        self.summary.setText(self.tr(
            "Titles: %1 · accounts: %2 · requests: %3 · letters: %4 · audit events: %5")
            .replace("%1", str(len(record.titles))).replace("%2", str(len(record.accounts)))
            .replace("%3", str(len(record.requests))).replace("%4", str(len(record.letters)))
            .replace("%5", str(len(record.audit))))
        self.pseudonymised.setVisible(gone)
        self.sig_loaded.emit()

    def save_correction(self) -> None:
        record = self.record
        if record is None:
            return
        clear_error(self.error)
        person = record.person
        given = {key: edit.text() for key, edit in (
            ("first_name", self.first_name), ("last_name", self.last_name),
            ("email", self.email), ("phone", self.phone))
            if edit.text() != (person[key] or "")}
        desk, spec, reason = self._desk, self.spec, self.reason.text()
        self.correct_button.setEnabled(False)
        desk.ops.run(lambda _job: persons.correct_person(
            desk.db, desk.actor, spec, reason=reason, expected_version=record.version,
            **given), self._on_corrected, owner=self, on_failure=self._on_correct_failed)

    def _on_correct_failed(self, error: IokError) -> None:
        self.correct_button.setEnabled(True)
        show_error(self.error, error)

    def _on_corrected(self, done: Correction) -> None:
        self.reason.clear()
        self.correct_button.setEnabled(True)
        if done.name_changed and done.live_logins:
            QMessageBox.information(self, self.tr("Name corrected"), self.tr(
                "The letters of account %1 show the former name. Give a new letter only if "
                "the resident asks for one: open the account and reissue it.").replace(
                    "%1", ", ".join(format_login_id(login) for login in done.live_logins)))
        self.reload()

    def export(self, *, as_json: bool) -> None:
        record = self.record
        if record is None:
            return
        suffix = "json" if as_json else "pdf"
        path = self.ask_path(self.tr("Save the copy of personal data"),
                             f"dane-osoby-{record.person_id}.{suffix}",
                             "JSON (*.json)" if as_json else "PDF (*.pdf)")
        if not path:
            return
        target, desk, spec = Path(path), self._desk, self.spec

        def work(_job: Job) -> Path:
            content = produce.person_export(desk.db, desk.actor, spec, file_name=target.name,
                                            as_json=as_json)
            write_private(target, content, overwrite=True)
            return target

        clear_error(self.error)
        desk.ops.run(work, self._on_exported, owner=self, on_failure=self._on_failed)

    def _on_exported(self, target: Path) -> None:
        self.error.setStyleSheet("")
        self.error.setText(self.tr("Saved to %1.").replace("%1", str(target)))
        self.reload()
