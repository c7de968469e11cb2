"""A guard against a PySide6 6.12 reference-count bug that kills the app on Python 3.11.

Measured here: with PySide6 6.12.0 on CPython 3.11, every call of a C++ method that returns
nothing (``widget.repaint()``, a model's ``data()`` returning no value...) takes one reference from
``None`` without having given it. After some hours of painting, ``None``'s count reaches zero and
Python aborts with "none_dealloc: deallocating None" (under Xvfb it took seconds). Python 3.12 made
``None`` immortal (PEP 683), so the bug is harmless there. On older Pythons we give ``None`` a
reference count so large that no session can exhaust it, which is what 3.12 does by design.
``tests/gui/test_none_refcount.py`` shows whether the bug is still present in the installed PySide6.
"""

from __future__ import annotations

import sys
from _ctypes import _SimpleCData

MARGIN = 1 << 48


class _SSize(_SimpleCData):
    """A C ``Py_ssize_t`` (what ``ctypes.c_ssize_t`` is: long long, or int on a 32-bit Python), from the
    C module alone: the ``ctypes`` package takes a few milliseconds more to import, before the first paint."""

    _type_ = "q" if sys.maxsize > 2**32 else "i"


def protect_none() -> bool:
    """Make ``None`` practically immortal on CPython < 3.12; True if anything was changed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    count = _SSize.from_address(id(None))
    if count.value >= MARGIN:
        return False
    count.value += MARGIN
    return True
