"""web form: the electronic form's submissions, which the portal may only insert

Revision ID: 0009
Revises: 0004
Create Date: 2026-12-02

``web_form_submission`` takes what a resident sends through the cooperative's electronic
form. On PostgreSQL the portal's group may INSERT only the form's columns (``setup_roles``):
it cannot read, change or delete a submission, nor set its status, time or request. The
database checks each value itself (both databases): a known kind, names of 1–60 characters,
lengths of every field, a login ID of 8 digits or none, an e-mail with an @, a note of at most
2,000 characters, the consent to the rules ticked; PostgreSQL also refuses control characters.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from iok_desk.domain.states import RequestKind

revision = '0009'
down_revision = "0008"
branch_labels = None
depends_on = None

TABLE = "web_form_submission"
FORM_TEXT = {"first_name": 60, "last_name": 60, "unit_text": 120, "login_id_text": 8,
             "email": 254, "phone": 40, "note": 2000}


def _checks(dialect: str) -> list[sa.CheckConstraint]:
    kinds = ", ".join(f"'{kind.value}'" for kind in RequestKind)
    checks = {
        "kind": f"kind IN ({kinds})",
        "first_name_given": "length(trim(first_name)) >= 1",
        "last_name_given": "length(trim(last_name)) >= 1",
        "consent": "consent",
        "status": "status IN ('new', 'registered', 'dismissed')",
        "email_form": "email = '' OR email LIKE '%_@_%'",
        **{f"{name}_length": f"length({name}) <= {limit}" for name, limit in FORM_TEXT.items()},
    }
    if dialect == "postgresql":
        checks["login_id_digits"] = "login_id_text ~ '^([0-9]{8})?$'"
        for name in FORM_TEXT:
            checks[f"{name}_printable"] = (
                f"{name} !~ '[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]'" if name == "note"
                else f"{name} !~ '[[:cntrl:]]'")
    else:
        checks["login_id_digits"] = ("login_id_text = '' OR (length(login_id_text) = 8 "
                                     "AND login_id_text NOT GLOB '*[^0-9]*')")
    return [sa.CheckConstraint(sql, name=op.f(f"ck_{TABLE}_{name}"))
            for name, sql in checks.items()]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True),
                  server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("first_name", sa.String(length=60), nullable=False),
        sa.Column("last_name", sa.String(length=60), nullable=False),
        sa.Column("unit_text", sa.String(length=120), server_default="", nullable=False),
        sa.Column("login_id_text", sa.String(length=8), server_default="", nullable=False),
        sa.Column("email", sa.String(length=254), server_default="", nullable=False),
        sa.Column("phone", sa.String(length=40), server_default="", nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=12), server_default="new", nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("processed_reason", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["request.id"],
                                name=op.f("fk_web_form_submission_request_id_request")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_form_submission")),
        *_checks(dialect),
    )
    op.create_index(op.f("ix_web_form_submission_submitted_at"), TABLE, ["submitted_at"],
                    unique=False)
    op.create_index(op.f("ix_web_form_submission_status"), TABLE, ["status"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_web_form_submission_status"), table_name=TABLE)
    op.drop_index(op.f("ix_web_form_submission_submitted_at"), table_name=TABLE)
    op.drop_table(TABLE)
