"""Each report language's own conventions: numbers, punctuation, the filter in words, arrows."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.services import Services

SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})


def _text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages).translate(SPACES)


def test_a_french_summary_writes_numbers_and_colons_the_french_way(big_services: Services, tmp_path: Path) -> None:
    text = _text(big_services.reports.summary_pdf(tmp_path / "fr.pdf", ActivityFilter(), lang="fr"))
    assert "5,925,925,969" not in text  # the charts' figures too
    assert text.count("5 925 925 969") >= 3  # tile, table and the chart of people by age band
    assert "Domaine 2 : Migration régulière et mobilité" in text
    assert "Action 2.1 : " in text and "Action 2.1: " not in text


def test_the_deleted_criterion_is_written_in_the_report_language(big_services: Services, tmp_path: Path) -> None:
    text = _text(big_services.reports.summary_pdf(tmp_path / "fr.pdf", ActivityFilter(deleted="all"), lang="fr"))
    assert "Activités supprimées Incluses" in text


def test_arabic_uses_its_semicolon_and_a_left_arrow(big_services: Services, tmp_path: Path) -> None:
    summary = _text(big_services.reports.summary_pdf(tmp_path / "ar.pdf", ActivityFilter(), lang="ar"))
    assert ";" not in summary and "؛" in summary
    activity_id = big_services.activities.ids(ActivityFilter(text="Small workshop"))[0]
    big_services.activities.edit(activity_id, {"status": "closed"})
    sheet = _text(big_services.reports.activity_pdf(activity_id, tmp_path / "sheet-ar.pdf", lang="ar"))
    assert "←" in sheet and "→" not in sheet  # read from the right: the old value, then the new one


def test_the_cover_says_that_every_approach_and_every_word_must_apply(big_services: Services, tmp_path: Path) -> None:
    selection = ActivityFilter(approaches=("human_rights", "gender_vulnerable"), text="Nationwide campaign",
                               offices=("KP-SEC", "ETH-ADD"))
    english = " ".join(_text(big_services.reports.summary_pdf(tmp_path / "en.pdf", selection, lang="en")).split())
    assert "Human rights-based approach, Gender and groups in vulnerable situations (all of them)" in english
    assert "Nationwide campaign (all of them)" in english
    assert "ETH-ADD (all of them)" not in english  # an activity of either office is selected
    french = " ".join(_text(big_services.reports.summary_pdf(tmp_path / "fr.pdf", selection, lang="fr")).split())
    assert "(toutes à la fois)" in french and "Nationwide campaign (tous à la fois)" in french


def test_the_cover_says_an_action_filter_also_takes_other_actions(big_services: Services, tmp_path: Path) -> None:
    selection = ActivityFilter(actions=("2.1",))
    text = " ".join(_text(big_services.reports.summary_pdf(tmp_path / "a.pdf", selection, lang="en")).split())
    assert "Actions 2.1 Skills development and recognition (as main or other action)" in text
