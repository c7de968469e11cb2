"""The summary PDF is written like any new file: all or nothing, with the usual permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from cairo_desktop.domain.filters import ActivityFilter


def test_a_summary_pdf_gets_the_permissions_of_any_new_file(report_services, tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        path = report_services.reports.summary_pdf(tmp_path / "summary.pdf", ActivityFilter())
    finally:
        os.umask(umask)
    assert stat.S_IMODE(Path(path).stat().st_mode) == 0o644  # readable by whoever may read the folder
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]  # no temporary file left
