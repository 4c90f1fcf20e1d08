"""What arrives by e-mail: a request registered from an .eml or Outlook .msg file, or from a
filled-in PDF form or a scan on its own (``intake.incoming``), with the original file and its
attachments stored in the database, and files attached to a request later.

Attachments are checked by their content, not by their name or declared type: only PDF, JPEG,
PNG, HEIC, e-mail messages and Outlook messages are stored, each at most
``MAX_ATTACHMENT_BYTES``. The same message imported twice is recognised by its Message-ID (or,
without one, by its content).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, Attachment, Clerk, Request, Unit
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.credentials import format_login_id, normalize_login_id
from iok_desk.domain.dates import now_utc
from iok_desk.domain.errors import ConflictError, IokError, NotFound, ValidationError
from iok_desk.domain.states import OPEN_REQUEST_STATUSES, Channel
from iok_desk.domain.validation import parse_unit_address
from iok_desk.intake.draft import FIELD_LABELS_PL, Problem, RequestDraft
from iok_desk.intake.eml import ParsedEmail, is_heic
from iok_desk.intake.eml import parse_email as parse_email  # the mailbox reads its mail with it
from iok_desk.intake.incoming import read_incoming
from iok_desk.intake.msg import OUTLOOK_MESSAGE_TYPE, is_outlook_message
from iok_desk.intake.streets import written_as

from .context import Actor, load_clerk, record_event
from .dto import NO_CHANGES, Changes, RequestInfo
from .lookups import find_unit, request_by_number
from .requests import NewRequest, Proxy, add_request, record_register_event, request_info

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_MESSAGE_BYTES = 30 * 1024 * 1024
ALLOWED_TYPES_PL = {"application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG",
                    "image/heic": "HEIC (zdjęcie z iPhone’a)",
                    "message/rfc822": "wiadomość e-mail",
                    OUTLOOK_MESSAGE_TYPE: "wiadomość programu Outlook (.msg)"}
_HEADER_NAME = re.compile(rb"^[!-9;-~]+:")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    request_number: str
    file_name: str
    content_type: str
    size_bytes: int
    sha256: str
    created_at: datetime


@dataclass(frozen=True)
class SkippedFile:
    """A file not stored, and why (wrong type, too large, already attached)."""

    file_name: str
    reason: str
    # The reason's code and parameters, so a window in another language can say it.
    code: str = ""
    details: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class AttachmentCheck:
    """An attachment of a message not imported yet: its checked type, or why it is refused
    (``refused``, in Polish; ``refused_code`` and ``refused_details`` for other languages)."""

    file_name: str
    size_bytes: int
    content_type: str | None
    refused: str
    refused_code: str = ""
    refused_details: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class EmailPreview:
    """What the clerk sees before registering: the message, the pre-filled request and what
    to fix in it, and whether the message is already registered."""

    message_key: str
    sender_name: str
    sender_email: str
    sent_at: datetime | None
    subject: str
    body_text: str
    forwarded_from: str
    draft: RequestDraft
    problems: tuple[Problem, ...]
    attachments: tuple[AttachmentCheck, ...]
    duplicate_of: str | None


@dataclass(frozen=True)
class EmailImportResult:
    number: str
    attachments: tuple[AttachmentInfo, ...]
    skipped: tuple[SkippedFile, ...]

    @property
    def changes(self) -> Changes:
        """A new request in the register."""
        return Changes.of(requests=[self.number], new_requests=True)


@dataclass(frozen=True)
class FileOutcome:
    """One file of a batch: the request's number, or the error that stopped it."""

    path: str
    number: str | None = None
    error: str = ""
    code: str = ""
    problems: tuple[Problem, ...] = field(default=())
    # The error's parameters, so a window in another language can say it (domain.messages).
    details: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class BatchResult:
    outcomes: tuple[FileOutcome, ...]
    cancelled: bool

    @property
    def changes(self) -> Changes:
        """The requests registered from the batch (none: nothing changed)."""
        numbers = [outcome.number for outcome in self.outcomes if outcome.number]
        return Changes.of(requests=numbers, new_requests=True) if numbers else NO_CHANGES


class Attached(NamedTuple):
    """What ``attach_files`` stored and skipped."""

    stored: list[AttachmentInfo]
    skipped: list[SkippedFile]

    @property
    def changes(self) -> Changes:
        return (Changes.of(requests=[item.request_number for item in self.stored])
                if self.stored else NO_CHANGES)


