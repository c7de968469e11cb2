"""The footer of every page: it fits beside the page number, and in Arabic the day stays with its month."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pdfplumber
import pytest

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.reports import formatting
from cairo_desktop.reports.shaping import visual
from cairo_desktop.services import Services


def _footer_words(page: pdfplumber.page.Page) -> list[dict]:
    words = page.extract_words()
    bottom = max(word["top"] for word in words)
    return sorted((word for word in words if abs(word["top"] - bottom) < 2), key=lambda word: word["x0"])


@pytest.mark.parametrize("kind", ["summary", "sheet"])
def test_a_long_office_name_is_cut_before_the_page_number(big_services: Services, tmp_path: Path, kind: str) -> None:
    if kind == "summary":
        path = big_services.reports.summary_pdf(tmp_path / "s.pdf", ActivityFilter(), lang="en")
    else:
        activity_id = big_services.activities.ids(ActivityFilter())[0]
        path = big_services.reports.activity_pdf(activity_id, tmp_path / "a.pdf", lang="en")
    today = formatting.day(datetime.now(timezone.utc), "en")
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = _footer_words(page)
            page_word = next(index for index, word in enumerate(words) if word["text"] == "Page")
            assert words[page_word - 1]["x1"] < words[page_word]["x0"] - 6  # clear of "Page n of N"
            line = " ".join(word["text"] for word in words[:page_word])
            assert line.startswith("Khartoum Process · KP-SEC (") and line.endswith(today) and "…" in line


def test_the_arabic_footer_keeps_the_day_with_its_month(big_services: Services, tmp_path: Path) -> None:
    path = big_services.reports.summary_pdf(tmp_path / "ar.pdf", ActivityFilter(), lang="ar")
    today = visual(formatting.day(datetime.now(timezone.utc), "ar"), True)
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            assert today in (page.extract_text() or "").split("\n")[-1]
