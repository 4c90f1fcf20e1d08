"""Alembic owns the schema: upgrade head gives exactly the models, and the way back works."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from iok_desk.db import migrations
from iok_desk.db.engine import Database, make_engine
from iok_desk.db.models import Base
from iok_desk.domain.errors import SchemaMismatch


def _differences(database: Database) -> list[object]:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "compare_type": True, "include_name": migrations.include_name})
        return list(compare_metadata(context, Base.metadata))


def test_upgrade_head_produces_exactly_the_models(fresh_database_url: str) -> None:
    database = Database(fresh_database_url)
    migrations.upgrade(database.engine)
    assert migrations.current_revision(database.engine) == migrations.head_revision(
        database.engine)
    assert _differences(database) == []
    database.dispose()


def test_downgrade_to_base_then_upgrade_again(fresh_database_url: str) -> None:
    database = Database(fresh_database_url)
    migrations.upgrade(database.engine)
    migrations.downgrade(database.engine, "base")
    tables = set(inspect(database.engine).get_table_names()) - {"alembic_version"}
    assert not tables & set(Base.metadata.tables)
    migrations.upgrade(database.engine)
    assert _differences(database) == []
    database.dispose()


def test_embedded_sqlite_is_created_and_migrated_on_first_use(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "iok.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrations.ensure_schema(engine, upgrade_silently=True)
    assert migrations.current_revision(engine) == migrations.head_revision(engine)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    engine.dispose()
    with sqlite3.connect(path) as raw:
        assert raw.execute("select count(*) from clerk").fetchone() == (0,)


@pytest.mark.postgres
def test_postgres_at_an_older_revision_is_never_upgraded_silently(postgres_server) -> None:  # type: ignore[no-untyped-def]
    url = postgres_server.create_database().render_as_string(hide_password=False)
    engine = make_engine(url)
    with pytest.raises(SchemaMismatch) as error:
        migrations.ensure_schema(engine, upgrade_silently=False)
    assert "iok-desk db upgrade" in error.value.message
    assert migrations.current_revision(engine) is None  # nothing was done
    migrations.upgrade(engine, "0001")
    if migrations.head_revision(engine) != "0001":
        with pytest.raises(SchemaMismatch) as error:
            migrations.ensure_schema(engine, upgrade_silently=False)
        assert "iok-desk db upgrade" in error.value.message
        assert migrations.current_revision(engine) == "0001"
    engine.dispose()


def test_a_database_from_a_newer_program_is_refused(fresh_database_url: str) -> None:
    engine = make_engine(fresh_database_url)
    migrations.upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    with pytest.raises(SchemaMismatch) as error:
        migrations.ensure_schema(engine, upgrade_silently=True)
    assert error.value.code == "schema_unknown"
    assert migrations.current_revision(engine) == "ffff_future"
    engine.dispose()
