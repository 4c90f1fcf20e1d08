"""Row counts of every table: a refused use case or import must leave each one as it was."""

from __future__ import annotations

from sqlalchemy import func, select

from iok_desk.db.engine import Database
from iok_desk.db.models import Base

# The database's own change log (PostgreSQL) grows with every accepted write, as the audit
# trail does; tests/security asserts what it records.
NOT_COUNTED = {"db_change"}


def row_counts(db: Database) -> dict[str, int]:
    """How many rows each table holds, in one round trip."""
    tables = [table for table in Base.metadata.sorted_tables if table.name not in NOT_COUNTED]
    query = select(*[select(func.count()).select_from(table).scalar_subquery().label(table.name)
                     for table in tables])
    with db.reading() as session:
        row = session.execute(query).one()
    return dict(zip([table.name for table in tables], row, strict=True))
