"""The shortcuts of the streamed import give exactly what the long way gives, and only where allowed.

Trusted rows are rebuilt without the validating parser only for a package of this app and plan
version; the revision JSON is made once for both the id check and the store; new views are written
from content; the search index is built in bulk; each sheet is read once and compared with the
signed manifest at the end.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cairo_desktop.domain.activity import content_of, normalised
from cairo_desktop.domain.activity_json import from_canonical, from_content
from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.domain.revision import compute_rev_id
from cairo_desktop.store.activities import child_values, view_values
from cairo_desktop.store import content_views
from cairo_desktop.store.content_views import ContentView, view_row
from cairo_desktop.store.search import INSERT_TRIGGER
from cairo_desktop.sync import columns as C
from cairo_desktop.sync import stream
from cairo_desktop.sync.canonical import SheetHasher, canonical_cell
from cairo_desktop.sync.parse import _Parser
from cairo_desktop.sync.guards import DEFAULT_LIMITS
from cairo_desktop.sync.reader import _sheet_rows, read_package
from cairo_desktop.sync.trusted_rows import activity_content, revision_json
from tests.conftest import sample_activity
from tests.sync.helpers import content_digest, views

VARIED = [
    sample_activity(),
    sample_activity(title="  Padded title ", secondary_actions=["4.1", "2.3", "1.1"], approaches=[], people=[],
                    organisations=[], countries=[{"country": "ITA", "role": ""}], budget_amount=None, currency="",
                    planned_start="2024-01-01", planned_end=None, actual_start="2024-02-03", actual_end="2024-03-04",
                    description="Line one\nline two", notes="=not a formula", targeted_total=90, reached_total=0),
    sample_activity(title="Réunion régionale — الخرطوم", budget_amount=1234.5, place="Khartoum ",
                    organisations=[{"name": "UNHCR", "role": "funding", "type": "40"},
                                   {"name": "IOM", "role": "implementing", "type": ""}]),
]


def _field_package(make_services, tmp_path: Path):  # type: ignore[no-untyped-def]
    field = make_services("ETH-ADD")
    for data in VARIED:
        field.activities.add(data)
    package = tmp_path / "field.xlsx"
    field.sync.export_package(package)
    return field, package


@given(activity=st.text(max_size=8), parents=st.lists(st.text(max_size=6), max_size=3),
       content=st.none() | st.dictionaries(st.text(max_size=5), st.text() | st.integers() | st.floats(allow_nan=False)
                                          | st.none() | st.lists(st.text(max_size=3), max_size=3), max_size=4),
       deleted=st.booleans(), author=st.text(max_size=8), created=st.text(max_size=8))
def test_revision_json_hashes_like_compute_rev_id(activity, parents, content, deleted, author, created) -> None:
    rev_id, content_json = revision_json(activity, tuple(parents), content, deleted, author, "OFF", created, "OWN")
    assert rev_id == compute_rev_id(activity, parents, content, deleted, author, "OFF", created, "OWN")
    assert (content_json is None) == (content is None)


@pytest.mark.parametrize("data", VARIED)
@pytest.mark.parametrize("deleted", [False, True])
def test_content_view_rows_equal_the_activity_rows(data: dict, deleted: bool) -> None:
    content = content_of(normalised(from_content(data)))
    activity = from_canonical(content, "a-1", "ETH-ADD")
    activity.deleted, activity.rev, activity.heads = deleted, "r2", ["r2"]
    activity.created_by, activity.created_at, activity.updated_by, activity.updated_at = "me", "t1", "you", "t2"
    view = ContentView("a-1", content, "ETH-ADD", deleted, "r2", ["r2"], "me", "t1", "you", "t2")
    expected = view_values(normalised(activity))
    for name in ("planned_start", "planned_end", "actual_start", "actual_end", "start_date", "end_date"):
        expected[name] = expected[name].isoformat() if expected[name] else None  # as SQLite stores dates
    assert dict(zip(content_views.VIEW_COLUMNS, view_row(view))) == expected
    made = content_views.child_rows([view])
    for table, rows in child_values(normalised(activity)).items():
        names = content_views.CHILD_COLUMNS[table]
        assert [dict(zip(names, row)) for row in made[table]] == rows


def test_trusted_rows_give_the_validated_content(make_services, tmp_path: Path) -> None:
    _field, package = _field_package(make_services, tmp_path)
    raw = read_package(package)
    try:
        parser = _Parser(raw, True)
        kids = parser.children()
        rows = raw.rows(C.ACTIVITIES)
        assert len(rows) == len(VARIED)
        for number, cells in rows:
            mine = kids.get(cells[-1], {})
            people = [tuple(p.values()) for p in mine.get("people", [])]
            organisations = [tuple(o.values()) for o in mine.get("organisations", [])]
            assert activity_content(cells, people, organisations) == parser.content(C.ACTIVITIES, number, cells, mine)
    finally:
        raw.close()


def test_trusted_rows_refuse_cells_not_in_the_exporters_shape() -> None:
    cells = ["id", "ETH-ADD", "Title", "4.1", "", "", "planning", "training", date(2025, 1, 1), "", "", "", "ETH",
             "", "", "", "", "", "", "", "", "en", "rev"]
    assert activity_content(cells, [], []) is not None
    for index, odd in ((2, 12.0), (8, "2025-01-01"), (17, 2.5), (17, -1.0), (15, "lots"), (17, True)):
        changed = list(cells)
        changed[index] = odd
        assert activity_content(changed, [], []) is None, (index, odd)
    assert activity_content(cells, [], [("", "funding", "")]) is None


def _count_parser_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    original = _Parser.content

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(_Parser, "content", counting)
    return calls


def test_validation_is_skipped_only_for_the_same_app_and_plan_version(make_services, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    field, package = _field_package(make_services, tmp_path)
    calls = _count_parser_calls(monkeypatch)
    same = make_services("KP-SEC", "coordinator")
    report = same.sync.import_packages([package])[0]
    assert report.ok, report.refused
    assert calls == []
    monkeypatch.setattr(stream, "__version__", "0.0.1-older")
    other = make_services("SDN-KRT", "coordinator", country="SDN")
    assert other.sync.import_packages([package])[0].ok
    assert len(calls) == len(VARIED)
    assert views(same) == views(other) == views(field)


def _search_rows(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        index = connection.execute("SELECT rowid, search_text FROM activity_search ORDER BY rowid").fetchall()
        table = connection.execute("SELECT rowid, search_text FROM activities ORDER BY rowid").fetchall()
        trigger = connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                     (INSERT_TRIGGER,)).fetchone()[0]
    connection.close()
    assert index == table
    return index if trigger == 1 else []


# One group: the index is built after the last row. Groups of one activity: the background writer is open
# and indexes each group after its rows.
BY_WRITER = pytest.mark.parametrize("group", [stream.GROUP_REVISIONS, 1], ids=["at the end", "by the writer"])


@BY_WRITER
def test_bulk_built_search_index_equals_the_triggered_one(make_services, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch, group: int) -> None:
    _field, package = _field_package(make_services, tmp_path)
    triggered = make_services("KP-SEC", "coordinator")
    assert triggered.sync.import_packages([package])[0].ok
    monkeypatch.setattr(stream, "BULK_INDEX_FROM", 1)
    monkeypatch.setattr(stream, "GROUP_REVISIONS", group)
    bulk = make_services("SDN-KRT", "coordinator", country="SDN")
    bulk.activities.add(sample_activity(title="Already here"))
    assert bulk.sync.import_packages([package])[0].ok
    assert len(_search_rows(bulk.database.file)) == len(VARIED) + 1  # the trigger is back, the index complete
    assert [a.title for a in bulk.activities.find(ActivityFilter(text="régionale"))] == ["Réunion régionale — الخرطوم"]
    bulk.activities.add(sample_activity(title="Added after the import"))
    assert len(_search_rows(bulk.database.file)) == len(VARIED) + 2
    assert len(_search_rows(triggered.database.file)) == len(VARIED)


def test_sheet_changed_without_changing_any_revision_is_refused_after_reading(make_services, tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Swapping two People rows keeps every revision id (people are sorted) but not the signed sheet hash."""
    _field, package = _field_package(make_services, tmp_path)
    workbook = openpyxl.load_workbook(package)
    sheet = workbook[C.PEOPLE]
    first, second = [c.value for c in sheet[2]], [c.value for c in sheet[3]]
    assert first[1] == second[1]  # the same revision
    for column, (a, b) in enumerate(zip(first, second), start=1):
        sheet.cell(2, column, b)
        sheet.cell(3, column, a)
    swapped = tmp_path / "swapped.xlsx"
    workbook.save(swapped)
    monkeypatch.setattr(stream, "BULK_INDEX_FROM", 1)
    target = make_services("KP-SEC", "coordinator")
    before = content_digest(target.database.file)
    report = target.sync.import_packages([swapped])[0]
    assert not report.ok and "values of sheet 'People' were changed" in report.refused[0]
    assert content_digest(target.database.file) == before


