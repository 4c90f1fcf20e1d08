"""What every page of the main window shares: a Designer form, the clerk's column widths and
choices kept between sessions, and a redraw only when its data is among the changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, QCoreApplication, QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHeaderView,
    QLineEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..changes import Changed
from ..context import DeskContext
from ..forms import load_form

FILTER_DELAY_MS = 250
MAX_FITTED_CHARS = 48  # a fitted column grows to at most this many average characters


class Page(QWidget):
    """A page: ``FORM`` is its Designer form, ``KEY`` the group of its settings. Subclasses
    say what to remember (``remember``), how to load (``reload``) and when a change concerns
    them (``on_changed``; by default only when nobody knows what changed)."""

    FORM = ""
    KEY = ""
    LIST_STEM = ""  # the proposed file name of the list exported or printed

    def __init__(self, desk: DeskContext, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._settings = settings
        # In a scroll area: at 150 % of a 1366×768 screen (910×512 logical) a page wider or
        # taller than the window scrolls instead of pushing the window off the screen.
        area = QScrollArea(self)
        area.setObjectName("pageScroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget(area)
        area.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)
        self.form = load_form(self.FORM, inner)
        for combo in self.form.findChildren(QComboBox):  # the page fits 910 px (150 %)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self._tables: dict[str, QTableView] = {}
        self._unfitted: set[str] = set()
        self._remembered: dict[str, QComboBox | QLineEdit] = {}
        desk.ops.sig_changed.connect(self.on_changed)

    def setting(self, name: str, default: object = None) -> object:
        return self._settings.value(f"{self.KEY}/{name}", default)

    def remember_table(self, view: QTableView, widths: tuple[int, ...] = (),
                       name: str = "columns") -> None:
        """Prepare a table; the clerk's column widths, or ``widths`` (in average characters)
        until ``fit_columns_once``; saved with the page."""
        view.verticalHeader().hide()
        view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        if not view.accessibleName():
            view.setAccessibleName(self.title())
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setWordWrap(False)  # one line a row: a long text ends in "…", never half a line
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        view.setAlternatingRowColors(True)
        self._tables[name] = view
        state = self.setting(name)
        if isinstance(state, QByteArray):
            header.restoreState(state)
            return
        char = view.fontMetrics().averageCharWidth()
        for column, width in enumerate(widths):
            header.resizeSection(column, width * char)
        fit_headers(view)
        self._unfitted.add(name)

    def sort_in_memory(self, view: QTableView) -> None:
        """A list held in memory sorts by a click on any column's header; until then it
        keeps the order the service gave (no column marked)."""
        header = view.horizontalHeader()
        if self.setting("columns") is None:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)

    def fit_columns_once(self, name: str = "columns") -> None:
        """After each load: a column narrower than the values the screen shows of it grows to
        show them whole (up to a cap; the last column stretches). Wider columns — the clerk's
        own widths — are kept, so nothing shown is ever cut to "18.03.2…"."""
        view = self._tables[name]
        model = view.model()
        if model.rowCount() == 0:
            fit_headers(view)
            return
        self._unfitted.discard(name)
        header = view.horizontalHeader()
        header.setResizeContentsPrecision(0)  # only the rows on screen
        cap = MAX_FITTED_CHARS * view.fontMetrics().averageCharWidth()
        for column in range(model.columnCount() - 1):
            wanted = min(max(view.sizeHintForColumn(column), header.sectionSizeHint(column)),
                         cap)
            if header.sectionSize(column) < wanted:
                header.resizeSection(column, wanted)

    def remember(self, name: str, widget: QComboBox | QLineEdit, *,
                 restore: bool = True) -> None:
        """Keep the filter's choice or text between sessions (restored now, unless the
        choices come later)."""
        self._remembered[name] = widget
        if not restore:
            return
        if isinstance(widget, QLineEdit):
            widget.setText(str(self.setting(name, "")))
        else:
            select_data(widget, self.setting(name))

    def save_state(self) -> None:
        for name, view in self._tables.items():
            self._settings.setValue(f"{self.KEY}/{name}", view.horizontalHeader().saveState())
        for name, widget in self._remembered.items():
            value = widget.text() if isinstance(widget, QLineEdit) else widget.currentData()
            self._settings.setValue(f"{self.KEY}/{name}", value)

    def reload(self) -> None:
        raise NotImplementedError

    def main_view(self) -> QAbstractItemView | None:
        """The page's main list, where Ctrl+1…7 put the focus."""
        return next(iter(self._tables.values()), None)

    def open_selected(self) -> None:
        """F2 (and Enter in the list): open what is selected; nothing on a page without."""

    def delete_selected(self) -> str:
        """Delete: what it safely means on this page, always in a dialog that asks first and
        whose Enter does not confirm. Returns why nothing happened (empty: a dialog opened)."""
        return QCoreApplication.translate("Page", "Delete changes nothing on this page.")

    def title(self) -> str:
        from ..help import page_help

        return page_help(self.KEY)[0]

    def export_list(self) -> None:
        """F6: the page's list to a CSV file, as shown."""
        view = self.main_view()
        if view is not None and view.model() is not None:
            from .. import list_output

            list_output.export_csv(self._desk, self, view.model(), self.LIST_STEM or self.KEY)

    def print_list(self) -> None:
        """Ctrl+P: the page's list in the print preview."""
        view = self.main_view()
        if view is not None and view.model() is not None:
            from .. import list_output

            list_output.print_list(self._desk, self, view.model(), self.title(),
                                   self.LIST_STEM or self.KEY)

    def on_changed(self, changes: Changed) -> None:
        if changes.everything:
            self.reload()


def fit_headers(view: QTableView) -> None:
    """Every column but the stretching last at least as wide as its header's words, so an
    empty list's headers are not cut ("entyfikato") before values widen the columns."""
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        wanted = header.sectionSizeHint(column)
        if header.sectionSize(column) < wanted:
            header.resizeSection(column, wanted)


def select_data(combo: QComboBox, value: object) -> None:
    """Choose the item whose data is ``value``, if there is one."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_of(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
