"""The search box and the accounts list stay on their indexes: the databases' own plans
(``EXPLAIN``) of the queries the desk sends, on a register of a few thousand accounts. A plan
test, not a timing test: it fails when a query stops using its index or sorts what the index
should already give in order."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import Select, event

from iok_desk.db.engine import Database
from iok_desk.services import browse, search

from .many_accounts import RARE_SURNAME, login_ids, populate

ACCOUNTS = 3000


def _plan(db: Database, statement: Select[Any]) -> str:
    """The plan of ``statement`` as the database would run it, as one text."""
    compiled = statement.compile(db.engine, compile_kwargs={"literal_binds": True,
                                                            "render_postcompile": True})
    sql = str(compiled)
    with db.engine.connect() as connection:
        if db.dialect == "postgresql":
            raw = connection.exec_driver_sql("EXPLAIN (FORMAT JSON) " + sql)
            return json.dumps(raw.scalar_one())
        rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql).all()
        return "\n".join(row[-1] for row in rows)


def _sorts(db: Database, plan: str) -> bool:
    """The database sorts rows itself (instead of reading them in order from an index)."""
    if db.dialect == "postgresql":
        return '"Node Type": "Sort"' in plan or '"Node Type": "Incremental Sort"' in plan
    return "TEMP B-TREE FOR ORDER BY" in plan


def _search(text: str) -> Select[Any]:
    query = search.search_ids(text)
    assert query is not None
    return query.limit(50)


def test_search_and_list_queries_stay_on_their_indexes(db: Database) -> None:
    """One register for both checks: filling it is the expensive part."""
    populate(db, ACCOUNTS)
    _search_uses_its_indexes(db)
    _list_pages_use_their_indexes(db)
    if db.dialect == "sqlite":  # (PostgreSQL reads a table of 3,600 rows whole, rightly)
        rows = search._LISTED.params(ids=list(range(1, 51)))
        plan = _plan(db, rows)
        assert "ix_account_unit_account_unit" in plan and "SCAN account_unit" not in plan, plan


def _search_uses_its_indexes(db: Database) -> None:
    trigram = "ix_trgm_account_search_haystack" if db.dialect == "postgresql" \
        else "account_search_fts"
    for text in ("k", "ko", "Św", "4", "43", "ko ja", "ko 1/"):
        plan = _plan(db, _search(text))
        # One or two characters: one range of the prefix index, already in the box's order
        # (a second short word is checked on the rows found; the planner may then sort them).
        assert "ix_account_search_prefix_order" in plan, (text, plan)
        assert " " in text or not _sorts(db, plan), (text, plan)
    for text in (RARE_SURNAME[:6], RARE_SURNAME.lower(), f"{RARE_SURNAME} 1/",
                 login_ids(db)[ACCOUNTS // 2][:5]):
        plan = _plan(db, _search(text))
        assert trigram in plan, (text, plan)
    # A word of three or more: the statement the walks give way to never walks the name
    # order filtering every row (that walk is ``_walked``'s, bounded). (PostgreSQL may read
    # 3,000 rows whole.)
    for text in ("żółk", "kowal", "zajac"):
        plan = _plan(db, _search(text))
        assert "ix_account_search_rank_name" not in plan, (text, plan)
        assert db.dialect == "postgresql" or trigram in plan, (text, plan)
    # What the box sends for a word that begins many names: its range of the name index read
    # in order (the walk's bound, then the walk), the units whose address begins with it
    # counted on their index, and no trigram lookup.
    for text in ("żółk", "kowal", "kowalska 1", "swiet"):
        sent = _statements_sent(db, lambda text=text: search.search_accounts(db, text))
        plans = [(statement, _plan_of_sent(db, statement, parameters))
                 for statement, parameters in sent if "account_search" in statement
                 or "FROM unit" in statement]
        assert not [plan for _, plan in plans if trigram in plan], (text, plans)
        names = [plan for statement, plan in plans if "account_search.sort_name >=" in statement]
        assert len(names) >= 2, (text, plans)
        for plan in names:
            assert "ix_account_search_rank_name" in plan and not _sorts(db, plan), (text, plan)
        units = [plan for statement, plan in plans if "FROM unit" in statement]
        assert units and all("ix_unit_address_search" in plan for plan in units), (text, units)
    # A rare word: its walks give way (their bounds read the range's index alone), then the
    # trigram statement finds it.
    sent = _statements_sent(db, lambda: search.search_accounts(db, RARE_SURNAME))
    plans = [_plan_of_sent(db, *statement) for statement in sent
             if "account_search" in statement[0]]
    assert any(trigram in plan for plan in plans), plans


def _statements_sent(db: Database, action: Callable[[], object]) -> list[tuple[str, Any]]:
    """The SQL statements ``action`` sends, with their parameters."""
    sent: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        sent.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        action()
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    return sent


def _plan_of_sent(db: Database, statement: str, parameters: Any) -> str:
    with db.engine.connect() as connection:
        if db.dialect == "postgresql":
            raw = connection.exec_driver_sql("EXPLAIN (FORMAT JSON) " + statement, parameters)
            return json.dumps(raw.scalar_one())
        rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
        return "\n".join(row[-1] for row in rows)


def _list_pages_use_their_indexes(db: Database) -> None:
    indexes = {"name": "ix_account_search_name", "login_id": "ix_account_search_login",
               "status": "ix_account_search_status", "issued_at": "ix_account_search_issued"}
    for key, index in indexes.items():
        for descending in (False, True):
            query = browse.AccountQuery(sort_key=key, descending=descending)
            first = browse.page_query(query, after=None, limit=100)
            plan = _plan(db, first)
            assert index in plan and not _sorts(db, plan), (key, descending, plan)
            page = browse.account_page(db, query, limit=100)
            assert page.after is not None
            plan = _plan(db, browse.page_query(query, after=page.after, limit=100))
            assert index in plan and not _sorts(db, plan), (key, descending, plan)
    plan = _plan(db, browse.page_query(browse.AccountQuery(status="blocked"), after=None,
                                       limit=100))
    assert "ix_account_search_status" in plan and not _sorts(db, plan), plan
