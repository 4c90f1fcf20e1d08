"""The unit and owner register from the accounting system: import it, see what changed, and
revoke the access that a title's end left behind.

The import is one transaction with one audit event: estates, units, persons and titles keyed
by the accounting system's keys; a re-import updates what changed and adds nothing twice.
A person or title entered by hand before the first import (no key yet) is adopted when the
register names the same person on the same unit.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AccountUnit, Estate, Person, Title, Unit
from iok_desk.domain.audit import AuditAction
from iok_desk.domain.dates import format_date, now_utc, office_date
from iok_desk.domain.errors import IokError
from iok_desk.domain.states import AccountStatus, RevokeReason, label_pl
from iok_desk.domain.validation import fold_for_search
from iok_desk.intake.csv_register import (
    EstateRow,
    PersonRow,
    RegisterFileError,
    RegisterRow,
    RowProblem,
    TitleRow,
    UnitRow,
    parse_register,
)

from . import accounts
from .context import Actor, load_clerk, record_event
from .dto import NO_CHANGES, Changes, RevokeResult
from .registry import refresh_person_search, refresh_unit_search
from .search import search_rows_deferred

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

FIELD_LABELS_PL = {
    "name": "nazwa", "is_association": "wspólnota", "estate": "zasób", "street": "ulica",
    "building": "budynek", "unit_no": "nr lokalu", "postal_code": "kod pocztowy",
    "city": "miejscowość", "kind": "rodzaj", "first_name": "imię", "last_name": "nazwisko",
    "email": "e-mail", "phone": "telefon", "accounting_key": "klucz z rejestru",
    "person": "kontrahent", "unit": "lokal", "valid_from": "początek", "valid_to": "koniec",
}
MAX_CHANGES_IN_AUDIT = 500


class ImportCancelled(IokError):
    """The clerk cancelled the import; nothing was written."""

    code = "cancelled"


@dataclass(frozen=True)
class Counts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(frozen=True)
class RegisterChange:
    """One thing the import added or changed. ``entity``: estate, unit, person, title."""

    entity: str
    key: str
    action: str
    line: int
    fields: tuple[str, ...]
    description: str
    # What it is in no particular language (a name, an address, a holder and unit), for the
    # English window (domain.messages.render_register_change).
    subject: str = ""


@dataclass(frozen=True)
class OrphanAccess:
    """A live account that still sees a unit although its holder's title to it has ended."""

    login_id: str
    account_status: str
    person_name: str
    unit_address: str
    unit_key: str
    title_ended_on: date


@dataclass(frozen=True)
class RegisterImportResult:
    encoding: str
    separator: str
    rows: int
    ignored_columns: tuple[str, ...]
    estates: Counts
    units: Counts
    persons: Counts
    titles: Counts
    changes: tuple[RegisterChange, ...]
    orphans: tuple[OrphanAccess, ...]
    # Units, titles and through them whose access is in doubt: every view reloads.
    changed: Changes = field(default_factory=Changes.all, repr=False, compare=False)


@dataclass(frozen=True)
class RevokeFailure:
    login_id: str
    unit_address: str
    message: str
    # The error's code and parameters, so a window in another language can say it.
    code: str = ""
    details: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True)
class OrphanRevocation:
    revoked: tuple[RevokeResult, ...]
    failed: tuple[RevokeFailure, ...]
    cancelled: bool = False

    @property
    def changed(self) -> Changes:
        """The accounts and units whose access was revoked."""
        total = NO_CHANGES
        for item in self.revoked:
            total = total | item.changes
        return total


@dataclass
class _Tally:
    """Counts per entity, and the changes, while the import runs."""

    counts: dict[str, list[int]] = field(default_factory=lambda: {
        name: [0, 0, 0] for name in ("estate", "unit", "person", "title")})
    changes: list[RegisterChange] = field(default_factory=list)

    def note(self, entity: str, key: str, line: int, changed: list[str], added: bool,
             what: str, subject: str) -> None:
        slot = 0 if added else (1 if changed else 2)
        self.counts[entity][slot] += 1
        if added:
            self.changes.append(RegisterChange(entity, key, "added", line, (), what, subject))
        elif changed:
            labels = ", ".join(FIELD_LABELS_PL[name] for name in changed)
            self.changes.append(RegisterChange(entity, key, "updated", line, tuple(changed),
                                               f"{what}: zmieniono {labels}.", subject))

    def result(self, entity: str) -> Counts:
        added, updated, unchanged = self.counts[entity]
        return Counts(added, updated, unchanged)


