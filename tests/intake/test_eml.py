"""Reading .eml files: encodings, HTML bodies, attachments, forwarded messages, drafts."""

from __future__ import annotations

from datetime import UTC, datetime
from email.mime.multipart import MIMEMultipart

import pytest

from iok_desk.domain.credentials import format_login_id, generate_login_id
from iok_desk.domain.errors import ValidationError
from iok_desk.intake.eml import html_to_text, parse_email

from .builders import (
    GRANT_FORM_VALUES,
    JPEG_BYTES,
    PNG_BYTES,
    attachment,
    build_email,
    fill_form,
    forwarded,
    text_part,
)

POLISH_BODY = ("Dzień dobry,\n\nproszę o nadanie dostępu do IOK.\n\n"
               "Imię i nazwisko: Łucja Żółkiewska-Gęślak\n"
               "Adres lokalu: ul. Paprykowa 12/5\n"
               "Telefon: 601 234 567\n\nZ poważaniem\nŁucja")


def test_iso_8859_2_quoted_printable_body_and_encoded_headers() -> None:
    raw = build_email(sender=("Łucja Żółkiewska-Gęślak", "lucja@example.pl"),
                      subject="Wniosek o dostęp - Żółkiewska",
                      body=text_part(POLISH_BODY, charset="iso-8859-2"),
                      header_charset="iso-8859-2", message_id="<abc.123@example.pl>")
    assert b"=?iso-8859-2?" in raw.lower() and b"quoted-printable" in raw.lower()
    assert "Ż".encode() not in raw  # really encoded, not 8-bit UTF-8

    parsed = parse_email(raw)

    assert parsed.sender_name == "Łucja Żółkiewska-Gęślak"
    assert parsed.sender_email == "lucja@example.pl"
    assert parsed.subject == "Wniosek o dostęp - Żółkiewska"
    assert parsed.message_id == "<abc.123@example.pl>"
    assert parsed.sent_at == datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    assert "proszę o nadanie dostępu" in parsed.body_text
    draft = parsed.draft
    assert (draft.kind, draft.first_name, draft.last_name) == ("grant", "Łucja",
                                                                "Żółkiewska-Gęślak")
    assert (draft.unit, draft.phone, draft.email) == ("Paprykowa 12/5", "601 234 567",
                                                      "lucja@example.pl")
    assert draft.source == "body"
    assert draft.check() == ()


def test_utf8_base64_html_body_is_read_as_text() -> None:
    html = ("<html><head><style>p {color: red}</style></head><body>"
            "<p>Proszę o <b>zablokowanie</b> konta &ndash; zgubiłem hasło.</p>"
            "<p>Identyfikator: {login}<br>Jan Kowalski</p></body></html>")
    login = generate_login_id()
    raw = build_email(sender=("Jan Kowalski", "jan@example.pl"), subject="Blokada konta IOK",
                      body=text_part(html.replace("{login}", format_login_id(login)), "html"))
    assert b"base64" in raw.lower()

    parsed = parse_email(raw)

    assert parsed.body_is_html
    assert "color" not in parsed.body_text
    assert "Proszę o zablokowanie konta – zgubiłem hasło." in parsed.body_text
    draft = parsed.draft
    assert (draft.kind, draft.login_id, draft.first_name, draft.last_name) == (
        "block", format_login_id(login), "Jan", "Kowalski")
    assert draft.check() == ()


def test_windows_1250_body_with_attached_filled_form_and_scan() -> None:
    form = fill_form(GRANT_FORM_VALUES, ticked=["action_grant"])
    raw = build_email(
        sender=("Anna Żółkiewska", "anna@example.pl"), subject="wniosek",
        body=text_part("W załączniku wniosek. Pozdrawiam, Anna Żółkiewska", charset="cp1250"),
        attachments=[attachment(form, "wniosek-Żółkiewska.pdf", "application/pdf"),
                     attachment(JPEG_BYTES, "skan aktu notarialnego.jpg", "image/jpeg")])

    parsed = parse_email(raw)

    assert "W załączniku wniosek" in parsed.body_text
    assert [(item.file_name, item.declared_type) for item in parsed.attachments] == [
        ("wniosek-Żółkiewska.pdf", "application/pdf"),
        ("skan aktu notarialnego.jpg", "image/jpeg")]
    assert parsed.attachments[1].content == JPEG_BYTES
    draft = parsed.draft
    assert draft.source == "form"
    assert (draft.kind, draft.first_name, draft.last_name, draft.unit) == (
        "grant", "Anna", "Żółkiewska", "Paprykowa 12/7")
    assert draft.email == "anna.zolkiewska@example.pl"
    assert "spółdzielcze prawo do lokalu" in draft.note


