"""Every window fits a 1280×720 screen (100 %), its buttons reachable: the main window and
every dialog the desk defines, in its largest state, opened on an offscreen screen of that size
in a process of their own."""

from __future__ import annotations

import importlib
import inspect
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QDialog

import iok_desk.ui
from iok_desk.ui.forms import BORDER, TITLE_BAR

PROBE = Path(__file__).with_name("fits_screen_probe.py")
WIDTH, HEIGHT = 1280, 720


def desk_dialogs() -> set[str]:
    """Every QDialog subclass defined in iok_desk.ui, found by importing each module (a base
    whose name starts with "_" is never shown on its own)."""
    found = set()
    for module_info in pkgutil.walk_packages(iok_desk.ui.__path__, "iok_desk.ui."):
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            if (inspect.isclass(value) and issubclass(value, QDialog)
                    and value.__module__ == module.__name__ and not name.startswith("_")):
                found.add(name)
    return found


def test_every_window_fits_1280_by_720(tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    environment = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run([sys.executable, str(PROBE)], env=environment, capture_output=True,
                          text=True, timeout=240, check=True)
    windows = {}
    for line in done.stdout.splitlines():
        name, *numbers = line.split()
        windows[name] = tuple(int(number) for number in numbers)
    assert len(desk_dialogs()) >= 25  # the search finds the dialogs
    assert set(windows) == desk_dialogs() | {"MainWindow"}, "a dialog the probe does not open"
    for name, (x, y, width, height, inside_width, inside_height) in windows.items():
        # Room for a real window manager's title bar and borders (offscreen draws 2 px).
        assert inside_width <= WIDTH - 2 * BORDER, name
        assert inside_height <= HEIGHT - TITLE_BAR - BORDER, name
        if name != "MainWindow":  # placed by the window manager
            assert 0 <= x and x + width <= WIDTH and 0 <= y and y + height <= HEIGHT, name
    assert windows["AddUnitDialog"][4] >= 420  # its text is not clipped
