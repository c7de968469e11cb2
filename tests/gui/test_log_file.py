"""The crash log stays small: a full log is moved aside at start, with three older ones kept."""

from __future__ import annotations

import logging

from cairo_desktop.gui.crash_handler import LOG_BACKUPS, LOG_MAX_BYTES, configure_logging, log_file


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
