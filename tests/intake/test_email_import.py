"""Registering requests from e-mails on both databases: attachments stored and checked,
Message-ID dedup, what could not be filled, files attached later, a folder in one go."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from support.rows import row_counts

from iok_desk.db.engine import Database
from iok_desk.db.models import Request
from iok_desk.domain.errors import ConflictError, NotFound, ValidationError
from iok_desk.intake.draft import RequestDraft
from iok_desk.intake.pdf_form import read_request_form
from iok_desk.services import intake
from iok_desk.services.audit import AuditFilter, audit_trail
from iok_desk.services.context import Actor
from iok_desk.services.intake import (
    DraftIncomplete,
    attach_files,
    attachment_content,
    check_draft,
    import_email,
    import_email_files,
    list_attachments,
    preview_email,
    sniff_content_type,
)

from .builders import (
    GRANT_FORM_VALUES,
    JPEG_BYTES,
    PNG_BYTES,
    attachment,
    build_email,
    fill_form,
    forwarded,
    plain_pdf,
    text_part,
)

GRANT_TEXT = ("Proszę o nadanie dostępu do IOK.\nImię i nazwisko: Jan Kowalski\n"
              "Lokal: Paprykowa 12/5\nTelefon: 601 234 567\n")


def grant_email(**extra: object) -> bytes:
    values: dict[str, object] = {
        "sender": ("Jan Kowalski", "jan@example.pl"), "subject": "Wniosek IOK",
        "body": text_part(GRANT_TEXT, charset="iso-8859-2"),
        "header_charset": "iso-8859-2"}
    values.update(extra)
    return build_email(**values)  # type: ignore[arg-type]


def test_an_email_becomes_a_request_with_its_files(db: Database, admin: Actor,
                                                   register: dict[str, object]) -> None:
    scan = plain_pdf()
    raw = grant_email(attachments=[
        attachment(scan, "potwierdzenie.pdf", "application/pdf"),
        attachment(PNG_BYTES, "zdjęcie.png", "image/png"),
        attachment(b"MZ\x90\x00 program", "faktura.pdf.exe", "application/octet-stream"),
        attachment(b"MZ\x90\x00 udaje", "skan.jpg", "image/jpeg"),
        attachment(scan, "potwierdzenie (kopia).pdf", "application/pdf")])

    result = import_email(db, admin, raw, file_name="od Kowalskiego.eml")

    assert result.number.startswith("IOK/2026/")
    assert [(a.file_name, a.content_type) for a in result.attachments] == [
        ("od Kowalskiego.eml", "message/rfc822"), ("potwierdzenie.pdf", "application/pdf"),
        ("zdjęcie.png", "image/png")]
    assert [s.file_name for s in result.skipped] == ["faktura.pdf.exe", "skan.jpg",
                                                     "potwierdzenie (kopia).pdf"]
    assert "niedozwolony rodzaj pliku" in result.skipped[1].reason
    assert "już dołączony" in result.skipped[2].reason
    with db.reading() as session:
        request = session.scalars(select(Request)).one()
        assert (request.channel.value, request.kind.value, request.unit_text,
                request.applicant_phone, request.applicant_email) == (
            "e-mail", "grant", "Paprykowa 12/5", "+48 601234567", "jan@example.pl")
        assert request.unit is not None and request.unit.accounting_key == "L-0005"
        assert request.received_at == datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
        stored = {a.file_name: a for a in request.attachments}
        assert stored["od Kowalskiego.eml"].content == raw
        assert stored["potwierdzenie.pdf"].content == scan
        assert stored["zdjęcie.png"].size_bytes == len(PNG_BYTES)
    [event] = audit_trail(db, AuditFilter(action="request.register"))
    assert event.request_number == result.number
    assert event.details["channel"] == "e-mail" and event.details["source"] == "e-mail"
    assert event.details["attachments"] == ["od Kowalskiego.eml", "potwierdzenie.pdf",
                                            "zdjęcie.png"]
    assert len(event.details["skipped"]) == 3


def test_the_same_message_twice_is_registered_once(db: Database, admin: Actor,
                                                   register: dict[str, object]) -> None:
    raw = grant_email(message_id="<raz-tylko@example.pl>")
    first = import_email(db, admin, raw)
    before = row_counts(db)

    with pytest.raises(ConflictError) as caught:
        import_email(db, admin, raw)

    assert caught.value.code == "duplicate_message"
    assert first.number in caught.value.message
    assert row_counts(db) == before
    assert preview_email(db, raw).duplicate_of == first.number


def test_a_forward_of_a_registered_message_is_the_same_request(
        db: Database, admin: Actor, register: dict[str, object]) -> None:
    original = grant_email(message_id="<od-mieszkanca@example.pl>")
    number = import_email(db, admin, original).number

    with pytest.raises(ConflictError) as caught:
        import_email(db, admin, forwarded(original, forwarder=("Sekretariat",
                                                               "sekretariat@msmgdynia.pl"),
                                          note="Do załatwienia."))
    assert number in caught.value.message


def test_a_message_without_message_id_is_recognised_by_content(
        db: Database, admin: Actor, register: dict[str, object]) -> None:
    raw = grant_email(message_id=None)
    import_email(db, admin, raw)

    with pytest.raises(ConflictError):
        import_email(db, admin, raw)
    import_email(db, admin, grant_email(message_id=None, subject="Wniosek IOK (poprawiony)"))


def test_what_could_not_be_filled_is_named_and_nothing_is_written(
        db: Database, admin: Actor, register: dict[str, object]) -> None:
    raw = build_email(sender=("", "ktos@example.pl"), subject="IOK",
                      body=text_part("Proszę o nadanie dostępu.\nLokal: Paprykowa 12/99"))
    before = row_counts(db)

    with pytest.raises(DraftIncomplete) as caught:
        import_email(db, admin, raw)

    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("first_name", "missing"), ("last_name", "missing"), ("unit", "unit_not_found")]
    assert caught.value.message.startswith("Nie udało się wypełnić wniosku: imię, nazwisko, "
                                           "adres lokalu.")
    assert "Lokal „Paprykowa 12/99” nie występuje w rejestrze" in caught.value.message
    assert row_counts(db) == before

    corrected = replace(preview_email(db, raw).draft, first_name="Ewa", last_name="Nowak",
                        unit="Paprykowa 12/7")
    number = import_email(db, admin, raw, draft=corrected).number
    with db.reading() as session:
        request = session.scalars(select(Request).where(Request.number == number)).one()
        assert (request.applicant_last_name, request.unit_text) == ("Nowak", "Paprykowa 12/7")


def test_an_attached_form_fills_the_request_and_its_problems_are_listed(
        db: Database, admin: Actor, register: dict[str, object]) -> None:
    form = fill_form(GRANT_FORM_VALUES, ticked=["action_grant"])
    raw = build_email(sender=("A. Ż.", "anna@example.pl"), subject="wniosek",
                      body=text_part("w załączniku", charset="cp1250"),
                      attachments=[attachment(form, "wniosek.pdf", "application/pdf")])

    preview = preview_email(db, raw)
    assert preview.problems == () and preview.draft.source == "form"
    assert [(a.file_name, a.content_type, a.refused) for a in preview.attachments] == [
        ("wniosek.pdf", "application/pdf", "")]

    number = import_email(db, admin, raw).number
    with db.reading() as session:
        request = session.scalars(select(Request).where(Request.number == number)).one()
        assert (request.applicant_first_name, request.applicant_last_name,
                request.unit_text) == ("Anna", "Żółkiewska", "Paprykowa 12/7")

    wrong_unit = fill_form({**GRANT_FORM_VALUES, "unit_address": "Morska 1/1"},
                           ticked=["action_grant", "action_block"])
    problems = check_draft(db, read_request_form(wrong_unit))
    assert [(p.field, p.code) for p in problems] == [("kind", "form_many_actions"),
                                                     ("unit", "unit_not_found")]


def test_oversized_attachments_are_skipped(db: Database, admin: Actor,
                                           register: dict[str, object],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(intake, "MAX_ATTACHMENT_BYTES", 1024)
    big = plain_pdf() + b"%" * 2048
    raw = grant_email(attachments=[attachment(big, "duży.pdf", "application/pdf"),
                                   attachment(JPEG_BYTES, "mały.jpg", "image/jpeg")])

    result = import_email(db, admin, raw)

    assert [a.file_name for a in result.attachments] == ["wiadomosc.eml", "mały.jpg"]
    [skipped] = result.skipped
    assert (skipped.file_name, skipped.reason) == ("duży.pdf", "plik ma 3 KB, a limit to 1 KB")
    assert intake.size_text(10 * 1024 * 1024) == "10 MB"
    assert intake.size_text(2_621_440) == "2,5 MB"


def test_files_attached_to_a_request_later(db: Database, admin: Actor,
                                           register: dict[str, object]) -> None:
    number = import_email(db, admin, grant_email()).number
    before = row_counts(db)

    with pytest.raises(ValidationError) as caught:
        attach_files(db, admin, number, [("skan.pdf", plain_pdf()),
                                         ("wirus.png", b"MZ\x90\x00")])
    assert caught.value.code == "attachment_refused"
    assert "„wirus.png”" in caught.value.message
    assert row_counts(db) == before

    stored, skipped = attach_files(db, admin, number, [("../../skan.pdf", plain_pdf()),
                                                       ("foto.jpg", JPEG_BYTES)])
    assert [a.file_name for a in stored] == ["skan.pdf", "foto.jpg"] and skipped == []
    again, skipped = attach_files(db, admin, number, [("foto2.jpg", JPEG_BYTES)])
    assert again == [] and [s.file_name for s in skipped] == ["foto2.jpg"]

    listed = list_attachments(db, number)
    assert [a.file_name for a in listed] == ["wiadomosc.eml", "skan.pdf", "foto.jpg"]
    info, content = attachment_content(db, listed[2].id)
    assert (info.content_type, content) == ("image/jpeg", JPEG_BYTES)
    [event] = audit_trail(db, AuditFilter(action="request.attach"))
    assert event.details["files"] == ["skan.pdf", "foto.jpg"]
    with pytest.raises(NotFound):
        attachment_content(db, 10_000)


def test_a_folder_of_messages_with_progress_and_cancel(db: Database, admin: Actor,
                                                       register: dict[str, object],
                                                       tmp_path: Path) -> None:
    paths = []
    for index, body in enumerate([GRANT_TEXT, "nic", GRANT_TEXT.replace("12/5", "12/7")]):
        path = tmp_path / f"{index}.eml"
        path.write_bytes(grant_email(body=text_part(body)))
        paths.append(path)
    paths.append(paths[0])
    seen: list[tuple[int, int]] = []

    result = import_email_files(db, admin, paths,
                                progress=lambda done, total: seen.append((done, total)))

    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)] and not result.cancelled
    assert [(o.number is not None, o.code) for o in result.outcomes] == [
        (True, ""), (False, "draft_incomplete"), (True, ""), (False, "duplicate_message")]
    assert [p.field for p in result.outcomes[1].problems] == ["kind"]

    stopped = import_email_files(db, admin, [tmp_path / "brak.eml", paths[0]],
                                 cancelled=lambda: len(seen) >= 5,
                                 progress=lambda done, total: seen.append((done, total)))
    assert stopped.cancelled
    assert [o.code for o in stopped.outcomes] == ["file_unreadable"]


def test_content_types_are_told_by_their_bytes() -> None:
    assert sniff_content_type(plain_pdf()) == "application/pdf"
    assert sniff_content_type(JPEG_BYTES) == "image/jpeg"
    assert sniff_content_type(PNG_BYTES) == "image/png"
    assert sniff_content_type(grant_email()) == "message/rfc822"
    assert sniff_content_type(b"From jan@example.pl Fri Nov 20 09:30:00 2026\n"
                              + grant_email()) == "message/rfc822"
    assert sniff_content_type(b"Subject: bez nadawcy\n\ntekst") is None
    assert sniff_content_type(b"PK\x03\x04 docx") is None
    assert sniff_content_type("zwykły tekst: z dwukropkiem".encode()) is None


def test_an_empty_draft_lists_the_basic_fields(db: Database) -> None:
    assert [p.field for p in check_draft(db, RequestDraft())] == ["kind", "first_name",
                                                                 "last_name"]
