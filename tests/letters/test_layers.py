"""letters/ renders plain data: it imports neither Qt nor SQLAlchemy nor the db layer."""

from __future__ import annotations

import ast
from pathlib import Path

import iok_desk.letters

FORBIDDEN = ("PySide6", "sqlalchemy", "iok_desk.db", "iok_desk.ui")


def test_letters_import_no_qt_and_no_sql() -> None:
    package = Path(iok_desk.letters.__file__).parent
    modules = sorted(package.glob("*.py"))
    assert len(modules) >= 8
    for module in modules:
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                assert not name.startswith(FORBIDDEN), f"{module.name} imports {name}"
