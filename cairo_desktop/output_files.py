"""Files written for people (packages, PDFs): one check of where they go, and one way of writing them.

The command line checks an output path before any work starts, and the services check it again when they
write, so the command line, the desktop and the tests all see the same sentence for the same mistake: which
file, what is wrong, what to do. A file is written under a unique temporary name beside its target, made as
any new file is (the umask decides who may read it), flushed to the disk and renamed over the target; on any
failure or cancellation the temporary file is removed and an older file of that name is left as it was, so a
USB stick pulled out mid-way leaves either the old file or a complete new one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path
from typing import Callable

from cairo_desktop.errors import UserError

# errno -> (why, what to do); one wording whether the folder is probed, written to or renamed in.
_REASONS: dict[int, tuple[str, str]] = {
    errno.EACCES: ("you are not allowed to write in that folder", "Choose another folder."),
    errno.EPERM: ("you are not allowed to write in that folder", "Choose another folder."),
    errno.EROFS: ("the disk is read-only", "Choose another folder."),
    errno.ENOSPC: ("the disk is full", "Free some space on it or choose another disk."),
    errno.EDQUOT: ("your share of the disk is used up", "Free some space on it or choose another disk."),
    errno.EIO: ("the disk stopped answering", "Check that it is still connected and try again."),
    errno.ENOENT: ("the folder is no longer there", "Check that the disk is still connected and try again."),
    errno.ENAMETOOLONG: ("the file name is too long", "Choose a shorter name."),
}
# Renaming over a file that another program holds open (Windows) fails like a refused permission.
_IN_USE = ("the file is open in another program, or you are not allowed to replace it",
           "Close it there and try again.")


def known_reasons() -> list[tuple[str, str]]:
    """Every (why, what to do) pair a refusal may give, for a window that words them in its own language."""
    return list(dict.fromkeys([*_REASONS.values(), _IN_USE]))


def check_output(path: str | os.PathLike[str], example: str) -> Path:
    """``path`` as a :class:`Path`, refused in one sentence unless a new file can be written there.

    For a front end to call before any work starts: besides the checks :func:`write_atomically` makes, it
    creates and removes a probe file, so a read-only or full folder is found out before, not after, the work.
    ``example`` is a file name to suggest when ``path`` is a folder.
    """
    target = _usable_target(path, example)
    probe = _new_temporary(target)
    os.remove(probe)
    return target


def write_atomically(path: str | os.PathLike[str], write: Callable[[Path], object], example: str) -> Path:
    """Put the file ``write(temporary)`` writes at ``path``, whole or not at all; returns the path.

    ``write`` writes the content to the temporary path it is given. Any exception it raises (a cancellation
    too) removes the temporary file and leaves an older file at ``path`` untouched; an operating system
    error about the disk or the folder becomes a :class:`UserError` naming the file.
    """
    target = _usable_target(path, example)
    temporary = _new_temporary(target)
    try:
        _write_and_flush(target, temporary, write)
        _replace(temporary, target, example)
    except BaseException:
        with contextlib.suppress(OSError):  # a disk gone with its folder: nothing left to remove
            temporary.unlink()
        raise
    _flush_folder(target.parent)
    return target


def _usable_target(path: str | os.PathLike[str], example: str) -> Path:
    """The checks that need no file created: a file name, not a folder or a device, in a folder that exists."""
    text = os.fspath(path)
    target = Path(text)
    try:
        _refuse_unusable(text, target, example)
    except OSError as error:  # a name the system cannot even look up, such as one too long
        raise _cannot_write(target, _reason(error, target.parent)) from None
    return target


def _refuse_unusable(text: str, target: Path, example: str) -> None:
    shown = _shown(target)
    if target.name in ("", ".", "..") or target.is_dir():
        raise _folder_given(target, example)
    if text.endswith(("/", os.sep)):
        raise UserError(f"{text} ends with {text[-1]}, so it names a folder, not a file. Remove the {text[-1]} "
                        "at the end, or give the name of a file in that folder.")
    if target.exists() and not target.is_file():
        raise UserError(f"{shown} is not an ordinary file but a device, a pipe or another special file. "
                        "Choose another file name.")
    folder = target.parent
    if folder.exists() and not folder.is_dir():
        raise UserError(f"Cannot write {shown}: {_shown(folder)} is a file, not a folder. Choose another folder.")
    if not folder.is_dir():
        raise UserError(f"Cannot write {shown}: the folder {_shown(folder)} does not exist. "
                        "Create it or choose another folder.")


def _folder_given(target: Path, example: str) -> UserError:
    folder = Path(_shown(target))
    return UserError(f"{folder} is a folder, not a file. Give the name of a file to write in it, "
                     f"for example {folder / example}.")


def _shown(path: Path) -> str:
    """The path as the person gave it, but the current folder by its full name rather than as "." or ""."""
    return os.path.abspath(path) if path.name in ("", "..") else str(path)


def _new_temporary(target: Path) -> Path:
    """A new empty file beside ``target`` under a name nobody else uses, with the permissions of any new file
    (mkstemp would make it readable by its owner only)."""
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")
    try:
        os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    except OSError as error:
        reason, advice = _reason(error, target.parent)
        raise UserError(f"Cannot write {_shown(target)}: no new file can be made in the folder "
                        f"{_shown(target.parent)}, because {reason}. {advice}") from None
    return temporary


def _write_and_flush(target: Path, temporary: Path, write: Callable[[Path], object]) -> None:
    """Run ``write`` and force its bytes onto the disk, so the rename cannot be there before the content."""
    try:
        write(temporary)
        with open(temporary, "r+b") as handle:  # a read-only handle cannot be flushed on Windows
            os.fsync(handle.fileno())
    except OSError as error:
        if error.errno not in _REASONS or (error.errno == errno.ENOENT and target.parent.is_dir()):
            raise  # not about this disk or folder: a fault to log with its traceback
        raise _cannot_write(target, _reason(error, target.parent)) from None


def _replace(temporary: Path, target: Path, example: str) -> None:
    try:
        os.replace(temporary, target)
    except IsADirectoryError:
        raise _folder_given(target, example) from None  # a folder of that name appeared meanwhile
    except PermissionError:
        raise _cannot_write(target, _IN_USE) from None
    except OSError as error:
        raise _cannot_write(target, _reason(error, target.parent)) from None


def _reason(error: OSError, folder: Path) -> tuple[str, str]:
    """Why, and what to do, for ``error``; a folder that is still there was not removed, whatever the errno."""
    if error.errno == errno.ENOENT and folder.is_dir() or error.errno not in _REASONS:
        return f"the system does not allow it ({error.strerror})", "Choose another folder."
    return _REASONS[error.errno]


def _cannot_write(target: Path, why: tuple[str, str]) -> UserError:
    reason, advice = why
    return UserError(f"Cannot write {_shown(target)}: {reason}. {advice}")


def _flush_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX; Windows cannot open a folder for this)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):  # some file systems cannot flush a folder; the file itself is on the disk
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
