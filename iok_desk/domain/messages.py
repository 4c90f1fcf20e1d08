"""What the services say, in the desk's two languages.

A service raises an ``IokError`` with its Polish message (what the CLI prints and the Polish
window shows), a ``code`` and parameters (``field`` and the error's ``details``). The English
window renders the same error from its code: ``render_error(error, "en")``. An error whose
code has no English text here, or whose parameters do not fill it, is told by its kind and
field — never in Polish.

Audit events are stored with their Polish summary; the English window shows the action's
English label with the request and account the event concerns (``render_audit_summary``).
No Qt here: the window says which language it shows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from .audit import AUDIT_LABELS
from .credentials import format_login_id
from .errors import (
    ConflictError,
    DatabaseUnavailable,
    InvalidFields,
    IokError,
    NotAllowed,
    NotFound,
    SchemaMismatch,
    ValidationError,
)
from .states import LABELS

Language = Literal["pl", "en"]

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "kind": ("Rodzaj wniosku", "Kind of request"),
    "channel": ("Sposób złożenia", "Channel"),
    "first_name": ("Imię", "First name"),
    "last_name": ("Nazwisko", "Surname"),
    "email": ("E-mail", "E-mail"),
    "phone": ("Telefon", "Phone"),
    "unit": ("Lokal", "Unit"),
    "login_id": ("Identyfikator", "Login ID"),
    "note": ("Uwagi", "Note"),
    "reason": ("Uzasadnienie", "Reason"),
    "received_at": ("Data wpływu", "Received on"),
    "number": ("Numer wniosku", "Request number"),
    "role": ("Rola", "Role"),
    "login": ("Login", "Login"),
    "full_name": ("Imię i nazwisko", "Full name"),
    "caller_name": ("Zgłaszający", "Caller"),
    "caller_phone": ("Telefon zgłaszającego", "Caller's phone"),
    "organisation": ("Nazwa", "Organisation"),
    "department": ("Dział", "Department"),
    "street": ("Ulica", "Street"),
    "postal_code": ("Kod pocztowy", "Postal code"),
    "city": ("Miejscowość", "City"),
    "website": ("Strona internetowa", "Website"),
    "first_password_days": ("Ważność hasła startowego", "First password valid for"),
    "letter": ("Pismo", "Letter"),
    "file": ("Plik", "File"),
    "sort_key": ("Sortowanie", "Sort order"),
    "password": ("Hasło", "Password"),
}
"""Every input a service names in ``field``: (Polish, English)."""

ERRORS_EN: dict[str, str] = {
    # The letter register, the phone clerk's view, the residents' rights, the mailbox and the
    # electronic form.
    "account_used": "This account has been used or is not issued: it is closed by revoking "
                    "its access.",
    "batch_refused": "No new password was issued: these accounts were refused (used "
                     "meanwhile, not issued, or their grant approved by you): {accounts}.",
    "bad_category": "Unknown retention category.",
    "bad_policy_kind": "Publish the rules (rules) or the information clause (clause).",
    "bad_version": "A version has 1 to 32 characters.",
    "confirmation_no_address": "The account has no unit: there is no address to send the "
                               "confirmation to.",
    "confirmation_not_blocked": "The account is not blocked: no block confirmation is sent.",
    "duties_approver_prints": "With separation of duties, the credential letter is printed by "
                              "a clerk other than the one who approved the request.",
    "duties_countersign_role": "A block for abuse is countersigned by a supervisor.",
    "duties_no_proposal": "The account has no proposed block to countersign.",
    "duties_no_proposal_to_withdraw": "The account has no proposed block to withdraw.",
    "duties_withdraw_role": "A proposed block is withdrawn by the clerk who proposed it or by "
                            "a supervisor.",
    "duties_same_clerk": "The block for abuse was proposed by the same clerk: another clerk, a "
                         "supervisor, countersigns it.",
    "folders_not_distinct": "The inbox, the folder of registered mail and the folder of "
                            "dismissed mail must be three different folders.",
    "form_not_found": "There is no such electronic form.",
    "form_processed": "This electronic form has already been dealt with.",
    "invalid_folder": "That folder name is not allowed: use letters without Polish "
                      "characters, digits, spaces, dots, hyphens or slashes (at most 100).",
    "no_accounts_chosen": "Select the accounts to give a new first password.",
    "scan_unreadable": "The scan file could not be read.",
    # Why a scanned strip was not taken (``services.letter_register.ReceiptProblem``).
    "receipt_file_unreadable": "the file cannot be read ({error})",
    "receipt_code_unreadable": "no code could be read from the receipt",
    "scan_type": "The scan of the receipt must be a PDF, JPEG, PNG or TIFF file.",
    "letter_not_found": "There is no such letter in the letter register.",
    "letter_number_format": "A letter number is written PL/YYYY/NNNNN, e.g. PL/2026/00017.",
    "letter_state": "Unknown state of a letter.",
    "letter_transition": "The letter cannot move to that state from the one it is in.",
    "invalid_tls_mode": "Unknown kind of encryption for the mail server.",
    "mail_gone": "This message is no longer in the mailbox: a clerk at another desk has dealt "
                 "with it. Refresh the list.",
    "mailbox_ca_unreadable": "The mail server's certificate file cannot be read.",
    "mailbox_folder": "The folder cannot be created on the mail server.",
    "mailbox_login_refused": "The mail server refused the user with this password.",
    "mailbox_no_answer": "The mail server did not answer: check the port and the kind of "
                         "encryption (STARTTLS on the IMAPS port waits for ever).",
    "mailbox_no_starttls": "The mail server offers no STARTTLS: choose encryption from the "
                           "start of the connection (IMAPS).",
    "mailbox_not_configured": "The mailbox is not set up: an administrator gives its server "
                              "and user (Desk ▸ Mail settings or iok-desk mailbox settings).",
    "mailbox_password_missing": "This desk has no password for the mailbox: save it "
                                "(iok-desk mailbox password or the mail settings).",
    "mailbox_refused": "The mail server refused the command.",
    "mailbox_tls": "The TLS connection to the mail server is not secure: check the server's "
                   "certificate.",
    "mailbox_unknown_host": "There is no mail server named {host}: check the server's name.",
    "mailbox_unreachable": "The mail server cannot be reached.",
    "month_format": "Not a month: give YYYY-MM, e.g. 2026-11.",
    "month_in_future": "That month has not begun yet.",
    "month_out_of_range": "That month is out of range.",
    "no_change": "Nothing changes: give a new value.",
    "pg_trgm_missing": "The database server lacks the pg_trgm extension the search needs: the "
                       "IT person installs it (docs/install.md).",
    "person_ambiguous": "The unit has several holders of that name: name the person by number "
                        "(#…).",
    "person_not_found": "There is no such person.",
    "person_pseudonymised": "This person's data has been erased (pseudonymised).",
    "person_spec": "A person is named by #number, a login ID (8 digits) or “First Surname, "
                   "unit”, e.g. “Jan Kowalski, Paprykowa 12/5”.",
    "policy_version_exists": "That version has already been published.",
    "receipt_login_mismatch": "The receipt's code does not match the letter's login ID.",
    "reply_not_email": "The request did not come by e-mail: the answer goes by letter.",
    "reply_without_address": "The request has no e-mail address of the applicant.",
    "reply_wrong_status": "This reply cannot be sent in the request's present state.",
    "scan_size": "The scan of the receipt is empty or larger than 20 MB.",
    "smtp_failed": "The message could not be sent; nothing was recorded. Try again.",
    "smtp_login_refused": "The SMTP server refused the user; nothing was sent.",
    "smtp_no_tls": "The SMTP server offers no encryption (STARTTLS): nothing was sent.",
    "smtp_not_configured": "Sending mail is not set up: an administrator gives the SMTP "
                           "server and the office's address (iok-desk mailbox settings).",
    "smtp_tls": "The TLS connection to the SMTP server is not secure; nothing was sent.",
    "stale_person": "Someone else changed this person's data meanwhile; refresh the view.",
    "tracking_format": "A registered-mail number is written without spaces.",
    "unknown_reply_kind": "Unknown kind of reply. Login IDs and passwords are never sent by "
                          "e-mail — only in a letter.",
    "verification_required": "Tick how the caller was verified.",
    # Values typed into a form.
    "required": "“{field}” is required.",
    "too_long": "“{field}” is too long.",
    "value_too_long": "“{field}” is too long.",
    "invisible_character": "“{field}” contains an invisible or control character.",
    "script_not_allowed": "“{field}” may contain only Latin letters, spaces, dots, hyphens "
                          "and apostrophes.",
    "name_characters": "“{field}” may contain only letters, spaces, hyphens and apostrophes.",
    "phone_characters": "“{field}”: a phone number has only digits, spaces, hyphens and +.",
    "phone_length": "“{field}”: a Polish phone number has 9 digits (e.g. 601 234 567); a "
                    "foreign one +CC and 8 to 15 digits.",
    "phone_prefix": "“{field}”: a Polish number does not start with 0.",
    "email_format": "“{field}” is not an e-mail address.",
    "unit_address_format": "“{field}”: write the unit as “street number/unit”, e.g. "
                           "Paprykowa 12/5.",
    "postal_code_format": "“{field}”: a Polish postal code is written 81-198.",
    "login_id_format": "“{field}”: a login ID has 8 characters, e.g. 4821-0937.",
    "login_id_check_digit": "“{field}”: the check digit is wrong — was a digit misheard or "
                            "two swapped?",
    "register_number_format": "A request number is written IOK/year/number, e.g. "
                              "IOK/2026/00042.",
    "unknown_choice": "“{field}”: unknown value.",
    "future_date": "“{field}” cannot be in the future.",
    "out_of_range": "“{field}” is out of range.",
    "value_out_of_range": "“{field}” is out of range.",
    "date_format": "“{field}” is not a date.",
    "date_range": "The first day is after the last one.",
    "date_range_too_long": "The range of days is too long.",
    "date_out_of_range": "“{field}” is out of range.",
    "bad_date": "Not a date (YYYY-MM-DD or DD.MM.YYYY).",
    "clerk_login_format": "A clerk's login has lower-case letters, digits, dot, hyphen or "
                          "underscore and starts with a letter.",
    "letter_required": "A grant is carried out with its credential letter.",
    "draft_incomplete": "The request could not be filled in: “{field}” and possibly more "
                        "need your attention.",
    "register_file": "The register file has errors.",
    # A register file's bad values (intake/csv_register.py RowProblem), after "line N, column":
    "register_value": "the value is not accepted",
    "register_not_text": "the file is not text in UTF-8 or Windows-1250 (save it as CSV in "
                         "one of them)",
    "register_undecodable": "the file's characters cannot be read",
    "register_unreadable_line": "the line cannot be read",
    "register_empty": "the file is empty",
    "register_missing_column": "a required column is missing",
    "register_field_count": "the line has {fields} fields and the header {header} (check the "
                            "separator “{separator}”)",
    "register_yes_no": "“{value}” — write T (yes) or N (no)",
    "register_number": "“{value}” — a number is up to 4 digits and perhaps a letter (e.g. 12, "
                       "230A)",
    "register_postal_code": "“{value}” — a postcode is written 81-198",
    "register_unit_kind": "“{value}” — allowed: mieszkalny (flat), uzytkowy (commercial), "
                          "garaz (garage); Polish letters optional",
    "register_person_without_key": "no person key although the line gives the person's data "
                                   "({columns})",
    "register_title_kind": "“{value}” — allowed: spoldzielcze prawo do lokalu (cooperative "
                           "right), wlasnosc (ownership), wlasnosc we wspolnocie mieszkaniowej "
                           "(ownership in an association), najem (lease); Polish letters "
                           "optional",
    "register_title_start": "missing (the day the title begins)",
    "register_title_ends_before_start": "the title ends before it begins",
    "register_key_differs": "“{key}” has other data here than on line {other_line}",
    "register_address_twice": "the same address has the unit key “{key}” on line {other_line}",
    "register_title_twice": "the title “{key}” is already on line {other_line}",
    "register_address_held": "the address belongs in the database to the unit with the key "
                             "“{key}”",
    "file_unreadable": "The file cannot be read.",
    "attachment_refused": "“{file_name}” cannot be attached (its type or size).",
    "unit_not_found": "There is no unit {unit} in the register.",
    "unit_already_on_account": "The account already has this unit.",
    "unit_not_on_account": "The account has no access to this unit.",
    # Things that are not there.
    "not_found": "Not found.",
    "request_not_found": "There is no request {number}.",
    "account_not_found": "There is no account {login_id}.",
    "clerk_not_found": "There is no such clerk.",
    "attachment_not_found": "There is no such attachment.",
    # Not allowed now or for this clerk.
    "role_required": "This needs the role: {roles}.",
    "unknown_clerk": "This login is not a registered, active clerk of IOK Desk.",
    "last_admin": "This is the last active administrator; make someone else administrator "
                  "first.",
    "request_transition": "The request's state does not allow this.",
    "account_transition": "The account's state does not allow this.",
    "request_not_approved": "Only an approved request is carried out.",
    "request_not_rejected": "A decision letter is written for a rejected request only.",
    "wrong_request_kind": "The request is of another kind.",
    "request_other_account": "The request names another account.",
    "request_other_unit": "The request names another unit.",
    "person_has_live_account": "The person already has a live account ({login_id}).",
    "person_has_blocked_account": "The person's account {login_id} is blocked: issue a new "
                                  "login ID for it instead.",
    "reissue_no_valid_title": "The person has no valid legal title to any of the account's "
                              "units.",
    "check_no_title": "The person has no valid legal title to this unit.",
    "check_unit_unknown": "The unit is not in the register.",
    "check_no_account": "No account matches.",
    "check_several_accounts": "Several accounts match; name the login ID.",
    "check_account_owner": "The account belongs to someone else.",
    "access_revoked": "The access is already revoked.",
    "demo_not_empty": "Demo data goes only into an empty database.",
    # Someone else was quicker.
    "conflict": "Someone else changed this meanwhile; look at it again and retry.",
    "conflict_stale": "Someone else changed this meanwhile; look at it again and retry.",
    "conflict_integrity": "Someone else changed this meanwhile; look at it again and retry.",
    "duplicate_message": "This message is already registered as request {number}.",
    "clerk_exists": "This clerk exists already.",
    "admin_exists": "An administrator exists already.",
    # The database and its connection.
    "database_unavailable": "The database is not answering; the next action reconnects.",
    "database_unreachable": "The database server cannot be reached: check the server's name "
                            "and that it runs.",
    "database_refused": "The database refused the login: check the login and the password.",
    "wrong_password": "The database server refused the login or the password: save the right "
                      "password in Desk ▸ Database connection.",
    "database_missing": "The server has no such database: check its name.",
    "database_locked": "The database is busy; try again in a moment.",
    "database_in_use": "The database is in use.",
    "connection_lost": "The connection to the database was lost; the next action reconnects.",
    "connect_failed": "The desk cannot connect to the database.",
    "no_database": "No database is set up yet.",
    "keyring_unavailable": "The system keyring is not available.",
    "url_format": "The database address is not valid.",
    "url_with_password": "The password belongs in the password field, not in the address.",
    "url_without_user": "The database address names no login.",
    "url_port": "The port is not a number.",
    "office_fields": "Fill in the server, the database and the login.",
    "office_port": "The port is not a number.",
    "schema_mismatch": "The database and this desk differ in version.",
    "schema_outdated": "The database is older than this desk: an administrator upgrades it.",
    "schema_unknown": "The database is newer than this desk: install the new version.",
    "schema_changed": "The database was upgraded meanwhile: restart the desk.",
    "desk_too_old": "This desk is too old for the database: install the new version.",
    "cancelled": "Cancelled; nothing was saved.",
    "validation": "“{field}”: the value is not accepted.",
    # What to fix in a request read from an e-mail or a PDF form (``intake.draft.Problem``).
    "missing": "“{field}” could not be filled in from the message.",
    "form_no_action": "No action is ticked on the form.",
    "form_many_actions": "More than one action is ticked on the form.",
    "kind_ambiguous": "The message does not say clearly what it asks for.",
    "attachment_is_scan": "The attachment “{file_name}” is a scan — read it and type the "
                          "request.",
    "login_not_found": "The login ID {login_id} belongs to no account — check it with the "
                       "applicant or remove it.",
    "text_encoding_broken": "The message's encoding is broken (no charset): “{field}” has "
    "“\ufffd” in place of letters — type it correctly.",
    # Why an attachment of a message was not stored (``services.intake.SkippedFile``).
    "file_empty": "the file is empty",
    "file_too_large": "the file is {size}, the limit is {limit}",
    "file_type_not_allowed": "this kind of file is not accepted (accepted: PDF, JPEG, PNG, "
    "HEIC, e-mail messages, Outlook .msg files)",
    "file_already_attached": "the same file is already attached to the request",
    "not_outlook_message": "This file is not an Outlook message (.msg) the desk can read: it "
    "is damaged or another Office file. Save the message in Outlook with “Save as”.",
    "invalid_fields": "Several fields need your attention.",
    "not_allowed": "This is not allowed now.",
    "actor_not_login": "The clerk acting is not the database login in use.",
    "roles_need_postgresql": "Database roles exist on PostgreSQL only.",
    "limit_out_of_range": "Too many results asked for.",
    "backup_failed": "The backup could not be made.",
    "no_backup": "There is no backup to restore.",
    "not_a_backup": "The file is not a backup of the desk's database.",
    "restore_failed": "The backup could not be restored.",
    "file_exists": "The file exists already.",
    "file_not_written": "The file could not be written.",
    "not_an_email": "The file is not an e-mail message.",
    "message_malformed": "The e-mail message is damaged.",
    "message_too_large": "The e-mail message is too large.",
    "message_too_deep": "The e-mail message nests too deep.",
    "message_too_many_lines": "The e-mail message has too many lines.",
    "message_too_many_attachments": "The e-mail message has more than {limit} attachments.",
    "message_header_too_long": "The e-mail's header {header} is too long.",
    "not_request_form": "The PDF is not the cooperative's request form.",
    "pdf_unreadable": "The PDF cannot be read.",
    "password_missing": "The system keyring holds no password for this database: save it in "
                        "Desk ▸ Database connection.",
    "password_too_short": "A password has at least 6 characters.",
    "password_too_long": "A password has at most 128 characters.",
    "password_control_characters": "A password cannot contain control characters.",
    "password_invisible_characters": "A password cannot contain invisible characters.",
    "password_non_ascii_digits": "The digits of a password are 0–9 only.",
    "password_too_few_digits": "A password has at least 4 digits.",
    "letter_not_rendered": "The letter could not be produced.",
    "letter_not_moved": "The account is saved; its letter lies beside the file named.",
}
"""The English text of each error code; ``{field}`` is the English label of its input, the
other names are the error's details."""

