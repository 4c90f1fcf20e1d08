"""Output that never crashes in a console's encoding, and backups of the embedded database."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from iok_desk.cli import main
from iok_desk.db import migrations
from iok_desk.db.engine import Database
from iok_desk.services import clerks
from iok_desk.services.context import Actor


def test_output_redirected_in_a_cp1250_console_is_written_with_replacement(
        tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'iok.sqlite3'}"
    log = tmp_path / "log.txt"
    environment = {**os.environ, "PYTHONIOENCODING": "cp1250"}
    with log.open("wb") as output:
        result = subprocess.run([sys.executable, "-m", "iok_desk.cli.main", "--database", url,
                                 "db", "upgrade"], stdout=output, stderr=subprocess.PIPE,
                                env=environment, check=False)
    assert result.returncode == 0, result.stderr.decode("cp1250")
    written = log.read_bytes().decode("cp1250")
    head = migrations.head_revision(Database(url).engine)
    assert f"(pusta) ? {head}" in written  # "→" has no cp1250 form; Polish letters have
    assert "zapis dozwolony" in written and "Traceback" not in result.stderr.decode("cp1250")


def _sqlite_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'iok.sqlite3'}"
    assert main(["--database", url, "--clerk", "admin", "demo", "--accounts", "5"]) == 0
    return url


def _clerks(path: Path, column: str = "login") -> list[str]:
    database = sqlite3.connect(path)
    try:
        return [row[0] for row in database.execute(f"SELECT {column} FROM clerk ORDER BY id")]
    finally:
        database.close()


def test_a_backup_taken_while_a_clerk_writes_is_consistent_and_private(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = _sqlite_url(tmp_path)
    database = Database(url)
    backup = tmp_path / "kopia.sqlite3"
    with database.transaction() as session:  # a write in progress, not committed yet
        session.execute(text("UPDATE clerk SET full_name = 'w trakcie'"))
        assert main(["--database", url, "db", "backup", str(backup)]) == 0
    database.dispose()
    assert "Kopia bazy" in capsys.readouterr().out
    committed = _clerks(backup, "full_name")  # what was committed when the copy was taken
    assert committed and "w trakcie" not in committed
    assert set(_clerks(tmp_path / "iok.sqlite3", "full_name")) == {"w trakcie"}
    if os.name == "posix":
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert main(["--database", url, "db", "backup", str(backup)]) == 1  # never over a file
    assert "istnieje" in capsys.readouterr().err


def test_restore_is_refused_while_the_database_is_open_and_works_when_it_is_not(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = _sqlite_url(tmp_path)
    backup = tmp_path / "kopia.sqlite3"
    assert main(["--database", url, "db", "backup", str(backup)]) == 0
    before = _clerks(backup)
    database = Database(url)
    clerks.add_clerk(database, Actor("admin"), "ewa", "Ewa Nowak", "clerk")
    assert main(["--database", url, "db", "restore", str(backup)]) == 1  # a desk has it open
    assert "jest w użyciu" in capsys.readouterr().err
    assert _clerks(tmp_path / "iok.sqlite3") == [*before, "ewa"]
    database.dispose()
    assert main(["--database", url, "db", "restore", str(backup)]) == 0
    assert _clerks(tmp_path / "iok.sqlite3") == before
    assert main(["--database", url, "--clerk", "admin", "clerk", "list"]) == 0  # opens again
    not_a_backup = tmp_path / "notatki.txt"
    not_a_backup.write_text("to nie jest baza", encoding="utf-8")
    capsys.readouterr()
    assert main(["--database", url, "db", "restore", str(not_a_backup)]) == 1
    assert "nie jest kopią bazy IOK Desk" in capsys.readouterr().err
    assert _clerks(tmp_path / "iok.sqlite3") == before


@pytest.mark.postgres
def test_a_postgresql_backup_names_the_pg_dump_command(
        capsys: pytest.CaptureFixture[str], postgres_template_url: str) -> None:
    assert main(["--database", postgres_template_url, "db", "backup", "kopia.dump"]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("pg_dump --format=custom --file=kopia.dump --host=")
    assert "pg_dump" in captured.err
