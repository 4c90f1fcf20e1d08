"""PostgreSQL roles: the portal's group, the desk's groups, and one login role per clerk.

Group roles (NOLOGIN) belong to one database: their names start with the database's name
(``<db>_iok_portal``, ``<db>_iok_clerk``, ``<db>_iok_supervisor``, ``<db>_iok_admin``), and
CONNECT and TEMP are revoked from PUBLIC, so a login of one IOK database cannot even connect
to another on the same server. ``portal`` reads the portal views and updates the few columns
the contract allows; ``clerk`` does the desk's daily work (every column but
``account.password_hash``); ``supervisor`` is a clerk; ``admin`` is a supervisor that may
also change clerks and settings. No desk login has CREATEROLE: clerks' login roles are made,
moved and disabled only by ``iok_clerk_login()``, a SECURITY DEFINER function owned by
``<db>_iok_rolemaker`` (NOLOGIN, CREATEROLE, member of nobody) that admins may call and that
touches only plain logins of this database's desk groups. SQLite has no roles
(docs/security.md).

``setup_roles`` is idempotent: run it (``iok-desk db roles``) as the database owner on a new
database and again after every ``iok-desk db upgrade``, so new tables get their grants.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from iok_desk.db.engine import Database
from iok_desk.domain.errors import NotAllowed
from iok_desk.domain.states import ClerkRole

from . import clerks
from .clerks import ClerkInfo
from .context import Actor

PORTAL_VIEWS = ("portal_contract", "portal_account", "portal_account_unit")
PORTAL_UPDATE_COLUMNS = ("password_hash", "must_change_password", "password_changed_at",
                         "security_stamp", "last_login_at", "failed_login_count")
# The electronic form: the portal inserts these columns of a submission and nothing else.
PORTAL_INSERT_COLUMNS = {"web_form_submission": (
    "kind", "first_name", "last_name", "unit_text", "login_id_text", "email", "phone", "note",
    "consent")}
SECRET_COLUMNS = {"account": ("password_hash",)}
ADMIN_TABLES = ("clerk", "setting", "policy_version")
APPEND_ONLY_TABLES = ("audit_event",)
# account_search*: written only by the database's own triggers and the owner's bulk loads
# (revisions 0005, 0010).
READ_ONLY_TABLES = ("alembic_version", "db_change", "audit_redaction", "account_search",
                    "account_search_prefix", "account_search_deferral", "account_search_pending")
# Revision 0008: the retention's owner-only procedures, which supervisors may call.
SUPERVISOR_FUNCTIONS = ("iok_redact_personal_data(text, integer)",
                        "iok_expire_audit_personal(timestamptz)")
# Cluster-wide group names of IOK Desk before revision 0004; ``db roles`` moves their
# members of this database to its own groups and takes their privileges here away.
LEGACY_GROUPS = {"iok_portal": "portal", "iok_clerk": "clerk", "iok_supervisor": "supervisor",
                 "iok_admin": "admin"}
_PREFIX_LENGTH = 40


@dataclass(frozen=True)
class GroupRoles:
    """The group role names of one database."""

    portal: str
    clerk: str
    supervisor: str
    admin: str
    rolemaker: str

    @property
    def groups(self) -> tuple[str, ...]:
        return (self.portal, self.clerk, self.supervisor, self.admin)

    def desk(self, role: ClerkRole | str) -> str:
        return {ClerkRole.CLERK: self.clerk, ClerkRole.SUPERVISOR: self.supervisor,
                ClerkRole.ADMIN: self.admin}[ClerkRole(role)]


def group_roles_for(database: str) -> GroupRoles:
    """The group names of ``database``; a long name is shortened with a hash so that the
    names stay within PostgreSQL's 63 characters and unique."""
    prefix = database
    if len(prefix) > _PREFIX_LENGTH:
        digest = hashlib.sha256(database.encode()).hexdigest()[:8]
        prefix = f"{database[:_PREFIX_LENGTH - 9]}_{digest}"
    return GroupRoles(*(f"{prefix}_iok_{kind}" for kind in
                        ("portal", "clerk", "supervisor", "admin", "rolemaker")))


