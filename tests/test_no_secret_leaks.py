"""No secret leaks: after a whole working day on the desk — requests, credentials, a block, a
reissue, letters, the portal's first login — the generated first passwords appear nowhere in
the database, the logs, the program's output, the temporary directory or the audit trail."""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from iok_desk.cli import main
from iok_desk.db.engine import Database
from iok_desk.db.models import Base
from iok_desk.portal.reference import Portal
from iok_desk.services import accounts, audit, letter_register, requests
from iok_desk.services.context import Actor


@pytest.fixture
def passwords(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every first password the desk generates in this test, as it is generated."""
    made: list[str] = []
    original = accounts.generate_first_password

    def recording() -> str:
        password = original()
        made.append(password)
        return password

    monkeypatch.setattr(accounts, "generate_first_password", recording)
    return made


def _forms(password: str) -> list[bytes]:
    """The password as bytes, plain and grouped as printed, in the encodings a file may use."""
    grouped = " ".join(password[i:i + 4] for i in range(0, len(password), 4))
    return [form.encode(encoding) for form in (password, grouped)
            for encoding in ("utf-8", "utf-16-le")]


def _database_text(db: Database) -> Iterator[str]:
    """Every value of every table, and the raw file(s) of an SQLite database."""
    with db.reading() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(text(f'SELECT * FROM "{table.name}"')):
                yield repr(tuple(row))
    if db.dialect == "sqlite":
        path = Path(db.engine.url.database or "")
        for file in path.parent.glob(path.name + "*"):
            yield file.read_bytes().decode("latin-1")


def _files_since(start: float, skip: set[Path]) -> Iterator[tuple[Path, bytes]]:
    for root, _dirs, names in os.walk(tempfile.gettempdir()):
        for name in names:
            file = Path(root, name)
            try:
                if file in skip or file.is_symlink() or file.stat().st_mtime < start \
                        or file.stat().st_size > 50_000_000:
                    continue
                yield file, file.read_bytes()
            except OSError:
                continue  # another program's file that came and went


def test_first_passwords_leak_nowhere(db: Database, admin: Actor, register: dict[str, str],
                                      database_url: str, passwords: list[str], tmp_path: Path,
                                      caplog: pytest.LogCaptureFixture,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    start = time.time() - 1
    caplog.set_level(logging.DEBUG)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.DEBUG)  # every SQL and parameter
    try:
        info = requests.register_request(db, admin, requests.NewRequest(
            kind="grant", channel="e-mail", first_name="Jan", last_name="Kowalski",
            unit=register["flat5"], email="jan@example.pl"))
        requests.approve_request(db, admin, info.number)
        issued = accounts.issue_credentials(db, admin, info.number)
        assert issued.letter is not None and issued.letter.password == passwords[0]
        shown = [repr(issued), repr(issued.letter), str(issued)]

        letter_register.hand_over(db, admin, issued.letter.letter_number,
                                  received_by="Jan Kowalski")
        portal = Portal(db.engine)
        session = portal.login(issued.login_id, issued.letter.password)
        portal.change_password(session, issued.letter.password, "Ogród 2580 nad morzem")

        accounts.block_account(db, admin, issued.login_id, reason="lost-password",
                               caller_name="Jan Kowalski")
        reissued = accounts.reissue_account(db, admin, issued.login_id)
        shown.append(repr(reissued))

        # The same from the command line, with the letter the clerk prints.
        letter = tmp_path / "pismo.pdf"
        number = requests.register_request(db, admin, requests.NewRequest(
            kind="grant", channel="paper", first_name="Anna", last_name="Żółkiewska",
            unit=register["flat7"])).number
        for command in (["request", "approve", number],
                        ["account", "issue", number, "--letter", str(letter)]):
            code = main(["--database", database_url, "--clerk", "admin", *command])
            assert code == 0, capsys.readouterr().err
        assert letter.stat().st_size > 0
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    output = capsys.readouterr()
    assert len(passwords) == 3 and len(set(passwords)) == 3

    logs = "\n".join(record.getMessage() + repr(record.args) for record in caplog.records)
    assert "INSERT INTO account" in logs  # the SQL log really was recorded
    trail = "\n".join(f"{event.summary} {event.details}" for event in audit.audit_trail(db))
    places = {"logs": logs, "audit trail": trail, "output": output.out + output.err,
              "results' repr": "\n".join(shown), "database": "\n".join(_database_text(db))}
    for password in passwords:
        for place, content in places.items():
            for form in _forms(password):
                assert form.decode("utf-8", "ignore") not in content, f"password in {place}"
        for file, data in _files_since(start, skip={letter}):
            for form in _forms(password):
                assert form not in data, f"password in {file}"