def _apply(target: Any, values: dict[str, Any]) -> list[str]:
    """Set the values that differ; the names of those that did."""
    changed = [name for name, value in values.items() if getattr(target, name) != value]
    for name in changed:
        setattr(target, name, values[name])
    return changed


def _address_key(street: str, building: str, unit_no: str) -> tuple[str, str, str]:
    return fold_for_search(street), building, unit_no


class _Importer:
    """One import inside one transaction: the register's rows applied to the database."""

    def __init__(self, session: Session, columns: frozenset[str]) -> None:
        self.session = session
        self.columns = columns
        self.tally = _Tally()
        self.estates = {e.accounting_key: e for e in session.scalars(select(Estate))}
        self.units = {u.accounting_key: u for u in session.scalars(select(Unit))}
        self.by_address = {_address_key(u.street, u.building, u.unit_no): u
                           for u in self.units.values()}
        self.persons = {p.accounting_key: p for p in session.scalars(
            select(Person).where(Person.accounting_key.is_not(None)))}
        self.titles = {t.accounting_key: t for t in session.scalars(
            select(Title).where(Title.accounting_key.is_not(None)))}
        self.keyless_holders: dict[tuple[str, int], Person] = {}
        for person, unit_id in session.execute(select(Person, Title.unit_id).join(Title).where(
                Person.accounting_key.is_(None))):
            self.keyless_holders.setdefault((person.name_search, unit_id), person)
        self.keyless_titles = {(t.person_id, t.unit_id, t.kind, t.valid_from): t
                               for t in session.scalars(select(Title).where(
                                   Title.accounting_key.is_(None)))}
        self.done: set[tuple[str, str]] = set()

    def row(self, row: RegisterRow) -> None:
        estate = self.estate(row.estate, row.line)
        unit = self.unit(row.unit, estate, row.line)
        if row.person is not None and row.title is not None:
            person = self.person(row.person, unit, row.line)
            self.title(row.title, person, unit, row.line)

    def _first(self, entity: str, key: str) -> bool:
        if (entity, key) in self.done:
            return False
        self.done.add((entity, key))
        return True

    def estate(self, data: EstateRow, line: int) -> Estate:
        estate = self.estates.get(data.key)
        if not self._first("estate", data.key):
            assert estate is not None
            return estate
        values: dict[str, Any] = {"name": data.name}
        if "wspolnota" in self.columns:
            values["is_association"] = data.is_association
        if estate is None:
            estate = Estate(accounting_key=data.key, **values)
            self.session.add(estate)
            self.estates[data.key] = estate
            self.tally.note("estate", data.key, line, [], True,
                            f"Nowy zasób {data.key} „{data.name}”.", data.name)
        else:
            changed = _apply(estate, values)
            self.tally.note("estate", data.key, line, changed, False,
                            f"Zasób {data.key} „{data.name}”", data.name)
        return estate

    def unit(self, data: UnitRow, estate: Estate, line: int) -> Unit:
        unit = self.units.get(data.key)
        if not self._first("unit", data.key):
            assert unit is not None
            return unit
        values: dict[str, Any] = {"estate": estate, "street": data.street,
                                  "building": data.building, "unit_no": data.unit_no}
        if data.postal_code:
            values["postal_code"] = data.postal_code
        if data.city:
            values["city"] = data.city
        if "rodzaj_lokalu" in self.columns:
            values["kind"] = data.kind
        address = _address_key(data.street, data.building, data.unit_no)
        holder = self.by_address.get(address)
        if holder is not None and holder is not unit:
            raise RegisterFileError([RowProblem(
                line, "lokal_klucz", f"adres {data.street} {data.building}"
                + (f"/{data.unit_no}" if data.unit_no else "")
                + f" ma w bazie lokal o kluczu „{holder.accounting_key}”",
                "register_address_held", {"key": holder.accounting_key})])
        if unit is None:
            unit = Unit(accounting_key=data.key, **values)
            refresh_unit_search(unit)
            self.session.add(unit)
            self.units[data.key] = unit
            self.tally.note("unit", data.key, line, [], True,
                            f"Nowy lokal {data.key}: {unit.address}.", unit.address)
        else:
            old_address = _address_key(unit.street, unit.building, unit.unit_no)
            changed = _apply(unit, values)
            refresh_unit_search(unit)
            self.by_address.pop(old_address, None)
            self.tally.note("unit", data.key, line, changed, False,
                            f"Lokal {data.key} ({unit.address})", unit.address)
        self.by_address[address] = unit
        return unit

    def person(self, data: PersonRow, unit: Unit, line: int) -> Person:
        person = self.persons.get(data.key)
        if not self._first("person", data.key):
            assert person is not None
            return person
        values: dict[str, Any] = {"first_name": data.first_name, "last_name": data.last_name}
        if data.email:
            values["email"] = data.email
        if data.phone:
            values["phone"] = data.phone
        changed: list[str] = []
        if person is None and unit.id is not None:
            name_search = fold_for_search(f"{data.last_name} {data.first_name}")
            person = self.keyless_holders.pop((name_search, unit.id), None)
            if person is not None:
                person.accounting_key = data.key
                changed.append("accounting_key")
        name = f"{data.first_name} {data.last_name}"
        if person is None:
            person = Person(accounting_key=data.key, first_name=data.first_name,
                            last_name=data.last_name, email=data.email, phone=data.phone)
            refresh_person_search(person)
            self.session.add(person)
            self.tally.note("person", data.key, line, [], True,
                            f"Nowy kontrahent {data.key}: {name}.", name)
        else:
            changed += _apply(person, values)
            refresh_person_search(person)
            self.tally.note("person", data.key, line, changed, False,
                            f"Kontrahent {data.key} ({name})", name)
        self.persons[data.key] = person
        return person

    def title(self, data: TitleRow, person: Person, unit: Unit, line: int) -> None:
        title = self.titles.get(data.key)
        values: dict[str, Any] = {"person": person, "unit": unit, "kind": data.kind,
                                  "valid_from": data.valid_from, "valid_to": data.valid_to}
        changed: list[str] = []
        if title is None and person.id is not None and unit.id is not None:
            title = self.keyless_titles.pop((person.id, unit.id, data.kind, data.valid_from),
                                            None)
            if title is not None:
                title.accounting_key = data.key
                changed.append("accounting_key")
        until = f" do {format_date(data.valid_to)}" if data.valid_to else ""
        holder = f"{person.first_name} {person.last_name} — {unit.address}"
        what = f"{holder} ({label_pl(data.kind)} od {format_date(data.valid_from)}{until})"
        if title is None:
            title = Title(accounting_key=data.key, **values)
            self.session.add(title)
            self.titles[data.key] = title
            self.tally.note("title", data.key, line, [], True, f"Nowy tytuł {data.key}: {what}.",
                            holder)
        else:
            changed += _apply(title, values)
            self.tally.note("title", data.key, line, changed, False, f"Tytuł {data.key}: {what}",
                            holder)


