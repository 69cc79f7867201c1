#!/usr/bin/env python3
"""Prove that the built .deb works once installed (called by `installer/build.py smoke`).

Steps, each one fatal on failure (exit 1 with a line saying which):

1. build the PyInstaller folder and the .deb, or reuse them when newer than the sources,
   and check the programs' version information (Windows file properties) says the version;
2. unpack the .deb into a temporary root with `dpkg-deb -x` (what dpkg would install; no
   root needed) and check the wrappers, the menu entry and the icon are there;
3. run the INSTALLED command line, with a throw-away data folder (KTTT_DATA_DIR):
   `kttt --version` prints exactly `kttt <version>`, `kttt init …` creates a commune register and
   `kttt records list … --json` prints an empty list — so the frozen Python, the SQLite
   migrations, the reference data (vietnam_provinces) and PyNaCl all load;
4. start the INSTALLED window program offscreen on that register and watch from outside
   (the program has no test hook): its log must get the start-up line, the register's
   lock and its start-of-day backup must appear (so the database opened with its site and
   start-up got past the set-up wizard, to just before the main window is built and
   shown), and the process must still be running some seconds later with no error in
   its log — i.e. it built the window and sits in Qt's event loop. Then it is stopped.

What it does not prove: that the window looks right on a real screen (offscreen
platform), the Windows build or the Inno Setup installer — those are checked by hand.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build  # noqa: E402
import win_version  # noqa: E402

GUI_START_TIMEOUT = 20.0  # seconds for the log line, the lock and the backup to appear
GUI_SETTLE = 4.0          # seconds the window program must then stay up


class SmokeFailure(Exception):
    pass


def step(message: str) -> None:
    print(f"[smoke] {message}", flush=True)


def run(command: list[str], env: dict[str, str], timeout: float = 60) -> str:
    shown = " ".join(c if " " not in c else repr(c) for c in command)
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise SmokeFailure(f"{shown}: no answer in {timeout:.0f} s") from exc
    if done.returncode != 0:
        raise SmokeFailure(f"{shown}: exit code {done.returncode}\n{done.stdout}{done.stderr}")
    step(f"ok: {shown}")
    return done.stdout


def ensure_built(rebuild: bool) -> Path:
    if rebuild or not build.pyinstaller_is_current():
        build.build_pyinstaller()
    else:
        step(f"reusing {build.APP_DIR} (newer than the sources)")
    if rebuild or not build.deb_is_current():
        return build.build_deb()
    step(f"reusing {build.deb_path()}")
    return build.deb_path()


def unpack(deb: Path, root: Path) -> Path:
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    prefix = root / build.INSTALL_PREFIX
    for relative in ("usr/bin/kttt", "usr/bin/kttt-desktop", "usr/share/applications/kttt-desktop.desktop",
                     "usr/share/icons/hicolor/256x256/apps/kttt-desktop.png",
                     f"{build.INSTALL_PREFIX}/kttt", f"{build.INSTALL_PREFIX}/kttt-desktop",
                     *(f"{build.INSTALL_PREFIX}/_internal/resources/translations/{qm}"
                       for qm in ("kttt_en.qm", "qtbase_vi.qm")),
                     f"{build.INSTALL_PREFIX}/_internal/resources/reference/scale_thresholds.csv",
                     f"{build.INSTALL_PREFIX}/_internal/resources/fonts/LiberationSerif-Regular.ttf",
                     f"{build.INSTALL_PREFIX}/_internal/docx/templates/default.docx"):
        if not (root / relative).is_file():
            raise SmokeFailure(f"the .deb does not install /{relative}")
    for wrapper in ("kttt", "kttt-desktop"):
        text = (root / "usr/bin" / wrapper).read_text()
        if f"/{build.INSTALL_PREFIX}/{wrapper}" not in text:
            raise SmokeFailure(f"/usr/bin/{wrapper} does not start /{build.INSTALL_PREFIX}/{wrapper}")
    step(f"ok: unpacked {deb.name} into {root} (wrappers, menu entry, icon, translations, reference data,"
         " fonts, .docx template present)")
    return prefix


def check_cli(prefix: Path, db: Path, env: dict[str, str]) -> None:
    kttt = str(prefix / "kttt")
    expected = build.version()
    out = run([kttt, "--version"], env)
    if out.strip() != f"kttt {expected}":
        raise SmokeFailure(f"kttt --version printed {out.strip()!r}, expected 'kttt {expected}'")
    run([kttt, "init", "--db", str(db), "--level", "commune", "--unit-code", "03433", "--name", "Xã Bum Tở"], env)
    out = run([kttt, "records", "list", "--db", str(db), "--type", "organization", "--json"], env)
    try:
        listed = json.loads(out)
    except json.JSONDecodeError as exc:
        raise SmokeFailure(f"records list --json did not print JSON: {out!r}") from exc
    if listed != []:
        raise SmokeFailure(f"records list on a new register printed {listed!r}, expected []")
    step("ok: version, init and an empty JSON list from the installed kttt")


def check_version_info(app_dir: Path, work_dir: Path) -> None:
    """The programs' Windows file properties carry kttt_desktop.__version__: the files the
    spec wrote for PyInstaller (embedded on Windows; on Linux the frozen programs cannot
    carry them, so the files are what is checked) and, on Windows, the built .exe files."""
    expected = build.version()
    for kind, exe_name in win_version.WINDOWS_EXE.items():
        path = win_version.version_file_path(work_dir, kind)
        if not path.is_file():
            raise SmokeFailure(f"the build wrote no version information file {path}")
        try:
            problems = win_version.version_problems(win_version.read_version_file(path), expected, exe_name)
        except ValueError as exc:
            problems = [str(exc)]
        if problems:
            raise SmokeFailure(f"{path.name}: " + "; ".join(problems))
        if sys.platform == "win32":
            carried = win_version.exe_version(app_dir / exe_name) or {}
            if carried.get("FileVersion") != expected or carried.get("ProductVersion") != expected:
                raise SmokeFailure(f"{exe_name} carries version information {carried}, expected {expected}")
    step(f"ok: both programs' version information says {expected} "
         f"({'in the .exe files' if sys.platform == 'win32' else 'files embedded by the Windows build'})")


def check_gui(prefix: Path, db: Path, env: dict[str, str], data_dir: Path) -> None:
    log_file = data_dir / "logs" / "kttt.log"
    lock = db.with_name(db.name + ".lock")
    backups = db.parent / "backups"
    started_line = f"KTTT Desktop {build.version()} starting"
    output = data_dir.parent / "gui-output.txt"
    with output.open("w") as sink:
        process = subprocess.Popen([str(prefix / "kttt-desktop"), "--db", str(db)], env=env,
                                   stdout=sink, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + GUI_START_TIMEOUT
        seen = ""
        while True:
            log_text = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
            has_backup = backups.is_dir() and any(backups.glob("*.sqlite"))
            if started_line in log_text and lock.exists() and has_backup:
                break
            if process.poll() is not None:
                raise SmokeFailure(f"the window program exited early (code {process.returncode})\n"
                                   f"{output.read_text()}{log_text}")
            if time.monotonic() > deadline:
                seen = (f"log line {'yes' if started_line in log_text else 'NO'}, "
                        f"lock {'yes' if lock.exists() else 'NO'}, backup {'yes' if has_backup else 'NO'}")
                raise SmokeFailure(f"the window program did not start within {GUI_START_TIMEOUT:.0f} s "
                                   f"({seen})\n{output.read_text()}{log_text}")
            time.sleep(0.2)
        step("ok: start-up logged, register locked, start-of-day backup written")
        time.sleep(GUI_SETTLE)
        if process.poll() is not None:
            raise SmokeFailure(f"the window program stopped (code {process.returncode}) after starting\n"
                               f"{output.read_text()}{log_file.read_text(encoding='utf-8')}")
        log_text = log_file.read_text(encoding="utf-8")
        if " ERROR " in log_text or "Traceback" in log_text or "CRITICAL" in log_text:
            raise SmokeFailure(f"the window program logged an error:\n{log_text}")
        step(f"ok: window program still running after {GUI_SETTLE:.0f} s, no error logged")
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def main(rebuild: bool = False) -> int:
    if not sys.platform.startswith("linux"):
        print("[smoke] the smoke test installs the .deb, so it runs on Linux only", file=sys.stderr)
        return 1
    started = time.monotonic()
    try:
        deb = ensure_built(rebuild)
        check_version_info(build.APP_DIR, build.PYINSTALLER_WORK_DIR)
        with tempfile.TemporaryDirectory(prefix="kttt-smoke-") as tmp:
            tmp_path = Path(tmp)
            prefix = unpack(deb, tmp_path / "root")
            data_dir = tmp_path / "data"
            env = dict(os.environ, KTTT_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen",
                       KTTT_LANG="vi", HOME=str(tmp_path / "home"),
                       XDG_CONFIG_HOME=str(tmp_path / "home" / ".config"))
            env.pop("PYTHONPATH", None)
            db = tmp_path / "x.sqlite"
            check_cli(prefix, db, env)
            check_gui(prefix, db, env, data_dir)
    except SmokeFailure as failure:
        print(f"[smoke] FAILED: {failure}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"[smoke] FAILED: {' '.join(map(str, exc.cmd))} exited with {exc.returncode}", file=sys.stderr)
        return 1
    step(f"PASSED in {time.monotonic() - started:.0f} s: {deb.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(rebuild="--rebuild" in sys.argv[1:]))
