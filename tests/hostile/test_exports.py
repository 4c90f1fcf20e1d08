"""Exports of residents' data from the terminal: every file created 0600, an existing file or a
link at the target kept unless ``--overwrite``, and every bulk read (register, audit extract,
``search --json``) done by an active clerk only and audited with what, how many rows and to
which file — the refusals writing nothing, neither a file nor an event."""

from __future__ import annotations

import json
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, update
from support.rows import row_counts

from iok_desk.cli import main
from iok_desk.db.engine import Database
from iok_desk.db.models import AuditEvent, Clerk
from iok_desk.services import accounts, requests
from iok_desk.services.context import Actor

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], database_url: str) -> Run:
    def run(*argv: str, clerk: str = "admin") -> tuple[int, str, str]:
        code = main(["--database", database_url, "--clerk", clerk, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err
    return run


@pytest.fixture
def issued(db: Database, admin: Actor, register: dict[str, str]) -> dict[str, str]:
    """A done grant request (with its account) and a rejected one."""
    number = requests.register_request(db, admin, requests.NewRequest(
        kind="grant", channel="in-person", first_name="Jan", last_name="Kowalski",
        unit=register["flat5"])).number
    requests.approve_request(db, admin, number)
    login = accounts.issue_credentials(db, admin, number).login_id
    rejected = requests.register_request(db, admin, requests.NewRequest(
        kind="grant", channel="in-person", first_name="Anna", last_name="Żółkiewska",
        unit=register["flat7"])).number
    requests.reject_request(db, admin, rejected, "Wniosek złożony dwukrotnie.")
    return {"number": number, "login": login, "rejected": rejected}


def exports(issued: dict[str, str]) -> list[tuple[str, list[str]]]:
    """Each export command and its file's name (the file is the last argument)."""
    return [
        ("potwierdzenie.pdf", ["letter", "receipt", issued["number"]]),
        ("odmowa.pdf", ["letter", "decision", issued["rejected"]]),
        ("formularz.pdf", ["letter", "blank-form", "--fillable"]),
        ("rejestr.pdf", ["letter", "register", "--from", "01.01.2026", "--to", "31.12.2026"]),
        ("rejestr.csv", ["letter", "register", "--from", "01.01.2026", "--to", "31.12.2026"]),
        ("wyciag.pdf", ["letter", "audit", issued["login"]]),
        ("wyciag.csv", ["letter", "audit", issued["login"]]),
    ]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_every_export_is_created_private_and_never_over_an_existing_file(
        run: Run, db: Database, issued: dict[str, str], tmp_path: Path) -> None:
    for name, argv in exports(issued):
        target = tmp_path / name
        code, _, err = run(*argv, str(target))
        assert code == 0, (name, err)
        assert _mode(target) == 0o600, name
        first = target.read_bytes()
        before = row_counts(db)
        code, _, err = run(*argv, str(target))
        assert code == 1 and "już istnieje" in err and "--overwrite" in err, (name, err)
        assert target.read_bytes() == first and row_counts(db) == before, name
        code, _, err = run(*argv, str(target), "--overwrite")
        assert code == 0, (name, err)
        assert _mode(target) == 0o600, name
        assert list(tmp_path.glob(".*.part")) == [], name


def test_an_export_never_writes_through_a_link(run: Run, db: Database, issued: dict[str, str],
                                               tmp_path: Path) -> None:
    elsewhere = tmp_path / "cudzy.txt"
    elsewhere.write_text("nie ruszać")
    for name, argv in exports(issued):
        link = tmp_path / name
        link.symlink_to(elsewhere)
        before = row_counts(db)
        code, _, err = run(*argv, str(link))
        assert code == 1 and "już istnieje" in err, (name, err)
        assert row_counts(db) == before, name
        assert run(*argv, str(link), "--overwrite")[0] == 0, name
        assert not link.is_symlink() and _mode(link) == 0o600, name
        assert elsewhere.read_text() == "nie ruszać", name


def _events(db: Database, action: str) -> list[AuditEvent]:
    with db.reading() as session:
        found = list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)
                                     .order_by(AuditEvent.id)))
        session.expunge_all()
        return found


def test_bulk_reads_are_audited_with_what_how_many_and_which_file(
        run: Run, db: Database, issued: dict[str, str], tmp_path: Path) -> None:
    folder = tmp_path / "Kowalski Jan"
    folder.mkdir()
    assert run("letter", "register", "--from", "01.01.2026", "--to", "31.12.2026",
               str(folder / "rejestr.csv"))[0] == 0
    [event] = _events(db, "export.request_register")
    assert event.clerk_login == "admin"
    assert event.details["rows"] == 2 and event.details["file_name"] == "rejestr.csv"
    assert "Kowalski Jan" not in event.summary  # the file's name, not the folders
    assert run("letter", "audit", issued["login"], str(tmp_path / "wyciag.pdf"))[0] == 0
    [event] = _events(db, "export.audit_extract")
    assert event.details["file_name"] == "wyciag.pdf" and event.details["rows"] == 1
    code, out, _ = run("search", "kowalski", "--json")
    assert code == 0 and len(json.loads(out)) == 1
    [event] = _events(db, "export.search")
    assert event.details["rows"] == 1 and event.details["text"] == "kowalski"
    assert run("search", "kowalski")[0] == 0  # the search box itself is not an export
    assert len(_events(db, "export.search")) == 1


@pytest.mark.parametrize("clerk", ["stranger", "inactive"])
def test_bulk_reads_by_a_login_that_is_not_an_active_clerk_are_refused(
        run: Run, db: Database, issued: dict[str, str], tmp_path: Path, clerk: str) -> None:
    assert run("clerk", "add", "inactive", "--role", "clerk")[0] == 0
    with db.transaction() as session:
        session.execute(update(Clerk).where(Clerk.login == "inactive").values(active=False))
    before = row_counts(db)
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    for argv in (["letter", "register", "--from", "01.01.2026", "--to", "31.12.2026",
                  str(out_dir / "rejestr.csv")],
                 ["letter", "audit", issued["login"], str(out_dir / "wyciag.csv")],
                 ["report", "monthly", "--month", "2026-01", str(out_dir / "raport.pdf")],
                 ["search", "kowalski", "--json"]):
        code, out, err = run(*argv, clerk=clerk)
        assert code == 1 and "nie jest zarejestrowany" in err and out == "", argv
    assert list(out_dir.iterdir()) == []
    assert row_counts(db) == before