def group_roles(connection: Connection) -> GroupRoles:
    return group_roles_for(connection.exec_driver_sql("SELECT current_database()").scalar_one())


@dataclass(frozen=True)
class RolesReport:
    """What ``setup_roles`` did: the groups and, per group, the tables it may change."""

    schema: str
    groups: tuple[str, ...]
    clerk_writes: tuple[str, ...]
    admin_writes: tuple[str, ...]
    names: GroupRoles


def require_postgresql(db: Database) -> None:
    """Roles exist only in PostgreSQL; say so on any other database."""
    if db.dialect != "postgresql":
        raise NotAllowed("Role i uprawnienia istnieją tylko w PostgreSQL; baza SQLite służy "
                         "jednemu stanowisku i nie ma użytkowników.", code="roles_need_postgresql")


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _role_exists(connection: Connection, name: str) -> bool:
    return connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"),
                              {"name": name}).first() is not None


def _is_member(connection: Connection, group: str, member: str) -> bool:
    return connection.execute(text(
        "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles r ON r.oid = m.member WHERE g.rolname = :group AND r.rolname = :member"),
        {"group": group, "member": member}).first() is not None


def _ensure_group_roles(connection: Connection, names: GroupRoles) -> None:
    for name in names.groups:
        if not _role_exists(connection, name):
            connection.exec_driver_sql(f"CREATE ROLE {_quote(connection, name)} NOLOGIN")
    if not _role_exists(connection, names.rolemaker):
        connection.exec_driver_sql(
            f"CREATE ROLE {_quote(connection, names.rolemaker)} NOLOGIN CREATEROLE")
    for group, member in ((names.clerk, names.supervisor), (names.supervisor, names.admin)):
        if not _is_member(connection, group, member):
            connection.exec_driver_sql(
                f"GRANT {_quote(connection, group)} TO {_quote(connection, member)}")
    for group in (names.clerk, names.supervisor, names.admin):
        connection.exec_driver_sql(f"GRANT {_quote(connection, group)} TO "
                                   f"{_quote(connection, names.rolemaker)} WITH ADMIN OPTION")


_CLERK_LOGIN_FUNCTION = r"""
CREATE OR REPLACE FUNCTION iok_clerk_login(action text, login text, desk_role text,
                                           verifier text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $body$
DECLARE
    groups text[] := ARRAY[@CLERK@, @SUPERVISOR@, @ADMIN@];
    target text;
    existing pg_roles%ROWTYPE;
BEGIN
    IF NOT (iok_session_is_dba() OR EXISTS (
            SELECT 1 FROM clerk c WHERE c.login = session_user::text AND c.role = 'admin'
            AND c.active)) THEN
        RAISE EXCEPTION 'iok_clerk_login: only an active administrator manages clerks'' logins'
            USING ERRCODE = 'IK004';
    END IF;
    IF login !~ '^[a-z][a-z0-9_.-]{1,62}$' THEN
        RAISE EXCEPTION 'iok_clerk_login: % is not a clerk login', login USING ERRCODE = 'IK004';
    END IF;
    target := CASE desk_role WHEN 'clerk' THEN groups[1] WHEN 'supervisor' THEN groups[2]
                             WHEN 'admin' THEN groups[3] END;
    SELECT * INTO existing FROM pg_roles WHERE rolname = login;
    IF FOUND AND (existing.rolsuper OR existing.rolcreaterole OR existing.rolbypassrls
        OR existing.rolreplication OR pg_has_role(existing.oid,
            (SELECT relowner FROM pg_class WHERE oid = 'audit_event'::regclass), 'MEMBER')
        OR (action <> 'create' AND NOT pg_has_role(existing.oid, groups[1], 'MEMBER'))) THEN
        RAISE EXCEPTION 'iok_clerk_login: % is not a clerk''s login of this database', login
            USING ERRCODE = 'IK004';
    END IF;
    IF action IN ('create', 'set-role') AND target IS NULL THEN
        RAISE EXCEPTION 'iok_clerk_login: unknown role %', desk_role USING ERRCODE = 'IK004';
    END IF;
    IF action = 'create' AND NOT FOUND THEN
        IF verifier IS NOT NULL AND verifier !~ '^SCRAM-SHA-256\$' THEN
            RAISE EXCEPTION 'iok_clerk_login: a SCRAM verifier, never a password'
                USING ERRCODE = 'IK004';
        END IF;
        IF verifier IS NULL THEN
            EXECUTE format('CREATE ROLE %I LOGIN IN ROLE %I', login, target);
        ELSE
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', login, verifier,
                           target);
        END IF;
    ELSIF action IN ('create', 'set-role') AND FOUND THEN
        FOR i IN 1..3 LOOP
            IF groups[i] <> target THEN
                EXECUTE format('REVOKE %I FROM %I', groups[i], login);
            END IF;
        END LOOP;
        EXECUTE format('GRANT %I TO %I', target, login);
    ELSIF action = 'disable' AND FOUND THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', login);
    ELSIF action <> 'disable' THEN
        RAISE EXCEPTION 'iok_clerk_login: unknown action %', action USING ERRCODE = 'IK004';
    END IF;
END
$body$
"""


