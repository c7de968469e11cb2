"""``report summary`` and ``report activity``: the PDF reports from the command line."""

from __future__ import annotations

import argparse

from cairo_desktop.cli.cmd_activity import add_filter_options, filter_from_args
from cairo_desktop.cli.output import counted, output_file
from cairo_desktop.domain.i18n import LANGUAGES
from cairo_desktop.progress import ConsoleProgress
from cairo_desktop.services import Services


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = commands.add_parser("report", help="PDF summaries and activity sheets")
    sub = report.add_subparsers(dest="report_command", required=True, metavar="COMMAND")

    summary = sub.add_parser("summary", help="summary of the activities a filter selects, as a PDF")
    summary.add_argument("--out", required=True, metavar="FILE.pdf", help="PDF file to write")
    add_filter_options(summary)
    _common(summary)
    summary.add_argument("--annex", action="store_true", help="add the list of matching activities")
    summary.set_defaults(handler=run_summary)

    activity = sub.add_parser("activity", help="one activity with every field, its people and its history")
    activity.add_argument("id", help="activity id (or a unique prefix of 8+ characters)")
    activity.add_argument("--out", required=True, metavar="FILE.pdf", help="PDF file to write")
    _common(activity)
    activity.set_defaults(handler=run_activity)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the report (default: the app's language)")
    parser.add_argument("--page-size", type=_paper, choices=PAPER_SIZES,
                        help="paper size, A4 or Letter (default: the app's setting)")


PAPER_SIZES = ("A4", "Letter")


def _paper(value: str) -> str:
    """A paper size as people type it (a4, LETTER): the spelling the reports use."""
    return {size.lower(): size for size in PAPER_SIZES}.get(value.strip().lower(), value)


def _language(args: argparse.Namespace, services: Services) -> str:
    if args.lang:
        return str(args.lang)
    lang = services.installation.setting("language", "en")
    return lang if lang in LANGUAGES else "en"


def _page_size(args: argparse.Namespace, services: Services) -> str:
    return args.page_size or services.installation.setting("page_size", "A4") or "A4"


def run_summary(args: argparse.Namespace, services: Services) -> int:
    selection = filter_from_args(args, services)
    out = output_file(args.out, "summary.pdf")
    path = services.reports.summary_pdf(out, selection, lang=_language(args, services), annex=args.annex,
                                        page_size=_page_size(args, services), progress=ConsoleProgress())
    count = services.activities.count(selection)
    print(f"Wrote {path} ({counted(count, 'activity')} summarised).")
    return 0


def run_activity(args: argparse.Namespace, services: Services) -> int:
    out = output_file(args.out, "activity.pdf")
    path = services.reports.activity_pdf(args.id, out, lang=_language(args, services), page_size=args.page_size)
    print(f"Wrote {path}.")
    return 0
