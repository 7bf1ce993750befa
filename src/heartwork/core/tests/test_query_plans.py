"""No page reads a whole table of couple data: each query's plan uses an index.

Seeds a few thousand couples, renders every page and API list for one person, and asks
the database how it would run each query (PostgreSQL's ``EXPLAIN``, SQLite's ``EXPLAIN
QUERY PLAN``): a sequential scan of a couple-data table fails the test, on both
databases (CI runs it on each). Before issue 12, ``readable()`` made PostgreSQL scan up
to 423,000 rows per query.
"""

from __future__ import annotations

import json

import pytest
from conftest import client_for
from django.db import connection
from django.test.utils import CaptureQueriesContext

from heartwork.checkup.models import CheckupAnswer
from heartwork.core.models import CoupleItem
from heartwork.core.tests.couple_history import add_history, link_couples
from heartwork.core.tests.test_pages_do_not_grow_with_history import PAGES
from heartwork.daily.models import DailyQuestion

COUPLES = 2000
# The couple whose pages are read has 60 days of history: at most a few hundred rows in
# any one table (its check-up answers). The crowd holds thousands in each, half of them
# shared, so an index on a column every couple shares reads far more than this.
MOST_ONE_COUPLE_HAS = 500


def couple_tables() -> set[str]:
    items = {m._meta.db_table for m in CoupleItem.__subclasses__()}
    items |= {
        m._meta.db_table for base in CoupleItem.__subclasses__() for m in base.__subclasses__()
    }
    return items | {CheckupAnswer._meta.db_table, DailyQuestion._meta.db_table}


def full_scans(sql: str) -> set[str]:
    """The couple-data tables the database would read whole (or mostly) to answer ``sql``.

    PostgreSQL runs the query (``EXPLAIN ANALYZE``) and reports each scan of a couple
    table that is sequential, or that reads more rows than any one couple has here: an
    index on a column every couple shares (``visibility = 'shared'``) reads half the
    table as surely as a sequential scan does.
    """
    tables = couple_tables()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}")
            plan = cursor.fetchone()[0]
            plan = json.loads(plan) if isinstance(plan, str) else plan
            found: set[str] = set()

            def table_of(node: dict) -> str | None:
                if "Relation Name" in node:
                    return node["Relation Name"]
                if "Index Name" in node:
                    cursor.execute(
                        "SELECT tablename FROM pg_indexes WHERE indexname = %s",
                        [node["Index Name"]],
                    )
                    row = cursor.fetchone()
                    return row[0] if row else None
                return None

            def empty(table: str) -> bool:
                """A table the seed leaves empty: PostgreSQL rightly scans it whole, since
                there is nothing to read (replies, safety screens and the conflict room are
                not seeded yet; a scan of any table that has rows still fails)."""
                cursor.execute(f'SELECT NOT EXISTS (SELECT 1 FROM "{table}")')  # noqa: S608
                return bool(cursor.fetchone()[0])

            def walk(node: dict) -> None:
                table = table_of(node)
                if table in tables and "Scan" in node.get("Node Type", ""):
                    loops = node.get("Actual Loops", 1)
                    read = (
                        node.get("Actual Rows", 0) + node.get("Rows Removed by Filter", 0)
                    ) * loops
                    whole = node["Node Type"] == "Seq Scan" and not empty(table)
                    if whole or read > MOST_ONE_COUPLE_HAS:
                        found.add(f"{table} ({node['Node Type']}, {read} rows)")
                for child in node.get("Plans", []):
                    walk(child)

            walk(plan[0]["Plan"])
            return found
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
        # "SCAN t" reads every row (with or without a covering index); "SEARCH t USING
        # INDEX" reads only the matching ones.
        details = [row[-1] for row in cursor.fetchall()]
        return {
            d.split()[1]
            for d in details
            if d.startswith("SCAN ") and len(d.split()) > 1 and d.split()[1] in tables
        }


def ours_among_many(days: int):
    """A couple with ``days`` of history among ``COUPLES`` young ones, the statistics
    fresh on PostgreSQL; its second person, who signs in."""
    crowd = link_couples(COUPLES)
    add_history(crowd, 4, rounds=0)
    add_history(crowd[:300], 0, rounds=1)
    (ours,) = link_couples(1, first=2 * COUPLES)
    add_history([ours], days)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return ours[1]


@pytest.fixture
def many_couples(db):
    return ours_among_many(60)


def test_no_page_reads_a_whole_table_of_couple_data(many_couples) -> None:
    client = client_for(many_couples)
    scans: dict[str, set[str]] = {}
    for path in PAGES:
        client.get(path)  # the first look of the day picks today's question
        with CaptureQueriesContext(connection) as page:
            assert client.get(path).status_code == 200
        for query in page.captured_queries:
            sql = query["sql"]
            if sql.lstrip().upper().startswith("SELECT"):
                for table in full_scans(sql):
                    scans.setdefault(f"{path} {table}", set()).add(sql[:300])
    assert not scans, "sequential scans:\n" + "\n".join(
        f"{where}: {sorted(sqls)[0]}" for where, sqls in scans.items()
    )


@pytest.fixture
def ten_years_among_many(db):
    return ours_among_many(3650)


def test_today_reads_no_more_of_ten_years_than_of_a_month(ten_years_among_many) -> None:
    """Today reads a window of the couple's history (the news since the last visit, the
    counselor rule's four weeks), never the years before it: a couple ten years in has
    7,300 check-ins and as many answers, and no scan may read more than a month-old
    couple could have. PostgreSQL misjudged such a window and read them all (issue 12)."""
    client = client_for(ten_years_among_many)
    client.get("/")
    with CaptureQueriesContext(connection) as page:
        assert client.get("/").status_code == 200
    scans = {
        table: query["sql"][:300]
        for query in page.captured_queries
        if query["sql"].lstrip("( ").upper().startswith("SELECT")
        for table in full_scans(query["sql"])
    }
    assert not scans, f"reads of the years before: {scans}"
