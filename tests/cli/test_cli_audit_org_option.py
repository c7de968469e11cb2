"""``--org`` without its role is refused as the option, with the form and the roles, not as "'' is not a role"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import cli


@pytest.mark.parametrize("value", ["IOM", "IOM:", " :implementing"])
def test_an_organisation_without_its_role_names_the_option(capsys: pytest.CaptureFixture[str], db: Path,
                                                           value: str) -> None:
    code, out, err = cli(capsys, db, "activity", "add", "--title", "T", "--action", "1.1", "--org", value)
    assert code == 1 and out == ""
    assert err.startswith(f"error: Option --org '{value}' should look like NAME:ROLE[:TYPE]") and "implementing" in err


def test_an_organisation_with_its_role_and_no_type_is_saved(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, err = cli(capsys, db, "activity", "add", "--format", "json", "--title", "T", "--action", "1.1",
                         "--org", "IOM:implementing")
    assert code == 0, err
    saved = json.loads(out)
    assert saved["organisations"][0]["name"] == "IOM" and saved["organisations"][0]["role"] == "implementing"
