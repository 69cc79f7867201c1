"""One program at a time on a database: the lock the window and `kttt restore` both take.

The window holds its database's lock (`<database>.lock`) for as long as it is open. A command
that replaces the whole file (`kttt restore`) takes the same lock, so it is refused while a
window works on the database instead of replacing the file under it (on Linux the window's
later writes would silently go to the old file; on Windows the replace fails half-way).

The lock is the operating system's own lock on the open lock file (`fcntl.flock` on POSIX,
`msvcrt.locking` on Windows). It belongs to the process, so a program that crashed or a PC
that lost power leaves no lock behind, only the small file, which the next start locks again
(also one left by an earlier version of the program). The file is never deleted: a program
waiting on it would otherwise lock a file no longer there while a third one makes a new one.
It holds its holder's process id, for whoever looks.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

# Where the Windows lock sits: past the process id written at the start of the file, which
# stays readable (Windows refuses to read a locked range even to other handles).
_WINDOWS_LOCK_OFFSET = 4096
# A file another program holds open without sharing it (Windows' sharing violation): an
# earlier version's lock, which held its file that way.
_SHARING_VIOLATION = 32


class FileLock:
    """A lock on `path` held by this process until `release()`.

    An unheld lock (`held` false) stands for a folder where no lock file can be made (a
    read-only USB stick): nobody else can lock there either, and opening the database then
    says clearly what is wrong, which the lock must not hide.
    """

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path = path
        self._fd = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Let the next program take the lock (closing the file releases the system lock)."""
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def _lock(fd: int) -> None:
    """Lock the open file, without waiting; BlockingIOError when someone else holds it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):
                raise BlockingIOError(errno.EWOULDBLOCK, "locked", str(fd)) from exc
            raise
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def try_lock(path: Path | str) -> FileLock | None:
    """Lock `path` (made if missing); None when another program — or another lock of this
    one — holds it."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except PermissionError as exc:
        if getattr(exc, "winerror", None) == _SHARING_VIOLATION:
            return None
        log.warning("could not make the lock file %s: %s", path, exc)
        return FileLock(path, None)
    except OSError as exc:
        log.warning("could not make the lock file %s: %s", path, exc)
        return FileLock(path, None)
    try:
        _lock(fd)
    except BlockingIOError:
        os.close(fd)
        return None
    except OSError as exc:  # a file system without locks (some network shares)
        os.close(fd)
        log.warning("could not lock %s: %s", path, exc)
        return FileLock(path, None)
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
    except OSError:  # the lock is what counts; the process id only helps someone looking
        pass
    return FileLock(path, fd)


def lock_path_for(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


def acquire_db_lock(db_path: Path | str) -> FileLock | None:
    """The database's lock for this program, or None while a window (or a `kttt restore`)
    holds it."""
    return try_lock(lock_path_for(db_path))