def import_register(db: Database, actor: Actor, data: bytes, *, file_name: str = "",
                    encoding: str | None = None, separator: str | None = None,
                    progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> RegisterImportResult:
    """Import the register CSV all-or-nothing, with one audit event; then list the orphans.
    ``progress(done, total)`` after each row; ``cancelled()`` true stops the import and
    rolls it back (ImportCancelled)."""
    register = parse_register(data, encoding=encoding, separator=separator)
    total = len(register.rows)
    with db.transaction() as session, search_rows_deferred(session):
        clerk = load_clerk(session, actor)
        importer = _Importer(session, register.columns)
        for done, row in enumerate(register.rows):
            if cancelled is not None and cancelled():
                raise ImportCancelled("Import rejestru przerwano; nic nie zostało zapisane.")
            importer.row(row)
            if done % 200 == 199:
                session.flush()
            if progress is not None:
                progress(done + 1, total)
        session.flush()
        tally = importer.tally
        counts = {entity: tally.result(entity) for entity in ("estate", "unit", "person",
                                                              "title")}
        summary = "; ".join(
            f"{label}: nowe {c.added}, zmienione {c.updated}, bez zmian {c.unchanged}"
            for label, c in zip(("zasoby", "lokale", "kontrahenci", "tytuły"),
                                counts.values(), strict=True))
        record_event(session, clerk, actor, AuditAction.REGISTER_IMPORT,
                     f"Import rejestru lokali{f' {file_name}' if file_name else ''} — {summary}.",
                     file_name=file_name, sha256=hashlib.sha256(data).hexdigest(),
                     encoding=register.encoding, separator=register.separator, rows=total,
                     counts={entity: [c.added, c.updated, c.unchanged]
                             for entity, c in counts.items()},
                     changes=[change.description
                              for change in tally.changes[:MAX_CHANGES_IN_AUDIT]])
    return RegisterImportResult(
        encoding=register.encoding, separator=register.separator, rows=total,
        ignored_columns=register.ignored_columns, estates=counts["estate"],
        units=counts["unit"], persons=counts["person"], titles=counts["title"],
        changes=tuple(tally.changes), orphans=tuple(find_orphans(db)))


def find_orphans(db: Database, *, on: date | None = None) -> list[OrphanAccess]:
    """Accounts (not revoked) that still see a unit although every title of their holder to
    it has ended — a sale, a gift. A unit whose holder has no title in the register at all is
    not listed: that is a register question, not an ended title."""
    today = on or office_date(now_utc())
    same = and_(Title.person_id == Account.person_id, Title.unit_id == AccountUnit.unit_id)
    valid_today = exists().where(same, Title.valid_from <= today,
                                 or_(Title.valid_to.is_(None), Title.valid_to >= today))
    ended_on = (select(func.max(Title.valid_to)).where(same, Title.valid_to < today)
                .correlate(Account, AccountUnit).scalar_subquery())
    query = (select(Account, Unit, Person, ended_on)
             .select_from(AccountUnit).join(Account, Account.id == AccountUnit.account_id)
             .join(Unit, Unit.id == AccountUnit.unit_id)
             .join(Person, Person.id == Account.person_id)
             .where(AccountUnit.revoked_at.is_(None), Account.status != AccountStatus.REVOKED,
                    ~valid_today, ended_on.is_not(None))
             .order_by(Unit.address_search, Account.login_id))
    found: list[OrphanAccess] = []
    with db.reading() as session:
        for account, unit, person, ended in session.execute(query):
            assert ended is not None
            found.append(OrphanAccess(
                login_id=account.login_id, account_status=account.status.value,
                person_name=person.full_name, unit_address=unit.address,
                unit_key=unit.accounting_key, title_ended_on=ended))
    return found


def revoke_orphans(db: Database, actor: Actor, *,
                   selection: Sequence[tuple[str, str]] | None = None,
                   progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> OrphanRevocation:
    """Revoke the orphaned access in one batch, each unit in its own transaction with its own
    audit event (reason: title ended); an account left with no unit is revoked. ``selection``
    limits it to (login ID, unit key) pairs still orphaned now; one failure (another clerk was
    faster) does not stop the rest."""
    orphans = find_orphans(db)
    if selection is not None:
        wanted = set(selection)
        orphans = [item for item in orphans if (item.login_id, item.unit_key) in wanted]
    revoked: list[RevokeResult] = []
    failed: list[RevokeFailure] = []
    for done, orphan in enumerate(orphans):
        if cancelled is not None and cancelled():
            return OrphanRevocation(tuple(revoked), tuple(failed), cancelled=True)
        try:
            revoked.append(accounts.revoke_access(db, actor, orphan.login_id,
                                                  reason=RevokeReason.TITLE_ENDED.value,
                                                  unit=orphan.unit_address))
        except IokError as error:
            failed.append(RevokeFailure(orphan.login_id, orphan.unit_address, error.message,
                                        error.code, error.details))
        if progress is not None:
            progress(done + 1, len(orphans))
    return OrphanRevocation(tuple(revoked), tuple(failed))