class _Sheet:
    """What ``_sheet_rows`` reads of a python-calamine sheet."""

    def __init__(self, rows: list[list]) -> None:
        self.rows, self.start = rows, (0, 0)

    def iter_rows(self):  # type: ignore[no-untyped-def]
        return iter(self.rows)


@given(cells=st.lists(st.sampled_from([True, False, 1.0, 0.0, -0.0, 4095.0, 4096.0, 2.5, 7, 2**60, 1e300, "x", ""])
                      | st.floats(allow_nan=False) | st.integers() | st.dates(), min_size=3, max_size=3))
def test_the_readers_shortcut_for_whole_numbers_hashes_like_the_writer(cells: list) -> None:
    """The reader looks whole-number floats up in a table; flags (True == 1.0) and the rest are still spelled out."""
    headers = ("a", "b", "c")
    read, written = SheetHasher(), SheetHasher()
    for _ in _sheet_rows(lambda name: (_Sheet([list(headers), cells]),), "People", "x.xlsx", DEFAULT_LIMITS, headers,
                         read):
        pass
    written.add(headers)
    written.add(cells)
    assert (read.hexdigest(), read.rows) == (written.hexdigest(), written.rows)


@given(rows=st.lists(st.lists(st.text(alphabet="ab\r\n\x1f ", max_size=4) | st.floats(allow_nan=False)
                              | st.integers() | st.none() | st.dates() | st.booleans(), max_size=5), max_size=5))
