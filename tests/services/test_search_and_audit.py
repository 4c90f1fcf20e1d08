from __future__ import annotations

from datetime import date, timedelta

import pytest

from iok_desk.db.engine import Database
from iok_desk.domain.errors import NotAllowed, ValidationError
from iok_desk.services import accounts, audit, clerks, search, settings
from iok_desk.services.context import Actor

from .helpers import issued_account


@pytest.fixture
def two_accounts(db: Database, admin: Actor, register: dict[str, str]) -> tuple[str, str]:
    jan = issued_account(db, admin).login_id
    anna = issued_account(db, admin, first="Anna", last="Żółkiewska",
                          unit="Paprykowa 12/7").login_id
    return jan, anna


def _found(db: Database, text: str) -> list[str]:
    return [summary.login_id for summary in search.search_accounts(db, text)]


def test_search_ignores_polish_letters_and_case(db: Database,
                                                two_accounts: tuple[str, str]) -> None:
    jan, anna = two_accounts
    assert _found(db, "zolkiewska") == [anna]
    assert _found(db, "ŻÓŁKIEWSKA") == [anna]
    assert _found(db, "Kowal") == [jan]


def test_search_by_login_id_phone_address_and_email(db: Database,
                                                    two_accounts: tuple[str, str]) -> None:
    jan, anna = two_accounts
    assert _found(db, f"{jan[:4]} {jan[4:]}") == [jan]
    assert _found(db, jan[2:6]) == [jan]
    assert _found(db, "601 234 567") == [jan]
    assert _found(db, "586290016") == [anna]
    # The phone as the desk shows it, with the country code.
    assert _found(db, "+48 601 234 567") == [jan]
    assert _found(db, "+48 586 290 016") == [anna]
    assert _found(db, "paprykowa 12/7") == [anna]
    assert set(_found(db, "paprykowa")) == {jan, anna}
    assert _found(db, "jan@example") == [jan]
    assert _found(db, "jan paprykowa") == [jan]  # every word must match somewhere


def test_search_treats_like_wildcards_as_text(db: Database, two_accounts: tuple[str, str]) -> None:
    assert _found(db, "%") == []
    assert _found(db, "_") == []
    assert _found(db, "   ") == []


def test_search_shows_live_accounts_before_revoked_ones(db: Database, admin: Actor,
                                                        two_accounts: tuple[str, str]) -> None:
    jan, anna = two_accounts
    accounts.revoke_access(db, admin, anna, reason="sale")
    summaries = search.search_accounts(db, "paprykowa")
    assert [summary.login_id for summary in summaries] == [jan, anna]
    assert summaries[1].units == []  # no unit is seen any more


def test_audit_trail_filters(db: Database, admin: Actor, two_accounts: tuple[str, str]) -> None:
    jan, _ = two_accounts
    accounts.block_account(db, admin, jan, reason="lost-password", caller_name="Jan Kowalski")
    everything = audit.audit_trail(db)
    assert everything[0].action == "account.block"
    assert [event.id for event in everything] == sorted(
        (event.id for event in everything), reverse=True)
    only_jan = audit.audit_trail(db, audit.AuditFilter(login_id=jan))
    assert {event.account_login_id for event in only_jan} == {jan}
    assert [event.action for event in only_jan] == ["account.block", "account.issue"]
    blocks = audit.audit_trail(db, audit.AuditFilter(action="account.b"))
    assert [event.action for event in blocks] == ["account.block"]
    today = date.today()
    assert len(audit.audit_trail(db, audit.AuditFilter(day_from=today))) == len(everything)
    assert audit.audit_trail(db, audit.AuditFilter(day_to=today - timedelta(days=2))) == []
    assert audit.audit_trail(db, audit.AuditFilter(clerk="nobody")) == []


def test_settings_are_admin_only_validated_and_audited(db: Database, admin: Actor,
                                                       register: dict[str, str]) -> None:
    clerks.add_clerk(db, admin, "ewa", "Ewa Kowalczyk", "clerk")
    with pytest.raises(NotAllowed):
        settings.update_settings(db, Actor("ewa"), first_password_days=10)
    with pytest.raises(ValidationError):
        settings.update_settings(db, admin, first_password_days=0)
    assert settings.update_settings(db, admin, first_password_days=10) == [
        settings.FIRST_PASSWORD_DAYS_KEY]
    assert settings.update_settings(db, admin, first_password_days=10) == []
    letter = issued_account(db, admin).letter
    assert letter is not None and (letter.expires_on - letter.issued_on).days == 10
    for bad in ("81-1988", "811-98", "81198"):
        with pytest.raises(ValidationError) as refused:
            settings.update_settings(db, admin, letterhead=settings.Letterhead(postal_code=bad))
        assert (refused.value.field, refused.value.code) == ("postal_code", "postal_code_format")
    assert settings.get_letterhead(db).postal_code == ""  # nothing half-written
    head = settings.Letterhead(postal_code="81-198")
    changed = settings.update_settings(db, admin, letterhead=head)
    assert changed == ["letterhead.organisation", "letterhead.department", "letterhead.street",
                       "letterhead.postal_code", "letterhead.city", "letterhead.phone",
                       "letterhead.email", "letterhead.website", "letterhead.portal_url",
                       "letterhead.office_hours"]
    assert settings.get_letterhead(db).city_line == "81-198 Gdynia"
    assert audit.audit_trail(db, audit.AuditFilter(action="settings."))[0].details["keys"] == \
        changed
