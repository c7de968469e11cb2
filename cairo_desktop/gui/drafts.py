"""Unsaved edits kept on disk, so a crash or power cut loses at most the field being typed.

The editor writes its raw state (exactly what is in the widgets, valid or not) here about a second
after each change; saving or discarding deletes it; the next start offers what is left. Files are
written to a temporary name, flushed to disk and renamed over the old one, so a power cut leaves
either the previous draft or the new one, never half a file.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cairo_desktop import paths


@dataclass(frozen=True)
class Draft:
    activity_id: str
    is_new: bool
    base_rev: str
    title: str
    saved_at: str
    state: dict[str, Any]


def drafts_dir() -> Path:
    folder = paths.user_data_dir() / "drafts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class DraftStore:
    def __init__(self, folder: Path | None = None, database_key: str = "") -> None:
        self.folder = folder or drafts_dir()
        # Drafts belong to one database: a draft made against another file must not be offered here.
        self._prefix = re.sub(r"[^A-Za-z0-9]+", "_", database_key)[-60:]

    def _file(self, activity_id: str) -> Path:
        safe = re.sub(r"[^A-Za-z0-9-]", "", activity_id)
        return self.folder / f"{self._prefix}__{safe}.json"

    def save(self, draft: Draft) -> None:
        target = self._file(draft.activity_id)
        temporary = target.with_suffix(".tmp")
        data = {
            "activity_id": draft.activity_id, "is_new": draft.is_new, "base_rev": draft.base_rev,
            "title": draft.title, "saved_at": draft.saved_at, "state": draft.state,
        }
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)

    def delete(self, activity_id: str) -> None:
        self._file(activity_id).unlink(missing_ok=True)

    def load_all(self) -> list[Draft]:
        """Every readable draft of this database, newest first; unreadable files are skipped."""
        drafts = []
        for file in self.folder.glob(f"{self._prefix}__*.json"):
            try:
                data = json.loads(file.read_text(encoding="utf-8"))
                drafts.append(Draft(
                    activity_id=str(data["activity_id"]), is_new=bool(data["is_new"]),
                    base_rev=str(data.get("base_rev", "")), title=str(data.get("title", "")),
                    saved_at=str(data.get("saved_at", "")), state=dict(data["state"]),
                ))
            except (OSError, ValueError, KeyError, TypeError):
                continue
        return sorted(drafts, key=lambda d: d.saved_at, reverse=True)
