"""Arabic shaping, right-to-left line breaking, font runs and number formats."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle

from cairo_desktop.reports import formatting
from cairo_desktop.reports.fonts import ARABIC, ETHIOPIC, LATIN, font_runs
from cairo_desktop.reports.shaping import BidiParagraph, break_lines, paragraph, shaped, visual
from cairo_desktop.reports.texts import PLURAL_CATEGORIES, counted_keys, counted_text, keys, plural_category, text


def test_font_runs_give_each_script_its_font() -> None:
    runs = font_runs("Training ስልጠና في الخرطوم 2025", LATIN)
    assert [family for family, _ in runs] == [LATIN, ETHIOPIC, ARABIC]  # spaces and digits stay in the run
    assert "".join(piece for _, piece in runs) == "Training ስልጠና في الخرطوم 2025"


def test_right_to_left_lines_are_broken_before_reordering() -> None:
    sentence = "الأشخاص الذين تم الوصول إليهم حسب الفئة السكانية والجنس والعمر في جميع البلدان"
    lines = break_lines(shaped(sentence), 120, ARABIC, 10)
    assert len(lines) > 1
    # The first printed line holds the first words of the sentence (read from the right).
    assert visual(lines[0], True).endswith(shaped("الأشخاص")[::-1])
    assert " ".join(lines) == shaped(sentence)


def test_brackets_are_mirrored_and_latin_stays_as_written() -> None:
    assert visual("الأطفال (0-17 سنة)", True).startswith("(")
    assert visual("/tmp/cairo.db", True) == "/tmp/cairo.db"


def test_paragraph_picks_the_bidi_flowable_only_when_needed() -> None:
    style = ParagraphStyle("t", fontName=LATIN, fontSize=9)
    assert not isinstance(paragraph("Plain English", style), BidiParagraph)
    arabic = paragraph("نص عربي", style)
    assert isinstance(arabic, BidiParagraph)
    width, height = arabic.wrap(200, 100)
    assert 0 < height < 30


def test_numbers_and_dates_per_language() -> None:
    assert formatting.number(1234567, "en") == "1,234,567"
    assert formatting.number(1234567.5, "fr", 1) == "1\u202f234\u202f567,5"
    assert formatting.percent(1, 3, "fr") == "33\u202f%"
    assert formatting.day("2025-04-09", "ar") == "9 أبريل 2025"


def test_every_report_text_exists_in_the_three_languages() -> None:
    for key in keys():
        assert all(text(key, lang) for lang in ("en", "fr", "ar")), key
    assert text("page_of", "ar", page=3) == "صفحة 3 من"


def test_counted_report_phrases_have_a_form_for_each_plural_category() -> None:
    for key in counted_keys():
        for lang, categories in PLURAL_CATEGORIES.items():
            forms = {counted_text(key, lang, count, total=20) for count in (0, 1, 2, 3, 11, 100, 101, 1003)}
            assert len(forms) >= min(len(categories), 2), (key, lang)
            assert all("{" not in form for form in forms), (key, lang)


@pytest.mark.parametrize(("count", "category"), [(0, "zero"), (1, "one"), (2, "two"), (3, "few"), (10, "few"),
                                                 (11, "many"), (99, "many"), (100, "other"), (102, "other"),
                                                 (103, "few"), (111, "many"), (1000, "other")])
def test_arabic_plural_categories(count: int, category: str) -> None:
    assert plural_category("ar", count) == category


def test_one_gap_and_one_version_are_singular() -> None:
    assert counted_text("gaps_count", "en", 1, total=4) == "1 of 4 actions has no activity in this selection."
    assert counted_text("gaps_count", "en", 3, total=4) == "3 of 4 actions have no activity in this selection."
    assert counted_text("gaps_count", "fr", 1, total=4) == "1 action sur 4 n'a aucune activité dans cette sélection."
    assert counted_text("gaps_count", "ar", 1, total=4).startswith("إجراء واحد ")
    assert counted_text("gaps_count", "ar", 2, total=20).startswith("إجراءان ")
    assert counted_text("heads_warning", "ar", 2) == "لهذا النشاط نسختان غير مدمجتين (يوجد تعارض بانتظار المراجعة)."
    assert counted_text("heads_warning", "fr", 3).startswith("Cette activité a 3 versions non fusionnées")


def test_annex_cells_are_cut_to_their_column() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from cairo_desktop.reports.annex_cells import SIZE, fit

    for title in ("Community dialogue on refugee protection, Cairo", "Formation sur la lutte contre le trafic à Nairobi"):
        cut = fit(title, LATIN, 150)
        assert cut.endswith("…") and stringWidth(cut, LATIN, SIZE) <= 150
    assert fit("Short title", LATIN, 150) == "Short title"


def test_right_to_left_detection_matches_the_arabic_font_ranges() -> None:
    from cairo_desktop.reports.fonts import is_arabic
    from cairo_desktop.reports.shaping import has_rtl

    for code in range(0x0500, 0x10000):
        char = chr(code)
        assert has_rtl(f"a{char}b") == is_arabic(char), hex(code)
    assert not has_rtl("Gondar ጎንደር") and has_rtl("Training in القاهرة")


def test_brackets_stay_with_the_text_they_enclose_on_either_page() -> None:
    offices = "EGY-CAI (Cairo field office)، ETH-ADD (Addis Ababa field office)"
    assert visual(offices, True) == offices  # Latin runs read left to right, brackets closed where they were
    training, in_word = shaped("تدريب")[::-1], shaped("في")[::-1]
    assert visual("تدريب (IOM) في", True) == f"{in_word} (IOM) {training}"
    title = "ورشة (المرحلة 2) في الخرطوم"
    assert visual(title, False) == visual(title, True)  # an all-Arabic line reads the same on an English page
    assert visual(title, True).count("(") == 1 and visual(title, True).index("(") < visual(title, True).index(")")


def test_direction_marks_steer_the_order_and_are_not_printed() -> None:
    line = visual("عملية الخرطوم\u200f · \u200fKP-SEC (Secretariat)\u200f · \u200f29 نوفمبر 2026", True)
    assert "\u200f" not in line and line.startswith(visual("29 نوفمبر 2026", True))


def test_shares_add_up_to_one_hundred() -> None:
    assert formatting.shares([234, 1194, 299, 1052, 85, 136], 3000, "en") == ["8%", "40%", "10%", "35%", "3%", "4%"]
    assert formatting.shares([1, 1, 1], 3, "fr") == ["34\u202f%", "33\u202f%", "33\u202f%"]
    assert formatting.shares([], 0, "en") == []


def test_lines_break_at_spaces_and_tabs_but_not_inside_a_french_number() -> None:
    text = shaped("عدد\tالمشاركين 1\u202f234 في  الخرطوم")
    lines = break_lines(text, 45, ARABIC, 10)
    assert any("1\u202f234" in line for line in lines) and not any("\t" in line for line in lines)
    assert " ".join(lines) == shaped("عدد المشاركين 1\u202f234 في الخرطوم")
