"""The desk opened on a database made by a newer (or unknown) IOK Desk refuses to write
anything; one left at an older revision on a server is never upgraded behind the admin's back."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from iok_desk.cli import main
from iok_desk.db import migrations
from iok_desk.db.engine import Database
from iok_desk.domain.errors import SchemaMismatch
from iok_desk.services.context import Actor

from .conftest import row_counts

WRITES = [
    ["request", "add", "--kind", "grant", "--channel", "paper", "--first-name", "Jan",
     "--last-name", "Kowalski", "--unit", "Paprykowa 12/5"],
    ["clerk", "add", "ewa", "--role", "clerk"],
    ["demo", "--accounts", "5"],
]


def _set_revision(db: Database, revision: str) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


@pytest.mark.parametrize("command", WRITES, ids=lambda argv: " ".join(argv[:2]))
def test_a_newer_schema_is_refused_and_nothing_is_written(
        capsys: pytest.CaptureFixture[str], db: Database, admin: Actor, database_url: str,
        command: list[str]) -> None:
    head = migrations.head_revision(db.engine)
    before = row_counts(db)
    _set_revision(db, "9999_from_a_newer_desk")
    code = main(["--database", database_url, "--clerk", "admin", *command])
    err = capsys.readouterr().err
    assert code == 1
    assert "nowszej" in err and "Traceback" not in err
    _set_revision(db, head)
    assert row_counts(db) == before
    assert migrations.current_revision(db.engine) == head


def test_the_schema_check_refuses_before_any_use_case(db: Database, admin: Actor) -> None:
    _set_revision(db, "9999_from_a_newer_desk")
    for silently in (True, False):
        with pytest.raises(SchemaMismatch) as error:
            migrations.ensure_schema(db.engine, upgrade_silently=silently)
        assert error.value.code == "schema_unknown"
        assert error.value.details["current"] == "9999_from_a_newer_desk"
    assert migrations.current_revision(db.engine) == "9999_from_a_newer_desk"


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
