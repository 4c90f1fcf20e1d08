"""What a clerk's action changed, so that each view redraws only when its data is among it.

An action knows what it acted on (the account, the request); ``Changed`` carries that from
``ui/actions.py`` through ``Operations.sig_changed`` to the views.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable


@dataclasses.dataclass(frozen=True)
class Changed:
    """Login IDs, request numbers and unit addresses touched; ``new_accounts`` and
    ``new_requests`` when the lists themselves gained members; ``everything`` when nobody
    knows (another clerk's change came to light, a batch import): every view reloads."""

    accounts: frozenset[str] = frozenset()
    requests: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()
    new_accounts: bool = False
    new_requests: bool = False
    settings: bool = False
    audit: bool = False
    everything: bool = False

    @classmethod
    def all(cls) -> Changed:
        return cls(everything=True)

    @classmethod
    def of(cls, *, accounts: Iterable[str] = (), requests: Iterable[str] = (),
           units: Iterable[str] = (), new_accounts: bool = False, new_requests: bool = False,
           settings: bool = False) -> Changed:
        """What an action changed; every action writes an audit event."""
        return cls(frozenset(accounts), frozenset(requests), frozenset(units), new_accounts,
                   new_requests, settings, audit=True)

    def touches_accounts(self, login_ids: Iterable[str]) -> bool:
        """Any of these accounts changed (or nobody knows what did)."""
        return self.everything or not self.accounts.isdisjoint(login_ids)

    def touches_account(self, login_id: str) -> bool:
        """For a view of one account (the account dialog)."""
        return self.touches_accounts((login_id,))

    def touches_request(self, number: str) -> bool:
        """For a view of one request (the verification dialog)."""
        return self.everything or number in self.requests

    @property
    def account_list(self) -> bool:
        """Lists of accounts may have gained or lost members."""
        return self.everything or self.new_accounts

    @property
    def request_list(self) -> bool:
        """The requests or their states changed: queues and counts of requests are stale."""
        return self.everything or self.new_requests or bool(self.requests)

    @property
    def audit_trail(self) -> bool:
        return self.everything or self.audit

