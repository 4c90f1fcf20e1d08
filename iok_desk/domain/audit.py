"""The names of audit events: what the trail, its filters and the extracts show."""

from __future__ import annotations

from enum import StrEnum


class AuditAction(StrEnum):
    REQUEST_REGISTER = "request.register"
    REQUEST_ATTACH = "request.attach"
    REQUEST_NEEDS_INFO = "request.needs_info"
    REQUEST_RESUME = "request.resume"
    REQUEST_APPROVE = "request.approve"
    REQUEST_REJECT = "request.reject"
    ACCOUNT_ISSUE = "account.issue"
    ACCOUNT_ADD_UNIT = "account.add_unit"
    ACCOUNT_BLOCK = "account.block"
    ACCOUNT_BLOCK_REPEATED = "account.block_repeated"
    ACCOUNT_BLOCK_PROPOSE = "account.block_propose"
    ACCOUNT_BLOCK_WITHDRAW = "account.block_withdraw"
    LETTER_BLOCK_CONFIRMATION = "letter.block_confirmation"
    ACCOUNT_REISSUE = "account.reissue"
    ACCOUNT_NEW_FIRST_PASSWORD = "account.new_first_password"
    ACCOUNT_REVOKE = "account.revoke"
    ACCOUNT_REVOKE_UNIT = "account.revoke_unit"
    LETTER_RECEIPT = "letter.receipt"
    LETTER_DECISION = "letter.decision"
    EXPORT_MONTHLY_REPORT = "export.monthly_report"
    LETTER_HANDED_OVER = "letter.handed_over"
    LETTER_POSTED = "letter.posted"
    LETTER_RETURNED = "letter.returned"
    LETTER_VOID = "letter.void"
    LETTER_DISPATCH_LIST = "letter.dispatch_list"
    REGISTER_IMPORT = "register.import"
    SETTINGS_CHANGE = "settings.change"
    CLERK_ADD = "clerk.add"
    CLERK_BOOTSTRAP = "clerk.bootstrap"
    CLERK_CHANGE = "clerk.change"
    EXPORT_REQUEST_REGISTER = "export.request_register"
    EXPORT_AUDIT_EXTRACT = "export.audit_extract"
    DEMO_LOAD = "demo.load"
    PERSON_CORRECT = "person.correct"
    PERSON_EXPORT = "person.export"
    POLICY_PUBLISH = "policy.publish"
    RETENTION_RUN = "retention.run"
    EXPORT_SEARCH = "export.search"
    MAIL_DISMISS = "mail.dismiss"
    MAIL_REPLY = "mail.reply"
    WEB_FORM_DISMISS = "web_form.dismiss"
    DB_CHANGE = "db.change"
    """A change the database recorded in a transaction that wrote no audit event of the desk."""


AUDIT_LABELS: dict[str, tuple[str, str]] = {
    AuditAction.REQUEST_REGISTER: ("rejestracja wniosku", "request registered"),
    AuditAction.REQUEST_ATTACH: ("dołączenie plików", "files attached"),
    AuditAction.REQUEST_NEEDS_INFO: ("wezwanie do uzupełnienia", "information asked for"),
    AuditAction.REQUEST_RESUME: ("wniosek uzupełniony", "request completed"),
    AuditAction.REQUEST_APPROVE: ("zatwierdzenie wniosku", "request approved"),
    AuditAction.REQUEST_REJECT: ("odrzucenie wniosku", "request rejected"),
    AuditAction.ACCOUNT_ISSUE: ("wydanie identyfikatora", "login ID issued"),
    AuditAction.ACCOUNT_ADD_UNIT: ("dodanie lokalu do konta", "unit added to an account"),
    AuditAction.ACCOUNT_BLOCK: ("blokada konta", "account blocked"),
    AuditAction.ACCOUNT_BLOCK_REPEATED: ("ponowne zgłoszenie blokady", "block reported again"),
    AuditAction.ACCOUNT_REISSUE: ("nowy identyfikator po blokadzie",
                                  "new login ID after a block"),
    AuditAction.ACCOUNT_NEW_FIRST_PASSWORD: ("nowe hasło startowe", "new first password"),
    AuditAction.ACCOUNT_REVOKE: ("odebranie konta", "account revoked"),
    AuditAction.ACCOUNT_REVOKE_UNIT: ("odebranie dostępu do lokalu", "unit access revoked"),
    AuditAction.LETTER_RECEIPT: ("potwierdzenie przyjęcia", "receipt letter"),
    AuditAction.LETTER_DECISION: ("pismo o odmowie", "decision letter"),
    AuditAction.REGISTER_IMPORT: ("import rejestru lokali", "unit register imported"),
    AuditAction.SETTINGS_CHANGE: ("zmiana ustawień", "settings changed"),
    AuditAction.CLERK_ADD: ("dodanie pracownika", "clerk added"),
    AuditAction.CLERK_BOOTSTRAP: ("pierwszy administrator", "first administrator"),
    AuditAction.CLERK_CHANGE: ("zmiana pracownika", "clerk changed"),
    AuditAction.EXPORT_REQUEST_REGISTER: ("wydruk rejestru wniosków", "request register saved"),
    AuditAction.EXPORT_AUDIT_EXTRACT: ("wyciąg z dziennika", "audit extract saved"),
    AuditAction.EXPORT_SEARCH: ("zapis wyników wyszukiwania", "search results saved"),
    AuditAction.DEMO_LOAD: ("dane demonstracyjne", "demo data loaded"),
    AuditAction.DB_CHANGE: ("zmiana poza IOK Desk", "change outside IOK Desk"),
    AuditAction.ACCOUNT_BLOCK_PROPOSE: ("propozycja blokady", "block proposed"),
    AuditAction.ACCOUNT_BLOCK_WITHDRAW: ("wycofanie propozycji blokady",
                                         "block proposal withdrawn"),
    AuditAction.LETTER_BLOCK_CONFIRMATION: ("potwierdzenie blokady listem",
                                            "block confirmation letter"),
    AuditAction.EXPORT_MONTHLY_REPORT: ("raport miesięczny", "monthly report saved"),
    AuditAction.LETTER_HANDED_OVER: ("pismo wydane osobiście", "letter handed over"),
    AuditAction.LETTER_POSTED: ("pismo nadane pocztą", "letter posted"),
    AuditAction.LETTER_RETURNED: ("pismo zwrócone przez pocztę", "letter returned"),
    AuditAction.LETTER_VOID: ("pismo unieważnione", "letter voided"),
    AuditAction.LETTER_DISPATCH_LIST: ("książka nadawcza", "dispatch list printed"),
    AuditAction.PERSON_CORRECT: ("sprostowanie danych osoby", "personal data corrected"),
    AuditAction.PERSON_EXPORT: ("kopia danych osoby (art. 15)", "personal data copy (Art. 15)"),
    AuditAction.POLICY_PUBLISH: ("nowa wersja zasad lub klauzuli", "rules or clause published"),
    AuditAction.RETENTION_RUN: ("usunięcie danych po terminie", "retention run"),
    AuditAction.MAIL_DISMISS: ("odrzucenie wiadomości", "e-mail dismissed"),
    AuditAction.MAIL_REPLY: ("odpowiedź e-mailem", "e-mail reply sent"),
    AuditAction.WEB_FORM_DISMISS: ("odrzucenie formularza", "web form dismissed"),
}
"""Each audit action's words, (Polish, English), for the trail's column and filter."""
