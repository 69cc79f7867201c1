"""The packaging scripts: version handling, the .deb layout, the GUI entry's arguments.

The full PyInstaller build and the installed-program check are `installer/build.py smoke`
(run by CI after the tests); these tests stay fast and need no PyInstaller.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

import kttt_desktop

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"kttt_installer_{name}", INSTALLER / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build():
    return load("build")


def test_version_comes_from_the_package(build) -> None:
    assert build.version() == kttt_desktop.__version__


@pytest.mark.parametrize(("pep440", "debian"), [
    ("0.1.0", "0.1.0"), ("1.2.3rc1", "1.2.3~rc1"), ("2.0.0b2", "2.0.0~b2"), ("2.0.0.dev1", "2.0.0~dev1"),
])
def test_debian_version_orders_prereleases_first(build, pep440: str, debian: str) -> None:
    assert build.debian_version(pep440) == debian


def test_control_file_declares_qt_system_libraries(build) -> None:
    control = build.control_file(1234)
    fields = dict(line.split(": ", 1) for line in control.splitlines() if line and not line.startswith(" "))
    assert fields["Package"] == "kttt-desktop"
    assert fields["Version"] == build.debian_version(kttt_desktop.__version__)
    assert fields["Installed-Size"] == "1234"
    for lib in ("libegl1", "libgl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3"):
        assert lib in fields["Depends"].split(", ")
    assert control.endswith("\n")


def test_deb_depends_on_the_libraries_bootstrap_checks(build) -> None:
    import bootstrap

    depends = dict(line.split(": ", 1) for line in build.control_file(1).splitlines()
                   if line and not line.startswith(" "))["Depends"].split(", ")
    assert depends == bootstrap.qt_system_packages()
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0", "libx11-xcb1"} <= set(depends)

def test_the_build_names_every_package_that_is_not_the_locked_release(build, monkeypatch) -> None:
    import bootstrap

    locked = bootstrap.read_lock(bootstrap.LOCK.read_text(encoding="utf-8"))
    asked: list[str] = []

    def version(name: str) -> str:
        asked.append(name)
        if name == "pytest":
            raise metadata.PackageNotFoundError(name)
        return "3.0.0" if name == "orjson" else locked[name].version

    monkeypatch.setattr(metadata, "version", version)
    assert build.locked_differences() == [
        f"orjson 3.0.0, locked {locked['orjson'].version}", f"pytest not installed, locked {locked['pytest'].version}"]
    windows_only = {name for name, pin in locked.items() if pin.marker == 'sys_platform == "win32"'}
    assert windows_only and (windows_only.isdisjoint(asked) if sys.platform != "win32" else windows_only <= set(asked))


def test_the_build_refuses_to_start_from_other_releases(build, monkeypatch) -> None:
    import PyInstaller  # noqa: F401 - locked, so installed; imported before subprocess is stood in for

    monkeypatch.setattr(build, "locked_differences", lambda: ["orjson 3.0.0, locked 3.13.0"])
    monkeypatch.setattr(subprocess, "run", lambda *args, **kwargs: pytest.fail("PyInstaller ran"))
    with pytest.raises(SystemExit) as stop:
        build.build_pyinstaller()
    assert "orjson 3.0.0, locked 3.13.0" in str(stop.value.code)
    assert "pip install --require-hashes --no-deps -r constraints.txt" in str(stop.value.code)


@pytest.mark.skipif(Path(sys.prefix).resolve() != (ROOT / ".venv").resolve(),
                    reason="runs in bootstrap.py's .venv only")
def test_the_venv_bootstrap_makes_is_the_locked_one(build) -> None:
    assert build.locked_differences() == []


def fake_app(tmp_path: Path) -> Path:
    app = tmp_path / "kttt-desktop"
    (app / "_internal" / "resources").mkdir(parents=True)
    for exe in ("kttt", "kttt-desktop"):
        (app / exe).write_text("#!/bin/sh\necho fake\n")
        (app / exe).chmod(0o700)
    (app / "_internal" / "resources" / "x.csv").write_text("a\n")
    return app


def test_stage_deb_lays_out_program_wrappers_menu_entry_and_icon(build, tmp_path: Path) -> None:
    root = build.stage_deb(fake_app(tmp_path), tmp_path / "root")
    assert (root / "opt/kttt-desktop/kttt").stat().st_mode & 0o777 == 0o755
    assert (root / "opt/kttt-desktop/_internal/resources/x.csv").stat().st_mode & 0o777 == 0o644
    for exe in ("kttt", "kttt-desktop"):
        wrapper = root / "usr/bin" / exe
        assert wrapper.stat().st_mode & 0o777 == 0o755
        assert f'exec /opt/kttt-desktop/{exe} "$@"' in wrapper.read_text()
    desktop = (root / "usr/share/applications/kttt-desktop.desktop").read_text(encoding="utf-8")
    assert "Exec=kttt-desktop" in desktop and "Icon=kttt-desktop" in desktop
    assert "Name[vi]=" in desktop and "Comment[vi]=" in desktop
    icon = root / "usr/share/icons/hicolor/256x256/apps/kttt-desktop.png"
    assert icon.read_bytes() == (ROOT / "resources/icons/kttt.png").read_bytes()
    assert (root / "DEBIAN/control").is_file()


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb not available")
def test_build_deb_produces_an_installable_package(build, tmp_path: Path) -> None:
    deb = build.build_deb(fake_app(tmp_path), tmp_path / "out" / "kttt.deb")
    info = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Version"], capture_output=True,
                          text=True, check=True).stdout
    assert "Package: kttt-desktop" in info
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "root/root" in listing and "./usr/bin/kttt\n" in listing
    assert "./opt/kttt-desktop/kttt-desktop\n" in listing


def test_gui_entry_takes_db_and_leaves_the_rest_to_qt() -> None:
    entry = load("entry_gui")
    assert entry._db_argument(["prog", "--db", "/x/a.sqlite", "-style", "fusion"]) == \
        ("/x/a.sqlite", ["prog", "-style", "fusion"])
    assert entry._db_argument(["prog", "--db=b.sqlite"]) == ("b.sqlite", ["prog"])
    assert entry._db_argument(["prog"]) == (None, ["prog"])


def test_inno_setup_script_takes_the_version_from_the_build_command() -> None:
    iss = (INSTALLER / "windows" / "kttt-desktop.iss").read_text(encoding="utf-8")
    assert "#ifndef AppVersion" in iss and "AppVersion={#AppVersion}" in iss
    assert "#define AppVersion " not in iss  # never hard-coded: iscc /DAppVersion=…
    assert r"DefaultDirName={autopf}\{#AppName}" in iss
    assert "AppId={{" in iss and "CurUninstallStepChanged" in iss


def test_spec_bundles_resources_and_both_programs() -> None:
    spec = (INSTALLER / "kttt-desktop.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec
    assert "console=False" in spec and "console=True" in spec
    assert "from kttt_desktop import __version__" in spec
    assert sys.version_info >= (3, 11)
