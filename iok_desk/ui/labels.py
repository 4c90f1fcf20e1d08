"""Words for the domain's values (statuses, kinds, channels, reasons) through Qt's translations."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"

_SOURCE: dict[str, object] = {
    "grant": QT_TRANSLATE_NOOP("Labels", "grant access"),
    "add-unit": QT_TRANSLATE_NOOP("Labels", "add a unit"),
    "block": QT_TRANSLATE_NOOP("Labels", "block access"),
    "revoke": QT_TRANSLATE_NOOP("Labels", "revoke access"),
    "paper": QT_TRANSLATE_NOOP("Labels", "on paper"),
    "e-mail": QT_TRANSLATE_NOOP("Labels", "by e-mail"),
    "web-form": QT_TRANSLATE_NOOP("Labels", "web form"),
    "phone": QT_TRANSLATE_NOOP("Labels", "by phone"),
    "in-person": QT_TRANSLATE_NOOP("Labels", "in person"),
    "received": QT_TRANSLATE_NOOP("Labels", "received"),
    "needs_info": QT_TRANSLATE_NOOP("Labels", "needs information"),
    "approved": QT_TRANSLATE_NOOP("Labels", "approved"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "rejected"),
    "done": QT_TRANSLATE_NOOP("Labels", "done"),
    "issued": QT_TRANSLATE_NOOP("Labels", "issued"),
    "active": QT_TRANSLATE_NOOP("Labels", "active"),
    "blocked": QT_TRANSLATE_NOOP("Labels", "blocked"),
    "revoked": QT_TRANSLATE_NOOP("Labels", "revoked"),
    "lost-password": QT_TRANSLATE_NOOP("Labels", "lost password"),
    "unauthorised-use": QT_TRANSLATE_NOOP("Labels", "used by someone else"),
    "abuse": QT_TRANSLATE_NOOP("Labels", "abuse"),
    "other": QT_TRANSLATE_NOOP("Labels", "other reason"),
    "sale": QT_TRANSLATE_NOOP("Labels", "sale of the unit"),
    "gift": QT_TRANSLATE_NOOP("Labels", "gift of the unit"),
    "request": QT_TRANSLATE_NOOP("Labels", "on request"),
    "decision": QT_TRANSLATE_NOOP("Labels", "cooperative's decision"),
    "reissue": QT_TRANSLATE_NOOP("Labels", "new login ID issued"),
    "title-ended": QT_TRANSLATE_NOOP("Labels", "legal title ended"),
    "coop-right": QT_TRANSLATE_NOOP("Labels", "co-op right to the unit"),
    "ownership": QT_TRANSLATE_NOOP("Labels", "ownership"),
    "association-ownership": QT_TRANSLATE_NOOP("Labels", "ownership in an association"),
    "lease": QT_TRANSLATE_NOOP("Labels", "lease"),
    "clerk": QT_TRANSLATE_NOOP("Labels", "clerk"),
    "supervisor": QT_TRANSLATE_NOOP("Labels", "supervisor"),
    "admin": QT_TRANSLATE_NOOP("Labels", "administrator"),
}


def label(value: str) -> str:
    """The word for a stored value in the window's language (the value itself if unknown)."""
    source = _SOURCE.get(str(value))
    return QCoreApplication.translate(CONTEXT, str(source)) if source else str(value)
