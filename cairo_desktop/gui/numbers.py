"""Whole numbers as the interface language writes them: "2,000", "2 000" or "٢٬٠٠٠".

``i18n`` makes the interface language the default QLocale, so every count shown in the window goes
through the same formatter and a screen never mixes two ways of writing numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def whole(value: int | float) -> str:
    """``value`` (a count) with the interface language's digits and thousands separator."""
    locale, number = QLocale(), int(value)
    if -2**63 <= number < 2**63:
        return locale.toString(number)
    # Beyond what Qt takes (a typing slip the window is explaining): grouped and written the same way.
    zero = ord(locale.zeroDigit())
    text = f"{number:,}".replace(",", locale.groupSeparator())
    return "".join(chr(zero + int(char)) if char.isdigit() else char for char in text)
