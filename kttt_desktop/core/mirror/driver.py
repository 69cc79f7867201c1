"""The PostgreSQL driver is an optional part of the program (the `mirror` extra): a commune's
PC never mirrors, an upper-level office's does. Asking for the mirror without it installed
says so in one sentence instead of an ImportError."""

from __future__ import annotations

from types import ModuleType

from kttt_desktop.core.errors import KtttError


def mirror_service() -> ModuleType:
    """`core.mirror.service`, or the coded error saying the driver is missing."""
    try:
        from kttt_desktop.core.mirror import service
    except ModuleNotFoundError as exc:
        if (exc.name or "").startswith("psycopg"):
            raise KtttError("mirror_driver_missing") from exc
        raise
    return service
