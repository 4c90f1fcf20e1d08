"""Files the program reads at run time, found inside the installed package (a clone, a wheel
or a frozen bundle alike) with ``importlib.resources`` instead of paths relative to a clone."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def package_path(*parts: str) -> Path:
    """The file or folder ``iok_desk/<parts>`` on disk. The package is always installed as
    plain files (reportlab, Qt and Alembic need real paths), never imported from a zip."""
    resource = files("iok_desk").joinpath(*parts)
    return Path(str(resource))
