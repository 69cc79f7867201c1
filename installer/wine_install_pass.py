"""Run the compiled setup under wine the way an officer would, silently: install, a refused
upgrade while the program runs, an upgrade, an uninstall that keeps the data.

`build.py iss-check` calls `run_pass` on the setup it compiled over the stand-in payload, so
CI proves on Linux what the script promises, not only that it compiles:

1. on Windows 7 (a new wine prefix says it is Windows 7) the setup refuses (MinVersion);
2. on Windows 10 it installs: the programs, the uninstaller and the Start-menu shortcuts;
3. while a process holds the program's mutex (a tiny Inno Setup program standing in for
   the window: it creates the mutex with Inno's CreateMutex and waits), the upgrade and the
   uninstaller refuse and change nothing;
4. once it is gone the upgrade goes through;
5. the uninstaller removes the program and its shortcuts and keeps the data folder.

Wine does not know the per-user "Programs" folder ({autopf} of a per-user install fails
to expand under wine 8), so the pass installs for all users (/ALLUSERS); the per-user mode
is on the manual checklist (installer/README.md). Windows need a display: xvfb-run.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import setup_exe
from win_version import WINDOWS_EXE

WAIT = 60.0  # seconds for the stand-in to hold its mutex, or the uninstaller to finish

HOLDER_SCRIPT = """\
; Stands in for the running window: holds the mutex until the release file appears.
[Setup]
AppName=KTTT mutex holder
AppVersion=1
CreateAppDir=no
Uninstallable=no
PrivilegesRequired=lowest
OutputBaseFilename=holder
[Code]
function InitializeSetup(): Boolean;
begin
  CreateMutex('{mutex}');
  SaveStringToFile(ExpandConstant('{{param:marker}}'), 'held', False);
  while not FileExists(ExpandConstant('{{param:release}}')) do
    Sleep(100);
  Result := False;
