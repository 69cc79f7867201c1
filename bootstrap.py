#!/usr/bin/env python3
"""Set up a private virtual environment and run the program or its tests.

    python3 bootstrap.py run    # set everything up, open the window
    python3 bootstrap.py test   # set everything up, run the whole test suite headless
    python3 bootstrap.py lock   # refresh constraints.txt to the newest releases pyproject allows

Uses only the standard library, so it works on a fresh machine with Python 3.11+.
.venv gets exactly the versions and wheels constraints.txt pins (checked by sha256), the same
set the installers are built from. Re-running is fast: dependencies are reinstalled only when
pyproject.toml or constraints.txt changes.
On Linux it also checks the system libraries Qt loads (the window needs more than the
headless tests) and installs the missing ones with apt-get when run as root.
"""

from __future__ import annotations

import ctypes.util
import hashlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".kttt-installed"
PYPROJECT = ROOT / "pyproject.toml"
LOCK = ROOT / "constraints.txt"  # written by lockfile.py (`python3 bootstrap.py lock`)
# Installed and pinned besides what pyproject.toml asks for: pip itself and the installer
# build's tool, so a checkout's .venv is also the environment the installers are built in.
TOOL_REQUIREMENTS = ("pip", "pyinstaller>=6")
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


class Pin(NamedTuple):
    """One package of constraints.txt: the exact version, the environments it is installed in
    (a PEP 508 marker, "" for all) and the sha256 of every wheel a supported machine may take."""

    name: str
    version: str
    marker: str
    hashes: tuple[str, ...]


def canonical_name(name: str) -> str:
    """PEP 503's form, so «PySide6_Essentials» in a wheel and «PySide6-Essentials» agree."""
    return re.sub(r"[-_.]+", "-", name).lower()


def read_lock(text: str) -> dict[str, Pin]:
    """constraints.txt's pins by canonical name (pip reads the file itself; this is for the
    checks that say in plain words what is missing or different)."""
    pins: dict[str, Pin] = {}
    for line in text.replace("\\\n", " ").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        spec, *hashes = re.split(r"\s+--hash=", line)
        requirement, _, marker = spec.partition(";")
        name, _, version = requirement.partition("==")
        pins[canonical_name(name.strip())] = Pin(
            name=canonical_name(name.strip()), version=version.strip(), marker=marker.strip(),
            hashes=tuple(value.strip().removeprefix("sha256:") for value in hashes))
    return pins


def project_requirements() -> list[str]:
    """Everything pyproject.toml asks to install: the dependencies, every optional group and
    the build backend, followed by TOOL_REQUIREMENTS; the roots constraints.txt is made from."""
    import tomllib  # here, so Python 3.10 still gets main()'s message rather than an ImportError

    data = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    project = data["project"]
    wanted = list(project.get("dependencies", []))
    for group in project.get("optional-dependencies", {}).values():
        wanted += group
    return wanted + list(data.get("build-system", {}).get("requires", [])) + list(TOOL_REQUIREMENTS)


def requirement_name(requirement: str) -> str:
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    if match is None:
        raise ValueError(f"not a requirement: {requirement!r}")
    return canonical_name(match.group(1))


def unpinned(requirements: Iterable[str], pins: Mapping[str, Pin]) -> list[str]:
    """The requirements constraints.txt has no pin for, in order, each once."""
    names = [requirement_name(requirement) for requirement in requirements]
    return sorted({name for name in names if name not in pins}, key=names.index)


def install_stamp() -> str:
    """What .venv was installed from: pyproject.toml's ranges and constraints.txt's pins, so a
    change to either (a new dependency, a refreshed lock) installs again."""
    digest = hashlib.sha256()
    for path in (PYPROJECT, LOCK):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def install_commands(python: str) -> list[list[str]]:
    """Exactly the locked wheels, each checked against its sha256 (pip itself and setuptools
    included, so nothing unpinned is fetched), then this checkout on top without resolving
    again, then pip's own check that the installed set fits every package's requirements."""
    pip = [python, "-m", "pip"]
    return [
        [*pip, "install", "--quiet", "--require-hashes", "--no-deps", "-r", str(LOCK)],
        [*pip, "install", "--quiet", "--no-deps", "--no-build-isolation", "-e", str(ROOT)],
        [*pip, "check"],
    ]


def ensure_installed() -> None:
    if not LOCK.exists():
        fail(f"Thiếu tệp {LOCK.name} (phiên bản cố định của các thư viện); hãy tạo bằng «python3 bootstrap.py lock».")
    wanted = install_stamp()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    missing = unpinned(project_requirements(), read_lock(LOCK.read_text(encoding="utf-8")))
    if missing:
        fail(f"{LOCK.name} chưa ghi phiên bản cho: {', '.join(missing)} (pyproject.toml vừa thêm?). "
             "Hãy làm mới tệp bằng «python3 bootstrap.py lock» rồi chạy lại.")
    print("[bootstrap] Cài các thư viện cần thiết (lần đầu mất vài phút) …")
    locked, editable, check = install_commands(str(venv_python()))
    if subprocess.run(locked, check=False).returncode != 0:
        fail(f"pip không cài được các thư viện theo {LOCK.name} (xem thông báo của pip ở trên). Tệp ghi "
             "sẵn các bản cho Python 3.11–3.13 trên Linux x86_64 và Windows 64-bit; với máy hoặc phiên bản "
             "Python khác, hay khi mã băm không khớp, hãy làm mới tệp bằng «python3 bootstrap.py lock».")
    subprocess.run(editable, check=True)
    if subprocess.run(check, check=False).returncode != 0:
        fail(f"Các thư viện trong {LOCK.name} không khớp yêu cầu của nhau hoặc của pyproject.toml (xem «pip "
             "check» ở trên). Hãy làm mới tệp bằng «python3 bootstrap.py lock» rồi chạy lại.")
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
    # bootstrap.py runs under whatever python3 the machine has, older ones included.
    if sys.version_info < (3, 11):  # noqa: UP036
        fail("Cần Python 3.11 trở lên (đang dùng " + sys.version.split()[0] + ").")
    if not argv or argv[0] not in ("run", "test", "lock"):
        print(__doc__)
        return 2
    if argv[0] == "lock":
        ensure_venv()
        return subprocess.call([str(venv_python()), str(ROOT / "lockfile.py"), *argv[1:]], cwd=ROOT)
    check_listed_libraries(argv[0], os.environ)
    ensure_venv()
    ensure_installed()
    check_platform_plugin(argv[0], os.environ)
    python = str(venv_python())
    if argv[0] == "run":
        return subprocess.call([python, "-m", "kttt_desktop", *argv[1:]], cwd=ROOT)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call([python, "-m", "pytest", *parallel(argv[1:]), *argv[1:]], cwd=ROOT, env=env)


def parallel(arguments: list[str]) -> list[str]:
    """The whole suite runs on every core (pytest-xdist), about twice as fast on two; not when
    the arguments choose otherwise or only collect."""
    for argument in arguments:
        if argument in ("-n", "--numprocesses", "--co", "--collect-only") or argument.startswith("--numprocesses=") \
                or (argument.startswith("-n") and (argument[2:] in ("auto", "logical") or argument[2:].isdigit())):
            return []
    return ["-n", "auto"]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