def test_joined_row_hash_equals_the_cell_by_cell_hash(rows: list[list]) -> None:
    """The reader joins raw text cells (CRLF kept) and canonical other cells, as ``add_text`` expects."""
    by_cell, joined, batched, texts = SheetHasher(), SheetHasher(), SheetHasher(), []
    for row in rows:
        by_cell.add(row)
        canon = [value if type(value) is str else canonical_cell(value) for value in row]
        while canon and not canon[-1]:
            canon.pop()
        if canon:
            joined.add_text("\x1f".join(canon))
            texts.append("\x1f".join(canon))
    batched.add_texts(texts[:2])
    batched.add_texts(texts[2:])
    assert (joined.hexdigest(), joined.rows) == (by_cell.hexdigest(), by_cell.rows)
    assert (batched.hexdigest(), batched.rows) == (by_cell.hexdigest(), by_cell.rows)


@BY_WRITER
def test_bulk_index_covers_replaced_rows_that_reuse_a_rowid(make_services, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch, group: int) -> None:
    """An update deletes the view row with the highest rowid and inserts it again under the same rowid."""
    field, package = _field_package(make_services, tmp_path)
    monkeypatch.setattr(stream, "BULK_INDEX_FROM", 1)
    monkeypatch.setattr(stream, "GROUP_REVISIONS", group)
    coordinator = make_services("KP-SEC", "coordinator")
    assert coordinator.sync.import_packages([package])[0].ok
    with sqlite3.connect(coordinator.database.file) as connection:
        first_id, last_id = connection.execute("SELECT min(id), (SELECT id FROM activities ORDER BY rowid DESC LIMIT 1)"
                                               " FROM activities").fetchone()
    connection.close()
    field.activities.edit(last_id, {"title": "Renamed xylophone workshop"})
    field.activities.edit(first_id, {"title": "Renamed marimba workshop"})
    update = tmp_path / "update.xlsx"
    field.sync.export_package(update)
    report = coordinator.sync.import_packages([update])[0]
    assert report.ok and report.counts["updated"] == 2
    assert [a.id for a in coordinator.activities.find(ActivityFilter(text="marimba"))] == [first_id]
    assert len(_search_rows(coordinator.database.file)) == len(VARIED)
    assert [a.id for a in coordinator.activities.find(ActivityFilter(text="xylophone"))] == [last_id]


@pytest.mark.postgres
def test_streamed_import_into_postgresql_equals_sqlite(make_services, tmp_path: Path, postgres_url: str) -> None:
    from cairo_desktop.services import open_services

    field, package = _field_package(make_services, tmp_path)
    sqlite_site = make_services("KP-SEC", "coordinator")
    assert sqlite_site.sync.import_packages([package])[0].ok
    postgres_site = open_services(database_url=postgres_url, author="pg")
    try:
        postgres_site.installation.initialise("KP-SEC", "Khartoum Process", "coordinator", "")
        report = postgres_site.sync.import_packages([package])[0]
        assert report.ok and report.counts["new"] == len(VARIED)
        assert views(postgres_site) == views(sqlite_site) == views(field)
        assert [a.title for a in postgres_site.activities.find(ActivityFilter(text="régionale"))] == \
            ["Réunion régionale — الخرطوم"]
    finally:
        postgres_site.close()


