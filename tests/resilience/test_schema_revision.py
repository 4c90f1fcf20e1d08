"""The desk opened on a database made by a newer (or unknown) IOK Desk refuses to write
anything; one left at an older revision on a server is never upgraded behind the admin's back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text
from support.rows import row_counts

from iok_desk.cli import main
from iok_desk.db import migrations
from iok_desk.db.engine import Database
from iok_desk.domain.errors import SchemaMismatch
from iok_desk.services.context import Actor

WRITES = [
    ["request", "add", "--kind", "grant", "--channel", "paper", "--first-name", "Jan",
     "--last-name", "Kowalski", "--unit", "Paprykowa 12/5"],
    ["clerk", "add", "ewa", "--role", "clerk"],
    ["demo", "--accounts", "5"],
]


NEWER = "9999_from_a_newer_desk"


def _set_revision(db: Database, revision: str) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


@pytest.fixture
def newer_schema(db: Database, admin: Actor) -> Iterator[Database]:
    """The database as a newer IOK Desk left it; put back afterwards (the PostgreSQL test
    database is shared by the whole run)."""
    head = migrations.head_revision(db.engine)
    _set_revision(db, NEWER)
    yield db
    _set_revision(db, head)


@pytest.mark.parametrize("command", WRITES, ids=lambda argv: " ".join(argv[:2]))
def test_a_newer_schema_is_refused_and_nothing_is_written(
        capsys: pytest.CaptureFixture[str], newer_schema: Database, database_url: str,
        command: list[str]) -> None:
    before = row_counts(newer_schema)
    code = main(["--database", database_url, "--clerk", "admin", *command])
    err = capsys.readouterr().err
    assert code == 1
    assert "nowszej" in err and "Traceback" not in err
    assert row_counts(newer_schema) == before
    assert migrations.current_revision(newer_schema.engine) == NEWER


def test_the_schema_check_refuses_before_any_use_case(newer_schema: Database) -> None:
    for silently in (True, False):
        with pytest.raises(SchemaMismatch) as error:
            migrations.ensure_schema(newer_schema.engine, upgrade_silently=silently)
        assert error.value.code == "schema_unknown"
        assert error.value.details["current"] == NEWER
    assert migrations.current_revision(newer_schema.engine) == NEWER


@pytest.mark.postgres
def test_an_older_server_schema_is_not_upgraded_by_a_clerk(
        capsys: pytest.CaptureFixture[str], postgres_server) -> None:  # type: ignore[no-untyped-def]
    url = postgres_server.create_database().render_as_string(hide_password=False)
    database = Database(url)
    migrations.upgrade(database.engine, "0001")
    code = main(["--database", url, "--clerk", "admin", *WRITES[0]])
    err = capsys.readouterr().err
    assert code == 1 and "iok-desk db upgrade" in err
    assert migrations.current_revision(database.engine) == "0001"
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM request")).scalar_one() == 0
        assert connection.execute(text("SELECT count(*) FROM clerk")).scalar_one() == 0
    database.dispose()