class DraftIncomplete(ValidationError):
    """The draft cannot be registered as it is; ``problems`` says what to fix."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        fields = ", ".join(dict.fromkeys(FIELD_LABELS_PL.get(p.field, p.field)
                                         for p in problems))
        super().__init__(
            f"Nie udało się wypełnić wniosku: {fields}. "
            + " ".join(problem.message for problem in problems),
            code="draft_incomplete", field=problems[0].field,
            problems=[{"field": p.field, "code": p.code, "message": p.message,
                       "details": dict(p.details)}
                      for p in problems])
        self.problems = tuple(problems)


def sniff_content_type(content: bytes) -> str | None:
    """The type a file's first bytes prove (PDF, JPEG, PNG, HEIC, an e-mail message), else None."""
    if b"%PDF-" in content[:1024]:
        return "application/pdf"
    if content.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if is_heic(content):
        return "image/heic"
    if is_outlook_message(content):
        return OUTLOOK_MESSAGE_TYPE
    head = content[:16384].replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].split(b"\n")
    if head[0].startswith(b"From "):
        head = head[1:]  # the mbox separator some mail clients keep in a saved message
    names: set[bytes] = set()
    for line in head:
        if line[:1] in (b" ", b"\t") and names:
            continue
        if not _HEADER_NAME.match(line):
            return None
        names.add(line.split(b":", 1)[0].strip().lower())
    if b"from" in names and names & {b"date", b"message-id", b"subject"}:
        return "message/rfc822"
    return None


def size_text(size: int) -> str:
    """``10 MB``, ``2,5 MB``, ``740 KB`` — a file size as the clerk reads it."""
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f}".replace(".", ",").removesuffix(",0") + " MB"
    return f"{max(1, round(size / 1024))} KB"


class Refusal(NamedTuple):
    """Why a file is not stored: a code and parameters for the window's language
    (``domain.messages``), and the Polish reason."""

    code: str
    reason: str
    details: dict[str, Any]


def _refusal(content: bytes, limit: int | None = None) -> tuple[str | None, Refusal | None]:
    """The file's proven type, or None and why it is refused."""
    limit = limit or MAX_ATTACHMENT_BYTES
    if not content:
        return None, Refusal("file_empty", "plik jest pusty", {})
    if len(content) > limit:
        size, most = size_text(len(content)), size_text(limit)
        return None, Refusal("file_too_large", f"plik ma {size}, a limit to {most}",
                             {"size": size, "limit": most})
    content_type = sniff_content_type(content)
    if content_type is None:
        allowed = ", ".join(ALLOWED_TYPES_PL.values())
        return None, Refusal("file_type_not_allowed",
                             f"niedozwolony rodzaj pliku (dozwolone: {allowed})", {})
    return content_type, None


def _safe_name(file_name: str) -> str:
    name = file_name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(char for char in name if char.isprintable()).strip() or "plik"
    if len(name) > 255:
        stem, dot, extension = name.rpartition(".")
        name = (stem[:250 - len(extension)] + dot + extension) if dot and len(extension) < 10 \
            else name[:255]
    return name


def _info(attachment: Attachment, number: str) -> AttachmentInfo:
    return AttachmentInfo(id=attachment.id, request_number=number,
                          file_name=attachment.file_name, content_type=attachment.content_type,
                          size_bytes=attachment.size_bytes, sha256=attachment.sha256,
                          created_at=attachment.created_at)


def _store(session: Session, request: Request, files: Sequence[tuple[str, bytes]], *,
           strict: bool, limit: int | None = None
           ) -> tuple[list[Attachment], list[SkippedFile]]:
    """Add the acceptable files to the request. ``strict``: a refused file is an error naming
    it (nothing is stored); otherwise it is skipped and listed. A file already attached to the
    request is never stored twice."""
    known = set(session.scalars(select(Attachment.sha256).where(
        Attachment.request_id == request.id)).all()) if request.id else set()
    stored: list[Attachment] = []
    skipped: list[SkippedFile] = []
    for file_name, content in files:
        name = _safe_name(file_name)
        content_type, refusal = _refusal(content, limit)
        if content_type is None:
            assert refusal is not None
            if strict:
                raise ValidationError(f"Plik „{name}”: {refusal.reason}. Nic nie zostało "
                                      "zapisane.", field="file", code="attachment_refused",
                                      file_name=name)
            skipped.append(SkippedFile(name, refusal.reason, refusal.code, refusal.details))
            continue
        digest = hashlib.sha256(content).hexdigest()
        if digest in known:
            skipped.append(SkippedFile(name, "ten sam plik jest już dołączony do wniosku",
                                       "file_already_attached"))
            continue
        known.add(digest)
        attachment = Attachment(request=request, file_name=name, content_type=content_type,
                                size_bytes=len(content), sha256=digest, content=content)
        session.add(attachment)
        stored.append(attachment)
    session.flush()
    return stored, skipped


