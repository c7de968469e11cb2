"""The Sync menu end to end: a field office exports, the coordinator previews, then applies."""

from __future__ import annotations

from pathlib import Path

import pytest

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.gui.import_preview import ImportPreviewDialog
from tests.conftest import sample_activity

pytestmark = pytest.mark.gui


def _edited_by_hand(package: Path, sheet: str, row: int, column: int, value: object) -> Path:
    """The package as a partner sends it back: one cell changed in a spreadsheet, so no longer as signed."""
    from openpyxl import load_workbook

    workbook = load_workbook(package)
    workbook[sheet].cell(row=row, column=column, value=value)
    workbook.save(package)
    return package


def _in_conflict(make_services, tmp_path: Path, field_change: dict, coordinator_change: dict):  # type: ignore[no-untyped-def]
    """A field office and the coordinator that changed the same field of one activity differently."""
    field = make_services("ETH-ADD", "field")
    coordinator = make_services("KP-SEC", "coordinator", country="")
    added = field.activities.add(sample_activity())
    field.sync.export_package(tmp_path / "1.xlsx")
    coordinator.sync.import_packages([tmp_path / "1.xlsx"])
    field.activities.edit(added.id, field_change)
    coordinator.activities.edit(added.id, coordinator_change)
    field.sync.export_package(tmp_path / "2.xlsx")
    assert coordinator.sync.import_packages([tmp_path / "2.xlsx"])[0].open_conflicts == 1
    return coordinator, added.id


def test_export_then_preview_then_apply(make_window, make_services, qtbot, tmp_path: Path) -> None:
    field = make_services("ETH-ADD", "field")
    if not hasattr(field, "sync"):
        pytest.fail("services.sync is missing: the Sync menu has nothing to call")
    field.activities.add(sample_activity(title="Awareness sessions in Gondar", action="2.3"))
    field_window = make_window(field)
    package = tmp_path / "eth-add.xlsx"
    field_window.commands.run_export(package)
    qtbot.waitUntil(lambda: package.exists() and not field_window.jobs.busy, timeout=30_000)

    coordinator = make_services("KP-SEC", "coordinator", country="")
    window = make_window(coordinator)
    assert window.actions["import"].isEnabled()
    window.commands.preview_import([package])
    qtbot.waitUntil(lambda: isinstance(window.commands.last_dialog, ImportPreviewDialog), timeout=30_000)
    preview = window.commands.last_dialog
    assert "eth-add.xlsx" in preview.text.toPlainText() and preview.apply_button.isEnabled()
    assert not preview.unsigned_button.isVisible()  # signed: nothing to accept
    assert coordinator.activities.count(ActivityFilter()) == 0  # the preview changed nothing
    preview.apply_button.click()
    qtbot.waitUntil(lambda: coordinator.activities.count(ActivityFilter()) == 1 and not window.jobs.busy, timeout=30_000)
    assert window.model.rowCount() == 1
    assert window.model.index(0, 0).data() == "Awareness sessions in Gondar"


def test_conflicts_dialog_lists_nothing_when_all_is_settled(make_window, field_services) -> None:
    window = make_window(field_services)
    window.actions["conflicts"].trigger()
    dialog = window.commands.last_dialog
    assert dialog.table.rowCount() == 0 and not dialog.resolve_button.isEnabled()
    assert "0" in window.status_labels["conflicts"].text()
    dialog.close()


def test_conflicts_dialog_words_both_values_and_settles_the_choice(make_window, make_services, tmp_path: Path) -> None:
    people = sample_activity()["people"]
    coordinator, activity_id = _in_conflict(make_services, tmp_path, {"people": [dict(people[0], reached=19), people[1]]},
                                            {"people": [dict(people[0], reached=17), people[1]]})

    window = make_window(coordinator)
    window.set_language("fr")
    try:
        window.actions["conflicts"].trigger()
        dialog = window.commands.last_dialog
        table = dialog.table
        assert table.rowCount() == 1
        assert table.item(0, 1).text() == "Personnes par groupe, sexe et âge"
        here, incoming = table.item(0, 2), table.item(0, 3)
        assert here.text().startswith("Agents publics et praticiens, Féminin, Adultes (18-59 ans): 20 ciblées, 17 atteintes")
        assert incoming.text().startswith("Agents publics et praticiens, Féminin, Adultes (18-59 ans): 20 ciblées, 19 atteintes")
        shown = coordinator.sync.open_conflicts()[0].shown
        assert [here.font().bold(), incoming.font().bold()] == [shown == "local", shown == "incoming"]
        choice = table.cellWidget(0, 4)
        choice.setCurrentIndex(choice.findData("incoming"))
        dialog.resolve_button.click()
        assert table.rowCount() == 0 and coordinator.sync.open_conflicts() == []
        assert [p.reached for p in coordinator.activities.get(activity_id).people] == [19, 25]
        dialog.close()
    finally:
        window.set_language("en")