def _clerk_login_function(connection: Connection, schema: str, names: GroupRoles) -> list[str]:
    values = {"@SCHEMA@": _quote(connection, schema), "@CLERK@": f"'{names.clerk}'",
              "@SUPERVISOR@": f"'{names.supervisor}'", "@ADMIN@": f"'{names.admin}'"}
    body = _CLERK_LOGIN_FUNCTION
    for marker, value in values.items():
        body = body.replace(marker, value)
    signature = "iok_clerk_login(text, text, text, text)"
    return [body,
            f"ALTER FUNCTION {signature} OWNER TO {_quote(connection, names.rolemaker)}",
            f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC",
            f"GRANT EXECUTE ON FUNCTION {signature} TO {_quote(connection, names.admin)}"]


def _adopt_legacy_members(connection: Connection, names: GroupRoles, database: str) -> None:
    """Members of the old cluster-wide groups who are clerks of this database join its own
    groups; the old groups lose their privileges here. The portal's login is not moved (the
    old ``iok_portal`` served every database): the DBA grants it the new portal group."""
    for legacy, kind in LEGACY_GROUPS.items():
        if not _role_exists(connection, legacy):
            continue
        members = connection.execute(text(
            "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles r ON r.oid = m.member WHERE g.rolname = :group AND r.rolcanlogin"),
            {"group": legacy}).scalars().all()
        clerk_logins = set(connection.execute(text("SELECT login FROM clerk")).scalars())
        for member in members:
            if kind != "portal" and member in clerk_logins:
                connection.exec_driver_sql(f"GRANT {_quote(connection, getattr(names, kind))} "
                                           f"TO {_quote(connection, member)}")
        quoted = _quote(connection, legacy)
        for statement in (f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {quoted}",
                          f"REVOKE ALL ON DATABASE {_quote(connection, database)} FROM {quoted}"):
            connection.exec_driver_sql(statement)


