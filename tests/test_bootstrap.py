"""bootstrap.py on Linux: the system libraries Qt loads are checked the way Qt loads them,
and a missing one is installed (root) or named with the exact command to run, in Vietnamese."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import bootstrap

XCB_HELPERS = ("libxcb-icccm.so.4", "libxcb-keysyms.so.1")


def loader_without(*absent: str):
    """A stand-in for the dynamic loader that finds every library but these."""
    asked: list[str] = []

    def load(soname: str) -> bool:
        asked.append(soname)
        return soname not in absent

    load.asked = asked  # type: ignore[attr-defined]
    return load


@pytest.fixture
def linux(monkeypatch):
    """A Linux machine whose loader lacks the two X11 helpers a fresh install lacked, with
    apt-get, not root; any command run is recorded and fails the test unless allowed."""
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(bootstrap, "loadable", loader_without(*XCB_HELPERS))
    monkeypatch.setattr(bootstrap, "is_root", lambda: False)
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}")
    commands: list[list[str]] = []

    def run(command, **kwargs):
        commands.append(list(command))
        return subprocess.CompletedProcess(command, 0, stdout="", stderr="")

    monkeypatch.setattr(subprocess, "run", run)
    return commands


def stopped_with(capsys, call) -> str:
    with pytest.raises(SystemExit) as stop:
        call()
    assert stop.value.code == 1
    return capsys.readouterr().err


@pytest.mark.parametrize(("command", "environ", "platform"), [
    ("run", {}, "xcb"),
    ("run", {"QT_QPA_PLATFORM": "xcb:nomitshm"}, "xcb"),
    ("run", {"QT_QPA_PLATFORM": "offscreen"}, "offscreen"),
    ("run", {"QT_QPA_PLATFORM": "wayland;xcb"}, "wayland"),
    ("test", {}, "offscreen"),
])
def test_platform_qt_will_load(command, environ, platform) -> None:
    assert bootstrap.qt_platform(command, environ) == platform


def test_the_window_needs_the_xcb_helpers_the_headless_tests_do_not() -> None:
    window = bootstrap.missing_libraries(bootstrap.qt_uses("xcb"), loader_without(*XCB_HELPERS))
    assert window == {"libxcb-icccm4": ["libxcb-icccm.so.4"], "libxcb-keysyms1": ["libxcb-keysyms.so.1"]}
    load = loader_without(*XCB_HELPERS)
    assert bootstrap.missing_libraries(bootstrap.qt_uses("offscreen"), load) == {}
    assert "libGL.so.1" in load.asked and not any("xcb" in name for name in load.asked)


def test_not_root_is_told_in_vietnamese_exactly_what_to_install(linux, capsys) -> None:
    told = stopped_with(capsys, lambda: bootstrap.check_listed_libraries("run", {}))
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in told
    assert "thư viện hệ thống mà máy này chưa có" in told
    assert "sudo apt-get install -y --no-install-recommends libxcb-icccm4 libxcb-keysyms1\n" in told
    assert "chạy lại «python3 bootstrap.py run»" in told
    assert linux == []  # nothing was run


def test_root_installs_just_the_missing_packages(linux, monkeypatch) -> None:
    monkeypatch.setattr(bootstrap, "is_root", lambda: True)
    bootstrap.check_listed_libraries("run", {})
    assert linux == [["apt-get", "update", "-qq"],
                     ["apt-get", "install", "-y", "--no-install-recommends", "libxcb-icccm4", "libxcb-keysyms1"]]


def test_apt_get_failing_as_root_stops_with_a_message(linux, monkeypatch, capsys) -> None:
    monkeypatch.setattr(bootstrap, "is_root", lambda: True)
    monkeypatch.setattr(subprocess, "run", lambda command, **kw: subprocess.CompletedProcess(
        command, 100 if "install" in command else 0))
    told = stopped_with(capsys, lambda: bootstrap.check_listed_libraries("run", {}))
    assert "apt-get không cài được libxcb-icccm4 libxcb-keysyms1" in told


def test_without_apt_get_the_debian_names_are_given(linux, monkeypatch, capsys) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    told = stopped_with(capsys, lambda: bootstrap.check_listed_libraries("run", {}))
    assert "trình quản lý gói" in told and "libxcb-icccm4 libxcb-keysyms1" in told
    assert "sudo" not in told


@pytest.mark.parametrize(("command", "environ"), [("test", {}), ("run", {"QT_QPA_PLATFORM": "offscreen"})])
def test_headless_needs_none_of_the_xcb_helpers(linux, command, environ) -> None:
    bootstrap.check_listed_libraries(command, environ)
    assert linux == []


def test_nothing_is_checked_off_linux(linux, monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(bootstrap, "loadable", lambda soname: pytest.fail("checked a library on Windows"))
    bootstrap.check_listed_libraries("run", {})
    bootstrap.check_platform_plugin("run", {})


LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f8a)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f8b)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-newthing.so.2 => not found
\tlibxcb-icccm.so.4 => not found
"""


