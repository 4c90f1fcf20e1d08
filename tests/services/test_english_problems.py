"""Problems the services list — a scanned strip not taken, a field of a mailed request to fix —
carry a code and parameters, so the English window says them in English with the file, unit or
login ID they concern (issue 13); the Polish text stays what the CLI prints. Both databases."""

from __future__ import annotations

import io
import json
import re

import pytest
from PIL import Image

from iok_desk.cli import main
from iok_desk.db.engine import Database
from iok_desk.domain import messages
from iok_desk.domain.credentials import format_login_id, is_valid_login_id
from iok_desk.services import intake, letter_register
from iok_desk.services.context import Actor

POLISH = re.compile(r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]|\b(?:nie|lokal|pliku|kodu|konta)\b")


def _blank_png() -> bytes:
    out = io.BytesIO()
    Image.new("L", (600, 200), 255).save(out, format="PNG")
    return out.getvalue()


def test_scans_that_cannot_be_read_are_said_in_english(db: Database, admin: Actor) -> None:
    result = letter_register.receive_scans(db, admin, [("notatka.txt", b"to nie jest skan"),
                                                       ("pusty.png", _blank_png())])
    assert result.handed_over == []
    by_file = {problem.file_name: problem for problem in result.problems}
    unreadable, blank = by_file["notatka.txt"], by_file["pusty.png"]
    assert (unreadable.code, unreadable.page) == ("receipt_file_unreadable", None)
    assert unreadable.reason.startswith("nie można odczytać pliku: ")
    assert (blank.code, blank.page, blank.reason) == (
        "receipt_code_unreadable", 1, "nie odczytano kodu z pokwitowania")
    english = [messages.render_problem(None, problem.code, problem.reason, "en",
                                       problem.details) for problem in (unreadable, blank)]
    assert english[0].startswith("the file cannot be read (")
    assert english[0].endswith(")") and unreadable.details["error"] in english[0]
    assert english[1] == "no code could be read from the receipt"
    assert [text for text in english if POLISH.search(text)] == []


def test_letter_receipts_json_gives_each_problems_code(
        db: Database, database_url: str, tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    blank = tmp_path / "pusty.png"
    blank.write_bytes(_blank_png())
    assert main(["--database", database_url, "--clerk", "admin", "letter", "receipts",
                 str(blank), "--json"]) == 0
    [problem] = json.loads(capsys.readouterr().out)["problems"]
    assert problem == {"file_name": "pusty.png", "page": 1, "number": "",
                       "reason": "nie odczytano kodu z pokwitowania",
                       "code": "receipt_code_unreadable", "details": {}}


def _mail(unit: str = "", login_id: str = "") -> bytes:
    lines = ["Proszę o zablokowanie dostępu, zgubiłem hasło."]
    lines += [f"Lokal: {unit}"] if unit else []
    lines += [f"Identyfikator: {login_id}"] if login_id else []
    return ("From: Jan Kowalski <jan@example.pl>\nTo: iok@example.pl\nSubject: Blokada\n"
            "Date: Tue, 1 Dec 2026 10:00:00 +0100\nMessage-ID: <blokada@example.pl>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            + "\n".join(lines) + "\n").replace("\n", "\r\n").encode("utf-8")


def test_an_unknown_unit_and_login_id_of_a_mail_are_named_in_english(
        db: Database, register: dict[str, str]) -> None:
    nobodys = next(f"{n:08d}" for n in range(10_000_000, 10_001_000)
                   if is_valid_login_id(f"{n:08d}"))
    preview = intake.preview_email(db, _mail(unit="Paprykowa 99/1", login_id=nobodys))
    by_field = {problem.field: problem for problem in preview.problems}
    unit, login = by_field["unit"], by_field["login_id"]
    assert unit.code == "unit_not_found" and "Paprykowa 99/1" in unit.message
    assert login.code == "login_not_found" and format_login_id(nobodys) in login.message
    assert messages.render_problem(unit.field, unit.code, unit.message, "en",
                                   unit.details) == (
        "There is no unit Paprykowa 99/1 in the register.")
    assert messages.render_problem(login.field, login.code, login.message, "en",
                                   login.details) == (
        f"The login ID {format_login_id(nobodys)} belongs to no account — check it with the "
        "applicant or remove it.")
