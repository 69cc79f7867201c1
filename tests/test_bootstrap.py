"""bootstrap.py on Linux: the system libraries Qt loads are checked the way Qt loads them,
and a missing one is installed (root) or named with the exact command to run, in Vietnamese.
And .venv is the locked set: constraints.txt pins every requirement within pyproject.toml's
ranges, bootstrap installs exactly it, and installs again when it changes."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement

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


# --- the locked packages: constraints.txt ----------------------------------------------------

LOCKED = bootstrap.read_lock(bootstrap.LOCK.read_text(encoding="utf-8"))


def test_every_requirement_of_pyproject_and_the_tools_is_pinned() -> None:
    assert bootstrap.unpinned(bootstrap.project_requirements(), LOCKED) == []
    assert {"pyside6-essentials", "pyicu-wheels", "pytest", "setuptools", "pyinstaller", "pip"} <= set(LOCKED)


def test_the_pins_satisfy_pyprojects_ranges_everywhere() -> None:
    for line in bootstrap.project_requirements():
        requirement = Requirement(line)
        pin = LOCKED[bootstrap.canonical_name(requirement.name)]
        assert requirement.specifier.contains(pin.version, prereleases=True), (line, pin.version)
        assert pin.marker == "", f"{pin.name} is asked for on every machine"


def test_each_pin_is_one_release_with_the_sha256_of_its_wheels() -> None:
    text = bootstrap.LOCK.read_text(encoding="utf-8")
    assert "#     python3 bootstrap.py lock\n" in text
    names = [line.split("==")[0] for line in text.splitlines() if line and not line.startswith(("#", " "))]
    assert names == sorted(names) == sorted(LOCKED)
    for pin in LOCKED.values():
        assert re.fullmatch(r"[0-9][0-9a-z.+!]*", pin.version), pin
        assert pin.hashes and all(re.fullmatch(r"[0-9a-f]{64}", digest) for digest in pin.hashes), pin
        if pin.marker:
            Marker(pin.marker)
    # Compiled for each Python, on Linux and on Windows; PySide6's one abi3 wheel serves all.
    assert len(LOCKED["orjson"].hashes) >= 6
    assert len(LOCKED["pyside6-essentials"].hashes) >= 2


def test_what_only_windows_installs_is_marked_so() -> None:
    for name in ("colorama", "pefile", "pywin32-ctypes"):
        assert LOCKED[name].marker == 'sys_platform == "win32"'


def test_the_lock_reads_back_what_pip_reads() -> None:
    pins = bootstrap.read_lock(
        "# header\n"
        "orjson==3.13.0 \\\n    --hash=sha256:" + "a" * 64 + " \\\n    --hash=sha256:" + "b" * 64 + "\n"
        'pefile==2024.8.26 ; sys_platform == "win32" \\\n    --hash=sha256:' + "c" * 64 + "\n"
        "PySide6_Essentials==6.11.3 --hash=sha256:" + "d" * 64 + "\n")
    assert pins == {
        "orjson": bootstrap.Pin("orjson", "3.13.0", "", ("a" * 64, "b" * 64)),
        "pefile": bootstrap.Pin("pefile", "2024.8.26", 'sys_platform == "win32"', ("c" * 64,)),
        "pyside6-essentials": bootstrap.Pin("pyside6-essentials", "6.11.3", "", ("d" * 64,)),
    }


@pytest.fixture
def checkout(tmp_path, monkeypatch):
    """pyproject.toml and constraints.txt copied to tmp_path, the stamp there, a recorded pip
    that succeeds unless told which of its commands fails."""
    for name in ("pyproject.toml", "constraints.txt"):
        shutil.copy(bootstrap.ROOT / name, tmp_path / name)
    monkeypatch.setattr(bootstrap, "PYPROJECT", tmp_path / "pyproject.toml")
    monkeypatch.setattr(bootstrap, "LOCK", tmp_path / "constraints.txt")
    monkeypatch.setattr(bootstrap, "STAMP", tmp_path / ".kttt-installed")
    monkeypatch.setattr(bootstrap, "venv_python", lambda: tmp_path / "python")
    commands: list[list[str]] = []
    failing: list[str] = []

    def run(command, **kwargs):
        commands.append(list(command))
        code = 1 if any(word in command for word in failing) else 0
        if code and kwargs.get("check"):
            raise subprocess.CalledProcessError(code, command)
        return subprocess.CompletedProcess(command, code)

    monkeypatch.setattr(subprocess, "run", run)
    return tmp_path, commands, failing


def test_the_stamp_covers_pyproject_and_the_lock(checkout) -> None:
    folder, _commands, _failing = checkout
    first = bootstrap.install_stamp()
    assert bootstrap.install_stamp() == first
    lock = folder / "constraints.txt"
    text = lock.read_text(encoding="utf-8")
    lock.write_text(text.replace("orjson==", "orjson==9"), encoding="utf-8")
    assert bootstrap.install_stamp() != first
    lock.write_text(text, encoding="utf-8")
    assert bootstrap.install_stamp() == first
    (folder / "pyproject.toml").write_text((folder / "pyproject.toml").read_text() + "\n", encoding="utf-8")
    assert bootstrap.install_stamp() != first


def test_a_changed_lock_installs_exactly_its_wheels_then_the_checkout(checkout) -> None:
    folder, commands, _failing = checkout
    (folder / ".kttt-installed").write_text("made from an older lock")
    bootstrap.ensure_installed()
    pip = [str(folder / "python"), "-m", "pip"]
    assert commands == [
        [*pip, "install", "--quiet", "--require-hashes", "--no-deps", "-r", str(folder / "constraints.txt")],
        [*pip, "install", "--quiet", "--no-deps", "--no-build-isolation", "-e", str(bootstrap.ROOT)],
        [*pip, "check"],
    ]
    assert (folder / ".kttt-installed").read_text() == bootstrap.install_stamp()
    commands.clear()
    bootstrap.ensure_installed()
    assert commands == []


def test_a_requirement_the_lock_lacks_stops_before_pip_runs(checkout, capsys) -> None:
    folder, commands, _failing = checkout
    pyproject = folder / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('"orjson>=3.9",', '"orjson>=3.9",\n    "humanize>=4",'))
    told = stopped_with(capsys, bootstrap.ensure_installed)
    assert "constraints.txt chưa ghi phiên bản cho: humanize" in told
    assert "«python3 bootstrap.py lock»" in told
    assert commands == [] and not (folder / ".kttt-installed").exists()


@pytest.mark.parametrize(("failing", "said"), [
    ("--require-hashes", "pip không cài được các thư viện theo constraints.txt"),
    ("check", "không khớp yêu cầu của nhau hoặc của pyproject.toml"),
])
def test_pip_refusing_the_lock_stops_with_what_to_do_and_no_stamp(checkout, capsys, failing, said) -> None:
    folder, _commands, failing_words = checkout
    failing_words.append(failing)
    told = stopped_with(capsys, bootstrap.ensure_installed)
    assert said in told and "«python3 bootstrap.py lock»" in told
    assert not (folder / ".kttt-installed").exists()


def test_lock_runs_lockfile_with_the_venv_python(monkeypatch) -> None:
    monkeypatch.setattr(bootstrap, "ensure_venv", lambda: None)
    called = []
    monkeypatch.setattr(subprocess, "call", lambda command, **kwargs: called.append(command) or 0)
    assert bootstrap.main(["lock"]) == 0
    assert called == [[str(bootstrap.venv_python()), str(bootstrap.ROOT / "lockfile.py")]]


def test_ci_installs_nothing_the_lock_does_not_pin() -> None:
    script = (bootstrap.ROOT / ".ci" / "run").read_text(encoding="utf-8")
    installs = [line for line in script.splitlines() if "pip install" in line and not line.lstrip().startswith("#")]
    assert installs and all("-c constraints.txt" in line or "-r constraints.txt" in line for line in installs)


@pytest.mark.parametrize(("arguments", "added"), [
    ([], ["-n", "auto"]),
    (["-q"], ["-n", "auto"]),
    (["-q", "--color=yes", "-p", "no:cacheprovider"], ["-n", "auto"]),
    (["-n", "0"], []), (["-n0"], []), (["-nauto"], []), (["--numprocesses=3"], []),
    (["-q", "--co"], []), (["--collect-only"], []),
])
def test_the_suite_runs_on_every_core_unless_told_otherwise(arguments, added) -> None:
    assert bootstrap.parallel(arguments) == added
