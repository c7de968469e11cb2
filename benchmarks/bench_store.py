"""Demo data and list queries on 100,000 activities, against bare sqlite3 in the same run.

``demo`` must make 100,000 activities "well under a minute"; the baseline is sqlite3 inserting
the same number of activity rows (no revisions, children or validation), which says how much of
the time is the app's own work. List filters are timed against one ``count(*)`` of the table.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from benchmarks.common import Result, timed
from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.services import open_services

ACTIVITIES = 100_000


def _bare_insert(path: Path) -> float:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE t (id TEXT PRIMARY KEY, office TEXT, title TEXT, action TEXT, status TEXT, "
                           "start_date TEXT, end_date TEXT, place TEXT, reached INTEGER)")
        rows = [(f"{i:036d}", "KP-SEC", f"Training number {i}", "1.1", "closed", "2025-01-01", "2025-02-01",
                 "Addis Ababa", i) for i in range(ACTIVITIES)]
        started = time.perf_counter()
        connection.executemany("INSERT INTO t VALUES (?,?,?,?,?,?,?,?,?)", rows)
        connection.commit()
        elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def run(workdir: Path) -> list[Result]:
    services = open_services(workdir / "store.db", author="bench")
    services.installation.initialise("KP-SEC", "Secretariat", "coordinator", "")
    demo_time, _ = timed(lambda: services.demo.generate(ACTIVITIES, offices=10))
    bare = _bare_insert(workdir / "bare.db")
    results = [Result(f"demo {ACTIVITIES:,} activities", demo_time, baseline=bare, baseline_name="bare sqlite3 insert",
                      goal="< 60 s", met=demo_time < 60)]
    count_time, _ = timed(lambda: services.activities.count(ActivityFilter(deleted="all")), repeat=5)
    for label, selection in (("domain 3", ActivityFilter(domains=(3,))),
                             ("country SDN", ActivityFilter(countries=("SDN",))),
                             ("text 'khartoum'", ActivityFilter(text="khartoum")),
                             ("text 'training'", ActivityFilter(text="training"))):
        elapsed, _ = timed(lambda s=selection: services.activities.ids(s, limit=1000), repeat=5)
        results.append(Result(f"first 1,000 ids, {label}", elapsed, baseline=count_time,
                              baseline_name="count(*) of the table"))
    services.close()
    return results
