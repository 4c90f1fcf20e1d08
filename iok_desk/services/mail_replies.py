"""Replies by e-mail to a request that came by e-mail: the receipt, the needs-information note
and the rejection — sent by SMTP over TLS from the office's address, stored with the request
(the sent message as an attachment) and audited, all in one transaction.

Credentials are never e-mailed. There is no reply kind for them, and a reply's text is made
only from the request's own columns (number, dates, kind, the clerk's note or reason): nothing
here reads an account, a login ID or a password. The login and first password travel only in
the printed credential letter.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from enum import StrEnum

from sqlalchemy.orm import Session

from iok_desk.db.engine import Database
from iok_desk.db.models import Request
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.dates import format_date, now_utc, office_date
from iok_desk.domain.errors import ConflictError, NotAllowed, ValidationError
from iok_desk.domain.states import LABELS, Channel, RequestStatus

from . import intake, mailbox
from .context import Actor, load_clerk, record_event
from .dto import NO_CHANGES, Changes
from .lookups import request_by_number
from .settings import letterhead_from


class ReplyKind(StrEnum):
    RECEIPT = "receipt"
    NEEDS_INFO = "needs_info"
    REJECTION = "rejection"


# Which status a reply needs: a rejection only of a rejected request, and so on.
_NEEDS_STATUS: dict[ReplyKind, RequestStatus | None] = {
    ReplyKind.RECEIPT: None,
    ReplyKind.NEEDS_INFO: RequestStatus.NEEDS_INFO,
    ReplyKind.REJECTION: RequestStatus.REJECTED,
}
_SUBJECTS = {
    ReplyKind.RECEIPT: "Potwierdzenie przyjęcia wniosku {number}",
    ReplyKind.NEEDS_INFO: "Wniosek {number} wymaga uzupełnienia",
    ReplyKind.REJECTION: "Odmowa — wniosek {number}",
}


@dataclass(frozen=True)
class Reply:
    """A reply as it will be (or was) sent."""

    number: str
    kind: str
    to: str
    subject: str
    body: str
    message_id: str = ""
    changes: Changes = field(default=NO_CHANGES, repr=False, compare=False)


def _kind(kind: str) -> ReplyKind:
    try:
        return ReplyKind(kind)
    except ValueError:
        allowed = ", ".join(item.value for item in ReplyKind)
        raise ValidationError(f"Nieznany rodzaj odpowiedzi „{kind}” (dozwolone: {allowed}). "
                              "Identyfikatora i hasła nie wysyła się e-mailem — tylko w piśmie.",
                              field="kind", code="unknown_reply_kind") from None


def _body(request: Request, kind: ReplyKind, signature: str) -> str:
    """The reply's text, from the request's own columns only."""
    received = format_date(office_date(request.received_at))
    what = LABELS[request.kind][0]
    lines = ["Dzień dobry,", ""]
    if kind is ReplyKind.RECEIPT:
        lines += [f"potwierdzamy przyjęcie wniosku o {what} w serwisie Internetowej Obsługi "
                  f"Kontrahenta, złożonego {received}. Nadaliśmy mu numer {request.number}; "
                  "prosimy powoływać się na niego w dalszej korespondencji."]
        if request.kind.value == "grant":
            lines += ["", "Identyfikator logowania oraz hasło do pierwszego logowania "
                      "przekazujemy wyłącznie w piśmie — nigdy pocztą elektroniczną."]
    elif kind is ReplyKind.NEEDS_INFO:
        lines += [f"wniosek {request.number} o {what} z {received} wymaga uzupełnienia:", "",
                  request.decision_reason, "",
                  "Prosimy o odpowiedź na tę wiadomość albo o kontakt z biurem."]
    else:
        lines += [f"z przykrością informujemy, że wniosek {request.number} o {what} z "
                  f"{received} nie może zostać zrealizowany.", "", "Uzasadnienie:",
                  request.decision_reason]
    return "\n".join([*lines, "", "Z poważaniem", signature, ""])


def _load(session: Session, number: str, kind: ReplyKind) -> Request:
    request = request_by_number(session, number)
    if request.channel != Channel.EMAIL:
        raise NotAllowed(f"Wniosek {request.number} nie wpłynął e-mailem: odpowiedź wysyła "
                         "się pismem.", code="reply_not_email")
    if not request.applicant_email:
        raise NotAllowed(f"Wniosek {request.number} nie ma adresu e-mail wnioskodawcy.",
                         code="reply_without_address")
    needed = _NEEDS_STATUS[kind]
    if needed is not None and request.status != needed:
        raise NotAllowed(f"Wniosek {request.number} ma stan „{LABELS[request.status][0]}”: "
                         f"tej odpowiedzi nie można wysłać.", code="reply_wrong_status")
    return request


def reply_kinds(db: Database, number: str) -> tuple[str, ...]:
    """The replies the request can get by e-mail now (none when it did not come by e-mail or
    has no address): the receipt always, the needs-information note while it waits for
    information, the rejection once rejected."""
    with db.reading() as session:
        request = request_by_number(session, number)
        if request.channel != Channel.EMAIL or not request.applicant_email:
            return ()
        return tuple(kind.value for kind, needed in _NEEDS_STATUS.items()
                     if needed is None or request.status == needed)


def compose_reply(db: Database, number: str, kind: str) -> Reply:
    """What would be sent, to show the clerk before sending."""
    reply_kind = _kind(kind)
    with db.reading() as session:
        request = _load(session, number, reply_kind)
        head = letterhead_from(session)
        return Reply(request.number, reply_kind.value, request.applicant_email,
                     _SUBJECTS[reply_kind].format(number=request.number),
                     _body(request, reply_kind, f"{head.organisation}\n{head.department}"))


def _send(settings: mailbox.MailboxSettings, message: EmailMessage) -> None:
    if not settings.smtp_host or not settings.address:
        raise NotAllowed("Wysyłka poczty nie jest skonfigurowana: administrator podaje serwer "
                         "SMTP i adres biura (iok-desk mailbox settings --smtp-host "
                         "--address).", code="smtp_not_configured")
    password = mailbox.mailbox_password(settings)
    where = f"{settings.smtp_host}:{settings.smtp_port}"
    context = mailbox.tls_context(settings)
    try:
        if settings.smtp_port == 465:
            client: smtplib.SMTP = smtplib.SMTP_SSL(settings.smtp_host, settings.smtp_port,
                                                    context=context,
                                                    timeout=mailbox.TIMEOUT_S)
        else:
            client = smtplib.SMTP(settings.smtp_host, settings.smtp_port,
                                  timeout=mailbox.TIMEOUT_S)
            client.ehlo()
            if not client.has_extn("starttls"):
                client.close()
                raise NotAllowed(f"Serwer SMTP {where} nie oferuje szyfrowania (STARTTLS): "
                                 "nic nie wysłano.", code="smtp_no_tls")
            client.starttls(context=context)
            client.ehlo()
        with client:
            client.login(settings.user, password)
            client.send_message(message)
    except ssl.SSLError as error:
        raise NotAllowed(f"Połączenie TLS z serwerem SMTP {where} nie jest bezpieczne "
                         f"({error.reason or error}); nic nie wysłano.",
                         code="smtp_tls") from error
    except smtplib.SMTPAuthenticationError as error:
        raise NotAllowed(f"Serwer SMTP {where} nie przyjął użytkownika „{settings.user}”; "
                         "nic nie wysłano.", code="smtp_login_refused") from error
    except (smtplib.SMTPException, OSError) as error:
        raise ConflictError(f"Nie udało się wysłać wiadomości przez {where}: {error}. "
                            "Nic nie zapisano; spróbuj ponownie.", code="smtp_failed") from error


def send_reply(db: Database, actor: Actor, number: str, kind: str) -> Reply:
    """Send the reply and keep it: the sent message is stored with the request and the audit
    event written in the same transaction, which commits only once the server took it."""
    reply_kind = _kind(kind)
    settings = mailbox.get_mailbox_settings(db)
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        request = _load(session, number, reply_kind)
        head = letterhead_from(session)
        message = EmailMessage()
        message["From"] = formataddr((head.organisation, settings.address))
        message["To"] = request.applicant_email
        message["Subject"] = _SUBJECTS[reply_kind].format(number=request.number)
        message["Date"] = format_datetime(now_utc())
        domain = settings.address.rpartition("@")[2] or None
        message["Message-ID"] = make_msgid("iok", domain=domain)
        if request.source_message_id and not request.source_message_id.startswith("sha256:"):
            message["In-Reply-To"] = request.source_message_id
            message["References"] = request.source_message_id
        body = _body(request, reply_kind, f"{head.organisation}\n{head.department}")
        message.set_content(body)
        raw = message.as_bytes()
        intake._store(session, request, [(f"odpowiedz-{reply_kind.value}.eml", raw)],
                      strict=True, limit=intake.MAX_MESSAGE_BYTES)
        record_event(session, clerk, actor, AuditAction.MAIL_REPLY,
                     f"Wysłano e-mailem odpowiedź ({reply_kind.value}) na wniosek "
                     f"{request.number} do {request.applicant_email}.", request=request,
                     kind=reply_kind.value, to=request.applicant_email,
                     message_id=str(message["Message-ID"]))
        _send(settings, message)
        return Reply(request.number, reply_kind.value, request.applicant_email,
                     str(message["Subject"]), body, str(message["Message-ID"]),
                     Changes(requests=frozenset({request.number}), audit=True))