def setup_roles(db: Database) -> RolesReport:
    """Create this database's group roles if needed and (re)grant exactly the privileges of
    each. Run as the owner of the schema (the role that ran the migrations), which must be
    allowed to create roles (a superuser, or CREATEROLE)."""
    require_postgresql(db)
    with db.engine.begin() as connection:
        names = group_roles(connection)
        _ensure_group_roles(connection, names)
        schema = connection.exec_driver_sql("SELECT current_schema()").scalar_one()
        database = connection.exec_driver_sql("SELECT current_database()").scalar_one()
        base_tables = list(connection.execute(text(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = :schema "
            "AND table_type = 'BASE TABLE' ORDER BY table_name"), {"schema": schema}).scalars())
        def q(name: str) -> str:
            return _quote(connection, name)

        q_schema = q(schema)
        groups = ", ".join(q(name) for name in names.groups)
        clerk, admin, portal = q(names.clerk), q(names.admin), q(names.portal)
        clerk_writes = [name for name in base_tables if name not in
                        (*ADMIN_TABLES, *APPEND_ONLY_TABLES, *READ_ONLY_TABLES)]
        readable = []
        for name in base_tables:
            if name in SECRET_COLUMNS:
                columns = connection.execute(text(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                    ":schema AND table_name = :table ORDER BY ordinal_position"),
                    {"schema": schema, "table": name}).scalars()
                shown = ", ".join(q(column) for column in columns
                                  if column not in SECRET_COLUMNS[name])
                readable.append(f"GRANT SELECT ({shown}) ON {q(name)} TO {clerk}")
            else:
                readable.append(f"GRANT SELECT ON {q(name)} TO {clerk}")
        statements = [
            f"REVOKE ALL ON ALL TABLES IN SCHEMA {q_schema} FROM {groups}",
            f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {q_schema} FROM {groups}",
            f"REVOKE CONNECT, TEMPORARY ON DATABASE {q(database)} FROM PUBLIC",
            f"GRANT CONNECT ON DATABASE {q(database)} TO {groups}",
            f"GRANT USAGE ON SCHEMA {q_schema} TO {groups}, {q(names.rolemaker)}",
            f"GRANT SELECT ON clerk TO {q(names.rolemaker)}",
            *readable,
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {q_schema} TO {clerk}",
            *(f"GRANT INSERT, UPDATE ON {q(name)} TO {clerk}" for name in clerk_writes),
            *(f"GRANT INSERT ON {name} TO {clerk}" for name in APPEND_ONLY_TABLES),
            *(f"GRANT INSERT, UPDATE ON {name} TO {admin}" for name in ADMIN_TABLES),
            f"GRANT SELECT ON {', '.join(PORTAL_VIEWS)} TO {portal}",
            f"GRANT UPDATE ({', '.join(PORTAL_UPDATE_COLUMNS)}) ON portal_account TO {portal}",
            *(f"GRANT EXECUTE ON FUNCTION {name} TO {q(names.supervisor)}"
              for name in SUPERVISOR_FUNCTIONS),
            *(f"GRANT INSERT ({', '.join(columns)}) ON {q(table)} TO {portal}"
              for table, columns in PORTAL_INSERT_COLUMNS.items()),
            *(f"GRANT USAGE ON SEQUENCE {q(table + '_id_seq')} TO {portal}"
              for table in PORTAL_INSERT_COLUMNS),
        ]
        for statement in statements:
            connection.exec_driver_sql(statement)
        for statement in _clerk_login_function(connection, schema, names):
            connection.execute(text(statement))  # text(): the body's "%" reach the server as is
        _adopt_legacy_members(connection, names, database)
    return RolesReport(schema=schema, groups=names.groups, clerk_writes=tuple(clerk_writes),
                       admin_writes=ADMIN_TABLES, names=names)


def remove_roles(db: Database) -> None:
    """Drop this database's group roles (before the database itself is dropped): their
    privileges go with them; login roles stay, in no IOK group."""
    require_postgresql(db)
    with db.engine.begin() as connection:
        names = group_roles(connection)
        for name in (names.rolemaker, *reversed(names.groups)):
            if _role_exists(connection, name):
                quoted = _quote(connection, name)
                connection.exec_driver_sql(f"DROP OWNED BY {quoted}")
                connection.exec_driver_sql(f"DROP ROLE {quoted}")
        database = connection.exec_driver_sql("SELECT current_database()").scalar_one()
        connection.exec_driver_sql(
            f"GRANT CONNECT, TEMPORARY ON DATABASE {_quote(connection, database)} TO PUBLIC")


