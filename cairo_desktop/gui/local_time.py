"""Revision times as the clock on the user's wall reads them.

Revisions are stored in UTC ("2026-11-29T08:15:02.123456Z") so they sort the same in every office.
Shown as stored, a correction made at 10:15 in Khartoum read "last changed 08:15": a wrong time to
the person who just made it. The window shows the computer's local time instead (reports say UTC).
"""

from __future__ import annotations

from datetime import datetime, timezone


def local_minute(stored: str, seconds: bool = False) -> str:
    """``stored`` (ISO 8601, UTC) as local "YYYY-MM-DD HH:MM" (with ":SS" if asked); unreadable text as it was."""
    try:
        moment = datetime.fromisoformat(stored.replace("Z", "+00:00"))
    except ValueError:
        return stored[:19 if seconds else 16].replace("T", " ")
    if moment.tzinfo is None:  # written without a zone: the app writes UTC
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
