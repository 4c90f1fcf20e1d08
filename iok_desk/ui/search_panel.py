"""The one search box: results as the clerk types, a check of a typed login ID, and the
guarantee that a key pressed right after typing acts on what was typed."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTableView, QWidget

from iok_desk.domain.credentials import damm_check_digit, format_login_id
from iok_desk.services import search
from iok_desk.services.dto import AccountSummary

from .changes import Changed
from .context import DeskContext
from .forms import child
from .labels import label
from .models import Column, ListTableModel, account_mark

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 50
_LOGIN_LIKE = re.compile(r"^[\d\s\-]+$")


class SearchPanel(QObject):
    """Drives the search widgets of the main window's form.

    Signals:
        sig_started(): the clerk typed a search (the results page should show).
        sig_cleared(): the box was emptied (the page the clerk was on should come back).
        sig_search_done(int): results of the latest search are shown; their number.
        sig_open_account(str): the clerk asked to open this account.
    """

    sig_started = Signal()
    sig_cleared = Signal()
    sig_search_done = Signal(int)
    sig_open_account = Signal(str)

    def __init__(self, desk: DeskContext, form: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.search = child(form, QLineEdit, "search")
        self.hint = child(form, QLabel, "searchHint")
        self.summary = child(form, QLabel, "searchSummary")
        self.results_view = child(form, QTableView, "searchResults")
        self.results = ListTableModel[AccountSummary]([
            Column(self.tr("Login ID"), lambda row: format_login_id(row.login_id)),
            Column(self.tr("Name"), lambda row: row.person_name),
            Column(self.tr("Status"), lambda row: label(row.status), marked=True),
            Column(self.tr("Units"), lambda row: ", ".join(row.units)),
            Column(self.tr("Phone"), lambda row: row.phone),
            Column(self.tr("E-mail"), lambda row: row.email),
        ], self, marks=account_mark)
        view = self.results_view
        view.setModel(self.results)
        view.setAccessibleName(self.tr("Accounts found"))
        view.setTabKeyNavigation(False)
        # Sorted by a click on a header; until then, best match first.
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        view.doubleClicked.connect(lambda _index: self.open_selected())
        self._generation = 0
        self._shown_text = ""  # the search text whose results the list shows
        self._when_fresh: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run)
        self.search.textChanged.connect(self._on_text)
        self.search.returnPressed.connect(self.open_selected)
        self.search.installEventFilter(self)
        desk.ops.sig_changed.connect(self._on_changed)

    def focus(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def stop(self) -> None:
        self._timer.stop()

    def _on_text(self, text: str) -> None:
        self._update_login_hint(text)
        if text.strip():
            self.sig_started.emit()
            self._timer.start()
        else:
            self._timer.stop()
            self._generation += 1
            self._when_fresh = None
            self._shown_text = text
            self.results.set_rows([])
            self.summary.setText(self.tr("Type in the box above to find an account."))
            self.sig_cleared.emit()

    def _update_login_hint(self, text: str) -> None:
        digits = re.sub(r"[\s\-]", "", text)
        hint, style = "", ""
        if digits and _LOGIN_LIKE.match(text):
            if len(digits) < 8:
                hint = self.tr("Login ID: %1 of 8 digits").replace("%1", str(len(digits)))
            elif len(digits) == 8 and damm_check_digit(digits) == "0":
                hint = self.tr("✓ Check digit correct: %1").replace("%1",
                                                                     format_login_id(digits))
                style = "color: #1b5e20;"
            elif len(digits) == 8:
                hint = self.tr("✗ Wrong check digit — was a digit misheard or two swapped?")
                style = "color: #b00020; font-weight: bold;"
        self.hint.setText(hint)
        self.hint.setStyleSheet(style)
        self.search.setStyleSheet("border: 1px solid #b00020;" if "b00020" in style else "")

    def _on_changed(self, changes: Changed) -> None:
        """Search again when a shown account changed, or accounts were added."""
        if self.search.text().strip() and (changes.account_list or changes.touches_accounts(
                row.login_id for row in self.results.rows)):
            self._run()

    def _run(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text, desk = self.search.text(), self._desk
        desk.ops.run(lambda _job: search.search_accounts(desk.db, text, limit=SEARCH_LIMIT),
                     lambda rows: self._on_results(generation, text, rows), owner=self)

    def _on_results(self, generation: int, text: str, rows: list[AccountSummary]) -> None:
        if generation != self._generation:
            return
        self._shown_text = text
        self.results.set_rows(rows)
        if rows:
            self.results_view.selectRow(0)
            self.results_view.resizeColumnsToContents()
            summary = self.tr("%n account(s) found", "", len(rows))
            if len(rows) == SEARCH_LIMIT:
                summary += " " + self.tr("(first %1 shown; type more to narrow)").replace(
                    "%1", str(SEARCH_LIMIT))
        else:
            summary = self.tr("Nothing found.")
        self.summary.setText(summary)
        self.sig_search_done.emit(len(rows))
        if self._when_fresh is not None and text == self.search.text():
            action, self._when_fresh = self._when_fresh, None
            action()

    def when_fresh(self, action: Callable[[], None]) -> bool:
        """Whether the list shows the results of the text in the box now. If not, ``action``
        runs once it does (the search runs at once instead of after its delay): a key pressed
        right after typing acts on what was typed, never on the previous search's rows."""
        if not self._timer.isActive() and self._shown_text == self.search.text():
            return True
        self._when_fresh = action
        self._run()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.rowCount():
                current = self.results_view.currentIndex().row()
                step = 1 if key == Qt.Key.Key_Down else -1
                self.results_view.selectRow(
                    max(0, min(self.results.rowCount() - 1, current + step)))
                return True
        return super().eventFilter(watched, event)

    def selected(self) -> AccountSummary | None:
        index = self.results_view.currentIndex()
        return self.results.row_at(index.row()) if index.isValid() else None

    def open_selected(self) -> None:
        if not self.when_fresh(self.open_selected):
            return
        found = self.selected()
        if found is not None:
            self.sig_open_account.emit(found.login_id)
