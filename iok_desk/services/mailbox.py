"""The office mailbox: new messages read over IMAP (TLS), each with the request it would
register, and what the clerk does with it — register, merge into a request, dismiss.

The server is the one inbox of every workstation: a processed message is moved out of the
inbox (to ``done_folder`` when it became or joined a request, to ``dismissed_folder`` when it
was dismissed), so the other desks stop listing it. The database decides a race: a message is
registered once (its Message-ID is unique among requests), and a message already registered
that is still in the inbox is moved away at the next look.

The server, user and folders are settings in the database (every workstation the same); the
password is kept only in this workstation's keyring.
"""

from __future__ import annotations

import dataclasses
import imaplib
import re
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import keyring
from keyring.errors import KeyringError
from sqlalchemy import select
from sqlalchemy.orm import Session

from iok_desk.db.engine import Database
from iok_desk.db.models import Request, Setting
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.errors import ConflictError, IokError, NotAllowed, ValidationError
from iok_desk.domain.states import ClerkRole
from iok_desk.domain.validation import clean_text, validate_email
from iok_desk.intake.draft import RequestDraft
from iok_desk.intake.eml import ParsedEmail

from . import intake, requests
from .context import Actor, load_clerk, record_event
from .dto import Changes

KEYRING_SERVICE = "iok-desk-mailbox"
PREFIX = "mailbox."
DEFAULT_IMAP_PORT = 993
DEFAULT_SMTP_PORT = 587
LIST_LIMIT = 200
TIMEOUT_S = 30
_FOLDER = re.compile(r"^[A-Za-z0-9 ._/\-]{1,100}$")


class TlsMode(StrEnum):
    """How the IMAP connection is encrypted: from the first byte (IMAPS, usually port 993) or
    upgraded by STARTTLS before the login (usually port 143). Never in the clear."""

    IMPLICIT = "implicit"
    STARTTLS = "starttls"


@dataclass(frozen=True)
class MailboxSettings:
    """Where the office mailbox is. ``ca_file``: a certificate authority to trust besides the
    system's (a server with the office's own certificate); empty for the system's only."""

    host: str = ""
    port: int = DEFAULT_IMAP_PORT
    tls_mode: str = TlsMode.IMPLICIT.value
    user: str = ""
    inbox: str = "INBOX"
    done_folder: str = "IOK-zarejestrowane"
    dismissed_folder: str = "IOK-odrzucone"
    smtp_host: str = ""
    smtp_port: int = DEFAULT_SMTP_PORT
    address: str = ""
    ca_file: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.host and self.user)

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.host}"


@dataclass(frozen=True)
class MailItem:
    """A message in the inbox: its UID on the server, and what it says (``preview``) — or why
    it cannot be read (``error``)."""

    uid: str
    size_bytes: int
    preview: intake.EmailPreview | None
    error: str = ""
    code: str = ""
    details: dict[str, Any] = dataclasses.field(default_factory=dict, compare=False)
    # A reply to a registered request (its In-Reply-To/References name the request's
    # message, or its subject the request's number): attach it, do not register it again.
    reply_to: str = ""


@dataclass(frozen=True)
class FetchedMessage:
    uid: str
    subject: str
    sender: str
    number: str = ""
    outcome: str = ""  # registered, attached, already_registered, needs_clerk, unreadable
    reason: str = ""


@dataclass(frozen=True)
class FetchReport:
    """What ``fetch_mailbox`` did: registered messages, messages moved away as registered
    before, and those left in the inbox for a clerk (with the reason)."""

    messages: tuple[FetchedMessage, ...]

    def having(self, outcome: str) -> tuple[FetchedMessage, ...]:
        return tuple(item for item in self.messages if item.outcome == outcome)


# ---- settings and password -------------------------------------------------------------

def _settings_from(session: Session) -> MailboxSettings:
    stored = {row.key.removeprefix(PREFIX): row.value for row in session.scalars(
        select(Setting).where(Setting.key.startswith(PREFIX)))}
    values: dict[str, object] = {}
    for item in dataclasses.fields(MailboxSettings):
        if item.name in stored:
            values[item.name] = (int(stored[item.name]) if item.type in (int, "int")
                                 else stored[item.name])
    return MailboxSettings(**values)  # type: ignore[arg-type]


