"""Which package may import which: one table for the whole of ``iok_desk``.

Each top-level package (or module) lists the packages of ``iok_desk`` and the infrastructure
libraries (Qt, SQLAlchemy, Alembic) it may import; anything else is an upward or sideways import
and fails. Lazy imports inside functions count too.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

import iok_desk

PACKAGE = Path(iok_desk.__file__).parent
WATCHED_LIBRARIES = frozenset({"PySide6", "sqlalchemy", "alembic"})

ALLOWED: dict[str, frozenset[str]] = {
    "domain": frozenset(),
    "package_data": frozenset(),
    "private_files": frozenset({"domain"}),
    "intake": frozenset({"domain"}),
    "db": frozenset({"domain", "package_data", "sqlalchemy", "alembic"}),
    # 0004 writes the life-cycle triggers from the domain's transition tables.
    "migrations": frozenset({"db", "domain", "sqlalchemy", "alembic"}),
    "portal": frozenset({"domain", "sqlalchemy"}),
    # services.connection reads the schema revision a running desk watches.
    "services": frozenset({"db", "domain", "intake", "private_files", "sqlalchemy",
                           "alembic"}),
    # letters.produce takes the database handle to call the services; renderers take values.
    "letters": frozenset({"db", "domain", "package_data", "private_files", "services"}),
    # What both front ends share to open the database: the address, keyring, schema check.
    "bootstrap": frozenset({"db", "domain", "services", "sqlalchemy", "alembic"}),
    # cli.main starts the GUI; cli.admin parses a URL with SQLAlchemy's parser.
    "cli": frozenset({"bootstrap", "db", "domain", "letters", "private_files", "services",
                      "sqlalchemy", "ui"}),
    "ui": frozenset({"PySide6", "bootstrap", "db", "domain", "intake", "letters",
                     "package_data", "private_files", "services"}),
}

# Within letters only produce.py meets the database and the services' use cases; renderers take
# the result values (services.dto, the report dataclasses) and the letterhead (domain).
LETTERS_RENDERERS_MAY_NOT = ("iok_desk.db.", "iok_desk.services.accounts.",
                             "iok_desk.services.settings.", "iok_desk.services.requests.")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _layer(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def _used_layers() -> dict[str, dict[str, set[str]]]:
    """layer -> imported layer -> the modules importing it."""
    used: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for path in PACKAGE.rglob("*.py"):
        layer = _layer(path)
        for name in _imports(path):
            top, _, rest = name.partition(".")
            if top == "iok_desk" and rest:
                imported = rest.split(".")[0]
            elif top in WATCHED_LIBRARIES:
                imported = top
            else:
                continue
            if imported != layer:
                used[layer][imported].add(str(path.relative_to(PACKAGE)))
    return used


def test_every_package_is_in_the_table() -> None:
    layers = {_layer(path) for path in PACKAGE.rglob("*.py")} - {"__init__", "__main__"}
    assert layers <= ALLOWED.keys(), f"add {sorted(layers - ALLOWED.keys())} to ALLOWED"


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_a_package_imports_only_what_the_table_allows(layer: str) -> None:
    used = _used_layers()[layer]
    unexpected = {imported: sorted(modules) for imported, modules in used.items()
                  if imported not in ALLOWED[layer]}
    assert not unexpected, f"{layer} may not import {unexpected}"


def test_letter_renderers_take_values_only_produce_calls_services() -> None:
    for path in sorted((PACKAGE / "letters").glob("*.py")):
        if path.name == "produce.py":
            continue
        for name in _imports(path):
            assert not (name + ".").startswith(LETTERS_RENDERERS_MAY_NOT), \
                f"{path.name} imports {name}"


def test_the_table_catches_an_upward_import(tmp_path: Path) -> None:
    module = tmp_path / "sneaky.py"
    module.write_text("def f():\n    from iok_desk.ui import app\n", encoding="utf-8")
    assert "iok_desk.ui" in _imports(module)
