"""Printing results as a table, JSON or CSV, and reading options that repeat."""

from __future__ import annotations

import csv
import errno
import json
import os
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Any, Iterable, Sequence, TextIO

from cairo_desktop.errors import UserError


def print_json(value: Any, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    json.dump(value, stream, ensure_ascii=False, indent=2, default=str)
    stream.write("\n")


def _width(text: str) -> int:
    """Display width: wide East Asian characters take two cells, combining marks none."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _fit(text: str, width: int) -> str:
    text = text.replace("\n", " ")
    if _width(text) > width:
        while text and _width(text) > width - 1:
            text = text[:-1]
        text += "…"
    return text + " " * (width - _width(text))


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], max_width: int = 40,
                stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    rows = [["" if cell is None else str(cell) for cell in row] for row in rows]
    widths = [min(max_width, max([_width(h)] + [_width(row[i]) for row in rows])) for i, h in enumerate(headers)]
    stream.write("  ".join(_fit(h, w) for h, w in zip(headers, widths)).rstrip() + "\n")
    stream.write("  ".join("-" * w for w in widths) + "\n")
    for row in rows:
        stream.write("  ".join(_fit(cell, w) for cell, w in zip(row, widths)).rstrip() + "\n")


def print_csv(headers: Sequence[str], rows: Iterable[Sequence[Any]], stream: TextIO | None = None) -> None:
    writer = csv.writer(stream or sys.stdout)
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["" if cell is None else cell for cell in row])


def split_values(values: Sequence[str] | None) -> tuple[str, ...]:
    """``--country ETH --country SDN`` and ``--country ETH,SDN`` both give ("ETH", "SDN")."""
    result: list[str] = []
    for value in values or ():
        result.extend(part.strip() for part in value.split(",") if part.strip())
    return tuple(result)


_WHY_NOT_WRITABLE = {
    errno.EACCES: "you are not allowed to write there",
    errno.EPERM: "you are not allowed to write there",
    errno.EROFS: "it is read-only",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
}


def output_file(value: str, example: str, option: str = "--out") -> Path:
    """The file ``option`` names, refused in one sentence unless a new file can be written there.

    Checked before any work starts, so a command never fails half-way on its output path (the services
    write to a temporary file beside the target and rename it, which needs the folder writable).
    """
    if not value.strip():
        raise UserError(f"{option} needs the name of the file to write, for example {option} {example}.")
    path = Path(value).expanduser()
    if path.is_dir() or value.endswith(("/", os.sep)) or path.name in ("", ".", ".."):
        raise UserError(f"{value} is a folder, not a file; give the name of a file to write in it, "
                        f"for example {option} {path / example}.")
    if path.exists() and not path.is_file():
        raise UserError(f"{path} is not an ordinary file (a device or another special file); "
                        "choose another file name.")
    folder = path.parent
    if not folder.exists():
        raise UserError(f"Cannot write {path}: the folder {folder} does not exist. Create it or choose another folder.")
    if not folder.is_dir():
        raise UserError(f"Cannot write {path}: {folder} is a file, not a folder. Choose another folder.")
    try:
        handle, probe = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".check", dir=folder)
    except OSError as error:
        why = _WHY_NOT_WRITABLE.get(error.errno or 0, "the system does not allow it")
        raise UserError(f"Cannot write {path}: no file can be written in the folder {folder} ({why}). "
                        "Choose another folder.") from None
    os.close(handle)
    os.remove(probe)
    return path