def get_mailbox_settings(db: Database) -> MailboxSettings:
    with db.reading() as session:
        return _settings_from(session)


def _clean(settings: MailboxSettings) -> MailboxSettings:
    host = clean_text(settings.host, "host", "Serwer IMAP", max_length=253)
    user = clean_text(settings.user, "user", "Użytkownik skrzynki", max_length=200)
    smtp_host = clean_text(settings.smtp_host, "smtp_host", "Serwer SMTP", max_length=253,
                           required=False)
    for name, value in (("port", settings.port), ("smtp_port", settings.smtp_port)):
        if not 1 <= value <= 65535:
            raise ValidationError(f"Port {value} jest spoza zakresu 1–65535.", field=name,
                                  code="out_of_range")
    for name in ("inbox", "done_folder", "dismissed_folder"):
        value = getattr(settings, name).strip()
        if not _FOLDER.match(value):
            raise ValidationError(
                f"Nazwa folderu „{value}” jest niedozwolona: użyj liter bez polskich znaków, "
                "cyfr, spacji, kropki, kreski lub ukośnika (najwyżej 100 znaków).",
                field=name, code="invalid_folder")
    folders = {settings.inbox.strip(), settings.done_folder.strip(),
               settings.dismissed_folder.strip()}
    if len(folders) != 3:
        raise ValidationError("Skrzynka odbiorcza, folder zarejestrowanych i folder "
                              "odrzuconych muszą być trzema różnymi folderami.",
                              field="done_folder", code="folders_not_distinct")
    if settings.tls_mode not in {mode.value for mode in TlsMode}:
        raise ValidationError(f"Nieznany tryb szyfrowania „{settings.tls_mode}” (dozwolone: "
                              + ", ".join(mode.value for mode in TlsMode) + ").",
                              field="tls_mode", code="invalid_tls_mode")
    address = validate_email(settings.address) if settings.address.strip() else ""
    return MailboxSettings(host=host, port=settings.port, tls_mode=settings.tls_mode, user=user,
                           inbox=settings.inbox.strip(), done_folder=settings.done_folder.strip(),
                           dismissed_folder=settings.dismissed_folder.strip(),
                           smtp_host=smtp_host, smtp_port=settings.smtp_port, address=address,
                           ca_file=settings.ca_file.strip())


def update_mailbox_settings(db: Database, actor: Actor, settings: MailboxSettings) -> list[str]:
    """Admin only. The mailbox's server, user and folders for every workstation; returns the
    keys that changed (also in the audit event)."""
    clean = _clean(settings)
    with db.transaction() as session:
        clerk = load_clerk(session, actor, ClerkRole.ADMIN)
        changed: list[str] = []
        for item in dataclasses.fields(MailboxSettings):
            key, value = PREFIX + item.name, str(getattr(clean, item.name))
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
                changed.append(key)
            elif row.value != value:
                row.value = value
                changed.append(key)
        if changed:
            record_event(session, clerk, actor, AuditAction.SETTINGS_CHANGE,
                         "Zmieniono ustawienia skrzynki pocztowej: " + ", ".join(changed) + ".",
                         keys=changed)
        return changed


def store_mailbox_password(settings: MailboxSettings, password: str) -> None:
    """Keep the mailbox password in this workstation's keyring (nowhere else)."""
    if not settings.configured:
        raise NotAllowed("Najpierw podaj serwer i użytkownika skrzynki.",
                         code="mailbox_not_configured")
    try:
        keyring.set_password(KEYRING_SERVICE, settings.keyring_user, password)
    except KeyringError as error:
        raise NotAllowed(f"Nie można zapisać hasła w pęku kluczy systemu ({error}). Hasło nie "
                         "zostało zapisane nigdzie indziej.", code="keyring_unavailable") from error


def mailbox_password(settings: MailboxSettings) -> str:
    try:
        password = keyring.get_password(KEYRING_SERVICE, settings.keyring_user)
    except KeyringError as error:
        raise NotAllowed(f"Pęk kluczy systemu nie działa ({error}).",
                         code="keyring_unavailable") from error
    if not password:
        raise NotAllowed(f"Na tym stanowisku nie ma hasła skrzynki {settings.keyring_user}: "
                         "zapisz je (iok-desk mailbox password albo Ustawienia poczty).",
                         code="mailbox_password_missing")
    return password


