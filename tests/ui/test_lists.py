"""Lists (issue 13 "Lists"): every short list sorts by any column in natural order, exports
to CSV and prints as vector text; states show by colour and icon; an empty list says why."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from iok_desk.db.engine import Database
from iok_desk.services import accounts, registry
from iok_desk.services.context import Actor
from iok_desk.ui import list_output
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.models import Column, KeysetModel, ListTableModel

from .test_requests import log


@dataclass(frozen=True)
class Row:
    unit: str
    day: date


UNITS = ["Paprykowa 10/10", "paprykowa 10/2", "Łowicka 3", "Paprykowa 10/1", "Lipowa 2",
         "Źródło Marii 1", "Zielona 9"]


def _model() -> ListTableModel[Row]:
    model = ListTableModel[Row]([
        Column("Unit", lambda row: row.unit),
        Column("Day", lambda row: row.day.strftime("%d.%m.%Y"), sort_value=lambda row: row.day),
    ], marks=lambda row: "overdue" if row.day.year < 2026 else None)
    model.columns[1] = Column("Day", model.columns[1].text, sort_value=lambda row: row.day,
                              marked=True)
    model.set_rows([Row(unit, date(2025 + index % 2, 12 - index, 1))
                    for index, unit in enumerate(UNITS)])
    return model


def _column(model: ListTableModel[Row], column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_sorting_is_natural_in_the_polish_alphabet_and_dates_by_date(qapp: object) -> None:
    model = _model()
    assert _column(model, 0) == UNITS  # the service's order until a column is chosen
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert _column(model, 0) == ["Lipowa 2", "Łowicka 3", "Paprykowa 10/1", "paprykowa 10/2",
                                 "Paprykowa 10/10", "Zielona 9", "Źródło Marii 1"]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    days = [model.row_at(row).day for row in range(model.rowCount())]  # type: ignore[union-attr]
    assert days == sorted(days, reverse=True)
    model.set_rows(list(reversed(model.rows)))  # a reload keeps the clerk's order
    assert [model.row_at(row).day for row in range(model.rowCount())] == days  # type: ignore[union-attr]


def test_a_row_s_state_shows_by_colour_and_icon(qapp: object) -> None:
    model = _model()
    overdue = next(row for row in range(model.rowCount())
                   if model.row_at(row).day.year < 2026)  # type: ignore[union-attr]
    fine = next(row for row in range(model.rowCount())
                if model.row_at(row).day.year == 2026)  # type: ignore[union-attr]
    icon = model.data(model.index(overdue, 1), Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert model.data(model.index(overdue, 0), Qt.ItemDataRole.DecorationRole) is None
    assert model.data(model.index(overdue, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(fine, 1), Qt.ItemDataRole.DecorationRole) is None


def test_the_request_queue_sorts_exports_and_prints_what_it_shows(
        window: MainWindow, qtbot: QtBot, db: Database, admin: Actor, tmp_path: Path) -> None:
    for days, unit in ((3, "Paprykowa 12/10"), (20, "Paprykowa 12/2"), (1, "Paprykowa 12/1")):
        log(db, admin, "Jan", "Kowalski", unit, days_ago=days)
    page = window.requests_page
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    unit_column = [column.title for column in page.model.columns].index("Lokal / identyfikator")
    page.table.sortByColumn(unit_column, Qt.SortOrder.AscendingOrder)
    shown = [page.model.data(page.model.index(row, unit_column)) for row in range(3)]
    assert shown == ["Paprykowa 12/1", "Paprykowa 12/2", "Paprykowa 12/10"]
    overdue = shown.index("Paprykowa 12/2")
    status_column = len(page.model.columns) - 1
    assert page.model.data(page.model.index(overdue, status_column),
                           Qt.ItemDataRole.DecorationRole) is not None

    target = tmp_path / "wnioski.csv"
    list_output.save_csv(window.desk, page, page.model, target)
    with target.open(encoding="utf-8-sig") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows[0][0] == "Numer" and [row[unit_column] for row in rows[1:]] == shown

    headers, found = list_output.collect(page.model)
    assert isinstance(found, list)
    pdf = tmp_path / "wnioski.pdf"
    pages = list_output.print_to_pdf(list_output.list_document(page.title(), headers, found),
                                     pdf)
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Paprykowa 12/10" in text and "Wnioski" in text  # text, not a picture of it
    assert pages == 1 and pdf.stat().st_size < 60_000


@dataclass(frozen=True)
class _Page:
    rows: list[int]
    after: tuple[int] | None


def test_the_whole_keyset_list_is_exported_not_only_the_rows_scrolled_to(
        window: MainWindow) -> None:
    """The accounts list holds only the pages scrolled to; its export and print read every
    page from the database, in the list's order."""
    numbers = list(range(1, 451))

    def fetch_page(_key: str | None, descending: bool,
                   after: tuple[int] | None) -> _Page:
        ordered = numbers[::-1] if descending else numbers
        start = ordered.index(after[0]) + 1 if after else 0
        chunk = ordered[start:start + 200]
        return _Page(chunk, (chunk[-1],) if start + 200 < len(ordered) else None)

    model = KeysetModel[int](window.desk.ops, [Column("Nr", str, sort_key="nr")], fetch_page,
                             lambda: len(numbers), lambda ids: {i: i for i in ids},
                             lambda row: row)
    model.descending = True
    headers, work = list_output.collect(model)
    assert headers == ["Nr"] and callable(work)
    assert work(None) == [[str(number)] for number in numbers[::-1]]


