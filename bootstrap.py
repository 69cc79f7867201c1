#!/usr/bin/env python3
"""Set up a private virtual environment and run the program or its tests.

    python3 bootstrap.py run    # set everything up, open the window
    python3 bootstrap.py test   # set everything up, run the whole test suite headless

Uses only the standard library, so it works on a fresh machine with Python 3.11+.
Re-running is fast: dependencies are reinstalled only when pyproject.toml changes.
On Linux it also checks the system libraries Qt loads (the window needs more than the
headless tests) and installs the missing ones with apt-get when run as root.
"""

from __future__ import annotations

import ctypes.util
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".kttt-installed"
STANDARD_PLATFORM = "xcb"  # what Qt on Linux opens a window with unless told otherwise
# Shared libraries the Qt of PySide6 loads from a Debian/Ubuntu system, with the package that
# holds each. "qt": every use of Qt, also the headless tests (platform "offscreen"); "xcb":
# only the window on X11 (the xcb platform plugin and its libQt6XcbQpa). The .deb made by
# installer/build.py depends on exactly these packages, so both ways of installing agree.
QT_SYSTEM_LIBRARIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("libgl1", "qt", ("libGL.so.1",)),
    ("libegl1", "qt", ("libEGL.so.1",)),
    ("libx11-6", "qt", ("libX11.so.6",)),
    ("libxkbcommon0", "qt", ("libxkbcommon.so.0",)),
    ("libfontconfig1", "qt", ("libfontconfig.so.1",)),
    ("libfreetype6", "qt", ("libfreetype.so.6",)),
    ("libglib2.0-0", "qt", ("libglib-2.0.so.0", "libgthread-2.0.so.0")),
    ("libdbus-1-3", "qt", ("libdbus-1.so.3",)),
    ("zlib1g", "qt", ("libz.so.1",)),
    ("libzstd1", "qt", ("libzstd.so.1",)),
    ("libx11-xcb1", "xcb", ("libX11-xcb.so.1",)),
    ("libxcb1", "xcb", ("libxcb.so.1",)),
    ("libxcb-cursor0", "xcb", ("libxcb-cursor.so.0",)),
    ("libxcb-icccm4", "xcb", ("libxcb-icccm.so.4",)),
    ("libxcb-image0", "xcb", ("libxcb-image.so.0",)),
    ("libxcb-keysyms1", "xcb", ("libxcb-keysyms.so.1",)),
    ("libxcb-randr0", "xcb", ("libxcb-randr.so.0",)),
    ("libxcb-render0", "xcb", ("libxcb-render.so.0",)),
    ("libxcb-render-util0", "xcb", ("libxcb-render-util.so.0",)),
    ("libxcb-shape0", "xcb", ("libxcb-shape.so.0",)),
    ("libxcb-shm0", "xcb", ("libxcb-shm.so.0",)),
    ("libxcb-sync1", "xcb", ("libxcb-sync.so.1",)),
    ("libxcb-util1", "xcb", ("libxcb-util.so.1",)),
    ("libxcb-xfixes0", "xcb", ("libxcb-xfixes.so.0",)),
    ("libxcb-xkb1", "xcb", ("libxcb-xkb.so.1",)),
    ("libxcb-glx0", "xcb", ("libxcb-glx.so.0",)),
    ("libxkbcommon-x11-0", "xcb", ("libxkbcommon-x11.so.0",)),
)


def fail(message: str) -> None:
    print(f"\n[bootstrap] {message}", file=sys.stderr)
    sys.exit(1)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> None:
    if venv_python().exists():
        return
    print("[bootstrap] Tạo môi trường ảo .venv …")
    try:
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    except subprocess.CalledProcessError:
        shutil.rmtree(VENV, ignore_errors=True)
        fail("Không tạo được môi trường ảo. Trên Debian/Ubuntu hãy cài: sudo apt-get install python3-venv")


