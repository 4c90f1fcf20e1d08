"""Opening the desk's database, shared by the command line and the desk window: which address
(``--database``, IOK_DESK_DATABASE_URL, the workstation's saved one, the machine-wide default
the installer writes), its password from the keyring, the schema revision, and the lowest desk
version the database allows to write. Every failure is an ``IokError`` whose message says what
to do; both front ends show it (the window in a message box, and on stderr)."""

from __future__ import annotations

import configparser
import os
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from packaging.version import Version
from sqlalchemy.engine import make_url

from iok_desk import __version__
from iok_desk.db import revisions
from iok_desk.db.engine import DATABASE_URL_VARIABLE, Database, database_errors, describe_url
from iok_desk.db.user_database import check_user_url, private_directory, private_sqlite_files
from iok_desk.domain.errors import IokError, NotAllowed, SchemaMismatch
from iok_desk.services import clerks, connection
from iok_desk.services.context import actor_from

if TYPE_CHECKING:
    from alembic.script import ScriptDirectory

APP_NAME = "iok-desk"

# The lowest desk version that writes correctly to the schema this version migrates to.
# An expand migration (new tables, nullable or defaulted columns) leaves it alone; a contract
# migration (dropping or tightening what older desks write) raises it to this release.
# ``db upgrade`` records it in the database (docs/install.md). 0.2.0: revision 0004 (the
# database guards) refuses what 0.1.0 reads (password_hash) and writes (audit in any name).
# 0.3.0: a 0.2.0 desk would print credential letters outside the letter register (revision
# 0006), whose first passwords would work before the letter reached its resident, and
# register requests without the accepted rules' version (revision 0008).
WRITERS_FROM = "0.3.0"


def site_config_file() -> Path:
    """The machine-wide settings for every user of the computer, written by the installer
    (Windows: C:\\ProgramData\\iok-desk\\iok-desk.ini; Linux: /etc/xdg/iok-desk/iok-desk.ini)."""
    return platformdirs.site_config_path(APP_NAME, appauthor=False) / "iok-desk.ini"


