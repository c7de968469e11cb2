"""``--help`` of every command says what each option takes, and ``--limit`` refuses what it cannot mean."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from cairo_desktop.cli.main import build_parser, run
from tests.cli.helpers import cli


def _parsers(parser: argparse.ArgumentParser, name: str) -> list[tuple[str, argparse.ArgumentParser]]:
    found = [(name, parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub_name, sub in action.choices.items():
                found += _parsers(sub, f"{name} {sub_name}")
    return found


def _undocumented(parser: argparse.ArgumentParser) -> list[str]:
    return [action.option_strings[0] if action.option_strings else action.dest for action in parser._actions
            if not action.help and not isinstance(action, (argparse._HelpAction, argparse._SubParsersAction))]


def test_every_option_of_every_command_has_help() -> None:
    missing = {name: _undocumented(parser) for name, parser in _parsers(build_parser(), "cairo-desktop")}
    assert {name: options for name, options in missing.items() if options} == {}


def test_no_option_shows_an_internal_name_as_what_it_takes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(["activity", "add", "--help"])
    usage = capsys.readouterr().out
    for internal in ("PLANNED_START", "ACTIVITY_TYPE", "BUDGET_AMOUNT", "OWNER_OFFICE", "TEXT_LANG", "ACTUAL_START"):
        assert internal not in usage


@pytest.mark.parametrize("limit", ["-1", "x"])
def test_a_negative_or_unreadable_limit_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                   limit: str) -> None:
    db = tmp_path / "office.db"
    assert cli(capsys, db, "init", "--office", "ETH-ADD", "--office-name", "Addis", "--role", "field")[0] == 0
    with pytest.raises(SystemExit) as refused:
        run(["--db", str(db), "activity", "list", "--limit", limit])
    err = capsys.readouterr().err
    assert refused.value.code == 2 and f"'{limit}' is not a whole number of 0 or more" in err
