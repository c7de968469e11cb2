"""Files written for people: every refusal in one sentence naming the file, and whole files or none at all."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Callable

import pytest

from cairo_desktop.errors import Cancelled, UserError
from cairo_desktop.output_files import check_output, write_atomically

OLD = b"the report written last week"


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _write_new(temporary: Path) -> None:
    temporary.write_bytes(b"a whole new report")


def _refusal(path: str | os.PathLike[str], write: Callable[[Path], object] = _write_new) -> str:
    """The sentence ``write_atomically`` refuses ``path`` with; ``check_output`` must say the same."""
    with pytest.raises(UserError) as checked:
        check_output(path, "report.pdf")
    with pytest.raises(UserError) as written:
        write_atomically(path, write, "report.pdf")
    assert str(checked.value) == str(written.value)
    return str(written.value)


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


# --- refusals before anything is written ---------------------------------------------------------------------


def test_a_folder_is_refused_with_a_file_name_to_try(out: Path) -> None:
    message = _refusal(out)
    assert message == (f"{out} is a folder, not a file. Give the name of a file to write in it, "
                       f"for example {out / 'report.pdf'}.")
    assert _refusal(str(out) + os.sep) == message
    assert list(out.iterdir()) == []


def test_the_current_folder_is_named_in_full(out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(out)
    for path in ("", ".", Path("")):
        assert _refusal(path).startswith(f"{out} is a folder, not a file.")


def test_a_name_ending_in_a_slash_is_a_folder_not_a_file(out: Path) -> None:
    assert _refusal(f"{out}/new.pdf/") == (f"{out}/new.pdf/ ends with /, so it names a folder, not a file. "
                                          "Remove the / at the end, or give the name of a file in that folder.")
    assert list(out.iterdir()) == []


def test_a_missing_folder(out: Path) -> None:
    assert _refusal(out / "nowhere" / "report.pdf") == (
        f"Cannot write {out / 'nowhere' / 'report.pdf'}: the folder {out / 'nowhere'} does not exist. "
        "Create it or choose another folder.")
    assert list(out.iterdir()) == []


def test_a_file_where_the_folder_should_be(out: Path) -> None:
    notes = out / "notes.txt"
    notes.write_bytes(OLD)
    assert _refusal(notes / "report.pdf") == (f"Cannot write {notes / 'report.pdf'}: {notes} is a file, not a folder. "
                                              "Choose another folder.")
    assert _listing(out) == {"notes.txt": OLD}


def test_a_special_file(out: Path) -> None:
    pipe = out / "pipe"
    os.mkfifo(pipe)
    assert _refusal(pipe) == (f"{pipe} is not an ordinary file but a device, a pipe or another special file. "
                              "Choose another file name.")
    assert [p.name for p in out.iterdir()] == ["pipe"]


def test_a_name_too_long_for_the_disk(out: Path) -> None:
    assert _refusal(out / ("x" * 300)).endswith(": the file name is too long. Choose a shorter name.")
    assert list(out.iterdir()) == []


def test_a_folder_where_no_file_may_be_made(out: Path) -> None:
    """/proc refuses new files even to root, who may write in a folder whatever its permission bits say."""
    if not Path("/proc/self").is_dir():
        pytest.skip("no /proc here")
    message = _refusal("/proc/report.pdf")
    assert message.startswith("Cannot write /proc/report.pdf: no new file can be made in the folder /proc, because ")
    assert message.endswith(" Choose another folder.")


def test_a_read_only_folder(out: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes in a read-only folder; the refusal is shown with a simulated error below")
    out.chmod(0o555)
    try:
        assert _refusal(out / "report.pdf") == (
            f"Cannot write {out / 'report.pdf'}: no new file can be made in the folder {out}, because you are not "
            "allowed to write in that folder. Choose another folder.")
    finally:
        out.chmod(0o755)
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(("code", "why"), [
    (errno.EACCES, "because you are not allowed to write in that folder. Choose another folder."),
    (errno.EROFS, "because the disk is read-only. Choose another folder."),
    (errno.ENOSPC, "because the disk is full. Free some space on it or choose another disk."),
    (errno.EMFILE, "because the system does not allow it (Too many open files). Choose another folder."),
])
def test_a_folder_that_refuses_new_files(out: Path, monkeypatch: pytest.MonkeyPatch, code: int, why: str) -> None:
    real_open = os.open

    def refusing_open(path: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        if os.fspath(path).endswith(".part"):
            raise OSError(code, os.strerror(code), os.fspath(path))
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", refusing_open)
    assert _refusal(out / "report.pdf") == (f"Cannot write {out / 'report.pdf'}: no new file can be made in the "
                                            f"folder {out}, {why}")
    assert list(out.iterdir()) == []


# --- writing --------------------------------------------------------------------------------------------------


def test_a_new_file_replaces_the_old_one_with_the_permissions_of_any_new_file(out: Path) -> None:
    (out / "report.pdf").write_bytes(OLD)
    umask = os.umask(0o022)
    try:
        assert check_output(out / "report.pdf", "report.pdf") == out / "report.pdf"
        assert write_atomically(str(out / "report.pdf"), _write_new, "report.pdf") == out / "report.pdf"
    finally:
        os.umask(umask)
    assert _listing(out) == {"report.pdf": b"a whole new report"}
    assert stat.S_IMODE((out / "report.pdf").stat().st_mode) == 0o644


def test_the_content_is_on_the_disk_before_the_rename(out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (events.append("replace"), real_replace(a, b))[1])
    write_atomically(out / "report.pdf", _write_new, "report.pdf")
    assert events[:2] == ["fsync", "replace"]


def test_each_write_has_its_own_temporary(out: Path) -> None:
    seen: list[str] = []
    for _ in range(2):
        write_atomically(out / "report.pdf", lambda temporary: (seen.append(temporary.name), _write_new(temporary)),
                         "report.pdf")
    assert len(set(seen)) == 2 and all(name.startswith(".report.pdf.") for name in seen)


def _keeps_the_old_file(out: Path, write: Callable[[Path], object], raised: type[BaseException]) -> str:
    (out / "report.pdf").write_bytes(OLD)
    with pytest.raises(raised) as caught:
        write_atomically(out / "report.pdf", write, "report.pdf")
    assert _listing(out) == {"report.pdf": OLD}  # no temporary left, the old file as it was
    return str(caught.value)


def _half_then(error: BaseException) -> Callable[[Path], None]:
    def write(temporary: Path) -> None:
        temporary.write_bytes(b"half a rep")
        raise error
    return write


def test_a_full_disk_keeps_the_old_file(out: Path) -> None:
    message = _keeps_the_old_file(out, _half_then(OSError(errno.ENOSPC, "No space left on device")), UserError)
    assert message == f"Cannot write {out / 'report.pdf'}: the disk is full. Free some space on it or choose another disk."


def test_a_cancelled_write_keeps_the_old_file(out: Path) -> None:
    _keeps_the_old_file(out, _half_then(Cancelled("Cancelled by the user; nothing was changed.")), Cancelled)
    _keeps_the_old_file(out, _half_then(KeyboardInterrupt()), KeyboardInterrupt)


def test_a_fault_in_the_writer_is_not_disguised(out: Path) -> None:
    """Only errors about the disk or the folder become sentences; a bug keeps its type and traceback."""
    _keeps_the_old_file(out, _half_then(ValueError("a bug")), ValueError)
    _keeps_the_old_file(out, _half_then(FileNotFoundError(errno.ENOENT, "No such file", "font.ttf")),
                        FileNotFoundError)


def test_a_file_open_in_another_program(out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(source: str, target: str) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", target)

    monkeypatch.setattr(os, "replace", refused)
    message = _keeps_the_old_file(out, _write_new, UserError)
    assert message == (f"Cannot write {out / 'report.pdf'}: the file is open in another program, or you are not "
                       "allowed to replace it. Close it there and try again.")


def test_a_folder_made_at_the_target_meanwhile(out: Path) -> None:
    def write(temporary: Path) -> None:
        _write_new(temporary)
        (out / "report.pdf").mkdir()

    with pytest.raises(UserError, match=r"report\.pdf is a folder, not a file\. Give the name of a file"):
        write_atomically(out / "report.pdf", write, "report.pdf")
    assert [p.name for p in out.iterdir()] == ["report.pdf"] and (out / "report.pdf").is_dir()


def test_a_folder_gone_while_writing(out: Path) -> None:
    stick = out / "stick"
    stick.mkdir()

    def pulled_out(temporary: Path) -> None:
        _write_new(temporary)
        temporary.unlink()
        stick.rmdir()

    with pytest.raises(UserError) as caught:
        write_atomically(stick / "report.pdf", pulled_out, "report.pdf")
    assert str(caught.value) == (f"Cannot write {stick / 'report.pdf'}: the folder is no longer there. "
                                 "Check that the disk is still connected and try again.")
    assert list(out.iterdir()) == []


# --- the front ends say the same ------------------------------------------------------------------------------


def test_the_command_line_the_package_and_the_reports_word_a_refusal_alike(make_services, out: Path) -> None:
    from cairo_desktop.cli.output import output_file
    from cairo_desktop.domain.filters import ActivityFilter
    from tests.conftest import sample_activity

    services = make_services("ETH-ADD")
    services.activities.add(sample_activity())
    target = out / "nowhere" / "office.xlsx"
    expected = (f"Cannot write {target}: the folder {out / 'nowhere'} does not exist. "
                "Create it or choose another folder.")
    attempts: list[Callable[[], object]] = [
        lambda: output_file(str(target), "office.xlsx"),
        lambda: services.sync.export_package(target),
        lambda: services.reports.summary_pdf(target, ActivityFilter()),
    ]
    for attempt in attempts:
        with pytest.raises(UserError) as caught:
            attempt()
        assert str(caught.value) == expected
    assert list(out.iterdir()) == []
