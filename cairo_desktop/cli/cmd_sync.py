"""``export``, ``import``, ``conflicts list|resolve`` and ``keys show|trust|forget``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from cairo_desktop.cli.output import add_format_option, counted, output_file, print_json, print_table
from cairo_desktop.domain.filters import ActivityFilter, unknown_codes
from cairo_desktop.domain.readable import ReadableValues, field_label
from cairo_desktop.errors import UserError
from cairo_desktop.progress import ConsoleProgress
from cairo_desktop.services import Services
from cairo_desktop.services.installation import checked_office_code

if TYPE_CHECKING:
    from cairo_desktop.services.sync import Conflict, ImportReport


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = commands.add_parser("export", help="write a sync package (.xlsx) for the coordinator or the offices")
    export.add_argument("--out", required=True, metavar="FILE", help="package file to write (.xlsx)")
    mode = export.add_mutually_exclusive_group()
    mode.add_argument("--full", action="store_true", help="every activity, not only what was not acknowledged")
    mode.add_argument("--since-last", action="store_true", help="what changed since the previous export")
    export.add_argument("--office", metavar="CODE", help="only this office's activities (coordinators)")
    export.set_defaults(handler=run_export)

    imp = commands.add_parser("import", help="import sync packages")
    imp.add_argument("files", nargs="+", metavar="FILE", help="package files (.xlsx), imported in the order given")
    imp.add_argument("--dry-run", action="store_true", help="report what would happen; change nothing")
    add_format_option(imp)
    imp.add_argument("--accept-unsigned", action="store_true", help="import an unsigned or hand-edited package")
    imp.add_argument("--reason", default="", metavar="TEXT", help="why an unsigned package is accepted (recorded)")
    imp.set_defaults(handler=run_import)

    conflicts = commands.add_parser("conflicts", help="list and settle sync conflicts")
    sub = conflicts.add_subparsers(dest="conflicts_command", required=True, metavar="COMMAND")
    listing = sub.add_parser("list", help="open conflicts")
    listing.add_argument("--activity", metavar="ID", help="only this activity (its id, or the first 8 characters of it)")
    add_format_option(listing)
    listing.set_defaults(handler=run_conflicts_list)
    resolve = sub.add_parser("resolve", help="settle every open conflict of one activity with a new version")
    resolve.add_argument("id", type=int, nargs="?",
                         help="the number of any of the activity's conflicts, as 'conflicts list' prints it")
    resolve.add_argument("--keep", nargs="+", action="extend", required=True,
                         metavar="local|incoming|FIELD=local|incoming",
                         help="the value to keep for every field, or per field; a field not named keeps the value shown now")
    resolve.set_defaults(handler=run_conflicts_resolve)

    keys = commands.add_parser("keys", help="this installation's key and the offices' trusted keys")
    ksub = keys.add_subparsers(dest="keys_command", required=True, metavar="COMMAND")
    ksub.add_parser("show", help="show fingerprints").set_defaults(handler=run_keys_show)
    trust = ksub.add_parser("trust", help="trust a fingerprint for an office (replaces the old key); an office "
                                          "not heard from yet may be trusted before its first package")
    trust.add_argument("office", help="office code, e.g. ETH-ADD")
    trust.add_argument("fingerprint", help="the key fingerprint the office read to you, e.g. 3F2A-91C0-...")
    trust.add_argument("--role", choices=("field", "coordinator"), help="the office's role (default: field for an office trusted for the first time, "
                            "else the role it has)")
    trust.set_defaults(handler=run_keys_trust)
    forget = ksub.add_parser("forget", help="forget an office's key (the next one seen is trusted)")
    forget.add_argument("office", help="office code, e.g. ETH-ADD")
    forget.set_defaults(handler=run_keys_forget)


def _export_office(given: str | None, services: Services) -> str | None:
    """The office ``--office`` names, refused if this database never heard of it: a mistyped code would write an
    empty package and use up a package number."""
    if not given:
        return None
    office = checked_office_code(given)
    problems = unknown_codes(ActivityFilter(offices=(office,)), services.plan, services.vocabularies,
                             services.installation.office_codes())
    if problems:
        raise UserError(f"--office: {problems[0]}")
    return office


def run_export(args: argparse.Namespace, services: Services) -> int:
    out = output_file(args.out, "office.xlsx")
    office = _export_office(args.office, services)
    summary = services.sync.export_package(out, full=args.full, office=office, progress=ConsoleProgress(),
                                           since_last=args.since_last)
    print(f"Wrote {summary.path}: package {summary.seq} ({summary.mode}), {counted(summary.activities, 'activity')}, "
          f"{counted(summary.deleted, 'deletion')}, {counted(summary.revisions, 'version')}. "
          f"Key fingerprint {summary.fingerprint}.")
    return 0


def run_import(args: argparse.Namespace, services: Services) -> int:
    if args.accept_unsigned and not args.reason.strip():
        raise UserError("--accept-unsigned needs --reason TEXT saying why the package may be trusted (it is recorded).")
    if args.reason and not args.accept_unsigned:
        raise UserError("--reason goes with --accept-unsigned.")
    reports = services.sync.import_packages(args.files, dry_run=args.dry_run,
                                            accept_unsigned_reason=args.reason if args.accept_unsigned else None,
                                            progress=ConsoleProgress())
    if args.format == "json":
        print_json([report.as_dict() for report in reports])
    else:
        for report in reports:
            print(report.message)
            for warning in report.warnings:
                print(f"  warning: {warning}")
            for problem in _listed_refusals(report):
                print(f"  - {problem}")
            if report.open_conflicts:
                print(f"  {counted(report.open_conflicts, 'field conflict')}: see 'cairo-desktop conflicts list'.")
    return 0 if all(report.ok for report in reports) else 1


def _listed_refusals(report: ImportReport) -> list[str]:
    """The refusals to list under the report's message: those the message does not already say.

    A refused file or a refusal of trust is the message itself (further refusals are listed under it);
    refused rows are only counted in the message, so every one of them is listed.
    """
    return [problem for problem in report.refused if problem not in report.message]


def _activity_id(services: Services, given: str) -> str:
    """The full id of the activity ``given`` names: the id, or the first 8 or more characters of it."""
    return services.activities.get(given).id  # refuses an unknown or too short id, or a beginning several ids share


def _by_activity(conflicts: list[Conflict]) -> dict[str, list[Conflict]]:
    grouped: dict[str, list[Conflict]] = {}
    for conflict in conflicts:
        grouped.setdefault(conflict.activity_id, []).append(conflict)
    return grouped


def run_conflicts_list(args: argparse.Namespace, services: Services) -> int:
    activity_id = _activity_id(services, args.activity) if args.activity else None
    conflicts = services.sync.open_conflicts(activity_id)
    if args.format == "json":
        print_json([c.as_dict() for c in conflicts])
        return 0
    if not conflicts:
        print("No open conflicts." if activity_id is None else f"No open conflicts for activity {activity_id}.")
        return 0
    # Settling is per activity: one new version merges the activity's versions, so it settles every field
    # listed under it at once. One block per activity, each field with both values whole (they are what the
    # person chooses between), and one command naming all its fields.
    readable = ReadableValues(services.plan, services.vocabularies)
    grouped = _by_activity(conflicts)
    for rows in grouped.values():
        first = rows[0]
        print(f'Activity {first.activity_id[:8]} ({first.office}) "{first.title}": '
              f"{counted(len(rows), 'field')} in conflict")
        for conflict in rows:
            print(f"  {field_label(conflict.field)}")
            for side, value in (("local", conflict.local_value), ("incoming", conflict.incoming_value)):
                shown = "   <- shown until settled" if conflict.shown == side else ""
                print(f"    {side + ':':<10}{readable.value(conflict.field, value)}{shown}")
            for value in conflict.others:
                print(f"    {'also:':<10}{readable.value(conflict.field, value)}   (proposed by a third edit)")
        keep = " ".join(f"{conflict.field}=local" for conflict in rows)
        print(f"  To settle {'this field' if len(rows) == 1 else f'all {len(rows)} fields'}: "
              f"cairo-desktop conflicts resolve {first.id} --keep {keep}")
        print("    (write 'incoming' instead of 'local' for each field whose incoming value you want)")
        if any(conflict.others for conflict in rows):
            print("    (to keep a value marked 'also', settle the field either way, then edit the activity to write it)")
        print()
    print(f"{counted(len(conflicts), 'open conflict')} on {counted(len(grouped), 'activity')}. "
          "Settling an activity settles all of its listed fields at once, with one new version; "
          "a field not named in --keep keeps the value shown now.")
    return 0


def _keep_choices(keep: list[str]) -> str | dict[str, str]:
    """``--keep local|incoming`` or ``--keep FIELD=local|incoming ...``, each field named once."""
    plain = [item.strip() for item in keep if "=" not in item]
    if plain and len(plain) < len(keep) or len(plain) > 1:
        raise UserError("Use either --keep local (or incoming) for every field, or one or more FIELD=local|incoming.")
    if plain:
        return plain[0]
    named: dict[str, str] = {}
    for item in keep:
        field, choice = (part.strip() for part in item.split("=", 1))
        if field in named:
            raise UserError(f"Field '{field}' is named twice in --keep ({field}={named[field]} and {field}={choice}); "
                            "name each field once, with the value to keep.")
        named[field] = choice
    return named


def _conflict_id(args: argparse.Namespace) -> int:
    """The conflict's number, also when typed after ``--keep`` (``--keep local 3``), as the usage line shows it:
    ``--keep`` takes several values, so it takes the number as one of them."""
    if args.id is not None:
        return int(args.id)
    if len(args.keep) > 1 and args.keep[-1].strip().isdigit():
        return int(args.keep.pop().strip())
    raise UserError("Say which conflict to settle: cairo-desktop conflicts resolve ID --keep ..., with the number "
                    "'cairo-desktop conflicts list' prints.")


def run_conflicts_resolve(args: argparse.Namespace, services: Services) -> int:
    args.id = _conflict_id(args)
    choices = _keep_choices(args.keep)
    # The activity's open conflicts as they are before settling, to say what was kept of each.
    conflicts = services.sync.open_conflicts()
    chosen = next((c for c in conflicts if c.id == args.id), None)
    rows = _by_activity(conflicts).get(chosen.activity_id, []) if chosen else []
    activity = services.sync.resolve_conflict(args.id, choices)
    readable = ReadableValues(services.plan, services.vocabularies)
    what = counted(len(rows), "conflict") if len(rows) != 1 else "conflict"
    print(f"Settled the {what} of activity {activity.id} "
          f"(\"{rows[0].title if rows else activity.title}\"): it now has one version, {activity.rev[:12]}, which travels "
          "with the next package.")
    for conflict in rows:
        named = choices if isinstance(choices, str) else choices.get(conflict.field)
        side = named or conflict.shown
        value = conflict.local_value if side == "local" else conflict.incoming_value
        why = "" if named else " (the one shown; not named in --keep)"
        print(f"  {field_label(conflict.field)}: kept the {side} value{why}: {readable.value(conflict.field, value)}")
    if activity.deleted:
        print("The activity is now deleted; it stays in the history.")
    return 0


def run_keys_show(args: argparse.Namespace, services: Services) -> int:
    identity = services.context.require_identity()
    print(f"This installation ({identity.office_code}): {services.sync.key_fingerprint()}")
    pinned = services.sync.pinned_keys()
    if pinned:
        print_table(("office", "role", "fingerprint", "since"),
                    [(p.office, p.role, p.fingerprint + (" (awaiting first package)" if p.pending else ""),
                      p.pinned_at[:10]) for p in pinned], max_width=70)
    else:
        print("No office keys trusted yet.", file=sys.stdout)
    return 0


def run_keys_trust(args: argparse.Namespace, services: Services) -> int:
    office = checked_office_code(args.office)
    before = {pinned.office: pinned for pinned in services.sync.pinned_keys()}.get(office)
    seen = before is not None or office in services.installation.office_codes()
    pinned = services.sync.trust_key(office, args.fingerprint, args.role)
    print(f"Office {pinned.office} ({pinned.role}) is trusted with fingerprint {pinned.fingerprint}.")
    if before is not None and before.fingerprint != pinned.fingerprint:
        print(f"It replaces the key trusted before (fingerprint {before.fingerprint}).")
    sharing = services.sync.offices_sharing_key(pinned.office)
    if sharing:
        print(f"The same key is trusted for office {', '.join(sharing)}: either office can now sign for the other. "
              f"Keep it so only if office {pinned.office}'s computer was copied from theirs.")
    if not seen:
        print(f"No package from office {office} has been seen here yet: its first package will be imported only if "
              "it is signed with this key. Check that the office code is spelled as that office spells it.")
    return 0


def run_keys_forget(args: argparse.Namespace, services: Services) -> int:
    office = checked_office_code(args.office)
    if office not in {pinned.office for pinned in services.sync.pinned_keys()}:
        raise UserError(f"No key is trusted for office {office}, so there is nothing to forget; "
                        "'cairo-desktop keys show' lists the offices whose keys are trusted.")
    services.sync.forget_key(office)
    print(f"Forgot the key of office {office}; the next key seen for it will be trusted.")
    return 0
