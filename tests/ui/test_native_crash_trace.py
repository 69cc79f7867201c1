"""A crash in native code leaves its stacks in the log folder, and the next start logs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CRASHING_START = """
import faulthandler
from kttt_desktop.ui.crash import setup_logging, trace_native_crashes
setup_logging()
trace_native_crashes()
faulthandler._sigsegv()  # what a fault inside Qt's text layout does to the process
"""

CLEAN_START = """
from kttt_desktop.ui.crash import setup_logging, trace_native_crashes
setup_logging()
trace_native_crashes()
"""


def _start(code: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KTTT_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[2])


def test_a_native_crash_leaves_a_trace_that_the_next_start_logs(tmp_path: Path) -> None:
    crashed = _start(CRASHING_START, tmp_path)
    assert crashed.returncode != 0
    trace = (tmp_path / "logs" / "kttt-native-crash.log").read_text(encoding="utf-8")
    assert "Segmentation fault" in trace and "<string>" in trace  # the Python line that was running

    assert _start(CLEAN_START, tmp_path).returncode == 0
    log = (tmp_path / "logs" / "kttt.log").read_text(encoding="utf-8")
    assert "the previous run ended in a crash in native code" in log and "Segmentation fault" in log
    assert (tmp_path / "logs" / "kttt-native-crash.log").read_text(encoding="utf-8") == ""


def test_a_clean_run_logs_no_crash(tmp_path: Path) -> None:
    assert _start(CLEAN_START, tmp_path).returncode == 0
    assert _start(CLEAN_START, tmp_path).returncode == 0
    assert "native code" not in (tmp_path / "logs" / "kttt.log").read_text(encoding="utf-8")
