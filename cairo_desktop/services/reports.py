"""Report calls the GUI and the CLI make: the PDF summary and the activity sheet.

Each call reads in one transaction and writes the PDF to a temporary file beside the target,
renamed into place only when complete, so a cancelled or failed report never leaves a
half-written PDF where the user expects a good one.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from sqlalchemy.orm import Session

from cairo_desktop.domain.activity import Activity
from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.output_files import write_atomically
from cairo_desktop.progress import Progress
from cairo_desktop.reports.activity_sheet import write_activity_sheet
from cairo_desktop.reports.aggregate import summarise
from cairo_desktop.reports.annex import annex_story
from cairo_desktop.reports.context import Origin, ReportContext
from cairo_desktop.reports.document import page_size as check_page_size
from cairo_desktop.reports.summary import write_summary
from cairo_desktop.services.activities import resolve_id
from cairo_desktop.services.activity_history import build_history
from cairo_desktop.services.context import ServiceContext
from cairo_desktop.store import activities as store
from cairo_desktop.store.installation import get_setting, known_offices


class ReportService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def _origin(self, session: Session) -> Origin:
        identity = self._context.identity()
        database = self._context.database
        if database.is_sqlite and database.file:
            where = str(database.file)
        else:
            where = database.engine.url.render_as_string(hide_password=True)
        names = {office.code: office.name for office in known_offices(session)}
        return Origin(author=self._context.author, office=identity.office_code if identity else "",
                      database=where, office_names=names)

    def summary_pdf(self, out_path: str | os.PathLike[str], selection: ActivityFilter, lang: str = "en",
                    annex: bool = False, page_size: str = "A4", progress: Progress | None = None) -> Path:
        """Write the summary of the activities ``selection`` picks; returns the PDF's path."""
        progress = progress or Progress()
        check_page_size(page_size)
        target = Path(out_path)
        with self._context.database.session() as session:
            ctx = ReportContext(lang, self._origin(session))
            data = summarise(session, selection, progress)
            progress.check_cancelled()
            annex_builder = annex_story(session, selection, data.total, progress) if annex else None

            def on_page(number: int) -> None:
                progress.check_cancelled()

            return _write_atomically(target, lambda tmp: write_summary(
                tmp, ctx, data, selection, page_size, annex_builder, on_page))

    def activity_pdf(self, activity_id: str, out_path: str | os.PathLike[str], lang: str = "en",
                     page_size: str | None = None) -> Path:
        """Write the sheet of one activity (every field, people, history); returns the PDF's path."""
        target = Path(out_path)
        with self._context.database.session() as session:
            ctx = ReportContext(lang, self._origin(session))
            activity = _find(session, activity_id)
            history = build_history(store.revisions_of(session, activity.id))
            size = page_size or get_setting(session, "page_size", "A4")
            return _write_atomically(target, lambda tmp: write_activity_sheet(tmp, ctx, activity, history, size))


def _find(session: Session, activity_id: str) -> Activity:
    """The activity with this id or unique id prefix, or a refusal that says what to type instead."""
    return store.get_activities(session, [resolve_id(session, activity_id)])[0]


def _write_atomically(target: Path, write: Callable[[Path], object]) -> Path:
    """The PDF ``write`` makes, put at ``target`` whole or not at all, refused in the words the CLI uses."""
    return write_atomically(target, write, "report.pdf")

