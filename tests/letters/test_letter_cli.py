"""``iok-desk letter …`` and ``account issue --letter`` end to end, on both databases."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from iok_desk.cli import main
from iok_desk.db.engine import Database
from iok_desk.db.models import Account, LetterRecord
from iok_desk.domain.credentials import verify_password
from iok_desk.domain.request_form import ALL_FIELDS

from .helpers import page_texts


def run(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--database", url, "--clerk", "admin", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _request(capsys: pytest.CaptureFixture[str], url: str) -> str:
    code, out, err = run(capsys, url, "request", "add", "--kind", "grant", "--channel",
                         "in-person", "--first-name", "Anna", "--last-name", "Żółkiewska",
                         "--unit", "Paprykowa 12/7")
    assert code == 0, err
    return out.strip()


def test_issue_writes_a_letter_whose_password_opens_the_account(
        capsys: pytest.CaptureFixture[str], database_url: str, db: Database,
        register: dict[str, str], tmp_path: Path) -> None:
    number = _request(capsys, database_url)
    assert run(capsys, database_url, "request", "approve", number)[0] == 0
    letter = tmp_path / "pismo.pdf"
    code, out, err = run(capsys, database_url, "account", "issue", number, "--letter",
                         str(letter))
    assert code == 0, err
    login = out.strip()
    [text] = page_texts(letter.read_bytes())
    assert f"{login[:4]} {login[4:]}" in text and "Anna Żółkiewska" in text
    match = re.search(r"Hasło do pierwszego logowania (\S{4} \S{4} \S{4})", text)
    assert match, text
    password = match.group(1).replace(" ", "")
    with db.reading() as session:
        stored_hash = session.scalar(select(Account.password_hash).where(
            Account.login_id == login))
        assert stored_hash is not None
        assert verify_password(stored_hash, password)


def test_receipt_blank_forms_register_and_audit_from_the_terminal(
        capsys: pytest.CaptureFixture[str], database_url: str, db: Database,
        register: dict[str, str], tmp_path: Path) -> None:
    number = _request(capsys, database_url)
    receipt = tmp_path / "potwierdzenie.pdf"
    code, _, err = run(capsys, database_url, "letter", "receipt", number, str(receipt))
    assert code == 0, err
    assert f"Potwierdzenie przyjęcia wniosku nr {number}" in page_texts(receipt.read_bytes())[0]
    with db.reading() as session:
        assert session.scalars(select(LetterRecord.kind)).all() == ["receipt"]

    paper, fillable = tmp_path / "wniosek.pdf", tmp_path / "wniosek-formularz.pdf"
    assert run(capsys, database_url, "letter", "blank-form", str(paper))[0] == 0
    assert run(capsys, database_url, "letter", "blank-form", str(fillable), "--fillable")[0] == 0
    assert PdfReader(paper).get_fields() is None
    assert set(PdfReader(fillable).get_fields() or {}) == set(ALL_FIELDS)

    year = number.split("/")[1]
    for name in ("rejestr.pdf", "rejestr.csv"):
        code, _, err = run(capsys, database_url, "letter", "register", "--from",
                           f"01.01.{year}", "--to", f"{year}-12-31", str(tmp_path / name))
        assert code == 0, err
    assert number in page_texts((tmp_path / "rejestr.pdf").read_bytes())[0]
    assert number in (tmp_path / "rejestr.csv").read_text(encoding="utf-8")

    assert run(capsys, database_url, "request", "reject", number, "--reason",
               "Wniosek złożono dwukrotnie.")[0] == 0
    decision = tmp_path / "odmowa.pdf"
    assert run(capsys, database_url, "letter", "decision", number, str(decision))[0] == 0
    assert "Wniosek złożono dwukrotnie." in page_texts(decision.read_bytes())[0]


def test_audit_extract_from_the_terminal_and_clear_errors(
        capsys: pytest.CaptureFixture[str], database_url: str, register: dict[str, str],
        tmp_path: Path) -> None:
    number = _request(capsys, database_url)
    run(capsys, database_url, "request", "approve", number)
    login = run(capsys, database_url, "account", "issue", number, "--letter",
                str(tmp_path / "pismo.pdf"))[1].strip()
    extract = tmp_path / "dziennik.csv"
    code, _, err = run(capsys, database_url, "letter", "audit", login, str(extract))
    assert code == 0, err
    assert "account.issue" in extract.read_text(encoding="utf-8")

    code, _, err = run(capsys, database_url, "letter", "register", "--from", "31.12.2026",
                       "--to", "01.01.2026", str(tmp_path / "r.pdf"))
    assert code == 1 and "Zakres dat jest odwrócony" in err
    code, _, err = run(capsys, database_url, "letter", "register", "--from", "32.01.2026",
                       "--to", "01.02.2026", str(tmp_path / "r.pdf"))
    assert code == 1 and "Nieprawidłowa data „32.01.2026”" in err
    code, _, err = run(capsys, database_url, "letter", "audit", login,
                       str(tmp_path / "dziennik.xlsx"))
    assert code == 1 and ".pdf albo .csv" in err
    code, _, err = run(capsys, database_url, "letter", "decision", number,
                       str(tmp_path / "odmowa.pdf"))
    assert code == 1 and "zrealizowany" in err
    assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "odmowa.pdf").exists()


def test_documents_are_private_and_an_existing_file_is_kept_without_overwrite(
        capsys: pytest.CaptureFixture[str], database_url: str, db: Database,
        register: dict[str, str], tmp_path: Path) -> None:
    number = _request(capsys, database_url)
    receipt = tmp_path / "potwierdzenie.pdf"
    receipt.write_bytes(b"another request's receipt")
    code, _, err = run(capsys, database_url, "letter", "receipt", number, str(receipt))
    assert code == 1 and "--overwrite" in err
    assert receipt.read_bytes() == b"another request's receipt"
    code, _, err = run(capsys, database_url, "letter", "receipt", number.lower(), str(receipt),
                       "--overwrite")
    assert code == 0 and number in err
    assert receipt.read_bytes().startswith(b"%PDF") and receipt.stat().st_mode & 0o077 == 0
    register_csv = tmp_path / "rejestr.csv"
    code, _, err = run(capsys, database_url, "letter", "register", "--from", "01.01.2026",
                       "--to", "31.12.2026", str(register_csv))
    assert code == 0, err
    assert register_csv.stat().st_mode & 0o077 == 0 and number in register_csv.read_text("utf-8")
