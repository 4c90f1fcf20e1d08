"""A first password survives every fault of ``account issue``: the CLI is run as a real process
that is killed (SIGKILL) at the render, the write, the commit and the rename, or meets a full
disk, a folder as its target, a missing font, a busy database. Afterwards either no account
exists and the request is still approved, or a complete letter exists where the clerk was told.
"""

from __future__ import annotations

import io
import os
import re
import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from support.rows import row_counts

from iok_desk.db.engine import Database
from iok_desk.db.models import Account
from iok_desk.services import requests
from iok_desk.services.context import Actor

FAULTS = Path(__file__).parent / "faults"
DRAFT = re.compile(r"kopia robocza: (.+?)\)")


def _approved_grant(db: Database, admin: Actor) -> str:
    info = requests.register_request(db, admin, requests.NewRequest(
        kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
        unit="Paprykowa 12/5"))
    return requests.approve_request(db, admin, info.number).number


def _issue(url: str, number: str, letter: Path, fault: str = "",
           file_size_limit: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(FAULTS), "IOK_TEST_FAULT": fault}

    def limit_file_size() -> None:
        if file_size_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.run(
        [sys.executable, "-m", "iok_desk.cli.main", "--database", url, "--clerk", "admin",
         "account", "issue", number, "--letter", str(letter)],
        env=env, capture_output=True, text=True, timeout=120, check=False,
        preexec_fn=limit_file_size)


def _letter_login(pdf: Path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    match = re.search(r"\b([A-Z0-9]{4}) ([A-Z0-9]{4})\b", text)
    assert match, text
    return match.group(1) + match.group(2)


def _nothing_issued(db: Database, number: str, letter: Path) -> None:
    assert row_counts(db)["account"] == 0
    assert requests.get_request(db, number).status == "approved"
    assert not letter.exists()
    for leftover in letter.parent.glob(".*.part"):  # a draft cut short stays private
        assert leftover.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("fault", ["render", "write", "commit"])
def test_killed_before_the_commit_nothing_is_issued_and_a_retry_works(
        db: Database, database_url: str, admin: Actor, register: dict[str, str],
        tmp_path: Path, fault: str) -> None:
    number = _approved_grant(db, admin)
    letter = tmp_path / "pismo.pdf"
    done = _issue(database_url, number, letter, fault)
    assert done.returncode == -signal.SIGKILL, done.stderr
    _nothing_issued(db, number, letter)
    retry = _issue(database_url, number, letter)
    assert retry.returncode == 0, retry.stderr
    assert _letter_login(letter) == retry.stdout.strip()
    assert letter.stat().st_mode & 0o077 == 0


def test_killed_after_the_commit_the_complete_letter_is_where_the_clerk_was_told(
        db: Database, database_url: str, admin: Actor, register: dict[str, str],
        tmp_path: Path) -> None:
    number = _approved_grant(db, admin)
    letter = tmp_path / "pismo.pdf"
    done = _issue(database_url, number, letter, "rename")
    assert done.returncode == -signal.SIGKILL
    assert requests.get_request(db, number).status == "done"
    with db.reading() as session:
        login_id = session.scalar(select(Account.login_id))
    draft = Path(DRAFT.search(done.stderr).group(1))  # type: ignore[union-attr]
    assert draft.parent == tmp_path and not letter.exists()
    assert _letter_login(draft) == login_id
    assert draft.stat().st_mode & 0o077 == 0


def test_a_move_that_fails_after_the_commit_says_the_account_exists_and_where_the_letter_is(
        db: Database, database_url: str, admin: Actor, register: dict[str, str],
        tmp_path: Path) -> None:
    number = _approved_grant(db, admin)
    letter = tmp_path / "pismo.pdf"
    done = _issue(database_url, number, letter, "occupied")
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert "zostało utworzone" in done.stderr
    with db.reading() as session:
        login_id = session.scalar(select(Account.login_id))
    assert login_id is not None and f"{login_id[:4]} {login_id[4:]}" in done.stderr
    assert letter.read_bytes() == b"someone else's file"  # never replaced
    [draft] = tmp_path.glob(".*.part")
    assert str(draft) in done.stderr and _letter_login(draft) == login_id


def test_a_full_disk_issues_nothing(db: Database, database_url: str, admin: Actor,
                                    register: dict[str, str], tmp_path: Path) -> None:
    number = _approved_grant(db, admin)
    letter = tmp_path / "pismo.pdf"
    done = _issue(database_url, number, letter, file_size_limit=48 * 1024)  # < the PDF
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"Nie udało się zapisać pliku {letter}" in done.stderr
    assert "nic nie zostało zapisane" in done.stderr
    _nothing_issued(db, number, letter)
    assert not list(tmp_path.glob(".*.part"))


def test_a_folder_as_the_target_issues_nothing(db: Database, database_url: str, admin: Actor,
                                               register: dict[str, str], tmp_path: Path) -> None:
    number = _approved_grant(db, admin)
    done = _issue(database_url, number, tmp_path)
    assert done.returncode == 1 and "folderem" in done.stderr, done.stderr
    _nothing_issued(db, number, tmp_path / "pismo.pdf")


def test_an_existing_letter_is_kept_unless_overwrite_is_asked(
        db: Database, database_url: str, admin: Actor, register: dict[str, str],
        tmp_path: Path) -> None:
    number = _approved_grant(db, admin)
    letter = tmp_path / "pismo.pdf"
    letter.write_bytes(b"the letter of another resident")
    done = _issue(database_url, number, letter)
    assert done.returncode == 1 and "--overwrite" in done.stderr, done.stderr
    assert letter.read_bytes() == b"the letter of another resident"
    assert row_counts(db)["account"] == 0


def test_a_missing_font_is_a_message_and_issues_nothing(
        db: Database, database_url: str, admin: Actor, register: dict[str, str],
        tmp_path: Path) -> None:
    number = _approved_grant(db, admin)
    letter = tmp_path / "pismo.pdf"
    done = _issue(database_url, number, letter, "font")
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert "konto nie zostało utworzone" in done.stderr
    _nothing_issued(db, number, letter)
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_busy_sqlite_database_issues_nothing_and_says_so(
        db: Database, database_url: str, admin: Actor, register: dict[str, str],
        tmp_path: Path) -> None:
    number = _approved_grant(db, admin)
    letter = tmp_path / "pismo.pdf"
    holder = sqlite3.connect(database_url.removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        done = _issue(database_url, number, letter)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == 1 and "nic nie zostało zapisane" in done.stderr, done.stderr
    _nothing_issued(db, number, letter)
    assert not list(tmp_path.glob(".*.part"))
