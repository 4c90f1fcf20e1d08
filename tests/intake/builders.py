"""Builders for what arrives: real .eml files made with the standard library's email package,
fillable request forms filled with pypdf, and register CSV files."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, datetime
from email import message_from_bytes
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, make_msgid

from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from iok_desk.db.engine import Database
from iok_desk.domain import request_form
from iok_desk.letters.request_form import render_request_form
from iok_desk.services import accounts, requests
from iok_desk.services.context import Actor
from iok_desk.services.settings import Letterhead

# The smallest valid files of each type the desk accepts (their magic bytes are what counts).
PNG_BYTES = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
             b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01"
             b"\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")
JPEG_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"


def blank_form() -> bytes:
    """The documents module's own fillable request form (fields named as in
    ``domain.request_form``), as the cooperative sends it to residents."""
    return render_request_form(Letterhead(), fillable=True)


def fill_form(values: dict[str, str], ticked: Sequence[str] = ()) -> bytes:
    """The blank form filled in with pypdf, as a resident's PDF viewer would save it."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(blank_form())))
    filled: dict[str, str] = dict(values)
    filled.update({name: "/Yes" for name in ticked})
    writer.update_page_form_field_values(writer.pages[0], filled, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def plain_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(50, 800, "Skan dowodu wpłaty")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


GRANT_FORM_VALUES = {
    request_form.FIELD_FIRST_NAME: "Anna",
    request_form.FIELD_LAST_NAME: "Żółkiewska",
    request_form.FIELD_UNIT: "Paprykowa 12/7",
    request_form.FIELD_EMAIL: "anna.zolkiewska@example.pl",
    request_form.FIELD_PHONE: "58 629 00 16",
    request_form.FIELD_TITLE_KIND: "spółdzielcze prawo do lokalu",
    request_form.FIELD_PLACE_DATE: "Gdynia, 20.11.2026",
}


def text_part(text: str, subtype: str = "plain", charset: str = "utf-8") -> MIMEText:
    return MIMEText(text, subtype, charset)


def attachment(content: bytes, file_name: str, content_type: str) -> MIMEBase:
    maintype, subtype = content_type.split("/")
    part: MIMEBase
    if maintype == "image":
        part = MIMEImage(content, subtype)
    else:
        part = MIMEApplication(content, subtype)
    # RFC 2231 encoded name, as mail clients write Polish file names.
    part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", file_name))
    return part


def build_email(*, sender: tuple[str, str], subject: str, body: Message,
                attachments: Sequence[Message] = (), header_charset: str = "utf-8",
                message_id: str | None = "", sent_at: datetime | None = None) -> bytes:
    """An RFC 5322 message as a mail client saves it (.eml): encoded headers in
    ``header_charset``, the body part as given, then the attachments."""
    message: Message
    if attachments:
        message = MIMEMultipart("mixed")
        message.attach(body)
        for item in attachments:
            message.attach(item)
    else:
        message = body
    message["From"] = formataddr(sender, charset=header_charset)
    message["To"] = "iok@msmgdynia.pl"
    message["Subject"] = Header(subject, header_charset).encode()
    message["Date"] = format_datetime(sent_at or datetime(2026, 11, 20, 9, 30, tzinfo=UTC))
    if message_id is not None:
        message["Message-ID"] = message_id or make_msgid(domain="example.pl")
    return message.as_bytes()


def forwarded(inner: bytes, *, forwarder: tuple[str, str], note: str) -> bytes:
    """A forward with the original attached as message/rfc822 (``PD:`` as Outlook writes)."""
    outer = MIMEMultipart("mixed")
    outer.attach(MIMEText(note, "plain", "utf-8"))
    outer.attach(MIMEMessage(message_from_bytes(inner)))
    outer["From"] = formataddr(forwarder)
    outer["To"] = "iok@msmgdynia.pl"
    outer["Subject"] = "PD: wniosek o dostęp"
    outer["Date"] = format_datetime(datetime(2026, 11, 21, 8, 0, tzinfo=UTC))
    outer["Message-ID"] = make_msgid(domain="msmgdynia.pl")
    return outer.as_bytes()


REGISTER_HEADER = ("zasob_klucz;zasob_nazwa;wspolnota;lokal_klucz;ulica;budynek;lokal_nr;"
                   "kod_pocztowy;rodzaj_lokalu;kontrahent_klucz;imie;nazwisko;email;telefon;"
                   "tytul_klucz;tytul_rodzaj;tytul_od;tytul_do")

# A small register: Jan Kowalski owns a flat and (in an owners' association) a garage, Anna
# Żółkiewska holds a co-op right to another flat, one flat has no holder.
ESTATE = "MSM-01;Zasób własny Spółdzielni;N"
ASSOCIATION = "WM-07;Wspólnota Mieszkaniowa „Chylonia”;T"
JAN_FLAT = (f"{ESTATE};L-0005;Paprykowa;12;5;81-198;mieszkalny;K-001;Jan;Kowalski;"
            "jan@example.pl;601 234 567;T-001;własność;2020-01-15;")
ANNA_FLAT = (f"{ESTATE};L-0007;Paprykowa;12;7;81-198;mieszkalny;K-002;Anna;Żółkiewska;;;T-002;"
             "spółdzielcze prawo do lokalu;01.02.2010;")
JAN_GARAGE = (f"{ASSOCIATION};G-0003;Śliwkowa;3;;81-198;garaż;K-001;Jan;Kowalski;"
              "jan@example.pl;601 234 567;T-004;własność we wspólnocie;2021-06-01;")
EMPTY_FLAT = f"{ESTATE};L-0009;Paprykowa;12;9;81-198;mieszkalny;;;;;;;;;"
FIRST = [JAN_FLAT, ANNA_FLAT, JAN_GARAGE, EMPTY_FLAT]


def register_csv(rows: Sequence[str], *, encoding: str = "utf-8", separator: str = ";") -> bytes:
    """A register file as the accounting system exports it (rows written with ``;``)."""
    lines = [REGISTER_HEADER, *rows]
    return ("\r\n".join(line.replace(";", separator) for line in lines) + "\r\n").encode(
        encoding)


def issued_account(db: Database, actor: Actor, first: str, last: str, unit: str) -> str:
    """A grant registered, approved and issued through the use cases; the login ID."""
    number = requests.register_request(db, actor, requests.NewRequest(
        kind="grant", channel="paper", first_name=first, last_name=last, unit=unit)).number
    requests.approve_request(db, actor, number)
    return accounts.issue_credentials(db, actor, number).login_id


