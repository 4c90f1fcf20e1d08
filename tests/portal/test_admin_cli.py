"""``iok-desk db roles``, ``iok-desk connect URL`` and ``clerk add`` with its login role; database
passwords only ever in the (here: in-memory) keyring."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from support.memory_keyring import MemoryKeyring

from iok_desk.cli import main
from iok_desk.cli.common import Desk
from iok_desk.db.credentials_store import SERVICE, complete_url, keyring_user, store_password
from iok_desk.db.engine import Database
from iok_desk.services import roles

from .conftest import LoginRoles


def run(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--database", url, "--clerk", "admin", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def answers(*replies: str) -> Callable[[str], str]:
    """A getpass that answers the prompts in order and fails on an unexpected one."""
    queue: Iterator[str] = iter(replies)

    def fake_getpass(prompt: str = "") -> str:
        return next(queue)
    return fake_getpass


def _role_password(db: Database, name: str) -> str | None:
    with db.engine.connect() as connection:
        return connection.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"),
                                  {"n": name}).scalar_one()


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_connect_keeps_the_password_in_the_keyring_and_the_desk_uses_it(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: Database,
        admin: object, login_roles: LoginRoles, memory_keyring: MemoryKeyring) -> None:
    name = login_roles.name("ola")
    with db.engine.begin() as connection:
        roles.ensure_login_role(connection, name, roles.group_roles(connection).clerk,
                                password="Haslo-Oli-2026")
    url = make_url(db.url).set(username=name, password=None).render_as_string(
        hide_password=False)
    monkeypatch.setattr("getpass.getpass", answers("Haslo-Oli-2026"))
    code, out, err = run(capsys, url, "connect", url)
    assert code == 0, err
    assert memory_keyring.entries == {(SERVICE, keyring_user(url)): "Haslo-Oli-2026"}
    assert "Haslo-Oli-2026" not in out + err

    assert make_url(complete_url(url)).password == "Haslo-Oli-2026"
    desk = Desk(url, "admin")
    assert desk.raw().engine.url.password == "Haslo-Oli-2026"
    with desk.raw().engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT session_user").scalar_one() == name
    desk.close()


def test_connect_refuses_a_password_on_the_command_line_and_a_failed_connection(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        memory_keyring: MemoryKeyring) -> None:
    sqlite = "sqlite://"
    code, _, err = run(capsys, sqlite, "connect", "postgresql+psycopg://ola:jawne@db/iok")
    assert code == 1 and "nie może zawierać hasła" in err
    code, _, err = run(capsys, sqlite, "connect", "postgresql+psycopg://db/iok")
    assert code == 1 and "nazwę użytkownika" in err
    monkeypatch.setattr("getpass.getpass", answers("Haslo-2026"))
    code, _, err = run(capsys, sqlite, "connect", "postgresql+psycopg://ola@127.0.0.1:1/iok")
    assert code == 1 and "nie zostało zapisane" in err
    assert memory_keyring.entries == {}


def test_a_url_is_completed_only_when_it_names_a_user_without_a_password(
        memory_keyring: MemoryKeyring) -> None:
    store_password("postgresql+psycopg://ola@serwer:5432/iok", "z-pęku")
    assert make_url(complete_url("postgresql+psycopg://ola@serwer:5432/iok")).password \
        == "z-pęku"
    for unchanged in ("postgresql+psycopg://ola:inne@serwer:5432/iok",
                      "postgresql+psycopg://ewa@serwer:5432/iok",
                      "postgresql+psycopg://ola@serwer:5432/inna", "sqlite:///iok.sqlite3"):
        assert complete_url(unchanged) == unchanged


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_db_roles_and_clerk_add_make_the_roles(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: Database,
        admin: object, login_roles: LoginRoles) -> None:
    code, out, err = run(capsys, db.url, "db", "roles")
    assert code == 0, err
    names = roles.group_roles_for(db.engine.url.database or "")
    assert f"{names.portal} czyta: portal_contract, portal_account, portal_account_unit" in out

    name = login_roles.name("kasia")
    monkeypatch.setattr("getpass.getpass", answers("Kasia-2026", "Kasia-2026"))
    code, out, err = run(capsys, db.url, "clerk", "add", name, "--role", "clerk",
                         "--full-name", "Katarzyna Nowak")
    assert code == 0, err
    assert out.strip() == f"{name}: clerk"
    assert (_role_password(db, name) or "").startswith("SCRAM-SHA-256$")
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT pg_has_role(:n, :group, 'USAGE')"),
                                  {"n": name, "group": names.clerk}).scalar_one()

    other = login_roles.name("marek")
    monkeypatch.setattr("getpass.getpass", answers("Marek-2026", "Marek-2027"))
    code, _, err = run(capsys, db.url, "clerk", "add", other, "--role", "clerk")
    assert code == 1 and "Hasła się różnią" in err
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = :n"),
                                  {"n": other}).scalar_one() == 0
        assert connection.execute(text("SELECT count(*) FROM clerk WHERE login = :n"),
                                  {"n": other}).scalar_one() == 0


def test_on_sqlite_clerk_add_asks_nothing_and_db_roles_explains(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/iok.sqlite3"
    monkeypatch.setattr("getpass.getpass", answers())
    code, out, err = run(capsys, url, "clerk", "add", "ewa", "--role", "supervisor")
    assert code == 1 and "clerk bootstrap" in err  # a new database has no administrator yet
    assert run(capsys, url, "clerk", "bootstrap", "admin")[0] == 0
    code, out, err = run(capsys, url, "clerk", "add", "ewa", "--role", "supervisor")
    assert code == 0, err
    assert out.strip() == "ewa: supervisor"
    code, _, err = run(capsys, url, "db", "roles")
    assert code == 1 and "tylko w PostgreSQL" in err
    code, _, err = run(capsys, f"sqlite:///{tmp_path}/pusta.sqlite3", "db", "roles")
    assert code == 1 and "tylko w PostgreSQL" in err


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_without_db_roles_clerk_add_makes_no_login_role(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: Database,
        admin: object, run_tag: str) -> None:
    name = f"{run_tag}_bez_roli"
    monkeypatch.setattr("getpass.getpass", answers())
    with db.engine.connect() as connection:
        assert not roles.uses_roles(connection)
    code, out, err = run(capsys, db.url, "clerk", "add", name, "--role", "clerk")
    assert code == 0, err
    assert out.strip() == f"{name}: clerk"
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = :n"),
                                  {"n": name}).scalar_one() == 0


@pytest.mark.postgres
def test_db_upgrade_regrants_a_database_set_up_with_roles(
        capsys: pytest.CaptureFixture[str], postgres_server) -> None:  # type: ignore[no-untyped-def]
    url = postgres_server.create_database().render_as_string(hide_password=False)
    code, out, err = run(capsys, url, "db", "upgrade")
    assert code == 0, err
    assert "Uprawnienia" not in out  # a database without roles stays that way
    database = Database(url)
    clerk_group = roles.setup_roles(database).names.clerk
    with database.engine.begin() as connection:
        connection.exec_driver_sql(f'REVOKE SELECT ON request FROM "{clerk_group}"')
    code, out, err = run(capsys, url, "db", "upgrade")
    assert code == 0, err
    assert "Uprawnienia ról bazy odświeżone" in out
    with database.engine.connect() as connection:
        assert connection.execute(text(
            "SELECT has_table_privilege(:role, 'request', 'SELECT')"),
            {"role": clerk_group}).scalar_one()
    roles.remove_roles(database)
    database.dispose()


def test_db_upgrade_on_sqlite_has_no_roles_to_refresh(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, f"sqlite:///{tmp_path / 'x.sqlite3'}", "db", "upgrade")
    assert code == 0, err
    assert "Uprawnienia" not in out
