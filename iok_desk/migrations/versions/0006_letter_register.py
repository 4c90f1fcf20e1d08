"""letter register: numbered credential letters, their life, activation on handover

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-02

- ``letter`` gains the letter register (``number`` ``PL/YYYY/NNNNN``, gapless per year through
  ``letter_counter``), its ``state`` (printed → handed_over / posted → returned; voided) and
  what each step recorded (who received it, ID checked by whom, registered mail number, void
  reason, the signed strip's scan).
- ``portal_account`` (contract version 1, same columns) shows as ``first_password_expires_at``
  the moment the letter was printed — already past, so the first password is refused — while
  the account's latest numbered credential letter waits for handover (``activates_on_delivery``)
  or was returned or voided. The portal's update trigger refuses the first password change
  while that moment has passed: on PostgreSQL through revision 0004's check (which reads the
  view's row), on SQLite by a check added here.
- The letter's state moves only along ``LETTER_TRANSITIONS`` (both databases); on PostgreSQL
  a desk login inserts a letter only as ``printed`` and every change of ``letter`` leaves a
  ``db_change`` row.

On SQLite a view's triggers go with the view: the portal's update trigger is written out again
here (revision 0002's text plus the expiry check).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from iok_desk.domain.states import LETTER_TRANSITIONS

revision = '0006'
down_revision = "0005"
branch_labels = None
depends_on = None

LETTER_MOVES = ", ".join(sorted(f"'{current.value}>{target.value}'"
                                for current, targets in LETTER_TRANSITIONS.items()
                                for target in targets))
LETTER_MESSAGE = ("letter: outside the letter life cycle: a state moves only as the domain "
                  "allows, number, account and delivered_at stay once set")

_ACCOUNT_COLUMNS = """a.login_id, a.status, a.password_hash, a.must_change_password,
           {expires}, a.security_stamp, a.last_login_at,
           a.password_changed_at, a.failed_login_count, p.first_name, p.last_name"""

PORTAL_ACCOUNT_OLD = ("SELECT " + _ACCOUNT_COLUMNS.format(expires="a.first_password_expires_at")
                      + "\n    FROM account a JOIN person p ON p.id = a.person_id")

PORTAL_ACCOUNT_NEW = ("SELECT " + _ACCOUNT_COLUMNS.format(expires="""CASE
               WHEN l.state IN ('returned', 'voided')
                 OR (l.state = 'printed' AND l.activates_on_delivery) THEN l.created_at
               ELSE a.first_password_expires_at
           END AS first_password_expires_at""") + """
    FROM account a JOIN person p ON p.id = a.person_id
    LEFT JOIN letter l ON l.id = (SELECT max(c.id) FROM letter c
                                  WHERE c.account_id = a.id AND c.number IS NOT NULL)""")

_FIXED_COLUMNS_MESSAGE = ("portal_account: only password_hash, must_change_password, "
                          "password_changed_at, security_stamp, last_login_at and "
                          "failed_login_count may be updated")
_NEW_PASSWORD_MESSAGE = ("portal_account: a new password_hash must be argon2id and come with "
                         "must_change_password false, a new password_changed_at and a new "
                         "security_stamp")
_PASSWORD_FIELDS_MESSAGE = ("portal_account: must_change_password, password_changed_at and "
                            "security_stamp change only together with a new password_hash")
_EXPIRED_MESSAGE = "portal_account: the first password has expired"

_EXPIRY_CHECK = f"""
        SELECT RAISE(ABORT, '{_EXPIRED_MESSAGE}')
        WHERE NEW.password_hash IS NOT OLD.password_hash AND OLD.status = 'issued'
          AND OLD.first_password_expires_at IS NOT NULL
          AND OLD.first_password_expires_at <= strftime('%Y-%m-%d %H:%M:%f', 'now');"""


def _sqlite_portal_trigger(expiry_check: str) -> str:
    """Revision 0002's INSTEAD OF trigger, with ``expiry_check`` after its column checks."""
    return f"""
    CREATE TRIGGER portal_account_update INSTEAD OF UPDATE ON portal_account
    BEGIN
        SELECT RAISE(ABORT, '{_FIXED_COLUMNS_MESSAGE}')
        WHERE NEW.login_id IS NOT OLD.login_id OR NEW.status IS NOT OLD.status
           OR NEW.first_password_expires_at IS NOT OLD.first_password_expires_at
           OR NEW.first_name IS NOT OLD.first_name OR NEW.last_name IS NOT OLD.last_name;
        SELECT RAISE(ABORT, '{_NEW_PASSWORD_MESSAGE}')
        WHERE NEW.password_hash IS NOT OLD.password_hash
          AND (substr(NEW.password_hash, 1, 10) IS NOT '$argon2id$'
               OR NEW.must_change_password IS NOT 0
               OR NEW.password_changed_at IS NULL
               OR NEW.password_changed_at IS OLD.password_changed_at
               OR NEW.security_stamp IS NULL
               OR NEW.security_stamp IS OLD.security_stamp);
        SELECT RAISE(ABORT, '{_PASSWORD_FIELDS_MESSAGE}')
        WHERE NEW.password_hash IS OLD.password_hash
          AND (NEW.must_change_password IS NOT OLD.must_change_password
               OR NEW.password_changed_at IS NOT OLD.password_changed_at
               OR NEW.security_stamp IS NOT OLD.security_stamp);{expiry_check}
        UPDATE account
        SET password_hash = NEW.password_hash, must_change_password = 0,
            password_changed_at = NEW.password_changed_at,
            security_stamp = NEW.security_stamp, status = 'active',
            updated_at = NEW.password_changed_at, last_login_at = NEW.last_login_at,
            failed_login_count = NEW.failed_login_count
        WHERE NEW.password_hash IS NOT OLD.password_hash AND login_id = OLD.login_id
          AND security_stamp = OLD.security_stamp AND status IN ('issued', 'active');
        UPDATE account
        SET last_login_at = NEW.last_login_at, failed_login_count = NEW.failed_login_count
        WHERE NEW.password_hash IS OLD.password_hash AND login_id = OLD.login_id
          AND security_stamp = OLD.security_stamp;
    END
    """


