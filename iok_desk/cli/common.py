"""What every subcommand shares: the database and acting clerk, and JSON output."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from iok_desk.db import migrations
from iok_desk.db.credentials_store import complete_url
from iok_desk.db.engine import Database, resolve_database_url
from iok_desk.services.clerks import validate_clerk_login
from iok_desk.services.context import actor_from
from iok_desk.services.dto import to_jsonable

EXIT_ERROR = 1
EXIT_USAGE = 2


class Desk:
    """The database and the acting clerk for one command, opened lazily."""

    def __init__(self, url: str | None, clerk: str | None) -> None:
        self.url = resolve_database_url(url)
        self.actor = actor_from(clerk)
        self._db: Database | None = None

    def raw(self) -> Database:
        """The database without the schema check (for ``db`` commands)."""
        if self._db is None:
            self._db = Database(complete_url(self.url))
        return self._db

    def db(self) -> Database:
        """The database at this program's schema revision. The embedded SQLite database is
        migrated silently; any other one never is. (The first administrator is made only by
        ``clerk bootstrap LOGIN``.)"""
        database = self.raw()
        migrations.ensure_schema(database.engine,
                                 upgrade_silently=database.dialect == "sqlite")
        validate_clerk_login(self.actor.login)
        return database

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()


Handler = Callable[[argparse.Namespace, Desk], int]


def print_json(value: Any) -> None:
    print(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2, sort_keys=True))