def uses_roles(connection: Connection) -> bool:
    """Whether ``db roles`` has set this database up (its clerks' group, or the cluster-wide
    one of an older version, may write accounts). A PostgreSQL database without it is used by
    one database user, as before."""
    return bool(connection.execute(text(
        "SELECT bool_or(has_table_privilege(oid, 'account', 'INSERT')) FROM pg_roles "
        "WHERE rolname IN (:group, :legacy)"),
        {"group": group_roles(connection).clerk, "legacy": "iok_clerk"}).scalar())


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


def scram_verifier(connection: Connection, name: str, password: str) -> str:
    """The SCRAM verifier of ``password``, made on this side: the server (and its log) never
    sees the plaintext."""
    pgconn = connection.connection.driver_connection.pgconn  # type: ignore[union-attr]
    return str(pgconn.encrypt_password(password.encode(), name.encode(),
                                       b"scram-sha-256").decode("ascii"))


def ensure_login_role(connection: Connection, name: str, group: str, *,
                      password: str | None = None) -> bool:
    """The DBA's way (the portal's login, a clerk by hand): make ``name`` a login role in
    ``group``; returns whether it was created. An existing role keeps its password and
    attributes; it only joins ``group``. Never CREATEROLE."""
    quoted = _quote(connection, name)
    if _role_exists(connection, name):
        if not _is_member(connection, group, name):
            connection.exec_driver_sql(f"GRANT {_quote(connection, group)} TO {quoted}")
        return False
    clause = f"CREATE ROLE {quoted} LOGIN"
    if password:
        clause += " PASSWORD '" + scram_verifier(connection, name, password) + "'"
    connection.exec_driver_sql(clause + f" IN ROLE {_quote(connection, group)}")
    return True


def clerk_login(connection: Connection, action: str, login: str, role: str = "",
                password: str | None = None) -> None:
    """Create, move or disable a clerk's login role through ``iok_clerk_login()``."""
    verifier = scram_verifier(connection, login, password) if password else None
    connection.execute(text("SELECT iok_clerk_login(:action, :login, :role, :verifier)"),
                       {"action": action, "login": login, "role": role, "verifier": verifier})


def add_clerk_with_login(db: Database, actor: Actor, login: str, full_name: str, role: str,
                         *, password: str | None = None) -> ClerkInfo:
    """``clerk add``: the clerk row and, on a PostgreSQL database set up by ``db roles``, the
    clerk's login role in the group of the role, in one transaction (through
    ``iok_clerk_login()``: an admin's own login role cannot create roles)."""
    if db.dialect != "postgresql":
        return clerks.add_clerk(db, actor, login, full_name, role)

    def create_login(session: Session, info: ClerkInfo) -> None:
        connection = session.connection()
        if not uses_roles(connection):
            return
        clerk_login(connection, "create", info.login, info.role, password)

    return clerks.add_clerk(db, actor, login, full_name, role, also=create_login)


def change_clerk_with_login(db: Database, actor: Actor, login: str, *, role: str | None = None,
                            active: bool | None = None) -> ClerkInfo:
    """``clerk set-role`` / ``clerk deactivate``: the clerk row and, on a database set up by
    ``db roles``, the login role moved to the new group or disabled (NOLOGIN), together."""
    def follow(session: Session, info: ClerkInfo) -> None:
        connection = session.connection()
        if connection.dialect.name != "postgresql" or not uses_roles(connection):
            return
        if not _role_exists(connection, info.login):
            return
        if not info.active:
            clerk_login(connection, "disable", info.login)
        elif role is not None:
            clerk_login(connection, "set-role", info.login, info.role)

    return clerks.change_clerk(db, actor, login, role=role, active=active, also=follow)
