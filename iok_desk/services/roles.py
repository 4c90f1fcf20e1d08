"""PostgreSQL roles: the portal's group, the desk's groups, and one login role per clerk.

Group roles (NOLOGIN, cluster-wide): ``iok_portal`` reads the portal views and updates the few
columns the contract allows; ``iok_clerk`` does the desk's daily work; ``iok_supervisor`` is
a clerk; ``iok_admin`` is a supervisor that may also change clerks and settings. Each clerk
connects as a login role of their own name in one of the desk groups, so the database itself
knows who acted (``audit_event.db_user``). SQLite has no roles: there the contract is
documented and the audit trail still append-only, but nothing else is enforced.

``setup_roles`` is idempotent: run it (``iok-desk db roles``) as the database owner on a new
database and again after every ``iok-desk db upgrade``, so new tables get their grants.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from iok_desk.db.engine import Database
from iok_desk.domain.errors import NotAllowed
from iok_desk.domain.states import ClerkRole

from . import clerks
from .clerks import ClerkInfo
from .context import Actor

PORTAL_ROLE = "iok_portal"
CLERK_ROLE = "iok_clerk"
SUPERVISOR_ROLE = "iok_supervisor"
ADMIN_ROLE = "iok_admin"
GROUP_ROLES = (PORTAL_ROLE, CLERK_ROLE, SUPERVISOR_ROLE, ADMIN_ROLE)
DESK_GROUP = {ClerkRole.CLERK: CLERK_ROLE, ClerkRole.SUPERVISOR: SUPERVISOR_ROLE,
              ClerkRole.ADMIN: ADMIN_ROLE}
# Each desk group includes the one before it.
_MEMBERSHIPS = ((CLERK_ROLE, SUPERVISOR_ROLE), (SUPERVISOR_ROLE, ADMIN_ROLE))

PORTAL_VIEWS = ("portal_contract", "portal_account", "portal_account_unit")
PORTAL_UPDATE_COLUMNS = ("password_hash", "must_change_password", "password_changed_at",
                         "security_stamp", "last_login_at", "failed_login_count")
ADMIN_TABLES = ("clerk", "setting")
APPEND_ONLY_TABLES = ("audit_event",)
READ_ONLY_TABLES = ("alembic_version",)

_ROLE_RETRIES = 5


@dataclass(frozen=True)
class RolesReport:
    """What ``setup_roles`` did: the groups and, per group, the tables it may change."""

    schema: str
    groups: tuple[str, ...]
    clerk_writes: tuple[str, ...]
    admin_writes: tuple[str, ...]


def require_postgresql(db: Database) -> None:
    """Roles exist only in PostgreSQL; say so on any other database."""
    if db.dialect != "postgresql":
        raise NotAllowed("Role i uprawnienia istnieją tylko w PostgreSQL; baza SQLite służy "
                         "jednemu stanowisku i nie ma użytkowników.", code="roles_need_postgresql")


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _retrying(engine: Engine, step: Callable[[Connection], None]) -> None:
    """Run ``step`` in its own short transaction. Roles are shared by every database of the
    server, so another database's setup may be changing them at the same moment: a
    collision is simply tried again (the step checks before it changes)."""
    for attempt in range(_ROLE_RETRIES):
        try:
            with engine.begin() as connection:
                step(connection)
            return
        except DBAPIError:
            if attempt == _ROLE_RETRIES - 1:
                raise


def _role_exists(connection: Connection, name: str) -> bool:
    return connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"),
                              {"name": name}).first() is not None


def _ensure_group_roles(engine: Engine) -> None:
    """Create the group roles and their memberships that are missing."""
    for name in GROUP_ROLES:
        def create(connection: Connection, name: str = name) -> None:
            if not _role_exists(connection, name):
                connection.exec_driver_sql(f"CREATE ROLE {name} NOLOGIN")
        _retrying(engine, create)
    for group, member in _MEMBERSHIPS:
        def grant(connection: Connection, group: str = group, member: str = member) -> None:
            if not _is_member(connection, group, member):
                connection.exec_driver_sql(f"GRANT {group} TO {member}")
        _retrying(engine, grant)


def _is_member(connection: Connection, group: str, member: str) -> bool:
    return connection.execute(text(
        "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles r ON r.oid = m.member WHERE g.rolname = :group AND r.rolname = :member"),
        {"group": group, "member": member}).first() is not None


def setup_roles(db: Database) -> RolesReport:
    """Create the group roles if needed and (re)grant exactly the privileges of each on this
    database. Run as the owner of the schema (the role that ran the migrations)."""
    require_postgresql(db)
    _ensure_group_roles(db.engine)
    with db.engine.begin() as connection:
        schema = connection.exec_driver_sql("SELECT current_schema()").scalar_one()
        database = connection.exec_driver_sql("SELECT current_database()").scalar_one()
        tables = connection.execute(text(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = :schema "
            "AND table_type = 'BASE TABLE' ORDER BY table_name"), {"schema": schema}).scalars()
        base_tables = list(tables)
        q_schema = _quote(connection, schema)
        groups = ", ".join(GROUP_ROLES)
        clerk_writes = [name for name in base_tables if name not in
                        (*ADMIN_TABLES, *APPEND_ONLY_TABLES, *READ_ONLY_TABLES)]
        statements = [
            f"REVOKE ALL ON ALL TABLES IN SCHEMA {q_schema} FROM {groups}",
            f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {q_schema} FROM {groups}",
            f"GRANT CONNECT ON DATABASE {_quote(connection, database)} TO {groups}",
            f"GRANT USAGE ON SCHEMA {q_schema} TO {groups}",
            f"GRANT SELECT ON ALL TABLES IN SCHEMA {q_schema} TO {CLERK_ROLE}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {q_schema} TO {CLERK_ROLE}",
            *(f"GRANT INSERT, UPDATE ON {_quote(connection, name)} TO {CLERK_ROLE}"
              for name in clerk_writes),
            *(f"GRANT INSERT ON {name} TO {CLERK_ROLE}" for name in APPEND_ONLY_TABLES),
            *(f"GRANT INSERT, UPDATE ON {name} TO {ADMIN_ROLE}" for name in ADMIN_TABLES),
            f"GRANT SELECT ON {', '.join(PORTAL_VIEWS)} TO {PORTAL_ROLE}",
            f"GRANT UPDATE ({', '.join(PORTAL_UPDATE_COLUMNS)}) ON portal_account "
            f"TO {PORTAL_ROLE}",
        ]
        for statement in statements:
            connection.exec_driver_sql(statement)
    return RolesReport(schema=schema, groups=GROUP_ROLES, clerk_writes=tuple(clerk_writes),
                       admin_writes=ADMIN_TABLES)


def uses_roles(connection: Connection) -> bool:
    """Whether ``db roles`` has set this database up (the clerks' group may write accounts).
    A PostgreSQL database without it is used by one database user, as before."""
    return bool(connection.execute(text(
        "SELECT has_table_privilege(oid, 'account', 'INSERT') FROM pg_roles "
        "WHERE rolname = :group"), {"group": CLERK_ROLE}).scalar())


def refresh_grants_if_used(db: Database) -> bool:
    """After an upgrade: re-grant on a PostgreSQL database that ``db roles`` set up, so new
    tables are covered. Returns whether it did."""
    if db.dialect != "postgresql":
        return False
    with db.engine.connect() as connection:
        if not uses_roles(connection):
            return False
    setup_roles(db)
    return True


def ensure_login_role(connection: Connection, name: str, group: str, *,
                      password: str | None = None, administrator: bool = False) -> bool:
    """Make ``name`` a login role in ``group``; returns whether it was created. The password
    is turned into a SCRAM verifier on this side, so the server (and its log) never sees the
    plaintext. An administrator's role may create roles and hand out the desk groups (what
    ``clerk add`` needs). An existing role keeps its password and attributes; it only joins
    ``group``."""
    quoted = _quote(connection, name)
    if _role_exists(connection, name):
        if not _is_member(connection, group, name):
            connection.exec_driver_sql(f"GRANT {group} TO {quoted}")
        return False
    clause = f"CREATE ROLE {quoted} LOGIN"
    if administrator:
        clause += " CREATEROLE"
    if password:
        pgconn = connection.connection.driver_connection.pgconn  # type: ignore[union-attr]
        verifier = pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")
        clause += " PASSWORD '" + verifier.decode("ascii") + "'"
    connection.exec_driver_sql(clause + f" IN ROLE {group}")
    if administrator:
        desk_groups = ", ".join(DESK_GROUP.values())
        connection.exec_driver_sql(f"GRANT {desk_groups} TO {quoted} WITH ADMIN OPTION")
    return True


def add_clerk_with_login(db: Database, actor: Actor, login: str, full_name: str, role: str,
                         *, password: str | None = None) -> ClerkInfo:
    """``clerk add``: the clerk row and, on a PostgreSQL database set up by ``db roles``, the
    clerk's login role in the group of the role, in one transaction (an admin's login role may
    create roles)."""
    if db.dialect != "postgresql":
        return clerks.add_clerk(db, actor, login, full_name, role)

    def create_login(session: Session, info: ClerkInfo) -> None:
        connection = session.connection()
        if not uses_roles(connection):
            return
        ensure_login_role(connection, info.login, DESK_GROUP[ClerkRole(info.role)],
                          password=password, administrator=info.role == ClerkRole.ADMIN)

    return clerks.add_clerk(db, actor, login, full_name, role, also=create_login)
