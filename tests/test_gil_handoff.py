"""While a package is imported the interpreter switches threads often, and afterwards as before."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cairo_desktop.gil_handoff import SWITCH_INTERVAL, quick_gil_handoff
from cairo_desktop.store import deferred_inserts
from cairo_desktop.sync import sheet_parts, stream
from tests.conftest import sample_activity


def test_the_interval_is_short_within_the_block_and_restored_after_it_even_on_error() -> None:
    before = sys.getswitchinterval()
    with quick_gil_handoff():
        assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL, rel=0.05)
    assert sys.getswitchinterval() == before
    with pytest.raises(RuntimeError), quick_gil_handoff():
        raise RuntimeError("an import fails half-way")
    assert sys.getswitchinterval() == before
    sys.setswitchinterval(SWITCH_INTERVAL / 2)
    try:
        with quick_gil_handoff():
            assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL / 2, rel=0.05)  # shorter already: kept
    finally:
        sys.setswitchinterval(before)


def test_parts_are_parsed_and_rows_written_with_the_short_interval(make_services, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    field = make_services("ETH-ADD")
    for number in range(4):
        field.activities.add(sample_activity(title=f"Activity {number}"))
    package = tmp_path / "field.xlsx"
    field.sync.export_package(package)
    seen: dict[str, float] = {}
    parse, run = sheet_parts._parse, deferred_inserts.DeferredInserts._run

    def parsing(frame, cells, xml, rows_start, rows_end):  # type: ignore[no-untyped-def]
        seen["parse"] = sys.getswitchinterval()
        return parse(frame, cells, xml, rows_start, rows_end)

    def inserting(self, statements):  # type: ignore[no-untyped-def]
        seen["insert"] = sys.getswitchinterval()
        return run(self, statements)

    monkeypatch.setattr(sheet_parts, "_parse", parsing)
    monkeypatch.setattr(sheet_parts, "PART_BYTES", 1000)  # every data sheet read in parts
    monkeypatch.setattr(deferred_inserts.DeferredInserts, "_run", inserting)
    monkeypatch.setattr(stream, "GROUP_REVISIONS", 1)  # the background writer is open
    before = sys.getswitchinterval()
    coordinator = make_services("KP-SEC", "coordinator")
    assert coordinator.sync.import_packages([package])[0].ok
    assert seen == {"parse": pytest.approx(SWITCH_INTERVAL, rel=0.05), "insert": pytest.approx(SWITCH_INTERVAL, rel=0.05)}
    assert sys.getswitchinterval() == before
