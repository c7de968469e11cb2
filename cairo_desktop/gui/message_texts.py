"""Domain validation messages, the package reader's row messages, and why a file cannot be written, in
the interface language.

Validation (:mod:`cairo_desktop.domain.validation`) words its messages in English for the command
line; the editor and the import window show them in the interface language. Each known message is
recognised by its English and rebuilt from the translated template (the translations sit in the
"EditorTexts" context, where the editor first used them); an unknown message is shown as written.
``tests/gui/test_message_translations.py`` breaks every rule and checks that each one is recognised.
"""

from __future__ import annotations

import re
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cairo_desktop.gui.numbers import whole

translate = QCoreApplication.translate


def _number(english: str) -> str:
    """A whole number the core wrote with English thousands commas, written the interface language's way."""
    return whole(int(english.replace(",", "")))


_TABLE: list[tuple[str, Callable[[re.Match[str]], str]]] = [
    (r"A title is required\.", lambda m: translate("EditorTexts", "A title is required.")),
    (r"Choose the action of the plan.*", lambda m: translate("EditorTexts", "Choose the action of the plan this activity serves (for example 3.2).")),
    (r"A start date is required.*", lambda m: translate("EditorTexts", "A start date is required once an activity has started.")),
    (r"The date (.*) is not between 1900 and 2100.*", lambda m: translate("EditorTexts", "The date {date} is not between 1900 and 2100; check the year.").format(date=m[1])),
    (r"The end \((.*)\) is before the start \((.*)\)\.", lambda m: translate("EditorTexts", "The end ({end}) is before the start ({start}).").format(end=m[1], start=m[2])),
    (r"Say in which currency.*", lambda m: translate("EditorTexts", "Say in which currency the budget is (for example EUR).")),
    (r"([\d,]+) is more people than live on Earth.*", lambda m: translate("EditorTexts", "{count} is more people than live on Earth; check the number.").format(count=_number(m[1]))),
    (r"The budget cannot be negative\.", lambda m: translate("EditorTexts", "The budget cannot be negative.")),
    (r"The budget must be an amount of money.*", lambda m: translate("EditorTexts", "The budget must be an amount of money, for example 25000.")),
    (r"([\d,]+) is more than any budget; check the amount\.",
     lambda m: translate("EditorTexts", "{amount} is more than any budget; check the amount.").format(amount=_number(m[1]))),
    (r"'(.*)' cannot be read as one amount of money: a comma may only group thousands \(as in 1,500\)\. Write the "
     r"amount with a point as decimal separator, e\.g\. 1500\.50\.",
     lambda m: translate("EditorTexts", "'{value}' cannot be read as one amount of money: a comma may only group "
                                        "thousands (as in 1,500). Write the amount with a point as decimal separator, "
                                        "for example 1500.50.").format(value=m[1])),
    (r"Every organisation needs a name\.", lambda m: translate("EditorTexts", "Every organisation needs a name.")),
    (r"'(.*)' is not a date.*", lambda m: translate("EditorTexts", "'{value}' is not a date; write it as YYYY-MM-DD, for example 2025-04-09.").format(value=m[1])),
    (r"'(.*)' is not an amount of money.*", lambda m: translate("EditorTexts", "'{value}' is not an amount of money; write digits only, for example 25000.").format(value=m[1])),
    (r"'(.*)' is not a whole number of people\.", lambda m: translate("EditorTexts", "'{value}' is not a whole number of people.").format(value=m[1])),
    (r"The people (\w+) by group, sex and age add up to (\d+), more than the stated total of (\d+)\.",
     lambda m: translate("EditorTexts", "The people in the grid add up to {sum}, more than the stated total of {total}.").format(sum=m[2], total=m[3])),
    (r"'' is not an ISO 3166.*", lambda m: translate("EditorTexts", "Choose a country in every row, or remove the empty row.")),
    (r"(\w+) is listed twice\.", lambda m: translate("EditorTexts", "{country} is listed twice.").format(country=m[1])),
    (r"The title is too long \((\d+) characters; at most (\d+)\)\.",
     lambda m: translate("EditorTexts", "The title is too long ({length} characters; at most {limit}).").format(length=m[1], limit=m[2])),
    (r"The text is too long \(at most (\d+) characters\)\.",
     lambda m: translate("EditorTexts", "The text is too long (at most {limit} characters).").format(limit=m[1])),
    (r"'(.*)' is not an action of the Cairo Action Plan \(1\.1 to 5\.4\)\.",
     lambda m: translate("EditorTexts", "'{code}' is not an action of the Cairo Action Plan (1.1 to 5.4).").format(code=m[1])),
    (r"'(.*)' is not a cross-cutting approach; use one of (.*)\.",
     lambda m: translate("EditorTexts", "'{code}' is not a cross-cutting approach; use one of {choices}.").format(code=m[1], choices=m[2])),
    (r"A status is required; use one of (.*)\.",
     lambda m: translate("EditorTexts", "A status is required; use one of {choices}.").format(choices=m[1])),
    (r"An activity type is required; use one of (.*)\.",
     lambda m: translate("EditorTexts", "An activity type is required; use one of {choices}.").format(choices=m[1])),
    (r"'(.*)' is not a status; use one of (.*)\.",
     lambda m: translate("EditorTexts", "'{code}' is not a status; use one of {choices}.").format(code=m[1], choices=m[2])),
    (r"'(.*)' is not an activity type; use one of (.*)\.",
     lambda m: translate("EditorTexts", "'{code}' is not an activity type; use one of {choices}.").format(code=m[1], choices=m[2])),
    (r"'(.*)' is not a known language code\.",
     lambda m: translate("EditorTexts", "'{code}' is not a known language code.").format(code=m[1])),
    (r"'(.*)' is not an ISO 3166 alpha-3 country code.*",
     lambda m: translate("EditorTexts", "'{code}' is not an ISO 3166 alpha-3 country code (for example ETH, SDN, ITA).").format(code=m[1])),
    (r"'(.*)' is not a route role; use origin, transit or destination\.",
     lambda m: translate("EditorTexts", "'{code}' is not a route role; use origin, transit or destination.").format(code=m[1])),
    (r"'(.*)' is not an organisation role; use one of (.*)\.",
     lambda m: translate("EditorTexts", "'{code}' is not an organisation role; use one of {choices}.").format(code=m[1], choices=m[2])),
    (r"'(.*)' is not an organisation type code\.",
     lambda m: translate("EditorTexts", "'{code}' is not an organisation type code.").format(code=m[1])),
    (r"'(.*)' is not an ISO 4217 currency code.*",
     lambda m: translate("EditorTexts", "'{code}' is not an ISO 4217 currency code (for example EUR, USD, ETB).").format(code=m[1])),
    (r"'(.*)' is not a population group\.",
     lambda m: translate("EditorTexts", "'{code}' is not a population group.").format(code=m[1])),
    (r"'(.*)' is not a sex category; use f, m or x\.",
     lambda m: translate("EditorTexts", "'{code}' is not a sex category; use f, m or x.").format(code=m[1])),
    (r"'(.*)' is not an age band\.", lambda m: translate("EditorTexts", "'{code}' is not an age band.").format(code=m[1])),
    (r"People targeted cannot be negative \((.*): (-?\d+)\)\.",
     lambda m: translate("EditorTexts", "People targeted cannot be negative ({cell}: {value}).").format(cell=m[1], value=m[2])),
    (r"People reached cannot be negative \((.*): (-?\d+)\)\.",
     lambda m: translate("EditorTexts", "People reached cannot be negative ({cell}: {value}).").format(cell=m[1], value=m[2])),
    (r"The cell (.*) appears twice\.", lambda m: translate("EditorTexts", "The cell {cell} appears twice.").format(cell=m[1])),
    (r"The total of people targeted cannot be negative\.",
     lambda m: translate("EditorTexts", "The total of people targeted cannot be negative.")),
    (r"The total of people reached cannot be negative\.",
     lambda m: translate("EditorTexts", "The total of people reached cannot be negative.")),
    (r"This activity belongs to office (\S+); this installation is the field office (\S+) and can only change its own activities\.",
     lambda m: translate("EditorTexts", "Read only: this activity belongs to office {owner}. This installation is the field office {office} and can change only its own activities; the owner or a coordinator can change it.").format(owner=m[1], office=m[2])),
]

