"""Opening a database at start (iok_desk.bootstrap), and upgrades while desks keep working:
the lowest desk version a database allows to write, ``db current``'s advice, a running desk
that meets a schema change, the machine-wide default, the clerk's login from the OS user."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest
from sqlalchemy import text
from support.rows import row_counts

from iok_desk import __version__, bootstrap
from iok_desk.cli import main
from iok_desk.db import migrations
from iok_desk.db.engine import DATABASE_URL_VARIABLE, Database
from iok_desk.domain.errors import SchemaMismatch
from iok_desk.services import clerks, connection, requests
from iok_desk.services.context import CLERK_VARIABLE, Actor

NEW_REQUEST = ["request", "add", "--kind", "grant", "--channel", "paper", "--first-name",
               "Jan", "--last-name", "Kowalski", "--unit", "Paprykowa 12/5"]


def _execute(db: Database, *statements: str) -> None:
    with db.engine.begin() as connection_:
        for statement in statements:
            connection_.execute(text(statement))


def _migrated(url: str) -> Database:
    database = Database(url)
    bootstrap.upgrade(database)
    return database


@pytest.fixture
def upgraded(fresh_database_url: str) -> Database:
    """A new database after ``db upgrade`` (its own: these tests change its schema)."""
    database = _migrated(fresh_database_url)
    clerks.bootstrap_first_admin(database, Actor("admin"))
    yield database
    database.dispose()


def test_db_upgrade_records_the_lowest_desk_version_allowed_to_write(
        capsys: pytest.CaptureFixture[str], fresh_database_url: str) -> None:
    assert main(["--database", fresh_database_url, "db", "upgrade"]) == 0
    assert "(pusta) → " in capsys.readouterr().out
    database = Database(fresh_database_url)
    state = connection.read_schema_state(database.engine)
    assert state == connection.SchemaState(migrations.head_revision(database.engine),
                                           bootstrap.WRITERS_FROM)
    database.dispose()


def test_an_older_desk_refuses_to_start_and_names_the_version_to_install(
        capsys: pytest.CaptureFixture[str], upgraded: Database) -> None:
    connection.record_min_desk_version(upgraded, "99.1")
    before = row_counts(upgraded)
    assert main(["--database", upgraded.url, "--clerk", "admin", *NEW_REQUEST]) == 1
    err = capsys.readouterr().err
    assert "wymaga IOK Desk w wersji 99.1 lub nowszej" in err
    assert "Zainstaluj IOK Desk 99.1" in err
    assert row_counts(upgraded) == before
    assert main(["--database", upgraded.url, "db", "current"]) == 0
    out = capsys.readouterr().out
    assert "Zainstaluj IOK Desk 99.1" in out and "db upgrade" not in out


def test_db_current_advice_for_an_older_schema(capsys: pytest.CaptureFixture[str],
                                               fresh_database_url: str) -> None:
    database = Database(fresh_database_url)
    migrations.upgrade(database.engine, "0001")
    assert main(["--database", fresh_database_url, "db", "current"]) == 0
    head = migrations.head_revision(database.engine)
    assert capsys.readouterr().out.rstrip().endswith(
        f"0001 (starszy; ta wersja programu wymaga {head}: iok-desk db upgrade)")
    assert main(["--database", fresh_database_url, "db", "upgrade"]) == 0
    capsys.readouterr()
    assert main(["--database", fresh_database_url, "db", "current"]) == 0
    assert f"{head} (aktualny)" in capsys.readouterr().out
    database.dispose()


def test_db_current_and_upgrade_on_a_newer_schema_never_advise_an_older_desk_to_migrate(
        capsys: pytest.CaptureFixture[str], upgraded: Database) -> None:
    _execute(upgraded, "UPDATE alembic_version SET version_num = '0099_newer'")
    assert main(["--database", upgraded.url, "db", "current"]) == 0
    out = capsys.readouterr().out
    assert "nowszy niż zna" in out and "Nie uruchamiaj db upgrade tą wersją" in out
    assert main(["--database", upgraded.url, "db", "upgrade"]) == 1
    err = capsys.readouterr().err
    assert "Zainstaluj najnowszą wersję IOK Desk" in err and "Traceback" not in err
    assert connection.read_schema_state(upgraded.engine).revision == "0099_newer"


def test_the_previous_desk_keeps_working_after_an_expand_migration(
        capsys: pytest.CaptureFixture[str], upgraded: Database) -> None:
    """A newer desk's expand step (a new nullable column, a new revision, the lowest writer
    unchanged): this desk, now the older one, still registers requests."""
    _execute(upgraded, "ALTER TABLE request ADD COLUMN channel_detail VARCHAR(40)",
             "UPDATE alembic_version SET version_num = '0099_expand'")
    assert main(["--database", upgraded.url, "--clerk", "admin", *NEW_REQUEST]) == 0
    number = capsys.readouterr().out.strip()
    assert requests.get_request(upgraded, number).applicant_last_name == "Kowalski"


def _contract(db: Database) -> None:
    """A newer desk's contract step, run while this desk is open: the request table loses
    what this desk writes (SQLite) or gains a column it does not fill (PostgreSQL), and the
    lowest desk version allowed to write goes up."""
    if db.dialect == "sqlite":
        _execute(db, "ALTER TABLE request DROP COLUMN note")
    else:
        _execute(db, "ALTER TABLE request ADD COLUMN channel_detail TEXT NOT NULL DEFAULT ''",
                 "ALTER TABLE request ALTER COLUMN channel_detail DROP DEFAULT")
    _execute(db, "UPDATE alembic_version SET version_num = '0099_contract'")
    connection.record_min_desk_version(db, "99.2")


def test_a_running_desk_that_meets_a_schema_change_stops_writing_and_says_restart(
        upgraded: Database) -> None:
    admin = Actor("admin")
    running = bootstrap.open_database(upgraded.url)
    requests.register_request(running, admin, requests.NewRequest(
        kind="grant", channel="paper", first_name="Jan", last_name="Kowalski",
        unit="Paprykowa 12/5"))
    _contract(upgraded)
    new = requests.NewRequest(kind="grant", channel="paper", first_name="Ewa", last_name="Nowak",
                              unit="Paprykowa 12/7")
    for _attempt in range(2):  # the first write meets the change, the next is refused up front
        with pytest.raises(SchemaMismatch) as error:
            requests.register_request(running, admin, new)
        assert error.value.code == "desk_too_old"
        assert "Zainstaluj IOK Desk 99.2" in error.value.message
    if upgraded.dialect == "postgresql":  # reading what is still there keeps working
        assert [info.applicant_last_name
                for info in requests.list_requests(running, None)] == ["Kowalski"]
    else:  # the dropped column cannot be read either: the same message, not a traceback
        with pytest.raises(SchemaMismatch, match=r"Zainstaluj IOK Desk 99\.2"):
            requests.list_requests(running, None)
    running.dispose()


def test_a_schema_change_without_a_new_lowest_version_asks_for_a_restart(
        upgraded: Database) -> None:
    running = bootstrap.open_database(upgraded.url)
    _contract(upgraded)
    connection.record_min_desk_version(upgraded, bootstrap.WRITERS_FROM)
    with pytest.raises(SchemaMismatch) as error:
        requests.register_request(running, Actor("admin"), requests.NewRequest(
            kind="grant", channel="paper", first_name="Ewa", last_name="Nowak",
            unit="Paprykowa 12/7"))
    assert error.value.code == "schema_changed"
    assert "uruchom go ponownie" in error.value.message
    running.dispose()


def test_the_machine_wide_default_is_read_after_the_workstation_s_own_choice(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ini = tmp_path / "iok-desk.ini"
    monkeypatch.setattr(bootstrap, "site_config_file", lambda: ini)
    monkeypatch.delenv(DATABASE_URL_VARIABLE, raising=False)
    assert bootstrap.configured_database_url(None) is None
    assert bootstrap.Desk(None, "admin").url == bootstrap.default_database_url()
    ini.write_text("[database]\nurl = postgresql+psycopg://biuro@serwer/iok\n", encoding="utf-8")
    assert bootstrap.Desk(None, "admin").url == "postgresql+psycopg://biuro@serwer/iok"
    assert bootstrap.configured_database_url(None, "sqlite:///mine.sqlite3") == (
        "sqlite:///mine.sqlite3")


@pytest.mark.parametrize(("user", "login"), [
    ("Jan Kowalski", "jan.kowalski"), ("michał", "michal"), ("Żaneta  Łęcka", "zaneta.lecka"),
    ("ADMINISTRATOR", "administrator"), ("2nd user", "nd.user"), ("Ł", "pracownik"),
])
def test_the_clerk_login_is_a_valid_form_of_the_os_user(
        monkeypatch: pytest.MonkeyPatch, user: str, login: str) -> None:
    monkeypatch.delenv(CLERK_VARIABLE, raising=False)
    monkeypatch.setattr(getpass, "getuser", lambda: user)
    assert bootstrap.default_clerk_login() == login
    assert clerks.validate_clerk_login(login) == login
    monkeypatch.setenv(CLERK_VARIABLE, "ewa")
    assert bootstrap.default_clerk_login() == "ewa"


def test_the_version_is_the_package_s(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out == f"iok-desk {version('iok-desk')}\n" == (
        f"iok-desk {__version__}\n")
