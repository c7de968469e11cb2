"""A summary whose figures run into the billions, from a small database of its own."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

import pdfplumber
import pytest

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.reports import formatting
from cairo_desktop.services import Services, open_services
from tests.conftest import sample_activity
from tests.reports.conftest import raw

LONG_OFFICE_NAME = "Khartoum Process Secretariat, Regional Coordination Unit for the Horn of Africa and North Africa"


@pytest.fixture(scope="module")
def big_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    folder = tmp_path_factory.mktemp("big")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CAIRO_HOME", str(folder / "home"))
        services = open_services(folder / "big.db", author="Report Tester")
        services.installation.initialise("KP-SEC", LONG_OFFICE_NAME, "coordinator", "")
        people = [{"group": group, "sex": sex, "age": "adults", "targeted": 1_234_567_890, "reached": 987_654_321}
                  for group in ("REF", "ASY", "IDP") for sex in ("f", "m")]
        services.activities.add(sample_activity(title="Nationwide registration campaign", people=people,
                                                budget_amount=1_234_567_890_123, currency="EUR"))
        services.activities.add(sample_activity(title="Small workshop", action="2.1"))
        yield services
        services.close()


def _pages(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _people_sums(services: Services) -> tuple[int, int]:
    db = raw(services)
    targeted, reached = db.execute("SELECT sum(p.targeted), sum(p.reached) FROM activity_people p "
                                   "JOIN activities a ON a.id = p.activity_id WHERE a.deleted = 0").fetchone()
    db.close()
    return targeted, reached


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_key_figures_in_the_billions_stay_on_one_line(big_services: Services, tmp_path: Path, lang: str) -> None:
    path = big_services.reports.summary_pdf(tmp_path / "big.pdf", ActivityFilter(), lang=lang)
    text = _pages(path)[1]
    targeted, reached = _people_sums(big_services)
    assert targeted > 7_000_000_000
    tiles = text.split("\n")[2]  # after the running header and the "Key figures" heading
    numbers = [formatting.number(n, lang) for n in (2, 2, 1, targeted, reached)]
    spaces = str.maketrans({"\u00a0": " ", "\u202f": " "})  # French groups digits with a no-break space
    assert tiles.translate(spaces) == " ".join(numbers).translate(spaces)
