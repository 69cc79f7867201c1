"""Version information of the Windows programs (installer/win_version.py) and the smoke
test's check of it, without PyInstaller."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

import kttt_desktop

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
sys.path.insert(0, str(INSTALLER))
import win_version  # noqa: E402


@pytest.fixture(scope="module")
def smoke_test():
    spec = importlib.util.spec_from_file_location("kttt_installer_smoke_test", INSTALLER / "smoke_test.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("text", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2.3.4", (1, 2, 3, 4)), ("0.2.0rc1", (0, 2, 0, 0)), ("2", (2, 0, 0, 0)),
    ("1.2.3.dev4", (1, 2, 3, 0)), ("1.2.3.4.5", (1, 2, 3, 4)),
])
def test_windows_gets_four_numbers(text: str, numbers: tuple[int, ...]) -> None:
    assert win_version.version_tuple(text) == numbers


@pytest.mark.parametrize("kind", ["gui", "cli"])
def test_each_program_declares_the_version_and_its_own_name(tmp_path: Path, kind: str) -> None:
    path = win_version.write_version_file(tmp_path, "1.4.2", kind)
    assert path == tmp_path / f"version_info_{kind}.txt"
    info = win_version.read_version_file(path)
    exe = win_version.WINDOWS_EXE[kind]
    assert info["filevers"] == info["prodvers"] == (1, 4, 2, 0)
    assert info["strings"] == {
        "CompanyName": "KTTT Desktop", "FileDescription": win_version.DESCRIPTIONS[kind],
        "FileVersion": "1.4.2", "InternalName": Path(exe).stem, "LegalCopyright": "KTTT Desktop",
        "OriginalFilename": exe, "ProductName": "KTTT Desktop", "ProductVersion": "1.4.2"}
    assert info["translation"] == [0x042A, 1200]
    assert win_version.version_problems(info, "1.4.2", exe) == []


def test_a_stale_version_file_is_reported(tmp_path: Path) -> None:
    info = win_version.read_version_file(win_version.write_version_file(tmp_path, "0.9.0", "gui"))
    assert win_version.version_problems(info, "1.0.0", "KTTT Desktop.exe") == [
        "filevers is (0, 9, 0, 0), expected (1, 0, 0, 0)", "prodvers is (0, 9, 0, 0), expected (1, 0, 0, 0)",
        "FileVersion is '0.9.0', expected '1.0.0'", "ProductVersion is '0.9.0', expected '1.0.0'"]
    assert win_version.version_problems(info, "0.9.0", "kttt.exe") == [
        "OriginalFilename is 'KTTT Desktop.exe', expected 'kttt.exe'"]


def test_a_file_pyinstaller_could_not_read_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "version_info_gui.txt"
    broken.write_text("VSVersionInfo(ffi=FixedFileInfo(filevers=(0, 1", encoding="utf-8")
    with pytest.raises(ValueError, match="not a version file"):
        win_version.read_version_file(broken)
    broken.write_text("VSVersionInfo(kids=[])", encoding="utf-8")
    with pytest.raises(ValueError, match="no FixedFileInfo"):
        win_version.read_version_file(broken)


def test_the_spec_embeds_one_file_per_program_from_the_package_version() -> None:
    spec = (INSTALLER / "kttt-desktop.spec").read_text(encoding="utf-8")
    assert 'write_version_file(Path(workpath), __version__, "gui")' in spec
    assert 'write_version_file(Path(workpath), __version__, "cli")' in spec
    assert "version=str(GUI_VERSION_FILE) if WINDOWS else None" in spec
    assert "version=str(CLI_VERSION_FILE) if WINDOWS else None" in spec


def test_the_smoke_test_passes_version_files_of_the_package_version(smoke_test, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture) -> None:
    for kind in ("gui", "cli"):
        win_version.write_version_file(tmp_path, kttt_desktop.__version__, kind)
    smoke_test.check_version_info(tmp_path / "dist", tmp_path)
    assert f"version information says {kttt_desktop.__version__}" in capsys.readouterr().out


def test_the_smoke_test_fails_on_a_missing_or_stale_version_file(smoke_test, tmp_path: Path) -> None:
    win_version.write_version_file(tmp_path, kttt_desktop.__version__, "gui")
    with pytest.raises(smoke_test.SmokeFailure, match="no version information file .*version_info_cli.txt"):
        smoke_test.check_version_info(tmp_path / "dist", tmp_path)
    win_version.write_version_file(tmp_path, "0.0.1", "cli")
    with pytest.raises(smoke_test.SmokeFailure, match="version_info_cli.txt: filevers is"):
        smoke_test.check_version_info(tmp_path / "dist", tmp_path)


def test_the_smoke_test_wants_exactly_the_package_version_from_kttt(smoke_test, monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:
    printed = {"out": f"kttt {kttt_desktop.__version__}.dev1\n"}
    monkeypatch.setattr(smoke_test, "run", lambda command, env, timeout=60: printed["out"])
    with pytest.raises(smoke_test.SmokeFailure, match=r"kttt --version printed .*\.dev1"):
        smoke_test.check_cli(tmp_path, tmp_path / "x.sqlite", {})


@pytest.mark.skipif(sys.platform == "win32", reason="there is an API for it on Windows")
def test_elsewhere_no_exe_is_read(tmp_path: Path) -> None:
    assert win_version.exe_version(tmp_path / "kttt.exe") is None
