"""Which database, how to connect, and one transaction per use case.

The default is an embedded SQLite file in the platform's user data directory, created and
migrated on first use (foreign keys on, WAL). ``--database URL`` or ``IOK_DESK_DATABASE_URL``
selects another, e.g. ``postgresql+psycopg://clerk@server/iok``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cache
from pathlib import Path, PurePath
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from iok_desk.domain.errors import ConflictError, DatabaseUnavailable, NotAllowed

DATABASE_URL_VARIABLE = "IOK_DESK_DATABASE_URL"
SQLITE_BUSY_TIMEOUT_MS = 5000


def describe_url(url: str) -> str:
    """The URL without its password, fit for a status bar or an error message."""
    return make_url(url).render_as_string(hide_password=True)


def database_name(url: str) -> str:
    """The database as a clerk names it: ``serwer:5432/iok``, or ``plik iok.sqlite3`` — no
    driver, login or options."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"plik {PurePath(parsed.database or ':memory:').name}"
    server = parsed.host or "localhost"
    return f"{server}{f':{parsed.port}' if parsed.port else ''}/{parsed.database or ''}"


def _configure_sqlite(engine: Engine) -> None:
    """Foreign keys on, WAL, a busy timeout, and transactions that SQLite starts when we say.

    pysqlite would otherwise begin a transaction only at the first write, so a use case's reads
    would not be isolated from its writes. Write transactions take the write lock up front
    (BEGIN IMMEDIATE): two clerks' use cases then run one after the other, and the second sees
    what the first committed instead of failing on a stale snapshot.
    """
    in_memory = engine.url.database in (None, "", ":memory:")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        if not in_memory:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = "IMMEDIATE" if connection.get_execution_options().get("iok_write") else "DEFERRED"
        connection.exec_driver_sql(f"BEGIN {mode}")


# Desk sessions on PostgreSQL never wait for ever: a row lock held by another session (a
# portal login, a clerk's open transaction) or a runaway statement ends in "busy, try again".
LOCK_TIMEOUT = "3s"
STATEMENT_TIMEOUT = "60s"
DESK_SESSION_OPTIONS = f"-c lock_timeout={LOCK_TIMEOUT} -c statement_timeout={STATEMENT_TIMEOUT}"


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed)
        _configure_sqlite(engine)
        return engine
    engine = create_engine(parsed, pool_pre_ping=True,
                           connect_args={"options": DESK_SESSION_OPTIONS})
    event.listen(engine, "connect", _load_infinite_timestamps)
    return engine


@cache
def _infinite_timestamptz_loader() -> type:
    """``±infinity`` (which an older portal could write into ``last_login_at``) read as the
    furthest representable moment, so that the desk still shows and can block the account.
    (psycopg is imported with the first PostgreSQL connection, not at start.)"""
    from psycopg.types.datetime import TimestamptzLoader

    class InfiniteTimestamptzLoader(TimestamptzLoader):
        def load(self, data: Any) -> datetime:
            if bytes(data) == b"infinity":
                return datetime.max.replace(tzinfo=UTC)
            if bytes(data) == b"-infinity":
                return datetime.min.replace(tzinfo=UTC)
            return super().load(data)

    return InfiniteTimestamptzLoader


