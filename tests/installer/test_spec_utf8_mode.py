"""Both frozen programs run in Python's UTF-8 mode, whatever the Windows code page.

The spec is run as PyInstaller runs it, with its build steps (Analysis, PYZ, EXE, COLLECT)
replaced by stand-ins that record what they are given, so the test needs no PyInstaller and
checks what the build would really receive, not how the spec is worded.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

SPEC = Path(__file__).resolve().parents[2] / "installer" / "kttt-desktop.spec"


class _Step:
    """One PyInstaller build step: its positional and keyword arguments."""

    made: list[_Step] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.scripts = [("pyi_rth_inspect", "", "PYSOURCE"), ("entry_gui", "", "PYSOURCE"),
                        ("entry_cli", "", "PYSOURCE")]
        self.pure, self.binaries, self.datas = [], [], []
        type(self).made.append(self)


class _Exe(_Step):
    made: list[_Step] = []


@pytest.fixture
def programs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, _Step]:
    """The EXE steps of the spec, by program name."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda *args, **kwargs: []  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec adds the project's folders
    monkeypatch.setattr(_Exe, "made", [])
    names = {"SPECPATH": str(SPEC.parent), "workpath": str(tmp_path), "__file__": str(SPEC),
             "Analysis": _Step, "PYZ": _Step, "EXE": _Exe, "COLLECT": _Step}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), names)  # noqa: S102 - as PyInstaller does
    return {exe.kwargs["name"]: exe for exe in _Exe.made}


def test_both_programs_start_python_in_utf8_mode(programs: dict[str, _Step]) -> None:
    assert len(programs) == 2 and "kttt" in programs
    for name, exe in programs.items():
        options = [entry for entry in exe.args[2] if entry[2] == "OPTION"]
        assert ("X utf8", None, "OPTION") in options, name
        entry_point = "entry_cli" if name == "kttt" else "entry_gui"
        assert [entry[0] for entry in exe.args[1]] == ["pyi_rth_inspect", entry_point]
