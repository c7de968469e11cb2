"""The annex: every matching activity as one table row, streamed from the database.

An annex can list 100,000 activities, so rows are read from a server-side cursor in chunks and
turned into table chunks only when reportlab asks for them (:class:`LazyStory`). Cells are plain
strings, cut to their column, except where a title mixes scripts and needs a paragraph; that keeps
the annex close to the speed of a bare reportlab table.
"""

from __future__ import annotations

from typing import Any, Callable, Iterator

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.progress import Progress
from cairo_desktop.reports import formatting
from cairo_desktop.reports.context import ReportContext
from cairo_desktop.reports.fonts import FontSet, font_runs
from cairo_desktop.reports.shaping import visual
from cairo_desktop.reports.styles import BAND, NAVY, RULE
from cairo_desktop.store.activities import ACTIVITIES
from cairo_desktop.store.queries import conditions

CHUNK = 250
COLUMNS = ("title", "action", "status", "office", "start", "end", "reached")
SHARES = (0.35, 0.07, 0.14, 0.10, 0.115, 0.115, 0.11)
PADDING = 3.0
SIZE = 7.5


class LazyStory(list):  # type: ignore[type-arg]
    """A story list that refills itself from ``chunks`` as reportlab consumes it."""

    def __init__(self, chunks: Iterator[list[Any]]) -> None:
        super().__init__()
        self._chunks: Iterator[list[Any]] | None = chunks

    def __len__(self) -> int:
        while super().__len__() < 2 and self._chunks is not None:
            try:
                self.extend(next(self._chunks))
            except StopIteration:
                self._chunks = None
        return super().__len__()


def annex_rows(session: Session, selection: ActivityFilter, batch: int = 1000) -> Iterator[Any]:
    a = ACTIVITIES.c
    statement = (select(a.title, a.action, a.status, a.office, a.start_date, a.end_date, a.people_reached)
                 .where(*conditions(selection)).order_by(a.action, a.start_date, a.id)
                 .execution_options(stream_results=True, yield_per=batch))
    yield from session.execute(statement)


def fit(value: str, font: str, width: float) -> str:
    """``value`` cut with an ellipsis to fit ``width`` points."""
    if len(value) * SIZE * 0.45 < width or stringWidth(value, font, SIZE) <= width:
        return value
    low, high = 0, len(value)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(value[:middle] + "…", font, SIZE) <= width:
            low = middle
        else:
            high = middle - 1
    return value[:low].rstrip() + "…"


class AnnexTable:
    """Turns database rows into table chunks for one report language."""

    def __init__(self, ctx: ReportContext, width: float) -> None:
        self.ctx = ctx
        self.rtl = ctx.styles.rtl
        self.family = ctx.styles.family
        self.widths = [width * share for share in SHARES]
        self.statuses = {code: ctx.status(code) for code in ctx.vocab.statuses.codes}
        self.style = ParagraphStyle("annex", parent=ctx.styles.cell, fontSize=SIZE, leading=SIZE * 1.3)
        self.head_style = ParagraphStyle("annex-head", parent=self.style, textColor=colors.white)
        self.header = [ctx.t(name) for name in COLUMNS]

    def _cell(self, value: str, column: int, row: int, commands: list[Any]) -> Any:
        """A plain string in one font; a cell needing another font gets a FONT command."""
        width = self.widths[column] - 2 * PADDING
        if value.isascii():
            if self.family == "CairoLatin":
                return fit(value, self.family, width)
            commands.append(("FONTNAME", (column, row), (column, row), "CairoLatin"))
            return fit(value, "CairoLatin", width)
        runs = font_runs(visual(value, self.rtl), self.family)
        if len(runs) > 1:  # mixed scripts need several fonts: a (rarer, slower) paragraph
            return self.ctx.styles.p(value, self.style)  # type: ignore[return-value]
        family, text = runs[0]
        if family != self.family:
            commands.append(("FONTNAME", (column, row), (column, row), family))
        return fit(text.strip(), family, width)

    def chunk(self, rows: list[Any]) -> Table:
        commands: list[Any] = []
        data: list[list[Any]] = [[self.ctx.styles.p(h, self.head_style, True) for h in self.header]]
        lang = self.ctx.lang
        for number, row in enumerate(rows, start=1):
            values = [row.title, row.action, self.statuses.get(row.status, row.status), row.office,
                      row.start_date.isoformat() if row.start_date else "",
                      row.end_date.isoformat() if row.end_date else "", formatting.number(row.people_reached, lang)]
            data.append([self._cell(value, column, number, commands) for column, value in enumerate(values)])
        widths = list(self.widths)
        if self.rtl:
            data = [row[::-1] for row in data]
            widths.reverse()
            commands = [(name, (len(widths) - 1 - a[0], a[1]), (len(widths) - 1 - b[0], b[1]), *rest)
                        for name, a, b, *rest in commands]
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="RIGHT" if self.rtl else "LEFT")
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), self.family, SIZE),
            ("FONT", (0, 0), (-1, 0), FontSet.bold(self.family), SIZE),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("BACKGROUND", (0, 0), (-1, 0), NAVY),
            ("ALIGN", (0, 0), (-1, -1), "RIGHT" if self.rtl else "LEFT"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, BAND]),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ] + commands))
        return table


def annex_story(session: Session, selection: ActivityFilter, total: int, progress: Progress | None = None
                ) -> Callable[[ReportContext, float], LazyStory]:
    """A factory for the summary: given the context and frame width, the lazy list of annex tables."""
    progress = progress or Progress()

    def build(ctx: ReportContext, width: float) -> LazyStory:
        table = AnnexTable(ctx, width)

        def chunks() -> Iterator[list[Any]]:
            batch: list[Any] = []
            done = 0
            for row in annex_rows(session, selection):
                batch.append(row)
                if len(batch) == CHUNK:
                    done += len(batch)
                    progress.check_cancelled()
                    progress.report(done, total, "Listing activities")
                    yield [table.chunk(batch)]
                    batch = []
            if batch:
                progress.report(total, total, "Listing activities")
                yield [table.chunk(batch)]

        return LazyStory(chunks())

    return build
