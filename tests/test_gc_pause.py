"""The cyclic collector is paused within the block and restored as it was after it, even on error."""

from __future__ import annotations

import gc

import pytest

from cairo_desktop.gc_pause import collector_paused


def test_the_collector_is_paused_then_restored_as_it_was() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("an export fails half-way")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # paused by someone else before: left paused
    finally:
        gc.enable()
