"""The crash log stays small: a full log is moved aside at start, with three older ones kept."""

from __future__ import annotations

import logging

from cairo_desktop.gui.crash_handler import LOG_BACKUPS, LOG_MAX_BYTES, STDERR_LOG, configure_logging, log_file


def test_a_full_log_is_rotated_at_start_and_the_oldest_dropped() -> None:
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    for number in range(1, LOG_BACKUPS + 1):
        path.with_name(f"{path.name}.{number}").write_text(f"backup {number}\n", encoding="utf-8")
    path.write_text("x" * LOG_MAX_BYTES, encoding="utf-8")
    root = logging.getLogger("cairo_desktop")
    try:
        assert configure_logging() == path
        logging.getLogger("cairo_desktop.gui").warning("after the rotation")
        for handler in root.handlers:
            handler.flush()
        assert "after the rotation" in path.read_text(encoding="utf-8")
        assert path.stat().st_size < 1000
        assert path.with_name(f"{path.name}.1").stat().st_size == LOG_MAX_BYTES
        assert path.with_name(f"{path.name}.2").read_text(encoding="utf-8") == "backup 1\n"
        assert path.with_name(f"{path.name}.3").read_text(encoding="utf-8") == "backup 2\n"
        assert not path.with_name(f"{path.name}.4").exists()  # "backup 3" was the oldest
    finally:
        for handler in [h for h in root.handlers if isinstance(h, logging.FileHandler) and h.baseFilename == str(path)]:
            root.removeHandler(handler)
            handler.close()


def test_a_log_folder_that_cannot_be_made_does_not_stop_the_app(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A root-owned ~/.local/state: the log goes to the temporary folder, and the messages name that file."""
    import tempfile

    from cairo_desktop import paths

    def refused() -> None:
        raise PermissionError(13, "Permission denied", str(tmp_path / "state"))

    monkeypatch.setattr(paths, "user_log_dir", refused)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    root = logging.getLogger("cairo_desktop")
    path = configure_logging()
    try:
        assert path == log_file() and path.parent == tmp_path / "cairo-desktop-logs"
        logging.getLogger("cairo_desktop.gui").warning("written all the same")
        for handler in root.handlers:
            handler.flush()
        assert "written all the same" in path.read_text(encoding="utf-8")
    finally:
        for handler in [h for h in root.handlers if getattr(h, "baseFilename", None) == str(path)]:
            root.removeHandler(handler)
            handler.close()


def test_with_no_place_for_a_log_at_all_the_app_reports_on_standard_error(monkeypatch, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import tempfile

    from cairo_desktop import paths

    def refused() -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(paths, "user_log_dir", refused)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no-such-folder" / "deeper"))
    root = logging.getLogger("cairo_desktop")
    try:
        configure_logging()
        configure_logging()  # once is enough
        fallback = [h for h in root.handlers if h.get_name() == STDERR_LOG]
        assert len(fallback) == 1
        logging.getLogger("cairo_desktop.gui").warning("on standard error")
        assert "on standard error" in capsys.readouterr().err
    finally:
        for handler in [h for h in root.handlers if h.get_name() == STDERR_LOG]:
            root.removeHandler(handler)
