"""The database's lock, taken by the window and by `kttt restore`: one holder at a time, in this
process or another, and never left behind by a program that died."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

from kttt_desktop.core import locks

ROOT = Path(__file__).resolve().parents[2]

HOLD = """
import sys
from kttt_desktop.core.locks import acquire_db_lock
lock = acquire_db_lock(sys.argv[1])
print("held" if lock is not None and lock.held else "refused", flush=True)
sys.stdin.read()  # until the test lets go (or kills this process)
"""


def _holder(db: Path) -> subprocess.Popen[str]:
    """Another program holding the database's lock, as a window does."""
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert process.stdout is not None and process.stdout.readline().strip() == "held"
    return process


def test_one_holder_at_a_time_in_the_same_process(tmp_path: Path) -> None:
    db = tmp_path / "kttt.sqlite"
    first = locks.acquire_db_lock(db)
    assert first is not None and first.held and first.path == tmp_path / "kttt.sqlite.lock"
    assert locks.acquire_db_lock(db) is None
    first.release()
    with locks.acquire_db_lock(db) as second:
        assert second is not None and second.held
        assert locks.acquire_db_lock(db) is None
    assert not second.held
    again = locks.acquire_db_lock(db)
    assert again is not None
    again.release()
    again.release()  # twice is harmless


def test_another_program_holding_the_lock_refuses_it_until_it_ends(tmp_path: Path) -> None:
    db = tmp_path / "kttt.sqlite"
    holder = _holder(db)
    try:
        assert locks.acquire_db_lock(db) is None
        assert (tmp_path / "kttt.sqlite.lock").read_text().strip() == str(holder.pid)  # for whoever looks
    finally:
        holder.kill()  # a crash or a power cut: no chance to let go
        holder.wait()
        holder.stdin.close()
        holder.stdout.close()
    lock = locks.acquire_db_lock(db)
    assert lock is not None and lock.held
    lock.release()


def test_a_lock_file_left_by_an_earlier_version_is_taken_over(tmp_path: Path) -> None:
    # What the earlier window's lock (Qt's QLockFile) left after a crash: pid, program, host.
    (tmp_path / "kttt.sqlite.lock").write_text("3999999\nkttt-desktop\nmay-xa\n")
    lock = locks.acquire_db_lock(tmp_path / "kttt.sqlite")
    assert lock is not None and lock.held
    assert (tmp_path / "kttt.sqlite.lock").read_text() == f"{os.getpid()}\n"
    lock.release()


def test_a_folder_where_no_lock_can_be_made_does_not_hide_what_is_wrong(tmp_path: Path, monkeypatch) -> None:
    real_open = os.open

    def read_only(path: object, flags: int, *args: object) -> int:  # a CD, a write-protected USB stick
        if str(path).endswith(".lock"):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(locks.os, "open", read_only)
    lock = locks.acquire_db_lock(tmp_path / "kttt.sqlite")
    assert lock is not None and not lock.held  # opening the database then says what is wrong
    lock.release()
