"""Import rules: idempotence, sequence numbers, ownership, key pinning, signatures, conflicts, deletes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest
import python_calamine
from openpyxl.worksheet import _writer as openpyxl_writer
from sqlalchemy import select, update

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.errors import Cancelled, PermissionRefused, UserError
from cairo_desktop.progress import Progress
from cairo_desktop.store.activities import REVISIONS
from cairo_desktop.sync import columns as C
from cairo_desktop.sync.writer import write_package
from tests.conftest import sample_activity
from tests.sync.helpers import content_digest, send, views


def test_reimport_changes_nothing_and_says_so(make_services, tmp_path: Path) -> None:
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    field.activities.add(sample_activity())
    path = tmp_path / "p.xlsx"
    field.sync.export_package(path)
    first = coord.sync.import_packages([path])[0]
    assert first.ok and first.counts["new"] == 1
    before = content_digest(coord.database.file)
    again = coord.sync.import_packages([path])[0]
    assert again.ok and again.already_imported and "nothing changed" in again.message
    assert content_digest(coord.database.file) == before


def test_dry_run_reports_and_writes_nothing(make_services, tmp_path: Path) -> None:
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    field.demo.generate(5)
    path = tmp_path / "p.xlsx"
    field.sync.export_package(path)
    before = content_digest(coord.database.file)
    report = coord.sync.import_packages([path], dry_run=True)[0]
    assert report.ok and report.counts["new"] == 5 and "would import" in report.message
    assert report.as_dict()["counts"]["new"] == 5
    assert content_digest(coord.database.file) == before


def _copy_database(services, target: Path) -> Path:  # type: ignore[no-untyped-def]
    """A consistent copy of a live SQLite database, as a restored backup would be."""
    source, copy = sqlite3.connect(services.database.file), sqlite3.connect(target)
    source.backup(copy)
    source.close(), copy.close()
    return target


def _since_last_packages(office, folder: Path, numbers: range) -> list[Path]:  # type: ignore[no-untyped-def]
    """One package per number, each carrying one new activity ("activity N") and nothing sent before it."""
    paths = []
    for number in numbers:
        office.activities.add(sample_activity(title=f"activity {number}"))
        paths.append(folder / f"p{number}.xlsx")
        office.sync.export_package(paths[-1], since_last=True)
    return paths


def test_a_late_package_fills_its_gap_and_a_reused_number_is_refused(make_services, tmp_path: Path) -> None:
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    paths = _since_last_packages(field, tmp_path, range(1))
    backup = _copy_database(field, tmp_path / "backup.db")  # the office's backup after its package 1
    paths += _since_last_packages(field, tmp_path, range(1, 3))
    assert coord.sync.import_packages([paths[0]])[0].ok
    gap = coord.sync.import_packages([paths[2]])[0]
    assert gap.ok and any("package 2 from office ETH-ADD has not been imported yet" in w and "import it when it arrives" in w
                          for w in gap.warnings)
    assert gap.warning_data == [{"kind": "sequence_gap", "office": "ETH-ADD", "first": 2, "last": 2}]
    late = coord.sync.import_packages([paths[1]])[0]
    assert late.ok and late.counts["new"] == 1 and not late.warnings, late.refused  # as the warning promised
    assert {a.title for a in coord.activities.find(ActivityFilter())} == {"activity 0", "activity 1", "activity 2"}

    restored = make_services("", name=backup.name)  # the office restored its backup: numbers run from 2 again
    restored.activities.add(sample_activity(title="after the restore"))
    reused = tmp_path / "reused.xlsx"
    restored.sync.export_package(reused, full=True)
    refused = coord.sync.import_packages([reused])[0]
    assert not refused.ok and "package number 2" in refused.refused[0] and "already imported" in refused.refused[0]
    assert not refused.unsigned and refused.refusal == {"kind": "old_sequence", "office": "ETH-ADD", "seq": 2, "last": 3}


def test_packages_given_out_of_order_in_one_import_all_arrive(make_services, tmp_path: Path) -> None:
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    paths = _since_last_packages(field, tmp_path, range(3))
    reports = coord.sync.import_packages(list(reversed(paths)))
    assert [r.ok for r in reports] == [True, True, True], [r.refused for r in reports]
    assert len(coord.activities.find(ActivityFilter())) == 3


def _acknowledged(coord, office: str) -> int:  # type: ignore[no-untyped-def]
    """The package number the coordinator's next package acknowledges to ``office``."""
    from cairo_desktop.sync.trust import acknowledgements

    with coord.database.session() as session:
        return acknowledgements(session).get(office, {}).get("seq", 0)


def test_a_lost_since_last_package_is_not_acknowledged_so_the_next_package_carries_it(make_services,
                                                                                      tmp_path: Path) -> None:
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    field.activities.add(sample_activity(title="A"))
    assert send(field, coord, tmp_path)[0].ok  # package 1, incremental: acknowledged through 1
    assert send(coord, field, tmp_path)[0].ok  # the office learns it
    field.activities.add(sample_activity(title="B"))
    field.sync.export_package(tmp_path / "lost.xlsx", since_last=True)  # package 2: B only; the USB stick is lost
    field.activities.add(sample_activity(title="C"))
    field.sync.export_package(tmp_path / "p3.xlsx", since_last=True)  # package 3: C only
    assert coord.sync.import_packages([tmp_path / "p3.xlsx"])[0].ok
    assert _acknowledged(coord, "ETH-ADD") == 1  # B is not here: acknowledging 3 would tell the office to drop it
    assert send(coord, field, tmp_path)[0].ok
    assert send(field, coord, tmp_path)[0].ok  # the usual package: all that is not acknowledged, so B too
    assert {a.title for a in coord.activities.find(ActivityFilter())} == {"A", "B", "C"}
    assert _acknowledged(coord, "ETH-ADD") == 4


