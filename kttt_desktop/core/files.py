"""Writing a file the officer asked for (an export, a report, a template) without ever
leaving half of one: everything is written next to the target and moved onto it at the end.

Files holding the whole registry or private keys (the database, its backups, a set-up file)
are made readable by their owner only (0600) from the moment they exist. On Windows the mode
only sets the read-only flag; there the user's profile folder, where the program keeps its
data, is already private to the user.

Windows refuses to replace or delete a file that any program holds open. On a commune PC that
is most often the antivirus or the search indexer reading a file just written, for a fraction
of a second, so every replace and delete goes through `replace_with_retry` /
`unlink_with_retry`, which wait a little and try again before saying `file_in_use`.
"""

from __future__ import annotations

import errno
import logging
import os
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kttt_desktop.core.errors import KtttError

PRIVATE_MODE = 0o600

# Windows' errors for a file in use: 32 a sharing violation (open elsewhere), 33 a locked
# range, 5 access denied (a file being scanned, or deleted while still open elsewhere).
IN_USE_ERRORS = frozenset({5, 32, 33})
# The waits between tries: five tries over about a second.
RETRY_WAITS = (0.1, 0.2, 0.3, 0.4)

log = logging.getLogger(__name__)


def is_in_use(exc: BaseException) -> bool:
    """Whether `exc` is Windows saying a file is in use by some program (never true of a
    POSIX error: there a PermissionError means permissions)."""
    return isinstance(exc, PermissionError) and getattr(exc, "winerror", None) in IN_USE_ERRORS


def _retrying(action: Callable[[], None], path: Path | str) -> None:
    """Run `action`, again after short waits while the file is in use; `file_in_use` naming
    `path` when it stays so."""
    for wait in (*RETRY_WAITS, None):
        try:
            action()
            return
        except PermissionError as exc:
            if not is_in_use(exc):
                raise
            if wait is None:
                raise KtttError("file_in_use", path=str(path)) from exc
            log.info("%s is in use (%s); trying again", path, exc)
            time.sleep(wait)


def replace_with_retry(source: Path | str, target: Path | str) -> None:
    """`os.replace(source, target)`, waiting out a program that holds either file for a
    moment; `file_in_use` (naming `target`) when it does not let go."""
    _retrying(lambda: os.replace(source, target), target)


def unlink_with_retry(path: Path | str, missing_ok: bool = True) -> None:
    """Delete `path`, waiting out a program that holds it for a moment; `file_in_use` when
    it does not let go."""

    def delete() -> None:
        try:
            os.unlink(path)
        except FileNotFoundError:
            if not missing_ok:
                raise

    _retrying(delete, path)


def discard(path: Path | str) -> None:
    """Remove a leftover temporary file after a failure, never raising over that failure:
    a file that stays in use is logged and left."""
    try:
        unlink_with_retry(path)
    except (OSError, KtttError) as exc:
        log.warning("could not remove %s: %s", path, exc)


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
        replace_with_retry(temp, target)
    except OSError as exc:
        discard(temp)
        raise _unwritable(target, exc) from exc
    except BaseException:
        discard(temp)
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
    unlink_with_retry(partial)
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
        replace_with_retry(partial, path)
    except BaseException:
        discard(partial)
        raise
    return path
