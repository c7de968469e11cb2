"""Numbers, percentages and dates written the way each report language writes them.

Babel is not installed and the reports need only three languages, so this stays small: thousands
separated by a comma in English and Arabic and by a narrow no-break space in French, day-month-year
dates with month names from the report texts.
"""

from __future__ import annotations

from datetime import date, datetime

from cairo_desktop.reports.texts import MONTHS

NARROW_NBSP = "\u202f"


def number(value: float | int | None, lang: str, decimals: int = 0) -> str:
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    if lang == "fr":
        text = text.replace(",", NARROW_NBSP).replace(".", ",")
    return text


def percent(part: int, whole: int, lang: str) -> str:
    share = round(100 * part / whole) if whole else 0
    return f"{share}{NARROW_NBSP}%" if lang == "fr" else f"{share}%"


def shares(parts: list[int], whole: int, lang: str) -> list[str]:
    """Whole percentages of ``parts`` that add up to 100, as a table that also prints "Total 100%" must.

    Rounding each share on its own can print 8%, 40%, 10%, 35%, 3% and 5% (101%) over a total
    of 100%; the points lost or gained in rounding go to the shares with the largest remainders.
    """
    if not whole:
        return [percent(0, 0, lang) for _part in parts]
    exact = [100 * part / whole for part in parts]
    points = [int(value) for value in exact]
    by_remainder = sorted(range(len(parts)), key=lambda index: points[index] - exact[index])
    for index in by_remainder[:max(round(sum(exact)) - sum(points), 0)]:
        points[index] += 1
    return [percent(value, 100, lang) for value in points]


def day(value: date | datetime | str | None, lang: str) -> str:
    """"9 April 2025" / "9 avril 2025" / "9 أبريل 2025"; ISO text is accepted."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    months = MONTHS.get(lang, MONTHS["en"])
    return f"{value.day} {months[value.month - 1]} {value.year}"


def moment(value: str, lang: str) -> str:
    """An ISO timestamp as a day and a UTC time, e.g. "9 April 2025, 14:05 UTC"."""
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return value or ""
    comma = "،" if lang == "ar" else ","
    return f"{day(parsed, lang)}{comma} {parsed:%H:%M} UTC"


def period(start: date | None, end: date | None, lang: str) -> str:
    if not start and not end:
        return ""
    return f"{day(start, lang) or '?'} – {day(end, lang) or '?'}"
