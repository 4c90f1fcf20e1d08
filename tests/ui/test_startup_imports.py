"""The cold start imports only what a start needs (issue 12 point 8): neither Alembic, nor
reportlab, nor pypdf, nor the desk's e-mail and register parsers — checked in a fresh
interpreter for the window's module chain here, and for a real start on a database at this
desk's head (where the schema check reads the revision without Alembic) in
test_startup_first_frame.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from iok_desk.db import migrations, revisions
from iok_desk.db.engine import Database

ROOT = Path(__file__).resolve().parents[2]

NOT_AT_START = ("alembic", "mako", "reportlab", "pypdf", "pypdfium2", "PIL", "iok_desk.intake",
                "iok_desk.services.intake", "iok_desk.services.register_import",
                "iok_desk.ui.request_dialogs", "iok_desk.ui.preview", "iok_desk.ui.letters")
# The toolbar's icons come on the main window's first turn of the event loop: not imported by
# its modules, but by the time the started desk is usable.
ICONS = ("qtawesome",)

CHAIN = """
import json, sys
import iok_desk.cli.main, iok_desk.ui.app, iok_desk.ui.main_window
print(json.dumps(sorted(sys.modules)))
"""

def loaded(modules: list[str], unwanted: tuple[str, ...] = NOT_AT_START) -> list[str]:
    return [name for name in modules
            if any(name == prefix or name.startswith(prefix + ".") for prefix in unwanted)]


def _run(code: str, *arguments: str, config: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config),
               HOME=str(config))
    result = subprocess.run([sys.executable, "-c", code, *arguments], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_the_main_window_s_module_chain_imports_nothing_a_start_does_not_need(
        tmp_path: Path) -> None:
    modules = json.loads(_run(CHAIN, config=tmp_path))
    assert "iok_desk.ui.main_window" in modules
    assert loaded(modules, NOT_AT_START + ICONS) == []


def test_the_revisions_read_without_alembic_are_alembic_s(database_url: str) -> None:
    database = Database(database_url)
    try:
        script = ScriptDirectory.from_config(migrations.alembic_config(database.engine))
        assert revisions.heads() == set(script.get_heads())
        assert revisions.known_revisions() == {item.revision
                                               for item in script.walk_revisions()}
        assert revisions.current_revision(database.engine) == migrations.current_revision(
            database.engine) == script.get_current_head()
    finally:
        database.dispose()


def test_a_database_without_a_schema_is_at_no_revision(fresh_database_url: str) -> None:
    database = Database(fresh_database_url)
    try:
        assert revisions.current_revision(database.engine) is None
        migrations.upgrade(database.engine, "0002")
        assert revisions.current_revision(database.engine) == "0002"
        assert "0002" not in revisions.heads()
    finally:
        database.dispose()


@pytest.mark.parametrize(("down", "parents", "heads"), [
    ("None", (), {"0002", "0003"}),
    ("'0001'", ("0001",), {"0002", "0003"}),
    ("('0001', '0002')", ("0001", "0002"), {"0003"}),
])
def test_the_chain_is_read_from_the_scripts_literals(tmp_path: Path, down: str,
                                                      parents: tuple[str, ...],
                                                      heads: set[str]) -> None:
    (tmp_path / "0001_a.py").write_text("revision = '0001'\ndown_revision = None\n")
    (tmp_path / "0002_b.py").write_text("revision: str = '0002'\ndown_revision = '0001'\n")
    (tmp_path / "0003_c.py").write_text(f'"""A merge."""\nrevision = "0003"\n'
                                        f"down_revision = {down}\n")
    assert revisions.script_revisions(tmp_path) == {"0001": (), "0002": ("0001",),
                                                    "0003": parents}
    assert revisions.heads(tmp_path) == heads
