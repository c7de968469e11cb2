"""The annex: every matching activity as one table row, streamed from the database.

An annex can list 100,000 activities, so rows are read with one streamed query (``yield_per``)
and turned into cells only when a page needs them (:class:`annex_block.AnnexStream`). Each
distinct cell text is shaped, split into font runs and cut to its column once
(:class:`annex_cells.CellMaker`); that keeps the annex close to the speed of a bare reportlab
table while Arabic, Amharic and mixed-script titles stay correct.
"""

from __future__ import annotations

from typing import Any, Callable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.progress import Progress
from cairo_desktop.reports import formatting
from cairo_desktop.reports.annex_block import PADDING, AnnexLayout, AnnexStream, Row
from cairo_desktop.reports.annex_cells import SIZE, Cell, CellMaker, fit
from cairo_desktop.reports.context import ReportContext
from cairo_desktop.store.activities import ACTIVITIES
from cairo_desktop.store.queries import conditions, order_key

__all__ = ["CHUNK", "COLUMNS", "SHARES", "SIZE", "annex_rows", "annex_story", "fit"]

CHUNK = 250  # rows between two progress reports (and cancellation checks)
COLUMNS = ("title", "action", "status", "office", "start", "end", "reached")
SHARES = (0.35, 0.07, 0.14, 0.10, 0.115, 0.115, 0.11)


def annex_rows(session: Session, selection: ActivityFilter, batch: int = 1000) -> Iterator[Any]:
    """The annex's columns of every selected activity, in annex order, read in batches of ``batch``."""
    a = ACTIVITIES.c
    dialect = session.get_bind().dialect.name
    order = [order_key(column, False, dialect) for column in (a.action, a.start_date, a.id)]  # alike on every database
    statement = (select(a.title, a.action, a.status, a.office, a.start_date, a.end_date, a.people_reached)
                 .where(*conditions(selection)).order_by(*order)
                 .execution_options(stream_results=True, yield_per=batch))
    yield from session.execute(statement)


class AnnexCells:
    """Turns database rows into rows of :class:`Cell` for one report language and frame width."""

    def __init__(self, ctx: ReportContext, width: float) -> None:
        self.lang = ctx.lang
        widths = [width * share for share in SHARES]
        self.layout = AnnexLayout(widths, ctx.styles.rtl)
        self.maker = CellMaker(ctx.styles.family, ctx.styles.rtl, [w - 2 * PADDING for w in widths],
                               own_direction=frozenset({COLUMNS.index("title")}))
        self.header: Row = [self.maker.header(column, ctx.t(name)) for column, name in enumerate(COLUMNS)]
        self.status_labels = {code: ctx.status(code) for code in ctx.vocab.statuses.codes}

    def row(self, row: Any) -> list[Cell]:
        cell = self.maker.cell
        start, end = row.start_date, row.end_date
        return [cell(0, row.title), cell(1, row.action), cell(2, self.status_labels.get(row.status, row.status)),
                cell(3, row.office), cell(4, start.isoformat() if start else ""), cell(5, end.isoformat() if end else ""),
                cell(6, formatting.number(row.people_reached, self.lang))]


def annex_story(session: Session, selection: ActivityFilter, total: int, progress: Progress | None = None
                ) -> Callable[[ReportContext, float], list[Any]]:
    """A factory for the summary: given the context and frame width, the annex's flowables."""
    progress = progress or Progress()

    def build(ctx: ReportContext, width: float) -> list[Any]:
        cells = AnnexCells(ctx, width)

        def rows() -> Iterator[Row]:
            for done, row in enumerate(annex_rows(session, selection), start=1):
                if done % CHUNK == 0:
                    progress.check_cancelled()
                    progress.report(done, total, "Listing activities")
                yield cells.row(row)
            progress.report(total, total, "Listing activities")

        return [AnnexStream(cells.layout, cells.header, rows())]

    return build