def tls_context(settings: MailboxSettings) -> ssl.SSLContext:
    """Certificates checked against the system's authorities (and ``ca_file``)."""
    context = ssl.create_default_context()
    if settings.ca_file:
        try:
            context.load_verify_locations(cafile=settings.ca_file)
        except (OSError, ssl.SSLError) as error:
            raise NotAllowed(f"Nie można wczytać certyfikatu „{settings.ca_file}”: {error}.",
                             code="mailbox_ca_unreadable") from error
    return context


# ---- the IMAP connection ----------------------------------------------------------------

class _Imap:
    """One logged-in connection with the inbox selected."""

    def __init__(self, client: imaplib.IMAP4, settings: MailboxSettings) -> None:
        self.client = client
        self.settings = settings

    def _ok(self, result: tuple[str, list[object]], what: str) -> list[object]:
        status, data = result
        if status != "OK":
            raise ConflictError(f"Serwer poczty odmówił ({what}): {_text(data)}",
                                code="mailbox_refused")
        return data

    def uids(self) -> list[str]:
        data = self._ok(self.client.uid("SEARCH", "UNDELETED"), "lista wiadomości")
        first = data[0] if data else b""
        return [uid.decode() for uid in first.split()] if isinstance(first, bytes) else []

    def fetch(self, uid: str) -> bytes | None:
        """The message's bytes, or None when it is no longer in the inbox."""
        data = self._ok(self.client.uid("FETCH", uid, "(BODY.PEEK[])"), "pobranie")
        for item in data:
            if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], bytes):
                return item[1]
        return None

    def ensure_folder(self, folder: str) -> None:
        status, _ = self.client.create(_quoted(folder))
        if status != "OK":
            status, data = self.client.list('""', _quoted(folder))
            if status != "OK" or not data or data[0] is None:
                raise ConflictError(f"Nie można założyć folderu „{folder}” na serwerze poczty.",
                                    code="mailbox_folder")

    def move(self, uid: str, folder: str) -> None:
        self.ensure_folder(folder)
        if "MOVE" in self.client.capabilities:
            self._ok(self.client.uid("MOVE", uid, _quoted(folder)), "przeniesienie")
            return
        self._ok(self.client.uid("COPY", uid, _quoted(folder)), "kopia")
        self._ok(self.client.uid("STORE", uid, "+FLAGS.SILENT", r"(\Deleted)"), "usunięcie")
        if "UIDPLUS" in self.client.capabilities:
            self._ok(self.client.uid("EXPUNGE", uid), "usunięcie")
        else:
            self._ok(self.client.expunge(), "usunięcie")


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _text(data: object) -> str:
    if isinstance(data, list):
        return " ".join(_text(item) for item in data)
    if isinstance(data, bytes):
        return data.decode("utf-8", errors="replace")
    return str(data)


def _login(settings: MailboxSettings, password: str) -> imaplib.IMAP4:
    """A client logged in to the server over TLS (implicit or STARTTLS, never in the clear),
    or an error that says which step failed: the host's name, the connection, TLS, the
    login."""
    where = f"{settings.host}:{settings.port}"
    context = tls_context(settings)
    client: imaplib.IMAP4 | None = None
    try:
        if settings.tls_mode == TlsMode.STARTTLS:
            client = imaplib.IMAP4(settings.host, settings.port, timeout=TIMEOUT_S)
            client.starttls(ssl_context=context)
        else:
            client = imaplib.IMAP4_SSL(settings.host, settings.port, ssl_context=context,
                                       timeout=TIMEOUT_S)
    except socket.gaierror as error:
        raise ConflictError(f"Nie ma serwera poczty o nazwie „{settings.host}” (sprawdź "
                            "nazwę serwera).", code="mailbox_unknown_host", field="host",
                            host=settings.host) from error
    except ssl.SSLError as error:
        _close(client)
        raise NotAllowed(f"Połączenie TLS z serwerem poczty {where} nie jest bezpieczne "
                         f"({error.reason or error}); sprawdź certyfikat serwera i tryb "
                         "szyfrowania.", code="mailbox_tls", field="ca_file") from error
    except imaplib.IMAP4.error as error:
        _close(client)
        if "STARTTLS" in str(error):
            raise NotAllowed(f"Serwer poczty {where} nie oferuje STARTTLS: wybierz "
                             "szyfrowanie od początku połączenia (IMAPS).",
                             code="mailbox_no_starttls") from error
        raise ConflictError(f"Nie można połączyć się z serwerem poczty {where}: {error}.",
                            code="mailbox_unreachable") from error
    except TimeoutError as error:
        _close(client)
        raise ConflictError(f"Serwer poczty {where} nie odpowiedział w {TIMEOUT_S} s: sprawdź "
                            "port i tryb szyfrowania (STARTTLS na porcie IMAPS czeka bez "
                            "końca).", code="mailbox_no_answer", field="port") from error
    except OSError as error:
        _close(client)
        raise ConflictError(f"Nie można połączyć się z serwerem poczty {where}: {error}.",
                            code="mailbox_unreachable") from error
    try:
        client.login(settings.user, password)
    except imaplib.IMAP4.error as error:
        _close(client)
        raise NotAllowed(f"Serwer poczty {where} nie przyjął użytkownika "
                         f"„{settings.user}” z tym hasłem.",
                         code="mailbox_login_refused", field="password") from error
    except OSError as error:
        _close(client)
        raise ConflictError(f"Połączenie z serwerem poczty {where} zostało przerwane: "
                            f"{error}.", code="mailbox_unreachable") from error
    return client


