"""Summary and annex speed on 100,000 demo activities.

- The summary without annex (aggregation in SQL, charts, every section) against one SQL
  ``count(*)`` of the same rows in the same run; goal: under 2 s.
- The annex's rows per second against a bare reportlab table of the same rows (same strings, same
  font, same column widths, no styling, cut into ``Table`` chunks of CHUNK rows as reportlab needs
  for long tables); goal: at most 1.3x its time.

What the comparison leaves to the baseline, so a met goal is not flattered: the bare table gets its
rows from a list read before its clock starts and draws no running header or footer, while the
annex time (summary with annex minus summary without) includes the streamed annex query, the page
header and footer of every annex page, shaping, font runs and cutting titles to their column.
Both use the fonts registered once per process (``register_fonts``), and both embed them.
"""

from __future__ import annotations

import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle
from sqlalchemy import func, select

from benchmarks.common import Result, timed
from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.reports.annex import CHUNK, SHARES
from cairo_desktop.reports.fonts import register_fonts
from cairo_desktop.services import open_services
from cairo_desktop.store.activities import ACTIVITIES
from cairo_desktop.store.queries import conditions

ACTIVITIES_COUNT = 100_000


def _bare_annex(path: Path, rows: list[list[str]], width: float) -> None:
    register_fonts()
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    story = []
    widths = [width * share for share in SHARES]
    for start in range(0, len(rows), CHUNK):
        table = Table([["title", "action", "status", "office", "start", "end", "reached"]] + rows[start:start + CHUNK],
                      colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "CairoLatin", 7.5)]))
        story.append(table)
    doc.build(story)


def run(workdir: Path) -> list[Result]:
    started = time.perf_counter()
    services = open_services(workdir / "bench.db", author="bench")
    services.installation.initialise("KP-SEC", "Secretariat", "coordinator", "")
    services.demo.generate(ACTIVITIES_COUNT, offices=10, seed=3)
    print(f"   (demo data: {time.perf_counter() - started:.0f} s)", flush=True)
    everything = ActivityFilter()

    def count() -> int:
        with services.database.session() as session:
            return session.execute(select(func.count()).select_from(ACTIVITIES).where(*conditions(everything))).scalar_one()

    count_time, total = timed(count, repeat=3)
    summary_time, _ = timed(lambda: services.reports.summary_pdf(workdir / "summary.pdf", everything), repeat=2)
    results = [Result(f"summary of {total:,} activities, no annex", summary_time, baseline=count_time,
                      baseline_name="SQL count(*) of the same rows", goal="< 2 s", met=summary_time < 2.0)]

    offices = tuple(code for code, _name in services.installation.offices())[:5]
    subset = ActivityFilter(domains=(1,), offices=offices)
    rows_count = services.activities.count(subset)
    without, _ = timed(lambda: services.reports.summary_pdf(workdir / "subset.pdf", subset), repeat=1)
    with_annex, _ = timed(lambda: services.reports.summary_pdf(workdir / "annex.pdf", subset, annex=True), repeat=1)
    annex_time = max(with_annex - without, 1e-6)

    with services.database.session() as session:
        a = ACTIVITIES.c
        statement = (select(a.title, a.action, a.status, a.office, a.start_date, a.end_date, a.people_reached)
                     .where(*conditions(subset)).order_by(a.action, a.start_date, a.id))
        rows = [[r.title[:60], r.action, r.status, r.office, str(r.start_date or ""), str(r.end_date or ""),
                 f"{r.people_reached:,}"] for r in session.execute(statement)]
    bare_time, _ = timed(lambda: _bare_annex(workdir / "bare.pdf", rows, A4[0] - 2 * 51), repeat=1)
    ratio = annex_time / bare_time
    results.append(Result(f"annex of {rows_count:,} rows", annex_time, baseline=bare_time,
                          baseline_name="bare reportlab table", goal="<= 1.3x", met=ratio <= 1.3))
    results.append(Result("annex rows per second", rows_count / annex_time, unit="rows/s",
                          baseline=len(rows) / bare_time, baseline_name="bare table rows/s"))
    services.close()
    return results
