"""Making the Windows setup: the compiler's command line (wine on Linux), the stand-in
payload CI compiles over, and the check of the compiler's messages against the list the
Vietnamese file follows. The compile itself runs in CI as `installer/build.py iss-check`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))
import inno  # noqa: E402
import setup_exe  # noqa: E402


def linux_build(root: Path) -> Path:
    app = root / "kttt-desktop"
    (app / "_internal" / "PySide6" / "Qt" / "plugins").mkdir(parents=True)
    for name, text in (("kttt", "#!elf"), ("kttt-desktop", "#!elf"), ("_internal/libpython3.11.so.1.0", "so"),
                       ("_internal/PySide6/Qt/plugins/libqxcb.so", "so")):
        (app / name).write_text(text)
    return app


def test_the_stand_in_payload_has_the_builds_names_with_the_windows_programs(tmp_path: Path) -> None:
    payload = tmp_path / "payload"
    (payload / "old").mkdir(parents=True)  # a previous run's leftovers go
    assert setup_exe.stub_payload(linux_build(tmp_path), payload) == 4
    files = sorted(str(p.relative_to(payload)) for p in payload.rglob("*") if p.is_file())
    assert files == ["KTTT Desktop.exe", "_internal/PySide6/Qt/plugins/libqxcb.so",
                     "_internal/libpython3.11.so.1.0", "kttt.exe"]
    assert all(p.stat().st_size == 0 for p in payload.rglob("*") if p.is_file())
    assert setup_exe.windows_payload(payload) and not setup_exe.windows_payload(tmp_path / "kttt-desktop")


@pytest.mark.skipif(sys.platform == "win32", reason="wine is for other systems")
def test_elsewhere_the_compiler_runs_under_wine_with_windows_paths(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(setup_exe.shutil, "which", lambda name: f"/usr/bin/{name}")
    command = setup_exe.iscc_command(Path("/opt/inno/ISCC.exe"), version="1.2.0rc1", numeric_version="1.2.0.0",
                                     payload=Path("/b/payload"), output_dir=Path("/b/out"))
    assert command == ["wine", "/opt/inno/ISCC.exe", "/Q", "/DAppVersion=1.2.0rc1", "/DNumericVersion=1.2.0.0",
                       "/DPayloadDir=Z:\\b\\payload", "/OZ:\\b\\out", setup_exe.windows_path(inno.SCRIPT)]
    assert setup_exe.windows_path(inno.SCRIPT).startswith("Z:\\") and "/" not in setup_exe.windows_path(inno.SCRIPT)
    signed = setup_exe.iscc_command(Path("ISCC.exe"), version="1", numeric_version="1.0.0.0", payload=tmp_path,
                                    output_dir=tmp_path, sign_tool="signtool sign $f")
    assert "/Skttt=signtool sign $f" in signed and "/DSignToolName=kttt" in signed


@pytest.mark.skipif(sys.platform == "win32", reason="wine is for other systems")
def test_without_wine_the_message_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(setup_exe.shutil, "which", lambda name: None)
    with pytest.raises(setup_exe.SetupBuildError, match=r"apt-get install wine wine32:i386 wine64"):
        setup_exe.iscc_command(Path("ISCC.exe"), version="1", numeric_version="1.0.0.0", payload=tmp_path,
                               output_dir=tmp_path)


def test_wine_runs_quietly_in_its_own_prefix(tmp_path: Path) -> None:
    env = setup_exe.wine_environment(tmp_path / "wine")
    assert env["WINEPREFIX"] == str(tmp_path / "wine") and env["WINEDEBUG"] == "-all"
    assert env["WINEDLLOVERRIDES"] == "mscoree,mshtml="  # no Mono/Gecko download prompt


def test_a_compiler_error_fails_with_the_compilers_own_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(setup_exe, "iscc_command", lambda *a, **k: ["iscc"])
    said = 'Error on line 97 in kttt-desktop.iss: Source file "P\\kttt.exe" does not exist.\nCompile aborted.\n'
    monkeypatch.setattr(setup_exe.subprocess, "run",
                        lambda *a, **k: subprocess.CompletedProcess(a[0], 2, said, ""))
    with pytest.raises(setup_exe.SetupBuildError, match=r"(?s)exit code 2.*line 97.*kttt\.exe\" does not exist"):
        setup_exe.compile_setup(Path("ISCC.exe"), version="1", numeric_version="1.0.0.0", payload=tmp_path,
                                output_dir=tmp_path / "out", wine_prefix=tmp_path / "wine")


def test_the_compiler_can_be_named_by_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(setup_exe.ISCC_VAR, str(tmp_path / "ISCC.exe"))
    assert setup_exe.find_iscc(tmp_path, print) == tmp_path / "ISCC.exe"


def test_a_compiler_with_other_messages_than_the_list_is_noticed(tmp_path: Path) -> None:
    """A newer Inno Setup adds messages: iss-check says which, so Vietnamese.isl gets them."""
    listed = inno.read_message_list()
    lines = ["[Messages]"] + [f"{name}=" + " ".join(rule.placeholders) + (" &x" if rule.access_key else "")
                              for name, rule in listed["messages"].items() if name != "ButtonBack"]
    lines += ["ButtonTeleport=&Go", "SetupWindowTitle=Setup", "[CustomMessages]"]
    lines += [f"{name}=" + " ".join(rule.placeholders) + (" &x" if rule.access_key else "")
              for name, rule in listed["custommessages"].items()]
    (tmp_path / "Default.isl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert setup_exe.message_list_problems(tmp_path / "ISCC.exe") == [
        "the compiler has [messages] ButtonTeleport, not in inno-messages.txt",
        "inno-messages.txt lists [messages] ButtonBack, unknown to the compiler",
        "[messages] SetupWindowTitle: the compiler's placeholders or access key differ"]


def test_the_message_list_reads_back_what_it_was_written_from() -> None:
    listed = inno.read_message_list()
    again = inno.format_message_list(listed, "6.4.1")
    assert again == inno.read_text(inno.MESSAGE_LIST)


def test_the_stand_in_for_the_window_holds_the_programs_mutex_until_released() -> None:
    import wine_install_pass

    from kttt_desktop.ui.win_mutex import MUTEX_NAME

    script = wine_install_pass.HOLDER_SCRIPT.format(mutex=MUTEX_NAME)
    code = inno.sections(script)["code"]
    assert f"  CreateMutex('{MUTEX_NAME}');" in code
    # Inno constants survive the formatting: the paths come from the command line.
    assert "  SaveStringToFile(ExpandConstant('{param:marker}'), 'held', False);" in code
    assert "  while not FileExists(ExpandConstant('{param:release}')) do" in code


def test_the_install_pass_says_which_tool_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import wine_install_pass

    monkeypatch.setattr(wine_install_pass.shutil, "which", lambda name: None if name == "xvfb-run" else name)
    with pytest.raises(wine_install_pass.InstallPassFailure,
                       match=r"xvfb-run not found \(Debian: apt-get install xvfb"):
        wine_install_pass.run_pass(tmp_path / "setup.exe", tmp_path / "ISCC.exe", tmp_path / "work", "M", print)
    assert not (tmp_path / "work").exists()