def _close(client: imaplib.IMAP4 | None) -> None:
    if client is None:
        return
    try:
        client.logout()
    except (OSError, imaplib.IMAP4.error):
        pass


@contextmanager
def _connected(settings: MailboxSettings) -> Iterator[_Imap]:
    if not settings.configured:
        raise NotAllowed("Skrzynka pocztowa nie jest skonfigurowana: administrator podaje "
                         "serwer, użytkownika i foldery (Biuro ▸ Ustawienia poczty albo "
                         "iok-desk mailbox settings).", code="mailbox_not_configured")
    client = _login(settings, mailbox_password(settings))
    where = f"{settings.host}:{settings.port}"
    try:
        status, _data = client.select(_quoted(settings.inbox))
        if status != "OK":
            raise ConflictError(f"Na serwerze poczty nie ma folderu „{settings.inbox}”.",
                                code="mailbox_folder")
        yield _Imap(client, settings)
    except (OSError, imaplib.IMAP4.abort) as error:
        raise ConflictError(f"Połączenie z serwerem poczty {where} zostało przerwane: "
                            f"{error}.", code="mailbox_unreachable") from error
    finally:
        _close(client)


_LIST_LINE = re.compile(rb'^\((?P<flags>[^)]*)\) (?:"(?:[^"\\]|\\.)*"|NIL) (?P<name>.+)$')


def _folder_name(raw: bytes) -> str:
    name = raw.strip()
    if name.startswith(b'"') and name.endswith(b'"'):
        name = re.sub(rb"\\(.)", rb"\1", name[1:-1])
    return name.decode("utf-8", errors="replace")


@dataclass(frozen=True)
class ConnectionCheck:
    """What "Test the connection" found: the server's folders, how many messages wait in the
    inbox, and which of the settings' folders the server does not have yet (the folders of
    registered and dismissed mail are made at the first move; the inbox must exist)."""

    folders: tuple[str, ...]
    inbox_messages: int
    missing: tuple[str, ...]


def check_connection(settings: MailboxSettings, password: str = "") -> ConnectionCheck:
    """Log in to the server with ``password`` (the one being typed in the settings) or, when
    empty, the one in this workstation's keyring, and list its folders. Nothing is saved."""
    clean = _clean(settings)
    client = _login(clean, password or mailbox_password(clean))
    try:
        status, data = client.list()
        if status != "OK":
            raise ConflictError(f"Serwer poczty odmówił listy folderów: {_text(data)}",
                                code="mailbox_refused")
        folders = sorted({_folder_name(found.group("name")) for line in data
                          if isinstance(line, bytes)
                          and (found := _LIST_LINE.match(line)) is not None
                          and b"\\noselect" not in found.group("flags").lower()})
        messages = 0
        status, selected = client.select(_quoted(clean.inbox), readonly=True)
        if status == "OK" and selected and isinstance(selected[0], bytes):
            messages = int(selected[0])
    except (OSError, imaplib.IMAP4.abort) as error:
        raise ConflictError(f"Połączenie z serwerem poczty {clean.host}:{clean.port} zostało "
                            f"przerwane: {error}.", code="mailbox_unreachable") from error
    finally:
        _close(client)
    wanted = (clean.inbox, clean.done_folder, clean.dismissed_folder)
    missing = tuple(folder for folder in wanted if folder not in folders)
    return ConnectionCheck(tuple(folders), messages, missing)


