"""Letting a large import reuse the memory it frees, instead of giving it back to the system at once.

A large import allocates and frees blocks of megabytes many times a second (each part of a sheet, the
workbook made around it for python-calamine, the cells parsed from it). glibc's malloc hands big freed
blocks straight back to the kernel (``munmap``, or trimming the top of a heap), so each block taken
again is faulted in page by page. In a virtual machine a page fault is dear. Measured on a
50,000-activity import (runs alternated on one machine): 140,000-230,000 page faults and 7.1-7.5 s
as glibc sets it, 60,000 faults and 6.7-7.2 s with the settings below, at the same peak memory
(316 MB).

glibc has no call that restores its adaptive default once a threshold is set, so the settings stay for
the rest of the process; at the end of each import ``malloc_trim`` gives back what is free. Elsewhere
(another C library, Windows, macOS) nothing is changed.
"""

from __future__ import annotations

import ctypes
import sys
from contextlib import contextmanager
from typing import Any, Iterator

M_TRIM_THRESHOLD = -1  # mallopt parameters (malloc.h)
M_MMAP_THRESHOLD = -3
# Blocks up to this size come from the heap and are reused (glibc's largest allowed value on 64 bits).
MMAP_THRESHOLD = 32 * 2**20
# Free memory at the top of a heap kept for reuse, not given back, until there is this much.
TRIM_THRESHOLD = 256 * 2**20


def glibc() -> Any | None:
    """The running glibc (as a ``ctypes`` library), or None where the C library is another."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None)
    except OSError:
        return None
    # gnu_get_libc_version is glibc's own: musl also has mallopt, but ignores these parameters.
    wanted = ("gnu_get_libc_version", "mallopt", "malloc_trim")
    return libc if all(hasattr(libc, name) for name in wanted) else None


@contextmanager
def freed_memory_reused(libc: Any | None = None) -> Iterator[None]:
    """Within the block freed blocks stay in the process for reuse; at its end the free memory is given back."""
    libc = libc if libc is not None else glibc()
    if libc is None:
        yield
        return
    libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    libc.mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    try:
        yield
    finally:
        libc.malloc_trim(0)