# What the package reader says of a row it cannot take, beside validation (sync/parse.py).
_IMPORT_ROWS: list[tuple[str, Callable[[re.Match[str]], str]]] = [
    (r"'(.*)' is text, not a date\. Type the date so the spreadsheet recognises it, or write it as YYYY-MM-DD "
     r"\(e\.g\. 2025-04-09\)\.",
     lambda m: translate("ImportRows", "'{value}' is text, not a date. Type the date so the spreadsheet recognises it, "
                                       "or write it as YYYY-MM-DD (e.g. 2025-04-09).").format(value=m[1])),
    (r"(\S+) is negative; a number of people cannot be below zero\.",
     lambda m: translate("ImportRows", "{value} is negative; a number of people cannot be below zero.").format(
         value=m[1])),
    (r"(\S+) is not a whole number of people\.",
     lambda m: translate("ImportRows", "{value} is not a whole number of people.").format(value=m[1])),
    (r"this row was not exported as a deletion\. Rows cannot be added to the 'Deleted' sheet by hand; delete "
     r"activities in Cairo Desktop instead\.",
     lambda m: translate("ImportRows", "This row was not exported as a deletion. Rows cannot be added to the "
                                       "'Deleted' sheet by hand; delete activities in Cairo Desktop instead.")),
    (r"the row of activity (\S+) \(version (\w+)\) is missing; rows must not be deleted from a package\. Ask the "
     r"sender for the original file\.",
     lambda m: translate("ImportRows", "The row of activity {activity} (version {version}) is missing; rows must not "
                                       "be deleted from a package. Ask the sender for the original file.").format(
         activity=m[1], version=m[2])),
    (r"version (\w+) appears on two rows \(a duplicated row\)\. Delete the copy and save again\.",
     lambda m: translate("ImportRows", "Version {version} appears on two rows (a duplicated row). Delete the copy and "
                                       "save again.").format(version=m[1])),
    (r"version (\w+) is listed twice \(duplicated rows\)\. Ask the sender to export the package again\.",
     lambda m: translate("ImportRows", "Version {version} is listed twice in the hidden bookkeeping sheet (duplicated "
                                       "rows). Ask the sender to export the package again.").format(version=m[1])),
    (r"the hidden bookkeeping row is damaged\. Ask the sender to export the package again\.",
     lambda m: translate("ImportRows", "The hidden bookkeeping row is damaged. Ask the sender to export the package "
                                       "again.")),
    (r"'(.*)' is used by another new row as well; give each new activity its own reference \(or leave it empty\)\.",
     lambda m: translate("ImportRows", "'{reference}' is used by another new row as well; give each new activity its "
                                       "own reference (or leave it empty).").format(reference=m[1])),
    (r"the Activity ID is empty, so this row belongs to no activity\. Write the Activity ID of its activity as on "
     r"the 'Activities' sheet \(for a new activity, the reference you gave it there, such as new-1\)\.",
     lambda m: translate("ImportRows", "The Activity ID is empty, so this row belongs to no activity. Write the "
                                       "Activity ID of its activity as on the 'Activities' sheet (for a new activity, "
                                       "the reference you gave it there, such as new-1).")),
    (r"this row belongs to activity '(.*)', but no row of the 'Activities' sheet has that Activity ID and Version, "
     r"so it would be lost\. Write the Activity ID and Version of its activity exactly as on the 'Activities' sheet "
     r"\(for a new activity, its reference, such as new-1, and an empty Version\), or delete this row\.",
     lambda m: translate("ImportRows", "This row belongs to activity '{reference}', but no row of the 'Activities' "
                                       "sheet has that Activity ID and Version, so it would be lost. Write the "
                                       "Activity ID and Version of its activity exactly as on the 'Activities' sheet "
                                       "(for a new activity, its reference, such as new-1, and an empty Version), or "
                                       "delete this row.").format(reference=m[1])),
    (r"the Version cell holds '(.*)', which is not the version this row was exported with\. Copy the Version back "
     r"from the original file \(it must stay exactly as exported\), or leave it empty for a new activity\.",
     lambda m: translate("ImportRows", "The Version cell holds '{value}', which is not the version this row was "
                                       "exported with. Copy the Version back from the original file (it must stay "
                                       "exactly as exported), or leave it empty for a new activity.").format(
         value=m[1])),
    (r"the Version cell is empty, but activity (\S+) was exported with a version\. Copy the Version back from the "
     r"original file; only a new activity has an empty Version\.",
     lambda m: translate("ImportRows", "The Version cell is empty, but activity {activity} was exported with a "
                                       "version. Copy the Version back from the original file; only a new activity "
                                       "has an empty Version.").format(activity=m[1])),
    (r"the Activity ID was changed: the Version of this row belongs to activity (\S+)\. Copy the Activity ID back "
     r"from the original file; a new activity needs a row of its own with an empty Version\.",
     lambda m: translate("ImportRows", "The Activity ID was changed: the Version of this row belongs to activity "
                                       "{activity}. Copy the Activity ID back from the original file; a new activity "
                                       "needs a row of its own with an empty Version.").format(activity=m[1])),
    (r"activity (\S+) belongs to office (\S+); a package from field office (\S+) may only change its own "
     r"activities\. Ask the coordinator to send that change\.",
     lambda m: translate("ImportRows", "Activity {activity} belongs to office {owner}; a package from field office "
                                       "{office} may only change its own activities. Ask the coordinator to send that "
                                       "change.").format(activity=m[1], owner=m[2], office=m[3])),
    (r"activity (\S+) belongs to office (\S+); this workbook is not signed, so it may only change activities of "
     r"the office it names \((\S+)\)\. Undo the change to that activity, or ask office (\S+) to make it\.",
     lambda m: translate("ImportRows", "Activity {activity} belongs to office {owner}; this workbook is not signed, "
                                       "so it may only change activities of the office it names ({office}). Undo the "
                                       "change to that activity, or ask office {owner} to make it.").format(
         activity=m[1], owner=m[2], office=m[3])),
    (r"activity (\S+) belongs to office (\S+), but the package says another office owns it\. Ask the sender to "
     r"export again\.",
     lambda m: translate("ImportRows", "Activity {activity} belongs to office {owner}, but the package says another "
                                       "office owns it. Ask the sender to export again.").format(activity=m[1],
                                                                                                 owner=m[2])),
    (r"a hand-added row uses the id of existing activity (\S+); leave 'Activity ID' empty for a new activity, or "
     r"copy the exported row with its 'Version'\.",
     lambda m: translate("ImportRows", "A row added by hand uses the id of the existing activity {activity}; leave "
                                       "'Activity ID' empty for a new activity, or copy the exported row with its "
                                       "'Version'.").format(activity=m[1])),
    (r"'(.*)' is not a key fingerprint; it has 32 hexadecimal digits in 8 groups, like 3F2A-91C0-\.\.\.\.",
     lambda m: translate("ImportRows", "'{value}' is not a key fingerprint: it has 32 hexadecimal digits in 8 "
                                       "groups, like 3F2A-91C0-….").format(value=m[1])),
    (r"(\S+) is this installation's own office: its key is made here and needs no trusting \(its fingerprint is "
     r"shown under Sync, Keys, or by 'cairo-desktop keys show'\)\.",
     lambda m: translate("ImportRows", "{office} is this installation's own office: its key is made here and needs "
                                       "no trusting (its fingerprint is shown above).").format(office=m[1])),
    (r"the Office was changed to '(.*)', but an activity always belongs to the office that created it \((\S+)\)\. "
     r"Put back (\S+)\.",
     lambda m: translate("ImportRows", "The Office was changed to '{value}', but an activity always belongs to the "
                                       "office that created it ({owner}). Put back {owner}.").format(value=m[1],
                                                                                                  owner=m[2])),
    (r"a new activity in this workbook belongs to office (\S+), the office the workbook comes from, not '(.*)'\. "
     r"Leave the Office cell empty or write (\S+)\.",
     lambda m: translate("ImportRows", "A new activity in this workbook belongs to office {office}, the office the "
                                       "workbook comes from, not '{value}'. Leave the Office cell empty or write "
                                       "{office}.").format(office=m[1], value=m[2])),
    (r"No key is trusted for office (\S+)\.",
     lambda m: translate("ImportRows", "No key is trusted for office {office}.").format(office=m[1])),
    (r"this row of the hidden '_history' sheet was changed, but it holds an older version, which cannot be "
     r"changed\. Undo the change, or ask the sender for the original file; change the activity's row on the "
     r"'Activities' sheet instead\.",
     lambda m: translate("ImportRows", "This row of the hidden '_history' sheet was changed, but it holds an older "
                                       "version, which cannot be changed. Undo the change, or ask the sender for the "
                                       "original file; change the activity's row on the 'Activities' sheet "
                                       "instead.")),
]



