"""Every progress message the core reports is shown in the interface language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "cairo_desktop"
# A literal (or an f-string's literal start) as the message argument of ``.report(done, total, "...")``.
_REPORTED = re.compile(r"\.report\([^\n]*?,\s*(f?)\"([^\"]+)\"\)")


def _core_messages() -> set[str]:
    found = set()
    for path in ROOT.rglob("*.py"):
        if "gui" in path.relative_to(ROOT).parts:
            continue
        for is_format, text in _REPORTED.findall(path.read_text(encoding="utf-8")):
            found.add(re.sub(r"\{[^}]*\}", "X.xlsx", text) if is_format else text)
    return found


def test_the_core_reports_the_messages_listed() -> None:
    from cairo_desktop.gui.progress_texts import MESSAGES

    messages = _core_messages()
    assert "Writing the package" in messages and "Reading X.xlsx" in messages
    assert messages - {"Reading X.xlsx"} <= MESSAGES, messages - MESSAGES


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_core_progress_message_is_translated(make_window, field_services, lang: str) -> None:
    from cairo_desktop.gui.progress_texts import progress_text

    window = make_window(field_services)
    window.set_language(lang)
    try:
        untranslated = [message for message in sorted(_core_messages()) if progress_text(message) == message]
        assert "big.xlsx" in progress_text("Reading big.xlsx")
    finally:
        window.set_language("en")
    assert untranslated == []
