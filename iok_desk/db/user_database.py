"""The database a user names (``--database``, IOK_DESK_DATABASE_URL, ``connect``): an address
checked before anything connects, and the SQLite files kept private.

A password in an address would show in the process list and the shell's history, so an
address carrying one is refused; the password belongs in the system keyring
(``iok-desk connect``). The default data directory is created 0700 and an SQLite database
file 0600 *before* SQLite opens it: SQLite creates its -wal, -shm and -journal files with the
database file's own mode, so they are private too. On Windows there are no such modes; the
files live in the user's profile (``%LOCALAPPDATA%``), which only that user and the
administrators can read.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from iok_desk.domain.errors import ValidationError

PRIVATE_FILE = 0o600
PRIVATE_DIRECTORY = 0o700
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
_EXAMPLE = "postgresql+psycopg://anna.nowak@serwer/iok"


def check_user_url(url: str, source: str = "--database") -> URL:
    """The parsed address, or a ValidationError naming ``source`` and what is wrong: not an
    address, a port that is no number from 1 to 65535, a password in it."""
    try:
        parsed = make_url(url.strip())
        port = parsed.port
    except (ArgumentError, ValueError) as error:
        raise ValidationError(f"{source}: to nie jest poprawny adres bazy danych (np. "
                              f"{_EXAMPLE}).", field="url", code="url_format") from error
    if port is not None and not 1 <= port <= 65535:
        raise ValidationError(f"{source}: port {port} jest spoza zakresu 1–65535.",
                              field="url", code="url_port")
    if parsed.password is not None:
        shown = parsed._replace(password=None).render_as_string(hide_password=False)
        raise ValidationError(
            f"{source}: adres bazy nie może zawierać hasła (widać je na liście procesów i w "
            f"historii poleceń). Zapisz hasło w pęku kluczy systemu: iok-desk connect {shown} "
            "— potem podawaj adres bez hasła.", field="url", code="url_with_password")
    return parsed


def _tighten(path: Path, mode: int) -> None:
    if os.name == "posix" and path.exists() and not path.is_symlink() \
            and path.stat().st_uid == os.getuid():
        path.chmod(mode)


def private_directory(directory: Path) -> None:
    """The desk's own data directory, created (or left) readable by its user only."""
    directory.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIRECTORY)
    _tighten(directory, PRIVATE_DIRECTORY)


def private_sqlite_files(url: URL) -> None:
    """Create a missing SQLite database file 0600 before SQLite does (it would use 0644), and
    make an existing one and its companions 0600."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:") \
            or str(url.database).startswith("file:"):
        return
    database = Path(str(url.database))
    if not database.parent.is_dir():
        return  # the engine creates the folder and SQLite reports what is wrong
    if not database.exists():
        try:
            os.close(os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                             | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE))
        except FileExistsError:
            pass
    for path in [database, *(database.with_name(database.name + suffix)
                             for suffix in SQLITE_COMPANIONS)]:
        _tighten(path, PRIVATE_FILE)