def message_key(parsed: ParsedEmail) -> str:
    """What recognises a message imported again: its Message-ID, or a digest of its bytes.
    A forward is keyed by the message it forwards, so the resident's own e-mail and a
    colleague's forward of it are one request."""
    while parsed.forwarded is not None:
        parsed = parsed.forwarded
    if parsed.message_id and len(parsed.message_id) <= 998:
        return parsed.message_id
    return "sha256:" + hashlib.sha256(parsed.raw).hexdigest()


def _unit_problems(session: Session, draft: RequestDraft) -> list[Problem]:
    try:
        address = parse_unit_address(draft.unit)
    except ValidationError:
        return []  # draft.check() reports the format
    if find_unit(session, address) is None:
        return [Problem("unit", "unit_not_found",
                        f"Lokal „{address}” nie występuje w rejestrze lokali — sprawdź adres.",
                        {"unit": str(address)})]
    return []


def _login_problems(session: Session, draft: RequestDraft) -> list[Problem]:
    """A login ID that no account has (a typo, or a number from another letter)."""
    try:
        login_id = normalize_login_id(draft.login_id)
    except ValidationError:
        return []  # draft.check() reports the format
    if session.scalar(select(Account.id).where(Account.login_id == login_id)) is None:
        return [Problem("login_id", "login_not_found",
                        f"Identyfikator logowania {format_login_id(login_id)} nie należy do "
                        "żadnego konta — sprawdź go z wnioskodawcą albo usuń.",
                        {"login_id": login_id})]
    return []


def _in_register_words(session: Session, draft: RequestDraft) -> RequestDraft:
    """The draft with its unit as the register names it, when the message wrote the street
    in the locative ("przy ul. Morskiej 6/3" → Morska 6/3) and exactly one unit fits."""
    try:
        address = parse_unit_address(draft.unit)
    except ValidationError:
        return draft
    if find_unit(session, address) is not None:
        return draft
    streets = session.scalars(select(Unit.street).distinct().where(
        Unit.building == address.building, Unit.unit_no == address.unit_no)).all()
    named = {street for street in streets if written_as(street, address.street)}
    if len(named) != 1:
        return draft
    return replace(draft, unit=str(replace(address, street=named.pop())))


def _problems(session: Session, draft: RequestDraft) -> tuple[Problem, ...]:
    problems = list(draft.check())
    if draft.unit.strip() and not any(problem.field == "unit" for problem in problems):
        problems += _unit_problems(session, draft)
    if draft.login_id.strip() and not any(problem.field == "login_id" for problem in problems):
        problems += _login_problems(session, draft)
    return tuple(problems)


def forwarded_request(db: Database, parsed: ParsedEmail) -> str:
    """The registered request a message forwarded in its body repeats, or "": the one open
    request that came by e-mail from the original sender (of the kind the forward asks for,
    when it says)."""
    if parsed.forwarded_inline_from is None:
        return ""
    address = parsed.forwarded_inline_from[1].strip().lower()
    query = select(Request.number).where(
        func.lower(Request.applicant_email) == address, Request.channel == Channel.EMAIL,
        Request.status.in_(sorted(OPEN_REQUEST_STATUSES)))
    if parsed.draft.kind:
        query = query.where(Request.kind == parsed.draft.kind)
    with db.reading() as session:
        numbers = session.scalars(query.limit(2)).all()
    return str(numbers[0]) if len(numbers) == 1 else ""


def check_draft(db: Database, draft: RequestDraft) -> tuple[Problem, ...]:
    """Everything to fix in a draft (from an e-mail or a form), the register check included:
    missing or contradictory fields, values the rules refuse, a unit not in the register."""
    with db.reading() as session:
        return _problems(session, draft)


