"""The rest of the mail real clients write, byte for byte as they write it: Outlook's .msg
files, a PDF form or a scan on its own, format=flowed, undeclared charsets, streets in the
locative, inline forwards, and why a file was skipped in the window's language."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from support.rows import row_counts

from iok_desk.db.engine import Database
from iok_desk.domain import messages, request_form
from iok_desk.domain.errors import ConflictError, ValidationError
from iok_desk.domain.states import RequestKind
from iok_desk.intake.eml import parse_email
from iok_desk.intake.msg import OLE_MAGIC, parse_msg
from iok_desk.intake.pdf_form import read_request_form
from iok_desk.services import intake, mailbox, registry
from iok_desk.services.context import Actor

from .builders import (
    GRANT_FORM_VALUES,
    JPEG_BYTES,
    attachment,
    build_email,
    fill_form,
    plain_pdf,
    text_part,
)
from .outlook import outlook_message
from .test_client_mail import crlf

CORPUS = Path(__file__).parent / "corpus"
HEIC_PHOTO = (CORPUS / "iphone-photo.heic").read_bytes()
GRANT_TICKED = [request_form.ACTION_FIELDS[RequestKind.GRANT]]


def problems_of(preview: intake.EmailPreview) -> list[tuple[str, str]]:
    return [(problem.field, problem.code) for problem in preview.problems]


# ---- Outlook .msg ----------------------------------------------------------------------

OUTLOOK_BODY = ("Dzień dobry,\r\n\r\nproszę o nadanie dostępu do IOK.\r\n\r\n"
                "Imię i nazwisko: Jan Kowalski\r\nAdres lokalu: ul. Paprykowa 12/5, 81-198 "
                "Gdynia\r\n\r\nPozdrawiam\r\nJan Kowalski\r\ntel. 604 555 666\r\n")


def saved_from_outlook(**extra: object) -> bytes:
    values: dict[str, object] = {
        "subject": "Wniosek o nadanie dostępu", "body": OUTLOOK_BODY,
        "sender_name": "Kowalski Jan", "sender_smtp": "jan@example.pl",
        "sent_at": datetime(2026, 12, 1, 8, 12, 44, tzinfo=UTC),
        "message_id": "<AM0PR01MB5678@AM0PR01MB5678.eurprd01.prod.outlook.com>",
        "attachments": [("skan dowodu wpłaty.jpg", "image/jpeg", JPEG_BYTES)]}
    values.update(extra)
    return outlook_message(**values)  # type: ignore[arg-type]


def test_an_outlook_msg_is_read_from_its_property_streams() -> None:
    raw = saved_from_outlook()
    parsed = parse_msg(raw)
    # An Exchange sender's own address is an X.500 name: the SMTP one is read.
    assert (parsed.sender_name, parsed.sender_email) == ("Kowalski Jan", "jan@example.pl")
    assert parsed.subject == "Wniosek o nadanie dostępu"
    assert parsed.sent_at == datetime(2026, 12, 1, 8, 12, 44, tzinfo=UTC)
    assert parsed.message_id.startswith("<AM0PR01MB5678@")
    draft = parsed.draft
    assert (draft.kind, draft.first_name, draft.last_name, draft.unit, draft.phone) == (
        "grant", "Jan", "Kowalski", "Paprykowa 12/5", "+48 604555666")
    assert [(item.file_name, item.content) for item in parsed.attachments] == [
        ("skan dowodu wpłaty.jpg", JPEG_BYTES)]


def test_a_long_msg_body_in_regular_sectors_and_an_html_only_body() -> None:
    long_body = OUTLOOK_BODY + "\r\n" + "Treść poprzedniej korespondencji.\r\n" * 200
    assert len(long_body.encode("utf-16-le")) > 4096  # past the mini stream
    assert parse_msg(saved_from_outlook(body=long_body)).draft.unit == "Paprykowa 12/5"
    html = ("<html><body><p>Proszę o zablokowanie dostępu.</p><p>Identyfikator: 1234 5678"
            "</p></body></html>").encode()
    parsed = parse_msg(saved_from_outlook(subject="Blokada", body="", html=html,
                                          exchange_sender=False))
    assert parsed.body_is_html
    assert (parsed.draft.kind, parsed.draft.login_id) == ("block", "1234 5678")


def test_a_msg_whose_only_picture_is_its_signatures_logo_has_no_scan() -> None:
    parsed = parse_msg(saved_from_outlook(subject="Pytanie", body="Proszę o kontakt.",
                                          attachments=[], logo=JPEG_BYTES))
    assert [(item.file_name, item.inline) for item in parsed.attachments] == [
        ("image001.jpg", True)]
    assert [problem.field for problem in parsed.draft.missing()] == ["kind"]
    scanned = parse_msg(saved_from_outlook(subject="Pytanie", body="W załączniku wniosek."))
    assert [problem.code for problem in scanned.draft.missing()] == ["attachment_is_scan"]


def test_an_old_outlooks_ansi_msg_is_read_in_its_code_page() -> None:
    parsed = parse_msg(saved_from_outlook(ansi=True, sender_name="Żółkiewska Anna"))
    assert parsed.sender_name == "Żółkiewska Anna"
    assert parsed.subject == "Wniosek o nadanie dostępu"
    assert (parsed.draft.kind, parsed.draft.unit) == ("grant", "Paprykowa 12/5")


def test_an_outlook_msg_is_registered_with_the_file_as_it_came(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    raw = saved_from_outlook(attachments=[
        ("wniosek.pdf", "application/pdf", fill_form(GRANT_FORM_VALUES, GRANT_TICKED))])
    preview = intake.preview_email(db, raw, "Wniosek o nadanie dostępu.msg")
    assert preview.draft.source == "form"  # the filled-in form wins over the body
    assert preview.problems == ()
    result = intake.import_email(db, admin, raw, file_name="Wniosek o nadanie dostępu.msg")
    assert [(item.file_name, item.content_type) for item in result.attachments] == [
        ("Wniosek o nadanie dostępu.msg", "application/vnd.ms-outlook"),
        ("wniosek.pdf", "application/pdf")]
    assert intake.preview_email(db, raw).duplicate_of == result.number


def test_a_word_document_or_a_damaged_msg_is_refused_with_what_to_do(
        db: Database) -> None:
    from .outlook import _Entry, compound_file

    word = compound_file([_Entry("WordDocument", 2, b"\xec\xa5" + b"\0" * 600)])
    damaged = saved_from_outlook()[:1200]
    garbage = OLE_MAGIC + bytes(range(256)) * 8
    for raw in (word, damaged, garbage):
        with pytest.raises(ValidationError) as caught:
            intake.preview_email(db, raw, "wiadomosc.msg")
        assert caught.value.code == "not_outlook_message"
        assert "Outlook" in messages.render_error(caught.value, "en")


# ---- a PDF form or a scan on its own ----------------------------------------------------

def test_a_pdf_form_on_its_own_is_the_same_draft_as_inside_an_email(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    form = fill_form(GRANT_FORM_VALUES, GRANT_TICKED)
    in_email = build_email(sender=("Anna Żółkiewska", "anna.zolkiewska@example.pl"),
                           subject="Wniosek", body=text_part("W załączniku wniosek."),
                           attachments=[attachment(form, "wniosek.pdf", "application/pdf")])
    alone = intake.preview_email(db, form, "wniosek.pdf")
    assert alone.draft == intake.preview_email(db, in_email).draft == read_request_form(form)
    assert alone.problems == ()
    result = intake.import_email(db, admin, form, file_name="wniosek.pdf")
    assert [(item.file_name, item.content_type) for item in result.attachments] == [
        ("wniosek.pdf", "application/pdf")]
    with pytest.raises(ConflictError) as caught:
        intake.import_email(db, admin, form, file_name="wniosek.pdf")
    assert caught.value.code == "duplicate_message"


def test_request_import_of_a_pdf_form_on_the_command_line(
        capsys: pytest.CaptureFixture[str], database_url: str, register: dict[str, str],
        tmp_path: Path) -> None:
    from iok_desk.cli import main

    path = tmp_path / "wniosek.pdf"
    path.write_bytes(fill_form(GRANT_FORM_VALUES, GRANT_TICKED))
    assert main(["--database", database_url, "--clerk", "admin", "request", "import",
                 str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["number"].startswith("IOK/")
    assert [item["file_name"] for item in out["attachments"]] == ["wniosek.pdf"]


SCAN_ONLY_BODY = "Dzień dobry,\nw załączniku przesyłam wniosek.\nPozdrawiam"


@pytest.mark.parametrize(("file_name", "content_type", "content"), [
    ("wniosek-wydruk.pdf", "application/pdf", plain_pdf()),  # a flattened form / a scan
    ("skan.jpg", "image/jpeg", JPEG_BYTES),
    ("IMG_0042.HEIC", "image/heic", HEIC_PHOTO),
])
def test_a_scan_is_named_to_be_read_instead_of_missing_fields(
        db: Database, register: dict[str, str], file_name: str, content_type: str,
        content: bytes) -> None:
    raw = build_email(sender=("Jan Kowalski", "jan@example.pl"), subject="Wniosek",
                      body=text_part(SCAN_ONLY_BODY),
                      attachments=[attachment(content, file_name, content_type)])
    for preview in (intake.preview_email(db, raw), intake.preview_email(db, content, file_name)):
        assert problems_of(preview) == [("file", "attachment_is_scan")]
        problem = preview.problems[0]
        assert file_name in problem.message and "przeczytaj go i wpisz wniosek" in problem.message
        assert messages.render_problem(problem.field, problem.code, problem.message, "en",
                                       problem.details) == (
            f"The attachment “{file_name}” is a scan — read it and type the request.")
    # Once the clerk types what the scan says, the form's own checks are back.
    typed = intake.check_draft(db, replace(intake.preview_email(db, raw).draft, kind="grant"))
    assert [(problem.field, problem.code) for problem in typed] == [("unit", "missing")]


def test_a_signatures_logo_is_no_scan() -> None:
    import base64

    logo = base64.encodebytes(JPEG_BYTES).decode().replace("\n", "\r\n")
    raw = crlf(f"""From: Jan Kowalski <jan@example.pl>
