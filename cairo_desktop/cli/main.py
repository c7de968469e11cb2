"""Entry of the command line: global options, then one command.

``cairo-desktop [--db PATH | --database-url URL] COMMAND ...``. User mistakes print one line
on stderr and exit 1; only bugs show a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from cairo_desktop import __version__
from cairo_desktop.cli.output import end_progress_line
from cairo_desktop.errors import Cancelled, UserError
from cairo_desktop.store.location import DATABASE_URL_ENV, database_file

if TYPE_CHECKING:
    from cairo_desktop.services import Services

# Command modules; each has ``register(subparsers)``. Sync and report commands live beside these.
COMMAND_MODULES = (
    "cairo_desktop.cli.cmd_setup",
    "cairo_desktop.cli.cmd_activity",
    "cairo_desktop.cli.cmd_sync",
    "cairo_desktop.cli.cmd_report",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="cairo-desktop", description="Track activities under the Cairo Action Plan.")
    parser.add_argument("--version", action="version", version=f"cairo-desktop {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", help="SQLite database file (default: in the user's data folder)")
    where.add_argument("--database-url", metavar="URL", help="database URL, e.g. postgresql://user@host/cairo")
    parser.add_argument("--selftest", action="store_true", help="run the built-in self-test and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name == name:  # that command group is not part of this build
                continue
            raise
        module.register(commands)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    """Run a CLI command; returns the exit code. Without a command the caller opens the GUI."""
    _unicode_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    services = None
    new_file: Path | None = None  # the SQLite file this run creates, removed again if the command fails
    code = 1
    try:
        if getattr(args, "needs_database", True):
            file = _database_file(args)
            new_file = file if file is not None and not file.exists() else None
            if new_file is not None and not getattr(args, "creates_database", False):
                # A mistyped --db would otherwise open a new, empty database and report "no activities".
                raise UserError(f"There is no database at {file}. {_where_named(args)}or start a database there "
                                "with 'cairo-desktop init'.")
            services = _opened_services(args)
        code = int(args.handler(args, services) or 0)
        return code
    except UserError as error:
        _say("error", str(error))
        return 1
    except Cancelled as error:
        _say("cancelled", str(error))
        return 130
    except BrokenPipeError:  # output piped into head/less that closed early
        sys.stderr.close()
        code = 0
        return 0
    except KeyboardInterrupt:
        _say("cancelled", "interrupted; nothing was half-written.")
        return 130
    except OSError as error:  # a folder of the user's that cannot be read or written (a read-only data folder)
        _say("error", _os_error_text(error))
        return 1
    except Exception as error:
        damage = _damaged_database_text(error, args)
        if damage is None:
            raise
        _say("error", damage)
        return 1
    finally:
        if services is not None:
            services.close()
        if new_file is not None and code != 0:
            _remove_database_file(new_file)


def _say(kind: str, text: str) -> None:
    """One line on standard error, "error: ..." or "cancelled: ...", on a line of its own after a bar left open."""
    end_progress_line()
    print(f"{kind}: {text}", file=sys.stderr)


def _database_file(args: argparse.Namespace) -> Path | None:
    """The SQLite file the command will open, also when a ``sqlite:///...`` URL names it: a mistyped one made a
    new, empty database and listed "0 activities", where a mistyped --db is refused."""
    file = database_file(args.db, args.database_url)
    url = args.database_url or ("" if args.db else os.environ.get(DATABASE_URL_ENV, ""))
    if file is not None or not url.lower().startswith("sqlite"):
        return file
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        database = make_url(url).database
    except ArgumentError:  # refused in a sentence when the database is opened
        return None
    return Path(database).expanduser().resolve() if database and database != ":memory:" else None


def _where_named(args: argparse.Namespace) -> str:
    """What to check when the database file is not there: the option or variable that named it, if any."""
    if args.db:
        return "Check the path given with --db, "
    if args.database_url:
        return "Check the URL given with --database-url, "
    if os.environ.get(DATABASE_URL_ENV):
        return f"Check the URL in {DATABASE_URL_ENV}, "
    return "Give the database with --db FILE if it is elsewhere, "


def _unicode_output() -> None:
    """Write UTF-8 into a file or a pipe, whatever the system's code page: on Windows, ``activity list > list.txt``
    wrote in cp1252 and stopped half-way with a UnicodeEncodeError at the first Arabic or Amharic title. A terminal
    keeps its encoding; if it cannot show a character, a '?' stands in for it instead of a traceback."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None or (stream.encoding or "").lower().replace("-", "") in ("utf8", "utf8sig"):
            continue
        try:
            is_terminal = stream.isatty()
        except ValueError:  # closed
            continue
        if is_terminal:
            reconfigure(errors="replace")
        else:
            reconfigure(encoding="utf-8")


def _opened_services(args: argparse.Namespace) -> Services:
    """The services over the database the options name; a URL SQLAlchemy cannot read (a typo in the scheme, a
    missing ``://``) is refused in one sentence instead of a traceback."""
    from sqlalchemy.exc import ArgumentError

    from cairo_desktop.services import open_services

    try:
        return open_services(args.db, args.database_url)
    except ArgumentError:
        url = args.database_url or os.environ.get(DATABASE_URL_ENV, "")
        given = "--database-url" if args.database_url else DATABASE_URL_ENV
        scheme = url.split("://", 1)[0] if "://" in url else ""  # never the rest: it may hold a password
        what = f"it starts with '{scheme}://', a kind of database this program does not know" if scheme else \
            "it is not written as a URL"
        raise UserError(f"The database URL given with {given} cannot be used: {what}. Write it like "
                        "postgresql://user@host/cairo, or give a SQLite file with --db FILE.") from None


def _os_error_text(error: OSError) -> str:
    where = f" {error.filename}" if error.filename else ""
    return (f"cannot use{where}: {error.strerror or error}. Check that it exists and that you may read and write "
            "there (its folder's permissions), then try again; nothing was changed.")


def _damaged_database_text(error: Exception, args: argparse.Namespace) -> str | None:
    """What to say of a database SQLite finds damaged ("database disk image is malformed"); None for any other
    error, which is a fault to show with its traceback."""
    from sqlalchemy.exc import DatabaseError

    cause = getattr(error, "orig", None)
    if not isinstance(error, DatabaseError) or "malformed" not in str(cause) and "not a database" not in str(cause):
        return None
    from cairo_desktop import paths

    backups = paths.backups_dir_if_any() or "the backups folder beside it"
    file = database_file(args.db, args.database_url)
    return (f"the database {file} is damaged ({cause}). Nothing was changed. Run 'cairo-desktop check' to see how "
            f"far; copies made before each import and upgrade are in {backups}.")


def _remove_database_file(file: Path) -> None:
    """Remove a database this run created for a command that was refused (e.g. a mistyped ``init``, or
    ``export`` before ``init``), so a refusal leaves nothing behind."""
    for path in (file, *(file.with_name(file.name + suffix) for suffix in ("-wal", "-shm", "-journal"))):
        try:
            path.unlink(missing_ok=True)
        except OSError:  # still open elsewhere (Windows): an empty database does no harm
            pass
