"""The sync commands of the CLI: export, import (text and JSON, dry run), conflicts, keys."""

from __future__ import annotations

import json
from pathlib import Path

from cairo_desktop.cli.main import run
from tests.conftest import sample_activity


def test_export_import_conflicts_and_keys_from_the_command_line(make_services, tmp_path: Path, capsys) -> None:
    field = make_services("ETH-ADD", name="field.db")
    coord = make_services("KP-SEC", "coordinator", name="coord.db")
    added = field.activities.add(sample_activity(title="Base"))
    field_db, coord_db, package = str(tmp_path / "field.db"), str(tmp_path / "coord.db"), str(tmp_path / "p.xlsx")
    assert run(["--db", field_db, "export", "--out", package]) == 0
    written = capsys.readouterr().out
    assert "package 1" in written and "1 activity, 0 deletions, 1 version." in written, written
    assert run(["--db", coord_db, "import", package, "--dry-run", "--format", "json"]) == 0
    (report,) = json.loads(capsys.readouterr().out)
    assert report["dry_run"] and report["counts"]["new"] == 1
    assert run(["--db", coord_db, "import", package]) == 0
    assert "1 new" in capsys.readouterr().out
    assert run(["--db", coord_db, "import", package]) == 0
    assert "already imported" in capsys.readouterr().out
    assert run(["--db", coord_db, "import", str(tmp_path / "missing.xlsx")]) == 1
    assert run(["--db", coord_db, "import", package, "--accept-unsigned"]) == 1
    assert "--reason" in capsys.readouterr().err

    field.activities.edit(added.id, {"title": "Field"})
    coord.activities.edit(added.id, {"title": "Coordinator"})
    assert run(["--db", field_db, "export", "--out", str(tmp_path / "p2.xlsx")]) == 0
    assert run(["--db", coord_db, "import", str(tmp_path / "p2.xlsx")]) == 0
    assert "conflicts list" in capsys.readouterr().out
    assert run(["--db", coord_db, "conflicts", "list", "--format", "json"]) == 0
    (conflict,) = json.loads(capsys.readouterr().out)
    assert conflict["field"] == "title"
    assert run(["--db", coord_db, "conflicts", "list"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert "  Title" in listing  # the field as people know it, then both values whole
    local, incoming = (next(line for line in listing if line.startswith(f"    {side}:")) for side in ("local", "incoming"))
    assert local.startswith("    local:    Coordinator") and incoming.startswith("    incoming: Field")
    assert sum(line.endswith("<- shown until settled") for line in (local, incoming)) == 1
    assert any(f"conflicts resolve {conflict['id']} --keep title=local" in line for line in listing)
    assert run(["--db", coord_db, "conflicts", "resolve", str(conflict["id"]), "--keep", "title=incoming"]) == 0
    assert "Settled" in capsys.readouterr().out
    assert coord.activities.get(added.id).title == "Field"
    assert run(["--db", coord_db, "conflicts", "list"]) == 0
    assert "No open conflicts" in capsys.readouterr().out

    assert run(["--db", coord_db, "keys", "show"]) == 0
    shown = capsys.readouterr().out
    assert "ETH-ADD" in shown and field.sync.key_fingerprint() in shown
    assert run(["--db", coord_db, "keys", "trust", "ETH-ADD", "not-hex"]) == 1
    assert run(["--db", coord_db, "keys", "forget", "ETH-ADD"]) == 0
    assert run(["--db", coord_db, "keys", "forget", "ETH-ADD"]) == 1