def test_import_preview_words_outcomes_the_first_key_and_a_sequence_gap_in_french(make_window, make_services, qtbot,
                                                                        tmp_path: Path) -> None:
    field = make_services("ETH-ADD", "field")
    field.activities.add(sample_activity())
    packages = [tmp_path / f"{n}.xlsx" for n in (1, 2, 3)]
    for package in packages:
        field.sync.export_package(package, full=True)
    coordinator = make_services("KP-SEC", "coordinator", country="")
    window = make_window(coordinator)
    window.set_language("fr")
    try:
        window.commands.preview_import([packages[0]])
        qtbot.waitUntil(lambda: isinstance(window.commands.last_dialog, ImportPreviewDialog), timeout=30_000)
        text = window.commands.last_dialog.text.toPlainText()
        assert f"Premier paquet du bureau ETH-ADD : sa clé (empreinte {field.sync.key_fingerprint()})" in text
        assert "Du bureau ETH-ADD, paquet numéro 1." in text and "First package" not in text
        assert "Nouvelles activités : 1" in text and "new:" not in text  # toPlainText gives the no-break space as a space
        assert "Mises à jour" not in text  # outcomes with nothing in them are left out
        window.commands.last_dialog.close()
        coordinator.sync.import_packages([packages[0]])
        window.commands.last_dialog = None
        window.commands.preview_import([packages[2]])
        qtbot.waitUntil(lambda: isinstance(window.commands.last_dialog, ImportPreviewDialog), timeout=30_000)
        text = window.commands.last_dialog.text.toPlainText()
        assert "Le paquet 2 du bureau ETH-ADD n'a pas encore été importé" in text
        window.commands.last_dialog.close()
    finally:
        window.set_language("en")


def test_a_package_changed_by_hand_is_imported_only_with_a_reason(make_window, make_services, qtbot, monkeypatch,
                                                                   tmp_path: Path) -> None:
    from PySide6.QtWidgets import QInputDialog

    from cairo_desktop.store.sync_models import ImportedPackage

    field = make_services("ETH-ADD", "field")
    added = field.activities.add(sample_activity(title="As exported"))
    package = tmp_path / "partner.xlsx"
    field.sync.export_package(package)
    _edited_by_hand(package, "Activities", 2, 3, "Corrected by the partner")
    coordinator = make_services("KP-SEC", "coordinator", country="")
    window = make_window(coordinator)
    window.commands.preview_import([package])
    qtbot.waitUntil(lambda: isinstance(window.commands.last_dialog, ImportPreviewDialog), timeout=30_000)
    refused = window.commands.last_dialog
    assert not refused.apply_button.isEnabled() and refused.unsigned_button.isVisible()
    assert "Import anyway" in refused.text.toPlainText() and "--accept-unsigned" not in refused.text.toPlainText()
    assert "The values of sheet 'Activities' were changed after the package was signed." in refused.text.toPlainText()

    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: asked.append(args[2]) or ("", True))
    refused.unsigned_button.click()  # an empty reason is no reason: nothing happens
    assert asked and refused.isVisible() and window.commands.last_dialog is refused
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("partner workbook, checked by phone", True))
    refused.unsigned_button.click()
    qtbot.waitUntil(lambda: window.commands.last_dialog is not refused, timeout=30_000)
    accepted = window.commands.last_dialog
    assert accepted.apply_button.isEnabled() and not accepted.unsigned_button.isVisible()
    assert "partner workbook, checked by phone" in accepted.text.toPlainText()
    assert coordinator.activities.count(ActivityFilter()) == 0  # still only a preview
    accepted.apply_button.click()
    qtbot.waitUntil(lambda: coordinator.activities.count(ActivityFilter()) == 1 and not window.jobs.busy, timeout=30_000)
    assert coordinator.activities.get(added.id).title == "Corrected by the partner"
    with coordinator.database.session() as session:
        (log,) = session.query(ImportedPackage).all()
        assert log.unsigned_reason == "partner workbook, checked by phone" and not log.signed


