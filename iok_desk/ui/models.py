"""Table models. Long lists fetch rows lazily, a page at a time, through the operation helper:
the accounts list by keyset pages as the view scrolls (``KeysetModel``), the units list by
row IDs (``LazyIdModel``); short lists (search results, the request queue) hold their rows."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from .operations import Job, Operations

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 100
MAX_CACHED_PAGES = 40
OVERDUE_COLOUR = QColor("#b00020")


# How a row's state shows (issue 13 "Lists"): a colour and an icon beside the text, never the
# colour alone. ``ListTableModel(marks=...)`` names the state of a row.
MARK_COLOURS = {"overdue": QColor("#b00020"), "blocked": QColor("#b00020"),
                "revoked": QColor("#5c5c5c"), "expiring": QColor("#8a5300")}


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header, how a row shows in it, its sort key in the database (lazy
    lists), and the value it sorts by in memory (short lists; by default its text, in the
    clerk's alphabet with numbers in natural order: 10/1, 10/2, 10/10)."""

    title: str
    text: Callable[[R], str]
    sort_key: str | None = None
    sort_value: Callable[[R], Any] | None = None
    marked: bool = False  # the row's mark (icon and colour) shows in this column


def natural_collator() -> QCollator:
    """Polish (the application's locale) alphabetical order, numbers by value."""
    collator = QCollator(QLocale())
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator


class HasStatus(Protocol):
    @property
    def status(self) -> str: ...


def account_mark(row: HasStatus) -> str | None:
    """Blocked and revoked accounts stand out by colour and icon (search results, accounts)."""
    return row.status if row.status in ("blocked", "revoked") else None


def mark_icon(mark: str) -> QIcon:
    """The icon of a row's state, from the bundled icon set (``ui/icons.py``)."""
    from .icons import icon

    return icon({"overdue": "overdue", "blocked": "blocked", "revoked": "revoked",
                 "expiring": "expiring"}[mark])


