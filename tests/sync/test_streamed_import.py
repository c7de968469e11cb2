"""The grouped (streamed) import of signed packages decides and writes exactly what the plain import does.

Groups are made tiny here so that a handful of activities spans many groups, with history rows,
deletions and conflicts crossing group boundaries.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from cairo_desktop.errors import Cancelled
from cairo_desktop.progress import RecordingProgress
from cairo_desktop.services import sync as sync_service
from cairo_desktop.store.deferred_inserts import DeferredInserts
from cairo_desktop.store import activities as store
from cairo_desktop.sync import stream
from cairo_desktop.sync.writer import write_package
from tests.conftest import sample_activity
from tests.sync.helpers import content_digest, views


def _plain_only(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args, **_kwargs):
        raise stream.NotStreamable

    monkeypatch.setattr(sync_service, "stream_import", refuse)


def _count_groups(monkeypatch: pytest.MonkeyPatch, size: int) -> list[int]:
    monkeypatch.setattr(stream, "GROUP_REVISIONS", size)
    groups: list[int] = []
    original = stream._Stream.flush

    def counting(self) -> None:  # type: ignore[no-untyped-def]
        groups.append(len(self.ready))
        original(self)

    monkeypatch.setattr(stream._Stream, "flush", counting)
    return groups


def _busy_package(make_services, tmp_path: Path) -> tuple[Path, list[str]]:
    """A full coordinator package with new, edited (history), deleted and conflicting activities."""
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    ids = [field.activities.add(sample_activity(title=f"Activity {n}")).id for n in range(7)]
    first = tmp_path / "first.xlsx"
    field.sync.export_package(first)
    assert coord.sync.import_packages([first])[0].ok
    for number, aid in enumerate(ids[:4]):
        field.activities.edit(aid, {"title": f"Field edit {number}"})
    coord.activities.edit(ids[0], {"title": "Coordinator edit"})
    field.activities.delete(ids[5])
    second = tmp_path / "second.xlsx"
    field.sync.export_package(second)
    assert coord.sync.import_packages([second])[0].ok
    package = tmp_path / "full.xlsx"
    coord.sync.export_package(package, full=True)
    return package, ids


def _revisions(services) -> list[tuple]:  # type: ignore[no-untyped-def]
    with services.database.session() as session:
        return sorted((r.rev_id, r.activity_id, r.deleted) for r in session.execute(store.REVISIONS.select()))


def test_grouped_import_equals_the_plain_import(make_services, tmp_path: Path, monkeypatch) -> None:
    package, _ids = _busy_package(make_services, tmp_path)
    with monkeypatch.context() as patch:
        _plain_only(patch)
        plain = make_services("SDN-KRT", "coordinator", country="SDN")
        plain_report = plain.sync.import_packages([package])[0]
    groups = _count_groups(monkeypatch, 2)
    grouped = make_services("EGY-CAI", "coordinator", country="EGY")
    grouped_report = grouped.sync.import_packages([package])[0]
    assert plain_report.ok and grouped_report.ok
    assert len([size for size in groups if size]) > 3  # really split into several groups
    assert grouped_report.counts == plain_report.counts and grouped_report.message == plain_report.message
    assert grouped_report.open_conflicts == plain_report.open_conflicts == 1
    assert views(grouped) == views(plain)
    assert _revisions(grouped) == _revisions(plain)
    assert grouped.sync.count_open_conflicts() == plain.sync.count_open_conflicts() == 1


def test_grouped_import_into_a_database_holding_some_of_the_activities_equals_the_plain_import(
        make_services, tmp_path: Path, monkeypatch) -> None:
    """Activities held here are planned against their revisions here; those new here (known beforehand) are not."""
    field = make_services("ETH-ADD")
    held = [field.activities.add(sample_activity(title=f"Held {n}")).id for n in range(4)]
    first = tmp_path / "first.xlsx"
    field.sync.export_package(first)
    for number, aid in enumerate(held[:2]):
        field.activities.edit(aid, {"title": f"Field edit {number}"})
    for number in range(3):
        field.activities.add(sample_activity(title=f"New {number}"))
    package = tmp_path / "full.xlsx"
    field.sync.export_package(package, full=True)
    plain = make_services("SDN-KRT", "coordinator", country="SDN")
    assert plain.sync.import_packages([first])[0].ok
    plain.activities.edit(held[0], {"title": "Edited here"})
    with sqlite3.connect(plain.database.file) as source, sqlite3.connect(tmp_path / "copy.db") as copy:
        source.backup(copy)  # the same database, to import the same package into the other way
    source.close()
    copy.close()
    grouped = make_services("", name="copy.db")
    with monkeypatch.context() as patch:
        _plain_only(patch)
        plain_report = plain.sync.import_packages([package])[0]
    groups = _count_groups(monkeypatch, 2)
    grouped_report = grouped.sync.import_packages([package])[0]
    assert len([size for size in groups if size]) > 2
    assert grouped_report.ok and plain_report.ok
    assert grouped_report.counts == plain_report.counts
    assert (grouped_report.counts["new"], grouped_report.counts["conflicts"]) == (3, 1)
    assert views(grouped) == views(plain)
    assert _revisions(grouped) == _revisions(plain)
    with grouped.database.session() as session:  # numbered on from the revisions held here, each once
        seqs = sorted(session.scalars(store.REVISIONS.select().with_only_columns(store.REVISIONS.c.seq)))
    assert seqs == list(range(1, len(seqs) + 1))


def test_a_group_of_activities_new_here_reads_nothing_from_the_database(make_services, tmp_path: Path,
                                                                        monkeypatch) -> None:
    """With the background writer open, a read waits for every queued insert: reading in each group kept
    the reading of rows waiting. The reads are made once, however many groups there are."""
    package, _ids = _busy_package(make_services, tmp_path)
    reads = []
    for size in (1000, 1):
        target = make_services("SDN-KRT", "coordinator", country="SDN")
        groups = _count_groups(monkeypatch, size)
        statements: list[str] = []
        event.listen(target.database.engine, "before_cursor_execute",
                     lambda _c, _cursor, statement, *_rest: statements.append(statement))
        assert target.sync.import_packages([package])[0].ok
        reads.append(sorted(s for s in statements if s.lstrip().upper().startswith("SELECT")))
        assert len(groups) > 1 or size > 1
    assert reads[0] == reads[1]


def test_grouped_dry_run_counts_exactly_and_writes_nothing(make_services, tmp_path: Path, monkeypatch) -> None:
    package, _ids = _busy_package(make_services, tmp_path)
    target = make_services("SDN-KRT", "coordinator", country="SDN")
    with monkeypatch.context() as patch:
        _plain_only(patch)
        plain = target.sync.import_packages([package], dry_run=True)[0]
    _count_groups(monkeypatch, 1)
    before = content_digest(target.database.file)
    progress = RecordingProgress()
    grouped = target.sync.import_packages([package], dry_run=True, progress=progress)[0]
    assert content_digest(target.database.file) == before
    assert grouped.ok and grouped.counts == plain.counts and grouped.message == plain.message
    assert grouped.counts["new"] == 7
    steps = {message for _done, _total, message in progress.reports}
    assert "Checking the activities" in steps and "Importing the activities" not in steps  # nothing is written


def test_refusal_after_written_groups_rolls_them_back(make_services, tmp_path: Path, monkeypatch) -> None:
    eth, sdn = make_services("ETH-ADD"), make_services("SDN-KRT", country="SDN")
    coord = make_services("KP-SEC", "coordinator")
    for number in range(4):
        eth.activities.add(sample_activity(title=f"Own {number}"))
    sdn.activities.add(sample_activity(title="Sudan's own"))
    exported = tmp_path / "sdn.xlsx"
    sdn.sync.export_package(exported)
    assert eth.sync.import_packages([exported])[0].ok
    from cairo_desktop.store.migrate import head_revision
    from cairo_desktop.sync import exporter

    with eth.database.session() as session:
        plan, _ = exporter.build_plan(session, eth.context.require_identity(), "full", None, "en", head_revision())
        rows = [store.revision_from_row(r) for r in session.execute(store.REVISIONS.select())]
    plan.heads = sorted(rows, key=lambda r: r.owner_office)  # ETH's own first, the forged one last
    forged = tmp_path / "forged.xlsx"
    write_package(forged, plan, eth.sync._private_key())
    groups = _count_groups(monkeypatch, 1)
    before = content_digest(coord.database.file)
    report = coord.sync.import_packages([forged])[0]
    assert len(groups) >= 4  # groups were written before the foreign activity was met
    assert not report.ok and "belongs to office" in report.refused[0]
    assert report.message.startswith("Refused:")
    assert content_digest(coord.database.file) == before


@pytest.mark.parametrize("grouped", [True, False])
def test_activity_without_people_or_organisations_imports(make_services, tmp_path: Path, monkeypatch,
                                                          grouped: bool) -> None:
    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    added = field.activities.add(sample_activity(people=[], organisations=[]))
    package = tmp_path / "bare.xlsx"
    field.sync.export_package(package)
    if not grouped:
        _plain_only(monkeypatch)
    report = coord.sync.import_packages([package])[0]
    assert report.ok and report.counts["new"] == 1
    assert views(coord)[added.id] == views(field)[added.id]


def test_rows_are_written_on_the_background_writer_and_a_cancel_while_it_writes_changes_nothing(
        make_services, tmp_path: Path, monkeypatch) -> None:
    package, _ids = _busy_package(make_services, tmp_path)
    _count_groups(monkeypatch, 2)
    queued: list[str] = []
    original = DeferredInserts.insert

    def recording(self, table, names, rows, *how):  # type: ignore[no-untyped-def]
        queued.append(table)
        original(self, table, names, rows, *how)

    monkeypatch.setattr(DeferredInserts, "insert", recording)
    target = make_services("EGY-CAI", "coordinator", country="EGY")
    before = content_digest(target.database.file)
    progress = RecordingProgress(cancel_after=3)  # cancelled after two groups were handed to the writer
    with pytest.raises(Cancelled):
        target.sync.import_packages([package], progress=progress)
    assert "revisions" in queued and "activity_people" in queued
    assert content_digest(target.database.file) == before
    assert sys.getswitchinterval() == pytest.approx(0.005)  # the writer's setting did not outlive it
    assert target.sync.import_packages([package])[0].ok  # and the database is free for the next import


def test_a_failing_background_insert_fails_the_import_and_changes_nothing(make_services, tmp_path: Path,
                                                                          monkeypatch) -> None:
    package, _ids = _busy_package(make_services, tmp_path)
    _count_groups(monkeypatch, 2)

    def broken(self, statements):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(DeferredInserts, "_run", broken)
    target = make_services("EGY-CAI", "coordinator", country="EGY")
    before = content_digest(target.database.file)
    with pytest.raises(Exception, match="disk I/O error"):
        target.sync.import_packages([package])
    assert content_digest(target.database.file) == before


def test_a_signed_package_with_people_of_no_activity_goes_to_the_plain_import_which_refuses_them(
        make_services, tmp_path: Path, monkeypatch) -> None:
    from cairo_desktop.sync import columns as C
    from cairo_desktop.sync import writer

    field, coord = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    field.activities.add(sample_activity())
    original = writer._SheetWriter.append
    orphan = ["0000aaaa-0000-4000-8000-000000000000", "f" * 64, "REF", "f", "adults", 5, 4]

    def with_an_orphan(self, values):  # type: ignore[no-untyped-def]
        original(self, values)
        if self.name == C.PEOPLE and not getattr(self, "orphaned", False):  # row 3, signed with the rest
            self.orphaned = True
            original(self, orphan)

    monkeypatch.setattr(writer._SheetWriter, "append", with_an_orphan)
    package = tmp_path / "orphan.xlsx"
    field.sync.export_package(package)
    monkeypatch.setattr(writer._SheetWriter, "append", original)
    streamed = []
    real = stream.stream_import

    def watching(*args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return real(*args, **kwargs)
        except stream.NotStreamable:
            streamed.append("handed to the plain import")
            raise

    monkeypatch.setattr(sync_service, "stream_import", watching)
    before = content_digest(coord.database.file)
    report = coord.sync.import_packages([package])[0]
    assert streamed == ["handed to the plain import"]
    assert not report.ok and report.refusal["kind"] == "problems"
    assert any(row["sheet"] == C.PEOPLE and row["row"] == 3 for row in report.refusal["rows"]), report.refusal
    assert content_digest(coord.database.file) == before


def test_organisation_types_saved_as_numbers_are_read_as_the_texts_exported(make_services, tmp_path: Path,
                                                                            monkeypatch) -> None:
    """A spreadsheet program may save the code "40" as the number 40; the signed values stay the same, so
    the package is still streamed, and its organisations are stored as from the package as exported."""
    import re
    import zipfile

    from cairo_desktop.sync import columns as C
    from cairo_desktop.sync.guards import _sheet_paths

    package, _ids = _busy_package(make_services, tmp_path)
    numbers = tmp_path / "numbers.xlsx"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(numbers, "w", zipfile.ZIP_DEFLATED) as target:
        member = _sheet_paths(source, "x")[C.ORGANISATIONS]
        for info in source.infolist():
            data = source.read(info)
            if info.filename == member:
                data, changed = re.subn(rb'<c r="(E\d+)" t="inlineStr"><is><t>(\d+)</t></is></c>',
                                        rb'<c r="\1" t="n"><v>\2</v></c>', data)
                assert changed > 1
            target.writestr(info, data)
    streamed: list[bool] = []
    original = sync_service.stream_import

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            result = original(*args, **kwargs)
        except stream.NotStreamable:
            streamed.append(False)
            raise
        streamed.append(True)
        return result

    monkeypatch.setattr(sync_service, "stream_import", recording)
    saved = make_services("EGY-CAI", "coordinator", country="EGY")
    assert saved.sync.import_packages([numbers])[0].ok and streamed == [True]
    exported = make_services("SDN-KRT", "coordinator", country="SDN")
    assert exported.sync.import_packages([package])[0].ok
    assert views(saved) == views(exported)
