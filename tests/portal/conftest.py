"""Playing the portal and the clerks: on PostgreSQL each as its own login role in its group.

Roles are shared by the whole server (and by other test runs), so the login roles made here
carry a random prefix and are dropped at the end; the group roles are made idempotently.
"""

from __future__ import annotations

import io
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pypdf import PdfReader
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from iok_desk.db.engine import Database
from iok_desk.portal import Portal
from iok_desk.services import accounts, letter_register, requests, roles
from iok_desk.services.context import Actor
from iok_desk.services.dto import CredentialLetterData, IssueResult
from iok_desk.services.settings import get_letterhead


@pytest.fixture(scope="session")
def run_tag() -> str:
    """A prefix for login roles unique to this test run."""
    return f"t{uuid.uuid4().hex[:8]}"


class LoginRoles:
    """Login roles made by one test, dropped at its end."""

    def __init__(self, owner: Database, tag: str) -> None:
        self.owner = owner
        self.tag = tag
        self.names: list[str] = []
        self.databases: list[Database] = []

    def name(self, base: str) -> str:
        name = f"{self.tag}_{base}"
        self.names.append(name)
        return name

    def connect(self, name: str) -> Database:
        """The same database, connected as login role ``name`` (trust auth: no password)."""
        url = make_url(self.owner.url).set(username=name, password=None)
        database = Database(url.render_as_string(hide_password=False))
        self.databases.append(database)
        return database

    def drop_all(self) -> None:
        """Drop the login roles and this database's group roles: the shared template
        database is left as other tests expect it, a database without ``db roles``."""
        for database in self.databases:
            database.dispose()
        with self.owner.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT") as connection:
            for name in reversed(self.names):  # a role made by another one goes first
                connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
        roles.remove_roles(self.owner)


@pytest.fixture
def login_roles(db: Database, run_tag: str) -> Iterator[LoginRoles]:
    if db.dialect == "postgresql":
        roles.setup_roles(db)
    made = LoginRoles(db, f"{run_tag}{uuid.uuid4().hex[:4]}")
    yield made
    if db.dialect == "postgresql":
        made.drop_all()


@pytest.fixture
def portal(db: Database, login_roles: LoginRoles) -> Iterator[Portal]:
    """The portal: on PostgreSQL a login role in ``iok_portal``; on SQLite, the file."""
    if db.dialect == "postgresql":
        name = login_roles.name("portal")
        with db.engine.begin() as connection:
            roles.ensure_login_role(connection, name, roles.group_roles(connection).portal)
        engine = login_roles.connect(name).engine
        yield Portal(engine)
        return
    engine = create_engine(db.url)
    yield Portal(engine)
    engine.dispose()


@dataclass(frozen=True)
class ClerkDesk:
    """A clerk at the desk: their own database connection and their Actor."""

    db: Database
    actor: Actor
    db_user: str


@pytest.fixture
def clerk_desk(db: Database, admin: Actor, login_roles: LoginRoles) -> ClerkDesk:
    """A clerk added with ``clerk add``; on PostgreSQL connected as their own login role."""
    login = login_roles.name("anna") if db.dialect == "postgresql" else "anna"
    roles.add_clerk_with_login(db, admin, login, "Anna Nowak", "clerk")
    actor = Actor(login, workstation="desk-2")
    if db.dialect == "postgresql":
        return ClerkDesk(login_roles.connect(login), actor, login)
    return ClerkDesk(db, actor, "")


_LOGIN_ID = re.compile(r"Identyfikator logowania\n(?:.*\n)??(\d{4}) (\d{4})\n")
_PASSWORD = re.compile(r"Hasło do pierwszego logowania\n(?:.*\n)??(\S{4}) (\S{4}) (\S{4})\n")


def credentials_from_letter(db: Database, letter: CredentialLetterData) -> tuple[str, str]:
    """The login ID and password as a resident reads them off the printed letter. Until the
    letters module is in the tree, the letter's data stand in for the printed sheet."""
    try:
        from iok_desk.letters.credential import render_credential_letters
    except ImportError:
        return letter.login_id, letter.password
    pdf = render_credential_letters(get_letterhead(db), [letter])
    page_text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    login_id = _LOGIN_ID.search(page_text)
    password = _PASSWORD.search(page_text)
    assert login_id is not None and password is not None, page_text
    return "".join(login_id.groups()), "".join(password.groups())


def group_names(db: Database) -> roles.GroupRoles:
    with db.engine.connect() as connection:
        return roles.group_roles(connection)


def owner_execute(db: Database, statement: str, **params: object) -> None:
    """A change made by the schema owner (test setup), outside any role's limits."""
    with db.engine.begin() as connection:
        connection.execute(text(statement), params)


def issued_account(db: Database, actor: Actor, first: str, last: str, unit: str, *,
                   hand_over: bool = True) -> IssueResult:
    """A paper grant request, approved and executed by ``actor``; its letter handed over to
    the resident (activation on delivery) unless ``hand_over`` is false."""
    number = requests.register_request(db, actor, requests.NewRequest(
        kind="grant", channel="paper", first_name=first, last_name=last, unit=unit)).number
    requests.approve_request(db, actor, number)
    result = accounts.issue_credentials(db, actor, number)
    if hand_over and result.letter is not None:
        letter_register.hand_over(db, actor, result.letter.letter_number,
                                  received_by=f"{first} {last}")
    return result
