"""The province-wide tallies (members by ethnic group and sex, workers by contract): read over
everyone, less the organisations not counted, and sound when a record is written between the
two reads by another part of the program."""

from __future__ import annotations

from typing import Any

from kttt_desktop.core.db import report_queries
from tests.core.factories import htx, member

DAY = "2025-12-31"


class _WriteBeforeSecondRead:
    """A connection that lets a write happen just before its second statement, as the window's
    thread may while the overview computes on another."""

    def __init__(self, conn: Any, write: Any) -> None:
        self.conn, self.write, self.calls = conn, write, 0

    def execute(self, *args: Any) -> Any:
        self.calls += 1
        if self.calls == 2:
            self.write()
        return self.conn.execute(*args)


def test_the_left_out_organisations_members_are_taken_off(core_registry) -> None:
    counted = core_registry.create("organization", htx(name="HTX Đang hoạt động")).record["id"]
    paused = core_registry.create("organization", htx(name="HTX Tạm ngừng", status="suspended")).record["id"]
    core_registry.create("member", member(counted, ethnicity_code="01", gender="female"))
    core_registry.create("member", member(paused, ethnicity_code="35"))
    core_registry.create("member", member(paused, ethnicity_code="01", gender="female"))
    groups = report_queries.members_by_ethnicity_gender(core_registry.conn, DAY, [paused])
    assert groups == [("01", "female", 1)]
    assert sorted(report_queries.members_by_ethnicity_gender(core_registry.conn, DAY, []), key=str) == [
        ("01", "female", 2), ("35", "male", 1)]


def test_a_member_written_between_the_two_reads_breaks_nothing(core_registry) -> None:
    counted = core_registry.create("organization", htx(name="HTX Đang hoạt động")).record["id"]
    paused = core_registry.create("organization", htx(name="HTX Tạm ngừng", status="suspended")).record["id"]
    core_registry.create("member", member(counted, ethnicity_code="01", gender="female"))
    core_registry.create("member", member(paused))

    def write() -> None:  # a group nobody had when everyone was counted
        core_registry.create("member", member(paused, ethnicity_code="20", gender="female"))

    conn = _WriteBeforeSecondRead(core_registry.conn, write)
    assert report_queries.members_by_ethnicity_gender(conn, DAY, [paused]) == [("01", "female", 1)]  # type: ignore[arg-type]
    assert conn.calls == 2
