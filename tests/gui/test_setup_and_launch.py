"""First-start setup, the composition root's refusals, and the statistics behind the figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.gui.setup_dialog import SetupDialog
from cairo_desktop.services import open_services
from tests.conftest import sample_activity
from tests.gui.conftest import assert_launch_refused_while_locked

pytestmark = pytest.mark.gui


def test_setup_dialog_records_the_identity_and_explains_refusals(qtbot, tmp_path: Path) -> None:
    services = open_services(tmp_path / "new.db")
    try:
        dialog = SetupDialog(services)
        qtbot.addWidget(dialog)
        dialog.office_code.setText("e")
        dialog.office_name.setText("Asmara")
        dialog.accept()
        assert "cannot be used" in dialog.error.text() and services.context.identity() is None
        dialog.office_code.setText("eri-asm")
        dialog.country.setCurrentIndex(dialog.country.findData("ERI"))
        dialog.coordinator_role.setChecked(True)
        dialog.accept()
        identity = services.context.identity()
        assert (identity.office_code, identity.role, identity.country) == ("ERI-ASM", "coordinator", "ERI")
        assert dialog.result() == dialog.DialogCode.Accepted
    finally:
        services.close()


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_setup_refusals_are_in_the_interface_language(make_window, field_services, qtbot, tmp_path: Path,
                                                      lang: str) -> None:
    window = make_window(field_services)
    services = open_services(tmp_path / "new.db")
    english = []
    try:
        for language in ("en", lang):
            window.set_language(language)
            dialog = SetupDialog(services)
            qtbot.addWidget(dialog)
            shown = []
            for code, name in (("", "Asmara"), ("e", "Asmara"), ("ERI-ASM", " ")):
                dialog.office_code.setText(code)
                dialog.office_name.setText(name)
                dialog.accept()
                shown.append(dialog.error.text())
            if language == "en":
                english = shown
        assert all(shown) and all(text != english_text for text, english_text in zip(shown, english)), shown
        assert "E" in shown[1] and services.context.identity() is None
    finally:
        window.set_language("en")
        services.close()


def test_launch_refuses_a_database_open_elsewhere(tmp_path: Path, answers, app) -> None:
    database = tmp_path / "busy.db"
    assert_launch_refused_while_locked(database, answers)
    assert not database.exists()  # refused before the database was even created


def test_statistics_follow_the_filter(filled_services) -> None:
    stats = filled_services.statistics
    per_action = stats.per_action()
    assert per_action["4.1"].activities == 1 and per_action["4.1"].people_reached == 43
    overview = stats.overview(ActivityFilter(statuses=("closed",)))
    assert overview.total == 1 and overview.by_domain_status == {(5, "closed"): 1}
    assert overview.reached_by_sex_age == {("f", "adults"): 18, ("m", "adults"): 25}
    assert overview.approach_coverage == {"human_rights": 1, "gender_vulnerable": 1}
    assert stats.years() == [2024, 2025]
    filled_services.activities.add(sample_activity(title="Dropped", action="4.1"))
    dropped = filled_services.activities.find(ActivityFilter(text="dropped"))[0]
    filled_services.activities.delete(dropped.id)
    assert stats.per_action()["4.1"].activities == 1  # deleted activities are not counted
