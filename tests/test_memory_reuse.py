"""A large import keeps the memory it frees for reuse (glibc), and gives the free memory back at its end."""

from __future__ import annotations

import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from cairo_desktop import memory_reuse
from cairo_desktop.sync import stream
from tests.conftest import sample_activity


class _RecordingLibc:
    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def mallopt(self, parameter: int, value: int) -> int:
        self.calls.append(("mallopt", parameter, value))
        return 1

    def malloc_trim(self, pad: int) -> int:
        self.calls.append(("malloc_trim", pad))
        return 1


def test_the_thresholds_are_raised_within_the_block_and_free_memory_given_back_after_it_even_on_error() -> None:
    libc = _RecordingLibc()
    with pytest.raises(RuntimeError), memory_reuse.freed_memory_reused(libc):
        assert libc.calls == [("mallopt", memory_reuse.M_MMAP_THRESHOLD, memory_reuse.MMAP_THRESHOLD),
                              ("mallopt", memory_reuse.M_TRIM_THRESHOLD, memory_reuse.TRIM_THRESHOLD)]
        raise RuntimeError("an import fails half-way")
    assert libc.calls[-1] == ("malloc_trim", 0)


@pytest.mark.skipif(memory_reuse.glibc() is None, reason="glibc only")
def test_freed_blocks_are_taken_again_without_page_faults() -> None:
    """In a child process set as glibc is after a plain threshold change, 8 MB blocks freed and taken again
    fault in every page each time; within the block they are reused."""
    script = """
import ctypes, resource, sys
from cairo_desktop import memory_reuse
libc = memory_reuse.glibc()
libc.mallopt(memory_reuse.M_TRIM_THRESHOLD, 128 * 1024)  # glibc's value, no longer adaptive once set
def faults():
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(20):
        block = bytearray(8 * 2**20)
        block[::4096] = b"x" * len(block[::4096])
        del block
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before
plain = faults()
with memory_reuse.freed_memory_reused():
    reused = faults()
print(plain, reused)
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1]).stdout.split()
    plain, reused = int(out[0]), int(out[1])
    pages = 8 * 2**20 // 4096
    assert plain >= 15 * pages  # nearly every block faulted in again
    assert reused <= 3 * pages  # the first block only, then reused


def test_a_streamed_import_runs_within_the_block(make_services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    field = make_services("ETH-ADD")
    field.activities.add(sample_activity(title="One"))
    package = tmp_path / "field.xlsx"
    field.sync.export_package(package)
    entered: list[str] = []

    @contextmanager
    def recording():
        entered.append("in")
        yield
        entered.append("out")

    monkeypatch.setattr(stream, "freed_memory_reused", recording)
    report = make_services("KP-SEC", "coordinator").sync.import_packages([package])[0]
    assert report.ok and entered == ["in", "out"]
