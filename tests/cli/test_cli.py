"""The command line end to end: a clerk's whole job from a terminal, on both databases."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from iok_desk.cli import main
from iok_desk.db import migrations
from iok_desk.db.engine import make_engine


def run(capsys: pytest.CaptureFixture[str], url: str, *argv: str,
        clerk: str = "admin") -> tuple[int, str, str]:
    code = main(["--database", url, "--clerk", clerk, *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def approved_grant(capsys: pytest.CaptureFixture[str], url: str) -> str:
    """Jan Kowalski's grant for Paprykowa 12/5, registered and approved; its number."""
    code, out, err = run(capsys, url, "request", "add", "--kind", "grant", "--channel",
                         "paper", "--first-name", "Jan", "--last-name", "Kowalski", "--unit",
                         "Paprykowa 12/5")
    assert code == 0, err
    assert run(capsys, url, "request", "approve", out.strip())[0] == 0
    return out.strip()


def test_request_in_credentials_out_block_reissue_revoke(
        capsys: pytest.CaptureFixture[str], database_url: str, register: dict[str, str],
        tmp_path: Path) -> None:
    code, out, err = run(capsys, database_url, "request", "add", "--kind", "grant",
                         "--channel", "paper", "--first-name", "Jan", "--last-name", "Kowalski",
                         "--unit", "Paprykowa 12/5", "--phone", "601 234 567")
    assert code == 0, err
    number = out.strip()
    assert re.fullmatch(r"IOK/\d{4}/00001", number)

    code, out, _ = run(capsys, database_url, "request", "list", "--status", "open", "--json")
    listed = json.loads(out)
    assert [item["number"] for item in listed] == [number]
    assert listed[0]["applicant_last_name"] == "Kowalski"

    assert run(capsys, database_url, "request", "approve", number)[0] == 0
    letter = tmp_path / "pismo.pdf"
    code, out, err = run(capsys, database_url, "account", "issue", number, "--letter",
                         str(letter))
    assert code == 0, err
    login_id = out.strip()
    assert re.fullmatch(r"\d{8}", login_id)
    text = pdf_text(letter)
    assert "Spółdzielnia" in text
    assert f"{login_id[:4]} {login_id[4:]}" in text
    assert "Jan Kowalski" in text

    code, out, _ = run(capsys, database_url, "account", "show", login_id, "--json")
    shown = json.loads(out)
    assert shown["status"] == "issued"
    assert "$argon2" not in out and "password_hash" not in shown

    code, out, _ = run(capsys, database_url, "search", "kowalski", "--json")
    assert [item["login_id"] for item in json.loads(out)] == [login_id]

    code, out, err = run(capsys, database_url, "account", "block", login_id, "--reason",
                         "lost-password", "--caller", "Jan Kowalski", "--caller-phone",
                         "601234567")
    assert code == 0, err
    assert "zablokowane" in out

    second_letter = tmp_path / "nowe.pdf"
    code, out, err = run(capsys, database_url, "account", "reissue", login_id, "--letter",
                         str(second_letter))
    assert code == 0, err
    new_login = out.strip()
    assert new_login != login_id
    assert f"{new_login[:4]} {new_login[4:]}" in pdf_text(second_letter)

    code, out, err = run(capsys, database_url, "account", "revoke", new_login,
                         "--unit", "Paprykowa 12/5", "--reason", "sale")
    assert code == 0, err
    assert json.loads(run(capsys, database_url, "account", "show", new_login,
                          "--json")[1])["status"] == "revoked"

    code, out, _ = run(capsys, database_url, "audit", "--json")
    actions = [event["action"] for event in json.loads(out)]
    assert actions[:7] == ["account.revoke", "account.issue", "account.reissue", "account.block",
                           "export.search", "account.issue", "request.approve"]


def test_errors_go_to_stderr_with_an_exit_code_and_no_traceback(
        capsys: pytest.CaptureFixture[str], database_url: str, register: dict[str, str]) -> None:
    code, out, err = run(capsys, database_url, "request", "add", "--kind", "grant", "--channel",
                         "paper", "--first-name", "Jan", "--last-name", "Kowalski", "--unit",
                         "Paprykowa 12/5", "--email", "jan@")
    assert code == 1 and out == ""
    assert "e-mail" in err and "Traceback" not in err
    code, _, err = run(capsys, database_url, "account", "block", "12345670", "--reason",
                       "other", "--caller", "X")
    assert code == 1 and "cyfrę kontrolną" in err
    code, _, err = run(capsys, database_url, "request", "approve", "IOK/2020/00001")
    assert code == 1 and "Nie ma wniosku IOK/2020/00001" in err
    code, _, err = run(capsys, database_url, "request", "list", clerk="admin")
    assert code == 0


def test_the_first_user_of_a_database_is_its_admin_and_strangers_are_refused(
        capsys: pytest.CaptureFixture[str], database_url: str, register: dict[str, str]) -> None:
    assert run(capsys, database_url, "clerk", "list")[0] == 0  # "admin" bootstraps
    code, _, err = run(capsys, database_url, "request", "approve", "IOK/2026/00001",
                       clerk="stranger")
    assert code == 1 and "nie jest zarejestrowany" in err
    assert run(capsys, database_url, "clerk", "add", "ewa", "--role", "clerk")[0] == 0
    code, out, _ = run(capsys, database_url, "clerk", "list", "--json")
    assert {clerk["login"]: clerk["role"] for clerk in json.loads(out)} == {
        "admin": "admin", "ewa": "clerk"}