_LETTER_BROKEN = """
    (NEW.state IS NOT NULL AND OLD.state IS NULL)
    OR (NEW.state <> OLD.state AND (OLD.state || '>' || NEW.state) NOT IN ({moves}))
    OR (OLD.number IS NOT NULL AND {number_changed})
    OR {account_changed}
    OR (OLD.delivered_at IS NOT NULL AND {delivered_changed})
"""


def _letter_broken(changed_template: str) -> str:
    return _LETTER_BROKEN.format(
        moves=LETTER_MOVES,
        number_changed=changed_template.format(column="number"),
        account_changed=changed_template.format(column="account_id"),
        delivered_changed=changed_template.format(column="delivered_at"))


_PG_LETTER_GUARD = f"""
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT iok_session_is_dba() AND NEW.state IS NOT NULL AND (NEW.state <> 'printed'
           OR NEW.delivered_at IS NOT NULL OR NEW.returned_at IS NOT NULL
           OR NEW.voided_at IS NOT NULL) THEN
            RAISE EXCEPTION 'letter: a new letter starts printed' USING ERRCODE = 'IK001';
        END IF;
        RETURN NEW;
    END IF;
    IF {_letter_broken("NEW.{column} IS DISTINCT FROM OLD.{column}")} THEN
        RAISE EXCEPTION 'letter %: % -> %: {LETTER_MESSAGE}', OLD.number, OLD.state, NEW.state
            USING ERRCODE = 'IK001';
    END IF;
    RETURN NEW;
END
"""


def _sqlite_up() -> list[str]:
    return [
        "DROP VIEW portal_account",
        "CREATE VIEW portal_account AS\n    " + PORTAL_ACCOUNT_NEW,
        _sqlite_portal_trigger(_EXPIRY_CHECK),
        f"""
        CREATE TRIGGER letter_life_cycle BEFORE UPDATE ON letter
        WHEN {_letter_broken("NEW.{column} IS NOT OLD.{column}")}
        BEGIN SELECT RAISE(ABORT, '{LETTER_MESSAGE}'); END
        """,
    ]


