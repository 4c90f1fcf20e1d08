"""The portal's side of the contract (docs/portal-contract.md), as executable documentation.

It reads only the views ``portal_account`` and ``portal_account_unit`` and writes only the
columns the contract lets the portal update, with plain SQL a portal in any language can copy.
On PostgreSQL it runs as a login role in the ``iok_portal`` group, which can do nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from sqlalchemy import Boolean, Connection, DateTime, Engine, Integer, String, bindparam, text
from sqlalchemy.exc import DataError, IntegrityError

from iok_desk.domain.credentials import (
    check_new_password,
    hash_password,
    new_security_stamp,
    verify_password,
)
from iok_desk.domain.errors import NotAllowed

LIVE_STATUSES = ("issued", "active")
CONTRACT_VERSION = 1

_READ_ACCOUNT = text(
    "SELECT login_id, status, password_hash, must_change_password, "
    "first_password_expires_at, security_stamp FROM portal_account "
    "WHERE login_id = :login_id"
).columns(login_id=String, status=String, password_hash=String,
          must_change_password=Boolean, first_password_expires_at=DateTime(timezone=True),
          security_stamp=String)

_READ_STAMP = text(
    "SELECT status, security_stamp FROM portal_account WHERE login_id = :login_id"
).columns(status=String, security_stamp=String)

_RECORD_FAILURE = text(
    "UPDATE portal_account SET failed_login_count = failed_login_count + 1 "
    "WHERE login_id = :login_id")

_RECORD_LOGIN = text(
    "UPDATE portal_account SET last_login_at = :now, failed_login_count = 0 "
    "WHERE login_id = :login_id AND security_stamp = :stamp"
).bindparams(bindparam("now", type_=DateTime(timezone=True)))

_CHANGE_PASSWORD = text(
    "UPDATE portal_account SET password_hash = :password_hash, "
    "must_change_password = FALSE, password_changed_at = :now, "
    "security_stamp = :new_stamp "
    "WHERE login_id = :login_id AND security_stamp = :stamp"
).bindparams(bindparam("now", type_=DateTime(timezone=True)))

_READ_UNITS = text(
    "SELECT unit_key, estate_key, estate_name, kind, street, building, unit_no, postal_code, "
    "city FROM portal_account_unit WHERE login_id = :login_id ORDER BY unit_key"
).columns(unit_key=String, estate_key=String, estate_name=String, kind=String, street=String,
          building=String, unit_no=String, postal_code=String, city=String)

_READ_VERSION = text("SELECT version FROM portal_contract").columns(version=Integer)


_SUBMIT_FORM = text(
    "INSERT INTO web_form_submission (kind, first_name, last_name, unit_text, login_id_text, "
    "email, phone, note, consent) VALUES (:kind, :first_name, :last_name, :unit_text, "
    ":login_id_text, :email, :phone, :note, :consent)"
).bindparams(bindparam("consent", type_=Boolean))


@dataclass(frozen=True)
class WebForm:
    """What the cooperative's electronic form sends: the resident's request (kinds
    ``grant``, ``add-unit``, ``block``, ``revoke``) and the ticked consent to the rules."""

    kind: str
    first_name: str
    last_name: str
    consent: bool
    unit_text: str = ""
    login_id_text: str = ""
    email: str = ""
    phone: str = ""
    note: str = ""


class FormRefused(NotAllowed):
    """The database refused the form's values (its own checks); the portal asks the resident
    to correct the form."""

    code = "form_refused"


class LoginRefused(NotAllowed):
    """The portal refuses a login; ``code`` says why (the resident sees one generic message
    except for a blocked account or an expired first password)."""

    code = "login_refused"


class SessionRejected(NotAllowed):
    """The session's security stamp no longer matches: the account was blocked, revoked,
    reissued or its password changed elsewhere. The portal logs the resident out."""

    code = "session_rejected"


@dataclass(frozen=True)
class PortalSession:
    """What a portal keeps in its server-side session after a login."""

    login_id: str
    security_stamp: str
    must_change_password: bool


@dataclass(frozen=True)
class PortalUnit:
    """A unit the account may see, named by the accounting system's key."""

    unit_key: str
    estate_key: str
    estate_name: str
    kind: str
    address: str
    postal_code: str
    city: str


