"""The shared schema: one typed model per domain word of DESIGN.md.

Alembic owns the schema (``iok_desk/migrations/versions``); these models are what
``upgrade head`` must produce, and a test checks that autogenerate finds no difference on
SQLite and PostgreSQL.
Mutable rows carry ``version`` for optimistic locking: an UPDATE whose version moved on fails
with StaleDataError, which the services turn into a ConflictError.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.sql import func

from iok_desk.domain.addresses import unit_address
from iok_desk.domain.states import (
    AccountStatus,
    BlockReason,
    Channel,
    ClerkRole,
    LetterState,
    RequestKind,
    RequestStatus,
    RevokeReason,
    TitleKind,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """A point in time, always handed back timezone-aware in UTC (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UtcDateTime column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def _enum(enum_class: type[StrEnum], name: str) -> Enum:
    """A string column with a CHECK constraint over the enum's values (portable, readable)."""
    return Enum(enum_class, name=name, native_enum=False, create_constraint=True, length=24,
                values_callable=lambda members: [member.value for member in members],
                validate_strings=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UtcDateTime()}


class Clerk(Base):
    """A staff user of IOK Desk."""

    __tablename__ = "clerk"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(63), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[ClerkRole] = mapped_column(_enum(ClerkRole, "clerk_role"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Estate(Base):
    """The cooperative's own stock, or one owners' association managed by MSM."""

    __tablename__ = "estate"

    id: Mapped[int] = mapped_column(primary_key=True)
    accounting_key: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    is_association: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)

    units: Mapped[list[Unit]] = relationship(back_populates="estate")

    __mapper_args__ = {"version_id_col": version}


class Unit(Base):
    """A flat, commercial unit or garage, keyed by the accounting system's own key."""

    __tablename__ = "unit"
    __table_args__ = (
        UniqueConstraint("street_search", "building", "unit_no",
                         name="uq_unit_address"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estate.id"), index=True)
    accounting_key: Mapped[str] = mapped_column(String(32), unique=True)
    street: Mapped[str] = mapped_column(String(100))
    building: Mapped[str] = mapped_column(String(8))
    unit_no: Mapped[str] = mapped_column(String(8), default="")
    postal_code: Mapped[str] = mapped_column(String(6), default="81-000")
    city: Mapped[str] = mapped_column(String(60), default="Gdynia")
    kind: Mapped[str] = mapped_column(String(16), default="flat")
    street_search: Mapped[str] = mapped_column(String(100))
    address_search: Mapped[str] = mapped_column(String(140), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    estate: Mapped[Estate] = relationship(back_populates="units")
    titles: Mapped[list[Title]] = relationship(back_populates="unit")

    __mapper_args__ = {"version_id_col": version}

    @property
    def address(self) -> str:
        return unit_address(self.street, self.building, self.unit_no)


class Person(Base):
    """A resident (kontrahent): only what the process needs — no PESEL."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    accounting_key: Mapped[str | None] = mapped_column(String(32), unique=True)
    first_name: Mapped[str] = mapped_column(String(60))
    last_name: Mapped[str] = mapped_column(String(60))
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    name_search: Mapped[str] = mapped_column(String(130), index=True)
    contact_search: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Set when the retention run replaced the person's data (revision 0008).
    pseudonymised_at: Mapped[datetime | None] = mapped_column()

    titles: Mapped[list[Title]] = relationship(back_populates="person")
    accounts: Mapped[list[Account]] = relationship(back_populates="person")

    __mapper_args__ = {"version_id_col": version}

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Title(Base):
    """A person's legal title to a unit, valid from/to (to: open-ended when NULL)."""

    __tablename__ = "title"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    kind: Mapped[TitleKind] = mapped_column(_enum(TitleKind, "title_kind"))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    accounting_key: Mapped[str | None] = mapped_column(String(32), unique=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    person: Mapped[Person] = relationship(back_populates="titles")
    unit: Mapped[Unit] = relationship(back_populates="titles")

    __mapper_args__ = {"version_id_col": version}

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


class RegisterCounter(Base):
    """The last register number used in a year. Incremented inside the registering
    transaction, so a rolled-back registration leaves no gap in the committed register."""

    __tablename__ = "register_counter"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer)


class Request(Base):
    """A request (wniosek): the applicant's data exactly as given, and its life cycle."""

    __tablename__ = "request"
    __table_args__ = (UniqueConstraint("year", "sequence", name="uq_request_year_sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    kind: Mapped[RequestKind] = mapped_column(_enum(RequestKind, "request_kind"))
    channel: Mapped[Channel] = mapped_column(_enum(Channel, "request_channel"))
    status: Mapped[RequestStatus] = mapped_column(_enum(RequestStatus, "request_status"),
                                                  index=True)
    applicant_first_name: Mapped[str] = mapped_column(String(60))
    applicant_last_name: Mapped[str] = mapped_column(String(60))
    applicant_email: Mapped[str] = mapped_column(String(254), default="")
    applicant_phone: Mapped[str] = mapped_column(String(40), default="")
    unit_text: Mapped[str] = mapped_column(String(120), default="")
    login_id_text: Mapped[str] = mapped_column(String(8), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), index=True)
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    decided_at: Mapped[datetime | None] = mapped_column()
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("clerk.id"))
    registered_by_id: Mapped[int] = mapped_column(ForeignKey("clerk.id"))
    source_message_id: Mapped[str | None] = mapped_column(String(998), unique=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Revision 0008: a proxy's request, the accepted rules, the ID check, the retention.
    proxy_name: Mapped[str] = mapped_column(String(120), default="", server_default="")
    proxy_kind: Mapped[str | None] = mapped_column(String(24))
    proxy_reference: Mapped[str] = mapped_column(String(120), default="", server_default="")
    proxy_date: Mapped[date | None] = mapped_column(Date)
    letters_to: Mapped[str] = mapped_column(String(16), default="resident",
                                            server_default="resident")
    rules_version: Mapped[str] = mapped_column(String(32), default="", server_default="")
    clause_version: Mapped[str] = mapped_column(String(32), default="", server_default="")
    id_checked_by: Mapped[str] = mapped_column(String(63), default="", server_default="")
    pseudonymised_at: Mapped[datetime | None] = mapped_column()

    unit: Mapped[Unit | None] = relationship()
    person: Mapped[Person | None] = relationship()
    account: Mapped[Account | None] = relationship()
    attachments: Mapped[list[Attachment]] = relationship(back_populates="request")

    __mapper_args__ = {"version_id_col": version}


class Account(Base):
    """One person's portal login; the columns the portal reads are documented in the portal
    contract (status, hash, must-change flag, first-password expiry, security stamp…)."""

    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    login_id: Mapped[str] = mapped_column(String(8), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    status: Mapped[AccountStatus] = mapped_column(_enum(AccountStatus, "account_status"),
                                                  index=True)
    # Written when an account is issued, never read by the desk: loading it raises, and on
    # PostgreSQL the desk's roles have no SELECT on the column (docs/security.md).
    password_hash: Mapped[str] = mapped_column(String(200), deferred=True,
                                               deferred_raiseload=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True)
    first_password_expires_at: Mapped[datetime | None] = mapped_column()
    security_stamp: Mapped[str] = mapped_column(String(64))
    last_login_at: Mapped[datetime | None] = mapped_column()
    password_changed_at: Mapped[datetime | None] = mapped_column()
    failed_login_count: Mapped[int] = mapped_column(Integer, default=0)
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    blocked_at: Mapped[datetime | None] = mapped_column()
    block_reason: Mapped[BlockReason | None] = mapped_column(_enum(BlockReason, "block_reason"))
    revoked_at: Mapped[datetime | None] = mapped_column()
    revoke_reason: Mapped[RevokeReason | None] = mapped_column(
        _enum(RevokeReason, "account_revoke_reason"))
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    # Separation of duties (revision 0007): the login of the clerk who proposed an abuse
    # block, which another clerk, a supervisor, countersigns.
    block_proposed_by: Mapped[str | None] = mapped_column(String(63))
    block_proposed_at: Mapped[datetime | None] = mapped_column()
    version: Mapped[int] = mapped_column(Integer, default=1)

    person: Mapped[Person] = relationship(back_populates="accounts")
    unit_access: Mapped[list[AccountUnit]] = relationship(back_populates="account",
                                                          order_by="AccountUnit.id")

    __mapper_args__ = {"version_id_col": version}


class AccountUnit(Base):
    """Access of an account to one unit, with its own granted/revoked dates."""

    __tablename__ = "account_unit"
    __table_args__ = (Index("ix_account_unit_account_unit", "account_id", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    granted_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column()
    revoke_reason: Mapped[RevokeReason | None] = mapped_column(
        _enum(RevokeReason, "access_revoke_reason"))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    account: Mapped[Account] = relationship(back_populates="unit_access")
    unit: Mapped[Unit] = relationship()

    __mapper_args__ = {"version_id_col": version}


class LetterCounter(Base):
    """The last number of the letter register (``PL/YYYY/NNNNN``) used in a year; taken inside
    the printing transaction like ``RegisterCounter``, so the register has no gaps."""

    __tablename__ = "letter_counter"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer)


class LetterRecord(Base):
    """That a document was produced (never its content: a credential letter holds a password).

    A credential letter has a ``number`` of the letter register and a ``state``
    (``LetterState``): printed → handed over / posted → returned; voided with a reason. With
    ``activates_on_delivery`` its first password works at the portal only from
    ``delivered_at`` on (revision 0006's ``portal_account`` view)."""

    __tablename__ = "letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id"), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), index=True)
    clerk_id: Mapped[int] = mapped_column(ForeignKey("clerk.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    number: Mapped[str | None] = mapped_column(String(16), unique=True)
    state: Mapped[LetterState | None] = mapped_column(_enum(LetterState, "letter_state"),
                                                      index=True)
    activates_on_delivery: Mapped[bool] = mapped_column(Boolean, default=False)
    delivered_at: Mapped[datetime | None] = mapped_column()
    delivered_by_id: Mapped[int | None] = mapped_column(ForeignKey("clerk.id"))
    received_by: Mapped[str] = mapped_column(String(120), default="")
    id_checked_by_id: Mapped[int | None] = mapped_column(ForeignKey("clerk.id"))
    tracking_number: Mapped[str] = mapped_column(String(40), default="")
    returned_at: Mapped[datetime | None] = mapped_column()
    voided_at: Mapped[datetime | None] = mapped_column()
    void_reason: Mapped[str] = mapped_column(Text, default="")
    scan_name: Mapped[str] = mapped_column(String(255), default="")
    scan: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)


class Attachment(Base):
    """A scan or e-mail attached to a request, kept in the database so every desk sees it."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    request: Mapped[Request] = relationship(back_populates="attachments")


class Setting(Base):
    """An admin-editable setting (letterhead lines, first-password expiry days)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class AuditEvent(Base):
    """Who did what, when, from which workstation. Append-only."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("clerk.id"), index=True)
    clerk_login: Mapped[str] = mapped_column(String(63))
    workstation: Mapped[str] = mapped_column(String(255))
    db_user: Mapped[str] = mapped_column(String(63), default="")
    action: Mapped[str] = mapped_column(String(40), index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id"), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), index=True)
    summary: Mapped[str] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # PostgreSQL: the writing transaction, set by the database (pairs events with db_change).
    txid: Mapped[int | None] = mapped_column(BigInteger, index=True)


class DbChange(Base):
    """A change the database recorded itself (PostgreSQL triggers, revision 0004): every
    INSERT/UPDATE of the guarded tables, by any login, with the changed columns before and
    after (never a hash). A change whose transaction wrote no audit event was made outside
    the desk's use cases."""

    __tablename__ = "db_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column()
    txid: Mapped[int | None] = mapped_column(BigInteger, index=True)
    db_user: Mapped[str] = mapped_column(String(63))
    table_name: Mapped[str] = mapped_column(String(40))
    row_key: Mapped[str | None] = mapped_column(String(64))
    operation: Mapped[str] = mapped_column(String(8))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)


class PolicyVersion(Base):
    """A published version of the rules (``rules``) or the information clause (``clause``):
    each request records the versions its applicant accepted (revision 0008)."""

    __tablename__ = "policy_version"
    __table_args__ = (UniqueConstraint("kind", "version", name="uq_policy_version_kind_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    version: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    published_at: Mapped[datetime] = mapped_column(default=utcnow)
    published_by_id: Mapped[int] = mapped_column(ForeignKey("clerk.id"))


class AuditRedaction(Base):
    """That the retention run replaced the personal data of an audit event or a db_change
    row (revision 0008): the only way past the trail's append-only guard."""

    __tablename__ = "audit_redaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    audit_event_id: Mapped[int | None] = mapped_column(ForeignKey("audit_event.id"), index=True)
    db_change_id: Mapped[int | None] = mapped_column(ForeignKey("db_change.id"), index=True)
    redacted_at: Mapped[datetime] = mapped_column(default=utcnow)
    subject: Mapped[str] = mapped_column(String(40))
    # SQLite: a redaction row lets one UPDATE of its event through, then it is applied.
    applied: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class WebFormSubmission(Base):
    """A request sent through the cooperative's electronic form ("formularz elektroniczny"):
    the portal's role may only INSERT the form's fields (never read, change or delete a
    row); the desk registers it as a request or dismisses it. The database's own checks
    (kinds, lengths, the login ID's digits, the consent) are written by migration 0009 — the
    portal contract (docs/portal-contract.md) lists them."""

    __tablename__ = "web_form_submission"

    id: Mapped[int] = mapped_column(primary_key=True)
    submitted_at: Mapped[datetime] = mapped_column(server_default=func.current_timestamp(),
                                                   index=True)
    kind: Mapped[str] = mapped_column(String(16))
    first_name: Mapped[str] = mapped_column(String(60))
    last_name: Mapped[str] = mapped_column(String(60))
    unit_text: Mapped[str] = mapped_column(String(120), server_default="")
    login_id_text: Mapped[str] = mapped_column(String(8), server_default="")
    email: Mapped[str] = mapped_column(String(254), server_default="")
    phone: Mapped[str] = mapped_column(String(40), server_default="")
    note: Mapped[str] = mapped_column(Text, server_default="")
    consent: Mapped[bool] = mapped_column(Boolean)
    status: Mapped[str] = mapped_column(String(12), server_default="new", index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id"))
    processed_at: Mapped[datetime | None] = mapped_column()
    processed_reason: Mapped[str] = mapped_column(Text, server_default="")


class AccountSearch(Base):
    """What the search box and the accounts list read, one row per account, kept by the
    database itself (triggers of revision 0005 on account, person, unit and account_unit;
    nobody writes it): the sort keys of the list, ``live_rank`` (1 for a revoked account, which
    the search box shows last) and ``haystack``, the folded name, contact, login ID and every
    unit address of the account, one per line, behind the trigram index."""

    __tablename__ = "account_search"
    __table_args__ = (
        Index("ix_account_search_rank_name", "live_rank", "sort_name", "account_id"),
        Index("ix_account_search_name", "sort_name", "login_id"),
        Index("ix_account_search_status", "status", "sort_name", "login_id"),
        Index("ix_account_search_login", "login_id"),
        Index("ix_account_search_issued", "issued_at", "account_id"),
    )

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True, autoincrement=False)
    live_rank: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(24))
    sort_name: Mapped[str] = mapped_column(String(130))
    login_id: Mapped[str] = mapped_column(String(8))
    issued_at: Mapped[datetime] = mapped_column()
    haystack: Mapped[str] = mapped_column(Text)


class AccountSearchPrefix(Base):
    """Every distinct first one and two characters of an account's surname-first name, login ID
    and unit addresses, with the search box's sort key: a word of one or two characters finds
    its first 50 accounts in name order in one range of ``ix_account_search_prefix_order``.
    Kept by the database with ``account_search`` (revision 0005)."""

    __tablename__ = "account_search_prefix"
    __table_args__ = (
        Index("ix_account_search_prefix_order", "prefix", "live_rank", "sort_name",
              "account_id"),
    )

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True, autoincrement=False)
    prefix: Mapped[str] = mapped_column(String(2), primary_key=True)
    live_rank: Mapped[int] = mapped_column(Integer)
    sort_name: Mapped[str] = mapped_column(String(130))


class AccountSearchDeferral(Base):
    """While it holds its one row (inside a bulk load's transaction, never committed), the
    search rows' triggers only note the touched accounts in ``AccountSearchPending``; deleting
    the row rewrites them in one set statement (revision 0010,
    ``services.search.search_rows_deferred``)."""

    __tablename__ = "account_search_deferral"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class AccountSearchPending(Base):
    """The accounts whose search rows a deferred bulk load has yet to rewrite (revision 0010)."""

    __tablename__ = "account_search_pending"

    account_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