To: iok@msmgdynia.pl
Subject: Pytanie
Date: Tue, 1 Dec 2026 10:00:00 +0100
Message-ID: <logo@example.pl>
MIME-Version: 1.0
Content-Type: multipart/related; boundary="_004_related_"; type="text/html"

--_004_related_
Content-Type: text/html; charset="utf-8"

<html><body><p>Proszę o kontakt.</p><img src="cid:image001.jpg@01DB4A3C"></body></html>

--_004_related_
Content-Type: image/jpeg; name="image001.jpg"
Content-Description: image001.jpg
Content-Disposition: inline; filename="image001.jpg"
Content-ID: <image001.jpg@01DB4A3C>
Content-Transfer-Encoding: base64

{logo}
--_004_related_--
""")
    parsed = parse_email(raw)
    assert [item.inline for item in parsed.attachments] == [True]
    assert [problem.code for problem in parsed.draft.missing()] == ["missing"]


# ---- format=flowed ----------------------------------------------------------------------

# Thunderbird: format=flowed, the soft breaks after a space (written <SP> here), a
# space-stuffed line.
THUNDERBIRD_FLOWED = crlf("""From: Anna Nowak <anna.nowak@example.pl>
To: iok@msmgdynia.pl
Subject: Wniosek o nadanie dostępu
Date: Tue, 1 Dec 2026 10:00:00 +0100
Message-ID: <f1d2c3b4-flowed@example.pl>
User-Agent: Mozilla Thunderbird
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dzień dobry, proszę o nadanie dostępu do Internetowej Obsługi Kontrahenta<SP>
dla mojego lokalu.
Imię i nazwisko: Anna<SP>
Nowak
Adres lokalu: Paprykowa<SP>
12/7
Telefon: 603 303<SP>
404
  From the other side: a space-stuffed line.