def ensure_installed() -> None:
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    print("[bootstrap] Cài các thư viện cần thiết (lần đầu mất vài phút) …")
    python = str(venv_python())
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([python, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(wanted)


def qt_platform(command: str, environ: Mapping[str, str]) -> str:
    """The platform plugin Qt will load: the tests run offscreen; the window takes the first
    choice of QT_QPA_PLATFORM ("offscreen", "wayland;xcb", "xcb:option"), else xcb."""
    if command != "run":
        return "offscreen"
    first = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    return first or STANDARD_PLATFORM


def qt_uses(platform: str) -> tuple[str, ...]:
    """The rows of QT_SYSTEM_LIBRARIES this platform needs: offscreen needs no X11 helpers."""
    return ("qt", "xcb") if platform == "xcb" else ("qt",)


def qt_system_packages(uses: Iterable[str] = ("qt", "xcb")) -> list[str]:
    """The Debian packages of QT_SYSTEM_LIBRARIES for these uses, in the table's order."""
    return [package for package, use, _sonames in QT_SYSTEM_LIBRARIES if use in tuple(uses)]


def loadable(soname: str) -> bool:
    """Whether the dynamic loader finds this library, and what it needs, as it will for Qt."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries(uses: Iterable[str], load: Callable[[str], bool] | None = None) -> dict[str, list[str]]:
    """Debian package → its libraries the loader cannot find, over the rows of these uses."""
    uses, load = tuple(uses), load or loadable
    missing: dict[str, list[str]] = {}
    for package, use, sonames in QT_SYSTEM_LIBRARIES:
        absent = [soname for soname in sonames if use in uses and not load(soname)]
        if absent:
            missing[package] = absent
    return missing


def platform_plugin(platform: str) -> Path | None:
    """PySide6's plugin for this platform in .venv (libqxcb.so for xcb), once installed."""
    found = sorted(VENV.glob(f"lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libq{platform}.so"))
    return found[0] if found else None


def unresolved_libraries(plugin: Path) -> list[str]:
    """Libraries `ldd` reports "not found" for the plugin and the Qt libraries it pulls in
    (libQt6XcbQpa for xcb): the exact list Qt would stumble on, table or not."""
    if shutil.which("ldd") is None:
        return []
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
    names: list[str] = []
    for line in out.stdout.splitlines():
        name, arrow, where = line.strip().partition(" => ")
        if arrow and where.strip() == "not found" and name not in names:
            names.append(name)
    return names


def packages_of(sonames: Iterable[str]) -> tuple[dict[str, list[str]], list[str]]:
    """(Debian package → sonames, sonames no row of QT_SYSTEM_LIBRARIES names)."""
    owner = {soname: package for package, _use, names in QT_SYSTEM_LIBRARIES for soname in names}
    known: dict[str, list[str]] = {}
    unknown: list[str] = []
    for soname in sonames:
        if soname in owner:
            known.setdefault(owner[soname], []).append(soname)
        else:
            unknown.append(soname)
    return known, unknown


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def ensure_system_libraries(command: str, missing: Mapping[str, list[str]], unknown: Sequence[str] = ()) -> None:
    """Install the missing packages with apt-get when root; otherwise stop and say in
    Vietnamese exactly what to install, rather than let Qt stop with its own English error."""
    if not missing and not unknown:
        return
    packages = list(missing)
    install = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    has_apt = shutil.which("apt-get") is not None
    if packages and has_apt and is_root():
        print(f"[bootstrap] Cài thư viện hệ thống cho Qt: {' '.join(packages)} …")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
        if subprocess.run(install, check=False, env=env).returncode != 0:
            fail("apt-get không cài được " + " ".join(packages) + "; hãy xem thông báo của apt-get ở trên.")
        if not unknown:
            return
        missing, packages = {}, []
    sonames = [soname for names in missing.values() for soname in names] + list(unknown)
    again = f"rồi chạy lại «python3 bootstrap.py {command}»"
    lines = ["Qt (bộ giao diện của chương trình) cần các thư viện hệ thống mà máy này chưa có: "
             + ", ".join(sonames) + "."]
    if packages and has_apt:
        lines += [f"Hãy chạy lệnh sau (cần quyền quản trị), {again}:", "  sudo " + " ".join(install)]
    elif packages:
        lines.append("Hãy cài các gói sau bằng trình quản lý gói của hệ điều hành (tên gói trên "
                     f"Debian/Ubuntu: {' '.join(packages)}), {again}.")
    if unknown:
        lines.append("Chưa rõ gói nào chứa " + ", ".join(unknown) + "; trên Debian/Ubuntu tìm bằng: "
                     + "apt-file search " + unknown[0])
    fail("\n".join(lines))


def check_listed_libraries(command: str, environ: Mapping[str, str]) -> None:
    """Before anything is installed: the table's libraries for the platform Qt will use."""
    if sys.platform.startswith("linux"):
        ensure_system_libraries(command, missing_libraries(qt_uses(qt_platform(command, environ))))


def check_platform_plugin(command: str, environ: Mapping[str, str]) -> None:
    """Once PySide6 is in .venv: what its platform plugin itself cannot load, so a library a
    newer Qt needs is named too, not only those the table knows."""
    if not sys.platform.startswith("linux"):
        return
    plugin = platform_plugin(qt_platform(command, environ))
    if plugin is not None:
        ensure_system_libraries(command, *packages_of(unresolved_libraries(plugin)))


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):
        fail("Cần Python 3.11 trở lên (đang dùng " + sys.version.split()[0] + ").")
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    check_listed_libraries(argv[0], os.environ)
    ensure_venv()
    ensure_installed()
    check_platform_plugin(argv[0], os.environ)
    python = str(venv_python())
    if argv[0] == "run":
        return subprocess.call([python, "-m", "kttt_desktop", *argv[1:]], cwd=ROOT)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call([python, "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
