"""The reports page: the request register for a date range and one account's audit extract,
saved as PDF (checked by its text) or CSV."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from support.gui import type_text

from iok_desk.db.engine import Database
from iok_desk.domain.dates import now_utc, office_date
from iok_desk.services import requests
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.pages import ReportsPage


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(
        path.read_bytes())).pages)


def reports_page(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> ReportsPage:
    window.activateWindow()
    qtbot.keyClick(window.search_panel.search, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.reports_page
    assert window.pages.currentWidget() is page
    (tmp_path / "out").mkdir()
    page.ask_path = lambda _caption, name, _filters: str(tmp_path / "out" / name)
    return page


def save(page: ReportsPage, qtbot: QtBot, report: str, kind: str) -> Path:
    with qtbot.waitSignal(page.sig_saved, timeout=20_000) as saved:
        qtbot.mouseClick(page.report_buttons[(report, kind)], Qt.MouseButton.LeftButton)
    return Path(saved.args[0])


def test_the_request_register_as_pdf_and_csv(window: MainWindow, qtbot: QtBot, db: Database,
                                             jan: str, tmp_path: Path) -> None:
    page = reports_page(window, qtbot, tmp_path)
    number = requests.list_requests(db)[0].number
    today = office_date(now_utc())
    page.register_from.setDate(QDate(today.year, today.month, today.day).addDays(-7))
    page.register_to.setDate(QDate(today.year, today.month, today.day))

    pdf = save(page, qtbot, "register", "pdf")
    assert pdf.suffix == ".pdf" and number in pdf_text(pdf)
    assert "1" in page.outcome.text() and str(pdf) in page.outcome.text()
    csv = save(page, qtbot, "register", "csv")
    text = csv.read_text(encoding="utf-8-sig")
    assert number in text and "Kowalski" in text
    # Written privately; saving again replaces the file the clerk confirmed replacing.
    assert {path.stat().st_mode & 0o777 for path in (pdf, csv)} == {0o600}
    assert save(page, qtbot, "register", "csv") == csv and csv.read_bytes().count(
        number.encode()) == text.count(number)

    page.register_from.setDate(QDate(today.year, today.month, today.day).addDays(1))
    page.register_to.setDate(QDate(today.year, today.month, today.day))
    qtbot.mouseClick(page.report_buttons[("register", "pdf")], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "odwrócony" in page.outcome.text())


def test_the_audit_extract_of_one_account(window: MainWindow, qtbot: QtBot, jan: str,
                                          tmp_path: Path) -> None:
    page = reports_page(window, qtbot, tmp_path)
    qtbot.mouseClick(page.report_buttons[("extract", "csv")], Qt.MouseButton.LeftButton)
    assert page.outcome.text() != "" and not list((tmp_path / "out").iterdir())

    type_text(page.extract_login, jan[:4] + " " + jan[4:])
    pdf = save(page, qtbot, "extract", "pdf")
    assert "Kowalski" in pdf_text(pdf)
    csv = save(page, qtbot, "extract", "csv")
    lines = csv.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) >= 2 and ";" in lines[0]

    page.extract_login.clear()
    type_text(page.extract_login, "1234 5678")
    qtbot.mouseClick(page.report_buttons[("extract", "pdf")], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.outcome.text() != "" and "Zapisano" not in
                    page.outcome.text())
    assert not (tmp_path / "out" / "wyciag-dziennika-12345678.pdf").exists()


def test_the_register_range_defaults_to_this_month(window: MainWindow, qtbot: QtBot,
                                                   tmp_path: Path) -> None:
    page = reports_page(window, qtbot, tmp_path)
    today = office_date(now_utc())
    assert page.register_to.date() == QDate(today.year, today.month, today.day)
    first = today.replace(day=1)
    assert page.register_from.date() == QDate(first.year, first.month, first.day)
    assert (today - first) < timedelta(days=31)