""".replace("<SP>", " "))

# Apple Mail: format=flowed with DelSp=yes, quoted-printable; breaks inside words are marked
# by a space the client added and the reader removes.
APPLE_DELSP = crlf("""From: Anna Nowak <anna.nowak@example.pl>
To: iok@msmgdynia.pl
Subject: Wniosek
Date: Tue, 1 Dec 2026 10:00:00 +0100
Message-Id: <ABCD-1234-delsp@example.pl>
Mime-Version: 1.0 (Mac OS X Mail 16.0)
Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes
Content-Transfer-Encoding: quoted-printable

Prosz=C4=99 o nadanie dost=C4=99pu.=20
Imi=C4=99 i nazwisko: Anna Now=20
ak
Adres lokalu: Papryko=20
wa 12/7
""")


def test_format_flowed_is_unwrapped() -> None:
    parsed = parse_email(THUNDERBIRD_FLOWED)
    assert ("Dzień dobry, proszę o nadanie dostępu do Internetowej Obsługi Kontrahenta dla "
            "mojego lokalu.") in parsed.body_text
    assert "\n From the other side: a space-stuffed line." in parsed.body_text
    draft = parsed.draft
    assert (draft.first_name, draft.last_name, draft.unit, draft.phone) == (
        "Anna", "Nowak", "Paprykowa 12/7", "603 303 404")


def test_format_flowed_delsp_yes_removes_the_added_space() -> None:
    draft = parse_email(APPLE_DELSP).draft
    assert (draft.kind, draft.first_name, draft.last_name, draft.unit) == (
        "grant", "Anna", "Nowak", "Paprykowa 12/7")


# ---- streets in the locative ----------------------------------------------------------

@pytest.fixture
def sea_streets(db: Database, register: dict[str, str]) -> None:
    with db.transaction() as session:
        estate = registry.get_or_create_estate(session, "MSM-01", "Zasób własny Spółdzielni")
        registry.create_unit(session, estate, "L-0101", "Morska", "6", "3")
        registry.create_unit(session, estate, "L-0102", "Świętojańska", "5", "2")
        registry.create_unit(session, estate, "L-0103", "Władysława IV", "12", "4")
        # Same building and unit number, another street: the locative must pick the right one.
        registry.create_unit(session, estate, "L-0104", "Morskie Oko", "6", "3")


@pytest.mark.parametrize(("sentence", "register_unit"), [
    ("Mieszkam przy ul. Morskiej 6/3 i proszę o nadanie dostępu.", "Morska 6/3"),
    ("Proszę o nadanie dostępu, mieszkam na Świętojańskiej 5/2.", "Świętojańska 5/2"),
    ("Proszę o nadanie dostępu; mieszkam na ulicy Władysława IV 12/4.", "Władysława IV 12/4"),
    ("Proszę o nadanie dostępu.\nAdres: przy ul. Morskiej 6/3", "Morska 6/3"),
])
def test_a_street_in_the_locative_is_the_registers_street(
        db: Database, sea_streets: None, sentence: str, register_unit: str) -> None:
    raw = build_email(sender=("Jan Kowalski", "jan@example.pl"), subject="Wniosek",
                      body=text_part(sentence))
    preview = intake.preview_email(db, raw)
    assert preview.draft.unit == register_unit
    assert preview.problems == ()


def test_a_street_no_register_name_declines_to_is_still_not_in_the_register(
        db: Database, sea_streets: None) -> None:
    raw = build_email(sender=("Jan Kowalski", "jan@example.pl"), subject="Wniosek",
                      body=text_part("Proszę o nadanie dostępu, mieszkam przy ul. Leśnej 6/3."))
    assert problems_of(intake.preview_email(db, raw)) == [("unit", "unit_not_found")]


# ---- undeclared charsets and U+FFFD ----------------------------------------------------

def no_charset(body: bytes) -> bytes:
    """An old client's message: 8-bit text, no charset in the Content-Type."""
    return (b"From: Jan Kowalski <jan@example.pl>\r\nTo: iok@msmgdynia.pl\r\n"
            b"Subject: Wniosek\r\nDate: Tue, 1 Dec 2026 10:00:00 +0100\r\n"
            b"Message-ID: <no-charset-" + hashlib.sha256(body).hexdigest()[:16].encode()
            + b"@example.pl>\r\n"
            b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n"
            b"Content-Transfer-Encoding: 8bit\r\n\r\n" + body)