# The reasons and advice of cairo_desktop.output_files, marked for lupdate and translated when shown.
_FILE_REASONS = (
    QT_TRANSLATE_NOOP("FileTexts", "you are not allowed to write in that folder"),
    QT_TRANSLATE_NOOP("FileTexts", "Choose another folder."),
    QT_TRANSLATE_NOOP("FileTexts", "the disk is read-only"),
    QT_TRANSLATE_NOOP("FileTexts", "the disk is full"),
    QT_TRANSLATE_NOOP("FileTexts", "Free some space on it or choose another disk."),
    QT_TRANSLATE_NOOP("FileTexts", "your share of the disk is used up"),
    QT_TRANSLATE_NOOP("FileTexts", "the disk stopped answering"),
    QT_TRANSLATE_NOOP("FileTexts", "Check that it is still connected and try again."),
    QT_TRANSLATE_NOOP("FileTexts", "the folder is no longer there"),
    QT_TRANSLATE_NOOP("FileTexts", "Check that the disk is still connected and try again."),
    QT_TRANSLATE_NOOP("FileTexts", "the file name is too long"),
    QT_TRANSLATE_NOOP("FileTexts", "Choose a shorter name."),
    QT_TRANSLATE_NOOP("FileTexts", "the file is open in another program, or you are not allowed to replace it"),
    QT_TRANSLATE_NOOP("FileTexts", "Close it there and try again."),
)