def test_export_options_carry_the_mode_and_the_office(make_window, make_services, qtbot, tmp_path: Path) -> None:
    from datetime import date

    from openpyxl import load_workbook

    from cairo_desktop.gui.export_dialog import ExportChoice, ExportOptionsDialog

    field = make_services("ETH-ADD", "field")
    field.activities.add(sample_activity())
    field.sync.export_package(tmp_path / "field.xlsx")
    coordinator = make_services("KP-SEC", "coordinator", country="")
    coordinator.sync.import_packages([tmp_path / "field.xlsx"])
    coordinator.activities.add(sample_activity(title="Secretariat's own"))

    options = ExportOptionsDialog(coordinator.installation.offices(), True)
    qtbot.addWidget(options)
    assert options.choice() == ExportChoice()  # the usual package unless asked otherwise
    options.everything.setChecked(True)
    options.office.setCurrentIndex(options.office.findData("ETH-ADD"))
    choice = options.choice()
    assert choice == ExportChoice(full=True, office="ETH-ADD")
    assert choice.file_name("KP-SEC", date(2026, 11, 29)) == "ETH-ADD-2026-11-29-full.xlsx"
    field_options = ExportOptionsDialog([], False)
    qtbot.addWidget(field_options)
    assert field_options.office.isHidden()  # a field office exports its own activities only

    window = make_window(coordinator)
    package = tmp_path / "eth-only.xlsx"
    window.commands.run_export(package, choice)
    qtbot.waitUntil(lambda: package.exists() and not window.jobs.busy, timeout=30_000)
    titles = [row[2].value for row in load_workbook(package, read_only=True)["Activities"].iter_rows(min_row=2)]
    assert titles == [sample_activity()["title"]]  # the office's activity, not the secretariat's


REFUSALS = {
    "missing_file": {}, "not_xlsx": {}, "damaged": {}, "missing_sheets": {"sheets": "_sync, _manifest"},
    "formula": {"cell": "C2", "sheet": "Activities"}, "newer_format": {"version": 2, "supported": 1},
    "older_format": {"version": 0, "supported": 1}, "own_office_other_key": {"office": "KP-SEC", "fingerprint": "AB12"},
    "other_key": {"office": "ETH-ADD", "trusted": "AB12", "fingerprint": "CD34"}, "role_claim": {"office": "ETH-ADD"},
    "shared_key": {"office": "SDN-KRT", "other": "ETH-ADD", "fingerprint": "AB12"},
    "old_sequence": {"office": "ETH-ADD", "seq": 2, "last": 3}, "problems": {"count": 3, "listed": 3},
    "unsigned": {"office": "ETH-ADD"}, "columns_changed": {"sheet": "Activities", "missing": "Title", "unknown": "Name"},
    "columns_order": {"sheet": "People"}, "value_right": {"sheet": "People", "row": 2, "column": 9},
    "too_big": {"size": 600, "limit": 512}, "zip_bomb": {}, "entities": {},
    "too_many_columns": {"sheet": "People", "count": 16384, "limit": 15}, "too_many_rows": {"sheet": "People"},
    "cell_position": {"sheet": "People"}, "xml_markup": {"sheet": "People"},
    "empty_sheet": {"sheet": "_sync"}, "huge_cell": {"sheet": "Activities", "row": 9, "field": "Notes",
                                                      "length": 40000, "limit": 32767},
    "unreadable": {"detail": "XmlError: syntax error"}, "sheet_unreadable": {"sheet": "People", "detail": "tag not closed"},
    "not_a_package": {"format": "somebody-else"}, "manifest_damaged": {},
}


def test_every_refusal_kind_is_in_the_wording_test() -> None:
    from cairo_desktop.gui.import_preview import _REFUSALS

    assert set(REFUSALS) | {"formula_somewhere"} == set(_REFUSALS)


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_refusals_with_a_kind_are_worded_in_the_interface_language(make_window, field_services, lang: str) -> None:
    from types import SimpleNamespace

    from cairo_desktop.gui.import_preview import describe_refusal
    from cairo_desktop.gui.numbers import whole

    window = make_window(field_services)
    english = {kind: describe_refusal(SimpleNamespace(refusal={"kind": kind, **values}, message=""))
               for kind, values in REFUSALS.items()}
    window.set_language(lang)
    try:
        for kind, values in REFUSALS.items():
            text = describe_refusal(SimpleNamespace(refusal={"kind": kind, **values}, message=""))
            assert text and text != english[kind], kind
            shown = [whole(value) if type(value) is int else str(value) for value in values.values()]
            assert all(value in text for value in shown if kind != "unsigned"), (kind, text)
        other = SimpleNamespace(refusal={"kind": "a_kind_of_the_future"}, message="Refused: as the core says it.")
        assert describe_refusal(other) == "Refused: as the core says it."
    finally:
        window.set_language("en")
    assert "Sync, Keys" in english["other_key"] and "cairo-desktop" not in english["other_key"]


