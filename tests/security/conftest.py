"""The attackers: real PostgreSQL login roles with passwords, one per desk role and one for the
portal, made the way an office makes them (``db roles``, ``clerk add``) and dropped at the end.

Every name carries a random suffix: several test runs share the server.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy.engine import make_url

from iok_desk.db.engine import Database
from iok_desk.services import roles
from iok_desk.services.context import Actor


@dataclass(frozen=True)
class Login:
    """A login role and its password; ``desk()`` is the desk program connected as it,
    ``psql()`` a raw session as an attacker would open it."""

    name: str
    password: str
    url: str

    def desk(self) -> Database:
        return Database(self.url)

    def actor(self, login: str | None = None) -> Actor:
        return Actor(login or self.name, workstation="attacker")

    def psql(self, database: str | None = None) -> psycopg.Connection[tuple[object, ...]]:
        url = make_url(self.url)
        return psycopg.connect(host=url.host, port=url.port, user=self.name,
                               password=self.password, dbname=database or url.database,
                               autocommit=True)


class Logins:
    """Login roles made by one test; ``drop_all`` removes them and the database's groups."""

    def __init__(self, owner: Database) -> None:
        self.owner = owner
        self.tag = f"s{uuid.uuid4().hex[:10]}"
        self.made: list[str] = []
        self.opened: list[Database] = []

    def _login(self, name: str, password: str) -> Login:
        self.made.append(name)
        url = make_url(self.owner.url).set(username=name, password=password)
        return Login(name, password, url.render_as_string(hide_password=False))

    def clerk(self, base: str, role: str, admin: Actor) -> Login:
        """A clerk added by ``admin`` with ``clerk add``: the clerk row and a login role."""
        password = secrets.token_urlsafe(12)
        login = self._login(f"{self.tag}_{base}", password)
        roles.add_clerk_with_login(self.owner, admin, login.name, base.title(), role,
                                   password=password)
        return login

    def portal(self) -> Login:
        password = secrets.token_urlsafe(12)
        login = self._login(f"{self.tag}_portal", password)
        with self.owner.engine.begin() as connection:
            roles.ensure_login_role(connection, login.name,
                                    roles.group_roles(connection).portal, password=password)
        return login

    def connect(self, login: Login) -> Database:
        database = login.desk()
        self.opened.append(database)
        return database

    def drop_all(self) -> None:
        for database in self.opened:
            database.dispose()
        with self.owner.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT") as connection:
            for name in reversed(self.made):
                connection.exec_driver_sql(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    f"WHERE usename = '{name}'")
                connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
        roles.remove_roles(self.owner)


@pytest.fixture
def logins(db: Database) -> Iterator[Logins]:
    """This database set up with ``db roles``; its login roles made by the test."""
    if db.dialect != "postgresql":
        pytest.fail("the attackers' logins exist only on PostgreSQL")
    roles.setup_roles(db)
    made = Logins(db)
    yield made
    made.drop_all()


def sqlstate(error: BaseException) -> str:
    """The SQLSTATE of a psycopg error, or of the driver error inside SQLAlchemy's."""
    orig = getattr(error, "orig", error)
    return str(getattr(orig, "sqlstate", ""))