def _registered_as(session: Session, key: str) -> str | None:
    return session.scalar(select(Request.number).where(Request.source_message_id == key))


def _read_message(raw: bytes, file_name: str = "") -> ParsedEmail:
    """What arrived: an e-mail (.eml), an Outlook message (.msg), a filled-in PDF form, or a
    scan or photo on its own (the clerk is told to read it)."""
    if len(raw) > MAX_MESSAGE_BYTES:
        raise ValidationError(f"Wiadomość ma {size_text(len(raw))}, a limit to "
                              f"{size_text(MAX_MESSAGE_BYTES)}.", field="file",
                              code="message_too_large")
    return read_incoming(raw, file_name)


def preview_email(db: Database, raw: bytes, file_name: str = "") -> EmailPreview:
    """Read an .eml or .msg file, a PDF form or a scan without registering anything: the
    pre-filled request and its problems, the attachments and whether each can be stored, a
    duplicate's number."""
    parsed = _read_message(raw, file_name)
    key = message_key(parsed)
    checks: list[AttachmentCheck] = []
    for attachment in parsed.attachments:
        content_type, refusal = _refusal(attachment.content)
        checks.append(AttachmentCheck(
            _safe_name(attachment.file_name), len(attachment.content), content_type,
            refusal.reason if refusal else "", refusal.code if refusal else "",
            refusal.details if refusal else {}))
    with db.reading() as session:
        draft = _in_register_words(session, parsed.draft)
        problems = _problems(session, draft)
        duplicate = _registered_as(session, key)
    forwarded = parsed.forwarded
    forwarded_from = (f"{forwarded.sender_name} <{forwarded.sender_email}>".strip()
                      if forwarded else "")
    if parsed.forwarded_inline_from is not None:
        forwarded_from = "{} <{}>".format(*parsed.forwarded_inline_from).strip()
    return EmailPreview(
        message_key=key, sender_name=parsed.sender_name, sender_email=parsed.sender_email,
        sent_at=parsed.sent_at, subject=parsed.subject, body_text=parsed.body_text,
        forwarded_from=forwarded_from,
        draft=draft, problems=problems, attachments=tuple(checks),
        duplicate_of=duplicate)


def import_email(db: Database, actor: Actor, raw: bytes, *, draft: RequestDraft | None = None,
                 file_name: str = "wiadomosc.eml", proxy: Proxy | None = None,
                 id_checked: bool = False,
                 scans: Sequence[tuple[str, bytes]] = ()) -> EmailImportResult:
    """Register the request an e-mail carries (channel e-mail), with the original message and
    its acceptable attachments stored with it — all in one transaction with its audit event. A
    PDF form or a scan on its own is registered the same way, the file itself as the original.
    ``draft`` is the clerk's corrected version of the pre-filled one; ``proxy``,
    ``id_checked`` and ``scans`` (the authorisation's scan: refused, nothing is registered)
    as a paper request takes them. Raises ConflictError (``duplicate_message``) for a message
    registered before, DraftIncomplete listing what could not be filled."""
    parsed = _read_message(raw, file_name)
    key = message_key(parsed)
    received_at = min(parsed.sent_at, now_utc()) if parsed.sent_at else now_utc()
    with db.transaction() as session:
        clerk = load_clerk(session, actor)
        duplicate = _registered_as(session, key)
        if duplicate:
            raise ConflictError(f"Ta wiadomość została już zarejestrowana jako wniosek "
                                f"{duplicate}.", code="duplicate_message", number=duplicate)
        used = _in_register_words(session, draft or parsed.draft)
        problems = _problems(session, used)
        if problems:
            raise DraftIncomplete(problems)
        request = add_request(session, clerk, NewRequest(
            kind=used.kind, channel=Channel.EMAIL.value, first_name=used.first_name,
            last_name=used.last_name, unit=used.unit, login_id=used.login_id, email=used.email,
            phone=used.phone, note=used.note, received_at=received_at, source_message_id=key,
            proxy=proxy, id_checked=id_checked))
        session.flush()
        original_name = _safe_name(file_name if file_name.lower().endswith(parsed.extension)
                                   else f"{file_name}{parsed.extension}")
        original, _ = _store(session, request, [(original_name, raw)], strict=True,
                             limit=MAX_MESSAGE_BYTES)
        original += _store(session, request, scans, strict=True)[0]
        stored, skipped = _store(session, request, [(item.file_name, item.content)
                                                    for item in parsed.attachments],
                                 strict=False)
        record_register_event(
            session, clerk, actor, request, source="e-mail", message_id=key,
            subject=parsed.subject, sender=parsed.sender_email,
            attachments=[item.file_name for item in original + stored],
            skipped=[f"{item.file_name}: {item.reason}" for item in skipped])
        return EmailImportResult(number=request.number,
                                 attachments=tuple(_info(item, request.number)
                                                   for item in original + stored),
                                 skipped=tuple(skipped))


