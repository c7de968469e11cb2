"""The command line end to end: real processes for the exit codes and messages, in-process for the rest."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cairo_desktop.cli.main import run
from tests.cli.helpers import cli
from tests.conftest import sample_activity


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "office.db"
    code, out, _ = cli(capsys, path, "init", "--office", "ETH-ADD", "--office-name", "Addis Ababa", "--role", "field",
                       "--country", "ETH")
    assert code == 0 and "ETH-ADD" in out
    return path


def add(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> str:
    code, out, err = cli(capsys, db, "activity", "add", "--format", "json", *args)
    assert code == 0, err
    return json.loads(out)["id"]


def test_add_show_edit_history_delete(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    activity_id = add(capsys, db, "--title", "Dialogue in Kassala", "--action", "2.3", "--start", "2025-03-01",
                      "--end", "2025-04-01", "--country", "SDN:transit", "--people", "MIT:f:adults:40:31",
                      "--org", "IOM:implementing:40", "--approach", "whole_of_route,multi_stakeholder")
    code, out, _ = cli(capsys, db, "activity", "show", activity_id, "--format", "json")
    shown = json.loads(out)
    for key in ("id", "office", "action", "title", "status", "start_date", "end_date", "countries", "people",
                "deleted", "rev"):
        assert key in shown
    assert shown["countries"] == [{"country": "SDN", "role": "transit"}]
    assert shown["people"][0]["reached"] == 31 and shown["domain"] == 2

    code, out, _ = cli(capsys, db, "activity", "edit", activity_id[:8], "--status", "closed")
    assert code == 0 and "Saved activity" in out
    code, out, _ = cli(capsys, db, "activity", "history", activity_id)
    assert "created by" in out and "Status: Pipeline / identification -> Closed" in out, out
    code, out, err = cli(capsys, db, "activity", "edit", activity_id[:8], "--country", "SDN:transit",
                         "--country", "ETH:origin")
    assert code == 0, err
    code, out, _ = cli(capsys, db, "activity", "history", activity_id)
    assert "Countries: Sudan (Country of transit) -> Ethiopia (Country of origin); Sudan (Country of transit)" in out, out
    assert "-> —" not in out  # nothing is listed as changed from empty to empty

    code, out, _ = cli(capsys, db, "activity", "delete", activity_id)
    assert code == 0
    code, out, _ = cli(capsys, db, "activity", "list", "--format", "json")
    assert json.loads(out) == []
    code, out, _ = cli(capsys, db, "activity", "list", "--deleted", "deleted", "--format", "json")
    assert [item["id"] for item in json.loads(out)] == [activity_id] and json.loads(out)[0]["deleted"] is True


def test_an_id_cut_too_short_is_refused_with_what_to_type(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    activity_id = add(capsys, db, "--title", "Dialogue in Kassala", "--action", "2.3")
    for command in (["activity", "show"], ["activity", "edit"], ["activity", "history"], ["activity", "delete"]):
        extra = ["--status", "closed"] if command[1] == "edit" else []
        code, _, err = cli(capsys, db, *command, activity_id[:4], *extra)
        assert code == 1 and "Give the whole id, or at least its first 8 characters." in err, (command, err)
    code, out, err = cli(capsys, db, "activity", "show", f"  {activity_id[:8].upper()} ")
    assert code == 0 and activity_id in out, err
    assert "  place:     -" in out and "parallel" not in out  # no place given; one version


def test_list_json_is_accepted_back_by_add_and_edit(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    source = tmp_path / "one.json"
    source.write_text(json.dumps(sample_activity()), encoding="utf-8")
    add(capsys, db, "--json", str(source))
    code, out, _ = cli(capsys, db, "activity", "list", "--format", "json")
    listed = json.loads(out)

    for item in listed:
        item["title"] = item["title"] + " (revised)"
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(listed), encoding="utf-8")
    code, out, err = cli(capsys, db, "activity", "edit", "--json", str(edited))
    assert code == 0, err

    copies = [{k: v for k, v in item.items() if k != "id"} for item in listed]
    copied = tmp_path / "copies.json"
    copied.write_text(json.dumps(copies), encoding="utf-8")
    code, out, err = cli(capsys, db, "activity", "add", "--json", str(copied))
    assert code == 0, err
    code, out, _ = cli(capsys, db, "activity", "list", "--format", "json")
    titles = [item["title"] for item in json.loads(out)]
    assert titles.count(sample_activity()["title"] + " (revised)") == 2


def test_list_filters_and_formats(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    add(capsys, db, "--title", "Gondar awareness", "--action", "4.3", "--start", "2025-01-01", "--country", "ETH")
    add(capsys, db, "--title", "Kassala dialogue", "--action", "1.1", "--start", "2024-01-01", "--end", "2024-02-01",
        "--country", "SDN", "--status", "closed")
    code, out, _ = cli(capsys, db, "activity", "list", "--domain", "4", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["title"] for row in rows] == ["Gondar awareness"]
    code, out, _ = cli(capsys, db, "activity", "list", "--country", "SDN", "--status", "closed")
    assert "Kassala dialogue" in out and "Gondar" not in out and out.splitlines()[-1] == "1 activity"
    code, out, _ = cli(capsys, db, "activity", "list", "--from", "2025-01-01", "--format", "json")
    assert [item["title"] for item in json.loads(out)] == ["Gondar awareness"]
    code, out, _ = cli(capsys, db, "activity", "list", "--text", "KASSALA", "--format", "json")
    assert [item["title"] for item in json.loads(out)] == ["Kassala dialogue"]


def test_a_new_activity_without_status_is_not_started_yet(capsys: pytest.CaptureFixture[str], db: Path,
                                                          tmp_path: Path) -> None:
    """As the editor starts one: no start date is needed before the activity has started."""
    code, out, err = cli(capsys, db, "activity", "add", "--title", "Border officials", "--action", "4.1",
                         "--format", "json")
    assert code == 0, err
    assert json.loads(out)["status"] == "pipeline"
    source = tmp_path / "no-status.json"
    source.write_text(json.dumps({"title": "From a file", "action": "2.1"}), encoding="utf-8")
    code, out, err = cli(capsys, db, "activity", "add", "--json", str(source), "--format", "json")
    assert code == 0, err
    assert json.loads(out)["status"] == "pipeline"
    code, out, err = cli(capsys, db, "activity", "add", "--title", "Planned", "--action", "4.1", "--people",
                         "REF:f:children:120:", "--people", "OFF:m:adults::7", "--format", "json")
    assert code == 0, err
    assert [(p["targeted"], p["reached"]) for p in json.loads(out)["people"]] in ([(120, None), (None, 7)],
                                                                                 [(None, 7), (120, None)])
    code, _, err = cli(capsys, db, "activity", "add", "--title", "Started", "--action", "4.1", "--status",
                       "implementation")
    assert code == 1 and "A start date is required once an activity has started" in err


def test_plan_in_three_languages(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["plan", "--format", "json", "--lang", "fr"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert [a["code"] for d in plan["domains"] for a in d["actions"]][:2] == ["1.1", "1.2"]
    assert len(plan["approaches"]) == 5
    assert run(["plan", "--lang", "ar"]) == 0
    assert "خطة عمل القاهرة" in capsys.readouterr().out


def test_demo_and_check(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, _ = cli(capsys, db, "demo", "--activities", "40", "--seed", "2")
    assert code == 0 and "Added 40" in out
    code, out, _ = cli(capsys, db, "check")
    assert code == 0 and "40 activities" in out


def test_check_finds_a_tampered_revision(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    import sqlite3

    add(capsys, db, "--title", "Original", "--action", "1.1", "--start", "2025-01-01")
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE revisions SET content = replace(content, 'Original', 'Forged')")
    code, out, _ = cli(capsys, db, "check")
    assert code == 1 and "does not match its content" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["activity", "add", "--title", "x", "--action", "9.9", "--start", "2025-01-01"], "'9.9' is not an action"),
        (["activity", "add", "--title", "x", "--action", "1.1", "--start", "tomorrow"], "is not a date"),
        (["activity", "add", "--json", "/nonexistent.json"], "Cannot read /nonexistent.json"),
        (["activity", "show", "00000000-0000-4000-8000-000000000000"], "No activity with id"),
        (["activity", "edit", "00000000"], "Nothing to change"),
        (["activity", "add", "--title", "x", "--action", "1.1", "--people", "REF:f"],
         r"--people 'REF:f' should be GROUP:SEX:AGE:TARGETED:REACHED, for example REF:f:children:120:95"),
        (["activity", "add", "--title", "x", "--action", "1.1", "--people", "OFF:f:adults"],
         r"--people 'OFF:f:adults' should be GROUP:SEX:AGE:TARGETED:REACHED, for example"),
        (["activity", "add", "--title", "x", "--action", "1.1", "--people", "OFF:f:adults:20:18:4"],
         r"--people 'OFF:f:adults:20:18:4' should be GROUP:SEX:AGE:TARGETED:REACHED"),
        (["activity", "add", "--title", "x", "--action", "1.1", "--people", "OFF::adults:20:18"],
         r"--people 'OFF::adults:20:18' should be GROUP:SEX:AGE"),
        (["activity", "add", "--title", "x", "--action", "1.1", "--people", "OFF:f:adults::"], "gives no count"),
        (["activity", "add", "--title", "x", "--action", "1.1", "--people", "OFF:f:adults:twenty:18"],
         "'twenty' is not a whole number of people targeted"),
        (["init", "--office", "a b", "--office-name", "x", "--role", "field"], "is not an office code"),
    ],
)
def test_user_mistakes_print_one_line_and_fail(capsys: pytest.CaptureFixture[str], db: Path, args: list[str],
                                              message: str) -> None:
    import re

    code, out, err = cli(capsys, db, *args)
    assert code == 1
    assert err.startswith("error: ") and err.count("\n") == 1
    assert re.search(message, err)


def test_bad_json_file_names_line_and_column(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": "x",\n "action": }', encoding="utf-8")
    code, _, err = cli(capsys, db, "activity", "add", "--json", str(bad))
    assert code == 1 and "is not valid JSON (line 2" in err


def test_commands_before_init_explain_what_to_do(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = cli(capsys, tmp_path / "fresh.db", "activity", "add", "--title", "x", "--action", "1.1")
    assert code == 1 and "cairo-desktop init" in err


def test_real_process_exit_codes_and_no_traceback(tmp_path: Path) -> None:
    env = dict(os.environ, CAIRO_HOME=str(tmp_path / "home"))
    command = [sys.executable, "-m", "cairo_desktop", "--db", str(tmp_path / "p.db")]
    done = subprocess.run(command + ["init", "--office", "SDN-KRT", "--office-name", "Khartoum", "--role", "coordinator"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    failed = subprocess.run(command + ["activity", "show", "nope-nope"], capture_output=True, text=True, env=env,
                            timeout=60)
    assert failed.returncode == 1
    assert "Traceback" not in failed.stderr and failed.stderr.startswith("error: No activity")


def test_init_chooses_the_age_band_set(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from cairo_desktop.services import open_services

    path = tmp_path / "cbm.db"
    code, _, err = cli(capsys, path, "init", "--office", "SOM-MGQ", "--office-name", "Mogadishu", "--role", "field",
                       "--age-bands", "cbm")
    assert code == 0, err
    services = open_services(path)
    assert services.installation.age_bands().codes[0] == "age0_5"
    services.close()
    code, _, err = cli(capsys, path, "init", "--office", "SOM-MGQ", "--office-name", "Mogadishu", "--role", "field",
                       "--age-bands", "decades")
    assert code == 1 and "Age band set 'decades' is not known" in err
