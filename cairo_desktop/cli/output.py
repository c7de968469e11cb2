"""Printing results as a table, JSON or CSV, and reading options that repeat."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import unicodedata
from pathlib import Path
from typing import Any, Iterable, Sequence, TextIO

from cairo_desktop.errors import UserError
from cairo_desktop.output_files import check_output
from cairo_desktop.progress import ConsoleProgress


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


def add_format_option(parser: argparse.ArgumentParser) -> None:
    """``--format text|json``: sentences for a person, or JSON for a program."""
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text to read, or json for programs (default: text)")


def counted(number: int, noun: str) -> str:
    """"1 activity", "2 activities": a count with its English noun in the singular or the plural."""
    if number == 1:
        return f"1 {noun}"
    return f"{number} {noun[:-1] + 'ies' if noun.endswith('y') else noun + 's'}"


def split_values(values: Sequence[str] | None) -> tuple[str, ...]:
    """``--country ETH --country SDN`` and ``--country ETH,SDN`` both give ("ETH", "SDN")."""
    result: list[str] = []
    for value in values or ():
        result.extend(part.strip() for part in value.split(",") if part.strip())
    return tuple(result)


def output_file(value: str, example: str, option: str = "--out") -> Path:
    """The file ``option`` names, refused in one sentence unless a new file can be written there.

    Checked before any work starts, so a command never fails half-way on its output path; the wording is
    the one the services use when they write, so the desktop says the same.
    """
    if not value.strip():
        raise UserError(f"{option} needs the name of the file to write, for example {option} {example}.")
    return check_output(os.path.expanduser(value), example)


def end_progress_line(stream: TextIO | None = None) -> None:
    """End a bar's line left open by a job that stopped part-way; nothing when no bar is open."""
    if ConsoleProgress.line_open:
        (stream or sys.stderr).write("\n")
        ConsoleProgress.line_open = False
