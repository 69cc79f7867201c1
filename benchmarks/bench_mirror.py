"""Province-scale mirror figures: the merged register of a province into PostgreSQL, against a
bare COPY of the same rows in the same run.

Mirrors the province-sized database (`bench_registry.py --rebuild` builds it: 10,000
organisations with their members, workers, support and registers) into a throwaway
PostgreSQL server started for the run (the one the tests use: fsync off for every load
alike), each time into an empty database and in a separate process whose peak memory (max
RSS) is reported:

- as the administrator's account (rows stream straight into the tables);
- as the province's own account (row-level security applies: a staging table, then one INSERT);
- a second run right after, which finds nothing new;
- a bare COPY of the same rows (read from the same SQLite file, written into the same tables in
  one transaction, nothing else), once before the mirrors and once after, and the ratio of
  the mirror's rate to the faster of the two;
- the size of the PostgreSQL database that holds the province (tables, indexes), and the
  time to read the main views whole (they are computed at each read).

Target (issue "Beyond one PC"): the mirror at least half the bare COPY's speed.
Run:  python benchmarks/bench_mirror.py [--db benchmarks/out/province.sqlite] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import psycopg  # noqa: E402
from bench_registry import DEFAULT_DB, print_figures  # noqa: E402
from psycopg import sql  # noqa: E402

from kttt_desktop.core.mirror import schema, service, source  # noqa: E402
from kttt_desktop.core.mirror.layout import RECORD_TABLES, SCHEMA  # noqa: E402
from tests.core.mirror.server import Server, running_server  # noqa: E402

_MIRROR = r"""
import json, resource, sqlite3, sys, time
from kttt_desktop.core.mirror import service
conn = sqlite3.connect(sys.argv[1])
started = time.perf_counter()
result = service.mirror(conn, sys.argv[2])
seconds = time.perf_counter() - started
records = [counts for name, counts in result.tables.items() if name not in ("target", "population")]
rows = sum(counts.new + counts.updated for counts in records)
print(json.dumps({"seconds": seconds, "rows": rows, "unchanged": result.unchanged,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def new_database(server: Server) -> str:
    name = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return name


def run_mirror(db: Path, url: str, password: str | None = None) -> dict[str, Any]:
    env = dict(os.environ, PGPASSWORD=password) if password else None
    output = subprocess.run([sys.executable, "-c", _MIRROR, str(db), url], capture_output=True, text=True,
                            cwd=ROOT, check=True, env=env).stdout
    return json.loads(output.strip().splitlines()[-1])


def bare_copy(db: Path, url: str) -> tuple[float, int]:
    """The record rows read from SQLite and COPYed into empty tables of the same structure, in
    one transaction: what any loader must at least do."""
    with psycopg.connect(url) as pg:
        with pg.transaction():
            schema.prepare(pg)
        conn = sqlite3.connect(db)
        site = conn.execute("SELECT unit_code FROM site").fetchone()[0]
        started = time.perf_counter()
        count = 0
        with pg.transaction():
            for table in RECORD_TABLES.values():
                columns = sql.SQL(", ").join(map(sql.Identifier, table.column_names))
                with pg.cursor().copy(sql.SQL("COPY {} ({}) FROM STDIN").format(
                        sql.Identifier(SCHEMA, table.name), columns)) as copy:
                    for row in source.all_rows(conn, table):
                        copy.write_row((site, *row))
                        count += 1
        seconds = time.perf_counter() - started
        conn.close()
    return seconds, count


_VIEWS = ("organization", "member", "indicator_commune", "indicator_province")


def timed_read(conn: psycopg.Connection[Any], view: str) -> float:
    """Seconds to read a view whole (what a reporting tool's refresh asks)."""
    started = time.perf_counter()
    conn.execute(sql.SQL("SELECT * FROM {}").format(sql.Identifier("kttt_report", view))).fetchall()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.db.exists():
        parser.error(f"{args.db} does not exist: build it with benchmarks/bench_registry.py --rebuild")
    with running_server() as server:
        # The bare COPY before and after the mirrors, the faster kept: the stricter reference
        # on a machine whose load varies.
        bare_before, bare_rows = bare_copy(args.db, server.url(database=new_database(server)))
        as_admin = run_mirror(args.db, server.url(database=new_database(server)))
        # The province's own account: registered by the administrator, then mirroring itself.
        database = new_database(server)
        role, password = f"kttt_bench_{uuid.uuid4().hex[:6]}", "bench"
        register = sqlite3.connect(args.db)
        service.setup_source(register, server.url(database=database), role)
        register.close()
        with psycopg.connect(server.url(database=database), autocommit=True) as conn:
            conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(role), sql.Literal(password)))
        as_source = run_mirror(args.db, server.url(role, database, tcp=True), password)
        again = run_mirror(args.db, server.url(role, database, tcp=True), password)
        with psycopg.connect(server.url(database=database)) as conn:
            size = conn.execute("SELECT pg_database_size(current_database())").fetchone()
            conn.execute("ANALYZE")
            views = {view: timed_read(conn, view) for view in _VIEWS}
        bare_after, _ = bare_copy(args.db, server.url(database=new_database(server)))
        database_mb = int(size[0]) / 2**20 if size else float("nan")
    bare_seconds = min(bare_before, bare_after)
    bare_rate = bare_rows / bare_seconds
    figures = {
        "rows": bare_rows,
        "bare_copy_seconds_before_after": f"{bare_before:.1f} / {bare_after:.1f}",
        "bare_copy_rows_per_s": round(bare_rate),
        "mirror_admin_seconds": round(as_admin["seconds"], 1),
        "mirror_admin_rows_per_s": round(as_admin["rows"] / as_admin["seconds"]),
        "mirror_admin_to_bare_ratio": round(as_admin["rows"] / as_admin["seconds"] / bare_rate, 2),
        "mirror_admin_peak_memory_mb": round(as_admin["peak_mb"]),
        "mirror_source_seconds": round(as_source["seconds"], 1),
        "mirror_source_rows_per_s": round(as_source["rows"] / as_source["seconds"]),
        "mirror_source_to_bare_ratio": round(as_source["rows"] / as_source["seconds"] / bare_rate, 2),
        "mirror_source_peak_memory_mb": round(as_source["peak_mb"]),
        "second_run_seconds": round(again["seconds"], 2),
        "second_run_unchanged": bool(again["unchanged"]),
        "database_size_mb": round(database_mb),
        **{f"view_{view}_seconds": round(seconds, 2) for view, seconds in views.items()},
        "mirrored_rows_equal_bare_rows": as_admin["rows"] == bare_rows == as_source["rows"],
    }
    print_figures(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
