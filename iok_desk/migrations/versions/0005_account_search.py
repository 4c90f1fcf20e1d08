"""account search: one search row per account, kept by the database

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

The search box and the accounts list read ``account_search`` (one row per account: the list's
sort keys, the search box's ``live_rank``/``sort_name`` and the ``haystack`` — folded name,
contact, login ID and every unit address, one per line) and ``account_search_prefix`` (every
distinct first one and two characters of the name, login ID and addresses, with the sort key).
Triggers on account, person, unit and account_unit rewrite an account's rows whenever one of
their sources changes, in the writing transaction, whoever writes (desk, portal, imports):

- a word of three characters or more is looked up in the haystack's trigram index
  (SQLite: FTS5 ``account_search_fts`` with the trigram tokenizer, kept by triggers on
  ``account_search``; PostgreSQL: pg_trgm GIN ``ix_trgm_account_search_haystack``);
- a word of one or two characters is one range of ``ix_account_search_prefix_order``, already
  in the search box's order, so the first 50 rows are the first 50 index entries.

PostgreSQL: the rows are written by ``iok_account_search_refresh``, a SECURITY DEFINER function
of the schema's owner (EXECUTE revoked from PUBLIC); the desk's groups may only read the two
tables (``services.roles.READ_ONLY_TABLES``), the portal not even that. pg_trgm must be
installed in the database (revision 0003 creates it; it is a trusted extension, so the
database's owner may, otherwise the server's administrator runs ``CREATE EXTENSION pg_trgm``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from iok_desk.domain.errors import NotAllowed

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

TRIGRAM_INDEX = "ix_trgm_account_search_haystack"
FTS = "account_search_fts"

# The rows of the accounts whose id is {among} the ones rewritten, written from scratch.
_SEARCH_ROWS = """
    SELECT a.id, CASE WHEN a.status = 'revoked' THEN 1 ELSE 0 END, a.status, p.name_search,
           a.login_id, a.issued_at,
           p.name_search || {nl} || p.contact_search || {nl} || a.login_id
           || coalesce((SELECT {concat} FROM account_unit au JOIN unit u ON u.id = au.unit_id
                        WHERE au.account_id = a.id), '')
    FROM account a JOIN person p ON p.id = a.person_id WHERE a.id {among}"""
_PREFIX_ROWS = """
    SELECT DISTINCT k.account_id, substr(k.sort_key, 1, n.n), k.live_rank, k.sort_name FROM (
        SELECT s.account_id, s.sort_name AS sort_key, s.live_rank, s.sort_name
            FROM account_search s WHERE s.account_id {among}
        UNION ALL SELECT s.account_id, s.login_id, s.live_rank, s.sort_name
            FROM account_search s WHERE s.account_id {among}
        UNION ALL SELECT s.account_id, u.address_search, s.live_rank, s.sort_name
            FROM account_search s JOIN account_unit au ON au.account_id = s.account_id
            JOIN unit u ON u.id = au.unit_id WHERE s.account_id {among}
    ) k CROSS JOIN (SELECT 1 AS n UNION ALL SELECT 2) n WHERE k.sort_key <> ''"""
_COLUMNS = "account_id, live_rank, status, sort_name, login_id, issued_at, haystack"
_PREFIX_COLUMNS = "account_id, prefix, live_rank, sort_name"


def _refresh(ids: str, *, dialect: str) -> list[str]:
    """The statements that rewrite the search rows of the accounts ``ids`` (SQLite: a list or
    a subquery; PostgreSQL: an integer[])."""
    if dialect == "postgresql":
        nl, concat = "E'\\n'", "string_agg(E'\\n' || u.address_search, '')"
        among = f"= ANY({ids})"
    else:
        nl, concat = "char(10)", "group_concat(char(10) || u.address_search, '')"
        among = f"IN ({ids})"
    return [f"DELETE FROM account_search_prefix WHERE account_id {among}",
            f"DELETE FROM account_search WHERE account_id {among}",
            f"INSERT INTO account_search ({_COLUMNS}) "
            + _SEARCH_ROWS.format(nl=nl, concat=concat, among=among),
            f"INSERT INTO account_search_prefix ({_PREFIX_COLUMNS}) "
            + _PREFIX_ROWS.format(among=among)]


# (trigger name, table and event, the accounts it touches)
_SQLITE_TRIGGERS = (
    ("account_search_account_insert", "AFTER INSERT ON account", "new.id"),
    ("account_search_account_update",
     "AFTER UPDATE OF status, person_id, login_id, issued_at ON account", "new.id, old.id"),
    ("account_search_person_update", "AFTER UPDATE OF name_search, contact_search ON person",
     "SELECT id FROM account WHERE person_id = new.id"),
    ("account_search_unit_update", "AFTER UPDATE OF address_search ON unit",
     "SELECT account_id FROM account_unit WHERE unit_id = new.id"),
    ("account_search_access_insert", "AFTER INSERT ON account_unit", "new.account_id"),
    ("account_search_access_update", "AFTER UPDATE OF account_id, unit_id ON account_unit",
     "new.account_id, old.account_id"),
    ("account_search_access_delete", "AFTER DELETE ON account_unit", "old.account_id"),
)

_SQLITE_FTS = (
    f"CREATE VIRTUAL TABLE {FTS} USING fts5(haystack, content='account_search', "
    "content_rowid='account_id', tokenize='trigram')",
    f"CREATE TRIGGER {FTS}_insert AFTER INSERT ON account_search BEGIN "
    f"INSERT INTO {FTS}(rowid, haystack) VALUES (new.account_id, new.haystack); END",
    f"CREATE TRIGGER {FTS}_delete AFTER DELETE ON account_search BEGIN "
    f"INSERT INTO {FTS}({FTS}, rowid, haystack) VALUES ('delete', old.account_id, "
    "old.haystack); END",
)

# PostgreSQL: (trigger, table, timing, the accounts it touches as an integer[] expression).
# Inserts and deletes are statement triggers over the transition table, so a bulk import
# rewrites the search rows once per statement; an UPDATE OF columns cannot have a transition
# table and is a row trigger.
_PG_TRIGGERS = (
    ("account_insert", "account", "INSERT", "REFERENCING NEW TABLE AS changed FOR EACH STATEMENT",
     "ARRAY(SELECT id FROM changed)"),
    ("account_update", "account", "UPDATE OF status, person_id, login_id, issued_at",
     "FOR EACH ROW", "ARRAY[NEW.id, OLD.id]"),
    ("person_update", "person", "UPDATE OF name_search, contact_search", "FOR EACH ROW",
     "ARRAY(SELECT id FROM account WHERE person_id = NEW.id)"),
    ("unit_update", "unit", "UPDATE OF address_search", "FOR EACH ROW",
     "ARRAY(SELECT account_id FROM account_unit WHERE unit_id = NEW.id)"),
    ("access_insert", "account_unit", "INSERT",
     "REFERENCING NEW TABLE AS changed FOR EACH STATEMENT",
     "ARRAY(SELECT DISTINCT account_id FROM changed)"),
    ("access_update", "account_unit", "UPDATE OF account_id, unit_id", "FOR EACH ROW",
     "ARRAY[NEW.account_id, OLD.account_id]"),
    ("access_delete", "account_unit", "DELETE",
     "REFERENCING OLD TABLE AS changed FOR EACH STATEMENT",
     "ARRAY(SELECT DISTINCT account_id FROM changed)"),
)


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())


def _require_pg_trgm() -> None:
    """pg_trgm in this database (0003 made it), or a clear refusal before anything changes."""
    bind = op.get_bind()
    if bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first():
        return
    if bind.exec_driver_sql("SELECT 1 FROM pg_available_extensions "
                            "WHERE name = 'pg_trgm'").first() is None:
        raise NotAllowed("Serwer PostgreSQL nie ma rozszerzenia pg_trgm: administrator serwera "
                         "musi je zainstalować (pakiet postgresql-contrib), potem ponów "
                         "„iok-desk db upgrade”.", code="pg_trgm_missing")
    op.execute("CREATE EXTENSION pg_trgm")


def _pg_up() -> None:
    op.execute(f"CREATE INDEX {TRIGRAM_INDEX} ON account_search USING gin "
               "(haystack gin_trgm_ops)")
    schema = _schema()
    body = "\n".join(f"    {statement};" for statement in _refresh("ids", dialect="postgresql"))
    # plpgsql, not sql: its statements' plans are kept between calls.
    op.execute(f'CREATE FUNCTION iok_account_search_refresh(ids integer[]) RETURNS void '
               f'LANGUAGE plpgsql SECURITY DEFINER SET search_path = "{schema}", pg_temp '
               f'AS $body$\nBEGIN\n{body}\nEND\n$body$')
    op.execute("REVOKE ALL ON FUNCTION iok_account_search_refresh(integer[]) FROM PUBLIC")
    for name, table, events, level, ids in _PG_TRIGGERS:
        result = "NULL" if "STATEMENT" in level else "NEW"
        op.execute(
            f"CREATE FUNCTION iok_account_search_{name}() RETURNS trigger LANGUAGE plpgsql "
            f'SECURITY DEFINER SET search_path = "{schema}", pg_temp AS $body$\n'
            f"BEGIN PERFORM iok_account_search_refresh({ids}); RETURN {result}; END\n$body$")
        op.execute(f"REVOKE ALL ON FUNCTION iok_account_search_{name}() FROM PUBLIC")
        op.execute(f"CREATE TRIGGER account_search_{name} AFTER {events} ON {table} "
                   f"{level} EXECUTE FUNCTION iok_account_search_{name}()")
    op.execute("SELECT iok_account_search_refresh(ARRAY(SELECT id FROM account))")


def _sqlite_up() -> None:
    for statement in _SQLITE_FTS:
        op.execute(statement)
    for name, event, ids in _SQLITE_TRIGGERS:
        body = " ".join(f"{statement};" for statement in _refresh(ids, dialect="sqlite"))
        op.execute(f"CREATE TRIGGER {name} {event} BEGIN {body} END")
    for statement in _refresh("SELECT id FROM account", dialect="sqlite"):
        op.execute(statement)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _require_pg_trgm()
    op.create_table(
        "account_search",
        sa.Column("account_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("live_rank", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("sort_name", sa.String(length=130), nullable=False),
        sa.Column("login_id", sa.String(length=8), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("haystack", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], ondelete="CASCADE",
                                name=op.f("fk_account_search_account_id_account")),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_account_search")),
    )
    for name, columns in (("ix_account_search_rank_name", ["live_rank", "sort_name",
                                                           "account_id"]),
                          ("ix_account_search_name", ["sort_name", "login_id"]),
                          ("ix_account_search_status", ["status", "sort_name", "login_id"]),
                          ("ix_account_search_login", ["login_id"]),
                          ("ix_account_search_issued", ["issued_at", "account_id"])):
        op.create_index(name, "account_search", columns)
    op.create_table(
        "account_search_prefix",
        sa.Column("account_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("prefix", sa.String(length=2), nullable=False),
        sa.Column("live_rank", sa.Integer(), nullable=False),
        sa.Column("sort_name", sa.String(length=130), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], ondelete="CASCADE",
                                name=op.f("fk_account_search_prefix_account_id_account")),
        sa.PrimaryKeyConstraint("account_id", "prefix", name=op.f("pk_account_search_prefix")),
    )
    op.create_index("ix_account_search_prefix_order", "account_search_prefix",
                    ["prefix", "live_rank", "sort_name", "account_id"])
    if op.get_bind().dialect.name == "postgresql":
        _pg_up()
    else:
        _sqlite_up()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, table, _events, _level, _ids in _PG_TRIGGERS:
            op.execute(f"DROP TRIGGER account_search_{name} ON {table}")
            op.execute(f"DROP FUNCTION iok_account_search_{name}()")
        op.execute("DROP FUNCTION iok_account_search_refresh(integer[])")
        op.execute(f"DROP INDEX {TRIGRAM_INDEX}")
    else:
        for name, _event, _ids in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
        op.execute(f"DROP TRIGGER {FTS}_insert")
        op.execute(f"DROP TRIGGER {FTS}_delete")
        op.execute(f"DROP TABLE {FTS}")
    op.drop_table("account_search_prefix")
    op.drop_table("account_search")
