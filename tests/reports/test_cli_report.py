"""``cairo-desktop report summary|activity`` end to end, including the refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from cairo_desktop.cli.main import run
from cairo_desktop.domain.filters import ActivityFilter


def _db(services) -> str:  # type: ignore[no-untyped-def]
    return str(services.database.file)


def test_summary_and_activity_from_the_command_line(report_services, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "summary.pdf"
    code = run(["--db", _db(report_services), "report", "summary", "--out", str(out), "--domain", "1,2",
                "--status", "closed", "--from", "2025-01-01", "--lang", "fr", "--annex", "--page-size", "Letter"])
    assert code == 0
    expected = report_services.activities.count(ActivityFilter(domains=(1, 2), statuses=("closed",),
                                                               date_from=__import__("datetime").date(2025, 1, 1)))
    assert f"({expected} activities summarised)" in capsys.readouterr().out
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox[2])) == 612
    assert "Domaines" in reader.pages[0].extract_text()
    activity_id = report_services.activities.ids(ActivityFilter())[0]
    sheet = tmp_path / "sheet.pdf"
    assert run(["--db", _db(report_services), "report", "activity", activity_id[:12], "--out", str(sheet)]) == 0
    assert activity_id in " ".join(PdfReader(sheet).pages[0].extract_text().split())


@pytest.mark.parametrize("arguments, message", [
    (["summary", "--out", "{tmp}/missing/x.pdf"], "the folder"),
    (["summary", "--out", "{tmp}/x.pdf", "--domain", "two"], "--domain takes a domain number"),
    (["summary", "--out", "{tmp}/x.pdf", "--from", "31/12/2025"], "--from"),
    (["activity", "ffffffff-0000", "--out", "{tmp}/x.pdf"], "No activity with id"),
])
def test_refusals_print_one_line_and_exit_1(report_services, tmp_path: Path, capsys, arguments, message) -> None:  # type: ignore[no-untyped-def]
    argv = ["--db", _db(report_services), "report"] + [a.format(tmp=tmp_path) for a in arguments]
    assert run(argv) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("error: ") and message in error and "\n" not in error
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".*.part"))
