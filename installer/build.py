#!/usr/bin/env python3
"""Build the installable forms of KTTT Desktop.

    python installer/build.py pyinstaller   # dist/kttt-desktop/  (one folder, both programs)
    python installer/build.py deb           # dist/kttt-desktop_<version>_<arch>.deb (Linux)
    python installer/build.py smoke         # build or reuse both, install into a temp root, run them
    python installer/build.py all           # pyinstaller + deb (on Linux) + smoke (on Linux)
    python installer/build.py setup         # Windows: pyinstaller, sign, dist/kttt-desktop-<version>-setup.exe
    python installer/build.py iss-check     # compile the Inno Setup script over the built file list (wine)

Run it with the Python that has the program and PyInstaller installed (e.g. .venv/bin/python).
The version comes from kttt_desktop.__version__ and nowhere else. The Windows setup .exe is
made by Inno Setup from dist/kttt-desktop/; the programs and the setup are signed when a
certificate is configured (installer/signing.py, installer/README.md).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
sys.path.insert(0, str(INSTALLER))
import inno  # noqa: E402
import setup_exe  # noqa: E402
import signing  # noqa: E402
import wine_install_pass  # noqa: E402

SPEC = INSTALLER / "kttt-desktop.spec"
BUILD_DIR = ROOT / "build"
DIST_DIR = ROOT / "dist"
APP_DIR = DIST_DIR / "kttt-desktop"  # PyInstaller's one-folder output
PYINSTALLER_WORK_DIR = BUILD_DIR / "kttt-desktop"  # the spec's `workpath` (version files)
ICON_PNG = ROOT / "resources" / "icons" / "kttt.png"
PACKAGE = "kttt-desktop"
INSTALL_PREFIX = "opt/kttt-desktop"
DEB_RECOMMENDS = ["libwayland-cursor0"]  # the Wayland platform plugin; Qt falls back to X11


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def version() -> str:
    """kttt_desktop.__version__, read by importing the package from this checkout."""
    sys.path.insert(0, str(ROOT))
    try:
        import kttt_desktop
    finally:
        sys.path.pop(0)
    return kttt_desktop.__version__


def _bootstrap():
    """The checkout's bootstrap.py, loaded as a module: its lists are the ones to build from."""
    spec = importlib.util.spec_from_file_location("kttt_bootstrap", ROOT / "bootstrap.py")
    assert spec is not None and spec.loader is not None
    bootstrap = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bootstrap)
    return bootstrap


def deb_depends() -> list[str]:
    """The packages of the shared libraries Qt loads from the system (PyInstaller bundles no
    GL/EGL, and a minimal desktop lacks some X11 helpers): bootstrap.py's one list, which
    it checks and installs for a checkout, so the .deb and a checkout need the same."""
    return _bootstrap().qt_system_packages()


def locked_differences() -> list[str]:
    """How the packages of this Python differ from constraints.txt, one line each (empty when
    they are the locked releases): the installers bundle what is installed here, so a build
    from anything else is not the reproducible one."""
    from importlib import metadata

    from packaging.markers import Marker  # PyInstaller's own dependency

    bootstrap = _bootstrap()
    differences = []
    for pin in bootstrap.read_lock(bootstrap.LOCK.read_text(encoding="utf-8")).values():
        if pin.marker and not Marker(pin.marker).evaluate():
            continue
        try:
            installed = metadata.version(pin.name)
        except metadata.PackageNotFoundError:
            installed = "not installed"
        if installed != pin.version:
            differences.append(f"{pin.name} {installed}, locked {pin.version}")
    return differences


def debian_version(text: str) -> str:
    """PEP 440 → Debian ordering: pre-releases sort before the release (0.2.0rc1 → 0.2.0~rc1)."""
    text = re.sub(r"[-_.]?(a|b|rc|alpha|beta|dev)(\d*)$", r"~\1\2", text.strip())
    return re.sub(r"[^0-9A-Za-z.+~]", ".", text)