def _load_infinite_timestamps(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.adapters.register_loader("timestamptz", _infinite_timestamptz_loader())


# How the database says why it refused, by SQLSTATE (PostgreSQL) or extended result code
# (SQLite), never by message text. See docs/security.md for the codes the guards raise.
_PG_CONFLICT = {"23505", "40001", "40P01"}  # unique violation, serialization failure, deadlock
_PG_BUSY = {"55P03", "57014"}  # lock_not_available (lock_timeout), query_canceled (timeout)
_PG_REFUSED_CLASS = "IK"  # the desk's own guards (migration 0004): IK001…
_PG_REFUSED = {"42501", "55000", "42809"}  # privilege, object state, wrong object type
_SQLITE_CONFLICT = {"SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY"}
_SQLITE_BUSY = {"SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_BUSY_SNAPSHOT", "SQLITE_BUSY_RECOVERY",
                "SQLITE_LOCKED_SHAREDCACHE"}
_SQLITE_REFUSED = {"SQLITE_CONSTRAINT_TRIGGER"}


def database_code(exc: DBAPIError) -> str:
    """The SQLSTATE (PostgreSQL) or SQLite's extended result-code name of a driver error."""
    orig = exc.orig
    return str(getattr(orig, "sqlstate", None) or getattr(orig, "sqlite_errorname", None) or "")


def _first_line(exc: BaseException | None) -> str:
    return str(exc).strip().splitlines()[0] if exc is not None and str(exc).strip() else ""


def translate_database_error(exc: Exception) -> Exception:
    """Driver and ORM errors as the desk's own typed errors, classified as qutebrowser does:
    a conflict with another clerk's write, the environment (connection lost, busy), a rule of
    the database's guards — or a bug, which is returned unchanged so that it reaches the
    crash report (a NOT NULL or foreign-key violation is the program's fault)."""
    if isinstance(exc, StaleDataError):
        return ConflictError(
            "Inny pracownik zmienił ten rekord w międzyczasie. Odśwież widok i spróbuj ponownie; "
            "nic nie zostało zapisane.", code="conflict_stale")
    if not isinstance(exc, DBAPIError):
        return exc
    code = database_code(exc)
    detail = _first_line(exc.orig)
    if code in _PG_CONFLICT or code in _SQLITE_CONFLICT:
        return ConflictError(
            "Zapis koliduje z danymi zapisanymi w międzyczasie przez innego pracownika; nic nie "
            "zostało zapisane. Spróbuj ponownie.", code="conflict_integrity", detail=detail,
            constraint=getattr(getattr(exc.orig, "diag", None), "constraint_name", None))
    if code in _PG_BUSY or code in _SQLITE_BUSY:
        return DatabaseUnavailable(
            "Baza danych jest zajęta przez inny zapis dłużej niż zwykle; nic nie zostało "
            "zapisane. Spróbuj ponownie za chwilę.", code="database_locked", sqlstate=code)
    if code.startswith(_PG_REFUSED_CLASS) or code in _PG_REFUSED or code in _SQLITE_REFUSED:
        return NotAllowed(
            f"Baza danych nie pozwala na tę zmianę ({detail}); nic nie zostało zapisane.",
            code="database_refused", sqlstate=code, detail=detail)
    if exc.connection_invalidated or (isinstance(exc, OperationalError) and (
            not code or code.startswith("08") or code.startswith("57P"))):
        return DatabaseUnavailable(
            f"Brak połączenia z bazą danych ({detail}); nic nie zostało zapisane. Następna "
            "czynność połączy się ponownie.", code="connection_lost", detail=detail)
    return exc


@contextmanager
def database_errors() -> Iterator[None]:
    """Database errors raised outside a use case's transaction (connecting, checking the
    schema, migrating) as the desk's typed errors, so the user gets a message, not a
    traceback."""
    try:
        yield
    except (StaleDataError, DBAPIError) as exc:
        translated = translate_database_error(exc)
        if translated is exc:
            raise
        raise translated from exc


def _rollback_quietly(session: Session) -> None:
    """Roll back; on a connection that is already gone there is nothing left to roll back."""
    try:
        session.rollback()
    except DBAPIError:
        session.invalidate()


class Database:
    """An engine and its sessions. ``transaction()`` is the unit of work of one use case."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self._write_sessions = sessionmaker(
            bind=self.engine.execution_options(iok_write=True), expire_on_commit=False)
        self._read_sessions = sessionmaker(bind=self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One use case: everything commits together, or nothing does (on any exception)."""
        with self._session(self._write_sessions) as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only look; rolled back at the end."""
        with self._session(self._read_sessions, commit=False) as session:
            yield session

    @contextmanager
    def _session(self, factory: sessionmaker[Session], commit: bool = True) -> Iterator[Session]:
        session = factory()
        try:
            session.begin()
            yield session
            if commit:
                session.commit()
            else:
                session.rollback()
        except (StaleDataError, DBAPIError) as exc:
            _rollback_quietly(session)
            translated = translate_database_error(exc)
            if translated is exc:
                raise
            raise translated from exc
        except BaseException:
            _rollback_quietly(session)
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
