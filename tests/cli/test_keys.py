"""``keys trust`` and ``keys forget`` say what they did, and refuse what makes no sense."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import cli, coordinator_with_an_office_package

FINGERPRINT = "3F2A-91C0-0000-0000-0000-0000-0000-0001"


@pytest.fixture
def coord_db(make_services, tmp_path: Path) -> Path:
    return coordinator_with_an_office_package(make_services, tmp_path)


def test_forgetting_an_office_without_a_trusted_key(capsys: pytest.CaptureFixture[str], coord_db: Path) -> None:
    code, out, err = cli(capsys, coord_db, "keys", "forget", "nope")
    assert code == 1 and not out
    assert err == "error: No key is trusted for office NOPE, so there is nothing to forget; 'cairo-desktop keys show' " \
                  "lists the offices whose keys are trusted.\n"
    code, out, err = cli(capsys, coord_db, "keys", "forget", "eth-add")
    assert code == 0, err
    assert "Forgot the key of office ETH-ADD" in out


def test_trusting_an_office_never_seen_says_so(capsys: pytest.CaptureFixture[str], coord_db: Path) -> None:
    code, out, err = cli(capsys, coord_db, "keys", "trust", "sdn-krt", FINGERPRINT)
    assert code == 0, err
    assert f"Office SDN-KRT (field) is trusted with fingerprint {FINGERPRINT}." in out
    assert "No package from office SDN-KRT has been seen here yet" in out
    assert "only if it is signed with this key" in out
    code, out, _ = cli(capsys, coord_db, "keys", "show")
    assert "SDN-KRT" in out and "awaiting first package" in out


def test_trusting_a_known_office_replaces_its_key(capsys: pytest.CaptureFixture[str], coord_db: Path) -> None:
    code, out, _ = cli(capsys, coord_db, "keys", "show")
    old = next(line for line in out.splitlines() if line.startswith("ETH-ADD")).split()[2]
    code, out, err = cli(capsys, coord_db, "keys", "trust", "ETH-ADD", FINGERPRINT)
    assert code == 0, err
    assert "has been seen here yet" not in out
    assert f"It replaces the key trusted before (fingerprint {old})." in out


@pytest.mark.parametrize("office", ["KP-SEC", "kp-sec"])
def test_trusting_this_installations_own_office_is_refused(capsys: pytest.CaptureFixture[str], coord_db: Path,
                                                          office: str) -> None:
    code, out, err = cli(capsys, coord_db, "keys", "trust", office, FINGERPRINT)
    assert code == 1 and not out and err.count("\n") == 1
    assert "KP-SEC is this installation's own office" in err
    code, out, _ = cli(capsys, coord_db, "keys", "show")
    assert FINGERPRINT not in out


def test_trusting_an_office_code_that_cannot_be_one_is_refused(capsys: pytest.CaptureFixture[str],
                                                              coord_db: Path) -> None:
    code, _, err = cli(capsys, coord_db, "keys", "trust", "a b", FINGERPRINT)
    assert code == 1 and "'A B' is not an office code" in err


def test_trusting_a_key_already_trusted_for_another_office_says_so(capsys: pytest.CaptureFixture[str],
                                                                   coord_db: Path) -> None:
    code, out, _ = cli(capsys, coord_db, "keys", "show")
    eth_key = next(line for line in out.splitlines() if line.startswith("ETH-ADD")).split()[2]
    code, out, err = cli(capsys, coord_db, "keys", "trust", "SDN-KRT", eth_key)
    assert code == 0, err
    assert "The same key is trusted for office ETH-ADD: either office can now sign for the other." in out
    code, out, err = cli(capsys, coord_db, "keys", "trust", "ERI-ASM", FINGERPRINT)
    assert code == 0 and "The same key" not in out
