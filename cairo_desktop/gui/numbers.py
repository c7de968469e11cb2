"""Whole numbers as the interface language writes them: "2,000", "2 000" or "٢٬٠٠٠".

``i18n`` makes the interface language the default QLocale, so every count shown in the window goes
through the same formatter and a screen never mixes two ways of writing numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def whole(value: int | float) -> str:
    """``value`` (a count) with the interface language's digits and thousands separator."""
    return QLocale().toString(int(value))