LETTER = "Proszę o nadanie dostępu.\r\nImię i nazwisko: Łucja Małecka\r\nLokal: Paprykowa 12/5\r\n"


@pytest.mark.parametrize("charset", ["cp1250", "iso-8859-2"])
def test_undeclared_polish_charsets_are_read_by_their_bytes(charset: str) -> None:
    draft = parse_email(no_charset(LETTER.encode(charset))).draft
    assert (draft.first_name, draft.last_name, draft.kind) == ("Łucja", "Małecka", "grant")


def test_replacement_characters_are_blamed_on_the_encoding_not_the_address(
        db: Database, register: dict[str, str]) -> None:
    # The sender's client had already turned each Polish letter into U+FFFD.
    broken = LETTER.replace("Paprykowa", "Paprykow\u0105").replace("ą", "\ufffd").replace(
        "ę", "\ufffd").replace("Ł", "\ufffd").replace("ł", "\ufffd")
    preview = intake.preview_email(db, no_charset(broken.encode("utf-8")))
    assert set(problems_of(preview)) == {("first_name", "text_encoding_broken"),
                                         ("last_name", "text_encoding_broken"),
                                         ("unit", "text_encoding_broken")}
    problem = next(item for item in preview.problems if item.field == "unit")
    assert "Kodowanie wiadomości jest uszkodzone" in problem.message
    english = messages.render_problem(problem.field, problem.code, problem.message, "en")
    assert english.startswith("The message's encoding is broken (no charset): “Unit”")