class ListTableModel(QAbstractTableModel, Generic[R]):
    """A short list of rows held in memory, sorted in memory by any column. ``flag(row)``
    marks rows that stand out (bold, red); ``marks(row)`` names a row's state (``overdue``,
    ``blocked``, ``revoked``, ``expiring``) shown by colour and icon in the marked column."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None,
                 flag: Callable[[R], bool] | None = None,
                 marks: Callable[[R], str | None] | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[R] = []
        self._flag = flag
        self._marks = marks
        self._order: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = self._sorted(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[R]) -> None:
        if not rows:
            return
        if self._order[0] >= 0:  # sorted by a column: the new rows take their places
            self.layoutAboutToBeChanged.emit()
            self.rows = self._sorted([*self.rows, *rows])
            self.layoutChanged.emit()
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def _sorted(self, rows: Sequence[R]) -> list[R]:
        column, order = self._order
        if not 0 <= column < len(self.columns):
            return list(rows)  # the order the service gave
        spec = self.columns[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if spec.sort_value is not None:
            value = spec.sort_value
            return sorted(rows, key=lambda row: (value(row) is None, value(row)),
                          reverse=descending)
        compare = natural_collator().compare

        def by_text(first: R, second: R) -> int:
            return compare(spec.text(first), spec.text(second))

        return sorted(rows, key=functools.cmp_to_key(by_text), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By any column (-1: the service's order); stable, so ties keep that order."""
        self.layoutAboutToBeChanged.emit()
        self._order = (column, order)
        self.rows = self._sorted(self.rows) if column >= 0 else self.rows
        self.layoutChanged.emit()

    def row_at(self, row: int) -> R | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def mark(self, row: int) -> str | None:
        item = self.row_at(row)
        return self._marks(item) if item is not None and self._marks is not None else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        mark = self._marks(row) if self._marks is not None else None
        if role == Qt.ItemDataRole.DecorationRole and column.marked and mark:
            return mark_icon(mark)
        flagged = self._flag is not None and self._flag(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if flagged:
                return QBrush(OVERDUE_COLOUR)
            if mark:
                return QBrush(MARK_COLOURS[mark])
        if role == Qt.ItemDataRole.FontRole and flagged:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return self.columns[section].title
        return None


class DatabaseSortedModel(QAbstractTableModel, Generic[R]):
    """What the lists sorted and paged in the database share: their columns, the header, and
    sorting by a column's key (the subclass's ``reload`` reads the list again in that order)."""

    columns: list[Column[R]]
    sort_key: str | None
    descending: bool

    def reload(self) -> None:
        raise NotImplementedError

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in the database: remember the key and read the list again."""
        if not 0 <= column < len(self.columns) or self.columns[column].sort_key is None:
            return
        self.sort_key = self.columns[column].sort_key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


class LazyIdModel(DatabaseSortedModel[R]):
    """Rows known by ID; the IDs come in one query (sorted and filtered in the database), the
    rows a page at a time when the view first shows them.

    Signals:
        sig_loaded(int): the ID list was (re)loaded; the number of rows.
    """

    sig_loaded = Signal(int)

    def __init__(self, ops: Operations, columns: Sequence[Column[R]],
                 fetch_ids: Callable[[str | None, bool], list[int]],
                 fetch_rows: Callable[[list[int]], dict[int, R]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.columns = list(columns)
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._cache: dict[int, R] = {}
        self._pages_loading: set[int] = set()
        self._generation = 0
        self.sort_key: str | None = None
        self.descending = False

    def reload(self) -> None:
        """Query the IDs again (filter or sort changed, or data changed)."""
        self._generation += 1
        generation = self._generation
        key, descending = self.sort_key, self.descending
        self._ops.run(lambda _job: self._fetch_ids(key, descending),
                      lambda ids: self._on_ids(generation, ids), owner=self)

    def _on_ids(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self._pages_loading.clear()
        self.endResetModel()
        self.sig_loaded.emit(len(ids))

    def refresh_rows(self, matching: Callable[[R], bool]) -> None:
        """Fetch again the loaded rows that ``matching`` picks; the list of IDs stays."""
        ids = [row_id for row_id, row in self._cache.items() if matching(row)]
        if not ids:
            return
        generation = self._generation

        def work(_job: Job) -> dict[int, R]:
            return self._fetch_rows(ids)

        self._ops.run(work, lambda rows: self._on_refreshed(generation, rows), owner=self)

    def _on_refreshed(self, generation: int, rows: dict[int, R]) -> None:
        if generation != self._generation or not self._ids:
            return
        self._cache.update(rows)
        self.dataChanged.emit(self.index(0, 0),
                              self.index(len(self._ids) - 1, len(self.columns) - 1))

    def fetch_all(self) -> list[R]:
        """Every row of the list, in its order (on the worker: for an export or a print)."""
        ids = list(self._ids)
        rows: list[R] = []
        for start in range(0, len(ids), 1000):
            chunk = ids[start:start + 1000]
            found = self._fetch_rows(chunk)
            rows.extend(found[row_id] for row_id in chunk if row_id in found)
        return rows

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_at(self, row: int) -> R | None:
        row_id = self.id_at(row)
        return self._cache.get(row_id) if row_id is not None else None

    def _ensure_page(self, row: int) -> None:
        page = row // PAGE_SIZE
        if page in self._pages_loading:
            return
        self._pages_loading.add(page)
        ids = self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
        generation = self._generation

        def work(_job: Job) -> dict[int, R]:
            return self._fetch_rows(ids)

        self._ops.run(work, lambda rows: self._on_rows(generation, page, rows), owner=self)

    def _on_rows(self, generation: int, page: int, rows: dict[int, R]) -> None:
        if generation != self._generation:
            return
        if len(self._cache) > MAX_CACHED_PAGES * PAGE_SIZE:
            self._cache.clear()
            self._pages_loading.clear()
        self._cache.update(rows)
        self._pages_loading.discard(page)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, len(self.columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._cache.get(self._ids[index.row()])
        if row is None:
            self._ensure_page(index.row())
            return "…"
        return self.columns[index.column()].text(row)



class Page(Protocol[R_co]):
    """One page of a keyset-paged list (``services.browse.AccountPage``)."""

    @property
    def rows(self) -> Sequence[R_co]: ...

    @property
    def after(self) -> tuple[Any, ...] | None: ...


class KeysetModel(DatabaseSortedModel[R]):
    """A long list read a page at a time in the database's order: the first page comes from
    one indexed query, the next ones as the view scrolls to the end (``canFetchMore`` /
    ``fetchMore``), each starting after the last row held (keyset pagination); the number of
    rows is asked separately. ``row_id(row)`` identifies a row for ``refresh_rows``;
    ``marks(row)`` names a row's state, shown by colour and icon in the marked column.

    Signals:
        sig_loaded(int): the list was (re)loaded; the number of rows it has in all.
    """

    sig_loaded = Signal(int)

    def __init__(self, ops: Operations, columns: Sequence[Column[R]],
                 fetch_page: Callable[[str | None, bool, tuple[Any, ...] | None], Page[R]],
                 fetch_count: Callable[[], int],
                 fetch_rows: Callable[[list[int]], dict[int, R]],
                 row_id: Callable[[R], int], parent: QObject | None = None,
                 marks: Callable[[R], str | None] | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.columns = list(columns)
        self._marks = marks
        self._fetch_page = fetch_page
        self._fetch_count = fetch_count
        self._fetch_rows = fetch_rows
        self._row_id = row_id
        self.rows: list[R] = []
        self.total: int | None = None
        self._after: tuple[Any, ...] | None = None
        self._fetching = False
        self._generation = 0
        self.sort_key: str | None = None
        self.descending = False

    def reload(self) -> None:
        """Read the list again from its first page (filter or sort changed, or rows were
        added or removed); the rows held stay on screen until the first page is there."""
        self._generation += 1
        generation = self._generation
        key, descending = self.sort_key, self.descending
        self._fetching = True
        self._ops.run(lambda _job: self._fetch_page(key, descending, None),
                      lambda page: self._on_page(generation, page, first=True), owner=self)
        self._ops.run(lambda _job: self._fetch_count(),
                      lambda count: self._on_count(generation, count), owner=self)

    def _on_page(self, generation: int, page: Page[R], *, first: bool) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._after = page.after
        rows = list(page.rows)
        if first:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
        elif rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def _on_count(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return
        self.total = count
        self.sig_loaded.emit(count)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._after is not None and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, after = self._generation, self._after
        key, descending = self.sort_key, self.descending
        self._ops.run(lambda _job: self._fetch_page(key, descending, after),
                      lambda page: self._on_page(generation, page, first=False), owner=self)

    def refresh_rows(self, matching: Callable[[R], bool]) -> None:
        """Fetch again the rows held that ``matching`` picks; the list itself stays."""
        ids = [self._row_id(row) for row in self.rows if matching(row)]
        if not ids:
            return
        generation = self._generation
        self._ops.run(lambda _job: self._fetch_rows(ids),
                      lambda rows: self._on_refreshed(generation, rows), owner=self)

    def _on_refreshed(self, generation: int, rows: dict[int, R]) -> None:
        if generation != self._generation:
            return
        for position, row in enumerate(self.rows):
            fresh = rows.get(self._row_id(row))
            if fresh is not None:
                self.rows[position] = fresh
                self.dataChanged.emit(self.index(position, 0),
                                      self.index(position, len(self.columns) - 1))

    def row_at(self, row: int) -> R | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def id_at(self, row: int) -> int | None:
        found = self.row_at(row)
        return self._row_id(found) if found is not None else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        mark = self._marks(row) if self._marks is not None else None
        if mark and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(MARK_COLOURS[mark])
        if mark and role == Qt.ItemDataRole.DecorationRole and column.marked:
            return mark_icon(mark)
        return None

    def fetch_all(self) -> list[R]:
        """Every row of the list in its order, page after page (on the worker: for an export
        or a print of the whole list, not only the rows scrolled to)."""
        key, descending = self.sort_key, self.descending
        rows: list[R] = []
        after: tuple[Any, ...] | None = None
        while True:
            page = self._fetch_page(key, descending, after)
            rows.extend(page.rows)
            if page.after is None:
                return rows
            after = page.after