@dataclass(frozen=True)
class MailboxSaved:
    """The settings' keys that changed and whether the password went to the keyring."""

    changed: tuple[str, ...]
    password_stored: bool
    changes: Changes


def save_mailbox_settings(db: Database, actor: Actor, settings: MailboxSettings,
                          password: str = "") -> MailboxSaved:
    """Admin only: the settings for every workstation (audited), then ``password``, when
    given, into this workstation's keyring only — never the database."""
    changed = update_mailbox_settings(db, actor, settings)
    if password:
        store_mailbox_password(_clean(settings), password)
    return MailboxSaved(tuple(changed), bool(password),
                        Changes(settings=frozenset(changed), audit=bool(changed)))


# ---- use cases --------------------------------------------------------------------------

_NUMBER_IN_SUBJECT = re.compile(r"IOK/\d{4}/\d{5}")


def reply_to_request(db: Database, parsed: ParsedEmail) -> str:
    """The number of the registered request this message answers, or "": by the Message-IDs
    its In-Reply-To and References name, else by a request number in its subject, else the
    request a forward pasted into its body repeats."""
    with db.reading() as session:
        if parsed.references:
            number = session.scalar(select(Request.number).where(
                Request.source_message_id.in_(parsed.references)).limit(1))
            if number:
                return str(number)
        named = _NUMBER_IN_SUBJECT.search(parsed.subject)
        if named:
            number = session.scalar(select(Request.number).where(
                Request.number == named.group(0)))
            if number:
                return str(number)
    return intake.forwarded_request(db, parsed)


def _item(db: Database, uid: str, raw: bytes) -> MailItem:
    try:
        preview = intake.preview_email(db, raw)
        reply_to = "" if preview.duplicate_of else reply_to_request(db, intake.parse_email(raw))
        return MailItem(uid, len(raw), preview, reply_to=reply_to)
    except IokError as error:
        return MailItem(uid, len(raw), None, error=error.message, code=error.code,
                        details=error.details)


def list_inbox(db: Database, *, limit: int = LIST_LIMIT) -> tuple[MailItem, ...]:
    """The messages waiting in the inbox, oldest first, each read into a draft. A message
    registered before (by another workstation whose move failed) is moved away now."""
    settings = get_mailbox_settings(db)
    items: list[MailItem] = []
    with _connected(settings) as imap:
        for uid in imap.uids()[:limit]:
            raw = imap.fetch(uid)
            if raw is None:
                continue
            item = _item(db, uid, raw)
            if item.preview is not None and item.preview.duplicate_of:
                imap.move(uid, settings.done_folder)
                continue
            items.append(item)
    return tuple(items)


def read_message(db: Database, uid: str) -> tuple[bytes, intake.EmailPreview]:
    """The message ``uid`` as it is on the server now, and what it says (to open the request
    form pre-filled from it). ConflictError ``mail_gone`` when another desk took it."""
    with _connected(get_mailbox_settings(db)) as imap:
        raw = imap.fetch(uid)
    if raw is None:
        raise _gone(uid)
    return raw, intake.preview_email(db, raw)


def _gone(uid: str) -> ConflictError:
    return ConflictError("Tej wiadomości nie ma już w skrzynce: zajął się nią ktoś na innym "
                         "stanowisku. Odśwież listę.", code="mail_gone", uid=uid)


def register_message(db: Database, actor: Actor, uid: str, *,
                     draft: RequestDraft | None = None, proxy: requests.Proxy | None = None,
                     id_checked: bool = False) -> intake.EmailImportResult:
    """Register the request of the inbox's message ``uid`` (with the clerk's corrected
    ``draft``, the proxy who filed it and whether the clerk checked an identity document),
    then move the message to the folder of registered mail."""
    settings = get_mailbox_settings(db)
    with _connected(settings) as imap:
        raw = imap.fetch(uid)
        if raw is None:
            raise _gone(uid)
        try:
            result = intake.import_email(db, actor, raw, draft=draft,
                                         file_name=f"poczta-{uid}.eml", proxy=proxy,
                                         id_checked=id_checked)
        except ConflictError as error:
            if error.code == "duplicate_message":
                imap.move(uid, settings.done_folder)
            raise
        imap.move(uid, settings.done_folder)
        return result