def import_email_files(db: Database, actor: Actor, paths: Sequence[Path], *,
                       progress: Progress | None = None,
                       cancelled: Cancelled | None = None) -> BatchResult:
    """Import many .eml files (a dropped folder), each in its own transaction: one bad or
    duplicate message does not stop the others. ``progress(done, total)`` after each file;
    ``cancelled()`` is asked before each one."""
    outcomes: list[FileOutcome] = []
    for done, path in enumerate(paths):
        if cancelled is not None and cancelled():
            return BatchResult(tuple(outcomes), cancelled=True)
        try:
            result = import_email(db, actor, Path(path).read_bytes(), file_name=Path(path).name)
            outcomes.append(FileOutcome(str(path), number=result.number))
        except DraftIncomplete as error:
            outcomes.append(FileOutcome(str(path), error=error.message, code=error.code,
                                        problems=error.problems))
        except IokError as error:
            outcomes.append(FileOutcome(str(path), error=error.message, code=error.code,
                                        details=error.details))
        except OSError as error:
            outcomes.append(FileOutcome(str(path), error=f"Nie można odczytać pliku: {error}",
                                        code="file_unreadable"))
        if progress is not None:
            progress(done + 1, len(paths))
    return BatchResult(tuple(outcomes), cancelled=False)


def attach_files(db: Database, actor: Actor, number: str,
                 files: Sequence[tuple[str, bytes]]) -> Attached:
    """Attach scans or messages to an existing request. A refused file (type, size) is an
    error naming it and nothing is stored; a file already attached is skipped."""
    with db.transaction() as session:
        clerk: Clerk = load_clerk(session, actor)
        request = request_by_number(session, number, for_update=True)
        stored, skipped = _store(session, request, files, strict=True)
        if stored:
            record_event(session, clerk, actor, AuditAction.REQUEST_ATTACH,
                         f"Dołączono do wniosku {request.number}: "
                         + ", ".join(item.file_name for item in stored) + ".",
                         request=request, files=[item.file_name for item in stored])
        return Attached([_info(item, request.number) for item in stored], skipped)


def register_with_files(db: Database, actor: Actor, data: NewRequest,
                        files: Sequence[tuple[str, bytes]]) -> RequestInfo:
    """Register a request together with its scans (a proxy's power of attorney, the signed
    paper form) in one transaction: a refused file registers nothing."""
    with db.transaction() as session:
        clerk: Clerk = load_clerk(session, actor)
        request = add_request(session, clerk, data)
        record_register_event(session, clerk, actor, request)
        session.flush()
        stored, _skipped = _store(session, request, files, strict=True)
        if stored:
            record_event(session, clerk, actor, AuditAction.REQUEST_ATTACH,
                         f"Dołączono do wniosku {request.number}: "
                         + ", ".join(item.file_name for item in stored) + ".",
                         request=request, files=[item.file_name for item in stored])
        return replace(request_info(request, changed=True),
                       changes=Changes.of(requests=[request.number], new_requests=True))


def list_attachments(db: Database, number: str) -> list[AttachmentInfo]:
    """A request's attachments without their contents (``attachment_content`` reads one)."""
    with db.reading() as session:
        request = request_by_number(session, number)
        return [_info(item, request.number) for item in session.scalars(
            select(Attachment).options(defer(Attachment.content))
            .where(Attachment.request_id == request.id).order_by(Attachment.id))]


def attachment_content(db: Database, attachment_id: int) -> tuple[AttachmentInfo, bytes]:
    """An attachment and its bytes (to preview or save)."""
    with db.reading() as session:
        attachment = session.get(Attachment, attachment_id)
        if attachment is None:
            raise NotFound(f"Nie ma załącznika nr {attachment_id}.", code="attachment_not_found")
        return _info(attachment, attachment.request.number), attachment.content