def test_a_proposed_file_is_under_the_documents_folder(qapp: object) -> None:
    path = list_output.proposed_path("wnioski", "csv")
    assert path.parent == list_output.documents_folder()
    assert path.name.startswith("wnioski-") and path.suffix == ".csv"
    printer = list_output.office_printer("wnioski")
    assert Path(printer.outputFileName()).parent == list_output.documents_folder()


def test_the_units_list_exports_every_unit_not_only_those_loaded(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    page = window.units_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    target = tmp_path / "lokale.csv"
    list_output.save_csv(window.desk, page, page.model, target)
    qtbot.waitUntil(target.exists)
    with target.open(encoding="utf-8-sig") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert len(rows) == 4 and "…" not in {cell for row in rows for cell in row}


def test_empty_lists_say_why(window: MainWindow, qtbot: QtBot, db: Database, admin: Actor,
                             jan: str) -> None:
    audit = window.audit_page
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    today = audit.day_to.date()
    audit.day_from.setDate(QDate(today).addDays(3))
    audit.show_events()
    assert audit.model.rowCount() == 0
    assert "„Od”" in audit.empty.text() and "„Od”" in audit.summary.text()
    audit.day_from.setDate(QDate(today).addDays(-30))
    with qtbot.waitSignal(audit.sig_loaded):
        audit.show_events()
    assert audit.model.rowCount() > 0 and audit.empty.text() == ""

    units = window.units_page
    assert "Wybierz lokal" in units.empty_titles.text()

    requests_page = window.requests_page
    requests_page.status.setCurrentIndex(requests_page.status.findData("rejected"))
    qtbot.waitUntil(lambda: window.desk.ops.idle)
    assert requests_page.model.rowCount() == 0
    assert "Żaden wniosek" in requests_page.empty.text()

    dialog = window.open_account(jan)
    qtbot.waitUntil(lambda: dialog.details is not None)
    assert dialog._empty[0].text() == ""  # Jan sees his unit
    assert "pisma" not in dialog._empty[0].text()


def test_blocked_accounts_stand_out_in_the_search_results(
        window: MainWindow, qtbot: QtBot, db: Database, admin: Actor, jan: str) -> None:
    accounts.block_account(db, admin, jan, reason="lost-password", caller_name="Jan Kowalski")
    panel = window.search_panel
    with qtbot.waitSignal(panel.sig_search_done, timeout=5000):
        panel.search.setText("kowalski")
    model = panel.results
    assert model.rowCount() == 1
    status = [column.title for column in model.columns].index("Stan")
    icon = model.data(model.index(0, status), Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()


def _click_header(qtbot: QtBot, view: QTableView, column: int) -> None:
    header = view.horizontalHeader()
    middle = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                    header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)


def test_the_units_list_sorts_by_a_clicked_column(window: MainWindow, qtbot: QtBot,
                                                  db: Database, jan: str) -> None:
    """A click on a header sorts in the database, a second click the other way; addresses
    and numbers in natural order."""
    with db.transaction() as session:
        estate = registry.get_or_create_estate(session, "MSM-09", "Wspólnota Morska")
        for key, (building, unit) in enumerate([("10", "10"), ("12A", "1"), ("10", "2"),
                                                ("2", "1"), ("10", "1")]):
            registry.create_unit(session, estate, f"M-{key}", "Morska", building, unit)
    page = window.units_page
    window.show_page(window.pages.indexOf(page) - 1)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 8)

    def column(index: int) -> list[str]:
        model = page.model
        model.data(model.index(0, 0))  # asks for the first page of rows, as the view does
        qtbot.waitUntil(lambda: None not in {model.row_at(row)
                                             for row in range(model.rowCount())})
        return [str(page.model.data(page.model.index(row, index)))
                for row in range(page.model.rowCount())]

    by_address = ["Morska 2/1", "Morska 10/1", "Morska 10/2", "Morska 10/10", "Morska 12A/1",
                  "Paprykowa 12/5", "Paprykowa 12/7", "Śliwkowa 3"]
    assert column(0) == by_address
    with qtbot.waitSignal(page.model.sig_loaded):
        _click_header(qtbot, page.table, 0)
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert column(0) == by_address[::-1]
    with qtbot.waitSignal(page.model.sig_loaded):
        _click_header(qtbot, page.table, 3)  # accounts that see the unit: Jan's 12/5
    assert column(0)[-1] == "Paprykowa 12/5" and set(column(3)[:-1]) == {"0"}
    with qtbot.waitSignal(page.model.sig_loaded):
        _click_header(qtbot, page.table, 3)
    assert column(0)[0] == "Paprykowa 12/5"


def test_blocked_accounts_stand_out_in_the_accounts_list_whole(
        window: MainWindow, qtbot: QtBot, db: Database, admin: Actor, jan: str) -> None:
    accounts.block_account(db, admin, jan, reason="lost-password", caller_name="Jan Kowalski")
    page = window.accounts_page
    window.show_page(window.page_list.index(page))
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.total == 1)
    status = [column.title for column in page.model.columns].index("Stan")
    icon = page.model.data(page.model.index(0, status), Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert page.model.data(page.model.index(0, status), Qt.ItemDataRole.ForegroundRole)
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None
    shown = page.model.data(page.model.index(0, status))
    assert shown == "zablokowane"
    header = page.table.horizontalHeader()
    assert header.sectionSize(status) >= page.table.sizeHintForColumn(status)  # not cut
