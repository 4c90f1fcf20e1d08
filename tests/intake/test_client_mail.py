"""The mail that real clients write, byte for byte as they write it (not built with
EmailMessage): each case is read right, or refused with what the clerk should do."""

from __future__ import annotations

from pathlib import Path

import pytest

from iok_desk.db.engine import Database
from iok_desk.intake.eml import parse_email
from iok_desk.services import intake, mailbox
from iok_desk.services.context import Actor


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


OUTLOOK = crlf("""From: "Kowalski Jan" <jan@example.pl>
To: "iok@msmgdynia.pl" <iok@msmgdynia.pl>
Subject: =?iso-8859-2?Q?Wniosek_o_nadanie_dost=EApu?=
Thread-Topic: =?iso-8859-2?Q?Wniosek_o_nadanie_dost=EApu?=
Date: Tue, 1 Dec 2026 08:12:44 +0000
Message-ID: <AM0PR01MB1234ABCD@AM0PR01MB1234.eurprd01.prod.outlook.com>
Accept-Language: pl-PL, en-US
Content-Language: pl-PL
X-MS-Has-Attach:
Content-Type: multipart/alternative;
\tboundary="_000_AM0PR01MB1234ABCD_"
MIME-Version: 1.0

--_000_AM0PR01MB1234ABCD_
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

Dzie=F1 dobry,

prosz=EA o nadanie dost=EApu do IOK.

Imi=EA i nazwisko: Jan Kowalski
Adres lokalu: ul. Paprykowa 12/5, 81-198 Gdynia
E-mail: jan.k@example.pl <mailto:jan.k@example.pl>

Pozdrawiam
Jan Kowalski
tel. 604 555 666

--_000_AM0PR01MB1234ABCD_
Content-Type: text/html; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

<html><body><p>Dzie=F1 dobry,</p></body></html>

--_000_AM0PR01MB1234ABCD_--
""")


def test_outlook_mailto_address_postcode_city_and_signature_phone() -> None:
    draft = parse_email(OUTLOOK).draft
    assert (draft.kind, draft.first_name, draft.last_name) == ("grant", "Jan", "Kowalski")
    assert draft.email == "jan.k@example.pl"
    assert draft.unit == "Paprykowa 12/5"
    assert draft.phone == "+48 604555666"
    assert draft.check() == ()


# Netscape / IBM Notes / CDO: HTML only, its source wrapped at 72 characters.
NOTES_HTML = b"""From: Anna Nowak <anna.nowak@example.pl>\r
To: iok@msmgdynia.pl\r
Subject: Wniosek\r
Date: Tue, 1 Dec 2026 10:00:00 +0100\r
Message-ID: <OF1234.5678@notes.example.pl>\r
MIME-Version: 1.0\r
Content-Type: text/html; charset="windows-1250"\r
Content-Transfer-Encoding: 8bit\r
\r
<html><body><font size=2 face="sans-serif">Prosz\xea o nadanie dost\xeapu.</font><br>\r
<font size=2 face="sans-serif">Imi\xea i nazwisko: Anna\r
Nowak<br>Adres lokalu: Paprykowa 12/7<br>Telefon: 603\r
303 404</font>\r
<table><tr><td>Tel. kom.:</td><td>605 111 222</td></tr></table>\r
</body></html>\r
"""


def test_html_only_wrapped_source_lines_are_one_line_each() -> None:
    parsed = parse_email(NOTES_HTML)
    draft = parsed.draft
    assert (draft.first_name, draft.last_name) == ("Anna", "Nowak")
    assert draft.phone == "603 303 404"
    assert draft.unit == "Paprykowa 12/7"
    assert "Tel. kom.:\t605 111 222" in parsed.body_text


WORD_TABLE = crlf("""From: Piotr Wiśniewski <piotr@example.pl>
Subject: Blokada
Date: Tue, 1 Dec 2026 10:00:00 +0100
Message-ID: <word-table@example.pl>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><body><p>Proszę o zablokowanie dostępu.</p>
<table border=1><tr><td><p>Imię i nazwisko</p></td><td><p>Piotr Wiśniewski</p></td></tr>
<tr><td>Identyfikator</td><td>1234 5678</td></tr>
<tr><td>Tel. kom.</td><td>604-555-666</td></tr></table></body></html>
""")


def test_word_table_labels_and_values() -> None:
    draft = parse_email(WORD_TABLE).draft
    assert (draft.kind, draft.first_name, draft.last_name) == ("block", "Piotr", "Wiśniewski")
    assert draft.login_id == "1234 5678"
    assert draft.phone == "604-555-666"


# A webmail writing headers in raw UTF-8 (RFC 6532) instead of encoded words.
RAW_UTF8 = ("From: Łukasz Żółkiewski <lukasz@example.pl>\r\n"
            "Subject: Wniosek o dostęp — Łukasz\r\n"
            "Date: Tue, 1 Dec 2026 10:00:00 +0100\r\n"
            "Message-ID: <raw-utf8@example.pl>\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n"
            "Proszę o nadanie dostępu, lokal Paprykowa 12/5.\r\n").encode()