_BY_KIND_EN: tuple[tuple[type[IokError], str], ...] = (
    (ValidationError, "“{field}”: the value is not accepted."),
    (NotFound, "Not found."),
    (NotAllowed, "This is not allowed now."),
    (ConflictError, ERRORS_EN["conflict"]),
    (DatabaseUnavailable, ERRORS_EN["database_unavailable"]),
    (SchemaMismatch, ERRORS_EN["schema_mismatch"]),
)


def field_label(field: str | None, language: Language) -> str:
    words = FIELD_LABELS.get(field or "")
    if words is None:
        return field or ""
    return words[0] if language == "pl" else words[1]


def label(value: str, language: Language) -> str:
    """A stored value's word (a status, a reason, an audit action) in ``language``."""
    words = LABELS.get(value) or AUDIT_LABELS.get(value)
    if words is None:
        return value
    return words[0] if language == "pl" else words[1]


def _parameters(error: IokError) -> dict[str, Any]:
    values: dict[str, Any] = {key: value for key, value in error.details.items()}
    values["field"] = field_label(error.field, "en") or "value"
    if "login_id" in values and isinstance(values["login_id"], str):
        values["login_id"] = format_login_id(values["login_id"])
    if isinstance(values.get("roles"), list | tuple):
        values["roles"] = ", ".join(label(role, "en") for role in values["roles"])
    return values