def _file_reasons() -> dict[str, str]:
    """The reasons and advice of :mod:`cairo_desktop.output_files`, in the interface language."""
    return {english: translate("FileTexts", english) for english in _FILE_REASONS}


def _reason(english: str) -> str:
    """A reason or advice in the interface language; one the window does not know (the system's own words for
    a rarer error) as written."""
    allowed = re.fullmatch(r"the system does not allow it \((.*)\)", english)
    if allowed:
        return translate("FileTexts", "the system does not allow it ({reason})").format(reason=allowed[1])
    return _file_reasons().get(english, english)


# What cairo_desktop.output_files says when a package or a report cannot be written (a read-only or full USB stick).
_FILES: list[tuple[str, Callable[[re.Match[str]], str]]] = [
    (r"Cannot write (.+): no new file can be made in the folder (.+), because (.+)\. ([^.]+\.)",
     lambda m: translate("FileTexts", "Cannot write {file}: no new file can be made in the folder {folder}, because "
                                      "{reason}. {advice}").format(file=m[1], folder=m[2], reason=_reason(m[3]),
                                                                   advice=_reason(m[4]))),
    (r"Cannot write (.+): the folder (.+) does not exist\. Create it or choose another folder\.",
     lambda m: translate("FileTexts", "Cannot write {file}: the folder {folder} does not exist. Create it or choose "
                                      "another folder.").format(file=m[1], folder=m[2])),
    (r"Cannot write (.+): (.+) is a file, not a folder\. Choose another folder\.",
     lambda m: translate("FileTexts", "Cannot write {file}: {folder} is a file, not a folder. Choose another "
                                      "folder.").format(file=m[1], folder=m[2])),
    (r"(.+) is a folder, not a file\. Give the name of a file to write in it, for example (.+)\.",
     lambda m: translate("FileTexts", "{folder} is a folder, not a file. Give the name of a file to write in it, for "
                                      "example {example}.").format(folder=m[1], example=m[2])),
    (r"This package would hold ([\d,]+) rows on its sheet '(.+)', more than a spreadsheet holds \(([\d,]+) below the "
     r"header\)\. Export one office at a time \(--office\), or only what changed since the last export\.",
     lambda m: translate("FileTexts", "This package would hold {count} rows on its sheet '{sheet}', more than a "
                                      "spreadsheet holds ({limit} below the header). Choose one office at a time, or "
                                      "what changed since the last export.").format(
         count=_number(m[1]), sheet=m[2], limit=_number(m[3]))),
    (r"Cannot write (.+): (.+)\. ([^.]+\.)",
     lambda m: translate("FileTexts", "Cannot write {file}: {reason}. {advice}").format(
         file=m[1], reason=_reason(m[2]), advice=_reason(m[3]))),
]

