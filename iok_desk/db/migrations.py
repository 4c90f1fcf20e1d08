"""Schema revisions: upgrade, and the check made before any use of a database.

The embedded SQLite database is created and migrated on first use. Any other database at an
older revision is never upgraded silently: the program stops and names ``iok-desk db upgrade``.
A database at a revision this program does not know (made by a newer IOK Desk) is refused.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from iok_desk.domain.errors import SchemaMismatch
from iok_desk.package_data import package_path

ALEMBIC_DIR = package_path("migrations")


# Objects of revisions 0003 and 0005 the models cannot express: SQLite's FTS5 tables (with their
# shadow tables ``person_fts_data``…) and PostgreSQL's trigram indexes.
SEARCH_INDEX_TABLES = ("person_fts", "unit_fts", "account_fts", "account_search_fts")
SEARCH_INDEX_PREFIX = "ix_trgm_"


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Autogenerate's filter (``include_name``): skip the search indexes of revision 0003."""
    if type_ == "table" and name:
        return not any(name == table or name.startswith(f"{table}_")
                       for table in SEARCH_INDEX_TABLES)
    if type_ == "index" and name:
        return not name.startswith(SEARCH_INDEX_PREFIX)
    return True


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(ALEMBIC_DIR))
    config.set_main_option("sqlalchemy.url",
                           engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return config


def head_revision(engine: Engine) -> str:
    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    assert head is not None, "iok_desk/migrations/versions holds no migration"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def ensure_schema(engine: Engine, *, upgrade_silently: bool) -> None:
    """Make sure the database is at this program's schema revision, or say what to do."""
    current = current_revision(engine)
    head = head_revision(engine)
    if current == head:
        return
    known = {script.revision for script in
             ScriptDirectory.from_config(alembic_config(engine)).walk_revisions()}
    if current is not None and current not in known:
        raise SchemaMismatch(
            f"Baza danych ma schemat w wersji {current}, nieznanej tej wersji IOK Desk "
            "(prawdopodobnie nowszej). Zaktualizuj program; do tej bazy nic nie zostanie "
            "zapisane.", code="schema_unknown", current=current, expected=head)
    if upgrade_silently:
        upgrade(engine)
        return
    state = "jest pusta" if current is None else f"ma starszy schemat ({current})"
    raise SchemaMismatch(
        f"Baza danych {state}; ta wersja IOK Desk wymaga schematu {head}. Administrator "
        "aktualizuje ją poleceniem: iok-desk db upgrade", code="schema_outdated",
        current=current, expected=head)
