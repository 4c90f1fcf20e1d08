"""How the desk names its database to the clerk: by server and database, or as the trial or
a file on this computer — never as a raw URL."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from iok_desk import bootstrap


def database_name(url: str) -> str:
    """``server/database`` for a server (with the port when it is not the default), "trial on
    this computer" for the trial database, "on this computer: FILE" for another SQLite file."""
    if bootstrap.is_trial(url):
        return QCoreApplication.translate("Status", "trial on this computer")
    place = bootstrap.server_and_database(url)
    if place is None:
        path = bootstrap.sqlite_path(url)
        return QCoreApplication.translate("Status", "on this computer: %1").replace(
            "%1", path.name if path is not None else QCoreApplication.translate(
                "Status", "in memory"))
    return "/".join(place)
