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
from reportlab.platypus import Flowable, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.progress import Progress
from cairo_desktop.reports import formatting
from cairo_desktop.reports.context import ReportContext
from cairo_desktop.reports.fonts import LATIN, FontSet, font_runs
from cairo_desktop.reports.shaping import text_width, visual
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
    if len(value) * SIZE < width or stringWidth(value, font, SIZE) <= width:  # no glyph is wider than 1 em
        return value
    low, high = 0, len(value)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(value[:middle] + "…", font, SIZE) <= width:
            low = middle
        else:
            high = middle - 1
    return value[:low].rstrip() + "…"


class RunLine(Flowable):
    """One line of text in several fonts (a title mixing scripts), cut to its cell."""

    def __init__(self, value: str, base: str, width: float, rtl: bool) -> None:
        super().__init__()
        runs = self._runs(value, base, rtl)
        if sum(w for _, _, w in runs) > width:  # cut the logical text (binary search), then reorder
            low, high = 1, len(value) - 1
            while low < high:
                middle = (low + high + 1) // 2
                if sum(w for _, _, w in self._runs(value[:middle] + "…", base, rtl)) <= width:
                    low = middle
                else:
                    high = middle - 1
            runs = self._runs(value[:low].rstrip() + "…", base, rtl)
        self.runs = runs
        self.rtl = rtl

    @staticmethod
    def _runs(value: str, base: str, rtl: bool) -> list[tuple[str, str, float]]:
        return [(family, piece, stringWidth(piece, family, SIZE)) for family, piece in font_runs(visual(value, rtl), base)]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, SIZE * 1.2

    def draw(self) -> None:
        x = self.width - sum(w for _, _, w in self.runs) if self.rtl else 0.0
        for family, piece, width in self.runs:
            self.canv.setFont(family, SIZE)
            self.canv.drawString(x, SIZE * 0.25, piece)
            x += width


class AnnexTable:
    """Turns database rows into table chunks for one report language."""

    def __init__(self, ctx: ReportContext, width: float) -> None:
        self.ctx = ctx
        self.rtl = ctx.styles.rtl
        self.family = ctx.styles.family
        self.widths = [width * share for share in SHARES]
        self.room = [w - 2 * PADDING for w in self.widths]
        self.statuses = {code: self._short_label(ctx.status(code), self.room[2]) for code in ctx.vocab.statuses.codes}
        style = ParagraphStyle("annex", parent=ctx.styles.cell, fontSize=SIZE, leading=SIZE * 1.3)
        self.head_style = ParagraphStyle("annex-head", parent=style, textColor=colors.white)
        self.header = [ctx.t(name) for name in COLUMNS]

    def _title(self, value: str, row: int, commands: list[Any]) -> Any:
        """A plain string when one font can draw it (most titles); else a :class:`RunLine`."""
        room = self.room[0]
        if value.isascii():
            if self.family != LATIN:
                commands.append(("FONTNAME", (0, row), (0, row), LATIN))
            return fit(value, LATIN, room)
        line = visual(value, self.rtl)
        runs = font_runs(line, self.family)
        if len(runs) > 1:
            return RunLine(value, self.family, room, self.rtl)
        family = runs[0][0]
        if family != self.family:
            commands.append(("FONTNAME", (0, row), (0, row), family))
        if family == LATIN:  # accented Latin: the ellipsis is in this font
            return fit(line, LATIN, room)
        return line if stringWidth(line, family, SIZE) <= room else RunLine(value, family, room, self.rtl)

    def _short_label(self, label: str, room: float) -> Any:
        """A vocabulary label: a string when one font draws it, else a (shared) :class:`RunLine`."""
        if self.family == LATIN:
            return fit(label, LATIN, room)
        line = visual(label, self.rtl)
        if len(font_runs(line, self.family)) == 1 and text_width(line, self.family, SIZE) <= room:
            return line
        return RunLine(label, self.family, room, self.rtl)

    def chunk(self, rows: list[Any]) -> Table:
        commands: list[Any] = []
        data: list[list[Any]] = [[self.ctx.styles.p(h, self.head_style, True) for h in self.header]]
        lang = self.ctx.lang
        statuses = self.statuses
        for number, row in enumerate(rows, start=1):
            data.append([self._title(row.title, number, commands), row.action, statuses.get(row.status, row.status),
                         row.office, row.start_date.isoformat() if row.start_date else "",
                         row.end_date.isoformat() if row.end_date else "", formatting.number(row.people_reached, lang)])
        if self.family != LATIN:  # office codes are Latin letters
            commands.append(("FONTNAME", (3, 1), (3, -1), LATIN))
        widths = list(self.widths)
        if self.rtl:
            data = [row[::-1] for row in data]
            widths.reverse()
            commands = [(name, (len(widths) - 1 - a[0], a[1]), (len(widths) - 1 - b[0], b[1]), *rest)
                        for name, a, b, *rest in commands]
        # Every body row is one line: fixed heights spare reportlab from measuring each cell.
        heights = [SIZE * 1.3 + 6] + [SIZE * 1.2 + 3] * len(rows)
        table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1, hAlign="RIGHT" if self.rtl else "LEFT")
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
