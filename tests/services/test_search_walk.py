"""The search box's first look along the name order (``search.walk_query``) shows the same
rows as the trigram query it saves, whether the walk finds enough rows or gives way."""

from __future__ import annotations

import pytest

from iok_desk.db.engine import Database
from iok_desk.db.models import Account
from iok_desk.services import search

from .many_accounts import RARE_SURNAME, populate

WORDS = ["kow", "kowal", "nowak", "zol", "ska", "swiet", "morska 1", "anna kow", "łąc",
         RARE_SURNAME.lower(), "osoba1", "60", "kowalska 1/", "zzz"]


def _trigram_rows(db: Database, text: str, limit: int) -> list[str]:
    query = search.search_query(text)
    assert query is not None
    with db.reading() as session:
        return list(session.scalars(query.with_only_columns(Account.login_id).limit(limit)))


def test_the_walk_shows_what_the_trigram_query_shows(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    populate(db, 400, bulk=True)
    monkeypatch.setattr(search, "WALK_ROWS", 120)  # both outcomes on a small register
    walked = gave_way = 0
    for word in WORDS:
        for limit in (1, 5, 12):
            walk = search.walk_query(word, limit)
            if walk is not None:
                with db.reading() as session:
                    found_in_walk = len(session.scalars(walk).all())
                walked += found_in_walk == limit
                gave_way += found_in_walk < limit
            shown = [row.login_id for row in search.search_accounts(db, word, limit=limit)]
            assert shown == _trigram_rows(db, word, limit), (word, limit)
    assert walked and gave_way, (walked, gave_way)
    assert search.walk_query("ko", 50) is None  # one or two characters: the prefix index