def deb_architecture() -> str:
    if shutil.which("dpkg"):
        out = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True)
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64", "armv7l": "armhf"}.get(platform.machine(), platform.machine())


def gui_exe_name() -> str:
    return "KTTT Desktop.exe" if os.name == "nt" else "kttt-desktop"


def cli_exe_name() -> str:
    return "kttt.exe" if os.name == "nt" else "kttt"


def deb_path() -> Path:
    return DIST_DIR / f"{PACKAGE}_{debian_version(version())}_{deb_architecture()}.deb"


# --- PyInstaller ------------------------------------------------------------------------

def _newest_source_mtime() -> float:
    newest = 0.0
    for folder in (ROOT / "kttt_desktop", ROOT / "resources", INSTALLER):
        for path in folder.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                newest = max(newest, path.stat().st_mtime)
    return max(newest, *((ROOT / name).stat().st_mtime for name in ("pyproject.toml", "constraints.txt")))


def pyinstaller_is_current() -> bool:
    exe = APP_DIR / gui_exe_name()
    return exe.is_file() and (APP_DIR / cli_exe_name()).is_file() \
        and exe.stat().st_mtime >= _newest_source_mtime()


def build_pyinstaller() -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("[build] PyInstaller is not installed here: python -m pip install -c constraints.txt pyinstaller")
    differences = locked_differences()
    if differences:
        sys.exit("[build] This Python's packages are not the ones constraints.txt locks:\n  "
                 + "\n  ".join(differences) + "\nInstall the locked set (python3 bootstrap.py does it for .venv):"
                 "\n  python -m pip install --require-hashes --no-deps -r constraints.txt")
    log(f"PyInstaller {version()} → {APP_DIR}")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(DIST_DIR), "--workpath", str(BUILD_DIR), str(SPEC)]
    subprocess.run(command, cwd=ROOT, check=True)
    for name in (gui_exe_name(), cli_exe_name()):
        if not (APP_DIR / name).is_file():
            sys.exit(f"[build] PyInstaller finished but {APP_DIR / name} is missing")
    return APP_DIR


