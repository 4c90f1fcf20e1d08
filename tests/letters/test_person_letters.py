"""The resident's rights on the command line and on paper, on both databases: a proxy's
request with its scan, the rules version on the receipt, the Art. 15 letter and JSON, a
correction, a retention dry run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from iok_desk.cli import main
from iok_desk.db.engine import Database
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.services import requests
from iok_desk.services.context import Actor


def run(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--database", url, "--clerk", "admin", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_proxy_request_receipt_and_the_art15_letter(
        db: Database, admin: Actor, register: dict[str, str], database_url: str,
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clause = tmp_path / "klauzula.txt"
    clause.write_text("Administratorem danych jest MSM w Gdyni. Wersja grudniowa.",
                      encoding="utf-8")
    assert run(capsys, database_url, "policy", "publish", "rules", "2026/2")[0] == 0
    assert run(capsys, database_url, "policy", "publish", "clause", "2026-12",
               "--text-file", str(clause))[0] == 0
    scan = tmp_path / "upowaznienie.pdf"
    scan.write_bytes(b"%PDF-1.4 upowaznienie\n")
    code, out, err = run(capsys, database_url, "request", "add", "--kind", "grant",
                         "--channel", "in-person", "--first-name", "Jan", "--last-name",
                         "Kowalski", "--unit", "Paprykowa 12/5", "--id-checked",
                         "--proxy-name", "Marta Kowalska", "--proxy-kind", "written",
                         "--proxy-reference", "upoważnienie nr 7/2026", "--proxy-date",
                         "01.12.2026", "--letters-to", "proxy", "--proxy-scan", str(scan))
    assert code == 0, err
    number = out.strip()
    receipt = tmp_path / "potwierdzenie.pdf"
    assert run(capsys, database_url, "letter", "receipt", number, str(receipt))[0] == 0
    text = pdf_text(receipt)
    assert "Marta Kowalska" in text and "upoważnienie pisemne" in text
    assert "wersja 2026/2" in text and "2026-12" in text and "do rąk pełnomocnika" in text

    refused = requests.register_request(db, admin, requests.NewRequest(
        kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
        unit="Paprykowa 12/7", proxy=requests.Proxy(
            name="Marta Kowalska", kind="notarial", reference="Rep. A 9/2026",
            signed_on=office_date(now_utc()), letters_to="proxy"))).number
    requests.reject_request(db, admin, refused, "Brak tytułu prawnego do lokalu.")
    decision = tmp_path / "odmowa.pdf"
    assert run(capsys, database_url, "letter", "decision", refused, str(decision))[0] == 0
    assert "do rąk pełnomocnika (Marta Kowalska)" in pdf_text(decision)
    requests.approve_request(db, admin, number)
    code, _out, err = run(capsys, database_url, "request", "carry-out", number, "--letter",
                          str(tmp_path / "haslo.pdf"))
    assert code == 0, err
    requests.register_request(db, admin, requests.NewRequest(
        kind="grant", channel="paper", first_name="Anna", last_name="Żółkiewska",
        unit="Paprykowa 12/7", email="anna.z@example.pl"))
    code, _out, err = run(capsys, database_url, "person", "correct",
                          "Jan Kowalski, Paprykowa 12/5", "--phone", "+48 601000333",
                          "--reason", "wniosek o sprostowanie z 01.12.2026")
    assert code == 0, err
    letter = tmp_path / "kopia.pdf"
    code, _out, err = run(capsys, database_url, "person", "export",
                          "Jan Kowalski, Paprykowa 12/5", str(letter))
    assert code == 0, err
    text = pdf_text(letter)
    for expected in ("Kopia danych osobowych", "Tytuły prawne", "Wnioski", "Źródło", "Cel",
                     "Odbiorcy", "Okres przechowywania", "Klauzula informacyjna (wersja "
                     "2026-12)", "Wersja grudniowa", "601000333", number, "Śliwkowa 3"):
        assert expected in text, expected
    for absent in ("Żółkiewska", "anna.z@", "argon2", "601234567"):
        assert absent not in text, absent
    data = tmp_path / "kopia.json"
    assert run(capsys, database_url, "person", "export", "#1", str(data))[0] == 0
    exported = json.loads(data.read_text(encoding="utf-8"))
    assert exported["record"]["requests"][0]["proxy"]["name"] == "Marta Kowalska"
    assert exported["record"]["requests"][0]["attachments"][0]["file_name"] == \
        "upowaznienie.pdf"
    assert exported["information_clause"]["version"] == "2026-12"
    code, out, _err = run(capsys, database_url, "retention", "run", "--dry-run", "--json")
    assert code == 0 and json.loads(out)["dry_run"] is True
    code, _out, err = run(capsys, database_url, "person", "export", "Nikt Taki, Paprykowa 12/5",
                          str(tmp_path / "nikt.pdf"))
    assert code == 1 and "nie ma" in err and not (tmp_path / "nikt.pdf").exists()