def test_an_office_that_reinstalled_numbers_from_one_once_its_new_key_is_trusted(make_services,
                                                                                 tmp_path: Path) -> None:
    old, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    for number in range(3):
        old.activities.add(sample_activity(title=f"before {number}"))
        assert send(old, coord, tmp_path)[0].ok
    new = make_services("ETH-ADD")  # the laptop was replaced: a new installation, a new key
    new.activities.add(sample_activity(title="after the reinstall"))
    package = tmp_path / "new-key.xlsx"
    new.sync.export_package(package)
    assert coord.sync.import_packages([package])[0].refusal["kind"] == "other_key"
    coord.sync.trust_key("ETH-ADD", new.sync.key_fingerprint())  # confirmed by phone
    report = coord.sync.import_packages([package])[0]
    assert report.ok and report.counts["new"] == 1, report.refused
    assert _acknowledged(coord, "ETH-ADD") == 1


def test_a_partner_resending_an_edited_workbook_is_not_a_replay(make_services, tmp_path: Path) -> None:
    coord, workbook = _partner_workbook(make_services, tmp_path)
    workbook[C.ACTIVITIES].append(_activity_row(["new-1", "", "First partner row", "2.1", "", "", "pipeline",
                                                 "dialogue"]))
    workbook.save(tmp_path / "partner-1.xlsx")
    workbook[C.ACTIVITIES].append(_activity_row(["new-2", "", "Second partner row", "2.1", "", "", "pipeline",
                                                 "dialogue"]))
    workbook.save(tmp_path / "partner-2.xlsx")
    reason = "partner NGO workbook"
    first = coord.sync.import_packages([tmp_path / "partner-1.xlsx"], accept_unsigned_reason=reason)[0]
    assert first.ok and first.counts["hand_made"] == 1, first.refused
    second = coord.sync.import_packages([tmp_path / "partner-2.xlsx"], accept_unsigned_reason=reason)[0]
    assert second.ok and not second.already_imported and second.counts["unchanged"] == 2, second.refused
    titles = {a.title for a in coord.activities.find(ActivityFilter(text="partner row"))}
    assert titles == {"First partner row", "Second partner row"}
    again = coord.sync.import_packages([tmp_path / "partner-2.xlsx"], accept_unsigned_reason=reason)[0]
    assert again.ok and again.already_imported  # the very same file is a replay

    (first_row,) = coord.activities.find(ActivityFilter(text="First partner row"))
    coord.activities.edit(first_row.id, {"place": "Kassala"})  # the secretariat completes the partner's row meanwhile
    rows = workbook[C.ACTIVITIES]
    row = next(cells for cells in rows.iter_rows(min_row=2) if cells[0].value == "new-1")
    row[2].value = "First partner row, corrected"
    workbook.save(tmp_path / "partner-3.xlsx")
    third = coord.sync.import_packages([tmp_path / "partner-3.xlsx"], accept_unsigned_reason=reason)[0]
    assert third.ok and third.counts["updated"] + third.counts["merged"] == 1, third.refused
    corrected = coord.activities.get(first_row.id)
    assert (corrected.title, corrected.place) == ("First partner row, corrected", "Kassala")
    assert not coord.sync.open_conflicts()  # different fields: merged, as for any parallel edits


def test_an_edited_older_package_is_not_held_to_the_sequence_and_moves_nothing(make_services, tmp_path: Path) -> None:
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    added = field.activities.add(sample_activity(title="Original title"))
    first = tmp_path / "p1.xlsx"
    field.sync.export_package(first)
    assert coord.sync.import_packages([first])[0].ok
    field.activities.add(sample_activity(title="Second"))
    assert send(field, coord, tmp_path)[0].ok  # package 2
    edited = _edit_cell(first, C.ACTIVITIES, 2, 3, "Corrected by a partner")  # made from package 1
    report = coord.sync.import_packages([edited], accept_unsigned_reason="partner correction")[0]
    assert report.ok, report.refused
    assert coord.activities.get(added.id).title == "Corrected by a partner"
    assert _acknowledged(coord, "ETH-ADD") == 2


def test_a_partner_workbook_from_a_consolidated_package_changes_only_what_it_may(make_services,
                                                                               tmp_path: Path) -> None:
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    theirs = field.activities.add(sample_activity(title="Addis activity"))
    assert send(field, coord, tmp_path)[0].ok
    coord.activities.add(sample_activity(title="Secretariat activity"))
    consolidated = tmp_path / "all.xlsx"
    coord.sync.export_package(consolidated, full=True)
    workbook = openpyxl.load_workbook(consolidated)
    workbook[C.ACTIVITIES].append(_activity_row(["new-1", "", "Partner activity", "2.1", "", "", "pipeline",
                                                 "dialogue"]))
    workbook.save(tmp_path / "partner.xlsx")
    report = coord.sync.import_packages([tmp_path / "partner.xlsx"], accept_unsigned_reason="partner")[0]
    assert report.ok and report.counts["hand_made"] == 1, report.refused  # the unchanged rows change nothing
    rows = list(workbook[C.ACTIVITIES].iter_rows(min_row=2, values_only=True))
    row = next(number for number, cells in enumerate(rows, start=2) if cells[0] == theirs.id)
    workbook[C.ACTIVITIES].cell(row=row, column=3, value="Changed from the secretariat's copy")
    workbook.save(tmp_path / "partner-2.xlsx")
    refused = coord.sync.import_packages([tmp_path / "partner-2.xlsx"], accept_unsigned_reason="partner")[0]
    assert not refused.ok
    assert any(f"activity {theirs.id} belongs to office ETH-ADD; this workbook is not signed" in line
               for line in refused.refused), refused.refused
    (problem,) = refused.refusal["rows"]
    assert (problem["sheet"], problem["row"], problem["field"]) == (C.ACTIVITIES, row, "Activity ID")


