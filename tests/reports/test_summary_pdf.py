"""The summary PDF as a file: embedded fonts, Arabic and Amharic text, pages, annex, cancelling."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.errors import Cancelled, UserError
from cairo_desktop.progress import RecordingProgress
from cairo_desktop.reports.shaping import visual
from cairo_desktop.services import Services
from tests.reports.conftest import AMHARIC_TITLE, ARABIC_TITLE


def _fonts(path: Path) -> dict[str, bool]:
    """Every font any page uses (also inside forms), and whether its file is embedded."""
    found: dict[str, bool] = {}

    def walk(resources) -> None:  # type: ignore[no-untyped-def]
        if not resources:
            return
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
        for xobject in (resources.get("/XObject") or {}).values():
            walk(xobject.get_object().get("/Resources"))

    for page in PdfReader(path).pages:
        walk(page.get("/Resources"))
    return found


def _pages_text(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_arabic_summary_embeds_its_fonts_and_shapes_arabic(report_services: Services, tmp_path: Path) -> None:
    path = report_services.reports.summary_pdf(tmp_path / "ar.pdf", ActivityFilter(), lang="ar", annex=True)
    fonts = _fonts(path)
    assert fonts and all(fonts.values()), fonts
    assert any("NotoSansArabic" in name for name in fonts)
    assert any("NotoSansEthiopic" in name for name in fonts)  # the Amharic title in the annex
    assert not any("Helvetica" in name for name in fonts)
    text = "\n".join(_pages_text(path))
    assert visual("ملخص الأنشطة", True) in text  # shaped (joined letter forms) and in display order
    assert visual("الأرقام الرئيسية", True) in text
    assert "ሰ" in AMHARIC_TITLE and any(ch in text for ch in "ስልጠና")
    # Shaping leaves no bare Arabic letters: they are all in their contextual presentation forms.
    assert not re.search("[\u0621-\u064a]", text)
    assert "\x00" not in text  # no glyph missing from the font that draws it


def test_pages_are_numbered_and_the_count_is_sensible(report_services: Services, tmp_path: Path) -> None:
    plain = report_services.reports.summary_pdf(tmp_path / "plain.pdf", ActivityFilter(), lang="en")
    with_annex = report_services.reports.summary_pdf(tmp_path / "annex.pdf", ActivityFilter(), lang="en", annex=True,
                                                     page_size="Letter")
    plain_pages = _pages_text(plain)
    assert 5 <= len(plain_pages) <= 20
    for number, text in enumerate(plain_pages, start=1):
        assert f"Page {number} of {len(plain_pages)}" in text
    reader = PdfReader(with_annex)
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [612, 792]
    annex_pages = _pages_text(with_annex)
    assert not any("\x00" in page for page in annex_pages)  # Arabic and Amharic titles drawn by fonts that have them
    count = report_services.activities.count(ActivityFilter())
    annex_start = next(i for i, page in enumerate(annex_pages) if "Annex: list of activities" in page)
    # each annex row shows the office code followed by the start date
    listed = sum(len(re.findall(r"[A-Z]{2,3}-[A-Z]{3} \d{4}-\d\d-\d\d", page)) for page in annex_pages[annex_start:])
    assert listed == count
    assert len(annex_pages) > len(plain_pages) + count // 60


def test_summary_in_french_uses_french_labels(report_services: Services, tmp_path: Path) -> None:
    text = "\n".join(_pages_text(report_services.reports.summary_pdf(tmp_path / "fr.pdf", ActivityFilter(), lang="fr")))
    assert "Chiffres clés" in text and "Migration et développement" in text and "Page 1 sur" in text


def test_cancelling_leaves_no_file(report_services: Services, tmp_path: Path) -> None:
    target = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        report_services.reports.summary_pdf(target, ActivityFilter(), annex=True, progress=RecordingProgress(cancel_after=3))
    assert list(tmp_path.iterdir()) == []


def test_refusals_are_plain_sentences(report_services: Services, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Unknown page size 'A3'"):
        report_services.reports.summary_pdf(tmp_path / "x.pdf", ActivityFilter(), page_size="A3")
    with pytest.raises(UserError, match="Unknown language 'de'"):
        report_services.reports.summary_pdf(tmp_path / "x.pdf", ActivityFilter(), lang="de")
    with pytest.raises(UserError, match="folder .* does not exist"):
        report_services.reports.summary_pdf(tmp_path / "missing" / "x.pdf", ActivityFilter())
    assert list(tmp_path.iterdir()) == []


def test_activity_sheet_has_every_field_people_and_history(report_services: Services, tmp_path: Path) -> None:
    activity = next(a for a in report_services.activities.find(ActivityFilter(text="الخرطوم")) if a.title == ARABIC_TITLE)
    report_services.activities.edit(activity.id, {"status": "closed", "notes": "Report filed"})
    path = report_services.reports.activity_pdf(activity.id, tmp_path / "sheet.pdf")
    text = " ".join(" ".join(_pages_text(path)).split())
    assert visual(ARABIC_TITLE, False) in text
    for expected in (activity.id, "Closed", "Report filed", "IOM", "Sudan", "Country of transit", "25,000.00 EUR",
                     "Female Adults (18-59) 20 18", "Male Adults (18-59) 30 25", "Total 50 43", "History", "created", "edited",
                     "Status: Implementation → Closed", "Notes: — → Report filed"):
        assert expected in text, expected
    sheet_ar = report_services.reports.activity_pdf(activity.id[:10], tmp_path / "sheet-ar.pdf", lang="ar")
    assert visual("بطاقة النشاط", True) in " ".join(_pages_text(sheet_ar))
    with pytest.raises(UserError, match="No activity with id"):
        report_services.reports.activity_pdf("0000000000", tmp_path / "none.pdf")


@pytest.mark.parametrize("lang, words", [("en", ("Destination", "Activities")), ("fr", ("Destination", "Activités"))])
def test_table_headings_keep_their_words_whole(report_services: Services, tmp_path: Path, lang: str,
                                               words: tuple[str, ...]) -> None:
    pages = _pages_text(report_services.reports.summary_pdf(tmp_path / "h.pdf", ActivityFilter(), lang=lang))
    countries = next(page for page in pages if "Transit" in page)
    heading = countries[countries.index("Transit") - 40:countries.index("Transit") + 80]
    assert all(word in heading.split() for word in words), heading


def test_an_activity_id_as_people_paste_it(report_services: Services, tmp_path: Path) -> None:
    activity_id = report_services.activities.ids(ActivityFilter())[0]
    path = report_services.reports.activity_pdf(f"  {activity_id}\n", tmp_path / "pasted.pdf")  # spaces around
    assert activity_id in " ".join(" ".join(_pages_text(path)).split())
    with pytest.raises(UserError, match="at least its first 8 characters"):
        report_services.reports.activity_pdf(activity_id[:6], tmp_path / "short.pdf")
    assert [p.name for p in tmp_path.iterdir()] == ["pasted.pdf"]
