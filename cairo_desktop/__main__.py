"""The ``cairo-desktop`` program: the desktop window without a command, the CLI with one."""

from __future__ import annotations

import sys
from typing import Sequence


def _wants_gui(argv: Sequence[str]) -> bool:
    from cairo_desktop.cli.main import build_parser

    args, _ = build_parser().parse_known_args(argv)
    return args.command is None and not args.selftest and not any(a in ("-h", "--help") for a in argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--selftest" in argv:
        from cairo_desktop.selftest import run_selftest

        return run_selftest()
    if _wants_gui(argv):
        from cairo_desktop.gui.launch import launch

        return launch(argv)
    from cairo_desktop.cli.main import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