def test_incremental_export_carries_only_what_was_not_acknowledged(make_services, tmp_path: Path) -> None:
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    field.demo.generate(4)
    assert send(field, coord, tmp_path)[0].counts["new"] == 4
    assert send(field, coord, tmp_path)[0].counts["unchanged"] == 4  # not acknowledged yet: sent again
    send(coord, field, tmp_path)  # the coordinator's manifest acknowledges package 2
    field.activities.add(sample_activity(title="after the acknowledgement"))
    summary = field.sync.export_package(tmp_path / "inc.xlsx")
    assert summary.activities == 1


def test_field_package_may_only_change_its_own_activities(make_services, tmp_path: Path) -> None:
    eth, sdn, coord = make_services("ETH-ADD"), make_services("SDN-KRT", country="SDN"), make_services("KP-SEC", "coordinator")
    sdn.activities.add(sample_activity(title="Sudan's own"))
    send(sdn, eth, tmp_path)  # a field office may receive another office's package
    from cairo_desktop.sync import exporter
    from cairo_desktop.store.migrate import head_revision

    with eth.database.session() as session:
        plan, _ = exporter.build_plan(session, eth.context.require_identity(), "full", None, "en", head_revision())
        from cairo_desktop.store import activities as store
        plan.heads = [store.revision_from_row(r) for r in session.execute(store.REVISIONS.select())]
    path = tmp_path / "forged.xlsx"
    write_package(path, plan, eth.sync._private_key())
    before = content_digest(coord.database.file)
    report = coord.sync.import_packages([path])[0]
    assert not report.ok and "belongs to office" in report.refused[0]
    assert content_digest(coord.database.file) == before


def test_key_pinning_refuses_a_different_key(make_services, tmp_path: Path) -> None:
    original, impostor, coord = make_services("ETH-ADD"), make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    original.activities.add(sample_activity())
    first = send(original, coord, tmp_path)[0]
    assert first.ok and any(original.sync.key_fingerprint() in w for w in first.warnings)
    assert first.warning_data == [{"kind": "first_key", "office": "ETH-ADD", "fingerprint": original.sync.key_fingerprint(),
                                   "role": "field"}]
    impostor.activities.add(sample_activity(title="not really from Addis"))
    for _ in range(2):
        impostor.sync.export_package(tmp_path / "skip.xlsx")  # higher sequence number than the original's
    refused = send(impostor, coord, tmp_path)[0]
    assert not refused.ok and "different key" in refused.refused[0] and "keys trust ETH-ADD" in refused.refused[0]
    assert not refused.unsigned  # signed, by a key not trusted: no reason can let it in
    assert refused.refusal == {"kind": "other_key", "office": "ETH-ADD", "trusted": original.sync.key_fingerprint(),
                               "fingerprint": impostor.sync.key_fingerprint()}
    coord.sync.trust_key("ETH-ADD", impostor.sync.key_fingerprint())
    assert send(impostor, coord, tmp_path)[0].ok
    assert coord.sync.pinned_keys()[0].fingerprint == impostor.sync.key_fingerprint()
    coord.sync.forget_key("ETH-ADD")
    assert coord.sync.pinned_keys() == []


def _copy_key(source, target) -> None:  # type: ignore[no-untyped-def]
    """``target`` signs with ``source``'s key, as a computer copied from another office's would."""
    from cairo_desktop.store.models import Installation

    key = source.sync._private_key()
    with target.database.session() as session:
        session.get(Installation, 1).signing_key = key


def test_a_key_trusted_for_one_office_is_refused_for_another_until_trusted_for_it(make_services,
                                                                                   tmp_path: Path) -> None:
    eth, sdn, coord = make_services("ETH-ADD"), make_services("SDN-KRT", country="SDN"), \
        make_services("KP-SEC", "coordinator")
    _copy_key(eth, sdn)
    eth.activities.add(sample_activity())
    sdn.activities.add(sample_activity(title="Signed with Addis's key"))
    assert send(eth, coord, tmp_path)[0].ok
    before = content_digest(coord.database.file)
    refused = send(sdn, coord, tmp_path)[0]
    fp = eth.sync.key_fingerprint()
    assert not refused.ok and f"keys trust SDN-KRT {fp}" in refused.refused[0]
    assert refused.refusal == {"kind": "shared_key", "office": "SDN-KRT", "other": "ETH-ADD", "fingerprint": fp}
    assert content_digest(coord.database.file) == before
    coord.sync.trust_key("SDN-KRT", fp)  # confirmed by phone: the two offices share a copied computer's key
    assert send(sdn, coord, tmp_path)[0].ok


def test_a_package_signed_with_this_installations_key_for_another_office_is_refused(make_services,
                                                                                  tmp_path: Path) -> None:
    coord, eth = make_services("KP-SEC", "coordinator"), make_services("ETH-ADD")
    _copy_key(coord, eth)
    eth.activities.add(sample_activity())
    refused = send(eth, coord, tmp_path)[0]
    assert not refused.ok and refused.refusal["kind"] == "shared_key" and refused.refusal["other"] == "KP-SEC"
    assert coord.sync.pinned_keys() == []


