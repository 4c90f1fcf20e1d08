"""Logging a request, and verifying one: the applicant's titles to the unit beside the
request; ask for information, approve, reject with a reason, issue credentials."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.dates import format_date, format_datetime, now_utc, office_date
from iok_desk.domain.errors import IokError
from iok_desk.domain.rodo import LettersTo, ProxyKind
from iok_desk.domain.states import REQUEST_TRANSITIONS, Channel, RequestKind, RequestStatus
from iok_desk.services import browse, intake, requests
from iok_desk.services.dto import RequestInfo
from iok_desk.services.lookups import TitleVerdict

from .attachments import AttachmentsPanel
from .changes import Changed
from .context import ERROR_STYLE, DeskContext, clear_error, show_error
from .forms import child, fit_on_screen, load_form
from .labels import label, phone_text, problem_text
from .letters import (
    WithLetter,
    print_decision,
    print_receipt,
    show_issued_letter,
    with_letter_in_memory,
)


class _DropsToAttachments(QDialog):
    """A dialog whose attachments panel takes files dropped anywhere on it."""

    attachments: AttachmentsPanel

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.attachments.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.attachments.dropEvent(event)


class NewRequestDialog(_DropsToAttachments):
    """Log a request that came on paper, by e-mail, by phone or in person.

    Signals:
        sig_registered(str): the register number given to the new request.
    """

    sig_registered = Signal(str)

    def __init__(self, desk: DeskContext, parent: QWidget | None = None, *,
                 email: tuple[str, bytes, intake.EmailPreview] | None = None) -> None:
        """``email``: a dropped message (file name, bytes, preview) — the form is pre-filled
        from it and registering stores the message and its attachments with the request."""
        super().__init__(parent)
        self._desk = desk
        self._email = email
        # The unit the clerk chose to register although the register does not know it.
        self._unknown_unit_accepted: str | None = None
        self.unit_question: QMessageBox | None = None
        self.setWindowTitle(self.tr("Log a request"))
        form = self.form = load_form("new_request_dialog", self)
        self.source = QLabel(form)
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source.hide()
        self.attachments = AttachmentsPanel(desk, None, form)
        root = form.layout()
        if isinstance(root, QVBoxLayout):
            root.insertWidget(0, self.source)
            root.insertWidget(root.indexOf(child(form, QLabel, "error")), self.attachments)
        self.setAcceptDrops(True)
        self.kind = child(form, QComboBox, "kind")
        self.channel = child(form, QComboBox, "channel")
        self.first_name = child(form, QLineEdit, "firstName")
        self.last_name = child(form, QLineEdit, "lastName")
        self.unit = child(form, QLineEdit, "unit")
        self.login_id = child(form, QLineEdit, "loginId")
        self.email = child(form, QLineEdit, "email")
        self.phone = child(form, QLineEdit, "phone")
        self.note = child(form, QPlainTextEdit, "note")
        self.error = child(form, QLabel, "error")
        self.outcome = child(form, QLabel, "outcome")
        buttons = child(form, QDialogButtonBox, "buttons")
        self.register_button = buttons.addButton(self.tr("&Register"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.register_button.setDefault(True)
        self.receipt_button = buttons.addButton(self.tr("Print re&ceipt…"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.receipt_button.setEnabled(False)
        self.receipt_button.setToolTip(self.tr("Register the request first."))
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.number: str | None = None
        self.duplicate_of: str | None = None
        self.stored: intake.EmailImportResult | None = None
        self.receipt_button.clicked.connect(self._on_receipt)
        self.register_button.clicked.connect(self._on_register)
        self.close_button.clicked.connect(self.reject)
        for kind in RequestKind:
            self.kind.addItem(label(kind.value), kind.value)
        for channel in Channel:
            self.channel.addItem(label(channel.value), channel.value)
        self._fields: dict[str, QWidget] = {
            "kind": self.kind, "channel": self.channel, "first_name": self.first_name,
            "last_name": self.last_name, "unit": self.unit, "login_id": self.login_id,
            "email": self.email, "phone": self.phone, "note": self.note}
        self._add_proxy_fields(form)
        self.fields_scroll = _scroll_the_fields(form, self.error)
        self.kind.setFocus()
        if email is not None:
            self._fill_from_email(*email)
        self.proxy.toggled.connect(self._grow_to_the_form)
        self._grow_to_the_form()
        desk.ops.run(lambda _job: browse.unit_addresses(desk.db), self._on_addresses,
                     owner=self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._grow_to_the_form()  # the form is laid out in its final font only now

    def _grow_to_the_form(self) -> None:
        """As tall as the whole form where the screen allows (Qt alone would open a dialog
        whose form scrolls at two thirds of the screen); the rest scrolls."""
        self.ensurePolished()  # sizes in the style and font the dialog is shown with
        scroll, form = self.fields_scroll, self.fields_scroll and self.fields_scroll.widget()
        if scroll is not None and form is not None:
            # Never narrower than its form (it scrolls only up and down); Qt's layouts do not
            # see the form inside grow on their own.
            bar = scroll.verticalScrollBar().sizeHint().width()
            scroll.setMinimumWidth(form.minimumSizeHint().width() + bar
                                   + 2 * scroll.frameWidth())
            for layout in (self.form.layout(), self.layout()):
                if layout is not None:
                    layout.invalidate()
                    layout.activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))
        if self.isVisible():
            fit_on_screen(self)

    def _fill_from_email(self, file_name: str, _raw: bytes,
                         preview: intake.EmailPreview) -> None:
        self.setWindowTitle(self.tr("Log a request from an e-mail — %1").replace("%1",
                                                                                  file_name))
        draft = preview.draft
        self.kind.setCurrentIndex(self.kind.findData(draft.kind))
        self.channel.setCurrentIndex(self.channel.findData(Channel.EMAIL.value))
        self.channel.setEnabled(False)
        for widget, value in ((self.first_name, draft.first_name),
                              (self.last_name, draft.last_name), (self.unit, draft.unit),
                              (self.login_id, draft.login_id), (self.email, draft.email),
                              (self.phone, draft.phone)):
            widget.setText(value)
        self.note.setPlainText(draft.note)
        sender = f"{preview.sender_name} <{preview.sender_email}>".strip()
        lines = [self.tr("From: %1").replace("%1", sender),
                 self.tr("Subject: %1").replace("%1", preview.subject)]
        if preview.sent_at is not None:
            lines.append(self.tr("Sent: %1").replace("%1", format_datetime(preview.sent_at)))
        if preview.forwarded_from:
            lines.append(self.tr("Forwarded; the original is from %1").replace(
                "%1", preview.forwarded_from))
        for check in preview.attachments:
            lines.append(self.tr("Attachment %1: %2").replace("%1", check.file_name).replace(
                "%2", problem_text(None, check.refused_code, check.refused,
                                   check.refused_details) if check.refused
                else self.tr("will be stored")))
        self.source.setText("\n".join(lines))
        self.source.show()
        if preview.duplicate_of:
            self.error.setText(self.tr("This message is already registered as request %1.")
                               .replace("%1", preview.duplicate_of))
            self.register_button.setEnabled(False)
            self.register_button.setToolTip(self.error.text())
            self.duplicate_of = preview.duplicate_of
            return
        if preview.problems:
            self.error.setText("\n".join(problem_text(problem.field, problem.code,
                                                    problem.message, problem.details)
                                       for problem in preview.problems))
            for problem in preview.problems:
                culprit = self._fields.get(problem.field)
                if culprit is not None:
                    culprit.setStyleSheet(ERROR_STYLE)
            first = self._fields.get(preview.problems[0].field)
            if first is not None:
                first.setFocus()

    def _add_proxy_fields(self, form: QWidget) -> None:
        """The identity check (never the document's number) and a proxy, if one files the
        request: who, the kind of authorisation, its reference and date, whom letters go to.
        The authorisation's scan is attached like any other file."""
        self.id_checked = QCheckBox(self.tr("Identity document checked (its number is not "
                                            "recorded)"))
        self.proxy = QGroupBox(self.tr("Filed by a proxy"))
        self.proxy.setCheckable(True)
        self.proxy.setChecked(False)
        self.proxy_name, self.proxy_reference = QLineEdit(), QLineEdit()
        self.proxy_kind, self.letters_to = QComboBox(), QComboBox()
        self.proxy_date = QDateEdit()
        self.proxy_date.setCalendarPopup(True)
        self.proxy_date.setDisplayFormat("dd.MM.yyyy")
        today = office_date(now_utc())
        self.proxy_date.setDate(QDate(today.year, today.month, today.day))
        self.proxy_kind.addItem(self.tr("notarial power of attorney"), ProxyKind.NOTARIAL.value)
        self.proxy_kind.addItem(self.tr("written authorisation signed in front of staff"),
                                ProxyKind.WRITTEN.value)
        self.letters_to.addItem(self.tr("to the resident"), LettersTo.RESIDENT.value)
        self.letters_to.addItem(self.tr("handed to the proxy against signature"),
                                LettersTo.PROXY.value)
        details = QWidget(self.proxy)
        QVBoxLayout(self.proxy).addWidget(details)
        details.hide()  # shown only when a proxy files the request: the dialog stays short
        self.proxy.toggled.connect(details.setVisible)
        rows = QFormLayout(details)
        rows.setContentsMargins(0, 0, 0, 0)
        for text, widget in ((self.tr("Proxy:"), self.proxy_name),
                             (self.tr("Authorisation:"), self.proxy_kind),
                             (self.tr("Reference:"), self.proxy_reference),
                             (self.tr("Dated:"), self.proxy_date),
                             (self.tr("Letters:"), self.letters_to)):
            rows.addRow(text, widget)
        self._fields.update({"proxy_name": self.proxy_name, "proxy_kind": self.proxy_kind,
                             "proxy_reference": self.proxy_reference,
                             "proxy_date": self.proxy_date, "letters_to": self.letters_to})
        root = form.layout()
        if isinstance(root, QVBoxLayout):
            at = root.indexOf(self.attachments)
            root.insertWidget(at, self.proxy)
            root.insertWidget(at, self.id_checked)

    def _proxy_given(self) -> requests.Proxy | None:
        if not self.proxy.isChecked():
            return None
        day = self.proxy_date.date()
        return requests.Proxy(name=self.proxy_name.text(),
                              kind=str(self.proxy_kind.currentData()),
                              reference=self.proxy_reference.text(),
                              signed_on=date(day.year(), day.month(), day.day()),
                              letters_to=str(self.letters_to.currentData()))

    def _on_addresses(self, addresses: list[str]) -> None:
        completer = QCompleter(addresses, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.unit.setCompleter(completer)

    def _on_register(self) -> None:
        clear_error(self.error, self._fields)
        data = requests.NewRequest(
            kind=str(self.kind.currentData()), channel=str(self.channel.currentData()),
            first_name=self.first_name.text(), last_name=self.last_name.text(),
            unit=self.unit.text(), login_id=self.login_id.text(), email=self.email.text(),
            phone=self.phone.text(), note=self.note.toPlainText(),
            id_checked=self.id_checked.isChecked(), proxy=self._proxy_given())
        desk = self._desk
        self.register_button.setEnabled(False)
        if self._email is not None:
            file_name, raw, preview = self._email
            draft = replace(preview.draft, kind=data.kind, first_name=data.first_name,
                            last_name=data.last_name, unit=data.unit, login_id=data.login_id,
                            email=data.email, phone=data.phone, note=data.note)
            desk.ops.run(lambda _job: intake.import_email(
                desk.db, desk.actor, raw, draft=draft, file_name=file_name, proxy=data.proxy,
                id_checked=data.id_checked), self._on_imported, owner=self,
                on_failure=self._on_failed)
            return
        if data.unit.strip() and data.unit != self._unknown_unit_accepted:
            # A unit the register does not know is registered only after the clerk says so.
            desk.ops.run(lambda _job: browse.register_address(desk.db, data.unit),
                         lambda found: self._register(data) if found is not None
                         else self._ask_unknown_unit(data), owner=self,
                         on_failure=lambda _error: self._register(data))
            return
        self._register(data)

    def _ask_unknown_unit(self, data: requests.NewRequest) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unit not in the register"),
                          self.tr("The unit register has no unit %1. Register the request "
                                  "anyway? Its unit is then checked by hand.")
                          .replace("%1", data.unit.strip()),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Register anyway"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Correct the unit"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self._unknown_unit_accepted = data.unit
                self._register(data)
            else:
                self.register_button.setEnabled(True)
                self.unit.setStyleSheet(ERROR_STYLE)
                self.unit.setFocus()

        box.finished.connect(answered)
        self.unit_question = box
        box.open()

    def _register(self, data: requests.NewRequest) -> None:
        desk = self._desk
        desk.ops.run(lambda _job: requests.register_request(desk.db, desk.actor, data),
                     self._on_registered, owner=self, on_failure=self._on_failed)

    def _on_imported(self, result: intake.EmailImportResult) -> None:
        desk, number = self._desk, result.number
        skipped = [f"{item.file_name}: " + problem_text(None, item.code, item.reason, item.details)
                   for item in result.skipped]
        self.stored = result

        def done(info: RequestInfo) -> None:
            self._on_registered(info)
            stored = self.tr("Stored with it: %1.").replace(
                "%1", ", ".join(item.file_name for item in result.attachments))
            if skipped:
                stored += " " + self.tr("Not stored: %1.").replace("%1", "; ".join(skipped))
            self.outcome.setText(self.outcome.text() + " " + stored)

        desk.ops.run(lambda _job: requests.get_request(desk.db, number), done, owner=self,
                     on_failure=self._on_failed)

    def _on_registered(self, info: RequestInfo) -> None:
        self.outcome.setText(self.tr("Registered as %1 on %2.").replace(
            "%1", info.number).replace("%2", format_datetime(info.received_at)))
        for widget in self._fields.values():
            widget.setEnabled(False)
        self.number = info.number
        self.attachments.set_number(info.number)
        self.register_button.setEnabled(False)
        self.receipt_button.setEnabled(True)
        self.receipt_button.setToolTip("")
        self.receipt_button.setDefault(True)
        self.receipt_button.setFocus()
        self.sig_registered.emit(info.number)

    def _on_receipt(self) -> None:
        if self.number is not None:
            print_receipt(self._desk, self.number, self)

    def _on_failed(self, error: IokError) -> None:
        show_error(self.error, error, self._fields)
        self.register_button.setEnabled(error.code != "duplicate_message")


class VerifyRequestDialog(_DropsToAttachments):
    """One request beside the unit register's titles, with the decisions its state allows.

    Signals:
        sig_loaded(): the request and the titles are shown (also after every change).
    """

    sig_loaded = Signal()

    def __init__(self, desk: DeskContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.number = number
        self.info: RequestInfo | None = None
        self.setWindowTitle(self.tr("Request %1").replace("%1", number))
        form = load_form("verify_request_dialog", self)
        self._labels = {name: child(form, QLabel, name) for name in
                        ("number", "status", "kind", "channel", "received", "applicant",
                         "contact", "unit", "login", "note", "decision")}
        self.titles_heading = child(form, QLabel, "titlesHeading")
        self.titles = child(form, QTableWidget, "titles")
        self.match = child(form, QLabel, "match")
        self.text = child(form, QPlainTextEdit, "text")
        self.error = child(form, QLabel, "error")
        self.ask_button = child(form, QPushButton, "askButton")
        self.resume_button = child(form, QPushButton, "resumeButton")
        self.approve_button = child(form, QPushButton, "approveButton")
        self.reject_button = child(form, QPushButton, "rejectButton")
        self.issue_button = child(form, QPushButton, "issueButton")
        self.decision_button = child(form, QPushButton, "decisionButton")
        self.decision_button.clicked.connect(self._on_decision_letter)
        self.reply_button = QPushButton(self.tr("Reply by e-&mail…"))
        self.reply_button.setObjectName("replyButton")
        self.reply_button.hide()  # for a request that came by e-mail
        self.reply_button.clicked.connect(self._on_reply)
        child(form, QHBoxLayout, "actions").addWidget(self.reply_button)
        child(form, QPushButton, "closeButton").clicked.connect(self.accept)
        headers = [self.tr("Person"), self.tr("Title"), self.tr("From"), self.tr("To")]
        self.titles.setColumnCount(len(headers))
        self.titles.setHorizontalHeaderLabels(headers)
        self.titles.verticalHeader().hide()
        self.titles.horizontalHeader().setStretchLastSection(True)
        self.attachments = AttachmentsPanel(desk, number, form)
        root = form.layout()
        if isinstance(root, QVBoxLayout):
            root.insertWidget(1, self.attachments)
        self.setAcceptDrops(True)
        self.ask_button.clicked.connect(self._on_ask)
        self.resume_button.clicked.connect(self._on_resume)
        self.approve_button.clicked.connect(self._on_approve)
        self.reject_button.clicked.connect(self._on_reject)
        self.issue_button.clicked.connect(self._on_issue)
        desk.ops.sig_changed.connect(self._on_changed)
        self.resize(980, 720)
        self.reload()

    def _on_changed(self, changed: Changed) -> None:
        if changed.touches_request(self.number):
            self.reload()

    def reload(self) -> None:
        desk, number = self._desk, self.number
        desk.ops.run(lambda _job: requests.verification(desk.db, number), self._on_loaded,
                     owner=self, on_failure=lambda error: show_error(self.error, error))

    def _verdict_text(self, verdict: TitleVerdict, applicant: str) -> str:
        return {
            TitleVerdict.HOLDS: self.tr("✓ %1 holds a legal title to this unit valid today."),
            TitleVerdict.NOT_VALID_TODAY: self.tr("✗ %1's title to this unit is not valid "
                                                  "today."),
            TitleVerdict.NO_TITLE: self.tr("✗ %1 holds no title to this unit."),
            TitleVerdict.UNIT_UNKNOWN: self.tr("✗ The unit is not in the register."),
            TitleVerdict.NO_UNIT: "",
        }[verdict].replace("%1", applicant)

    def _on_loaded(self, verification: requests.Verification) -> None:
        info = self.info = verification.request
        applicant = f"{info.applicant_first_name} {info.applicant_last_name}"
        values = {
            "number": info.number, "status": label(info.status)
            + (" — " + self.tr("OVERDUE") if browse.is_overdue(info) else ""),
            "kind": label(info.kind), "channel": label(info.channel),
            "received": format_datetime(info.received_at), "applicant": applicant,
            "contact": ", ".join(part for part in (phone_text(info.applicant_phone),
                                                 info.applicant_email) if part) or "—",
            "unit": info.unit_address or info.unit_text or "—",
            "login": format_login_id(info.login_id) if info.login_id else "—",
            "note": info.note or "—", "decision": info.decision_reason or "—"}
        for name, value in values.items():
            self._labels[name].setText(value)
        self.titles_heading.setText(self.tr("Titles to %1:").replace(
            "%1", info.unit_address or info.unit_text) if info.unit_text
            else self.tr("This request names no unit."))
        self.titles.setRowCount(len(verification.titles))
        for row, verified in enumerate(verification.titles):
            title = verified.title
            for column, text in enumerate((title.person_name, label(title.kind),
                                           format_date(title.valid_from),
                                           format_date(title.valid_to) if title.valid_to
                                           else "—")):
                item = QTableWidgetItem(text)
                if verified.applicants:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.titles.setItem(row, column, item)
        self.titles.resizeColumnsToContents()
        holds = verification.verdict == TitleVerdict.HOLDS
        self.match.setText(self._verdict_text(verification.verdict, applicant))
        self.match.setStyleSheet("" if verification.verdict == TitleVerdict.NO_UNIT else
                                 f"color: {'#1b5e20' if holds else '#b00020'}; "
                                 "font-weight: bold;")
        self._update_actions(info)
        self.sig_loaded.emit()

    def _allow(self, button: QPushButton, target: RequestStatus, info: RequestInfo) -> None:
        allowed = target in REQUEST_TRANSITIONS[RequestStatus(info.status)]
        button.setEnabled(allowed)
        button.setToolTip("" if allowed else self.tr(
            "Not possible for a request that is %1.").replace("%1", label(info.status)))

    def _update_actions(self, info: RequestInfo) -> None:
        self._allow(self.ask_button, RequestStatus.NEEDS_INFO, info)
        self._allow(self.approve_button, RequestStatus.APPROVED, info)
        self._allow(self.reject_button, RequestStatus.REJECTED, info)
        resumable = RequestStatus.RECEIVED in REQUEST_TRANSITIONS[RequestStatus(info.status)]
        self.resume_button.setEnabled(resumable)
        self.resume_button.setToolTip("" if resumable else self.tr(
            "Only a request waiting for information can be resumed."))
        approved = RequestStatus.DONE in REQUEST_TRANSITIONS[RequestStatus(info.status)]
        self.issue_button.setText({
            RequestKind.GRANT: self.tr("&Issue credentials…"),
            RequestKind.ADD_UNIT: self.tr("A&dd the unit to the account"),
            RequestKind.BLOCK: self.tr("&Block the account"),
            RequestKind.REVOKE: self.tr("Re&voke the access"),
        }[RequestKind(info.kind)])
        self.issue_button.setEnabled(approved)
        self.issue_button.setToolTip("" if approved else self.tr(
            "A request is carried out once it is approved."))
        self.reply_button.setVisible(info.channel == Channel.EMAIL and bool(info.applicant_email))
        rejected = info.status == RequestStatus.REJECTED
        self.decision_button.setEnabled(rejected)
        self.decision_button.setToolTip("" if rejected else self.tr(
            "The decision letter quotes the reason of a rejected request."))

    def _run(self, work: object, on_success: object = None) -> None:
        clear_error(self.error, {"note": self.text, "reason": self.text})
        self._desk.ops.run(work, on_success or (lambda _result: self.text.clear()),  # type: ignore[arg-type]
                           owner=self, on_failure=self._on_failed)

    def _on_failed(self, error: IokError) -> None:
        show_error(self.error, error, {"note": self.text, "reason": self.text})

    def _decision(self, action: object) -> None:
        info, desk, text = self.info, self._desk, self.text.toPlainText()
        if info is None:
            return
        self._run(lambda _job: action(desk.db, desk.actor, info.number, text,  # type: ignore[operator]
                                      expected_version=info.version))

    def _on_ask(self) -> None:
        self._decision(requests.ask_for_information)

    def _on_resume(self) -> None:
        self._decision(requests.resume_request)

    def _on_reject(self) -> None:
        self._decision(requests.reject_request)

    def _on_approve(self) -> None:
        info, desk = self.info, self._desk
        if info is not None:
            self._run(lambda _job: requests.approve_request(desk.db, desk.actor, info.number,
                                                            expected_version=info.version))

    def _on_issue(self) -> None:
        """Carry out the approved request (the service decides what that means for its
        kind); a grant's letter is rendered before the commit, into memory."""
        info, desk = self.info, self._desk
        if info is None:
            return
        db, actor, number, version = desk.db, desk.actor, info.number, info.version
        self._run(lambda _job: with_letter_in_memory(
            lambda deliver: requests.carry_out(db, actor, number, expected_version=version,
                                               deliver=deliver)), self._on_carried_out)

    def _on_reply(self) -> None:
        """The replies this request can get now, then the dialog that shows and sends one."""
        from iok_desk.services import mail_replies

        from .mail_reply_dialog import MailReplyDialog

        desk, number = self._desk, self.number

        def open_dialog(kinds: tuple[str, ...]) -> None:
            dialog = MailReplyDialog(desk, number, kinds, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.sig_sent.connect(lambda to: self.error.setText(
                self.tr("Reply sent to %1 and kept with the request.").replace("%1", to)))
            self.reply_dialog = dialog
            dialog.open()

        desk.ops.run(lambda _job: mail_replies.reply_kinds(desk.db, number), open_dialog,
                     owner=self, on_failure=self._on_failed)

    def _on_decision_letter(self) -> None:
        if self.info is not None:
            print_decision(self._desk, self.info.number, self)

    def _on_carried_out(self, done: WithLetter[requests.CarryOutResult]) -> None:
        self.text.clear()
        issued = done.result.issued
        if issued is not None and issued.letter is None:
            self.error.setText(self.tr("The unit was added to the person's account %1; no new "
                                       "letter is needed.").replace(
                "%1", format_login_id(issued.login_id)))
        if done.letter is not None and done.pdf is not None:
            show_issued_letter(self._desk, done.letter, done.pdf, self)


class _WholeFormScrollArea(QScrollArea):
    """Asks for room for its whole form, so the dialog opens as tall as the form where the
    screen allows; on a smaller screen the dialog is fitted to it and the form scrolls.
    (QScrollArea's own hint is capped at a few dozen lines of text.)"""

    def sizeHint(self) -> QSize:
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        frame = 2 * self.frameWidth()
        return inner.sizeHint() + QSize(bar + frame, frame)


def _scroll_the_fields(form: QWidget, first_kept: QWidget) -> QScrollArea | None:
    """Everything above ``first_kept`` (the error line) scrolls; the error, the outcome and
    the buttons below it stay in view however tall the form (a proxy box open) grows."""
    root = form.layout()
    if not isinstance(root, QVBoxLayout) or root.indexOf(first_kept) <= 0:
        return None
    fields = QWidget()
    column = QVBoxLayout(fields)
    column.setContentsMargins(0, 0, 0, 0)
    while root.indexOf(first_kept) > 0:
        item = root.takeAt(0)
        if item is None:
            break
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            column.addWidget(widget)
        elif inner is not None:
            column.addLayout(inner)  # its widgets move along
        else:
            column.addItem(item)
    scroll = _WholeFormScrollArea()
    scroll.setObjectName("fieldsScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(fields)
    root.insertWidget(0, scroll, 1)
    return scroll
