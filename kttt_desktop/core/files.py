"""Writing a file the officer asked for (an export, a report, a template) without ever
leaving half of one: everything is written next to the target and moved onto it at the end.
"""

from __future__ import annotations

import errno
import os
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

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
