"""``init``, ``plan``, ``demo`` and ``check``: setting up and looking after an installation."""

from __future__ import annotations

import argparse

from cairo_desktop.cli.output import counted, print_json, print_table
from cairo_desktop.domain.i18n import LANGUAGES
from cairo_desktop.progress import ConsoleProgress
from cairo_desktop.services import Services


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    init = commands.add_parser("init", help="set up this installation's office and role")
    init.add_argument("--office", required=True, help="office code, e.g. ETH-ADD")
    init.add_argument("--office-name", required=True, help="office name, e.g. 'Addis Ababa field office'")
    init.add_argument("--role", required=True, choices=("field", "coordinator"),
                      help="field: records its own office's activities; coordinator: merges the offices' packages")
    init.add_argument("--country", metavar="ISO3",
                      help="ISO 3166 alpha-3 code of the office's country (run again without it: the country is kept)")
    init.add_argument("--age-bands", default="", metavar="SET",
                      help="age bands to record people in: standard (0-17, 18-59, 60+) or cbm (8 bands)")
    init.set_defaults(handler=run_init, creates_database=True)

    plan = commands.add_parser("plan", help="print the Cairo Action Plan")
    plan.add_argument("--lang", default="en", choices=LANGUAGES, help="language to print the plan in (default: en)")
    plan.add_argument("--format", default="text", choices=("text", "json"), help="text to read, or json for programs")
    plan.set_defaults(handler=run_plan, needs_database=False)

    demo = commands.add_parser("demo", help="add realistic synthetic activities")
    demo.add_argument("--activities", type=int, required=True, metavar="N", help="how many activities to add")
    demo.add_argument("--offices", type=int, default=5, metavar="M", help="offices to spread them over (coordinator only)")
    demo.add_argument("--seed", type=int, default=1, metavar="NUMBER",
                      help="the same seed makes the same activities; use another one to add more (default: 1)")
    demo.set_defaults(handler=run_demo)

    check = commands.add_parser("check", help="check the database's integrity")
    check.add_argument("--quick", action="store_true", help="skip re-hashing every revision")
    check.set_defaults(handler=run_check)


def _init_country(args: argparse.Namespace, services: Services) -> str:
    """The country to save: the one given, else the one saved before (running init again to correct the office's
    name or role cleared its country without a word)."""
    if args.country is not None:
        return str(args.country)
    existing = services.context.identity()
    return existing.country if existing is not None else ""


def run_init(args: argparse.Namespace, services: Services) -> int:
    identity = services.installation.initialise(args.office, args.office_name, args.role,
                                                _init_country(args, services), args.age_bands)
    print(f"This installation is office {identity.office_code} ({identity.office_name}), role {identity.role}, "
          f"device {identity.device_id}. Database: {services.database.url}")
    return 0


def run_plan(args: argparse.Namespace, services: Services | None) -> int:
    from cairo_desktop.domain.catalogue import load_plan

    plan, lang = load_plan(), args.lang
    if args.format == "json":
        print_json({
            "plan_version": plan.version,
            "title": plan.title.get(lang),
            "approaches": [{"code": a.code, "title": a.short_title.get(lang), "text": a.text.get(lang)} for a in plan.approaches],
            "domains": [
                {"number": d.number, "title": d.title.get(lang), "short_title": d.short_title.get(lang),
                 "actions": [{"code": a.code, "title": a.short_title.get(lang), "text": a.text.get(lang)} for a in d.actions]}
                for d in plan.domains
            ],
        })
        return 0
    print(f"{plan.title.get(lang)} ({plan.version})\n")
    for domain in plan.domains:
        print(f"{domain.number}. {domain.short_title.get(lang)}: {domain.title.get(lang)}")
        for action in domain.actions:
            print(f"   {action.code}  {action.short_title.get(lang)}")
            print(f"        {action.text.get(lang)}")
        print()
    for approach in plan.approaches:
        print(f"* {approach.short_title.get(lang)} [{approach.code}]")
    return 0


def run_demo(args: argparse.Namespace, services: Services) -> int:
    created = services.demo.generate(args.activities, args.offices, args.seed, ConsoleProgress())
    print(f"Added {counted(created, 'demo activity')}.")
    return 0


def run_check(args: argparse.Namespace, services: Services) -> int:
    report = services.maintenance.check(verify_hashes=not args.quick)
    if report.ok:
        print(f"The database is sound: {report.activities} activities, {report.revisions} revisions.")
        return 0
    print_table(["problem"], [[p] for p in report.problems], max_width=120)
    print(f"{counted(len(report.problems), 'problem')} found. Restore a backup from the backups folder or ask for help.")
    return 1
