"""On a terminal, a command stopped part-way prints its "cancelled:" or "error:" line on a line of its own,
not glued to the progress bar ("Creating demo activities  50%cancelled: ...")."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from cairo_desktop.cli.main import run
from cairo_desktop.services import demo
from tests.cli.helpers import cli


class Terminal(io.StringIO):
    """Standard error as a terminal: the bar is drawn only there."""

    def isatty(self) -> bool:
        return True


def test_interrupted_demo_ends_the_bar_line_first(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "office.db"
    assert cli(capsys, db, "init", "--office", "ETH-ADD", "--office-name", "Addis", "--role", "field")[0] == 0
    real_write = demo.store.write_views
    batches = []

    def interrupted_at_the_second_batch(*args, **kwargs):  # type: ignore[no-untyped-def]
        batches.append(1)
        if len(batches) == 2:
            raise KeyboardInterrupt  # Ctrl+C while the second batch is written
        return real_write(*args, **kwargs)

    monkeypatch.setattr(demo.store, "write_views", interrupted_at_the_second_batch)
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    code = run(["--db", str(db), "demo", "--activities", str(2 * demo.BATCH)])
    monkeypatch.undo()
    err = terminal.getvalue()
    assert code == 130
    assert err.endswith("50%\ncancelled: interrupted; nothing was half-written.\n"), repr(err)
    out, _ = capsys.readouterr()
    assert cli(capsys, db, "activity", "list", "--format", "json")[1] == "[]\n"  # the run was rolled back


def test_no_blank_line_when_no_bar_was_left_open(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "office.db"
    assert cli(capsys, db, "init", "--office", "ETH-ADD", "--office-name", "Addis", "--role", "field")[0] == 0
    assert cli(capsys, db, "demo", "--activities", "3")[0] == 0
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    code = run(["--db", str(db), "demo", "--activities", "3"])  # the same seed again: refused
    monkeypatch.undo()
    assert code == 1 and terminal.getvalue().startswith("error: Demo activities made with seed 1"), terminal.getvalue()
    assert json.loads(cli(capsys, db, "activity", "list", "--format", "json")[1]).__len__() == 3