def test_demo_fills_an_empty_database_with_every_state(
        capsys: pytest.CaptureFixture[str], fresh_database_url: str) -> None:
    engine = make_engine(fresh_database_url)
    migrations.upgrade(engine)
    engine.dispose()
    code, out, err = run(capsys, fresh_database_url, "demo", "--accounts", "60", "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert set(summary["accounts"]) == {"issued", "active", "blocked", "revoked"}
    assert set(summary["requests"]) == {"received", "needs_info", "approved", "rejected", "done"}
    code, _, err = run(capsys, fresh_database_url, "demo")
    assert code == 1 and "pustej bazy" in err


def test_db_commands_on_a_new_postgres_or_sqlite_database(
        capsys: pytest.CaptureFixture[str], fresh_database_url: str) -> None:
    code, out, _ = run(capsys, fresh_database_url, "db", "current")
    assert code == 0 and "(pusta)" in out
    code, out, _ = run(capsys, fresh_database_url, "db", "upgrade")
    assert code == 0 and "→" in out
    code, out, _ = run(capsys, fresh_database_url, "db", "current")
    assert "aktualny" in out


@pytest.mark.postgres
def test_an_unmigrated_postgres_database_stops_with_the_upgrade_command(
        capsys: pytest.CaptureFixture[str], postgres_server) -> None:  # type: ignore[no-untyped-def]
    url = postgres_server.create_database().render_as_string(hide_password=False)
    code, out, err = run(capsys, url, "request", "list")
    assert code == 1 and out == ""
    assert "iok-desk db upgrade" in err


def test_the_installed_entry_point_runs_without_a_gui(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    done = subprocess.run([sys.executable, "-m", "iok_desk.cli.main", "--database", url,
                           "--clerk", "admin", "search", "nowak"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "Nic nie znaleziono" in done.stderr


def test_an_unwritable_letter_path_is_refused_before_any_account_is_made(
        capsys: pytest.CaptureFixture[str], database_url: str, register: dict[str, str],
        tmp_path: Path) -> None:
    number = approved_grant(capsys, database_url)
    code, out, err = run(capsys, database_url, "account", "issue", number, "--letter",
                         str(tmp_path / "no-such-folder" / "pismo.pdf"))
    assert code == 1 and out == "" and "Traceback" not in err
    code, out, _ = run(capsys, database_url, "request", "show", number)
    assert json.loads(out)["status"] == "approved"  # nothing issued, the clerk can retry
    letter = tmp_path / "pismo.pdf"
    assert run(capsys, database_url, "account", "issue", number, "--letter", str(letter))[0] == 0
    assert letter.stat().st_mode & 0o077 == 0  # the PDF holds a password: owner only
    assert not list(tmp_path.glob(".*.part"))  # no temporary copy left behind


def test_an_unreachable_database_is_a_message_not_a_traceback(
        capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/iok?connect_timeout=2"
    for argv in (["search", "kowalski"], ["db", "current"]):
        code, out, err = run(capsys, url, *argv)
        assert code == 1 and out == ""
        assert "Brak połączenia z bazą danych" in err and "Traceback" not in err


def test_carry_out_and_a_new_first_password_from_the_terminal(
        capsys: pytest.CaptureFixture[str], database_url: str, register: dict[str, str],
        tmp_path: Path) -> None:
    number = approved_grant(capsys, database_url)
    code, out, err = run(capsys, database_url, "request", "carry-out", number)
    assert code == 1 and "--letter" in err  # a password must go somewhere
    letter = tmp_path / "pismo.pdf"
    code, out, err = run(capsys, database_url, "request", "carry-out", number, "--letter",
                         str(letter))
    assert code == 0, err
    assert out.strip() == f"{number}: done"
    login = re.search(r"(\d{4} \d{4})", pdf_text(letter)).group(1)  # type: ignore[union-attr]

    renewed = tmp_path / "nowe.pdf"
    code, out, err = run(capsys, database_url, "account", "new-password", login, "--reason",
                         "Pismo zalane kawą.", "--letter", str(renewed))
    assert code == 0, err
    assert out.strip() == login.replace(" ", "")
    assert login in pdf_text(renewed) and renewed.stat().st_mode & 0o077 == 0
    code, out, err = run(capsys, database_url, "account", "new-password", login, "--reason",
                         "Znowu.", "--letter", str(renewed))
    assert code == 1 and "--overwrite" in err  # the only letter is never replaced silently
    assert run(capsys, database_url, "account", "new-password", login, "--reason", "Znowu.",
               "--letter", str(renewed), "--overwrite")[0] == 0
    code, out, _ = run(capsys, database_url, "audit", "--action", "account.new_first_password",
                       "--json")
    assert [event["details"]["reason"] for event in json.loads(out)] == ["Znowu.",
                                                                         "Pismo zalane kawą."]