# --- .deb ---------------------------------------------------------------------------------

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Version=1.0
Name=KTTT Desktop
Name[vi]=KTTT Desktop – Sổ kinh tế tập thể
GenericName=Collective economy register
GenericName[vi]=Sổ theo dõi kinh tế tập thể
Comment=Commune register of cooperatives, cooperative groups, members and State support
Comment[vi]=Sổ theo dõi hợp tác xã, tổ hợp tác, thành viên, người lao động và hỗ trợ của Nhà nước cấp xã
Exec=kttt-desktop
TryExec=kttt-desktop
Icon=kttt-desktop
Terminal=false
Categories=Office;
Keywords=HTX;hợp tác xã;tổ hợp tác;kinh tế tập thể;cooperative;
StartupWMClass=kttt-desktop
"""

WRAPPER = """\
#!/bin/sh
# Installed by the {package} package: run the program from {prefix}.
exec /{prefix}/{exe} "$@"
"""


def control_file(installed_kib: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {debian_version(version())}\n"
        f"Architecture: {deb_architecture()}\n"
        "Maintainer: KTTT Desktop <kttt-desktop@localhost>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(deb_depends())}\n"
        f"Recommends: {', '.join(DEB_RECOMMENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: Sổ theo dõi kinh tế tập thể cấp xã (KTTT Desktop)\n"
        " Desktop program for commune officers: register of cooperatives (HTX),\n"
        " cooperative groups (THT), their members and workers, and State support.\n"
        " Data stays in each user's data folder (~/.local/share/KTTT Desktop), never\n"
        " in /opt, so upgrading or removing the package does not touch it.\n"
        " Commands: kttt-desktop (the window) and kttt (the command line).\n"
    )


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def stage_deb(app_dir: Path, root: Path) -> Path:
    """Lay out the package's file tree under `root` (DEBIAN/ included); returns root."""
    if root.exists():
        shutil.rmtree(root)
    target = root / INSTALL_PREFIX
    shutil.copytree(app_dir, target, symlinks=True)
    for folder, _dirs, files in os.walk(root):  # normal modes whatever the umask was
        os.chmod(folder, 0o755)
        for name in files:
            path = Path(folder) / name
            if not path.is_symlink():
                path.chmod(0o755 if os.access(path, os.X_OK) else 0o644)
    for exe in ("kttt", "kttt-desktop"):
        _write(root / "usr" / "bin" / exe, WRAPPER.format(package=PACKAGE, prefix=INSTALL_PREFIX, exe=exe), 0o755)
    _write(root / "usr/share/applications/kttt-desktop.desktop", DESKTOP_ENTRY)
    icon = root / "usr/share/icons/hicolor/256x256/apps/kttt-desktop.png"
    icon.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICON_PNG, icon)
    icon.chmod(0o644)
    for folder in (root / "usr").rglob("*"):
        if folder.is_dir():
            folder.chmod(0o755)
    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    _write(root / "DEBIAN" / "control", control_file((size + 1023) // 1024))
    (root / "DEBIAN").chmod(0o755)
    return root


def build_deb(app_dir: Path = APP_DIR, output: Path | None = None) -> Path:
    if not shutil.which("dpkg-deb"):
        sys.exit("[build] dpkg-deb not found (Debian/Ubuntu: it is part of dpkg)")
    for name in ("kttt", "kttt-desktop"):
        if not (app_dir / name).is_file():
            sys.exit(f"[build] {app_dir / name} missing: run «build.py pyinstaller» first (on Linux)")
    output = output or deb_path()
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kttt-deb-") as tmp:
        root = stage_deb(app_dir, Path(tmp) / "root")
        log(f"dpkg-deb → {output}")
        subprocess.run(["dpkg-deb", "--build", "--root-owner-group", "-Zxz", "-z6",
                        str(root), str(output)], check=True, stdout=subprocess.DEVNULL)
    return output


def deb_is_current() -> bool:
    deb = deb_path()
    exe = APP_DIR / gui_exe_name()
    return deb.is_file() and exe.is_file() and deb.stat().st_mtime >= exe.stat().st_mtime


# --- Windows setup .exe -------------------------------------------------------------------

ISS_WORK = BUILD_DIR / "inno"  # the npm compiler, the wine prefix, the stub payload


def numeric_version(text: str) -> str:
    """What Windows file properties take: four numbers (0.2.0rc1 → 0.2.0.1)."""
    from win_version import version_tuple

    return ".".join(map(str, version_tuple(text)))


def build_setup() -> Path:
    """dist/kttt-desktop-<version>-setup.exe from a fresh PyInstaller build (on Windows) or a
    Windows build copied into dist/kttt-desktop; programs and setup signed when configured."""
    cert = signing.configured()
    if sys.platform == "win32":
        build_pyinstaller()  # always fresh: a release is never made from a stale folder
    if not setup_exe.windows_payload(APP_DIR):
        sys.exit(f"[build] {APP_DIR} holds no Windows programs: PyInstaller builds for the system it "
                 "runs on, so build them on Windows (build.py setup there), or copy that folder here")
    signing.sign([APP_DIR / name for name in setup_exe.WINDOWS_EXE.values()], cert, log)
    iscc = setup_exe.find_iscc(ISS_WORK, log)
    # On Windows Inno Setup signs the setup and its uninstaller as it writes them.
    sign_tool = signing.inno_sign_tool(cert) if cert is not None and sys.platform == "win32" else None
    log(f"Inno Setup {iscc} → {DIST_DIR}")
    setup = setup_exe.compile_setup(iscc, version=version(), numeric_version=numeric_version(version()),
                                    payload=APP_DIR, output_dir=DIST_DIR, wine_prefix=ISS_WORK / "wine",
                                    sign_tool=sign_tool)
    if cert is not None and sign_tool is None:
        signing.sign([setup], cert, log)  # the uninstaller inside stays unsigned off Windows
    return setup


def iss_check(write_message_list: bool = False) -> int:
    """Compile the script over the built folder's file list (empty stand-ins, Windows names),
    then install, upgrade and uninstall that setup under wine (wine_install_pass.py): what CI
    runs on Linux so that an error in the script, or a broken promise of it, fails it."""
    started = time.monotonic()
    if not APP_DIR.is_dir():
        sys.exit(f"[build] {APP_DIR} missing: run «build.py pyinstaller» first")
    iscc = setup_exe.find_iscc(ISS_WORK, log)
    if write_message_list:
        rules = inno.message_rules(inno.read_text(iscc.parent / "Default.isl"))
        inno.MESSAGE_LIST.write_text(inno.format_message_list(rules, setup_exe.NPM_INNOSETUP.split("@")[1]),
                                     encoding="utf-8")
        log(f"wrote {inno.MESSAGE_LIST}")
    problems = setup_exe.message_list_problems(iscc)
    problems += inno.translation_problems(inno.read_message_list(), inno.read_text(inno.VIETNAMESE_ISL))
    if problems:
        print("[build] iss-check FAILED: the messages do not match the compiler:\n  " + "\n  ".join(problems),
              file=sys.stderr)
        return 1
    payload = ISS_WORK / "payload"
    count = setup_exe.stub_payload(APP_DIR, payload)
    try:
        setup = setup_exe.compile_setup(iscc, version=version(), numeric_version=numeric_version(version()),
                                        payload=payload, output_dir=ISS_WORK / "out",
                                        wine_prefix=ISS_WORK / "wine")
        log(f"compiled {setup.name} over the {count} files of {APP_DIR.name} (empty stand-ins)")
        wine_install_pass.run_pass(setup, iscc, ISS_WORK / "install-pass", win_mutex_name(), log)
    except (setup_exe.SetupBuildError, wine_install_pass.InstallPassFailure) as exc:
        print(f"[build] iss-check FAILED: {exc}", file=sys.stderr)
        return 1
    log(f"iss-check passed in {time.monotonic() - started:.0f} s")
    return 0


def win_mutex_name() -> str:
    """The mutex the window creates (kttt_desktop/ui/win_mutex.py), read from this checkout."""
    sys.path.insert(0, str(ROOT))
    try:
        from kttt_desktop.ui.win_mutex import MUTEX_NAME
    finally:
        sys.path.pop(0)
    return MUTEX_NAME


# --- command line -------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("pyinstaller", "deb", "smoke", "all", "setup", "iss-check"))
    parser.add_argument("--rebuild", action="store_true",
                        help="smoke: rebuild even when dist/ is newer than the sources")
    parser.add_argument("--write-message-list", action="store_true",
                        help="iss-check: rewrite windows/inno-messages.txt from the compiler's Default.isl")
    args = parser.parse_args(argv)
    if args.command in ("setup", "iss-check"):
        try:
            if args.command == "iss-check":
                return iss_check(args.write_message_list)
            print(build_setup())
        except (signing.SigningError, setup_exe.SetupBuildError) as exc:
            print(f"[build] FAILED: {exc}", file=sys.stderr)
            return 1
    elif args.command == "pyinstaller":
        build_pyinstaller()
    elif args.command == "deb":
        print(build_deb())
    elif args.command == "smoke":
        sys.path.insert(0, str(INSTALLER))
        import smoke_test

        return smoke_test.main(rebuild=args.rebuild)
    else:
        build_pyinstaller()
        if sys.platform.startswith("linux"):
            build_deb()
            sys.path.insert(0, str(INSTALLER))
            import smoke_test

            return smoke_test.main(rebuild=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
