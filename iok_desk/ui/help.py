"""The desk's own help, in one place: a few lines for each page (F1), the keys every list
answers to, and the About box. English source, Polish in the translation like every string."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from iok_desk import __version__
from iok_desk.db.engine import Database, describe_url


def page_help(key: str) -> tuple[str, str]:
    """The title and text of the help for the page with this settings key (``search`` for
    the search results)."""
    pages = {
        "search": (
            QCoreApplication.translate("Help", "Finding an account"),
            QCoreApplication.translate(
                "Help", "Type a login ID, a surname, a unit address, a phone number or an "
                "e-mail address in the Find box (Ctrl+K or F3). The results show as you "
                "type: first the accounts whose surname, login ID or address begins with "
                "what you typed, then those where it appears elsewhere; revoked accounts "
                "last.\n\nEnter or F2 opens the account chosen with ↑ ↓. Ctrl+B or F8 "
                "blocks it, once the results of what you typed are in. Esc empties the box.")),
        "requests": (
            QCoreApplication.translate("Help", "Requests"),
            QCoreApplication.translate(
                "Help", "The queue of residents' written requests. Filter by status, kind "
                "and age; overdue requests are red with ⚠: open longer than 14 days, the "
                "office's own target (the cooperative's rules set no deadline).\n\nInsert "
                "logs a new request. Enter or F2 opens the selected one to verify it. Delete "
                "rejects it, after asking for the reason. A click on a column header sorts "
                "by it.")),
        "accounts": (
            QCoreApplication.translate("Help", "Accounts"),
            QCoreApplication.translate(
                "Help", "Every portal account. Filter by surname, address or login ID and "
                "by status; blocked and revoked accounts are marked with colour and an "
                "icon.\n\nEnter or F2 opens the selected account: its units, letters and "
                "history. Delete opens the revoke dialog for it; nothing changes until you "
                "choose a reason and Revoke. A click on a column header sorts by it.")),
        "units": (
            QCoreApplication.translate("Help", "Units"),
            QCoreApplication.translate(
                "Help", "The unit register imported from accounting. Choose a unit to see "
                "its legal titles and the accounts that still see it.\n\nAfter a sale, "
                "select the former owner's account and choose Revoke access after sale (or "
                "press Delete; the dialog asks first). F2 opens the account selected in the "
                "panel. A click on a column header sorts the units by it, addresses and "
                "numbers in natural order.")),
        "audit": (
            QCoreApplication.translate("Help", "Audit trail"),
            QCoreApplication.translate(
                "Help", "Everything the desk and the portal did, newest first. Filter by "
                "clerk, action, login ID and days, then choose Show.\n\nEnter or F2 opens "
                "the account of the selected event. Export CSV saves every event the "
                "filter matches. Delete changes nothing: the trail keeps every event.")),
        "reports": (
            QCoreApplication.translate("Help", "Reports"),
            QCoreApplication.translate(
                "Help", "Figures for the supervisor, and the registers to print or to save "
                "as PDF or CSV. The 14 days the overview and the monthly report measure "
                "against are the office's own target: the cooperative's rules set no "
                "deadline.")),
        "letters": (
            QCoreApplication.translate("Help", "Letters"),
            QCoreApplication.translate(
                "Help", "The letter register: every credential letter by its number "
                "(PL/year/number) and where it is. A first password works only once its "
                "letter is handed over in person (7 days) or posted (14 days).\n\nSelect a "
                "letter and record it handed over (who received it, which clerk checked the "
                "ID, the scan of the signed strip), posted (the registered-mail number), "
                "returned or voided. Drop scans of signed strips on the page to record their "
                "letters handed over. Print the day's dispatch list for the post office; the "
                "reconciliation shows what is still in the office. Unused first passwords: "
                "select accounts to give each a new one (all letters in one preview) or to "
                "close them. Delete voids the selected letter: the dialog asks for the reason "
                "first.")),
        "mail": (
            QCoreApplication.translate("Help", "Mail"),
            QCoreApplication.translate(
                "Help", "New messages in the office mailbox and requests sent through the "
                "electronic form, each with the request read from it and what is missing."
                "\n\nRegister opens the request form filled in; attach a reply or a second "
                "message to its request; dismiss what is no request. A message dealt with "
                "here leaves every desk's list.\n\nAn administrator sets the mailbox up in "
                "Desk ▸ Mail settings; a request that came by e-mail is answered from its "
                "view (Reply by e-mail).")),
    }
    return pages.get(key, pages["search"])


def keys_text() -> str:
    """The keys of every page, as the Help menu lists them."""
    return QCoreApplication.translate(
        "Help", "F1 — help for this page\n"
        "F2, Enter — open the selected row\n"
        "F3, Ctrl+K — find an account\n"
        "F5 — refresh\n"
        "F6 — export the list to CSV\n"
        "F7, Ctrl+E — import e-mails\n"
        "F8, Ctrl+B — block the account found\n"
        "Insert, Ctrl+N — log a request\n"
        "Delete — reject the selected request, revoke the selected account or void the "
        "selected letter (asks first)\n"
        "Ctrl+P — print the list\n"
        "Ctrl+1 … Ctrl+7 — a page, with the focus in its list\n"
        "Tab — the next field (out of a list too)\n"
        "Ctrl+Q — quit")


def help_box(parent: QWidget, key: str) -> QMessageBox:
    title, text = page_help(key)
    box = QMessageBox(QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("pageHelp")
    box.setDetailedText(keys_text())
    return box


def keys_box(parent: QWidget) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("Help", "Keyboard"), keys_text(),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("keysHelp")
    return box


def about_box(parent: QWidget | None, db: Database) -> QMessageBox:
    text = QCoreApplication.translate(
        "App", "IOK Desk %1\nAccess to the resident portal IOK, MSM Gdynia.\n\nDatabase: %2"
    ).replace("%1", __version__).replace("%2", describe_url(db.url))
    return QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate(
        "App", "About IOK Desk"), text, QMessageBox.StandardButton.Ok, parent)
