"""The schema revisions this desk carries and the one a database is at, read without Alembic.

A start on a database already at this desk's head needs nothing more than these two facts;
Alembic (about a second to import on an office PC) is imported only to migrate or to explain
a mismatch (``db/migrations.py``). The migration scripts are read as Python syntax trees, not
run: each names its ``revision`` and ``down_revision`` as literals, which Alembic also demands
of them. ``tests/ui/test_startup_imports.py`` holds both readings equal."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

from sqlalchemy import Column as SqlColumn
from sqlalchemy import Connection, Engine, MetaData, String, Table, inspect, select

from iok_desk.package_data import package_path

VERSIONS_DIR = package_path("migrations", "versions")
VERSION_TABLE = "alembic_version"  # Alembic's default, which env.py keeps

_version_table = Table(VERSION_TABLE, MetaData(), SqlColumn("version_num", String(32)))


def _literal(tree: ast.Module, name: str) -> object:
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id == name:
            return ast.literal_eval(value)
    raise LookupError(name)


@cache
def script_revisions(directory: Path = VERSIONS_DIR) -> dict[str, tuple[str, ...]]:
    """Every revision of the migration scripts, with the revisions it follows."""
    chain: dict[str, tuple[str, ...]] = {}
    for script in sorted(directory.glob("*.py")):
        tree = ast.parse(script.read_text(encoding="utf-8"), filename=str(script))
        revision = _literal(tree, "revision")
        down = _literal(tree, "down_revision")
        assert isinstance(revision, str), f"{script.name}: revision is not a string"
        if down is None:
            chain[revision] = ()
        elif isinstance(down, str):
            chain[revision] = (down,)
        else:
            assert isinstance(down, tuple | list), f"{script.name}: down_revision"
            chain[revision] = tuple(str(parent) for parent in down)
    return chain


def known_revisions(directory: Path = VERSIONS_DIR) -> set[str]:
    return set(script_revisions(directory))


def heads(directory: Path = VERSIONS_DIR) -> set[str]:
    """The revisions no other revision follows (one, on a well-kept chain)."""
    chain = script_revisions(directory)
    followed = {parent for parents in chain.values() for parent in parents}
    return set(chain) - followed


def current_revision(bind: Engine | Connection) -> str | None:
    """The revision the database is at; None when it has no schema yet."""
    if isinstance(bind, Engine):
        with bind.connect() as connection:
            return current_revision(connection)
    if not inspect(bind).has_table(VERSION_TABLE):
        return None
    rows = bind.scalars(select(_version_table.c.version_num)).all()
    if len(rows) > 1:
        raise LookupError(f"the database is at several revisions: {', '.join(rows)}")
    return rows[0] if rows else None
