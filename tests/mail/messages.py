"""Messages as the mail clients write them: raw bytes, line by line, not EmailMessage."""

from __future__ import annotations

import uuid


def message(body: str, *, subject: str = "Wniosek o dostęp do e-Kartoteki",
            sender: str = "Jan Kowalski <jan@example.pl>", message_id: str | None = None,
            extra_headers: str = "", charset: str = "utf-8") -> bytes:
    """A plain-text message as Thunderbird writes it (8bit UTF-8 body, encoded subject)."""
    from email.header import Header
    from email.utils import formataddr, parseaddr

    if not sender.isascii():  # as a mail client writes it: the name as an encoded word
        sender = formataddr(parseaddr(sender), charset="utf-8")
    message_id = message_id or f"<{uuid.uuid4().hex}@example.pl>"
    encoded_subject = Header(subject, "utf-8").encode()
    head = (f"From: {sender}\r\n"
            "To: iok@msmgdynia.example\r\n"
            f"Subject: {encoded_subject}\r\n"
            "Date: Tue, 01 Dec 2026 09:15:00 +0100\r\n"
            f"Message-ID: {message_id}\r\n"
            f"{extra_headers}"
            "MIME-Version: 1.0\r\n"
            f"Content-Type: text/plain; charset={charset}; format=flowed\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n")
    return head.encode("ascii") + body.replace("\n", "\r\n").encode(charset)


COMPLETE_GRANT = """Dzień dobry,

proszę o nadanie dostępu do e-Kartoteki.

Imię i nazwisko: Jan Kowalski
Adres lokalu: Paprykowa 12/5
Telefon: 601 234 567

Z poważaniem
Jan Kowalski
"""

WITHOUT_UNIT = """Dzień dobry,

proszę o nadanie dostępu do e-Kartoteki.

Jan Kowalski
"""
