"""Finding rows by the names clerks use (register numbers, login IDs, unit addresses), the
request a use case carries out, and the one check of an applicant's title to a unit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from iok_desk.db.models import Account, Person, Request, Title, Unit
from iok_desk.domain import lifecycle
from iok_desk.domain.addresses import unit_address
from iok_desk.domain.credentials import format_login_id, normalize_login_id
from iok_desk.domain.dates import format_date, now_utc, office_date
from iok_desk.domain.errors import NotAllowed, NotFound, ValidationError
from iok_desk.domain.states import REQUEST_TRANSITIONS, RequestKind, RequestStatus, label_pl
from iok_desk.domain.validation import (
    UnitAddress,
    fold_for_search,
    parse_unit_address,
    street_key,
)

_NUMBER = re.compile(r"^IOK/(\d{4})/(\d{1,5})$", re.IGNORECASE)


def format_register_number(year: int, sequence: int) -> str:
    return f"IOK/{year}/{sequence:05d}"


def normalize_register_number(text: str) -> str:
    """``iok/2026/42`` → ``IOK/2026/00042``."""
    match = _NUMBER.match((text or "").strip())
    if not match:
        raise ValidationError("Numer wniosku ma postać IOK/rok/numer, np. IOK/2026/00042.",
                              field="number", code="register_number_format")
    return format_register_number(int(match.group(1)), int(match.group(2)))


Row = TypeVar("Row", Request, Account)


def _one(session: Session, query: Select[Row], for_update: bool,
         missing: NotFound) -> Row:
    """The one row ``query`` finds (locked ``for_update``), else ``missing`` is raised."""
    found = session.scalar(query.with_for_update() if for_update else query)
    if found is None:
        raise missing
    return found


def request_by_number(session: Session, number: str, *, for_update: bool = False) -> Request:
    number = normalize_register_number(number)
    return _one(session, select(Request).where(Request.number == number), for_update,
                NotFound(f"Nie ma wniosku {number}.", code="request_not_found", number=number))


def account_by_login(session: Session, login_text: str, *, for_update: bool = False) -> Account:
    login_id = normalize_login_id(login_text)
    return _one(session, select(Account).where(Account.login_id == login_id), for_update,
                NotFound(f"Nie ma konta o identyfikatorze {format_login_id(login_id)}.",
                         code="account_not_found", login_id=login_id))


def unit_address_search(street: str, building: str, unit_no: str) -> str:
    """The folded form of an address that search and lookups compare against."""
    return fold_for_search(unit_address(street, building, unit_no))


def find_unit(session: Session, address: UnitAddress) -> Unit | None:
    """The unit at ``address``, its street typed with or without its type (``Aleja …``).
    A unit stored before streets were compared without their type is found too."""
    keys = {street_key(address.street), fold_for_search(address.street)}
    return session.scalar(select(Unit).where(
        Unit.street_search.in_(sorted(keys)),
        Unit.building == address.building, Unit.unit_no == address.unit_no).limit(1))


def unit_by_address(session: Session, text: str, field: str = "unit") -> Unit:
    address = parse_unit_address(text, field=field)
    unit = find_unit(session, address)
    if unit is None:
        raise NotFound(f"Lokal „{address}” nie występuje w rejestrze lokali.",
                       code="unit_not_found", field=field, unit=str(address))
    return unit


def check_request_version(request: Request, expected_version: int | None) -> None:
    """ConflictError when the request changed since the clerk looked at it."""
    lifecycle.check_version(request, expected_version, f"wniosku {request.number}",
                            request.status)


def request_to_carry_out(session: Session, number: str, kind: RequestKind | None,
                         expected_version: int | None = None) -> Request:
    """The request, locked, that a use case is about to carry out: of ``kind`` (any kind when
    None) and in a state from which it can be done (approved)."""
    request = request_by_number(session, number, for_update=True)
    check_request_version(request, expected_version)
    if kind is not None and request.kind != kind:
        raise NotAllowed(f"Wniosek {request.number} dotyczy: {label_pl(request.kind)}, nie: "
                         f"{label_pl(kind)}.", code="wrong_request_kind")
    if RequestStatus.DONE not in REQUEST_TRANSITIONS[request.status]:
        raise NotAllowed(f"Realizuje się tylko zatwierdzony wniosek; wniosek {request.number} "
                         f"jest w stanie „{label_pl(request.status)}”.",
                         code="request_not_approved")
    return request


class TitleVerdict(StrEnum):
    """What the unit register says about the applicant's title to the request's unit."""

    HOLDS = "holds"
    NOT_VALID_TODAY = "not-valid-today"
    NO_TITLE = "no-title"
    UNIT_UNKNOWN = "unit-unknown"
    NO_UNIT = "no-unit"


@dataclass(frozen=True)
class TitleCheck:
    """The unit (None when it is not in the register), all titles to it, the applicant's
    among them, and the verdict with its Polish explanation."""

    unit: Unit | None
    titles: list[Title]
    applicants: list[Title]
    verdict: TitleVerdict
    message: str

    def holder(self) -> Person:
        """The applicant, whose title is valid today; ValidationError saying which check
        failed otherwise."""
        if self.verdict != TitleVerdict.HOLDS:
            raise ValidationError(self.message, field="unit", code=_VERDICT_CODES[self.verdict])
        today = office_date(now_utc())
        return next(title for title in self.applicants if title.valid_on(today)).person


_VERDICT_CODES = {TitleVerdict.NOT_VALID_TODAY: "check_title_not_valid",
                  TitleVerdict.NO_TITLE: "check_no_title",
                  TitleVerdict.UNIT_UNKNOWN: "check_unit_unknown",
                  TitleVerdict.NO_UNIT: "check_unit_unknown"}


def check_title(session: Session, request: Request) -> TitleCheck:
    """The one title-holder check: the person named in the request and a title to its unit
    valid today (matched by the folded name, as the register is searched)."""
    applicant = f"{request.applicant_first_name} {request.applicant_last_name}"
    if not request.unit_text:
        return TitleCheck(None, [], [], TitleVerdict.NO_UNIT, "Wniosek nie wskazuje lokalu.")
    unit = session.get(Unit, request.unit_id) if request.unit_id is not None else \
        find_unit(session, parse_unit_address(request.unit_text))
    if unit is None:
        return TitleCheck(None, [], [], TitleVerdict.UNIT_UNKNOWN,
                          f"Lokal „{request.unit_text}” nie występuje w rejestrze lokali.")
    titles = list(session.scalars(select(Title).where(Title.unit_id == unit.id)
                                  .options(selectinload(Title.person))
                                  .order_by(Title.valid_from.desc())))
    wanted = fold_for_search(f"{request.applicant_last_name} {request.applicant_first_name}")
    applicants = [title for title in titles if title.person.name_search == wanted]
    today = office_date(now_utc())
    if any(title.valid_on(today) for title in applicants):
        return TitleCheck(unit, titles, applicants, TitleVerdict.HOLDS,
                          f"{applicant} ma tytuł prawny do lokalu {unit.address} ważny dziś.")
    if not applicants:
        return TitleCheck(unit, titles, applicants, TitleVerdict.NO_TITLE,
                          f"W rejestrze nie ma tytułu prawnego osoby {applicant} do lokalu "
                          f"„{request.unit_text}”.")
    last = max(applicants, key=lambda title: title.valid_from)
    when = (f"wygasł {format_date(last.valid_to)}" if last.valid_to and last.valid_to < today
            else f"obowiązuje dopiero od {format_date(last.valid_from)}")
    return TitleCheck(unit, titles, applicants, TitleVerdict.NOT_VALID_TODAY,
                      f"Tytuł prawny osoby {applicant} do lokalu „{request.unit_text}” {when}.")


def find_title_holder(session: Session, request: Request) -> Person:
    """The person named in the request who holds a title to its unit valid today (the unit is
    resolved on the request); ValidationError saying which check failed otherwise."""
    check = check_title(session, request)
    if check.unit is not None:
        request.unit_id = check.unit.id
    return check.holder()
