"""Shared fixtures: every database test runs on SQLite and on PostgreSQL.

PostgreSQL comes from IOK_TEST_PG_URL (a server URL whose user may create databases; default
the local server). Each test run creates its own database and drops it at the end. Without a
server the PostgreSQL half is skipped locally — but in CI (CI=true) it is an error.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import keyring
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from support.memory_keyring import MemoryKeyring

from iok_desk.db import migrations
from iok_desk.db.engine import Database
from iok_desk.db.models import Base
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.domain.states import TitleKind
from iok_desk.services import registry
from iok_desk.services.clerks import bootstrap_first_admin
from iok_desk.services.context import Actor

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["support.gui"]

PG_SERVER_URL = os.environ.get("IOK_TEST_PG_URL",
                               "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
IN_CI = os.environ.get("CI", "").lower() == "true"


def _server_engine():  # type: ignore[no-untyped-def]
    return create_engine(make_url(PG_SERVER_URL), isolation_level="AUTOCOMMIT")


class PostgresServer:
    """Creates and drops throw-away databases on the test server."""

    def __init__(self) -> None:
        self.engine = _server_engine()
        self.created: list[str] = []

    def create_database(self, options: str = "") -> URL:
        """A new database on the server (``options``: CREATE DATABASE's, e.g. a locale)."""
        name = f"iok_test_{uuid.uuid4().hex[:12]}"
        with self.engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}" {options}'))
        self.created.append(name)
        return make_url(PG_SERVER_URL).set(database=name)

    def drop_all(self) -> None:
        with self.engine.connect() as connection:
            for name in self.created:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.engine.dispose()


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test sees an empty in-memory keyring instead of the user's real one."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    try:
        server = PostgresServer()
        with server.engine.connect():
            pass
    except Exception as error:
        if IN_CI:
            pytest.fail(f"CI needs PostgreSQL at {PG_SERVER_URL}: {error}", pytrace=False)
        pytest.skip(f"no PostgreSQL server at {PG_SERVER_URL} (set IOK_TEST_PG_URL)")
    yield server
    server.drop_all()


@pytest.fixture(scope="session")
def postgres_template_url(postgres_server: PostgresServer) -> str:
    """One migrated PostgreSQL database for the whole run; tests get it emptied."""
    url = postgres_server.create_database()
    database = Database(url.render_as_string(hide_password=False))
    migrations.upgrade(database.engine)
    database.dispose()
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    database = Database(f"sqlite:///{path}")
    migrations.upgrade(database.engine)
    database.dispose()
    return path


def _empty_postgres(url: str) -> None:
    tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a migrated database — once SQLite, once PostgreSQL — empty but for its
    first administrator ``admin`` (made by ``clerk bootstrap admin``)."""
    if request.param == "sqlite":
        path = tmp_path / "iok.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
    else:
        url = request.getfixturevalue("postgres_template_url")
        _empty_postgres(url)
    database = Database(url)
    bootstrap_first_admin(database, ADMIN)
    database.dispose()
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def fresh_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of a brand-new database without any schema — once SQLite, once PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.create_database().render_as_string(hide_password=False)


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    yield database
    database.dispose()


ADMIN = Actor("admin", workstation="test-desk")


@pytest.fixture
def admin(db: Database) -> Actor:
    """The database's first administrator (``database_url`` bootstrapped it)."""
    return ADMIN


@pytest.fixture
def register(db: Database) -> dict[str, object]:
    """A small unit register: two units at Paprykowa 12, a garage; Jan Kowalski owns 12/5,
    Anna Żółkiewska holds 12/7 (and owned 12/5 until last year)."""
    today = office_date(now_utc())  # the office's day, as the services count it
    with db.transaction() as session:
        estate = registry.get_or_create_estate(session, "MSM-01", "Zasób własny Spółdzielni")
        flat5 = registry.create_unit(session, estate, "L-0005", "Paprykowa", "12", "5",
                                     postal_code="81-198")
        flat7 = registry.create_unit(session, estate, "L-0007", "Paprykowa", "12", "7",
                                     postal_code="81-198")
        garage = registry.create_unit(session, estate, "G-0003", "Śliwkowa", "3", "",
                                      kind="garage")
        jan = registry.create_person(session, "Jan", "Kowalski", email="jan@example.pl",
                                     phone="+48 601234567")
        anna = registry.create_person(session, "Anna", "Żółkiewska", phone="+48 586290016")
        registry.create_title(session, jan, flat5, TitleKind.OWNERSHIP,
                              today - timedelta(days=300))
        registry.create_title(session, jan, garage, TitleKind.OWNERSHIP,
                              today - timedelta(days=300))
        registry.create_title(session, anna, flat7, TitleKind.COOP_RIGHT,
                              today - timedelta(days=3000))
        registry.create_title(session, anna, flat5, TitleKind.OWNERSHIP,
                              today - timedelta(days=3000), today - timedelta(days=301))
    return {"flat5": "Paprykowa 12/5", "flat7": "Paprykowa 12/7", "garage": "Śliwkowa 3"}