end;
"""


class InstallPassFailure(Exception):
    pass


class WinePass:
    """One wine prefix, its drive C: and the commands run in it."""

    def __init__(self, prefix: Path, log: Callable[[str], None]) -> None:
        self.prefix = prefix
        self.env = setup_exe.wine_environment(prefix)
        self.log = log
        self.drive_c = prefix / "drive_c"

    def wine(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run(["xvfb-run", "-a", "wine", *args], env=self.env, capture_output=True,
                              text=True, errors="replace", timeout=timeout)

    def windows_version(self, version: str) -> None:
        done = self.wine("winecfg", "-v", version)
        if done.returncode != 0:
            raise InstallPassFailure(f"winecfg -v {version} failed: {done.stderr}")

    @property
    def user_local(self) -> Path:
        users = [p for p in (self.drive_c / "users").iterdir() if p.name != "Public"]
        return users[0] / "AppData" / "Local"

    @property
    def app_dir(self) -> Path:
        return self.drive_c / "Program Files" / "KTTT Desktop"

    @property
    def shortcuts(self) -> list[Path]:
        menu = self.drive_c / "ProgramData" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
        return sorted(menu.glob("*.lnk"))

    def setup(self, setup: Path, log_file: Path, *extra: str) -> tuple[int, str]:
        """Run a setup or uninstaller silently; its exit code and its log."""
        log_file.unlink(missing_ok=True)
        done = self.wine(str(setup), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART",
                         f"/LOG={setup_exe.windows_path(log_file)}", *extra)
        text = log_file.read_text(encoding="utf-8", errors="replace") if log_file.exists() else ""
        return done.returncode, text

    def stop(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env, capture_output=True)


def expect(condition: bool, what: str, log_text: str = "") -> None:
    if not condition:
        raise InstallPassFailure(what + (f"\n--- setup log ---\n{log_text[-3000:]}" if log_text else ""))


def compile_holder(iscc: Path, work: Path, mutex: str, wine: WinePass) -> Path:
    script = work / "holder.iss"
    script.write_text(HOLDER_SCRIPT.format(mutex=mutex), encoding="utf-8")
    done = subprocess.run(["wine", str(iscc), "/Q", f"/O{setup_exe.windows_path(work)}",
                           setup_exe.windows_path(script)], env=wine.env, capture_output=True, text=True,
                          errors="replace")
    expect(done.returncode == 0 and (work / "holder.exe").is_file(), f"the mutex holder did not compile: {done.stdout}")
    return work / "holder.exe"


class MutexHolder:
    """The stand-in program, running while the `with` block runs; it ends by itself (so
    Windows releases its mutex) when the block ends, or is killed if it does not."""

    def __init__(self, holder: Path, work: Path, wine: WinePass) -> None:
        self.marker, self.release = work / "held.txt", work / "release.txt"
        self.command = ["xvfb-run", "-a", "wine", str(holder), "/VERYSILENT",
                        f"/marker={setup_exe.windows_path(self.marker)}",
                        f"/release={setup_exe.windows_path(self.release)}"]
        self.env = wine.env

    def __enter__(self) -> MutexHolder:
        for path in (self.marker, self.release):
            path.unlink(missing_ok=True)
        self.process = subprocess.Popen(self.command, env=self.env, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, start_new_session=True)
        if not wait_until(lambda: self.marker.exists() or self.process.poll() is not None) \
                or not self.marker.exists():
            self.__exit__()
            raise InstallPassFailure("the stand-in program did not take the mutex")
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.write_text("go")
        try:
            self.process.wait(timeout=WAIT)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def wait_until(condition: Callable[[], bool]) -> bool:
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def run_pass(setup: Path, iscc: Path, work: Path, mutex: str, log: Callable[[str], None]) -> None:
    """The pass above, in a new wine prefix under `work`; raises InstallPassFailure."""
    for tool in ("xvfb-run", "wine", "wineserver"):
        if not shutil.which(tool):
            raise InstallPassFailure(f"{tool} not found (Debian: apt-get install xvfb xauth wine)")
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    wine = WinePass(work / "wine", log)
    setup_log = work / "setup.log"
    try:
        code, text = wine.setup(setup, setup_log, "/ALLUSERS")
        expect(code != 0 and "không hỗ trợ phiên bản Windows" in text,
               f"on Windows 7 the setup did not refuse (exit code {code})", text)
        log("install pass: refused on Windows 7, in Vietnamese")
        wine.windows_version("win10")

        code, text = wine.setup(setup, setup_log, "/ALLUSERS")
        expect(code == 0, f"the install failed (exit code {code})", text)
        programs = [wine.app_dir / name for name in (*WINDOWS_EXE.values(), "unins000.exe")]
        expect(all(p.is_file() for p in programs) and (wine.app_dir / "_internal").is_dir(),
               f"the install did not put {[p.name for p in programs]} and _internal in {wine.app_dir}", text)
        names = [p.name for p in wine.shortcuts]
        expect(names == ["Gỡ cài đặt KTTT Desktop.lnk", "KTTT Desktop.lnk"], f"Start-menu shortcuts: {names}")
        log(f"install pass: installed for all users in Windows 10, shortcuts {names}")

        data = wine.user_local / "KTTT Desktop"
        (data / "Logs").mkdir(parents=True)
        (data / "kttt.sqlite").write_bytes(b"the officer's register")
        before = {p: p.stat().st_mtime_ns for p in wine.app_dir.rglob("*") if p.is_file()}
        with MutexHolder(compile_holder(iscc, work, mutex, wine), work, wine):
            code, text = wine.setup(setup, setup_log, "/ALLUSERS")
            expect(code != 0 and "Trình cài đặt thấy KTTT Desktop đang chạy" in text,
                   f"the upgrade went on while the program ran (exit code {code})", text)
            code, text = wine.setup(wine.app_dir / "unins000.exe", work / "uninstall.log")
            time.sleep(2)  # a refused uninstaller would have copied itself and gone on by now
            expect("Trình gỡ cài đặt thấy KTTT Desktop đang chạy" in text and all(p.is_file() for p in programs),
                   "the uninstaller went on while the program ran", text)
        after = {p: p.stat().st_mtime_ns for p in wine.app_dir.rglob("*") if p.is_file()}
        expect(after == before, "a refused upgrade or uninstall changed the program's files")
        log("install pass: upgrade and uninstall refused while the program runs, nothing changed")

        code, text = wine.setup(setup, setup_log, "/ALLUSERS")
        expect(code == 0 and "Installation process succeeded" in text, f"the upgrade failed (exit code {code})", text)
        log("install pass: upgrade once the program is closed")

        code, text = wine.setup(wine.app_dir / "unins000.exe", work / "uninstall.log")
        expect(wait_until(lambda: not wine.app_dir.exists() and not wine.shortcuts),
               "the uninstaller did not remove the program folder and its shortcuts")
        expect((data / "kttt.sqlite").read_bytes() == b"the officer's register", "the uninstaller touched the data")
        log("install pass: uninstalled, shortcuts gone, data folder kept")
    finally:
        wine.stop()
