"""The main window's pages, one per module. Each page knows only the services and says what
the clerk asked for through its signals; the main window wires them."""

from .accounts import AccountsPage
from .audit import AuditPage
from .base import Page
from .letters import LettersPage
from .mail import MailPage
from .reports import ReportsPage
from .requests import RequestsPage
from .units import UnitsPage

__all__ = ["AccountsPage", "AuditPage", "LettersPage", "MailPage", "Page", "ReportsPage",
           "RequestsPage", "UnitsPage"]
