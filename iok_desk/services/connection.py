"""A workstation's database connection: the address it opens, its password in the keyring, and
the schema state a desk checks at start and watches while it runs, and backups of the embedded
database."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, event, select
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import DBAPIError

from iok_desk.db import revisions
from iok_desk.db.credentials_store import store_password
from iok_desk.db.engine import (
    SQLITE_BUSY_TIMEOUT_MS,
    Database,
    database_name,
    make_engine,
)
from iok_desk.db.models import Setting
from iok_desk.db.user_database import check_user_url
from iok_desk.domain.errors import (
    DatabaseUnavailable,
    IokError,
    NotAllowed,
    NotFound,
    ValidationError,
)

OFFICE_DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_SECONDS = "10"


def office_url(host: str, database: str, login: str) -> str:
    """The office database's address from what the clerk typed (``serwer`` or
    ``serwer:5433``), without a password."""
    host, _, port = host.strip().partition(":")
    if not host or not database.strip() or not login.strip():
        raise ValidationError("Podaj serwer, nazwę bazy i login do bazy.", field="host",
                              code="office_fields")
    if port and not port.isdigit():
        raise ValidationError("Port serwera to liczba, np. serwer:5432.", field="host",
                              code="office_port")
    return URL.create(OFFICE_DRIVER, username=login.strip(), host=host,
                      port=int(port) if port else None, database=database.strip(),
                      query={"connect_timeout": CONNECT_TIMEOUT_SECONDS}
                      ).render_as_string(hide_password=False)


def office_fields(address: str) -> tuple[str, str, str]:
    """What ``office_url`` was made from: the server (``host`` or ``host:port``), the
    database and the login."""
    parsed = make_url(address)
    host = parsed.host or ""
    return (host if parsed.port is None else f"{host}:{parsed.port}", parsed.database or "",
            parsed.username or "")


def is_embedded(url: str) -> bool:
    """The address names an SQLite file on this computer, not a server."""
    return make_url(url).get_backend_name() == "sqlite"


def check_connection_url(url: str) -> str:
    """A database address a clerk may save: a valid URL naming a user and no password (the
    password goes to the keyring, never into an address, a file or a command line)."""
    parsed = check_user_url(url, "Adres bazy")
    if parsed.get_backend_name() != "sqlite" and not parsed.username:
        raise ValidationError("Adres musi zawierać nazwę użytkownika bazy, np. "
                              "postgresql+psycopg://anna.nowak@serwer/iok.", field="url",
                              code="url_without_user")
    return parsed.render_as_string(hide_password=False)


def remember_connection(url: str, password: str) -> str:
    """Connect once with the password; only when that works keep it in the keyring.
    Returns the checked address (without the password)."""
    address = check_connection_url(url)
    engine = make_engine(make_url(address).set(password=password)
                         .render_as_string(hide_password=False))
    try:
        with engine.connect():
            pass
    except DBAPIError as error:
        raise connection_failure(error, database_name(address),
                                 then="Hasło nie zostało zapisane.") from error
    finally:
        engine.dispose()
    if make_url(address).get_backend_name() != "sqlite":  # a file has no password to keep
        store_password(address, password)
    return address


# --- the schema a desk opened, and the lowest desk version allowed to write ------------------

MIN_DESK_VERSION_KEY = "desk.min_version"


@dataclass(frozen=True)
class SchemaState:
    """What a desk checks at start: the schema revision, and the lowest desk version the
    last ``db upgrade`` allowed to write (None on a database no upgrade has recorded it in)."""

    revision: str | None
    min_desk_version: str | None


def read_schema_state(engine: Engine) -> SchemaState:
    with engine.connect() as connection:
        revision = revisions.current_revision(connection)
        min_version = None
        if revision is not None:
            min_version = connection.scalar(
                select(Setting.value).where(Setting.key == MIN_DESK_VERSION_KEY))
    return SchemaState(revision, min_version)


def record_min_desk_version(db: Database, version: str) -> None:
    """``db upgrade``'s last step: desks older than ``version`` refuse to start on this
    database. Written in its own transaction after the migration committed."""
    with db.transaction() as session:
        row = session.get(Setting, MIN_DESK_VERSION_KEY)
        if row is None:
            session.add(Setting(key=MIN_DESK_VERSION_KEY, value=version))
        elif row.value != version:
            row.value = version


_WRONG_PASSWORD = ("password", "authentication", "role \"")
_NO_DATABASE = ("does not exist",)


def connection_failure(error: DBAPIError, where: str, *, then: str = "") -> DatabaseUnavailable:
    """Why connecting failed, said in the clerk's words (the driver's own English text stays
    in ``details["detail"]`` for the administrator): a refused password, a database the
    server does not have, or a server that does not answer. ``then`` is what followed."""
    detail = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
    lowered = detail.lower()
    if any(word in lowered for word in _WRONG_PASSWORD):
        code, sentences = "wrong_password", [
            f"Serwer bazy {where} odrzucił login albo hasło.", then,
            "Zapisz właściwe hasło w oknie Biuro ▸ Połączenie z bazą danych."]
    elif any(word in lowered for word in _NO_DATABASE):
        code, sentences = "database_missing", [
            f"Serwer nie ma bazy danych {where}: sprawdź jej nazwę.", then]
    else:
        code, sentences = "database_unreachable", [
            f"Brak połączenia z bazą danych {where}: serwer nie odpowiada. Sprawdź sieć i czy "
            "serwer bazy działa; gdy to trwa, zgłoś to administratorowi.", then]
    return DatabaseUnavailable(" ".join(part for part in sentences if part), code=code,
                               detail=detail)


def check_reachable(db: Database) -> None:
    """Connect once, so a start fails on an unreachable server or a refused password with a
    message naming what to do, before anything else is tried."""
    try:
        with db.engine.connect():
            pass
    except DBAPIError as error:
        raise connection_failure(error, database_name(db.url)) from error


SchemaCheck = Callable[[SchemaState], IokError | None]


def guard_schema(db: Database, changed: SchemaCheck) -> None:
    """Stop writing once the schema moves on under a running desk (another workstation ran
    ``db upgrade``): a failed statement is re-read against the database's current schema
    state, and when ``changed`` names an error that error replaces the driver's (e.g. a NOT
    NULL failure that would otherwise read as another clerk's conflict); from then on every
    write transaction is refused with it. Reads keep working, so the clerk can still look."""
    found: list[IokError] = []
    checking = threading.local()

    @event.listens_for(db.engine, "handle_error")
    def _on_error(context: ExceptionContext) -> IokError | None:
        if found:
            return found[0]
        if context.is_disconnect or getattr(checking, "active", False):
            return None
        checking.active = True
        try:
            error = changed(read_schema_state(db.engine))
        except DBAPIError:
            return None
        finally:
            checking.active = False
        if error is not None:
            found.append(error)
        return error

    @event.listens_for(db.engine, "begin")
    def _on_begin(connection: Connection) -> None:
        if found and connection.get_execution_options().get("iok_write"):
            raise found[0]


# --- backups of the embedded (SQLite) database ------------------------------------------------

def sqlite_snapshot(path: Path) -> bytes:
    """A consistent copy of the SQLite database at ``path``, taken with SQLite's online backup
    API while clerks keep working (their writes wait for the copy or follow it)."""
    if not path.is_file():
        raise NotFound(f"Nie ma bazy danych {path}; nie ma czego skopiować.", code="no_database")
    source = sqlite3.connect(path, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    copy = sqlite3.connect(":memory:")
    try:
        source.backup(copy)
        return copy.serialize()
    except sqlite3.Error as error:
        raise DatabaseUnavailable(f"Nie udało się skopiować bazy {path} ({error}); kopia nie "
                                  "została zapisana.", code="backup_failed") from error
    finally:
        source.close()
        copy.close()


def restore_sqlite(backup: Path, target: Path) -> None:
    """Put a backup in place of the SQLite database at ``target``. Refused while any program
    has that database open: SQLite leaves its write-ahead log only with exclusive access."""
    checked = _open_backup(backup)
    target.parent.mkdir(parents=True, exist_ok=True)
    database = sqlite3.connect(target, timeout=0, isolation_level=None)
    try:
        try:
            mode = database.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        except sqlite3.OperationalError:
            mode = "in use"
        if str(mode).lower() != "delete":
            raise NotAllowed(
                f"Baza {target} jest w użyciu (otwarta w IOK Desk albo innym programie). Zamknij "
                "wszystkie okna IOK Desk korzystające z tej bazy i spróbuj ponownie; nic nie "
                "zostało zmienione.", code="database_in_use")
        checked.backup(database)
        database.execute("PRAGMA journal_mode=WAL")
    except sqlite3.Error as error:
        raise DatabaseUnavailable(f"Nie udało się odtworzyć bazy {target} ({error}).",
                                  code="restore_failed") from error
    finally:
        checked.close()
        database.close()


def _open_backup(backup: Path) -> sqlite3.Connection:
    """The backup, opened read-only, after checking it is an intact IOK Desk database."""
    if not backup.is_file():
        raise NotFound(f"Nie ma pliku kopii {backup}.", code="no_backup")
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        intact = source.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        revision = source.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        intact, revision = False, None
    if not intact or revision is None:
        source.close()
        raise ValidationError(f"Plik {backup} nie jest kopią bazy IOK Desk (albo jest "
                              "uszkodzony); nic nie zostało zmienione.", field="file",
                              code="not_a_backup")
    return source