def test_the_rows_refused_in_a_partner_workbook_are_listed_in_french(make_window, make_services, qtbot,
                                                                     tmp_path: Path) -> None:
    field = make_services("ETH-ADD", "field")
    field.activities.add(sample_activity())
    package = tmp_path / "partner.xlsx"
    field.sync.export_package(package)
    _edited_by_hand(package, "People", 2, 7, "beaucoup")
    window = make_window(make_services("KP-SEC", "coordinator", country=""))
    window.set_language("fr")
    try:
        window.commands.preview_import([package], "partner workbook")
        qtbot.waitUntil(lambda: isinstance(window.commands.last_dialog, ImportPreviewDialog), timeout=30_000)
        preview = window.commands.last_dialog
        text = preview.text.toPlainText()
        assert "1 problème(s) dans les lignes ci-dessous (1 listé(s)) ; rien n'a été importé." in text
        assert "• Feuille « People », ligne 2, colonne « Reached » : « beaucoup » n'est pas un nombre entier de " \
               "personnes." in text
        assert "• Non signé, ou modifié après la signature ; accepté parce que : partner workbook." in text
        assert not preview.apply_button.isEnabled()
        preview.close()
    finally:
        window.set_language("en")


def test_a_conflict_settled_elsewhere_meanwhile_is_explained_not_a_crash(make_window, make_services, answers,
                                                                         tmp_path: Path) -> None:
    coordinator, activity_id = _in_conflict(make_services, tmp_path, {"title": "Field's title"},
                                            {"title": "Secretariat's title"})
    window = make_window(coordinator)
    window.actions["conflicts"].trigger()
    dialog = window.commands.last_dialog
    assert dialog.table.rowCount() == 1
    (conflict,) = coordinator.sync.open_conflicts()
    coordinator.sync.resolve_conflict(conflict.id, "local")  # e.g. from the command line, while the window is open
    choice = dialog.table.cellWidget(0, 4)
    choice.setCurrentIndex(choice.findData("incoming"))
    dialog.resolve_button.click()
    kind, _title, text = answers.asked[-1]
    assert kind == "warning" and f"Conflict {conflict.id} is no longer open: it was settled meanwhile" in text
    assert dialog.table.rowCount() == 0 and coordinator.activities.get(activity_id).title == "Secretariat's title"
    dialog.close()




def test_every_row_problem_of_a_hand_edited_package_is_worded_in_french(make_window, make_services,
                                                                         tmp_path: Path) -> None:
    """Real refusals, from the hostile-file corpus, as the import window lists them."""
    from cairo_desktop.gui.import_preview import describe_problem
    from tests.sync.test_hostile_files import CORPUS, KINDS

    field = make_services("ETH-ADD", "field")
    field.activities.add(sample_activity(title="First"))
    field.activities.add(sample_activity(title="Second"))
    field.activities.delete(field.activities.add(sample_activity(title="Deleted one")).id)
    base = tmp_path / "base.xlsx"
    field.sync.export_package(base)
    coordinator = make_services("KP-SEC", "coordinator", country="")
    rows = []
    for name in sorted(name for name, kind in KINDS.items() if kind == "problems"):
        build, _unsigned, _expected = CORPUS[name]
        build(base, tmp_path / f"{name}.xlsx")
        (report,) = coordinator.sync.import_packages([tmp_path / f"{name}.xlsx"], dry_run=True,
                                                     accept_unsigned_reason="partner workbook")
        assert report.refusal["kind"] == "problems", (name, report.refused)
        assert [row["message"] in line for row, line in zip(report.refusal["rows"], report.refused)] == \
            [True] * len(report.refused)
        rows += report.refusal["rows"]
    window = make_window(coordinator)
    window.set_language("fr")
    try:
        untranslated = [row for row in rows if describe_problem(row).split(" : ", 1)[-1] == row["message"]]
    finally:
        window.set_language("en")
    assert untranslated == []
