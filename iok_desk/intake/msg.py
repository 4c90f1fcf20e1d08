"""An Outlook message saved with "Save as" (``.msg``): an OLE compound file ([MS-CFB]) whose
streams are the message's MAPI properties ([MS-OXMSG]), read with olefile (BSD licence; the
GPL-licensed extract-msg cannot go into the desk's bundle).

The properties read are the subject, the plain and HTML body, the sender's name and SMTP
address, the Internet Message-ID and the IDs a reply names, the moment it was sent, and the
attached files (``__attach_version1.0_#…``). A message whose only body is RTF (very old
Outlook) has no text here: its draft then names what is missing, and the clerk reads the
stored file. An Outlook item attached to the message (an embedded ``.msg``) is not unpacked.
"""

from __future__ import annotations

import struct
from datetime import UTC, datetime, timedelta
from email.utils import parseaddr
from typing import Any

from iok_desk.domain.errors import ValidationError

from .eml import (
    MAX_ATTACHMENTS,
    MAX_BODY_CHARS,
    MailAttachment,
    ParsedEmail,
    html_to_text,
    read_draft,
)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
OUTLOOK_MESSAGE_TYPE = "application/vnd.ms-outlook"
_PROPERTIES = "__properties_version1.0"
# The storage every .msg file has ([MS-OXMSG] 2.2.3), and no other compound file.
_NAMED_PROPERTIES = "__nameid_version1.0"
_ATTACHMENT_PREFIX = "__attach_version1.0_#"
# Property types ([MS-OXCDATA] 2.11.1): Unicode and 8-bit strings, binary, time.
_UNICODE, _STRING8, _BINARY, _TIME = 0x001F, 0x001E, 0x0102, 0x0040
# Property IDs ([MS-OXPROPS]).
_SUBJECT, _BODY, _HTML = 0x0037, 0x1000, 0x1013
_SENDER_NAME, _SENDER_ADDRESS, _SENDER_SMTP = 0x0C1A, 0x0C1F, 0x5D01
_REPRESENTING_NAME, _REPRESENTING_ADDRESS = 0x0042, 0x0065
_MESSAGE_ID, _REFERENCES, _IN_REPLY_TO = 0x1035, 0x1039, 0x1042
_SUBMIT_TIME, _DELIVERY_TIME = 0x0039, 0x0E06
_CODEPAGE, _INTERNET_CODEPAGE = 0x3FFD, 0x3FDE
_ATTACH_DATA, _ATTACH_LONG_NAME, _ATTACH_NAME, _ATTACH_MIME = 0x3701, 0x3707, 0x3704, 0x370E
_ATTACH_CONTENT_ID = 0x3712  # a picture of the HTML body (a signature's logo)
# The fixed-length properties stream: a header (32 bytes for the message, 8 for an
# attachment), then 16-byte entries of tag, flags and value.
_MESSAGE_HEADER_BYTES, _ATTACHMENT_HEADER_BYTES, _ENTRY_BYTES = 32, 8, 16
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
_WINDOWS_CODEPAGES = {1250: "cp1250", 1252: "cp1252", 28592: "iso-8859-2", 65001: "utf-8",
                      20127: "ascii"}


def is_outlook_message(content: bytes) -> bool:
    """Whether the file is an Outlook message: a compound file with a message's property
    streams (a Word .doc or an Excel .xls is a compound file too)."""
    if not content.startswith(OLE_MAGIC):
        return False
    try:
        with _open(content) as ole:
            return bool(ole.exists(_PROPERTIES) and ole.exists(_NAMED_PROPERTIES))
    except ValidationError:
        return False


def parse_msg(raw: bytes) -> ParsedEmail:
    """Read an Outlook .msg file. ValidationError ``not_outlook_message`` if it is a damaged
    compound file or none of Outlook's."""
    with _open(raw) as ole:
        if not (ole.exists(_PROPERTIES) and ole.exists(_NAMED_PROPERTIES)):
            raise ValidationError("Ten plik nie jest wiadomością programu Outlook (.msg), "
                                  "choć ma jego format pliku (np. dokument Worda); zapisz "
                                  "wiadomość w Outlooku przez „Zapisz jako”.", field="file",
                                  code="not_outlook_message")
        try:
            return _parsed(_Properties(ole, ""), ole, raw)
        except (OSError, ValueError, KeyError, IndexError, struct.error) as error:
            raise _damaged(error) from error


def _open(raw: bytes) -> Any:
    import olefile  # only a .msg file needs it

    try:
        return olefile.OleFileIO(raw)
    except (OSError, ValueError, KeyError, IndexError, struct.error) as error:
        raise _damaged(error) from error


def _damaged(error: Exception) -> ValidationError:
    return ValidationError(f"Pliku programu Outlook (.msg) nie da się odczytać — jest "
                           f"uszkodzony ({error}).", field="file", code="not_outlook_message")


def _stream(prop: int, kind: int) -> str:
    return f"__substg1.0_{prop:04X}{kind:04X}"


