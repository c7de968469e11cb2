"""Why a package or a report cannot be written (a read-only or full USB stick, a folder gone) reaches a French
or Arabic user in their language, with the file and folder named as the core named them."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from cairo_desktop.errors import UserError
from cairo_desktop.gui.message_texts import _file_reasons, translate_message
from cairo_desktop.output_files import known_reasons, write_atomically

pytestmark = pytest.mark.gui


def _refusal(path: Path, failing_open: int | None = None, monkeypatch: pytest.MonkeyPatch | None = None) -> str:
    if failing_open is not None and monkeypatch is not None:
        def refuse(*_args: object, **_kwargs: object) -> int:
            raise OSError(failing_open, os.strerror(failing_open))

        monkeypatch.setattr(os, "open", refuse)
    try:
        write_atomically(path, lambda temporary: temporary.write_bytes(b"%PDF"), "report.pdf")
    except UserError as error:
        return str(error)
    finally:
        if monkeypatch is not None:
            monkeypatch.undo()
    raise AssertionError("the write was not refused")


def test_every_reason_the_core_can_give_has_a_translation_entry() -> None:
    """A reason added to output_files without one here would reach a French user in English."""
    known = _file_reasons()
    assert [text for pair in known_reasons() for text in pair if text not in known] == []


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_no_file_refusal_stays_in_english(make_window, filled_services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          lang: str) -> None:
    (tmp_path / "a-file").write_text("")
    refusals = [
        _refusal(tmp_path / "missing" / "report.pdf"),
        _refusal(tmp_path),
        _refusal(tmp_path / "a-file" / "report.pdf"),
        _refusal(tmp_path / "full.pdf", errno.ENOSPC, monkeypatch),
        _refusal(tmp_path / "read-only.pdf", errno.EROFS, monkeypatch),
        _refusal(tmp_path / "refused.pdf", errno.EACCES, monkeypatch),
        _refusal(tmp_path / "odd.pdf", errno.EMFILE, monkeypatch),
    ]
    window = make_window(filled_services)
    window.set_language(lang)
    try:
        translated = {refusal: translate_message(refusal) for refusal in refusals}
        reasons = _file_reasons()
    finally:
        window.set_language("en")
    assert [english for english, text in translated.items() if text == english or "{" in text] == []
    for english, text in translated.items():
        file_named = english.split(": ", 1)[0].removeprefix("Cannot write ").split(" is a folder")[0]
        assert file_named in text  # the path, exactly as the core gave it
    assert reasons["the disk is full"] != "the disk is full"
    assert any(reasons["the disk is full"] in text for text in translated.values())


def test_the_error_dialog_shows_a_refused_write_in_the_interface_language(make_window, filled_services,
                                                                          tmp_path: Path) -> None:
    window = make_window(filled_services)
    handler = window.crash_handler
    if handler is None:
        from cairo_desktop.gui.crash_handler import CrashHandler

        handler = CrashHandler(lambda: window)
    refusal = UserError(_refusal(tmp_path / "gone" / "package.xlsx"))
    window.set_language("fr")
    try:
        handler._show(UserError, refusal, None)
        shown, expected = handler.last_dialog.text(), translate_message(str(refusal))
    finally:
        window.set_language("en")
    assert shown == expected != str(refusal)
    assert str(tmp_path / "gone") in shown


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_package_too_long_for_a_spreadsheet_is_explained_in_the_interface_language(
        make_window, filled_services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    from cairo_desktop.gui.numbers import whole
    from cairo_desktop.sync import writer
    from cairo_desktop.sync.guards import Limits

    monkeypatch.setattr(writer, "DEFAULT_LIMITS", Limits(max_rows=3))
    with pytest.raises(UserError) as refused:
        filled_services.sync.export_package(tmp_path / "all.xlsx", full=True)
    window = make_window(filled_services)
    window.set_language(lang)
    try:
        text = translate_message(str(refused.value))
        two = whole(2)
    finally:
        window.set_language("en")
    assert "This package would hold" not in text and "People" in text and two in text