def machine_database_url(login: str | None = None) -> str | None:
    """``[database] url`` of the machine-wide settings, if the file names one; ``{login}`` in
    it stands for the clerk's login (each clerk signs in to the office server as themself)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(site_config_file(), encoding="utf-8")
    except (OSError, configparser.Error):
        return None
    url = parser.get("database", "url", fallback="").strip()
    if not url:
        return None
    return url.replace("{login}", login or default_clerk_login())


def configured_database_url(explicit: str | None, saved: str | None = None,
                            login: str | None = None) -> str | None:
    """``--database``, else IOK_DESK_DATABASE_URL, else the workstation's saved choice, else
    the machine-wide default; None when nothing names a database. The address is checked
    (no password in it, a valid port), naming where it came from."""
    for source, url in (("--database", explicit),
                        (DATABASE_URL_VARIABLE, os.environ.get(DATABASE_URL_VARIABLE)),
                        ("zapisany adres bazy", saved),
                        (str(site_config_file()), machine_database_url(login))):
        if url:
            check_user_url(url, source)
            return url
    return None


def make_embedded_database_private(url: str) -> None:
    """The desk's own data directory 0700, and an SQLite database file 0600 before SQLite
    creates it (on Windows the user's profile ACLs do this)."""
    path = sqlite_path(url)
    if path is not None and path.parent == platformdirs.user_data_path(APP_NAME,
                                                                        appauthor=False):
        private_directory(path.parent)
    private_sqlite_files(make_url(url))


def default_database_url() -> str:
    """The embedded database of one workstation, for the command line when nothing is set."""
    path = platformdirs.user_data_path(APP_NAME, appauthor=False) / "iok-desk.sqlite3"
    return f"sqlite:///{path}"


def trial_database_url() -> str:
    """The trial database the first run offers: SQLite with demo data, on this computer."""
    path = platformdirs.user_data_path(APP_NAME, appauthor=False) / "trial.sqlite3"
    return f"sqlite:///{path}"


def is_trial(url: str) -> bool:
    return url == trial_database_url()


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite address, None for a server or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def server_and_database(url: str) -> tuple[str, str] | None:
    """A server address's server (with its port when not PostgreSQL's default) and database,
    as the desk names them to the clerk; None for an SQLite file."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return None
    server = parsed.host or "localhost"
    if parsed.port and parsed.port != 5432:
        server = f"{server}:{parsed.port}"
    return server, parsed.database or ""


def default_clerk_login() -> str:
    """IOK_DESK_CLERK as given, else a valid login made from the operating-system user."""
    return actor_from(None).login


def _with_keyring_password(url: str) -> tuple[str, Exception | None]:
    """The address completed with its password from the keyring when it names a server user
    without one; and the keyring's error, if it could not be asked (a server that trusts the
    workstation needs no password, so neither is an error yet)."""
    import keyring
    from keyring.errors import KeyringError

    from iok_desk.db.credentials_store import SERVICE, keyring_user

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" or not parsed.username or parsed.password:
        return url, None
    try:
        password = keyring.get_password(SERVICE, keyring_user(parsed))
    except KeyringError as error:
        return url, error
    if password is None:
        return url, None
    return parsed.set(password=password).render_as_string(hide_password=False), None


def _password_refused(url: str, full_url: str, keyring_error: Exception | None,
                      refused: IokError) -> IokError:
    """The server asked for a password: say whether the keyring is missing, holds none, or
    holds a wrong one, and how to fix it."""
    where = describe_url(url)
    if keyring_error is not None:
        return NotAllowed(
            f"Hasło do bazy {where} trzyma pęk kluczy systemu, a na tym komputerze żaden nie "
            f"działa ({keyring_error}). Na Windows to Menedżer poświadczeń; na Linuksie "
            "zainstaluj i odblokuj np. GNOME Keyring, a potem zapisz hasło: Biuro ▸ Połączenie "
            f"z bazą danych albo iok-desk connect {where}.", code="keyring_unavailable")
    if full_url == url:
        return NotAllowed(
            f"W pęku kluczy systemu nie ma hasła do bazy {where}. Zapisz je: Biuro ▸ Połączenie "
            f"z bazą danych albo iok-desk connect {where}.", code="password_missing")
    return refused


def schema_change_error(state: connection.SchemaState) -> IokError | None:
    """What this desk must say about the database's schema state, or None when it may write.
    At start it refuses; while running it stops writing (services.connection.guard_schema)."""
    if state.min_desk_version and Version(state.min_desk_version) > Version(__version__):
        return SchemaMismatch(
            f"Ta baza danych wymaga IOK Desk w wersji {state.min_desk_version} lub nowszej "
            f"(ta jest w wersji {__version__}). Zainstaluj IOK Desk {state.min_desk_version} "
            "i uruchom program ponownie; nic nie zostało zapisane.", code="desk_too_old",
            required=state.min_desk_version, running=__version__)
    return None


def _restart_error(started: connection.SchemaState) -> connection.SchemaCheck:
    def changed(now: connection.SchemaState) -> IokError | None:
        if now == started:
            return None
        return schema_change_error(now) or SchemaMismatch(
            "Administrator zaktualizował bazę danych w czasie pracy programu. Zamknij IOK Desk "
            "i uruchom go ponownie; ostatnia czynność nie została zapisana.",
            code="schema_changed", current=now.revision)
    return changed


def check_schema(db: Database) -> connection.SchemaState:
    """The database at a schema this desk may write to, or an error saying what to do.

    The embedded SQLite database is migrated silently; a server never is. A database at a
    revision this desk does not know (a newer desk's) is used only when its recorded lowest
    desk version allowed to write admits this one: the newer desk's migration was an expand
    step."""
    state = connection.read_schema_state(db.engine)
    refusal = schema_change_error(state)
    if refusal is not None:
        raise refusal
    # The usual start: the database is at this desk's head, or at a newer desk's expand
    # step that admits this one; neither needs Alembic (``db/revisions.py``).
    if state.revision is not None and revisions.heads() == {state.revision}:
        return state
    if state.min_desk_version is not None and state.revision not in revisions.known_revisions():
        return state
    from iok_desk.db import migrations

    migrations.ensure_schema(db.engine, upgrade_silently=db.dialect == "sqlite")
    after = connection.read_schema_state(db.engine)
    if after.revision != state.revision:  # the embedded database was just migrated
        connection.record_min_desk_version(db, WRITERS_FROM)
        after = connection.read_schema_state(db.engine)
    return after


def known_revisions(script: ScriptDirectory) -> set[str]:
    return {revision.revision for revision in script.walk_revisions()}


def script_directory(db: Database) -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    from iok_desk.db import migrations

    return ScriptDirectory.from_config(migrations.alembic_config(db.engine))


def upgrade(db: Database) -> tuple[str | None, str | None]:
    """``db upgrade``: migrate to this desk's head and record the lowest desk version allowed
    to write. Returns the revisions before and after."""
    from iok_desk.db import migrations

    before = connection.read_schema_state(db.engine)
    if before.revision is not None and before.revision not in known_revisions(
            script_directory(db)):
        raise SchemaMismatch(
            f"Baza danych ma schemat {before.revision}, nowszy niż zna IOK Desk {__version__}; "
            "tej bazy nie aktualizuje się starszą wersją programu. Zainstaluj najnowszą wersję "
            "IOK Desk.", code="schema_unknown", current=before.revision)
    migrations.upgrade(db.engine)
    connection.record_min_desk_version(db, WRITERS_FROM)
    return before.revision, connection.read_schema_state(db.engine).revision


def open_database(url: str) -> Database:
    """The database at ``url`` with its password from the keyring, reachable, at a schema
    this desk may write to, and watched for a schema change while the desk runs."""
    full_url, keyring_error = _with_keyring_password(url)
    db = Database(full_url)
    try:
        try:
            connection.check_reachable(db)
        except IokError as error:
            if error.code != "wrong_password":
                raise
            raise _password_refused(url, full_url, keyring_error, error) from error
        with database_errors():
            started = check_schema(db)
        connection.guard_schema(db, _restart_error(started))
    except BaseException:
        db.dispose()
        raise
    return db


class Desk:
    """The database and the acting clerk for one command or one desk window, opened lazily."""

    def __init__(self, url: str | None, clerk: str | None) -> None:
        self.actor = actor_from(clerk)
        self.url = configured_database_url(url, login=self.actor.login) or default_database_url()
        make_embedded_database_private(self.url)
        self._raw: Database | None = None
        self._db: Database | None = None

    def raw(self) -> Database:
        """The database without the schema check (for ``db`` commands)."""
        if self._db is not None:
            return self._db
        if self._raw is None:
            self._raw = Database(_with_keyring_password(self.url)[0])
        return self._raw

    def db(self) -> Database:
        """The database at a schema this desk may write to. (The first administrator is
        made only by ``clerk bootstrap LOGIN``.)"""
        if self._db is None:
            self.close()
            self._db = open_database(self.url)
            clerks.validate_clerk_login(self.actor.login)
        return self._db

    def close(self) -> None:
        for database in (self._db, self._raw):
            if database is not None:
                database.dispose()
        self._db = self._raw = None
