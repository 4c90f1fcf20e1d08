"""Database passwords in the operating system's keyring, never in a file or on a command line.

``iok-desk connect URL`` asks for the password once and keeps it here under the URL's user,
host, port and database. A URL that names a user but no password is completed from the
keyring when the desk opens the database.
"""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError
from sqlalchemy.engine import URL, make_url

from iok_desk.domain.errors import NotAllowed

SERVICE = "iok-desk"


def keyring_user(url: str | URL) -> str:
    """The keyring entry's name for a URL: ``user@host:port/database``."""
    parsed = make_url(url)
    return (f"{parsed.username}@{parsed.host or 'localhost'}:{parsed.port or ''}"
            f"/{parsed.database or ''}")


def _needs_password(parsed: URL) -> bool:
    return (parsed.get_backend_name() != "sqlite" and bool(parsed.username)
            and parsed.password is None)


def store_password(url: str, password: str) -> None:
    """Keep the password of the URL's user in the keyring."""
    parsed = make_url(url)
    if not parsed.username:
        raise NotAllowed("Adres bazy musi zawierać nazwę użytkownika, np. "
                         "postgresql+psycopg://jan.nowak@serwer/iok.", code="url_without_user")
    try:
        keyring.set_password(SERVICE, keyring_user(parsed), password)
    except KeyringError as error:
        raise NotAllowed(f"Nie można zapisać hasła w pęku kluczy systemu ({error}). Hasło nie "
                         "zostało zapisane nigdzie indziej.", code="keyring_unavailable") from error


def complete_url(url: str) -> str:
    """The URL with its password from the keyring when it names a user but no password;
    otherwise (or without a keyring) the URL unchanged."""
    parsed = make_url(url)
    if not _needs_password(parsed):
        return url
    try:
        password = keyring.get_password(SERVICE, keyring_user(parsed))
    except KeyringError:
        return url
    if password is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)