def test_field_office_cannot_claim_coordinator_role_later(make_services, tmp_path: Path) -> None:
    coord = make_services("KP-SEC", "coordinator")
    field = make_services("ETH-ADD")
    field.activities.add(sample_activity())
    assert send(field, coord, tmp_path)[0].ok
    with field.database.session() as session:
        from cairo_desktop.store.models import Installation
        session.get(Installation, 1).role = "coordinator"
    field.context.forget_identity()
    report = send(field, coord, tmp_path)[0]
    assert not report.ok and "claims the coordinator role" in report.refused[0]


def _edit_cell(path: Path, sheet: str, row: int, column: int, value) -> Path:
    workbook = openpyxl.load_workbook(path)
    workbook[sheet].cell(row=row, column=column, value=value)
    out = path.with_name("edited-" + path.name)
    workbook.save(out)
    return out


def test_tampered_value_is_refused_unless_accepted_with_reason(make_services, tmp_path: Path) -> None:
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    added = field.activities.add(sample_activity(title="Original title"))
    path = tmp_path / "p.xlsx"
    field.sync.export_package(path)
    tampered = _edit_cell(path, C.ACTIVITIES, 2, 3, "Changed by hand")
    before = content_digest(coord.database.file)
    report = coord.sync.import_packages([tampered])[0]
    assert not report.ok and "sheet 'Activities' were changed" in report.refused[0]
    assert "--accept-unsigned" in report.refused[0]
    assert report.unsigned  # a reason would let it in: the window offers to give one
    assert (report.refusal["detail"], report.refusal["sheet"]) == ("sheet_changed", "Activities")
    assert content_digest(coord.database.file) == before
    with pytest.raises(UserError):
        coord.sync.import_packages([tampered], accept_unsigned_reason="  ")
    accepted = coord.sync.import_packages([tampered], accept_unsigned_reason="phoned Addis, they edited it")[0]
    assert accepted.ok and not accepted.signed and accepted.counts["hand_made"] == 1
    assert {"kind": "accepted_unsigned", "office": "ETH-ADD", "reason": "phoned Addis, they edited it"} \
        in accepted.warning_data and len(accepted.warning_data) == len(accepted.warnings)
    assert coord.activities.get(added.id).title == "Changed by hand"
    with coord.database.session() as session:
        from cairo_desktop.store.sync_models import ImportedPackage
        (log,) = session.scalars(select(ImportedPackage).where(ImportedPackage.signed.is_(False)))
        assert log.package_id != accepted.package_id  # an edited file keeps the id of the package it was made from
        assert log.unsigned_reason == "phoned Addis, they edited it" and not log.signed


