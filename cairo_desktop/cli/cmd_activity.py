"""``activity add|edit|show|delete|list|history``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from cairo_desktop.cli.output import add_format_option, counted, print_csv, print_json, print_table, split_values
from cairo_desktop.domain.activity import Activity, to_json
from cairo_desktop.domain.activity_json import parse_date
from cairo_desktop.domain.filters import ORDERABLE_COLUMNS, ActivityFilter, unknown_codes
from cairo_desktop.domain.readable import ReadableValues, field_label
from cairo_desktop.errors import UserError
from cairo_desktop.services import Services

LIST_HEADERS = ("id", "office", "action", "status", "start", "end", "reached", "title")


def _field_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", metavar="FILE", help="read the activity (or a list of them) from a JSON file, '-' for stdin")
    parser.add_argument("--title", metavar="TEXT", help="title of the activity")
    parser.add_argument("--action", metavar="CODE", help="primary action code, e.g. 3.2")
    parser.add_argument("--secondary-action", action="append", dest="secondary_actions", metavar="CODE",
                        help="another action of the plan it serves, e.g. 4.2 (repeat, or CODE,CODE)")
    parser.add_argument("--approach", action="append", dest="approaches", metavar="CODE",
                        help="cross-cutting approach, e.g. whole_of_route; 'cairo-desktop plan' lists them (repeat)")
    parser.add_argument("--status", metavar="STATUS", help="pipeline, implementation, finalisation, closed, cancelled or suspended "
                                         "(a new activity without one is pipeline: not started yet)")
    parser.add_argument("--type", dest="activity_type", metavar="TYPE",
                        help="training, dialogue, policy, assistance, awareness, research, coordination, equipment or "
                             "other")
    parser.add_argument("--description", metavar="TEXT", help="what is done, for whom and why")
    parser.add_argument("--lang", dest="text_lang", metavar="CODE", help="language of the texts (en, fr, ar, am, ...)")
    parser.add_argument("--start", dest="planned_start", metavar="DATE", help="planned start, YYYY-MM-DD")
    parser.add_argument("--end", dest="planned_end", metavar="DATE", help="planned end, YYYY-MM-DD")
    parser.add_argument("--actual-start", metavar="DATE", help="actual start, YYYY-MM-DD")
    parser.add_argument("--actual-end", metavar="DATE", help="actual end, YYYY-MM-DD")
    parser.add_argument("--country", action="append", dest="countries", metavar="ISO3[:ROLE]",
                        help="country and route role, e.g. ETH:origin (repeat)")
    parser.add_argument("--admin-area", metavar="TEXT", help="region or province")
    parser.add_argument("--place", metavar="TEXT", help="town or site")
    parser.add_argument("--org", action="append", dest="organisations", metavar="NAME:ROLE[:TYPE]",
                        help="organisation with its role, e.g. 'IOM:implementing:40' (repeat)")
    parser.add_argument("--budget", dest="budget_amount", metavar="AMOUNT", help="budget in digits, e.g. 25000")
    parser.add_argument("--currency", metavar="CODE", help="ISO 4217 currency code, e.g. EUR")
    parser.add_argument("--people", action="append", metavar="GROUP:SEX:AGE:TARGETED:REACHED",
                        help="people targeted and reached in one group, sex and age band, e.g. REF:f:children:120:95; "
                             "a count not known yet may be left empty, e.g. REF:f:children:120: (repeat)")
    parser.add_argument("--targeted-total", metavar="N", help="people targeted in all, when not given by --people")
    parser.add_argument("--reached-total", metavar="N", help="people reached in all, when not given by --people")
    parser.add_argument("--notes", metavar="TEXT", help="anything else worth keeping")


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """The options that select activities (``activity list``, ``report summary``), read by :func:`filter_from_args`."""
    parser.add_argument("--action", action="append", dest="actions", metavar="CODE",
                        help="action of the plan, e.g. 3.2 (repeat, or CODE,CODE)")
    parser.add_argument("--domain", action="append", dest="domains", metavar="N", help="domain of the plan, 1 to 5 (repeat)")
    parser.add_argument("--status", action="append", dest="statuses", metavar="STATUS",
                        help="pipeline, implementation, finalisation, closed, cancelled or suspended (repeat)")
    parser.add_argument("--country", action="append", dest="countries", metavar="ISO3",
                        help="country code, e.g. ETH (repeat)")
    parser.add_argument("--office", action="append", dest="offices", metavar="CODE",
                        help="owning office, e.g. ETH-ADD (repeat)")
    parser.add_argument("--approach", action="append", dest="approaches", metavar="CODE",
                        help="cross-cutting approach, e.g. whole_of_route (repeat)")
    parser.add_argument("--text", default="", help="words that must appear in the title, place or description")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="running on or after this day")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="running on or before this day")
    parser.add_argument("--deleted", choices=("live", "deleted", "all"), default="live",
                        help="live activities (default), deleted ones, or all")


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    activity = commands.add_parser("activity", help="add, edit, show, delete, list activities")
    sub = activity.add_subparsers(dest="activity_command", required=True, metavar="COMMAND")

    add = sub.add_parser("add", help="record a new activity")
    _field_options(add)
    add.add_argument("--office", dest="owner_office", metavar="CODE", help="owning office (coordinators only)")
    add_format_option(add)
    add.set_defaults(handler=run_add)

    edit = sub.add_parser("edit", help="change an activity")
    edit.add_argument("id", nargs="?", help="activity id (or a unique prefix of 8+ characters)")
    _field_options(edit)
    add_format_option(edit)
    edit.set_defaults(handler=run_edit)

    show = sub.add_parser("show", help="show one activity")
    show.add_argument("id", help="activity id (or a unique prefix of 8+ characters)")
    add_format_option(show)
    show.set_defaults(handler=run_show)

    delete = sub.add_parser("delete", help="delete an activity (kept in the history)")
    delete.add_argument("id", help="activity id (or a unique prefix of 8+ characters)")
    delete.set_defaults(handler=run_delete)

    listing = sub.add_parser("list", help="list activities")
    add_filter_options(listing)
    listing.add_argument("--sort", choices=ORDERABLE_COLUMNS, default="updated_at", metavar="COLUMN",
                         help=f"column to sort by: {', '.join(ORDERABLE_COLUMNS)} (default: updated_at, newest first)")
    listing.add_argument("--ascending", action="store_true", help="smallest or oldest first")
    listing.add_argument("--limit", type=_limit, metavar="N", help="list at most N activities")
    listing.add_argument("--format", choices=("table", "json", "csv"), default="table",
                         help="table to read (default), json or csv for programs and spreadsheets")
    listing.set_defaults(handler=run_list)

    history = sub.add_parser("history", help="every revision of an activity, with what changed")
    history.add_argument("id", help="activity id (or a unique prefix of 8+ characters)")
    add_format_option(history)
    history.set_defaults(handler=run_history)


# --- reading options ------------------------------------------------------------------------

def _limit(value: str) -> int:
    """``--limit N``: a whole number of 0 or more (a negative one listed everything, as if none was given)."""
    if not value.strip().isdigit():
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number of 0 or more")
    return int(value)


def _pair_list(values: list[str] | None, keys: tuple[str, ...], option: str, form: str,
               required: int = 1) -> list[dict[str, Any]] | None:
    """``--country``/``--org`` items split at ':' into ``keys``; the first ``required`` parts must be given (an
    organisation without its role was refused as "'' is not an organisation role", naming no option)."""
    if values is None:
        return None
    result = []
    for value in values:
        parts = value.split(":")
        if len(parts) > len(keys) or len(parts) < required or not all(part.strip() for part in parts[:required]):
            raise UserError(f"Option {option} '{value}' should look like {form}.")
        result.append({key: (parts[i].strip() if i < len(parts) else "") for i, key in enumerate(keys)})
    return result


PEOPLE_FORM = ("GROUP:SEX:AGE:TARGETED:REACHED, for example REF:f:children:120:95 (leave a count empty if it is "
               "not known yet, as in REF:f:children:120:)")


def _people_list(values: list[str] | None) -> list[dict[str, Any]] | None:
    """``--people`` items: group, sex and age, then the targeted and reached counts (one of them may be empty)."""
    if values is None:
        return None
    result = []
    for value in values:
        parts = [part.strip() for part in value.split(":")]
        if len(parts) != 5 or not all(parts[:3]):
            raise UserError(f"Option --people '{value}' should be {PEOPLE_FORM}.")
        group, sex, age, targeted, reached = parts
        if not targeted and not reached:
            raise UserError(f"Option --people '{value}' gives no count; write {PEOPLE_FORM}.")
        for kind, count in (("targeted", targeted), ("reached", reached)):
            if count and not count.isdigit():
                raise UserError(f"Option --people '{value}': '{count}' is not a whole number of people {kind}; "
                                f"write {PEOPLE_FORM}.")
        result.append({"group": group, "sex": sex, "age": age, "targeted": targeted, "reached": reached})
    return result


def changes_from_options(args: argparse.Namespace) -> dict[str, Any]:
    """The fields given as options (absent options are left out, so edit changes only those)."""
    changes: dict[str, Any] = {}
    for name in ("title", "action", "status", "activity_type", "description", "text_lang", "planned_start",
                 "planned_end", "actual_start", "actual_end", "admin_area", "place", "budget_amount", "currency",
                 "targeted_total", "reached_total", "notes"):
        value = getattr(args, name, None)
        if value is not None:
            changes[name] = value
    for name in ("secondary_actions", "approaches"):
        if getattr(args, name) is not None:
            changes[name] = list(split_values(getattr(args, name)))
    countries = _pair_list(args.countries, ("country", "role"), "--country", "ISO3[:ROLE], for example ETH:origin")
    if countries is not None:
        changes["countries"] = countries
    organisations = _pair_list(args.organisations, ("name", "role", "type"), "--org",
                               "NAME:ROLE[:TYPE], for example IOM:implementing:40 (ROLE: funding, accountable, "
                               "extending or implementing)", required=2)
    if organisations is not None:
        changes["organisations"] = organisations
    people = _people_list(args.people)
    if people is not None:
        changes["people"] = people
    return changes


def read_json_file(path: str) -> list[dict[str, Any]]:
    """One object or a list of objects from a file (or stdin), with a clear error if it is not JSON."""
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8-sig")
    except OSError as error:
        raise UserError(f"Cannot read {path}: {error.strerror}.") from None
    except UnicodeDecodeError:  # e.g. saved as UTF-16 ("Unicode") by Notepad, or not a text file at all
        raise UserError(f"{path} is not a UTF-8 text file; save it again as UTF-8 (in Notepad: Save as, "
                        "Encoding UTF-8) and retry. Nothing was saved.") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise UserError(f"{path} is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg}).") from None
    items = data if isinstance(data, list) else [data]
    if not items:
        raise UserError(f"{path} holds an empty list: give one activity as a JSON object, or a list of them.")
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise UserError(f"{path}: entry {number} is not a JSON object with activity fields.")
    return items


def _print_saved(activities: list[Activity], verb: str, fmt: str) -> None:
    if fmt == "json":
        print_json([to_json(a) for a in activities] if len(activities) > 1 else to_json(activities[0]))
    else:
        for activity in activities:
            print(f"{verb} activity {activity.id} (revision {activity.rev[:12]}): {activity.title}")


# The option that sets each field whose option name differs from the field's name.
OPTION_OF_FIELD = {"planned_start": "--start", "planned_end": "--end", "activity_type": "--type",
                   "text_lang": "--lang", "budget_amount": "--budget", "countries": "--country",
                   "organisations": "--org", "secondary_actions": "--secondary-action", "approaches": "--approach"}


def _option_of(field: str) -> str:
    return OPTION_OF_FIELD.get(field, "--" + field.replace("_", "-"))


def _said_as_options(error: UserError, options: dict[str, Any]) -> UserError:
    """The error with "Field 'planned_start': ..." said as "Option --start: ..." (and a validation issue's
    "[planned_end]" as "[--end]") when the value came from that option: a field officer typed --start and would
    not know what planned_start is."""
    text = original = str(error)
    for field in options:
        said = f"Field '{field}': "
        if said in text:  # at the start, or after "Record 2 of 3: " when --json gives several activities
            return UserError(text.replace(said, f"Option {_option_of(field)}: ", 1))
        text = text.replace(f"[{field}] ", f"[{_option_of(field)}] ")  # a validation issue: "[planned_end] The end..."
    return error if text == original else UserError(text)


# --- handlers -------------------------------------------------------------------------------

def run_add(args: argparse.Namespace, services: Services) -> int:
    options = changes_from_options(args)
    if args.json:
        items = [dict(item, **options) for item in read_json_file(args.json)]
    else:
        items = [options]
    try:
        saved = services.activities.add_many(items, office=args.owner_office)
    except UserError as error:
        raise _said_as_options(error, options) from None
    _print_saved(saved, "Added", args.format)
    return 0


def run_edit(args: argparse.Namespace, services: Services) -> int:
    options = changes_from_options(args)
    if args.json:
        items = read_json_file(args.json)
        if args.id and len(items) == 1:
            items[0]["id"] = args.id
        edits = []
        for number, item in enumerate(items, start=1):
            if not item.get("id"):
                raise UserError(f"{args.json}: entry {number} has no 'id'; say which activity to change.")
            edits.append((str(item["id"]), dict(item, **options), item.get("rev") or None))
    else:
        if not args.id:
            raise UserError("Say which activity to change: 'activity edit ID --title ...' or use --json FILE.")
        if not options:
            raise UserError("Nothing to change: give at least one field option (e.g. --status closed) or --json FILE.")
        edits = [(args.id, options, None)]
    try:
        saved = services.activities.edit_many(edits)
    except UserError as error:
        raise _said_as_options(error, options) from None
    _print_saved(saved, "Saved", args.format)
    return 0


def run_show(args: argparse.Namespace, services: Services) -> int:
    activity = services.activities.get(args.id)
    data = to_json(activity)
    if args.format == "json":
        print_json(data)
        return 0
    plan, vocab = services.plan, services.vocabularies
    print(f"{activity.title}{'  [DELETED]' if activity.deleted else ''}")
    print(f"  id:        {activity.id}")
    print(f"  office:    {activity.office}")
    print(f"  action:    {activity.action} {plan.action(activity.action).short_title.en}")
    print(f"  status:    {vocab.statuses.label(activity.status)}")
    print(f"  dates:     {data['start_date'] or '?'} to {data['end_date'] or '?'}")
    print(f"  countries: {', '.join(f'{c.country} ({c.role})' if c.role else c.country for c in activity.countries)}")
    print(f"  place:     {', '.join(part for part in (activity.place, activity.admin_area) if part) or '-'}")
    print(f"  people:    {activity.people_total('targeted')} targeted, {activity.people_total('reached')} reached")
    parallel = len(activity.heads)
    print(f"  revision:  {activity.rev}" + (f"  ({parallel} versions made in parallel: see 'cairo-desktop conflicts list')"
                                           if parallel > 1 else ""))
    print(f"  updated:   {activity.updated_at} by {activity.updated_by}")
    return 0


def run_delete(args: argparse.Namespace, services: Services) -> int:
    deleted = services.activities.delete(args.id)
    print(f"Deleted activity {deleted.id} ({deleted.title}); it stays in the history.")
    return 0


def _date_option(name: str, value: str | None) -> date | None:
    """The day a filter option gives, refused as that option ("Option --from: ..."), not as a field."""
    try:
        return parse_date(name, value) if value else None
    except UserError as error:
        raise UserError(str(error).replace(f"Field '{name}': ", f"Option {name}: ", 1)) from None


def filter_from_args(args: argparse.Namespace, services: Services) -> ActivityFilter:
    """The selection the filter options describe; a code that names nothing is refused, not left to match nothing."""
    try:
        domains = tuple(int(d) for d in split_values(args.domains))
    except ValueError:
        raise UserError("--domain takes a domain number from 1 to 5.") from None
    selection = ActivityFilter(
        actions=split_values(args.actions),
        domains=domains,
        statuses=tuple(s.lower() for s in split_values(args.statuses)),
        countries=tuple(c.upper() for c in split_values(args.countries)),
        offices=tuple(o.upper() for o in split_values(args.offices)),
        approaches=tuple(a.lower() for a in split_values(args.approaches)),
        text=args.text,
        date_from=_date_option("--from", args.date_from),
        date_to=_date_option("--to", args.date_to),
        deleted=args.deleted,
    )
    if selection.date_from and selection.date_to and selection.date_from > selection.date_to:
        raise UserError(f"--from {selection.date_from} is after --to {selection.date_to}; give the earlier day "
                        "with --from.")
    # An office with no activities here may still be one a coordinator hears from; one never heard of is a typo.
    offices = services.installation.office_codes() if selection.offices else None
    problems = unknown_codes(selection, services.plan, services.vocabularies, offices)
    if problems:
        raise UserError(problems[0])
    return selection


def run_list(args: argparse.Namespace, services: Services) -> int:
    selection = filter_from_args(args, services)
    activities = services.activities.find(selection, args.sort, not args.ascending, args.limit)
    if args.format == "json":
        print_json([to_json(a) for a in activities])
        return 0
    rows = [
        (a.id if args.format == "csv" else a.id[:8], a.office, a.action, a.status,
         a.start_date.isoformat() if a.start_date else "", a.end_date.isoformat() if a.end_date else "",
         a.people_total("reached"), a.title + (" [deleted]" if a.deleted else ""))
        for a in activities
    ]
    if args.format == "csv":
        print_csv(LIST_HEADERS, rows)
    else:
        print_table(LIST_HEADERS, rows)
        print(counted(len(rows), "activity"))
    return 0


def run_history(args: argparse.Namespace, services: Services) -> int:
    entries = services.activities.history(args.id)
    if args.format == "json":
        print_json([
            {"rev": e.rev_id, "parents": list(e.parents), "author": e.author, "office": e.office, "time": e.created_at,
             "deleted": e.deleted, "changes": [{"field": c.field, "old": c.old, "new": c.new} for c in e.changes]}
            for e in entries
        ])
        return 0
    readable = ReadableValues(services.plan, services.vocabularies)
    for entry in entries:
        kind = "deleted" if entry.deleted else ("merged" if entry.is_merge else ("created" if not entry.parents else "edited"))
        print(f"{entry.created_at}  {entry.rev_id[:12]}  {kind} by {entry.author} at office {entry.office}")
        for change in entry.changes:
            old, new = (_short(readable.value(change.field, value, separator="; ")) for value in (change.old, change.new))
            if old != new:  # an empty text and no value read the same
                print(f"    {field_label(change.field)}: {old} -> {new}")
    return 0


def _short(text: str) -> str:
    return text if len(text) <= 120 else text[:117] + "..."
