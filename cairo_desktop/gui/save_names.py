"""The file name a save dialog returned, with the suffix its file type needs.

Qt's own save dialog (used on Linux and where the system's is not available) returns a name typed
without a suffix as it is: a report saved as "metema-report" is a file no PDF reader offers to open,
and a package without ".xlsx" one the coordinator's spreadsheet program does not recognise.
"""

from __future__ import annotations

from pathlib import Path


def with_suffix(chosen: str, suffix: str) -> Path:
    """``chosen`` ending in ``suffix`` (".pdf", ".xlsx"), whatever the case it was typed in."""
    return Path(chosen if chosen.lower().endswith(suffix.lower()) else chosen + suffix)