def _sqlite_down() -> list[str]:
    return [
        "DROP TRIGGER letter_life_cycle",
        "DROP VIEW portal_account",
        "CREATE VIEW portal_account AS\n    " + PORTAL_ACCOUNT_OLD,
        _sqlite_portal_trigger(""),
    ]


def _postgresql_up(schema: str) -> list[str]:
    return [
        f'CREATE OR REPLACE FUNCTION iok_letter_guard() RETURNS trigger LANGUAGE plpgsql '
        f'SET search_path = "{schema}", pg_temp AS $body$\n{_PG_LETTER_GUARD}\n$body$',
        "REVOKE ALL ON FUNCTION iok_letter_guard() FROM PUBLIC",
        "CREATE TRIGGER iok_letter_guard BEFORE INSERT OR UPDATE ON letter "
        "FOR EACH ROW EXECUTE FUNCTION iok_letter_guard()",
        "CREATE TRIGGER iok_record_change AFTER INSERT OR UPDATE ON letter "
        "FOR EACH ROW EXECUTE FUNCTION iok_record_change()",
        "CREATE OR REPLACE VIEW portal_account AS " + PORTAL_ACCOUNT_NEW,
    ]


POSTGRESQL_DOWN = [
    "CREATE OR REPLACE VIEW portal_account AS " + PORTAL_ACCOUNT_OLD,
    "DROP TRIGGER iok_record_change ON letter",
    "DROP TRIGGER iok_letter_guard ON letter",
    "DROP FUNCTION iok_letter_guard()",
]

_NEW_COLUMNS = ("number", "state", "activates_on_delivery", "delivered_at", "delivered_by_id",
                "received_by", "id_checked_by_id", "tracking_number", "returned_at",
                "voided_at", "void_reason", "scan_name", "scan")


def upgrade() -> None:
    op.create_table(
        "letter_counter",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_letter_counter")),
    )
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.add_column(sa.Column("number", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("state", sa.Enum(
            "printed", "handed_over", "posted", "returned", "voided", name="letter_state",
            native_enum=False, create_constraint=True, length=24), nullable=True))
        batch_op.add_column(sa.Column("activates_on_delivery", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column("delivered_at", sa.DateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column("delivered_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("received_by", sa.String(length=120), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("id_checked_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("tracking_number", sa.String(length=40), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("returned_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("void_reason", sa.Text(), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("scan_name", sa.String(length=255), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("scan", sa.LargeBinary(), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_letter_number"), ["number"])
        batch_op.create_index(batch_op.f("ix_letter_state"), ["state"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_letter_delivered_by_id_clerk"), "clerk",
                                    ["delivered_by_id"], ["id"])
        batch_op.create_foreign_key(batch_op.f("fk_letter_id_checked_by_id_clerk"), "clerk",
                                    ["id_checked_by_id"], ["id"])
    with op.batch_alter_table("letter", schema=None) as batch_op:
        for column in ("activates_on_delivery", "received_by", "tracking_number",
                       "void_reason", "scan_name"):
            batch_op.alter_column(column, server_default=None)
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        statements = _postgresql_up(schema)
    else:
        statements = _sqlite_up()
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    statements = POSTGRESQL_DOWN if bind.dialect.name == "postgresql" else _sqlite_down()
    for statement in statements:
        op.execute(statement)
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_letter_id_checked_by_id_clerk"),
                                 type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_letter_delivered_by_id_clerk"),
                                 type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_letter_state"))
        batch_op.drop_constraint(batch_op.f("uq_letter_number"), type_="unique")
        if bind.dialect.name == "sqlite":
            batch_op.drop_constraint(batch_op.f("ck_letter_letter_state"), type_="check")
        for column in reversed(_NEW_COLUMNS):
            batch_op.drop_column(column)
    op.drop_table("letter_counter")
