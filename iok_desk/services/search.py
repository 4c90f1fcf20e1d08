"""Find accounts by login ID, surname, unit address, phone or e-mail — without diacritics."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import Select, case, or_, select
from sqlalchemy.orm import selectinload

from iok_desk.db.engine import Database
from iok_desk.db.models import Account, AccountUnit, Person, Unit
from iok_desk.domain.states import AccountStatus
from iok_desk.domain.validation import fold_for_search

from .dto import AccountSummary

MAX_TERMS = 6
_INVISIBLE = {"Cc", "Cf", "Co", "Cs", "Cn"}


def _term_condition(term: str) -> object:
    """Where one typed word may match: login ID and phone digits, the folded name, e-mail,
    and the folded unit address."""
    pattern = f"%{term}%"
    on_unit = select(AccountUnit.account_id).join(Unit).where(
        Unit.address_search.like(pattern, escape="\\"))
    conditions = [Person.name_search.like(pattern, escape="\\"),
                  Person.contact_search.like(pattern, escape="\\"),
                  Account.id.in_(on_unit)]
    if term.isdigit():
        conditions.append(Account.login_id.like(pattern, escape="\\"))
    return or_(*conditions)


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_query(text: str) -> Select[tuple[Account]] | None:
    """The query behind the search box; None when nothing searchable was typed."""
    # Invisible characters and lone surrogates (from undecodable command-line bytes) are
    # never in the columns, and a surrogate cannot even be sent to the database.
    folded = "".join(char for char in fold_for_search(text)
                     if unicodedata.category(char) not in _INVISIBLE)
    # "4821 0937" and "601-234-567" are one term: digits typed in groups.
    folded = re.sub(r"(?<=\d)[\s\-](?=\d)", "", folded)
    terms = [_escape_like(term) for term in folded.split() if term][:MAX_TERMS]
    if not terms:
        return None
    live_first = case((Account.status == AccountStatus.REVOKED, 1), else_=0)
    query = select(Account).join(Person)
    for term in terms:
        query = query.where(_term_condition(term))
    return query.order_by(live_first, Person.name_search, Account.id)


def search_accounts(db: Database, text: str, *, limit: int = 50) -> list[AccountSummary]:
    query = search_query(text)
    if query is None:
        return []
    query = query.options(selectinload(Account.person),
                          selectinload(Account.unit_access).selectinload(AccountUnit.unit))
    with db.reading() as session:
        return [AccountSummary(
            login_id=account.login_id, status=account.status.value,
            person_name=account.person.full_name, email=account.person.email,
            phone=account.person.phone,
            units=[access.unit.address for access in account.unit_access
                   if access.revoked_at is None],
            issued_at=account.issued_at)
            for account in session.scalars(query.limit(limit))]