# What the services say when a change meets one made meanwhile (an import, another window, the command line).
_CHANGES: list[tuple[str, Callable[[re.Match[str]], str]]] = [
    (r"No open conflict with id (\d+)\.",
     lambda m: translate("ChangeTexts", "Conflict {id} is no longer open: it was settled meanwhile (in another "
                                        "window, from the command line or by an import).").format(id=m[1])),
    (r"Conflict (\d+) was already settled by a later change\.",
     lambda m: translate("ChangeTexts", "Conflict {id} was already settled by a later change.").format(id=m[1])),
    (r"Activity (\S+) was changed since you loaded it \(you had revision (\w+), it is now (\w+)\)\. Reload it and "
     r"make your change again\.",
     lambda m: translate("ChangeTexts", "Activity {id} was changed since you opened it (you had version {old}, it is "
                                        "now {new}), by an import or in another window. Open it again from the list "
                                        "and make your change again.").format(id=m[1][:8], old=m[2], new=m[3])),
]

_PATTERNS = [(re.compile(pattern, re.DOTALL), build)
             for pattern, build in _TABLE + _IMPORT_ROWS + _FILES + _CHANGES]


def translate_message(message: str) -> str:
    """``message`` in the interface language when it is one the window knows (validation, a package's rows,
    a file that cannot be written); any other as written."""
    for pattern, build in _PATTERNS:
        match = pattern.fullmatch(message)
        if match:
            return build(match)
    return message