def merge_message(db: Database, actor: Actor, uid: str, number: str) -> intake.Attached:
    """Attach the message ``uid`` (and its files) to the request ``number`` — a reply or a
    second e-mail of the same resident — then move it to the folder of registered mail."""
    settings = get_mailbox_settings(db)
    with _connected(settings) as imap:
        raw = imap.fetch(uid)
        if raw is None:
            raise _gone(uid)
        return _attach(db, actor, imap, uid, raw, number)


def _attach(db: Database, actor: Actor, imap: _Imap, uid: str, raw: bytes, number: str
            ) -> intake.Attached:
    parsed = intake.parse_email(raw)
    files = [(f"poczta-{uid}.eml", raw)] + [(item.file_name, item.content)
                                            for item in parsed.attachments
                                            if intake.sniff_content_type(item.content)]
    attached = intake.attach_files(db, actor, number, files)
    imap.move(uid, imap.settings.done_folder)
    return attached


def dismiss_message(db: Database, actor: Actor, uid: str, reason: str) -> None:
    """Not a request (spam, a thank-you, a question answered by phone): the message is moved
    to the folder of dismissed mail, with the reason in the audit trail."""
    reason = clean_text(reason, "reason", "Powód", max_length=500)
    settings = get_mailbox_settings(db)
    with _connected(settings) as imap:
        raw = imap.fetch(uid)
        if raw is None:
            raise _gone(uid)
        item = _item(db, uid, raw)
        subject = item.preview.subject if item.preview else ""
        sender = item.preview.sender_email if item.preview else ""
        who = sender or "nieznanego nadawcy"
        with db.transaction() as session:
            clerk = load_clerk(session, actor)
            record_event(session, clerk, actor, AuditAction.MAIL_DISMISS,
                         f"Odłożono wiadomość „{subject[:200]}” od {who}: {reason}",
                         subject=subject[:200], sender=sender,
                         reason=reason,
                         message_key=item.preview.message_key if item.preview else "")
            # In the transaction: a move the server refuses leaves no audit event behind.
            imap.move(uid, settings.dismissed_folder)


def fetch_mailbox(db: Database, actor: Actor) -> FetchReport:
    """Unattended: attach replies to their requests, register every message whose draft is
    complete, move away those registered before, leave the rest in the inbox for a clerk
    (with the reason)."""
    settings = get_mailbox_settings(db)
    done: list[FetchedMessage] = []
    with _connected(settings) as imap:
        for uid in imap.uids()[:LIST_LIMIT]:
            raw = imap.fetch(uid)
            if raw is None:
                continue
            item = _item(db, uid, raw)
            preview = item.preview
            if preview is None:
                done.append(FetchedMessage(uid, "", "", outcome="unreadable",
                                           reason=item.error))
                continue
            base = FetchedMessage(uid, preview.subject, preview.sender_email)
            if preview.duplicate_of:
                imap.move(uid, settings.done_folder)
                done.append(dataclasses.replace(base, number=preview.duplicate_of,
                                                outcome="already_registered"))
                continue
            if item.reply_to:
                _attach(db, actor, imap, uid, raw, item.reply_to)
                done.append(dataclasses.replace(base, number=item.reply_to,
                                                outcome="attached"))
                continue
            if preview.problems:
                done.append(dataclasses.replace(
                    base, outcome="needs_clerk",
                    reason=" ".join(problem.message for problem in preview.problems)))
                continue
            try:
                result = intake.import_email(db, actor, raw, file_name=f"poczta-{uid}.eml")
            except ConflictError as error:
                if error.code != "duplicate_message":
                    raise
                imap.move(uid, settings.done_folder)
                done.append(dataclasses.replace(base, number=str(error.details.get("number")),
                                                outcome="already_registered"))
                continue
            except IokError as error:
                done.append(dataclasses.replace(base, outcome="needs_clerk",
                                                reason=error.message))
                continue
            imap.move(uid, settings.done_folder)
            done.append(dataclasses.replace(base, number=result.number, outcome="registered"))
    return FetchReport(tuple(done))
