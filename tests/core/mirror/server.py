"""A throwaway PostgreSQL cluster for the mirror's tests: made in a temporary folder, started
on a free port and a private socket folder, stopped and removed at the end.

Debian's `postgresql` package (which .ci/run installs) puts its programs under
/usr/lib/postgresql/<version>/bin; elsewhere they are on PATH. The server refuses to run as
root, so as root the cluster belongs to the `postgres` user the package creates.
The administrator connects over the socket without a password (the owner of the mirror
schema, as a database administrator would); source roles connect over TCP with a password,
as a province's office would.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


class ServerUnavailable(RuntimeError):
    """No PostgreSQL server could be started here (no programs, or no user to run it as)."""


@dataclass(frozen=True)
class Server:
    folder: Path
    port: int
    admin: str  # the superuser, over the socket, without a password

    def url(self, user: str | None = None, database: str = "postgres", tcp: bool = False) -> str:
        """A connection address: the admin over the socket, or `user` over TCP."""
        if user is None:
            return f"postgresql://{self.admin}@/{database}?host={self.folder}&port={self.port}"
        host = "127.0.0.1" if tcp else ""
        query = "" if tcp else f"?host={self.folder}"
        return f"postgresql://{user}@{host}:{self.port}/{database}{query}"


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    raise ServerUnavailable("PostgreSQL (initdb) not found: install Debian's postgresql package")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def running_server() -> Iterator[Server]:
    bin_dir = _bin_dir()
    as_root = getattr(os, "geteuid", lambda: -1)() == 0  # no such call on Windows: never root there
    if as_root:
        try:
            import pwd

            owner = pwd.getpwnam("postgres")
        except KeyError:
            raise ServerUnavailable("no postgres user to run PostgreSQL as: not installed by the package") from None
        run_as = ["runuser", "-u", "postgres", "--"]
        admin = "postgres"
    else:
        run_as, admin, owner = [], os.environ.get("USER") or "postgres", None
    folder = Path(tempfile.mkdtemp(prefix="kttt-pg-"))
    if owner is not None:
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    data = folder / "data"
    port = _free_port()
    try:
        subprocess.run([*run_as, str(bin_dir / "initdb"), "-D", str(data), "-U", admin, "--auth-local=trust",
                        "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                       check=True, capture_output=True)
        options = (f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        subprocess.run([*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                        str(folder / "log"), "-w", "start"], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        detail = getattr(exc, "stderr", b"") or b""
        raise ServerUnavailable(f"PostgreSQL could not be started: {exc} {detail.decode(errors='replace')}") from exc
    try:
        yield Server(folder, port, admin)
    finally:
        subprocess.run([*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       check=False, capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def _under_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Server]:
    """One PostgreSQL server for the whole run. Outside CI a machine without PostgreSQL skips
    the mirror's tests; CI installs it (.ci/run), so there it fails instead."""
    with contextlib.ExitStack() as stack:
        try:
            server = stack.enter_context(running_server())
        except ServerUnavailable as exc:
            if _under_ci():
                pytest.fail(f"{exc}; CI runs every test: .ci/run installs PostgreSQL")
            pytest.skip(str(exc))
        yield server


class MirrorDatabase:
    """A fresh database on the test server, and the administrator's view of it."""

    def __init__(self, server: Server, name: str) -> None:
        self.server, self.name = server, name
        self.admin_url = server.url(database=name)

    def url(self, role: str) -> str:
        """How a source's role reaches the database: over TCP, with a password."""
        return self.server.url(role, self.name, tcp=True)

    def query(self, statement: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            cursor = conn.execute(statement.encode(), params)
            return cursor.fetchall() if cursor.description else []

    def set_password(self, role: str, password: str) -> None:
        from psycopg import sql

        self.query(sql.SQL("ALTER ROLE {} PASSWORD {}").format(  # type: ignore[arg-type]
            sql.Identifier(role), sql.Literal(password)).as_string(None))


@pytest.fixture
def mirror_db(postgres_server: Server) -> Iterator[MirrorDatabase]:
    """An empty database of its own for each test (roles are the server's, shared by all)."""
    import psycopg

    name = f"mirror_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}".encode())
    yield MirrorDatabase(postgres_server, name)
    with psycopg.connect(postgres_server.url(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)".encode())
