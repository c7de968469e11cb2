"""Handing the GIL over quickly while an import works beside its background threads.

A thread that wants the GIL waits until the thread holding it lets go, which the interpreter forces
once per switch interval (5 ms by default). While a package is imported, the reading thread holds the
GIL almost all the time, and the background threads (python-calamine parsing the next parts of a sheet,
the SQLite writer) each need it briefly between long stretches without it: to start and end a parse,
to bind an insert's values. At 5 ms each of those brief needs waited long enough for the parses and the
writer to fall behind. Measured at 50,000 activities (runs alternated on one machine): 8.4-8.6 s at
5 ms, 7.3-7.5 s at 1 ms, 6.7-7.1 s at 0.2 ms; 0.1 ms and 0.05 ms were no faster than 0.2 ms.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator

SWITCH_INTERVAL = 0.0002  # seconds


@contextmanager
def quick_gil_handoff() -> Iterator[None]:
    """Within the block the interpreter switches threads at least every ``SWITCH_INTERVAL``; as before after."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, SWITCH_INTERVAL))
    try:
        yield
    finally:
        sys.setswitchinterval(before)