def _utc(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive UTC; PostgreSQL an aware value."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _now() -> datetime:
    return datetime.now(UTC)


@cache
def _dummy_hash() -> str:
    """A hash no password matches, verified for unknown login IDs so that their refusal
    takes as long as a wrong password's."""
    return hash_password(new_security_stamp())


class Portal:
    """A resident portal talking to the shared database through the contract only."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def check_contract(self) -> None:
        """Refuse to start on a database whose contract version this portal was not written
        for (run once at start-up)."""
        with self.engine.connect() as connection:
            offered = int(connection.execute(_READ_VERSION).scalar_one())
        if offered != CONTRACT_VERSION:
            raise NotAllowed(f"Baza oferuje kontrakt portalu w wersji {offered}, portal zna "
                             f"wersję {CONTRACT_VERSION}.", code="contract_version")

    def login(self, login_id: str, password: str) -> PortalSession:
        """Steps 1–6 of the login algorithm in the contract (step 4 after step 5's check)."""
        typed = "".join(login_id.split()).replace("-", "")
        with self.engine.begin() as connection:
            row = connection.execute(_READ_ACCOUNT, {"login_id": typed}).one_or_none()
            if row is None:
                verify_password(_dummy_hash(), password)  # the same time as a known ID
                raise LoginRefused("Nieprawidłowy identyfikator lub hasło.",
                                   code="login_unknown")
            if row.status not in LIVE_STATUSES:
                raise LoginRefused(
                    "Konto jest zablokowane albo zamknięte. Nowy identyfikator i hasło wydaje "
                    "dział księgowości (ul. Paprykowa 12, pokój 18).",
                    code=f"login_{row.status}")
            accepted = verify_password(row.password_hash, password)
            expires_at = _utc(row.first_password_expires_at)
            expired = (row.must_change_password and expires_at is not None
                       and expires_at <= _now())
            if not accepted:
                connection.execute(_RECORD_FAILURE, {"login_id": typed})
            elif not expired:
                connection.execute(_RECORD_LOGIN, {"login_id": typed, "now": _now(),
                                                   "stamp": row.security_stamp})
                _require_stamp(connection, typed, row.security_stamp)
        if not accepted:
            raise LoginRefused("Nieprawidłowy identyfikator lub hasło.",
                               code="login_bad_password")
        if expired:
            # Step 4: said only to whoever typed the right first password, so a stranger
            # learns nothing about the login ID from it.
            raise LoginRefused(
                "Hasło do pierwszego logowania wygasło albo pismo z nim nie zostało jeszcze "
                "wydane. Nowe hasło wydaje dział księgowości.",
                code="login_first_password_expired")
        return PortalSession(login_id=typed, security_stamp=row.security_stamp,
                             must_change_password=bool(row.must_change_password))

    def check_session(self, session: PortalSession) -> None:
        """Run on every request: the stamp must still be the one the session holds."""
        with self.engine.connect() as connection:
            _require_stamp(connection, session.login_id, session.security_stamp)

    def change_password(self, session: PortalSession, current_password: str,
                        new_password: str) -> PortalSession:
        """The forced first change (and any later one): the rule of the rules page, a new
        argon2id hash and a new stamp. Returns the session to keep; other sessions end."""
        check_new_password(new_password)
        with self.engine.begin() as connection:
            row = connection.execute(_READ_ACCOUNT, {"login_id": session.login_id}).one_or_none()
            if row is None or row.status not in LIVE_STATUSES \
                    or row.security_stamp != session.security_stamp:
                raise SessionRejected("Sesja wygasła; zaloguj się ponownie.")
            if not verify_password(row.password_hash, current_password):
                raise LoginRefused("Obecne hasło jest nieprawidłowe.", code="password_wrong")
            if verify_password(row.password_hash, new_password):
                raise LoginRefused("Nowe hasło musi się różnić od obecnego.",
                                   code="password_unchanged")
            new_stamp = new_security_stamp()
            connection.execute(_CHANGE_PASSWORD, {
                "login_id": session.login_id, "stamp": session.security_stamp,
                "password_hash": hash_password(new_password),
                "now": _now(), "new_stamp": new_stamp})
            _require_stamp(connection, session.login_id, new_stamp)
        return PortalSession(login_id=session.login_id, security_stamp=new_stamp,
                             must_change_password=False)

    def units(self, session: PortalSession) -> list[PortalUnit]:
        """The units the session's account may see, after checking the session. Until the
        first password is changed there is nothing to see."""
        if session.must_change_password:
            raise SessionRejected("Najpierw zmień hasło do pierwszego logowania.",
                                  code="password_change_required")
        with self.engine.connect() as connection:
            _require_stamp(connection, session.login_id, session.security_stamp)
            rows = connection.execute(_READ_UNITS, {"login_id": session.login_id}).all()
        return [PortalUnit(unit_key=row.unit_key, estate_key=row.estate_key,
                           estate_name=row.estate_name, kind=row.kind,
                           address=f"{row.street} {row.building}"
                           + (f"/{row.unit_no}" if row.unit_no else ""),
                           postal_code=row.postal_code, city=row.city) for row in rows]


    def submit_form(self, form: WebForm) -> None:
        """Hand a filled-in electronic form to the desk: one INSERT of the form's columns
        (the portal can neither read it back nor change it). The database checks the values;
        a refusal is FormRefused."""
        values = {"kind": form.kind, "first_name": form.first_name.strip(),
                  "last_name": form.last_name.strip(), "unit_text": form.unit_text.strip(),
                  "login_id_text": "".join(form.login_id_text.split()).replace("-", ""),
                  "email": form.email.strip(), "phone": form.phone.strip(),
                  "note": form.note.strip(), "consent": form.consent}
        try:
            with self.engine.begin() as connection:
                connection.execute(_SUBMIT_FORM, values)
        except (IntegrityError, DataError) as error:
            raise FormRefused("Formularz zawiera niedozwolone wartości; sprawdź pola i "
                              "zaznacz akceptację zasad.") from error


def _require_stamp(connection: Connection, login_id: str, stamp: str) -> None:
    """Raise SessionRejected unless the account is live and still carries ``stamp``."""
    row = connection.execute(_READ_STAMP, {"login_id": login_id}).one_or_none()
    if row is None or row.status not in LIVE_STATUSES or row.security_stamp != stamp:
        raise SessionRejected("Sesja wygasła albo konto zostało zablokowane; zaloguj się "
                              "ponownie.")