def test_forwarded_message_gives_the_original_sender_and_its_attachments() -> None:
    inner = build_email(sender=("Zofia Łącka", "zofia.lacka@example.pl"),
                        subject="Odebranie dostępu do IOK",
                        body=text_part("Sprzedałam mieszkanie, proszę o odebranie dostępu.\n"
                                       "Lokal: Paprykowa 12 m. 7\n", charset="iso-8859-2"),
                        attachments=[attachment(PNG_BYTES, "umowa.png", "image/png")],
                        header_charset="iso-8859-2")
    raw = forwarded(inner, forwarder=("Sekretariat MSM", "sekretariat@msmgdynia.pl"),
                    note="Przekazuję wg właściwości.")

    parsed = parse_email(raw)

    assert parsed.sender_email == "sekretariat@msmgdynia.pl"
    assert parsed.forwarded is not None
    assert parsed.forwarded.sender_name == "Zofia Łącka"
    assert [item.file_name for item in parsed.attachments] == ["umowa.png"]
    draft = parsed.draft
    assert (draft.kind, draft.first_name, draft.last_name, draft.unit, draft.email) == (
        "revoke", "Zofia", "Łącka", "Paprykowa 12/7", "zofia.lacka@example.pl")


def test_forward_pasted_into_the_body() -> None:
    body = ("Do rejestracji.\n\n-------- Wiadomość przekazana --------\n"
            "Temat: dostęp do IOK\nData: Wed, 18 Nov 2026 10:00:00 +0100\n"
            "Od: Marek Ślęzak <marek.slezak@example.pl>\nDo: biuro@msmgdynia.pl\n\n"
            "> Proszę o nadanie dostępu do IOK dla lokalu Śliwkowa 3/2.\n")
    raw = build_email(sender=("Biuro MSM", "biuro@msmgdynia.pl"), subject="PD: dostęp",
                      body=text_part(body))

    draft = parse_email(raw).draft

    assert (draft.first_name, draft.last_name, draft.email, draft.unit, draft.kind) == (
        "Marek", "Ślęzak", "marek.slezak@example.pl", "Śliwkowa 3/2", "grant")


def test_missing_fields_are_listed() -> None:
    raw = build_email(sender=("", "anonim@example.pl"), subject="pytanie",
                      body=text_part("Dzień dobry, jak uzyskać dostęp?"))

    problems = {problem.field: problem.code for problem in parse_email(raw).draft.check()}

    assert problems == {"first_name": "missing", "last_name": "missing", "kind": "missing"}


def test_a_text_naming_two_kinds_is_ambiguous() -> None:
    raw = build_email(sender=("Jan Kowalski", "jan@example.pl"), subject="IOK",
                      body=text_part("Proszę zablokować konto i odebrać dostęp do garażu."))

    draft = parse_email(raw).draft

    assert draft.kind == ""
    assert [problem.code for problem in draft.check() if problem.field == "kind"] == [
        "kind_ambiguous"]


def test_a_file_that_is_no_email_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_email(b"to nie jest wiadomosc\n")
    assert caught.value.code == "not_an_email"


def test_alternative_body_prefers_plain_and_skips_the_html_twin() -> None:
    alternative = MIMEMultipart("alternative")
    alternative.attach(text_part("Imię: Jan\nNazwisko: Kowalski\nLokal: Śliwkowa 3\n"
                                 "Proszę o nadanie dostępu."))
    alternative.attach(text_part("<p>wersja HTML</p>", "html"))
    raw = build_email(sender=("J. K.", "jan@example.pl"), subject="IOK", body=alternative)

    parsed = parse_email(raw)

    assert not parsed.body_is_html and parsed.attachments == ()
    assert (parsed.draft.first_name, parsed.draft.unit) == ("Jan", "Śliwkowa 3")


def test_html_to_text_keeps_lines() -> None:
    assert html_to_text("<div>a&amp;b</div><div>c<br/>d</div><script>x()</script>") == \
        "a&b\n\nc\nd"


def test_a_message_nested_too_deep_is_refused_not_crashed() -> None:
    body = "Content-Type: text/plain\n\nx\n"
    for level in range(1200):
        body = (f"Content-Type: multipart/mixed; boundary=b{level}\n\n--b{level}\n{body}\n"
                f"--b{level}--\n")
    raw = ("From: a@example.pl\nDate: Fri, 20 Nov 2026 09:30:00 +0000\nMIME-Version: 1.0\n"
           + body).encode()

    with pytest.raises(ValidationError) as caught:
        parse_email(raw)
    assert caught.value.code == "message_too_deep"


def test_headers_the_library_cannot_parse_do_not_crash() -> None:
    raw = (b"From: .:\nDate: Fri, 99 Nov 2026 99:99:99 +9999\n"
           b"Subject: =?iso-8859-2?q?Wniosek_=A3=B1cki?=\n\nProsze o nadanie dostepu.\n")

    parsed = parse_email(raw)

    assert (parsed.sender_email, parsed.sent_at) == ("", None)
    assert parsed.subject == "Wniosek Łącki"
    assert parsed.draft.kind == "grant"
