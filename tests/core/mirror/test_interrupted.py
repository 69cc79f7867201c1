"""A mirror run killed in the middle (power cut, closed window, killed process) leaves the
database as the previous run left it, and the next run completes from there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from kttt_desktop.core.mirror import service
from kttt_desktop.core.records.fields import RECORD_TYPES
from tests.core.mirror.test_mirror import assert_mirror_equals_register

ROOT = Path(__file__).resolve().parents[3]

# `kttt mirror` with a pause in the middle of streaming the members: the organisations of the
# same run are already merged (inside the run's transaction) and the members' COPY is open.
PAUSING_MIRROR = textwrap.dedent("""
    import os, sys, time
    from kttt_desktop.core.mirror import source

    read = source.rows_with_ids

    def pausing(conn, table, ids):
        for index, row in enumerate(read(conn, table, ids)):
            yield row
            if table.name == "member" and index == 0:
                os.write(1, b"paused\\n")
                time.sleep(600)

    source.rows_with_ids = pausing
    from kttt_desktop.cli.main import main
    sys.exit(main(sys.argv[1:]))
""")


def mirrored_state(db) -> dict[str, list[tuple[object, ...]]]:
    state = {name: db.query(f"SELECT * FROM kttt.{name} ORDER BY source_site, id") for name in RECORD_TYPES}
    state["position"] = db.query("SELECT source_site, site_uuid, seq, mirrored_at FROM kttt.mirror_position")
    state["population"] = db.query("SELECT * FROM kttt.population ORDER BY 1, 2, 3")
    return state


def test_a_run_killed_mid_copy_leaves_the_previous_state_and_the_next_run_completes(demo_registry, mirror_db):
    service.mirror(demo_registry.conn, mirror_db.admin_url)
    previous = mirrored_state(mirror_db)
    organizations = list(demo_registry.list_records("organization"))[:5]
    for index, org in enumerate(organizations):
        demo_registry.update("organization", org["id"], {"phone": f"091234567{index}"})
    members = [m for m in demo_registry.list_records("member") if m["organization_id"] == organizations[0]["id"]]
    demo_registry.update("member", members[0]["id"], {"village": "Bản Nậm Khao"})
    demo_registry.set_population("03433", 2026, 6300)

    process = subprocess.Popen(
        [sys.executable, "-c", PAUSING_MIRROR, "mirror", "--db", str(demo_registry.path), "--to",
         mirror_db.admin_url], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert process.stdout is not None and process.stdout.readline() == b"paused\n", process.stderr
        assert mirrored_state(mirror_db) == previous  # nothing of the open run is seen
        process.send_signal(signal.SIGKILL)
        process.wait()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()

    assert mirrored_state(mirror_db) == previous
    result = service.mirror(demo_registry.conn, mirror_db.admin_url)
    assert result.position_before == previous["position"][0][2]
    assert result.tables["organization"].updated == 5 and result.tables["member"].updated == 1
    assert result.tables["population"].new == 1
    assert_mirror_equals_register(mirror_db, demo_registry)