def _partner_workbook(make_services, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A coordinator, and an office's package opened in openpyxl as a partner would fill it in."""
    coord, field = make_services("KP-SEC", "coordinator"), make_services("ETH-ADD")
    field.activities.add(sample_activity())
    path = tmp_path / "for-partner.xlsx"
    field.sync.export_package(path)
    return coord, openpyxl.load_workbook(path)


def _activity_row(first: list, **by_header: object) -> list:
    """An Activities row: ``first`` cells, then empty ones, with cells set by their header."""
    row = first + [None] * (len(C.ACTIVITY_COLUMNS) - len(first))
    headers = [column.header for column in C.ACTIVITY_COLUMNS]
    for header, value in by_header.items():
        row[headers.index(header)] = value
    return row


def test_partner_rows_become_new_activities_and_bad_rows_are_named(make_services, tmp_path: Path) -> None:
    coord, workbook = _partner_workbook(make_services, tmp_path)
    sheet = workbook[C.ACTIVITIES]
    sheet.append(_activity_row(["new-1", "", "Community dialogue in Kassala", "2.1", "", "human_rights", "pipeline",
                                "dialogue"]))
    workbook[C.PEOPLE].append(["new-1", "", "REF", "f", "adults", 40, None])
    good = tmp_path / "filled.xlsx"
    workbook.save(good)
    report = coord.sync.import_packages([good], accept_unsigned_reason="partner NGO workbook")[0]
    assert report.ok, report.refused
    assert report.counts["new"] == 2 and report.counts["hand_made"] == 1
    from cairo_desktop.domain.filters import ActivityFilter
    (made,) = coord.activities.find(ActivityFilter(text="Kassala"))
    assert made.office == "ETH-ADD" and made.people[0].targeted == 40
    sheet.append(["", "", "Bad row", "9.9", "", "", "pipeline", "dialogue"])
    bad = tmp_path / "filled-bad.xlsx"
    workbook.save(bad)
    other = make_services("KP-TWO", "coordinator")
    refused = other.sync.import_packages([bad], accept_unsigned_reason="partner NGO workbook")[0]
    assert not refused.ok
    assert any("sheet 'Activities', row 4, column 'Action'" in line and "9.9" in line for line in refused.refused)


def test_a_budget_that_is_not_a_number_is_refused_by_row_and_column(make_services, tmp_path: Path) -> None:
    coord, workbook = _partner_workbook(make_services, tmp_path)
    row = _activity_row(["new-1", "", "Training in Kassala", "2.1", "", "", "pipeline", "training"],
                        Budget="nan", Currency="EUR")
    workbook[C.ACTIVITIES].append(row)
    path = tmp_path / "filled.xlsx"
    workbook.save(path)
    before = content_digest(coord.database.file)
    report = coord.sync.import_packages([path], accept_unsigned_reason="partner NGO workbook")[0]
    assert not report.ok
    assert any("sheet 'Activities', row 3, column 'Budget'" in line and "'nan' is not an amount of money" in line
               for line in report.refused), report.refused
    assert content_digest(coord.database.file) == before


def test_text_that_looks_like_a_formula_is_written_as_text(make_services, tmp_path: Path) -> None:
    field = make_services("ETH-ADD")
    field.activities.add(sample_activity(title="=HYPERLINK(\"http://x\",\"y\")", notes="#N/A", place="+33 1"))
    path = tmp_path / "p.xlsx"
    field.sync.export_package(path)
    workbook = openpyxl.load_workbook(path)
    cells = {cell.value: cell for cell in workbook[C.ACTIVITIES][2]}
    for value in ("=HYPERLINK(\"http://x\",\"y\")", "#N/A", "+33 1"):
        assert cells[value].data_type == "s"
    assert cells["+33 1"].quotePrefix
    rows = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name(C.ACTIVITIES).to_python()
    assert "=HYPERLINK(\"http://x\",\"y\")" in rows[1]


def test_export_is_atomic_and_readable(make_services, tmp_path: Path) -> None:
    field = make_services("ETH-ADD")
    field.demo.generate(3)
    out = tmp_path / "out"
    out.mkdir()
    path = out / "p.xlsx"
    field.sync.export_package(path)
    assert [p.name for p in out.iterdir()] == ["p.xlsx"]  # no temporary left behind
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames[:2] == [C.ABOUT, C.ACTIVITIES]
    assert workbook[C.SYNC].sheet_state == "hidden" and workbook[C.MANIFEST].sheet_state == "hidden"
    assert workbook[C.ACTIVITIES].freeze_panes == "A2"
    assert workbook[C.ACTIVITIES].data_validations.dataValidation  # dropdowns from the Lists sheet
    assert "ETH-ADD" in str(workbook[C.ABOUT]["B4"].value)
    with pytest.raises(UserError):
        field.sync.export_package(tmp_path / "missing-folder" / "p.xlsx")


def test_export_refuses_a_stored_control_character_and_leaves_no_file(make_services, tmp_path: Path) -> None:
    """Saves clean texts now; a revision stored by an earlier version may still hold a control character."""
    field = make_services("ETH-ADD")
    field.activities.add(sample_activity())
    with field.database.session() as session:
        content = json.loads(session.execute(select(REVISIONS.c.content)).scalar_one())
        content["title"] = "Legacy\x01title"
        session.execute(update(REVISIONS).values(content=json.dumps(content)))
    sheets_before = set(openpyxl_writer.ALL_TEMP_FILES)
    with pytest.raises(UserError, match="invisible control character that Excel cannot store"):
        field.sync.export_package(tmp_path / "p.xlsx")
    assert list(tmp_path.glob("*p.xlsx*")) == []
    assert set(openpyxl_writer.ALL_TEMP_FILES) == sheets_before  # the sheets written so far are deleted


def test_a_cancelled_export_leaves_no_file(make_services, tmp_path: Path) -> None:
    field = make_services("ETH-ADD")
    field.demo.generate(2500)  # one progress check after 2,000 activities
    sheets_before = set(openpyxl_writer.ALL_TEMP_FILES)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        field.sync.export_package(tmp_path / "p.xlsx", progress=progress)
    assert list(tmp_path.glob("*p.xlsx*")) == []
    assert set(openpyxl_writer.ALL_TEMP_FILES) == sheets_before


def test_package_rows_are_in_activity_id_order(make_services, tmp_path: Path) -> None:
    """Rows by activity id (so an import adds them in index order); an activity's versions in their order."""
    field = make_services("ETH-ADD")
    field.demo.generate(30)
    edited = field.activities.find(ActivityFilter())[0]
    field.activities.edit(edited.id, {"notes": "second version"})
    field.activities.edit(edited.id, {"notes": "third version"})
    path = tmp_path / "p.xlsx"
    field.sync.export_package(path)
    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    ids = [row[0] for row in workbook.get_sheet_by_name(C.ACTIVITIES).to_python()[1:]]
    assert len(ids) == 30 and ids == sorted(ids)
    history = workbook.get_sheet_by_name(C.HISTORY).to_python()[1:]
    assert [row[C.HEADERS[C.HISTORY].index("Notes")] for row in history if row[0] == edited.id] == ["", "second version"]
    people_ids = [row[0] for row in workbook.get_sheet_by_name(C.PEOPLE).to_python()[1:]]
    row_ids = [aid for aid in ids + [row[0] for row in history] if aid in people_ids]
    assert _runs(people_ids) == _runs(row_ids)  # each version's people follow its row, in the same order


def _runs(values: list[str]) -> list[str]:
    """``values`` with each run of equal neighbours reduced to one."""
    return [value for index, value in enumerate(values) if index == 0 or values[index - 1] != value]


def test_conflict_resolution_travels_and_closes_conflicts(make_services, tmp_path: Path) -> None:
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    added = field.activities.add(sample_activity(title="Base"))
    send(field, coord, tmp_path)
    field.activities.edit(added.id, {"title": "Field title"})
    coord.activities.edit(added.id, {"title": "Coordinator title", "place": "Assosa"})
    report = send(field, coord, tmp_path)[0]
    assert report.counts["conflicts"] == 1 and report.open_conflicts == 1
    (conflict,) = coord.sync.open_conflicts()
    assert (conflict.field, conflict.local_value, conflict.incoming_value) == ("title", "Coordinator title", "Field title")
    assert coord.sync.count_open_conflicts() == 1
    with pytest.raises(UserError):
        coord.sync.resolve_conflict(conflict.id, {"place": "local"})
    resolved = coord.sync.resolve_conflict(conflict.id, "incoming")
    assert resolved.title == "Field title" and resolved.place == "Assosa" and len(resolved.heads) == 1
    assert coord.sync.count_open_conflicts() == 0
    send(coord, field, tmp_path)
    assert views(field)[added.id] == views(coord)[added.id]
    assert field.sync.count_open_conflicts() == 0


def test_a_later_edit_on_a_conflicting_branch_keeps_the_other_value_in_the_conflict(make_services,
                                                                                     tmp_path: Path) -> None:
    """A conflict is open here (field's value shown, the later edit) and the field office edits again: the
    disagreement is now between its new value and the coordinator's, which must stay listed."""
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    added = field.activities.add(sample_activity())
    send(field, coord, tmp_path)
    coord.activities.edit(added.id, {"notes": "coordinator's note"})
    field.activities.edit(added.id, {"notes": "field note 1"})  # the later edit: shown provisionally
    send(field, coord, tmp_path)
    (first,) = coord.sync.open_conflicts()
    assert {first.local_value, first.incoming_value} == {"coordinator's note", "field note 1"}
    field.activities.edit(added.id, {"notes": "field note 2"})  # replaces field note 1 on its own branch
    send(field, coord, tmp_path)
    (second,) = coord.sync.open_conflicts()
    assert (second.local_value, second.incoming_value) == ("coordinator's note", "field note 2")
    assert coord.activities.get(added.id).notes == "field note 2"
    send(coord, field, tmp_path)
    (at_field,) = field.sync.open_conflicts()
    assert (at_field.local_value, at_field.incoming_value) == ("field note 2", "coordinator's note")


def test_a_conflict_made_elsewhere_lists_both_values_where_it_arrives(make_services, tmp_path: Path) -> None:
    """Both heads arrive in one package (the field office holds a conflict the second coordinator never saw)."""
    field = make_services("ETH-ADD")
    first, second = make_services("KP-SEC", "coordinator"), make_services("KP-TWO", "coordinator", name="two.db")
    added = field.activities.add(sample_activity(notes="base"))
    send(field, first, tmp_path)
    send(field, second, tmp_path, full=True)
    first.activities.edit(added.id, {"notes": "first coordinator's note"})
    field.activities.edit(added.id, {"notes": "field note"})
    send(first, field, tmp_path)
    (at_field,) = field.sync.open_conflicts()
    send(field, second, tmp_path, full=True)
    (arrived,) = second.sync.open_conflicts()
    assert {arrived.local_value, arrived.incoming_value} == {"first coordinator's note", "field note"}
    assert {at_field.local_value, at_field.incoming_value} == {"first coordinator's note", "field note"}


def test_field_office_cannot_resolve_another_offices_conflict(make_services, tmp_path: Path) -> None:
    eth, sdn, coord = make_services("ETH-ADD"), make_services("SDN-KRT", country="SDN"), make_services("KP-SEC", "coordinator")
    added = sdn.activities.add(sample_activity())
    send(sdn, coord, tmp_path)
    send(coord, eth, tmp_path)
    sdn.activities.edit(added.id, {"notes": "sdn"})
    coord.activities.edit(added.id, {"notes": "coord"})
    send(sdn, eth, tmp_path)
    send(coord, eth, tmp_path)
    (conflict,) = eth.sync.open_conflicts()
    with pytest.raises(PermissionRefused):
        eth.sync.resolve_conflict(conflict.id, "local")


def test_delete_against_edit_is_a_conflict_and_can_be_settled_either_way(make_services, tmp_path: Path) -> None:
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    added = field.activities.add(sample_activity())
    send(field, coord, tmp_path)
    field.activities.delete(added.id)
    coord.activities.edit(added.id, {"notes": "still running"})
    send(field, coord, tmp_path)
    assert not coord.activities.get(added.id).deleted  # the edit stays visible until someone decides
    (conflict,) = coord.sync.open_conflicts()
    assert conflict.field == "deleted" and conflict.local_value is False and conflict.incoming_value is True
    settled = coord.sync.resolve_conflict(conflict.id, "incoming")
    assert settled.deleted
    send(coord, field, tmp_path)
    assert field.activities.get(added.id).deleted and views(field) == views(coord)


def test_tombstones_travel(make_services, tmp_path: Path) -> None:
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    added = field.activities.add(sample_activity())
    send(field, coord, tmp_path)
    field.activities.delete(added.id)
    report = send(field, coord, tmp_path)[0]
    assert report.counts["deleted"] == 1 and coord.activities.get(added.id).deleted


def test_local_edit_after_merge_closes_the_conflict(make_services, tmp_path: Path) -> None:
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    added = field.activities.add(sample_activity())
    send(field, coord, tmp_path)
    field.activities.edit(added.id, {"notes": "a"})
    coord.activities.edit(added.id, {"notes": "b"})
    send(field, coord, tmp_path)
    assert coord.sync.count_open_conflicts() == 1
    edited = coord.activities.edit(added.id, {"notes": "agreed by phone"})
    assert len(edited.heads) == 1 and coord.sync.count_open_conflicts() == 0


@pytest.mark.slow
def test_package_resaved_by_libreoffice_still_verifies(make_services, tmp_path: Path) -> None:
    import shutil
    import subprocess

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: the re-save test did not run. "
                    "Install libreoffice-calc-nogui to run it.")
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    field.demo.generate(20)
    field.activities.add(sample_activity(title="=not a formula", notes="two\nlines", budget_amount=1234.56))
    path = tmp_path / "p.xlsx"
    field.sync.export_package(path)
    out = tmp_path / "resaved"
    subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                    "--convert-to", "xlsx", "--outdir", str(out), str(path)], check=True, capture_output=True, timeout=180)
    resaved = out / "p.xlsx"
    assert resaved.read_bytes() != path.read_bytes()
    report = coord.sync.import_packages([resaved])[0]
    assert report.ok and report.signed and report.counts["new"] == 21, report.refused


