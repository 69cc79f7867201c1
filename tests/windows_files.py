"""Windows' file semantics in every test run, whatever the operating system.

On Windows, Python, SQLite and Qt open files without sharing them for deletion, so replacing,
renaming or deleting a file that is open anywhere in the process fails with a sharing
violation (WinError 32), and renaming onto an existing file fails (WinError 183). Linux allows
both: a connection left open by a failed start, or a background thread still reading the
database a restore replaces, passes every test here and fails on every commune PC.

This plugin makes `os.replace`, `os.rename`, `os.unlink` and `os.remove` fail the Windows way
— and with them `Path.replace`, `Path.rename`, `Path.unlink`, `shutil.move` and
`shutil.rmtree`, which call them. Whether a file is open is asked of the operating system:
any of the process's descriptors on the same file (device and inode) counts. That sees files
opened by C code as well as by Python — SQLite's database with its -wal and -shm, Qt's files,
zip archives, log handlers — with no list of opening functions to keep up to date.

On Windows the operating system does all this itself and the plugin stays out of the way.
To tell a failure it causes from any other: `pytest -p no:tests.windows_files`.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest

SHARING_VIOLATION = 32
ALREADY_EXISTS = 183
ACCESS_DENIED = 5
IN_USE_TEXT = "The process cannot access the file because it is being used by another process"
EXISTS_TEXT = "Cannot create a file when that file already exists"
DENIED_TEXT = "Access is denied"

_FD_FOLDERS = ("/proc/self/fd", "/dev/fd")


class _WindowsError:
    """What Windows' own errors print: `[WinError 32] text: 'a' -> 'b'`."""

    winerror: int
    strerror: str
    filename: Any
    filename2: Any

    def __str__(self) -> str:
        text = f"[WinError {self.winerror}] {self.strerror}"
        if self.filename2 is not None:
            return f"{text}: {self.filename!r} -> {self.filename2!r}"
        if self.filename is not None:
            return f"{text}: {self.filename!r}"
        return text


class SimulatedSharingViolation(_WindowsError, PermissionError):
    """A file open in this process was to be replaced, renamed or deleted."""


class SimulatedFileExists(_WindowsError, FileExistsError):
    """`os.rename` onto an existing file, which Windows refuses (os.replace is the way)."""


def _error(kind: type[OSError], code: int, number: int, text: str, source: Any,
           target: Any = None) -> OSError:
    exc = kind(number, text, os.fsdecode(source), None,
               None if target is None else os.fsdecode(target))
    exc.winerror = code  # POSIX's OSError ignores the winerror argument
    return exc


def _open_descriptors() -> Iterator[int]:
    for folder in _FD_FOLDERS:
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        yield from (int(name) for name in names if name.isdigit())
        return
    yield from range(1024)


def _identity(path: Any, dir_fd: int | None = None) -> tuple[int, int] | None:
    try:
        found = os.stat(path, dir_fd=dir_fd, follow_symlinks=False)
    except (OSError, ValueError, TypeError):
        return None
    return found.st_dev, found.st_ino


def open_descriptor_on(path: Any, dir_fd: int | None = None) -> int | None:
    """A descriptor of this process open on the file at `path`, if there is one."""
    identity = _identity(path, dir_fd)
    if identity is None:
        return None
    for fd in _open_descriptors():
        try:
            found = os.fstat(fd)
        except OSError:
            continue
        if (found.st_dev, found.st_ino) == identity:
            return fd
    return None


def _open_inside(folder: Any, dir_fd: int | None = None) -> bool:
    """Whether a file inside the folder `folder` is open (Windows then refuses to move the
    folder). Linux only: other systems cannot tell a descriptor's path."""
    if dir_fd is not None or not os.path.isdir(folder) or os.path.islink(folder):
        return False
    prefix = os.path.join(os.path.realpath(folder), "")
    for fd in _open_descriptors():
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(prefix):
            return True
    return False


def _refuse_if_open(source: Any, target: Any, source_dir_fd: int | None, target_dir_fd: int | None) -> None:
    __tracebackhide__ = True  # a failure points at the code that replaced, not at this plugin
    for path, dir_fd in ((source, source_dir_fd), (target, target_dir_fd)):
        if path is not None and open_descriptor_on(path, dir_fd) is not None:
            raise _error(SimulatedSharingViolation, SHARING_VIOLATION, errno.EACCES, IN_USE_TEXT, source, target)
    if _open_inside(source, source_dir_fd):
        raise _error(SimulatedSharingViolation, ACCESS_DENIED, errno.EACCES, DENIED_TEXT, source, target)


def _replacing(real: Callable[..., None], refuse_existing: bool) -> Callable[..., None]:
    def replace(src: Any, dst: Any, *, src_dir_fd: int | None = None, dst_dir_fd: int | None = None) -> None:
        __tracebackhide__ = True
        _refuse_if_open(src, dst, src_dir_fd, dst_dir_fd)
        moved, onto = _identity(src, src_dir_fd), _identity(dst, dst_dir_fd)
        if refuse_existing and moved is not None and onto is not None and moved != onto:
            raise _error(SimulatedFileExists, ALREADY_EXISTS, errno.EEXIST, EXISTS_TEXT, src, dst)
        real(src, dst, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd)

    replace.__wrapped__ = real  # type: ignore[attr-defined]
    return replace


def _deleting(real: Callable[..., None]) -> Callable[..., None]:
    def unlink(path: Any, *, dir_fd: int | None = None) -> None:
        __tracebackhide__ = True
        _refuse_if_open(path, None, dir_fd, None)
        real(path, dir_fd=dir_fd)

    unlink.__wrapped__ = real  # type: ignore[attr-defined]
    return unlink


_REAL: dict[str, Callable[..., None]] = {}
# Sessions that installed it: a test running pytest inside pytest (pytester) configures and
# unconfigures it again, which must not take it away from the outer session.
_installs = [0]


def install() -> None:
    """Give os.replace, os.rename, os.unlink and os.remove Windows' semantics."""
    _installs[0] += 1
    if _REAL:
        return
    _REAL.update(replace=os.replace, rename=os.rename, unlink=os.unlink, remove=os.remove)
    os.replace = _replacing(_REAL["replace"], refuse_existing=False)
    os.rename = _replacing(_REAL["rename"], refuse_existing=True)
    os.unlink = _deleting(_REAL["unlink"])
    os.remove = _deleting(_REAL["remove"])


def uninstall() -> None:
    """Undo one `install`; the last one gives the os module its own functions back."""
    _installs[0] = max(0, _installs[0] - 1)
    if _installs[0]:
        return
    for name, real in _REAL.items():
        setattr(os, name, real)
    _REAL.clear()


def active() -> bool:
    return bool(_REAL) or os.name == "nt"


def pytest_configure(config: pytest.Config) -> None:  # noqa: ARG001 - pytest's signature
    if os.name != "nt":
        install()


def pytest_unconfigure(config: pytest.Config) -> None:  # noqa: ARG001 - pytest's signature
    uninstall()


def pytest_report_header(config: pytest.Config) -> str:  # noqa: ARG001 - pytest's signature
    where = "by the operating system" if os.name == "nt" else "simulated (tests/windows_files.py)"
    return f"Windows file semantics: {where}"

