"""Values out of range on the command line: a clear message naming the option, exit status 1,
nothing written, the same on both databases; database addresses with a password refused
wherever a user gives one; and the SQLite files the program creates private (0600 in a 0700
data directory)."""

from __future__ import annotations

import stat
from pathlib import Path

import platformdirs
import pytest
from support.rows import row_counts

from iok_desk.bootstrap import Desk
from iok_desk.cli import main
from iok_desk.db.engine import DATABASE_URL_VARIABLE, Database
from iok_desk.services.context import Actor

OUT_OF_RANGE = [
    (["search", "kowalski", "--limit", "99999999999999999999"], "--limit"),
    (["search", "kowalski", "--limit", "-1"], "--limit"),
    (["search", "kowalski", "--limit", "0"], "--limit"),
    (["search", "kowalski", "--limit", "1" * 5000], "--limit"),
    (["search", "kowalski", "--limit", "٣"], "--limit"),
    (["audit", "--limit", "-1"], "--limit"),
    (["audit", "--limit", "99999999999999999999"], "--limit"),
    (["audit", "--action", "a" * 100_000], "--action"),
    (["audit", "--by", "x" * 1000], "--by"),
    (["audit", "--login", "1" * 1000], "--login"),
    (["demo", "--accounts", "-5"], "--accounts"),
    (["letter", "register", "--from", "31.12.9999", "--to", "31.12.9999", "{out}/r.pdf"],
     "31.12.9999"),
    (["letter", "register", "--from", "01.01.2026", "--to", "31.12.9999", "{out}/r.csv"],
     "31.12.9999"),
    (["letter", "register", "--from", "1.1.0001", "--to", "1.1.2026", "{out}/r.csv"], "spoza"),
    (["connect", "postgresql+psycopg://u@localhost:abc/db"], "connect"),
    (["connect", "postgresql+psycopg://u@localhost:99999/db"], "65535"),
    (["connect", "postgresql+psycopg://u:tajne@localhost/db"], "iok-desk connect"),
]


@pytest.mark.parametrize(("argv", "named"), OUT_OF_RANGE,
                         ids=[" ".join(argv)[:50] for argv, _ in OUT_OF_RANGE])
def test_a_value_out_of_range_is_a_message_and_exit_1(
        capsys: pytest.CaptureFixture[str], database_url: str, db: Database, admin: Actor,
        tmp_path: Path, argv: list[str], named: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    before = row_counts(db)
    code = main(["--database", database_url, "--clerk", "admin",
                 *[item.format(out=out) for item in argv]])
    captured = capsys.readouterr()
    assert code == 1, captured.err
    assert captured.err.startswith("iok-desk: błąd: ") and named in captured.err
    assert "Traceback" not in captured.err and "tajne" not in captured.err
    assert captured.out == ""
    assert list(out.iterdir()) == [] and row_counts(db) == before


@pytest.mark.parametrize("url", ["postgresql+psycopg://anna:tajne@localhost/iok",
                                 "postgresql+psycopg://anna:tajne@serwer:5432/iok",
                                 "postgresql+psycopg://anna@localhost:abc/iok",
                                 "to nie adres"])
def test_a_bad_address_in_the_environment_is_refused_like_the_option(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.setenv(DATABASE_URL_VARIABLE, url)
    assert main(["search", "kowalski"]) == 1
    err = capsys.readouterr().err
    assert DATABASE_URL_VARIABLE in err and "tajne" not in err
    if "tajne" in url:
        assert "iok-desk connect postgresql+psycopg://anna@" in err


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_default_database_is_private_in_a_private_directory(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    monkeypatch.delenv(DATABASE_URL_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("IOK_DESK_CLERK", "anna")
    directory = platformdirs.user_data_path("iok-desk", appauthor=False)
    assert str(directory).startswith(str(tmp_path))
    assert main(["demo", "--accounts", "5"]) == 0, capsys.readouterr().err
    files = sorted(directory.iterdir())
    assert _mode(directory) == 0o700
    assert [path.name for path in files] and all(_mode(path) == 0o600 for path in files)
    database = Database(Desk(None, "anna").url)
    try:
        with database.engine.connect() as connection:  # WAL and shared memory exist now
            connection.exec_driver_sql("SELECT count(*) FROM account").scalar()
            names = {path.name for path in directory.iterdir()}
            assert {"iok-desk.sqlite3-wal", "iok-desk.sqlite3-shm"} <= names
            assert all(_mode(path) == 0o600 for path in directory.iterdir())
    finally:
        database.dispose()


def test_an_old_open_database_and_directory_are_made_private(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    directory = platformdirs.user_data_path("iok-desk", appauthor=False)
    directory.mkdir(parents=True, mode=0o755)
    database = directory / "iok-desk.sqlite3"
    for path in (database, Path(f"{database}-wal")):
        path.write_bytes(b"")
        path.chmod(0o644)
    Desk(None, "anna")
    assert _mode(directory) == 0o700
    assert _mode(database) == 0o600 and _mode(Path(f"{database}-wal")) == 0o600


def test_a_new_database_file_named_by_the_user_is_created_private(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "nowa.sqlite3"
    assert main(["--database", f"sqlite:///{path}", "--clerk", "anna", "demo",
                 "--accounts", "3"]) == 0, capsys.readouterr().err
    assert _mode(path) == 0o600
    assert all(_mode(item) == 0o600 for item in tmp_path.iterdir()
               if item.name.startswith("nowa.sqlite3"))