class _Properties:
    """The MAPI properties of the message (``prefix`` "") or of one attachment storage."""

    def __init__(self, ole: Any, prefix: str) -> None:
        self._ole = ole
        self._prefix = prefix
        header = _MESSAGE_HEADER_BYTES if not prefix else _ATTACHMENT_HEADER_BYTES
        self.fixed: dict[int, bytes] = {}
        path = prefix + _PROPERTIES
        if ole.exists(path):
            data = ole.openstream(path).read()
            for offset in range(header, len(data) - _ENTRY_BYTES + 1, _ENTRY_BYTES):
                tag, _flags, value = struct.unpack_from("<II8s", data, offset)
                self.fixed[tag] = value
        codepage = self._integer(_CODEPAGE) or self._integer(_INTERNET_CODEPAGE)
        self.charset = _WINDOWS_CODEPAGES.get(codepage or 1250, "cp1250")

    def _integer(self, prop: int) -> int | None:
        value = self.fixed.get(prop << 16 | 0x0003)
        return struct.unpack_from("<I", value)[0] if value is not None else None

    def binary(self, prop: int) -> bytes | None:
        path = self._prefix + _stream(prop, _BINARY)
        return self._ole.openstream(path).read() if self._ole.exists(path) else None

    def text(self, prop: int) -> str:
        for kind, charset in ((_UNICODE, "utf-16-le"), (_STRING8, self.charset)):
            path = self._prefix + _stream(prop, kind)
            if self._ole.exists(path):
                data = self._ole.openstream(path).read()
                return data.decode(charset, errors="replace").split("\x00", 1)[0]
        return ""

    def time(self, prop: int) -> datetime | None:
        value = self.fixed.get(prop << 16 | _TIME)
        if value is None:
            return None
        ticks = struct.unpack("<Q", value)[0]
        try:
            return _FILETIME_EPOCH + timedelta(microseconds=ticks // 10)
        except OverflowError:
            return None


def _sender(message: _Properties) -> tuple[str, str]:
    """The sender's name and SMTP address (an Exchange sender's own address is an X.500 name,
    so the SMTP one is read first)."""
    name = message.text(_SENDER_NAME) or message.text(_REPRESENTING_NAME)
    for prop in (_SENDER_SMTP, _SENDER_ADDRESS, _REPRESENTING_ADDRESS):
        address = parseaddr(message.text(prop))[1]
        if "@" in address:
            return name.strip(), address.strip()
    return name.strip(), ""


def _body(message: _Properties) -> tuple[str, bool]:
    plain = message.text(_BODY)
    if plain.strip():
        return plain.replace("\r\n", "\n")[:MAX_BODY_CHARS], False
    html = message.binary(_HTML)
    if html is not None:
        return html_to_text(html.decode(message.charset, errors="replace"))[:MAX_BODY_CHARS], True
    return "", False


def _attachments(ole: Any) -> tuple[MailAttachment, ...]:
    storages = sorted({entry[0] for entry in ole.listdir(streams=True, storages=True)
                       if entry and entry[0].startswith(_ATTACHMENT_PREFIX)})
    if len(storages) > MAX_ATTACHMENTS:
        raise ValidationError(
            f"Wiadomość ma {len(storages)} załączników, a limit to {MAX_ATTACHMENTS} "
            "załączników; nie została odczytana i nic nie zapisano.", field="file",
            code="message_too_many_attachments", limit=MAX_ATTACHMENTS)
    found: list[MailAttachment] = []
    for number, storage in enumerate(storages, start=1):
        attachment = _Properties(ole, storage + "/")
        content = attachment.binary(_ATTACH_DATA)
        if content is None:
            continue  # an embedded Outlook item or an OLE object: kept in the stored .msg
        name = (attachment.text(_ATTACH_LONG_NAME) or attachment.text(_ATTACH_NAME)
                or f"zalacznik-{number}")
        found.append(MailAttachment(name.replace("\\", "/").rsplit("/", 1)[-1][:200],
                                    attachment.text(_ATTACH_MIME) or "application/octet-stream",
                                    content, inline=bool(attachment.text(_ATTACH_CONTENT_ID))))
    return tuple(found)


def _message_ids(text: str) -> tuple[str, ...]:
    return tuple(part for part in text.replace(",", " ").split() if part.startswith("<"))


def _parsed(message: _Properties, ole: Any, raw: bytes) -> ParsedEmail:
    sender_name, sender_email = _sender(message)
    subject = message.text(_SUBJECT).strip()
    body_text, body_is_html = _body(message)
    attachments = _attachments(ole)
    references = _message_ids(message.text(_IN_REPLY_TO)) + tuple(
        reversed(_message_ids(message.text(_REFERENCES))))
    return ParsedEmail(
        message_id=message.text(_MESSAGE_ID).strip(), sender_name=sender_name,
        sender_email=sender_email,
        sent_at=message.time(_SUBMIT_TIME) or message.time(_DELIVERY_TIME), subject=subject,
        body_text=body_text, body_is_html=body_is_html, attachments=attachments,
        forwarded=None,
        draft=read_draft(body_text, subject, sender_name, sender_email, attachments),
        raw=raw, references=tuple(dict.fromkeys(references))[:50], extension=".msg")