def render_error(error: IokError, language: Language) -> str:
    """The error's message in ``language``: Polish as the service wrote it; English from its
    code and parameters (by its kind when the code has no English text)."""
    if language == "pl":
        return error.message
    if isinstance(error, InvalidFields):
        return "\n".join(render_error(problem, language) for problem in error.problems)
    values = _parameters(error)
    template = ERRORS_EN.get(error.code)
    if template is not None:
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            pass
    for kind, text in _BY_KIND_EN:
        if isinstance(error, kind):
            return text.format(**values)
    return "The desk could not do this."


def render_problem(field: str | None, code: str, message: str, language: Language,
                   details: Mapping[str, Any] | None = None) -> str:
    """A problem of a form read from a file, or of one file of a batch (its field, code,
    Polish message and parameters)."""
    return render_error(ValidationError(message, code=code, field=field, **(details or {})),
                        language)


def render_register_problem(line: int, column: str, code: str, message: str,
                            language: Language, details: Mapping[str, Any] | None = None) -> str:
    """A bad value of a register file with its line and column: Polish as the parser wrote
    it; English from its code and parameters (the column named as in the file)."""
    if language == "pl":
        return f"wiersz {line}" + (f", kolumna „{column}”" if column else "") + f": {message}"
    values: dict[str, Any] = {"field": column or "value", **(details or {})}
    try:
        text = ERRORS_EN.get(code, ERRORS_EN["register_value"]).format(**values)
    except (KeyError, IndexError, ValueError):
        text = ERRORS_EN["register_value"]
    return f"line {line}" + (f", column “{column}”" if column else "") + f": {text.rstrip('.')}"


