"""Summaries at the extremes: figures in the billions (the small database of ``big_services``), an empty database."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.reports import formatting
from cairo_desktop.services import Services, open_services
from tests.conftest import sample_activity
from tests.reports.conftest import raw


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


def test_an_empty_database_says_nothing_is_recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAIRO_HOME", str(tmp_path / "home"))
    services = open_services(tmp_path / "empty.db", author="Report Tester")
    try:
        services.installation.initialise("ETH-ADD", "Addis Ababa field office", "field", "ETH")
        text = " ".join(" ".join(_pages(services.reports.summary_pdf(tmp_path / "e.pdf", ActivityFilter(),
                                                                     lang="fr"))).split())
    finally:
        services.close()
    assert "Aucune activité n'est encore enregistrée dans cette base de données" in text and "Élargissez" not in text


def test_a_title_with_line_breaks_and_tabs_is_one_annex_line(big_services: Services, tmp_path: Path) -> None:
    big_services.activities.add(sample_activity(title="Two\nlines\tand a tab"))
    path = big_services.reports.summary_pdf(tmp_path / "annex.pdf", ActivityFilter(text="tab"), lang="en", annex=True)
    annex = _pages(path)[-1]
    assert "Two lines and a tab 4.1 Implementation" in annex and "\x00" not in annex  # no missing-glyph box


def test_table_figures_in_the_billions_stay_in_their_columns(big_services: Services, tmp_path: Path) -> None:
    path = big_services.reports.summary_pdf(tmp_path / "big.pdf", ActivityFilter(), lang="en")
    targeted, reached = (formatting.number(n, "en") for n in _people_sums(big_services))
    lines = _pages(path)[1].split("\n")
    # Overlapping figures come back run together ("7,407,407,3905,925,925,969").
    totals = [line for line in lines if line.startswith("Total ") and targeted in line]
    assert totals and all(f"{targeted} {reached}" in line for line in totals), totals