# ---- inline forwards -------------------------------------------------------------------

ORIGINAL = crlf("""From: Jan Kowalski <jan@example.pl>
To: iok@msmgdynia.pl
Subject: Wniosek o nadanie dostępu
Date: Tue, 1 Dec 2026 09:15:00 +0100
Message-ID: <original-request@example.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Proszę o nadanie dostępu do IOK.
Imię i nazwisko: Jan Kowalski
Adres lokalu: Paprykowa 12/5
""")

QUOTED = """Proszę o nadanie dostępu do IOK.
Imię i nazwisko: Jan Kowalski
Adres lokalu: Paprykowa 12/5
"""

GMAIL_FORWARD = crlf(f"""From: Ewa Sekretariat <sekretariat@msmgdynia.pl>
To: iok@msmgdynia.pl
Subject: Fwd: Wniosek o nadanie dostępu
Date: Wed, 2 Dec 2026 07:30:00 +0100
Message-ID: <CAGmail123@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Do rejestracji.

---------- Forwarded message ---------
From: Jan Kowalski <jan@example.pl>
Date: Tue, Dec 1, 2026 at 9:15 AM
Subject: Wniosek o nadanie dostępu
To: <iok@msmgdynia.pl>


{QUOTED}""")

THUNDERBIRD_FORWARD = crlf(f"""From: Ewa Sekretariat <sekretariat@msmgdynia.pl>
To: iok@msmgdynia.pl
Subject: Fwd: Wniosek o nadanie dostępu
Date: Wed, 2 Dec 2026 07:31:00 +0100
Message-ID: <tb-forward@msmgdynia.pl>
User-Agent: Mozilla Thunderbird
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed

-------- Forwarded Message --------
Subject: \tWniosek o nadanie dostępu
Date: \tTue, 1 Dec 2026 09:15:00 +0100
From: \tJan Kowalski <jan@example.pl>
To: \tiok@msmgdynia.pl

{QUOTED}""")

OUTLOOK_FORWARD_EN = crlf(f"""From: "Office MSM" <office@msmgdynia.pl>
To: "iok@msmgdynia.pl" <iok@msmgdynia.pl>
Subject: FW: Wniosek o nadanie dostępu
Date: Wed, 2 Dec 2026 06:33:00 +0000
Message-ID: <VI1PR01MB7777@VI1PR01MB7777.eurprd01.prod.outlook.com>
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0

Please register.

-----Original Message-----
From: Jan Kowalski [mailto:jan@example.pl]
Sent: Tuesday, December 1, 2026 9:15 AM
To: iok@msmgdynia.pl
Subject: Wniosek o nadanie dostępu

{QUOTED}""")

OUTLOOK_FORWARD_PL = crlf(f"""From: "Sekretariat MSM" <sekretariat@msmgdynia.pl>
To: "iok@msmgdynia.pl" <iok@msmgdynia.pl>
Subject: PD: Wniosek o nadanie dostępu
Date: Wed, 2 Dec 2026 06:32:00 +0000
Message-ID: <DB7PR01MB9999@DB7PR01MB9999.eurprd01.prod.outlook.com>
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Do rejestracji.

Od: Jan Kowalski <jan@example.pl>
Wysłano: wtorek, 1 grudnia 2026 09:15
Do: iok@msmgdynia.pl
Temat: Wniosek o nadanie dostępu

{QUOTED}""")


@pytest.mark.parametrize("forward", [GMAIL_FORWARD, THUNDERBIRD_FORWARD, OUTLOOK_FORWARD_EN,
                                     OUTLOOK_FORWARD_PL.decode().encode("iso-8859-2")],
                         ids=["gmail", "thunderbird", "outlook-en", "outlook-pl"])