_REGISTER_ENTITIES_EN = {"estate": "Estate", "unit": "Unit", "person": "Person",
                         "title": "Title"}
REGISTER_FIELDS_EN = {
    "name": "name", "is_association": "association", "estate": "estate", "street": "street",
    "building": "building", "unit_no": "unit number", "postal_code": "postcode",
    "city": "town", "kind": "kind", "first_name": "first name", "last_name": "surname",
    "email": "e-mail", "phone": "phone", "accounting_key": "register key",
    "person": "person", "unit": "unit", "valid_from": "start", "valid_to": "end",
}


def render_register_change(entity: str, key: str, action: str, fields: tuple[str, ...],
                           description: str, language: Language, what: str = "") -> str:
    """One change of a register import: Polish as stored; English from the entity, its key,
    what it is (``what``: a name, an address, a holder and unit) and the changed fields."""
    if language == "pl":
        return description
    named = f"{_REGISTER_ENTITIES_EN.get(entity, entity)} {key}" + (f" ({what})" if what else "")
    if action == "added":
        return f"New: {named}."
    return f"{named}: changed " + ", ".join(REGISTER_FIELDS_EN.get(name, name)
                                            for name in fields) + "."


def render_audit_summary(action: str, summary: str, request_number: str | None,
                         login_id: str | None, language: Language,
                         details: Mapping[str, Any] | None = None) -> str:
    """What happened: the stored Polish summary, or in English the action's label with the
    request, the account, the units and the reason it concerns (from the event's details)."""
    if language == "pl":
        return summary
    parts = [label(action, "en")]
    if request_number:
        parts.append(f"request {request_number}")
    if login_id:
        parts.append(f"account {format_login_id(login_id)}")
    facts = details or {}
    units = facts.get("units") or ([facts["unit"]] if facts.get("unit") else [])
    if isinstance(units, list | tuple) and units:
        parts.append(("unit " if len(units) == 1 else "units ")
                     + ", ".join(str(unit) for unit in units))
    if isinstance(facts.get("reason"), str) and facts["reason"] in LABELS:
        parts.append(label(facts["reason"], "en"))
    return " · ".join(parts)

