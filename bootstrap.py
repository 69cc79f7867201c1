#!/usr/bin/env python3
"""Set up a private virtual environment and run the program or its tests.

    python3 bootstrap.py run    # set everything up, open the window
    python3 bootstrap.py test   # set everything up, run the whole test suite headless

Uses only the standard library, so it works on a fresh machine with Python 3.11+.
Re-running is fast: dependencies are reinstalled only when pyproject.toml changes.
"""

from __future__ import annotations

import ctypes.util
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".kttt-installed"
# Shared libraries Qt needs on Debian/Ubuntu that a minimal system may lack.
QT_SYSTEM_PACKAGES = ["libegl1", "libgl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3",
                      "libxcb-cursor0", "libxkbcommon-x11-0", "libglib2.0-0"]


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


def missing_qt_libraries() -> list[str]:
    if not sys.platform.startswith("linux"):
        return []
    return [lib for lib in ("EGL", "GL", "xkbcommon", "fontconfig", "dbus-1")
            if ctypes.util.find_library(lib) is None]


def ensure_system_libraries() -> None:
    missing = missing_qt_libraries()
    if not missing:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *QT_SYSTEM_PACKAGES]
    if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        print(f"[bootstrap] Cài thư viện hệ thống cho Qt ({', '.join(missing)}) …")
        subprocess.run(["apt-get", "update", "-qq"], check=False)
        subprocess.run(command, check=True)
    else:
        fail("Qt cần thêm thư viện hệ thống (" + ", ".join(missing) + "). Hãy chạy:\n  sudo "
             + " ".join(command))


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):
        fail("Cần Python 3.11 trở lên (đang dùng " + sys.version.split()[0] + ").")
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    ensure_system_libraries()
    ensure_venv()
    ensure_installed()
    python = str(venv_python())
    if argv[0] == "run":
        return subprocess.call([python, "-m", "kttt_desktop", *argv[1:]], cwd=ROOT)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call([python, "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
