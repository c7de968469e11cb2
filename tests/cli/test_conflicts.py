"""``conflicts list`` and ``conflicts resolve``: settling is per activity, and the command line says so."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from tests.cli.helpers import cli
from tests.conftest import sample_activity
from tests.sync.helpers import three_edits_apart

ACTIVITY = "c0ffee00-1111-4111-8111-000000000001"
NEIGHBOUR = "c0ffee00-2222-4222-8222-000000000002"  # same first 8 characters as ACTIVITY
OTHER = "bead5eed-3333-4333-8333-000000000003"


@pytest.fixture
def coord_db(make_services, tmp_path: Path) -> Path:
    """A coordinator with three conflicting fields on ACTIVITY and one on OTHER; NEIGHBOUR has none."""
    field = make_services("ETH-ADD", name="field.db")
    coord = make_services("KP-SEC", "coordinator", name="coord.db")
    for activity_id in (ACTIVITY, NEIGHBOUR, OTHER):
        field.activities.add(sample_activity(id=activity_id, title=f"Base {activity_id[-1]}"))
    field.sync.export_package(tmp_path / "p1.xlsx")
    assert coord.sync.import_packages([tmp_path / "p1.xlsx"])[0].ok
    field.activities.edit(ACTIVITY, {"title": "Field title", "place": "Gondar", "status": "closed"})
    coord.activities.edit(ACTIVITY, {"title": "Coordinator title", "place": "Kassala", "status": "suspended"})
    field.activities.edit(OTHER, {"place": "Bahir Dar"})
    coord.activities.edit(OTHER, {"place": "Humera"})
    field.sync.export_package(tmp_path / "p2.xlsx")
    coord.sync.import_packages([tmp_path / "p2.xlsx"])
    assert len(coord.sync.open_conflicts()) == 4
    return tmp_path / "coord.db"


def _settle_commands(listing: str) -> list[str]:
    return [line.split("To settle", 1)[1].split(": ", 1)[1].strip() for line in listing.splitlines()
            if "To settle" in line]


def test_one_settle_command_per_activity_naming_its_fields(capsys: pytest.CaptureFixture[str], coord_db: Path) -> None:
    code, out, _ = cli(capsys, coord_db, "conflicts", "list")
    assert code == 0
    commands = _settle_commands(out)
    assert len(commands) == 2  # two activities, four conflicting fields
    mine = next(command for command in commands if "title=" in command)
    assert re.search(r"--keep( \w+=local){3}$", mine)
    assert {"title=local", "place=local", "status=local"} <= set(mine.split())
    assert "settles all of its listed fields at once" in out and "keeps the value shown now" in out
    assert out.count(f'Activity {ACTIVITY[:8]}') == 1

    # The command as printed settles the whole activity; the other activity's conflict stays open.
    arguments = shlex.split(mine)
    assert arguments[:3] == ["cairo-desktop", "conflicts", "resolve"]
    code, out, err = cli(capsys, coord_db, *arguments[1:])
    assert code == 0, err
    code, out, _ = cli(capsys, coord_db, "conflicts", "list", "--format", "json")
    assert {conflict["activity_id"] for conflict in json.loads(out)} == {OTHER}


def test_resolve_says_which_value_each_field_kept(capsys: pytest.CaptureFixture[str], coord_db: Path) -> None:
    code, out, _ = cli(capsys, coord_db, "conflicts", "list", "--activity", ACTIVITY, "--format", "json")
    conflicts = {conflict["field"]: conflict for conflict in json.loads(out)}
    assert set(conflicts) == {"title", "place", "status"}
    shown_place = conflicts["place"]["shown"]
    shown_value = conflicts["place"][f"{shown_place}_value"]

    code, out, err = cli(capsys, coord_db, "conflicts", "resolve", str(conflicts["title"]["id"]),
                         "--keep", "title=incoming", "--keep", "status=local")  # one --keep per field adds up
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith(f"Settled the 3 conflicts of activity {ACTIVITY}")
    assert "  Title: kept the incoming value: Field title" in lines
    assert "  Status: kept the local value: Suspended" in lines
    assert (f"  Place: kept the {shown_place} value (the one shown; not named in --keep): {shown_value}"
            in lines)


def test_the_same_field_twice_is_refused(capsys: pytest.CaptureFixture[str], coord_db: Path) -> None:
    code, out, _ = cli(capsys, coord_db, "conflicts", "list", "--activity", ACTIVITY, "--format", "json")
    conflict_id = str(json.loads(out)[0]["id"])
    code, _, err = cli(capsys, coord_db, "conflicts", "resolve", conflict_id, "--keep", "title=local", "--keep",
                       "title=incoming")
    assert code == 1
    assert err.startswith("error: ") and err.count("\n") == 1
    assert "title" in err and "twice" in err
    code, out, _ = cli(capsys, coord_db, "conflicts", "list", "--format", "json")
    assert len(json.loads(out)) == 4  # nothing was settled


def test_show_points_an_activity_in_conflict_to_the_conflicts_list(capsys: pytest.CaptureFixture[str],
                                                                     coord_db: Path) -> None:
    code, out, err = cli(capsys, coord_db, "activity", "show", OTHER)
    assert code == 0, err
    assert "versions made in parallel: see 'cairo-desktop conflicts list'" in out


def test_list_takes_the_short_id_it_prints(capsys: pytest.CaptureFixture[str], coord_db: Path) -> None:
    code, out, err = cli(capsys, coord_db, "conflicts", "list", "--activity", OTHER[:8])
    assert code == 0, err
    assert f"Activity {OTHER[:8]}" in out and ACTIVITY[:8] not in out and "1 open conflict" in out

    code, _, err = cli(capsys, coord_db, "conflicts", "list", "--activity", ACTIVITY[:8])  # NEIGHBOUR too
    assert code == 1 and err.count("\n") == 1
    assert "More than one activity" in err and "give more of the id" in err

    code, out, err = cli(capsys, coord_db, "conflicts", "list", "--activity", ACTIVITY[:13])
    assert code == 0, err
    assert "3 open conflicts" in out

    code, _, err = cli(capsys, coord_db, "conflicts", "list", "--activity", "c0ff")
    assert code == 1 and "8 characters" in err


def test_a_value_of_a_third_edit_is_listed_with_what_to_do(make_services, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    coord = three_edits_apart(make_services, tmp_path, ACTIVITY)
    [conflict] = coord.sync.open_conflicts()
    values = {conflict.local_value, conflict.incoming_value, *conflict.others}
    assert values == {"By Addis", "By the secretariat", "By the region"} and len(conflict.others) == 1
    code, out, _ = cli(capsys, coord.database.file, "conflicts", "list")
    assert code == 0
    assert f"also:     {conflict.others[0]}   (proposed by a third edit)" in out
    assert "to keep a value marked 'also', settle the field either way, then edit the activity to write it" in out
    code, out, _ = cli(capsys, coord.database.file, "conflicts", "list", "--format", "json")
    assert json.loads(out)[0]["others"] == conflict.others


def test_a_two_sided_conflict_lists_no_third_value(capsys: pytest.CaptureFixture[str], coord_db: Path) -> None:
    code, out, _ = cli(capsys, coord_db, "conflicts", "list")
    assert code == 0 and "also:" not in out and "marked 'also'" not in out
