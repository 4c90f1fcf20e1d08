"""The desk's icons: Font Awesome 5 Free (fonts under the SIL Open Font License 1.1) drawn by
qtawesome (MIT), both bundled with the qtawesome package — see docs/desk.md ("Icons"). One name
per meaning, so a page never picks a glyph of its own; imported when the first icon is drawn."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

GLYPHS = {
    "new": ("fa5s.plus-circle", "#1a5fb4"),
    "open": ("fa5s.folder-open", "#1a5fb4"),
    "find": ("fa5s.search", "#1a5fb4"),
    "block": ("fa5s.lock", "#b00020"),
    "import_emails": ("fa5s.envelope-open-text", "#1a5fb4"),
    "print": ("fa5s.print", "#333333"),
    "export": ("fa5s.file-csv", "#26734d"),
    "refresh": ("fa5s.sync-alt", "#333333"),
    "help": ("fa5s.question-circle", "#1a5fb4"),
    "overdue": ("fa5s.exclamation-triangle", "#b00020"),
    "blocked": ("fa5s.ban", "#b00020"),
    "revoked": ("fa5s.times-circle", "#5c5c5c"),
    "expiring": ("fa5s.hourglass-half", "#8a5300"),
}


@cache
def icon(name: str) -> QIcon:
    import qtawesome

    glyph, colour = GLYPHS[name]
    return qtawesome.icon(glyph, color=colour, color_disabled="#767676")
