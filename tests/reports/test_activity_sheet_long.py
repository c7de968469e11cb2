"""An activity sheet for an activity with texts as long as the app accepts, in every report language."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.services import Services
from tests.conftest import sample_activity

SENTENCE = "The quick brown fox jumps over the lazy dog while field officers record activities; "


def _add_long_activity(services: Services) -> str:
    description = "\n".join(f"Paragraph {n}. " + SENTENCE * 14 for n in range(12)) + " DESCRIPTION-END"
    organisations = [{"name": f"Organisation number {n} of a long consortium of partners", "role": "implementing",
                      "type": "40"} for n in range(45)]
    services.activities.add(sample_activity(title="Long texts " + "x" * 280, description=description,
                                            notes=SENTENCE * 90 + "NOTES-END", organisations=organisations))
    return next(a.id for a in services.activities.find(ActivityFilter(text="Long texts")))


def _lines(path: Path) -> list[tuple[str, float]]:
    """Every printed line with its width, page after page."""
    found = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            rows: dict[int, list[dict]] = {}
            for word in page.extract_words():
                rows.setdefault(round(word["top"]), []).append(word)
            for _top, words in sorted(rows.items()):
                words.sort(key=lambda w: w["x0"])
                found.append((" ".join(w["text"] for w in words), words[-1]["x1"] - words[0]["x0"]))
    return found


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_sheet_with_texts_longer_than_a_page_is_written(report_services: Services, tmp_path: Path,
                                                         lang: str) -> None:
    activity_id = _add_long_activity(report_services)
    path = report_services.reports.activity_pdf(activity_id, tmp_path / "long.pdf", lang=lang)
    text = " ".join(line for line, _width in _lines(path))
    assert "DESCRIPTION-END" in text and "NOTES-END" in text
    assert "Organisation number 44 of a long consortium" in text
    assert "Paragraph 11." in text


def test_latin_text_on_an_arabic_sheet_is_not_broken_into_stray_words(report_services: Services,
                                                                     tmp_path: Path) -> None:
    activity_id = _add_long_activity(report_services)
    path = report_services.reports.activity_pdf(activity_id, tmp_path / "long-ar.pdf", lang="ar")
    notes = [(line, width) for line, width in _lines(path) if "quick" in line or "NOTES-END" in line]
    body = [width for line, width in notes if "NOTES-END" not in line]
    # A paragraph wrapped once fills every line but its last; a line wrapped twice leaves one or two words alone.
    assert body and min(body) > 0.8 * max(body), [line for line, width in notes if width < 0.8 * max(body)][:3]