def test_an_older_package_arriving_late_is_reported_in_words(make_services, tmp_path: Path) -> None:
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    added = field.activities.add(sample_activity(title="First version"))
    older = tmp_path / "older.xlsx"
    field.sync.export_package(older)
    field.activities.edit(added.id, {"title": "Second version"})
    assert send(field, coord, tmp_path)[0].ok
    late = coord.sync.import_packages([older])[0]
    assert late.ok and late.counts["stale"] == 1
    assert "1 older than here (nothing to do)" in late.message and "stale" not in late.message
    assert coord.activities.get(added.id).title == "Second version"


@pytest.mark.parametrize("office", ["", "  ", "A B", "ETH/ADD"])
def test_a_key_is_trusted_only_for_a_real_office_code(make_services, office: str) -> None:
    coord = make_services("KP-SEC", "coordinator")
    with pytest.raises(UserError, match="is not an office code"):
        coord.sync.trust_key(office, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-0000-1111")
    assert coord.sync.pinned_keys() == []  # a blank code was trusted as an office named ''


def test_an_office_cannot_trust_a_key_for_itself_and_a_package_needs_a_file_name(make_services,
                                                                                tmp_path: Path) -> None:
    coord = make_services("KP-SEC", "coordinator")
    with pytest.raises(UserError, match="own office"):
        coord.sync.trust_key("kp-sec", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-0000-1111")
    assert coord.sync.pinned_keys() == []
    coord.activities.add(sample_activity())
    for folder in (tmp_path, Path("")):
        with pytest.raises(UserError, match="is a folder, not a file"):
            coord.sync.export_package(folder)
    assert not [p for p in tmp_path.iterdir() if ".xlsx" in p.name]  # nothing half-written


def test_an_export_to_a_folder_that_takes_no_new_file_is_refused_before_any_work(make_services, tmp_path: Path,
                                                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A read-only or full USB stick: said at once, not after the minutes a large export takes."""
    import errno
    import os

    from cairo_desktop.sync import exporter

    office = make_services("ETH-ADD")
    office.activities.add(sample_activity())
    planned = []
    real_plan, real_open = exporter.build_plan, os.open
    monkeypatch.setattr(exporter, "build_plan", lambda *args: planned.append(args) or real_plan(*args))

    def read_only_stick(path, flags, *args):  # type: ignore[no-untyped-def]
        if str(path).startswith(str(tmp_path / "stick")):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args)

    (tmp_path / "stick").mkdir()
    monkeypatch.setattr(os, "open", read_only_stick)
    with pytest.raises(UserError, match="the disk is read-only"):
        office.sync.export_package(tmp_path / "stick" / "package.xlsx")
    assert planned == []
    monkeypatch.setattr(os, "open", real_open)
    office.sync.export_package(tmp_path / "package.xlsx")
    assert len(planned) == 1  # the same export, to a writable folder, is made


def test_an_unsigned_refusal_says_which_check_failed(make_services, tmp_path: Path) -> None:
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    field.activities.add(sample_activity())
    path = tmp_path / "p.xlsx"
    field.sync.export_package(path)
    forged = _edit_cell(path, C.MANIFEST, 3, 2, "SDN-KRT")  # the office row of the manifest
    workbook = openpyxl.load_workbook(path)
    next(row for row in workbook[C.MANIFEST].iter_rows() if row[0].value == "signature")[1].value = ""
    workbook.save(tmp_path / "unsigned.xlsx")
    details = {}
    for name in (forged, tmp_path / "unsigned.xlsx"):
        report = coord.sync.import_packages([name])[0]
        details[Path(name).name] = (report.refusal["kind"], report.refusal["detail"], report.refusal["sheet"])
    assert details == {forged.name: ("unsigned", "manifest_changed", ""),
                       "unsigned.xlsx": ("unsigned", "not_signed", "")}


def test_the_first_key_warning_says_once_imported_that_the_key_is_now_trusted(make_services, tmp_path: Path) -> None:
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    field.activities.add(sample_activity())
    path = tmp_path / "p.xlsx"
    field.sync.export_package(path)
    (preview,) = coord.sync.import_packages([path], dry_run=True)
    assert any("becomes the trusted key" in text for text in preview.warnings)
    (done,) = coord.sync.import_packages([path])
    assert any("is now the trusted key for that office" in text for text in done.warnings), done.warnings
    assert [data["kind"] for data in done.warning_data] == ["first_key"]


def test_the_export_summary_counts_activities_not_versions(make_services, tmp_path: Path) -> None:
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    edited = field.activities.add(sample_activity(title="Edited in two places"))
    gone = field.activities.add(sample_activity(title="Deleted in two places"))
    assert send(field, coord, tmp_path)[0].ok
    field.activities.edit(edited.id, {"title": "The office's title"})
    coord.activities.edit(edited.id, {"title": "The secretariat's title"})
    field.activities.delete(gone.id)
    coord.activities.delete(gone.id)
    assert send(field, coord, tmp_path)[0].ok
    assert len(coord.activities.get(edited.id).heads) == 2  # in conflict: two heads, one activity
    summary = coord.sync.export_package(tmp_path / "all.xlsx", full=True)
    assert (summary.activities, summary.deleted) == (1, 1)
    assert summary.revisions >= 5


def test_after_a_reinstall_the_old_keys_acknowledgement_does_not_hold_back_the_new_packages(make_services,
                                                                                           tmp_path: Path) -> None:
    old, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    for number in range(3):
        old.activities.add(sample_activity(title=f"old {number}"))
        assert send(old, coord, tmp_path)[0].ok
    new = make_services("ETH-ADD")  # reinstalled: a new key, packages numbered from 1 again
    for name in "ABC":
        new.activities.add(sample_activity(title=f"new {name}"))
        lost = tmp_path / f"new-{name}.xlsx"
        new.sync.export_package(lost)  # packages 1 to 3: refused at the coordinator, the new key is not trusted yet
    assert coord.sync.import_packages([lost])[0].refusal["kind"] == "other_key"
    assert send(coord, new, tmp_path)[0].ok  # acknowledges package 3, but of the old key
    again = tmp_path / "new-4.xlsx"
    summary = new.sync.export_package(again)  # the usual package: all that was not acknowledged
    assert summary.activities >= 3  # its own three, and the old ones it received back from the coordinator
    coord.sync.trust_key("ETH-ADD", new.sync.key_fingerprint())
    assert coord.sync.import_packages([again])[0].ok
    titles = {a.title for a in coord.activities.find(ActivityFilter())}
    assert {"new A", "new B", "new C"} <= titles, titles


def test_a_package_from_before_a_reinstall_is_imported_once_the_new_key_is_trusted(make_services,
                                                                                   tmp_path: Path) -> None:
    old, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    old.activities.add(sample_activity(title="sent"))
    assert send(old, coord, tmp_path)[0].ok
    old.activities.add(sample_activity(title="late"))
    late = tmp_path / "late.xlsx"
    old.sync.export_package(late)  # travels slowly; meanwhile the office reinstalls
    new = make_services("ETH-ADD")
    coord.sync.trust_key("ETH-ADD", new.sync.key_fingerprint())
    report = coord.sync.import_packages([late])[0]
    assert report.ok, report.refused
    assert [data["kind"] for data in report.warning_data] == ["previous_key"]
    assert "late" in {a.title for a in coord.activities.find(ActivityFilter())}
    assert [p.fingerprint for p in coord.sync.pinned_keys()] == [new.sync.key_fingerprint()]  # the new key stays


def test_a_refused_package_carries_no_sequence_warning(make_services, tmp_path: Path) -> None:
    office, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    office.activities.add(sample_activity())
    assert send(office, coord, tmp_path)[0].ok  # package 1
    claiming = make_services("", name=_copy_database(office, tmp_path / "claiming.db").name)
    claiming.installation.initialise("ETH-ADD", "ETH-ADD office", "coordinator", "ETH")  # same key, another role
    for _ in range(2):
        claiming.sync.export_package(tmp_path / "claim.xlsx")  # packages 2 and 3: a gap before 3
    report = coord.sync.import_packages([tmp_path / "claim.xlsx"])[0]
    assert report.refusal["kind"] == "role_claim" and report.warnings == [] and report.warning_data == []


def test_a_changed_row_of_the_hidden_history_is_refused_not_imported_as_an_edit(make_services, tmp_path: Path) -> None:
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    added = field.activities.add(sample_activity(title="First title"))
    field.activities.edit(added.id, {"title": "Second title"})
    path = tmp_path / "p.xlsx"
    field.sync.export_package(path, full=True)
    assert openpyxl.load_workbook(path)[C.HISTORY].max_row == 2  # the older version
    edited = _edit_cell(path, C.HISTORY, 2, 3, "Changed history")
    before = content_digest(coord.database.file)
    report = coord.sync.import_packages([edited], accept_unsigned_reason="partner")[0]
    assert not report.ok and report.refusal["kind"] == "problems"
    (row,) = report.refusal["rows"]
    assert (row["sheet"], row["row"]) == (C.HISTORY, 2) and "holds an older version" in row["message"]
    assert content_digest(coord.database.file) == before


def test_a_package_longer_than_a_spreadsheet_holds_is_not_written(make_services, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """No spreadsheet program could open it, and every import would refuse it."""
    from cairo_desktop.sync import writer
    from cairo_desktop.sync.guards import Limits

    field = make_services("ETH-ADD")
    for number in range(2):
        field.activities.add(sample_activity(title=f"Two people rows {number}"))
    monkeypatch.setattr(writer, "DEFAULT_LIMITS", Limits(max_rows=4))  # three rows below the header
    with pytest.raises(UserError) as refused:
        field.sync.export_package(tmp_path / "long.xlsx")
    assert str(refused.value) == ("This package would hold 4 rows on its sheet 'People', more than a spreadsheet "
                                  "holds (3 below the header). Export one office at a time (--office), or only what "
                                  "changed since the last export.")
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob(".*")) == []
    monkeypatch.setattr(writer, "DEFAULT_LIMITS", Limits(max_rows=5))
    field.sync.export_package(tmp_path / "long.xlsx")
    from cairo_desktop.sync.reader import read_package

    raw = read_package(tmp_path / "long.xlsx")
    assert raw.manifest.seq == 1  # the refused export used up no package number
    raw.close()


def test_a_cancel_says_which_packages_were_finished_before_it(make_services, tmp_path: Path) -> None:
    """Each package is imported in its own transaction: those before the cancelled one stay, and are named."""
    coord = make_services("KP-SEC", "coordinator")
    files = []
    for office in ("ETH-ADD", "SDN-KRT", "ERI-ASM"):
        field = make_services(office)
        field.activities.add(sample_activity(title=f"From {office}"))
        files.append(tmp_path / f"{office}.xlsx")
        field.sync.export_package(files[-1])

    class CancelOnThird(Progress):
        def report(self, done: int, total: int, message: str = "") -> None:
            if message == f"Reading {files[2].name}":
                self.cancel()

    with pytest.raises(Cancelled) as cancelled:
        coord.sync.import_packages(files, progress=CancelOnThird())
    assert [Path(report.file).name for report in cancelled.value.finished] == [files[0].name, files[1].name]
    assert all(report.ok for report in cancelled.value.finished)
    assert coord.activities.count(ActivityFilter()) == 2