def test_the_installed_plugin_is_asked_too_and_an_unlisted_library_named(linux, monkeypatch, tmp_path, capsys) -> None:
    plugin = tmp_path / "lib/python3.11/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so"
    plugin.parent.mkdir(parents=True)
    plugin.touch()
    monkeypatch.setattr(bootstrap, "VENV", tmp_path)
    asked = []

    def ldd(command, **kwargs):
        asked.append(list(command))
        return subprocess.CompletedProcess(command, 1, stdout=LDD_OUTPUT, stderr="")

    monkeypatch.setattr(subprocess, "run", ldd)
    told = stopped_with(capsys, lambda: bootstrap.check_platform_plugin("run", {}))
    assert asked == [["ldd", str(plugin)]]
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1, libxcb-newthing.so.2." in told
    assert "sudo apt-get install -y --no-install-recommends libxcb-icccm4 libxcb-keysyms1\n" in told
    assert "apt-file search libxcb-newthing.so.2" in told


def test_no_plugin_installed_yet_checks_nothing(linux, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(bootstrap, "VENV", tmp_path)
    bootstrap.check_platform_plugin("run", {})
    assert linux == []


# --- the table against the Qt actually installed ----------------------------------------------

BASE_SYSTEM = ("libc.so", "libm.so", "libstdc++.so", "libgcc_s.so", "ld-linux", "libdl.so",
               "libpthread.so", "librt.so")


def needed(library: Path) -> set[str]:
    out = subprocess.run(["readelf", "-d", str(library)], capture_output=True, text=True, check=True).stdout
    return {line.split("[", 1)[1].split("]", 1)[0] for line in out.splitlines() if "(NEEDED)" in line}


def from_the_system(libraries: list[Path], bundled: Path) -> set[str]:
    names = set().union(*(needed(lib) for lib in libraries))
    return {n for n in names if not (bundled / n).exists() and not n.startswith(BASE_SYSTEM)}


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("readelf") is None,
                    reason="reads the Linux Qt libraries with readelf")
def test_the_table_names_every_library_the_installed_qt_takes_from_the_system() -> None:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    lib = qt / "lib"
    headless = from_the_system([qt / "plugins/platforms/libqoffscreen.so"] + [
        lib / f"libQt6{name}.so.6" for name in ("Core", "Gui", "Widgets", "DBus", "PrintSupport")], lib)
    window = headless | from_the_system([qt / "plugins/platforms/libqxcb.so", lib / "libQt6XcbQpa.so.6"]
                                        + sorted((qt / "plugins/xcbglintegrations").glob("*.so")), lib)
    rows = {soname: use for _package, use, sonames in bootstrap.QT_SYSTEM_LIBRARIES for soname in sonames}
    assert "libxcb-icccm.so.4" in window and "libxcb-keysyms.so.1" in window
    assert headless <= {s for s, use in rows.items() if use == "qt"}
    assert window <= set(rows)
