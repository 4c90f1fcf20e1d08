"""What the Windows installer and bundle take from the repository is there and agrees with the
program (neither can be built here: see docs/install.md)."""

from __future__ import annotations

import re
from pathlib import Path

import platformdirs.windows
import pytest
from PIL import Image

from iok_desk import bootstrap
from iok_desk.package_data import package_path

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "packaging" / "iok-desk.iss").read_text(encoding="utf-8")
SPEC = (ROOT / "packaging" / "iok-desk.spec").read_text(encoding="utf-8")


def test_the_icon_has_every_windows_size_and_the_window_icon_exists() -> None:
    with Image.open(package_path("resources", "icons", "iok-desk.ico")) as icon:
        assert {16, 32, 48, 256} <= {width for width, _height in icon.info["sizes"]}
    with Image.open(package_path("resources", "icons", "iok-desk.png")) as png:
        assert png.size == (256, 256)


def test_the_installer_s_files_exist_and_its_upgrade_code_is_fixed() -> None:
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}$", ISS, re.M)
    assert "PrivilegesRequired=admin" in ISS
    icon = re.search(r"^SetupIconFile=(.+)$", ISS, re.M)
    assert icon and (ROOT / "packaging" / icon.group(1).replace("\\", "/")).is_file()
    assert 'Source: "..\\dist\\IOK Desk\\*"' in ISS
    assert 'name="IOK Desk"' in SPEC and 'name="iok-desk"' in SPEC and "COLLECT(" in SPEC


def test_the_installer_writes_the_machine_wide_file_the_desk_reads(
        monkeypatch: pytest.MonkeyPatch) -> None:
    written = re.search(r"ExpandConstant\('\{commonappdata\}\\(.+?)'\)", ISS)
    assert written is not None
    folders = {"CSIDL_COMMON_APPDATA": "C:\\ProgramData"}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", folders.__getitem__)
    windows = platformdirs.windows.Windows(bootstrap.APP_NAME, appauthor=False)
    expected = Path(windows.site_config_dir) / bootstrap.site_config_file().name
    assert Path("C:\\ProgramData", *written.group(1).split("\\")) == expected
