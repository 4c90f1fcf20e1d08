"""Which database, how to connect, and one transaction per use case.

The default is an embedded SQLite file in the platform's user data directory, created and
migrated on first use (foreign keys on, WAL). ``--database URL`` or ``IOK_DESK_DATABASE_URL``
selects another, e.g. ``postgresql+psycopg://clerk@server/iok``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from iok_desk.domain.errors import ConflictError, DatabaseUnavailable, IokError

DATABASE_URL_VARIABLE = "IOK_DESK_DATABASE_URL"
SQLITE_BUSY_TIMEOUT_MS = 5000


def default_database_path() -> Path:
    return platformdirs.user_data_path("iok-desk", appauthor=False) / "iok-desk.sqlite3"


def resolve_database_url(explicit: str | None = None) -> str:
    """``--database`` wins over ``IOK_DESK_DATABASE_URL``, which wins over the default file.
    A user's address is checked (no password in it, a valid port); the default directory is
    made 0700 and SQLite database files 0600 before SQLite opens them."""
    from .user_database import check_user_url, private_directory, private_sqlite_files

    source = "--database" if explicit else DATABASE_URL_VARIABLE
    url = explicit or os.environ.get(DATABASE_URL_VARIABLE)
    if not url:
        path = default_database_path()
        private_directory(path.parent)
        url = f"sqlite:///{path}"
    private_sqlite_files(check_user_url(url, source))
    return url


def describe_url(url: str) -> str:
    """The URL without its password, fit for a status bar or an error message."""
    return make_url(url).render_as_string(hide_password=True)


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


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed)
        _configure_sqlite(engine)
        return engine
    return create_engine(parsed, pool_pre_ping=True)


def translate_database_error(exc: Exception) -> IokError:
    """Driver and ORM errors as the desk's own typed errors."""
    if isinstance(exc, StaleDataError):
        return ConflictError(
            "Inny pracownik zmienił ten rekord w międzyczasie. Odśwież widok i spróbuj ponownie; "
            "nic nie zostało zapisane.", code="conflict_stale")
    if isinstance(exc, IntegrityError):
        return ConflictError(
            "Zapis koliduje z danymi zapisanymi w międzyczasie przez innego pracownika; nic nie "
            "zostało zapisane. Spróbuj ponownie.", code="conflict_integrity",
            detail=str(exc.orig).splitlines()[0] if exc.orig else "")
    if isinstance(exc, OperationalError) and "locked" in str(exc.orig).lower():
        return DatabaseUnavailable(
            "Baza danych jest zajęta przez inny zapis dłużej niż zwykle; nic nie zostało "
            "zapisane. Spróbuj ponownie za chwilę.", code="database_locked")
    if isinstance(exc, DBAPIError) and (exc.connection_invalidated
                                        or isinstance(exc, OperationalError)):
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig else ""
        return DatabaseUnavailable(
            f"Brak połączenia z bazą danych ({detail}); nic nie zostało zapisane. Następna "
            "czynność połączy się ponownie.", code="connection_lost", detail=detail)
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    return IokError(f"Baza danych odrzuciła operację; nic nie zostało zapisane ({detail}).",
                    code="database_error", detail=detail)


@contextmanager
def database_errors() -> Iterator[None]:
    """Database errors raised outside a use case's transaction (connecting, checking the
    schema, migrating) as the desk's typed errors, so the user gets a message, not a
    traceback."""
    try:
        yield
    except (StaleDataError, DBAPIError) as exc:
        raise translate_database_error(exc) from exc


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
            raise translate_database_error(exc) from exc
        except BaseException:
            _rollback_quietly(session)
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
