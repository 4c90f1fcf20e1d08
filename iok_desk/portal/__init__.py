"""The resident portal's side of the shared database: a reference implementation of the
contract in docs/portal-contract.md."""

from .reference import (
    CONTRACT_VERSION,
    FormRefused,
    LoginRefused,
    Portal,
    PortalSession,
    PortalUnit,
    SessionRejected,
    WebForm,
)

__all__ = ["CONTRACT_VERSION", "FormRefused", "LoginRefused", "Portal", "PortalSession",
           "PortalUnit", "SessionRejected", "WebForm"]
