"""Opening the PostgreSQL connection, and saying in one sentence why it failed.

The address is a libpq URL without a password: libpq takes the password from PGPASSWORD or
the officer's password file (~/.pgpass, %APPDATA%\\postgresql\\pgpass.conf on Windows), so it
never appears on a command line, in a process list or in a shell's history.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

import psycopg

from kttt_desktop.core.errors import KtttError

CONNECT_TIMEOUT_S = 10
_SCHEMES = ("postgresql", "postgres")

Connection = psycopg.Connection[tuple[Any, ...]]

# How libpq and the resolver say, in their own English, that a host name names no machine, or
# that the machine did not answer (a socket file missing: no server on this machine).
_UNKNOWN_HOST = ("resolve host", "translate host name", "name or service not known", "nodename nor servname",
                 "no such host", "temporary failure in name resolution")
_UNREACHABLE = ("connection refused", "timeout", "timed out", "unreachable", "no route", "could not connect",
                "no such file or directory")


# "scheme://user:password@": the password runs to the last "@" before the path.
_PASSWORD = re.compile(r"^([^:/?#]+://[^:/?#@]*):[^/?#]*@")


def shown_address(url: str) -> str:
    """The address as it may be printed: the password, if any, left out, also from an
    address too malformed to be parsed (a port out of range)."""
    return _PASSWORD.sub(r"\1@", url)


def check_address(url: str) -> None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - a bad port raises here
    except ValueError:
        raise KtttError("mirror_bad_address", address=shown_address(url)) from None
    if parts.scheme not in _SCHEMES or not parts.path.strip("/"):
        raise KtttError("mirror_bad_address", address=shown_address(url))
    if parts.password is not None:
        raise KtttError("mirror_password_in_address")


def _refusal(exc: psycopg.Error, url: str, typed: bool = False) -> KtttError:
    """`typed`: the password was typed into the window (not PGPASSWORD or the password file)."""
    text = str(exc)
    low = text.lower()
    parts = urlsplit(url)
    host = parts.hostname or "máy này"
    if "password" in low or "authentication failed" in low or ("role" in low and "does not exist" in low):
        code = "mirror_bad_password_typed" if typed else "mirror_bad_password"
        return KtttError(code, user=parts.username or "", host=host)
    if any(words in low for words in _UNKNOWN_HOST):
        return KtttError("mirror_bad_host", host=host)
    if "database" in low and "does not exist" in low:
        return KtttError("mirror_no_database", database=parts.path.strip("/"), host=host)
    if any(words in low for words in _UNREACHABLE):
        return KtttError("mirror_no_connection", host=host)
    return KtttError("mirror_connect_failed", host=host, detail=text.strip().splitlines()[0] if text else "")


@contextmanager
def connect(url: str, password: str | None = None) -> Iterator[Connection]:
    """A connection to the mirror database, closed at the end (an open transaction rolled back).
    `password`, typed into the window, goes to libpq as a parameter, never into the address."""
    check_address(url)
    try:
        conn = psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_S, application_name="kttt mirror",
                               password=password or None)  # None: libpq looks where it always does
    except psycopg.ProgrammingError:
        raise KtttError("mirror_bad_address", address=shown_address(url)) from None
    except psycopg.Error as exc:
        raise _refusal(exc, url, typed=bool(password)) from None
    try:
        yield conn
    finally:
        conn.close()


def translate(exc: psycopg.Error, url: str) -> KtttError:
    """The coded error for a failure during a run; the run's transaction has been rolled back."""
    first_line = (str(exc).strip().splitlines() or [""])[0]
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return KtttError("mirror_not_allowed", detail=first_line)
    if isinstance(exc, psycopg.OperationalError):
        return KtttError("mirror_connection_lost", host=urlsplit(url).hostname or "máy này")
    if isinstance(exc, psycopg.DataError):
        return KtttError("mirror_bad_value", detail=first_line)
    return KtttError("mirror_failed", detail=first_line)
