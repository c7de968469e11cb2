"""An activity sheet for an activity with texts as long as the app accepts, in every report language."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.domain.vocabularies import load_vocabularies
from cairo_desktop.services import Services
from cairo_desktop.reports.shaping import has_rtl, shaped
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
    with pdfplumber.open(path) as pdf:
        return [(line["text"], line["x1"] - line["x0"]) for page in pdf.pages for line in page.extract_text_lines()]


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


def _x(words: list[dict], text: str, below: float, above: float) -> float:
    return next(w["x0"] for w in words if w["text"] == text and below < w["top"] < above)


def test_an_arabic_description_reads_from_the_right_on_an_english_sheet(report_services: Services,
                                                                        tmp_path: Path) -> None:
    report_services.activities.add(sample_activity(title="Mixed directions", text_lang="ar", place="الخرطوم - Khartoum",
                                                   description="تدريب موظفي IOM و UNHCR في الخرطوم"))
    activity_id = next(a.id for a in report_services.activities.find(ActivityFilter(text="Mixed directions")))
    path = report_services.reports.activity_pdf(activity_id, tmp_path / "mixed.pdf", lang="en")
    with pdfplumber.open(path) as pdf:
        words = pdf.pages[0].extract_words()
    top = {w["text"]: w["top"] for w in words if w["text"] in ("Place", "Organisations", "Description", "Notes")}
    # Read from the right, as Arabic is: "IOM" comes first, so it stands right of "UNHCR", and the
    # Arabic words before and after them stay on their own sides.
    iom, unhcr = (_x(words, name, top["Description"], top["Notes"]) for name in ("IOM", "UNHCR"))
    training = _x(words, shaped("تدريب")[::-1], top["Description"], top["Notes"])
    assert unhcr < iom < training
    place = [w for w in words if top["Place"] - 3 < w["top"] < top["Organisations"] - 3]
    khartoum = next(w["x0"] for w in place if w["text"] == "Khartoum")
    assert all(w["x0"] > khartoum for w in place if has_rtl(w["text"]))


def test_a_heading_is_never_left_alone_at_the_bottom_of_a_page(report_services: Services, tmp_path: Path) -> None:
    headings = {"Description", "Notes", "People", "History"}
    for lines in range(0, 48, 3):  # push the headings down the first page step by step
        report_services.activities.add(sample_activity(title=f"Heading check {lines}",
                                                       description="\n".join(["A line of the description."] * lines)))
        activity_id = next(a.id for a in report_services.activities.find(ActivityFilter(text=f"Heading check {lines}")))
        path = report_services.reports.activity_pdf(activity_id, tmp_path / f"h{lines}.pdf", lang="en")
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                body = [line["text"] for line in page.extract_text_lines()][:-1]  # the footer is not body text
                assert body[-1] not in headings, (lines, page.page_number, body[-1])


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_an_activity_covering_every_country_is_printed(report_services: Services, tmp_path: Path, lang: str) -> None:
    countries = load_vocabularies().countries
    roles = ("origin", "transit", "destination")
    report_services.activities.add(sample_activity(title=f"Global campaign {lang}", countries=[
        {"country": code, "role": roles[index % 3]} for index, code in enumerate(countries.codes)]))
    activity_id = next(a.id for a in report_services.activities.find(ActivityFilter(text=f"Global campaign {lang}")))
    path = report_services.reports.activity_pdf(activity_id, tmp_path / "global.pdf", lang=lang)
    text = " ".join(line for line, _width in _lines(path))
    if lang != "ar":  # Arabic names come back shaped and reordered; the sheet being written is the point there
        assert countries.label(countries.codes[-1], lang) in text and countries.label(countries.codes[0], lang) in text
