"""Counted sentences take the form each language's plural rules ask for: "1 activity", "1 activité",
and the six Arabic forms (none, one, two, three to ten, eleven to ninety-nine, a hundred and more)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from cairo_desktop.gui.i18n import translations_dir

ARABIC_ACTIVITIES = {
    0: "لا أنشطة في التحديد الحالي",
    1: "نشاط واحد في التحديد الحالي",
    2: "نشاطان في التحديد الحالي",
    3: "٣ أنشطة في التحديد الحالي",
    10: "١٠ أنشطة في التحديد الحالي",
    11: "١١ نشاطًا في التحديد الحالي",
    99: "٩٩ نشاطًا في التحديد الحالي",
    100: "١٠٠ نشاط في التحديد الحالي",
    103: "١٠٣ أنشطة في التحديد الحالي",
    2500: "٢٬٥٠٠ نشاط في التحديد الحالي",
}


@pytest.fixture
def translator(app):  # type: ignore[no-untyped-def]
    installed: list[QTranslator] = []

    def install(lang: str) -> None:
        translator = QTranslator()
        assert translator.load(f"cairo_{lang}", translations_dir())
        QCoreApplication.installTranslator(translator)
        QLocale.setDefault(QLocale(lang))
        installed.append(translator)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale("en"))


def _activities(count: int) -> str:
    return QCoreApplication.translate("Dashboard", "%Ln activities in the current selection", "", count)


@pytest.mark.parametrize("count", sorted(ARABIC_ACTIVITIES))
def test_arabic_counts_take_their_six_forms(translator, count: int) -> None:  # type: ignore[no-untyped-def]
    translator("ar")
    assert _activities(count) == ARABIC_ACTIVITIES[count]


@pytest.mark.parametrize(("lang", "count", "expected"), [
    ("en", 1, "1 activity in the current selection"),
    ("en", 0, "0 activities in the current selection"),
    ("en", 1200, "1,200 activities in the current selection"),
    ("fr", 0, "0 activité dans la sélection actuelle"),
    ("fr", 1, "1 activité dans la sélection actuelle"),
    ("fr", 2, "2 activités dans la sélection actuelle"),
    ("fr", 1200, "1\u202f200 activités dans la sélection actuelle"),
])
def test_english_and_french_singular_and_plural(translator, lang: str, count: int, expected: str) -> None:  # type: ignore[no-untyped-def]
    translator(lang)
    assert _activities(count) == expected


def test_the_window_says_one_activity_and_counts_conflicts_in_the_language_chosen(qtbot, make_window,  # type: ignore[no-untyped-def]
                                                                                  filled_services) -> None:
    window = make_window(filled_services)
    window.plan_browser.select_code("d1")
    window.actions["show_dashboard"].trigger()
    labels = window.status_labels
    assert window.dashboard.heading.text() == "1 activity in the current selection"
    qtbot.waitUntil(lambda: labels["count"].text() == "1 of 3 activities")
    assert labels["conflicts"].text() == "0 conflicts waiting"
    window.set_language("ar")
    assert window.dashboard.heading.text() == "نشاط واحد في التحديد الحالي"
    qtbot.waitUntil(lambda: labels["count"].text() == "١ من ٣ أنشطة")
    assert labels["conflicts"].text() == "لا تعارضات في الانتظار"
    window.set_language("fr")
    assert window.dashboard.heading.text() == "1 activité dans la sélection actuelle"
    qtbot.waitUntil(lambda: labels["count"].text() == "Activités : 1 sur 3")


def test_english_plurals_need_their_own_small_file() -> None:
    """Without cairo_en.qm the window would say "1 activities": it must ship beside the others."""
    assert (Path(translations_dir()) / "cairo_en.qm").is_file()
