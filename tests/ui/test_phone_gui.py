"""The phone clerk's screens through the real widgets: the block dialog (verification, the
caller's phone, the state after the block, the confirmation letter), what the portal sees in
the account view, the failed-logins review, and the countersignature of an abuse block."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import update
from support.gui import type_text

from iok_desk.db.engine import Database
from iok_desk.db.models import Account
from iok_desk.services import accounts, audit, clerks, settings
from iok_desk.services.context import Actor
from iok_desk.ui.account_view import AccountDialog
from iok_desk.ui.block_dialog import BlockDialog
from iok_desk.ui.main_window import MainWindow
from iok_desk.ui.portal_panel import FailedLoginsDialog

from .test_account_view import wait_preview
from .test_mnemonics import clashes


def _failed(db: Database, login_id: str, count: int) -> None:
    with db.transaction() as session:
        session.execute(update(Account).where(Account.login_id == login_id)
                        .values(failed_login_count=count))


def _block_dialog(window: MainWindow, qtbot: QtBot, login_id: str) -> BlockDialog:
    dialog = BlockDialog(window.desk, login_id, "Jan Kowalski", "601 234 567", "issued",
                         None, window)
    dialog.show()
    qtbot.waitUntil(dialog.block_button.isEnabled)
    return dialog


def _account(window: MainWindow, qtbot: QtBot, login_id: str) -> AccountDialog:
    dialog = window.open_account(login_id)
    qtbot.waitUntil(lambda: dialog.details is not None)
    return dialog


def test_another_caller_does_not_keep_the_holders_phone(
        window: MainWindow, qtbot: QtBot, db: Database, jan: str) -> None:
    dialog = _block_dialog(window, qtbot, jan)
    holder = accounts.account_details(db, jan).phone
    assert holder and dialog.caller_phone.text() == holder  # as the database has it
    dialog.caller_name.selectAll()
    type_text(dialog.caller_name, "Ewa Kowalska")
    assert dialog.caller_phone.text() == ""
    dialog.caller_name.selectAll()
    type_text(dialog.caller_name, "Jan Kowalski")
    assert dialog.caller_phone.text() == holder
    # a phone the clerk typed for another caller stays when the name is corrected
    dialog.caller_name.selectAll()
    type_text(dialog.caller_name, "sąsiad")
    type_text(dialog.caller_phone, "500 600 700")
    type_text(dialog.caller_name, "ka")
    assert dialog.caller_phone.text() == "500 600 700"


def test_verification_is_asked_and_after_the_block_nothing_says_active(
        window: MainWindow, qtbot: QtBot, db: Database, jan: str) -> None:
    dialog = _block_dialog(window, qtbot, jan)
    assert dialog.verification.currentIndex() == -1
    assert not dialog.confirmation_button.isVisible()
    qtbot.mouseClick(dialog.block_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    assert "sprawdzono" in dialog.error.text()
    assert dialog.verification.styleSheet() != ""
    assert accounts.account_details(db, jan).status == "issued"
    dialog.verification.setCurrentIndex(2)
    qtbot.mouseClick(dialog.block_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome.text() != "")
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel)
                     if label.isVisibleTo(dialog))
    assert "zablokowane" in shown
    assert "aktywne" not in shown and "wydane" not in shown
    assert dialog.block_button.isHidden() and dialog.confirmation_button.isVisible()
    event = audit.audit_trail(db, audit.AuditFilter(action="account.block"))[0]
    assert event.details["verification"] == "call-back"

    qtbot.mouseClick(dialog.confirmation_button, Qt.MouseButton.LeftButton)
    preview = wait_preview(qtbot, dialog)
    assert preview.document.pageCount() == 1
    sent = audit.audit_trail(db, audit.AuditFilter(action="letter.block_confirmation"))
    assert len(sent) == 1 and sent[0].account_login_id == jan
    preview.close()


def test_the_account_view_shows_what_the_portal_sees(
        window: MainWindow, qtbot: QtBot, db: Database, jan: str) -> None:
    dialog = _account(window, qtbot, jan)
    panel = dialog.portal
    assert panel.diagnosis.text().startswith("Pismo z hasłem jest jeszcze w biurze")
    assert panel.values["lastGoodLogin"].text() == "nigdy"
    assert panel.values["firstPassword"].text().startswith("do zmiany przez mieszkańca")
    assert panel.values["letter"].text() == "wydrukowane, jeszcze niewydane"
    _failed(db, jan, 6)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=5000):
        dialog.reload()
    assert panel.diagnosis.text().startswith("6 nieudanych logowań od ")
    assert "sprawdź, kto dzwoni" in panel.values["failedLogins"].text()


def test_english_diagnosis(english: None, make_window: Callable[[Actor], MainWindow],
                           admin: Actor, qtbot: QtBot, jan: str) -> None:
    dialog = _account(make_window(admin), qtbot, jan)
    assert dialog.portal.diagnosis.text().startswith("The letter with the password is still")
    assert dialog.portal.title() == "What the portal sees"


def test_failed_logins_review_opens_the_account(
        window: MainWindow, qtbot: QtBot, db: Database, jan: str, anna: str) -> None:
    _failed(db, anna, 9)
    _failed(db, jan, 2)
    dialog = FailedLoginsDialog(window.desk, window.open_account, window)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=5000):
        dialog.show()
    assert [row.login_id for row in dialog.rows] == [anna]
    assert dialog.summary.text().startswith("1 konto ma 5 lub więcej")
    assert clashes(dialog) == {}
    dialog.open_selected()
    qtbot.waitUntil(lambda: any(view.login_id == anna for view in window.account_dialogs))
    dialog.close()


def test_an_abuse_block_proposed_by_a_clerk_is_countersigned_by_a_supervisor(
        make_window: Callable[[Actor], MainWindow], admin: Actor, qtbot: QtBot,
        db: Database, jan: str) -> None:
    clerks.add_clerk(db, admin, "ewa", "Ewa Kowalczyk", "clerk")
    clerks.add_clerk(db, admin, "halina", "Halina Mazur", "supervisor")
    settings.update_settings(db, admin, separate_duties=True)
    clerk_window = make_window(Actor("ewa"))
    dialog = _block_dialog(clerk_window, qtbot, jan)
    dialog.reason.setCurrentIndex(dialog.reason.findData("abuse"))
    dialog.verification.setCurrentIndex(0)
    qtbot.mouseClick(dialog.block_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome.text() != "")
    assert "kontrasygnacie" in dialog.outcome.text()
    assert dialog.account_status.text() == "wydane"
    assert not dialog.confirmation_button.isVisible()
    assert accounts.account_details(db, jan).status == "issued"

    view = _account(clerk_window, qtbot, jan)
    assert view.portal.proposal.isVisible() and "ewa" in view.portal.proposal.text()
    assert clashes(view) == {}
    qtbot.mouseClick(view.portal.countersign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.portal.error.text() != "")
    assert "ten sam pracownik" in view.portal.error.text()

    boss = _account(make_window(Actor("halina")), qtbot, jan)
    qtbot.mouseClick(boss.portal.countersign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: boss.details is not None and boss.details.status == "blocked",
                    timeout=5000)
    assert not boss.portal.countersign_button.isVisible()
    assert not boss.portal.proposal.isVisible()
    assert accounts.account_details(db, jan).block_reason == "abuse"


def test_a_proposed_block_is_withdrawn_from_the_account_view(
        make_window: Callable[[Actor], MainWindow], admin: Actor, qtbot: QtBot,
        db: Database, jan: str) -> None:
    for login, name, role in (("ewa", "Ewa Kowalczyk", "clerk"),
                              ("piotr", "Piotr Wiśniewski", "clerk")):
        clerks.add_clerk(db, admin, login, name, role)
    settings.update_settings(db, admin, separate_duties=True)
    accounts.block_account(db, Actor("ewa"), jan, reason="abuse", caller_name="Ewa",
                           verification="call-back")
    other = _account(make_window(Actor("piotr")), qtbot, jan)
    assert other.portal.withdraw_button.isVisible()
    other.portal.ask_reason = lambda: "nie moja propozycja"
    qtbot.mouseClick(other.portal.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: other.portal.error.text() != "")
    assert "kierownik" in other.portal.error.text()
    assert accounts.account_details(db, jan).block_proposed_by == "ewa"

    view = _account(make_window(Actor("ewa")), qtbot, jan)
    assert clashes(view) == {}
    view.portal.ask_reason = lambda: None  # cancelled: nothing happens
    qtbot.mouseClick(view.portal.withdraw_button, Qt.MouseButton.LeftButton)
    assert accounts.account_details(db, jan).block_proposed_by == "ewa"
    view.portal.ask_reason = lambda: "dzwonił sam mieszkaniec"
    qtbot.mouseClick(view.portal.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.portal.proposal.isVisible(), timeout=5000)
    assert not view.portal.withdraw_button.isVisible()
    assert not view.portal.countersign_button.isVisible()
    assert accounts.account_details(db, jan).block_proposed_by is None
    event = audit.audit_trail(db, audit.AuditFilter(action="account.block_withdraw"))[0]
    assert event.details["reason"] == "dzwonił sam mieszkaniec"


def test_a_block_made_earlier_gets_its_confirmation_letter_from_the_account_view(
        window: MainWindow, qtbot: QtBot, db: Database, jan: str) -> None:
    view = _account(window, qtbot, jan)
    assert not view.confirmation_button.isVisible()  # not blocked: no confirmation
    accounts.block_account(db, window.desk.actor, jan, reason="lost-password",
                           caller_name="Jan Kowalski", verification="phone-of-record")
    view.reload()  # the block was made earlier, elsewhere
    qtbot.waitUntil(view.confirmation_button.isVisible)
    assert clashes(view) == {}
    qtbot.mouseClick(view.confirmation_button, Qt.MouseButton.LeftButton)
    preview = wait_preview(qtbot, view)
    assert preview.document.pageCount() == 1
    sent = audit.audit_trail(db, audit.AuditFilter(action="letter.block_confirmation"))
    assert len(sent) == 1 and sent[0].account_login_id == jan
    preview.close()
