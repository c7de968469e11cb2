"""The ``cairo-desktop`` program: the desktop window without a command, the CLI with one."""

from __future__ import annotations

import sys
from typing import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from cairo_desktop.cli.main import build_parser

    args, _ = build_parser().parse_known_args(argv)
    if args.selftest:
        from cairo_desktop.selftest import run_selftest

        return run_selftest()
    if args.command is None and not any(a in ("-h", "--help", "--version") for a in argv):
        from cairo_desktop.gui.launch import launch

        return launch(db_path=args.db, database_url=args.database_url)
    from cairo_desktop.cli.main import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
