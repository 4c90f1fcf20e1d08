"""``iok-desk request import`` and ``iok-desk units …`` end to end, on both databases."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

import pytest

from iok_desk.cli import main
from iok_desk.db.engine import Database
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.services.context import Actor

from .builders import (
    ANNA_FLAT,
    FIRST,
    JAN_FLAT,
    JPEG_BYTES,
    attachment,
    build_email,
    issued_account,
    register_csv,
    text_part,
)

YESTERDAY = office_date(now_utc()) - timedelta(days=1)


def run(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--database", url, "--clerk", "admin", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_request_import_prints_the_number_then_refuses_the_duplicate(
        capsys: pytest.CaptureFixture[str], database_url: str, register: dict[str, str],
        tmp_path: Path) -> None:
    path = tmp_path / "wniosek.eml"
    path.write_bytes(build_email(
        sender=("Jan Kowalski", "jan@example.pl"), subject="Wniosek o dostęp do IOK",
        body=text_part("Lokal: Paprykowa 12/5\nTelefon: 601 234 567", charset="iso-8859-2"),
        attachments=[attachment(JPEG_BYTES, "skan.jpg", "image/jpeg"),
                     attachment(b"PK\x03\x04", "wniosek.docx", "application/octet-stream")]))

    code, out, err = run(capsys, database_url, "request", "import", str(path))

    assert code == 0, err
    assert re.fullmatch(r"IOK/\d{4}/00001\n", out)
    assert "Pominięto załącznik „wniosek.docx”: niedozwolony rodzaj pliku" in err
    code, out, err = run(capsys, database_url, "request", "show", out.strip())
    assert json.loads(out)["channel"] == "e-mail"

    code, out, err = run(capsys, database_url, "request", "import", str(path))
    assert code == 1 and out == ""
    assert "została już zarejestrowana jako wniosek IOK/" in err


def test_request_import_names_the_fields_it_could_not_fill(
        capsys: pytest.CaptureFixture[str], database_url: str, register: dict[str, str],
        tmp_path: Path) -> None:
    path = tmp_path / "pytanie.eml"
    path.write_bytes(build_email(sender=("", "ktos@example.pl"), subject="zablokujcie",
                                 body=text_part("Proszę zablokować moje konto.")))

    code, out, err = run(capsys, database_url, "request", "import", str(path))

    assert code == 1 and out == ""
    assert "Nie udało się wypełnić wniosku: imię, nazwisko, identyfikator logowania." in err
    assert "pole login_id: Brak pola „identyfikator logowania”" in err

    code, out, err = run(capsys, database_url, "request", "import", str(path), "--json")
    assert code == 1
    answer = json.loads(out)
    assert answer["error"] == "draft_incomplete"
    assert [p["field"] for p in answer["details"]["problems"]] == ["first_name", "last_name",
                                                                   "login_id"]


def test_units_import_orphans_and_revoke(capsys: pytest.CaptureFixture[str], database_url: str,
                                         db: Database, admin: Actor, tmp_path: Path) -> None:
    first = tmp_path / "rejestr.csv"
    first.write_bytes(register_csv(FIRST, encoding="cp1250"))

    code, out, err = run(capsys, database_url, "units", "import", str(first))
    assert code == 0, err
    assert "Zaimportowano 4 wierszy (kodowanie cp1250, separator „;”)." in out
    assert "lokale: nowe 4, zmienione 0, bez zmian 0" in out

    code, out, err = run(capsys, database_url, "units", "import", str(first), "--json")
    assert json.loads(out)["titles"] == {"added": 0, "updated": 0, "unchanged": 3}

    jan = issued_account(db, admin, "Jan", "Kowalski", "Paprykowa 12/5")
    second = tmp_path / "rejestr-2.csv"
    second.write_bytes(register_csv(
        [JAN_FLAT.replace("2020-01-15;", f"2020-01-15;{YESTERDAY.isoformat()}"), ANNA_FLAT],
        separator=","))
    code, out, err = run(capsys, database_url, "units", "import", str(second))
    assert code == 0, err
    assert "wiersz 2: Tytuł T-001: Jan Kowalski — Paprykowa 12/5" in out
    assert "odbierz je: iok-desk units revoke-orphans" in out

    code, out, _ = run(capsys, database_url, "units", "orphans", "--json")
    assert [(o["login_id"], o["unit_key"], o["title_ended_on"]) for o in json.loads(out)] == [
        (jan, "L-0005", YESTERDAY.isoformat())]

    code, out, err = run(capsys, database_url, "units", "revoke-orphans")
    assert code == 0, err
    assert out == f"{jan[:4]} {jan[4:]}: revoked; odebrano: Paprykowa 12/5\n"
    code, out, err = run(capsys, database_url, "units", "orphans")
    assert out == "" and "Brak kont" in err


def test_units_import_reports_bad_rows(capsys: pytest.CaptureFixture[str], database_url: str,
                                       tmp_path: Path) -> None:
    path = tmp_path / "zly.csv"
    path.write_bytes(register_csv([JAN_FLAT.replace("Kowalski", "K0walski")]))

    code, out, err = run(capsys, database_url, "units", "import", str(path))

    assert code == 1 and out == ""
    assert "wiersz 2, kolumna „nazwisko”" in err and "Nic nie zostało zapisane" in err


def test_units_import_lists_every_error(capsys: pytest.CaptureFixture[str], database_url: str,
                                        tmp_path: Path) -> None:
    path = tmp_path / "zly.csv"
    path.write_bytes(register_csv([JAN_FLAT.replace("Kowalski", "K0walski"),
                                   ANNA_FLAT.replace("01.02.2010", "31.02.2010")]))

    code, out, err = run(capsys, database_url, "units", "import", str(path), "--json")
    assert code == 1 and err == ""
    refused = json.loads(out)
    assert refused["error"] == "register_file"
    assert [(item["line"], item["column"]) for item in refused["details"]["problems"]] == [
        (2, "nazwisko"), (3, "tytul_od")]

    code, out, err = run(capsys, database_url, "units", "import", str(path))
    assert code == 1 and out == ""
    assert "iok-desk: wiersz 2, kolumna „nazwisko”" in err
    assert "iok-desk: wiersz 3, kolumna „tytul_od”: „31.02.2010” nie jest datą" in err