def test_packages_read_ahead_are_imported_and_reported_in_order(make_services, tmp_path: Path) -> None:
    from cairo_desktop.store import wal

    field, package = _field_package(make_services, tmp_path)
    sudan = make_services("SDN-KRT", country="SDN")
    sudan.activities.add(sample_activity(title="From Khartoum"))
    second = tmp_path / "sudan.xlsx"
    sudan.sync.export_package(second)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    coordinator = make_services("KP-SEC", "coordinator")
    reports = coordinator.sync.import_packages([package, broken, second, package])
    assert [Path(r.file).name for r in reports] == ["field.xlsx", "broken.xlsx", "sudan.xlsx", "field.xlsx"]
    assert [r.ok for r in reports] == [True, False, True, True]
    assert "not an Excel workbook" in reports[1].refused[0] and reports[3].already_imported
    assert len(views(coordinator)) == len(VARIED) + 1
    engine = coordinator.database.engine
    assert wal.batches_open(engine) == 0
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == wal.DEFAULT_PAGES


def test_sheets_asked_out_of_order_are_still_given(make_services, tmp_path: Path) -> None:
    _field, package = _field_package(make_services, tmp_path)
    plain = read_package(package)
    expected = {name: plain.rows(name) for name in (C.ACTIVITIES, C.PEOPLE, C.SYNC)}
    plain.close()
    raw = read_package(package, check_sheets=False)
    try:
        raw.prefetch(ahead=3)
        assert raw.rows(C.SYNC) == expected[C.SYNC]  # the first announced
        assert raw.rows(C.ACTIVITIES) == expected[C.ACTIVITIES]  # skips People and Organisations
        assert raw.rows(C.PEOPLE) == expected[C.PEOPLE]  # asked after its turn
    finally:
        raw.close()


def test_the_garbage_collector_is_back_on_after_streaming(make_services, tmp_path: Path) -> None:
    import gc

    _field, package = _field_package(make_services, tmp_path)
    workbook = openpyxl.load_workbook(package)
    workbook[C.ACTIVITIES].cell(2, 3, "Changed by hand")
    changed = tmp_path / "changed.xlsx"
    workbook.save(changed)
    target = make_services("KP-SEC", "coordinator")
    assert gc.isenabled()
    assert not target.sync.import_packages([changed])[0].ok  # streaming gave up half-way
    assert gc.isenabled()
    assert target.sync.import_packages([package])[0].ok
    assert gc.isenabled()


def test_a_signed_package_of_unsound_content_is_still_refused(make_services, tmp_path) -> None:
    """A signature proves who sent a package, not that its values are sound: a modified app could sign anything."""
    from dataclasses import replace

    from cairo_desktop.domain.activity import content_of
    from cairo_desktop.domain.filters import ActivityFilter
    from cairo_desktop.domain.revision import make_revision
    from cairo_desktop.store import activities as store
    from tests.conftest import sample_activity
    from tests.sync.helpers import send

    office = make_services("ETH-ADD", "field", name="rogue-office.db")
    coordinator = make_services("KP-SEC", "coordinator", name="careful-coordinator.db")
    sound = office.activities.add(sample_activity(title="Sound activity"))
    unsound = office.activities.add(sample_activity(title="Unsound activity"))
    with office.database.session() as session:  # past the validator, straight into the store
        content = dict(content_of(unsound), status="hacked")
        revision = make_revision(unsound.id, unsound.heads, content, author="rogue", office="ETH-ADD",
                                 owner_office="ETH-ADD")
        store.insert_revisions(session, [revision])
        store.write_view(session, replace(unsound, status="hacked", rev=revision.rev_id, heads=[revision.rev_id]))

    reports = send(office, coordinator, tmp_path)
    refusals = " ".join(str(item) for item in reports[0].refused)
    assert "'hacked' is not a status" in refusals, reports[0].as_dict()
    assert not reports[0].ok and "nothing was imported" in reports[0].message
    assert coordinator.activities.find(ActivityFilter(deleted="all")) == []  # all or nothing
    assert sound.id not in {a.id for a in coordinator.activities.find(ActivityFilter(deleted="all"))}