def test_raw_utf8_from_keeps_the_senders_name() -> None:
    parsed = parse_email(RAW_UTF8)
    assert (parsed.sender_name, parsed.sender_email) == ("Łukasz Żółkiewski",
                                                         "lukasz@example.pl")
    assert parsed.subject == "Wniosek o dostęp — Łukasz"
    assert (parsed.draft.first_name, parsed.draft.last_name) == ("Łukasz", "Żółkiewski")


def reply(original_id: str, subject: str = "Re: Wniosek") -> bytes:
    return crlf(f"""From: Jan Kowalski <jan@example.pl>
Subject: {subject}
Date: Wed, 2 Dec 2026 07:00:00 +0100
Message-ID: <reply-{original_id.strip('<>')}>
In-Reply-To: {original_id}
References: <older@example.pl>
 {original_id}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

W załączeniu podpisany wniosek.

> Dzień dobry, wniosek wymaga uzupełnienia.
""")


def test_a_reply_names_the_request_it_answers(db: Database, admin: Actor,
                                              register: dict[str, str]) -> None:
    number = intake.import_email(db, admin, OUTLOOK).number
    answer = parse_email(reply("<AM0PR01MB1234ABCD@AM0PR01MB1234.eurprd01.prod.outlook.com>"))
    assert answer.references[0] == "<AM0PR01MB1234ABCD@AM0PR01MB1234.eurprd01.prod.outlook.com>"
    assert mailbox.reply_to_request(db, answer) == number
    by_subject = parse_email(reply("<unknown@example.pl>", subject=f"Re: wniosek {number}"))
    assert mailbox.reply_to_request(db, by_subject) == number
    assert mailbox.reply_to_request(db, parse_email(reply("<unknown@example.pl>"))) == ""


def test_request_import_json_reports_a_duplicate_as_json(
        capsys: pytest.CaptureFixture[str], database_url: str, register: dict[str, str],
        tmp_path: Path) -> None:
    import json

    from iok_desk.cli import main

    path = tmp_path / "outlook.eml"
    path.write_bytes(OUTLOOK)
    argv = ["--database", database_url, "--clerk", "admin", "request", "import", str(path),
            "--json"]
    assert main(argv) == 0
    capsys.readouterr()
    assert main(argv) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["error"] == "duplicate_message" and out["details"]["number"].startswith("IOK/")


def block_request(login_id: str) -> bytes:
    return crlf(f"""From: Jan Kowalski <jan@example.pl>
Subject: Blokada konta
Date: Tue, 1 Dec 2026 10:00:00 +0100
Message-ID: <block-{login_id}@example.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Proszę o zablokowanie dostępu, zgubiłem hasło.
Identyfikator: {login_id}
""")


def test_a_login_id_no_account_has_is_named_before_registering(
        db: Database, admin: Actor, register: dict[str, str]) -> None:
    from services.helpers import issued_account

    from iok_desk.domain.credentials import is_valid_login_id

    real = issued_account(db, admin).login_id
    unknown = next(f"{n:08d}" for n in range(10_000_000, 10_001_000)
                   if is_valid_login_id(f"{n:08d}") and f"{n:08d}" != real)
    problems = intake.preview_email(db, block_request(unknown)).problems
    assert [(problem.field, problem.code) for problem in problems] == [
        ("login_id", "login_not_found")]
    assert intake.preview_email(db, block_request(real)).problems == ()


# iPhone Mail: a photo of the signed paper form, as HEIC (an ISO-BMFF file, brand "heic").
HEIC_BYTES = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64


def test_an_iphone_heic_photo_is_stored_and_named(db: Database, admin: Actor,
                                                  register: dict[str, str]) -> None:
    import base64

    photo = base64.encodebytes(HEIC_BYTES).decode().replace("\n", "\r\n")
    raw = crlf("""From: Jan Kowalski <jan@example.pl>
Content-Type: multipart/mixed; boundary="Apple-Mail-1A2B3C"
Mime-Version: 1.0 (1.0)
Subject: Wniosek
Message-Id: <1A2B3C@example.pl>
Date: Tue, 1 Dec 2026 10:00:00 +0100
To: iok@msmgdynia.pl
X-Mailer: iPhone Mail (21E236)

--Apple-Mail-1A2B3C
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Prosz=C4=99 o nadanie dost=C4=99pu, lokal Paprykowa 12/5.
Jan Kowalski

Wys=C5=82ane z iPhone=E2=80=99a
--Apple-Mail-1A2B3C
Content-Type: image/heic; name="IMG_0042.HEIC"
Content-Disposition: attachment; filename="IMG_0042.HEIC"
Content-Transfer-Encoding: base64

""") + photo.encode() + b"\r\n--Apple-Mail-1A2B3C--\r\n"
    preview = intake.preview_email(db, raw)
    assert [(item.file_name, item.content_type, item.refused) for item in preview.attachments
            ] == [("IMG_0042.HEIC", "image/heic", "")]
    result = intake.import_email(db, admin, raw)
    assert [item.content_type for item in result.attachments] == ["message/rfc822",
                                                                   "image/heic"]
    assert result.skipped == ()