def test_an_inline_forward_of_a_registered_request_is_attached_to_it(
        db: Database, admin: Actor, register: dict[str, str], forward: bytes) -> None:
    number = intake.import_email(db, admin, ORIGINAL).number
    parsed = parse_email(forward)
    assert parsed.forwarded_inline_from == ("Jan Kowalski", "jan@example.pl")
    draft = parsed.draft
    assert (draft.kind, draft.first_name, draft.last_name, draft.unit, draft.email) == (
        "grant", "Jan", "Kowalski", "Paprykowa 12/5", "jan@example.pl")
    assert intake.preview_email(db, forward).forwarded_from == "Jan Kowalski <jan@example.pl>"
    assert mailbox.reply_to_request(db, parsed) == number


def test_an_inline_forward_of_no_registered_request_is_a_new_one(
        db: Database, register: dict[str, str]) -> None:
    assert mailbox.reply_to_request(db, parse_email(GMAIL_FORWARD)) == ""


def test_an_outlook_reply_quoting_the_office_is_not_read_as_a_forward() -> None:
    reply = crlf("""From: Jan Kowalski <jan@example.pl>
To: iok@msmgdynia.pl
Subject: RE: Wniosek IOK/2026/00001 wymaga uzupełnienia
Date: Wed, 2 Dec 2026 08:00:00 +0100
Message-ID: <reply-quoting@example.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Proszę o zablokowanie dostępu.

Od: IOK MSM Gdynia <iok@msmgdynia.pl>
Wysłano: wtorek, 1 grudnia 2026 12:00
Do: Jan Kowalski <jan@example.pl>
Temat: Wniosek IOK/2026/00001 wymaga uzupełnienia
""")
    parsed = parse_email(reply)
    assert parsed.forwarded_inline_from is None
    assert (parsed.draft.kind, parsed.draft.email) == ("block", "jan@example.pl")


# ---- why a file was skipped, in the window's language -------------------------------------

def test_skipped_attachments_say_why_in_both_languages(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    docx = b"PK\x03\x04" + b"\0" * 60
    raw = build_email(sender=("Jan Kowalski", "jan@example.pl"), subject="Wniosek",
                      body=text_part("Proszę o nadanie dostępu.\nLokal: Paprykowa 12/5"),
                      attachments=[attachment(docx, "wniosek.docx", "application/vnd."
                                              "openxmlformats-officedocument.wordprocessingml."
                                              "document"),
                                   attachment(b"", "pusty.pdf", "application/pdf")])
    preview = intake.preview_email(db, raw)
    assert [(check.file_name, check.refused_code) for check in preview.attachments] == [
        ("wniosek.docx", "file_type_not_allowed"), ("pusty.pdf", "file_empty")]
    before = row_counts(db)
    result = intake.import_email(db, admin, raw)
    assert row_counts(db)["attachment"] == before["attachment"] + 1  # the message itself
    english = [messages.render_problem(None, item.code, item.reason, "en", item.details)
               for item in result.skipped]
    assert english == ["this kind of file is not accepted (accepted: PDF, JPEG, PNG, HEIC, "
                       "e-mail messages, Outlook .msg files)", "the file is empty"]
    assert [messages.render_problem(None, item.code, item.reason, "pl", item.details)
            for item in result.skipped][1] == "plik jest pusty"


def test_a_too_large_file_names_its_size_in_english() -> None:
    content_type, refusal = intake._refusal(b"%PDF-" + b"\0" * 3000, limit=1024)
    assert content_type is None and refusal is not None
    assert messages.render_problem(None, refusal.code, refusal.reason, "en",
                                   refusal.details) == "the file is 3 KB, the limit is 1 KB"


def test_a_stored_msg_is_an_e_mail_for_the_retention_periods(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    from datetime import timedelta

    from iok_desk.domain.dates import now_utc
    from iok_desk.services import retention

    result = intake.import_email(db, admin, saved_from_outlook(), file_name="wniosek.msg")
    stored = [item.id for item in result.attachments
              if item.content_type == "application/vnd.ms-outlook"]
    assert len(stored) == 1
    later = now_utc() + timedelta(days=retention.DEFAULT_DAYS["email"] + 1)
    report = retention.run_retention(db, admin, dry_run=True, now=later)
    assert stored[0] in report.attachments
    assert next(item.id for item in result.attachments
            if item.content_type == "image/jpeg") not in report.attachments
