"""The core's progress messages (``Progress.report``) in the interface language.

The core reports in English, for the command line and the log; the progress dialog shows the same
steps translated. A message not listed here is shown as written, and a test keeps this table in step
with every message the core reports.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

MESSAGES = frozenset((
    QT_TRANSLATE_NOOP("Progress", "Adding up approaches"),
    QT_TRANSLATE_NOOP("Progress", "Adding up countries"),
    QT_TRANSLATE_NOOP("Progress", "Adding up people"),
    QT_TRANSLATE_NOOP("Progress", "Checking the activities"),
    QT_TRANSLATE_NOOP("Progress", "Comparing with this database"),
    QT_TRANSLATE_NOOP("Progress", "Counting activities"),
    QT_TRANSLATE_NOOP("Progress", "Creating demo activities"),
    QT_TRANSLATE_NOOP("Progress", "Figures ready"),
    QT_TRANSLATE_NOOP("Progress", "Import finished"),
    QT_TRANSLATE_NOOP("Progress", "Importing the activities"),
    QT_TRANSLATE_NOOP("Progress", "Listing activities"),
    QT_TRANSLATE_NOOP("Progress", "Package written"),
    QT_TRANSLATE_NOOP("Progress", "Recording conflicts"),
    QT_TRANSLATE_NOOP("Progress", "Writing the activities"),
    QT_TRANSLATE_NOOP("Progress", "Writing the package"),
))
_READING = re.compile(r"Reading (.+)")


def progress_text(message: str) -> str:
    """``message`` in the interface language when it is one the core reports."""
    if message in MESSAGES:
        return QCoreApplication.translate("Progress", message)
    reading = _READING.fullmatch(message)
    if reading:
        return QCoreApplication.translate("Progress", "Reading {file}").format(file=reading[1])
    return message
