"""A workstation's database connection: the address it opens, and its password in the keyring."""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from iok_desk.db.credentials_store import store_password
from iok_desk.db.engine import describe_url, make_engine
from iok_desk.domain.errors import DatabaseUnavailable, ValidationError


def check_connection_url(url: str) -> str:
    """A database address a clerk may save: a valid URL naming a user and no password (the
    password goes to the keyring, never into an address, a file or a command line)."""
    try:
        parsed = make_url(url.strip())
    except ArgumentError as error:
        raise ValidationError("To nie jest adres bazy danych (np. postgresql+psycopg://"
                              "anna.nowak@serwer/iok).", field="url", code="url_format") from error
    if parsed.password is not None:
        raise ValidationError("Adres nie może zawierać hasła (zostałoby w historii poleceń albo "
                              "w pliku); podaj je osobno.", field="url", code="url_with_password")
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
        detail = str(error.orig).strip().splitlines()[0] if error.orig else ""
        raise DatabaseUnavailable(f"Nie udało się połączyć z {describe_url(address)} ({detail}); "
                                  "hasło nie zostało zapisane.", code="connect_failed",
                                  detail=detail) from error
    finally:
        engine.dispose()
    if make_url(address).get_backend_name() != "sqlite":  # a file has no password to keep
        store_password(address, password)
    return address
