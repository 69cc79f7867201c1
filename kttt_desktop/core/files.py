"""Writing a file the officer asked for (an export, a report, a template) without ever
leaving half of one: everything is written next to the target and moved onto it at the end.

Files holding the whole registry or private keys (the database, its backups, a set-up file)
are made readable by their owner only (0600) from the moment they exist. On Windows the mode
only sets the read-only flag; there the user's profile folder, where the program keeps its
data, is already private to the user.
"""

from __future__ import annotations

import errno
import os
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

PRIVATE_MODE = 0o600

from kttt_desktop.core.errors import KtttError


@contextmanager
def saving_next_to(target: Path | str) -> Iterator[str]:
    """A temporary file in the target's folder to save into, moved onto `target` when the
    block ends normally and removed when it does not.

    The move is atomic (same folder), so whoever opens `target` sees the earlier file or the
    complete new one, never half of one. A file system error anywhere — folder missing or
    read-only, target open in Excel on Windows — becomes `export_unwritable`.
    """
    target = Path(target)
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(target))
        # Made with open(…, "x") rather than mkstemp, so the final file gets the usual
        # permissions of the folder's files and not mkstemp's owner-only ones.
        temp = str(target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.tmp"))
        with open(temp, "xb"):
            pass
    except OSError as exc:
        raise _unwritable(target, exc) from exc
    try:
        yield temp
        os.replace(temp, target)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise _unwritable(target, exc) from exc
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _unwritable(target: Path, exc: OSError) -> KtttError:
    return KtttError("export_unwritable", path=str(target), reason=exc.strerror or str(exc))


def create_private(path: Path) -> None:
    """Make `path` an empty file only its owner may read and write, if it does not exist.

    SQLite then opens it as a new database and gives its journal files the same mode.
    """
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE))
    except FileExistsError:
        pass


def make_private(path: Path) -> None:
    """Take away what others may do with an existing file of ours (a database made by an
    earlier version); a file we cannot change is left as it is."""
    if os.name != "posix":
        return
    try:
        if path.stat().st_mode & 0o077:
            os.chmod(path, PRIVATE_MODE)
    except OSError:
        pass


def write_private(path: Path, data: bytes) -> Path:
    """Write `data` to `path` readable by its owner only, through `path.partial` moved into
    place at the end; the partial file is removed when anything fails."""
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path
