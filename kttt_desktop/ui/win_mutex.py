"""A named Windows mutex that says "the window program is running", for the installer.

The setup and the uninstaller (Inno Setup's AppMutex, installer/windows/kttt-desktop.iss)
refuse to go on while a mutex of one of these names exists: replacing the program's files
under a running window would leave a half-upgraded, broken installation. The names must stay
equal to the script's AppMutex (tests/installer check it).

The mutex is never released by the program: Windows closes the handles when the process
ends, however it ends (a crash, a power cut), so a stale "running" state cannot exist.
Elsewhere than on Windows this does nothing.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)

MUTEX_NAME = "KTTTDesktopRunning"
# The plain name lives in the session's own namespace; the Global\ one is seen by a setup
# run from another session (another user signed in on the same PC).
MUTEX_NAMES = (MUTEX_NAME, "Global\\" + MUTEX_NAME)

# The handles, kept for the life of the process (a collected handle would be closed).
_held: list[int] = []


def _create_mutex_w() -> Callable[[object, bool, str], int]:
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    create = kernel32.CreateMutexW
    create.restype = wintypes.HANDLE
    create.argtypes = (ctypes.c_void_p, wintypes.BOOL, wintypes.LPCWSTR)
    return create


def hold_running_mutex(create_mutex: Callable[[object, bool, str], int] | None = None) -> list[int]:
    """Create the mutexes (not owned: only their existence matters); returns the handles.

    A name that cannot be created (the Global one under a locked-down policy) is logged and
    skipped: the program must start anyway, and the setup still closes it through the
    Restart Manager. `create_mutex` stands in for CreateMutexW in tests.
    """
    if create_mutex is None:
        if sys.platform != "win32":
            return []
        create_mutex = _create_mutex_w()
    handles = []
    for name in MUTEX_NAMES:
        handle = create_mutex(None, False, name)
        if handle:
            handles.append(handle)
        else:
            log.warning("could not create the mutex %s", name)
    _held.extend(handles)
    return handles
