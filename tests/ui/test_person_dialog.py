"""The person's record in the desk: opened from the account view, the unit view and the
Account menu; a correction with its reason; the Art. 15 letter saved; the supervisor's
retention dialog (dry run first); a request filed by a proxy."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from support.gui import type_text

from iok_desk.db.engine import Database
from iok_desk.domain.credentials import format_login_id
from iok_desk.domain.rodo import PolicyKind
from iok_desk.services import persons, requests, retention
from iok_desk.services.context import Actor
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.person_dialog import PersonDialog
from iok_desk.ui.policy_dialog import PolicyDialog
from iok_desk.ui.request_dialogs import NewRequestDialog
from iok_desk.ui.retention_dialog import RetentionDialog


def _loaded(qtbot: QtBot, dialog: PersonDialog) -> PersonDialog:
    qtbot.waitUntil(lambda: dialog.record is not None)
    return dialog


def test_record_correction_and_export(window: MainWindow, qtbot: QtBot, db: Database,
                                      admin: Actor, jan: str, anna: str, tmp_path: Path,
                                      monkeypatch) -> None:  # type: ignore[no-untyped-def]
    account = window.open_account(jan)
    qtbot.waitUntil(lambda: account.details is not None)
    account.person_button.click()
    dialog = _loaded(qtbot, account.child_dialog)  # type: ignore[arg-type]
    assert isinstance(dialog, PersonDialog)
    assert dialog.heading.text().startswith("Jan Kowalski")
    assert dialog.titles.rowCount() == 2 and dialog.accounts.rowCount() == 1
    assert dialog.requests.rowCount() == 1 and dialog.events.rowCount() >= 2
    assert dialog.tabs.tabText(0) == "Tytuły prawne"

    dialog.last_name.clear()
    type_text(dialog.last_name, "Kowalski-Nowak")
    dialog.correct_button.click()  # no reason: refused, nothing written
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert persons.person_record(db, jan).person["last_name"] == "Kowalski"
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: told.append(text))
    type_text(dialog.reason, "wniosek o sprostowanie z 01.12.2026")
    dialog.correct_button.click()
    qtbot.waitUntil(lambda: dialog.record is not None and
                    dialog.record.person["last_name"] == "Kowalski-Nowak")
    assert told and format_login_id(jan) in told[0]

    target = tmp_path / "kopia.pdf"
    dialog.ask_path = lambda *_args: str(target)
    dialog.pdf_button.click()
    qtbot.waitUntil(target.exists, timeout=15000)
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Kowalski-Nowak" in text and "Żółkiewska" not in text
    data = tmp_path / "kopia.json"
    dialog.ask_path = lambda *_args: str(data)
    dialog.json_button.click()
    qtbot.waitUntil(data.exists, timeout=15000)
    assert json.loads(data.read_text(encoding="utf-8"))["record"]["person"]["last_name"] == \
        "Kowalski-Nowak"

    window.navigation.setCurrentRow(2)
    page = window.units_page
    with qtbot.waitSignal(page.model.sig_loaded, timeout=5000):
        qtbot.keyClicks(page.filter, "paprykowa 12/5")
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None)
    with qtbot.waitSignal(page.sig_unit_loaded, timeout=5000):
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=page.table.visualRect(page.model.index(0, 0)).center())
    former = next(row for row in range(page.titles.rowCount())
                  if page.titles.item(row, 0).text() == "Anna Żółkiewska")
    page.titles.selectRow(former)
    assert page.person_spec() == "Anna Żółkiewska, Paprykowa 12/5"
    page.person_button.click()
    qtbot.waitUntil(lambda: bool(page.findChildren(PersonDialog)))
    annas = _loaded(qtbot, page.findChildren(PersonDialog)[0])
    assert annas.heading.text().startswith("Anna Żółkiewska")
    assert [annas.accounts.item(0, 0).text()] == [format_login_id(anna)]


def test_the_retention_dialog_shows_the_dry_run_first(window: MainWindow, qtbot: QtBot,
                                                      jan: str) -> None:
    qtbot.waitUntil(lambda: window.action_retention.isEnabled())  # the admin is a supervisor
    dialog = RetentionDialog(window.desk, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.report is not None and dialog.report.dry_run
    assert "nic nie zmieniono" in dialog.summary.toPlainText()
    assert not dialog.run_button.isEnabled()  # nothing is past its time


def test_a_proxy_files_a_request_at_the_desk(window: MainWindow, qtbot: QtBot, db: Database,
                                             register: dict[str, str], tmp_path: Path) -> None:
    window.new_request()
    dialog = window.child_dialog
    assert isinstance(dialog, NewRequestDialog)
    type_text(dialog.first_name, "Jan")
    type_text(dialog.last_name, "Kowalski")
    type_text(dialog.unit, "Paprykowa 12/5")
    dialog.id_checked.setChecked(True)
    dialog.proxy.setChecked(True)
    dialog.proxy_kind.setCurrentIndex(dialog.proxy_kind.findData("notarial"))
    dialog.letters_to.setCurrentIndex(dialog.letters_to.findData("proxy"))
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)  # no proxy's name
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert "Pełnomocnik" in dialog.error.text() and requests.list_requests(db) == []
    type_text(dialog.proxy_name, "Marta Kowalska")
    type_text(dialog.proxy_reference, "Rep. A nr 1234/2026")
    dialog.resize(720, dialog.sizeHint().height())
    dialog.grab().save(str(tmp_path / "proxy.png"))
    with qtbot.waitSignal(dialog.sig_registered, timeout=5000) as registered:
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    info = requests.get_request(db, registered.args[0])
    assert (info.proxy_name, info.proxy_kind, info.proxy_reference, info.letters_to,
            info.id_checked_by) == ("Marta Kowalska", "notarial", "Rep. A nr 1234/2026",
                                    "proxy", "admin")
    assert info.rules_version and info.clause_version


def test_the_admin_publishes_a_clause_and_sets_a_period(window: MainWindow, qtbot: QtBot,
                                                        db: Database, admin: Actor,
                                                        tmp_path: Path) -> None:
    dialog = PolicyDialog(window.desk, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.days["former"].value() == retention.DEFAULT_DAYS["former"])
    dialog.kind.setCurrentIndex(dialog.kind.findData("clause"))
    type_text(dialog.version, "2026-12")
    dialog.text.setPlainText("Administratorem danych jest MSM w Gdyni.")
    dialog.publish_button.click()
    qtbot.waitUntil(lambda: "2026-12" in dialog.error.text())
    with db.reading() as session:
        assert persons.current_policy(session, PolicyKind.CLAUSE) == (
            "2026-12", "Administratorem danych jest MSM w Gdyni.")
    dialog.grab().save(str(tmp_path / "policy.png"))
    dialog.days["email"].setValue(120)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "retention.email" in dialog.error.text())
    assert retention.get_retention_days(db)["email"] == 120
