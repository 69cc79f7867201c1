"""Compiling the Inno Setup script into the Windows setup .exe, on Windows or under wine.

`compile_setup` runs the compiler (ISCC.exe) over a payload folder: on Windows the one found
on the machine; elsewhere the one from the npm package `innosetup`, run by wine (Debian:
`dpkg --add-architecture i386; apt install wine wine32:i386 wine64`: the compiler is a 32-bit
program). `stub_payload` copies the *names* of a built folder into empty files with the
Windows programs' names, so that on Linux, where PyInstaller can only build the Linux
programs, CI still compiles the script over the real file list: a script error, a missing
source file or a messages-file problem fails the build (`build.py iss-check`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import inno
from win_version import WINDOWS_EXE

# The compiler the npm registry ships, pinned: its Default.isl is what inno-messages.txt lists.
NPM_INNOSETUP = "innosetup@6.4.1"
ISCC_VAR = "KTTT_ISCC"
LINUX_EXE = {"gui": "kttt-desktop", "cli": "kttt"}


class SetupBuildError(Exception):
    pass


def windows_payload(app_dir: Path) -> bool:
    return all((app_dir / name).is_file() for name in WINDOWS_EXE.values())


def stub_payload(app_dir: Path, target: Path) -> int:
    """Empty files under `target` with the names of `app_dir`'s files, the Linux programs
    renamed as the Windows build names them; returns the number of files."""
    if target.exists():
        shutil.rmtree(target)
    renamed = {LINUX_EXE[kind]: name for kind, name in WINDOWS_EXE.items()}
    count = 0
    for path in sorted(app_dir.rglob("*")):
        if path.is_dir():
            continue
        relative = path.relative_to(app_dir)
        if len(relative.parts) == 1:
            relative = Path(renamed.get(relative.name, relative.name))
        (target / relative).parent.mkdir(parents=True, exist_ok=True)
        (target / relative).touch()
        count += 1
    return count


def find_iscc(work_dir: Path, log: Callable[[str], None]) -> Path:
    """ISCC.exe: $KTTT_ISCC; on Windows iscc on PATH or Inno Setup 6's usual folders;
    elsewhere the npm package, installed into `work_dir` on first use."""
    if os.environ.get(ISCC_VAR):
        return Path(os.environ[ISCC_VAR])
    if sys.platform == "win32":
        found = shutil.which("iscc")
        candidates = [Path(found)] if found else []
        for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                     os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs")):
            if base:
                candidates.append(Path(base) / "Inno Setup 6" / "ISCC.exe")
        for candidate in candidates:
            if candidate.is_file():
                return candidate
        raise SetupBuildError(f"ISCC.exe not found: install Inno Setup 6.3 or newer, or set {ISCC_VAR}")
    iscc = work_dir / "node_modules" / "innosetup" / "bin" / "ISCC.exe"
    if not iscc.is_file():
        if not shutil.which("npm"):
            raise SetupBuildError(f"npm not found: it installs the compiler ({NPM_INNOSETUP})")
        log(f"npm install {NPM_INNOSETUP} → {work_dir}")
        work_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", str(work_dir), "--no-audit", "--no-fund",
                        "--loglevel=error", NPM_INNOSETUP], check=True, stdout=subprocess.DEVNULL)
    return iscc


def wine_environment(prefix: Path) -> dict[str, str]:
    """A private wine prefix, quiet, headless, and without the Mono/Gecko install prompts."""
    return dict(os.environ, WINEPREFIX=str(prefix), WINEDEBUG="-all", WINEARCH="win64",
                WINEDLLOVERRIDES="mscoree,mshtml=")


def windows_path(path: Path) -> str:
    """How a program under wine sees a Linux path (drive Z: is the root)."""
    return str(path) if sys.platform == "win32" else "Z:" + str(path.resolve()).replace("/", "\\")


def iscc_command(iscc: Path, *, version: str, numeric_version: str, payload: Path, output_dir: Path,
                 sign_tool: str | None = None) -> list[str]:
    command = [str(iscc), "/Q", f"/DAppVersion={version}", f"/DNumericVersion={numeric_version}",
               f"/DPayloadDir={windows_path(payload)}", f"/O{windows_path(output_dir)}"]
    if sign_tool:
        command += [f"/Skttt={sign_tool}", "/DSignToolName=kttt"]
    command.append(windows_path(inno.SCRIPT))
    if sys.platform != "win32":
        if not shutil.which("wine"):
            raise SetupBuildError("wine not found (Debian: dpkg --add-architecture i386; apt-get update; "
                                  "apt-get install wine wine32:i386 wine64)")
        command.insert(0, "wine")
    return command


def compile_setup(iscc: Path, *, version: str, numeric_version: str, payload: Path, output_dir: Path,
                  wine_prefix: Path, sign_tool: str | None = None) -> Path:
    """Run the compiler; returns the setup it wrote. Its errors (line and reason) are raised."""
    output_dir.mkdir(parents=True, exist_ok=True)
    command = iscc_command(iscc, version=version, numeric_version=numeric_version, payload=payload,
                           output_dir=output_dir, sign_tool=sign_tool)
    env = wine_environment(wine_prefix) if sys.platform != "win32" else None
    done = subprocess.run(command, capture_output=True, text=True, errors="replace", env=env)
    setup = output_dir / f"kttt-desktop-{version}-setup.exe"
    if done.returncode != 0 or not setup.is_file():
        raise SetupBuildError(f"the Inno Setup compiler failed (exit code {done.returncode}):\n"
                              f"{done.stdout}{done.stderr}".rstrip())
    return setup


def message_list_problems(iscc: Path) -> list[str]:
    """How the compiler's own Default.isl differs from windows/inno-messages.txt (a newer
    compiler has new messages: Vietnamese.isl must get them)."""
    default_isl = iscc.parent / "Default.isl"
    have = inno.message_rules(inno.read_text(default_isl))
    listed = inno.read_message_list()
    problems = []
    for section in have:
        for name in sorted(have[section].keys() - listed.get(section, {}).keys()):
            problems.append(f"the compiler has [{section}] {name}, not in inno-messages.txt")
        for name in sorted(listed.get(section, {}).keys() - have[section].keys()):
            problems.append(f"inno-messages.txt lists [{section}] {name}, unknown to the compiler")
        for name in sorted(have[section].keys() & listed.get(section, {}).keys()):
            if have[section][name] != listed[section][name]:
                problems.append(f"[{section}] {name}: the compiler's placeholders or access key differ")
    return problems
