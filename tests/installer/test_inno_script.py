"""The Inno Setup script and its Vietnamese messages, read without a compiler.

What a commune PC needs from the setup: a standard user installs it (no administrator
password), it refuses Windows older than 10 1809 and 32-bit Windows, it refuses to replace
the program while it runs, and every text of the wizard is Vietnamese. CI also compiles the
script under wine (`installer/build.py iss-check`); these checks run everywhere, in
milliseconds, and say precisely which line is wrong.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from kttt_desktop.ui import win_mutex

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
sys.path.insert(0, str(INSTALLER))
import inno  # noqa: E402
import setup_exe  # noqa: E402

SCRIPT_TEXT = inno.read_text(inno.SCRIPT)
SECTIONS = inno.sections(SCRIPT_TEXT)
DEFINES = inno.defines(SCRIPT_TEXT, {"AppVersion": "9.8.7", "PayloadDir": "PAYLOAD"})
SETUP = {key: inno.expand(value, DEFINES) for key, value in inno.setup_directives(SCRIPT_TEXT).items()}


def entries(section: str) -> list[dict[str, str]]:
    return [inno.entry(inno.expand(line, DEFINES)) for line in SECTIONS[section]]


def test_every_section_the_setup_needs_is_there() -> None:
    assert {"setup", "languages", "custommessages", "tasks", "installdelete", "files", "icons",
            "run", "uninstalldelete", "code"} <= SECTIONS.keys()


def test_a_standard_user_installs_it_and_an_administrator_may_choose_all_users() -> None:
    assert SETUP["privilegesrequired"] == "lowest"
    assert SETUP["privilegesrequiredoverridesallowed"].split() == ["dialog", "commandline"]
    assert SETUP["usepreviousprivileges"] == "yes"
    assert SETUP["defaultdirname"] == r"{autopf}\KTTT Desktop"


def test_only_paths_and_registry_roots_that_follow_the_install_mode_are_used() -> None:
    """{pf}, {commonprograms}, HKLM… would need an administrator (or put a per-user install
    in the wrong place); the auto constants and HKA follow the mode the officer chose."""
    body = "\n".join(line for name, lines in SECTIONS.items() if name != "code" for line in lines)
    fixed = re.findall(r"\{(?:pf|pf32|pf64|commonpf|commonpf32|commonpf64|commonprograms|commondesktop|"
                       r"commonstartmenu|commonappdata|userpf|userprograms|userdesktop)\}", body)
    assert fixed == []
    assert not re.search(r"\b(HKLM|HKCU|HKEY_LOCAL_MACHINE|HKEY_CURRENT_USER)\b", body)
    for registry in entries("registry") if "registry" in SECTIONS else []:
        assert registry["root"].startswith("HKA")
    shortcuts = [icon["name"] for icon in entries("icons")]
    assert shortcuts and all(name.startswith(("{autoprograms}", "{autodesktop}")) for name in shortcuts)


def test_windows_10_1809_or_newer_64_bit_only() -> None:
    assert SETUP["minversion"] == "10.0.17763"
    assert SETUP["architecturesallowed"] == "x64compatible"
    assert SETUP["architecturesinstallin64bitmode"] == "x64compatible"


def test_the_script_states_the_inno_setup_version_it_needs() -> None:
    check = re.search(r"^#if Ver < EncodeVer\((\d+), (\d+), (\d+)\)\n\s*#error (.+)$", SCRIPT_TEXT, re.MULTILINE)
    assert check is not None and tuple(map(int, check.groups()[:3])) == (6, 3, 0)
    assert "6.3" in check.group(4)
    assert SCRIPT_TEXT.index("#if Ver <") < SCRIPT_TEXT.index("[Setup]")


def test_the_setup_refuses_to_run_while_the_program_runs() -> None:
    """AppMutex at start (setup and uninstaller), again just before files are replaced,
    both with the names the program creates."""
    assert SETUP["appmutex"].split(",") == list(win_mutex.MUTEX_NAMES)
    assert SETUP["closeapplications"] == "yes"
    code = inno.expand("\n".join(SECTIONS["code"]), DEFINES)
    prepare = re.search(r"function PrepareToInstall\(var NeedsRestart: Boolean\): String;(.*?)\nend;", code, re.S)
    assert prepare is not None
    assert f"CheckForMutexes('{','.join(win_mutex.MUTEX_NAMES)}')" in prepare.group(1)
    assert "CustomMessage('AppStillRunning')" in prepare.group(1)


def test_uninstall_keeps_the_data_unless_the_officer_says_yes_twice() -> None:
    code = "\n".join(SECTIONS["code"])
    assert "{localappdata}\\{#DataFolderName}" in code and DEFINES["DataFolderName"] == "KTTT Desktop"
    assert code.count("MB_DEFBUTTON2") == 2  # both questions default to «Không»
    assert "if UninstallSilent() then\n    exit;" in code
    assert all("localappdata" not in line.lower() for line in SECTIONS["uninstalldelete"])
    assert all("{app}" in item["name"] for item in entries("installdelete") + entries("uninstalldelete"))


def test_every_file_the_script_takes_is_in_the_built_folder(tmp_path: Path) -> None:
    """[Files] sources, relative to the payload, against the Windows names of a build's file
    list — the same stand-in folder CI compiles the script over."""
    linux_build = tmp_path / "kttt-desktop"
    (linux_build / "_internal" / "resources").mkdir(parents=True)
    for name in ("kttt", "kttt-desktop", "_internal/libpython3.11.so.1.0", "_internal/resources/x.csv"):
        (linux_build / name).write_text("")
    payload = tmp_path / "payload"
    assert setup_exe.stub_payload(linux_build, payload) == 4
    sources = [item["source"] for item in entries("files")]
    assert sources and all(source.startswith("PAYLOAD\\") for source in sources)
    for source in sources:
        relative = Path(*source.removeprefix("PAYLOAD\\").split("\\"))
        matches = list(payload.glob(str(relative))) if "*" in relative.name else [payload / relative]
        assert matches and all(m.exists() for m in matches), f"{source} is not in the built folder"
    assert {item["destdir"] for item in entries("files")} == {"{app}", "{app}\\_internal"}


def test_shortcuts_run_the_program_the_build_makes() -> None:
    programs = {icon["filename"] for icon in entries("icons")} | {run["filename"] for run in entries("run")}
    assert programs == {"{app}\\KTTT Desktop.exe", "{uninstallexe}"}


def test_the_wizard_speaks_vietnamese_from_the_projects_own_messages_file() -> None:
    languages = entries("languages")
    assert [lang["name"] for lang in languages] == ["vietnamese"]
    messages_file = inno.SCRIPT.parent / languages[0]["messagesfile"]
    assert messages_file == inno.VIETNAMESE_ISL and messages_file.is_file()
    options = inno.key_values(inno.sections(inno.read_text(messages_file))["langoptions"])
    assert options["LanguageName"] == "Tiếng Việt" and options["LanguageID"] == "$042A"
    assert SETUP["showlanguagedialog"] == "no"


def test_the_vietnamese_messages_cover_every_message_of_the_wizard() -> None:
    """Every name of Inno Setup's Default.isl, each keeping its placeholders (%1, [name]…)
    and its access key (&)."""
    rules = inno.read_message_list()
    assert len(rules["messages"]) > 250 and "SetupAppRunningError" in rules["messages"]
    assert inno.translation_problems(rules, inno.read_text(inno.VIETNAMESE_ISL)) == []


def test_the_vietnamese_messages_are_vietnamese() -> None:
    texts = inno.key_values(inno.sections(inno.read_text(inno.VIETNAMESE_ISL))["messages"])
    assert texts["ButtonNext"] == "&Tiếp >" and texts["ButtonCancel"] == "Hủy"
    assert texts["SetupAppRunningError"].startswith("Trình cài đặt thấy %1 đang chạy.")
    assert texts["WinVersionTooLowError"] == "Chương trình này cần %1 phiên bản %2 trở lên."
    english = [name for name, text in texts.items()
               if re.search(r"\b(the|Setup|please|click|file)\b", text.replace("Setup:", ""))]
    assert english == []


def with_line(text: str, key: str, line: str | None) -> str:
    """The messages file with `key`'s line replaced by `line` (None: removed; a key not in
    the file: `line` added before ButtonBack)."""
    lines = text.splitlines()
    at = next((i for i, raw in enumerate(lines) if raw.startswith(f"{key}=")), None)
    if at is None:
        lines.insert(next(i for i, raw in enumerate(lines) if raw.startswith("ButtonBack=")), line or "")
    elif line is None:
        del lines[at]
    else:
        lines[at] = line
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("key", "line", "problem"), [
    ("ButtonNext", None, "[messages] ButtonNext is missing"),
    ("ButtonNext", "ButtonNext=Tiếp >", "[messages] ButtonNext has 0 access keys (&), needs 1"),
    ("ButtonNext", "ButtonNext=&Tiếp && &đi >", "[messages] ButtonNext has 2 access keys (&), needs 1"),
    ("SetupWindowTitle", "SetupWindowTitle=Cài đặt", "[messages] SetupWindowTitle has no placeholder, needs %1"),
    ("WelcomeLabel1", "WelcomeLabel1=Chào mừng bạn", "[messages] WelcomeLabel1 has no placeholder, needs [name]"),
    ("ButtonNextt", "ButtonNextt=&Tiếp >", "[messages] ButtonNextt is not an Inno Setup message"),
])
def test_the_messages_check_catches_what_a_translator_gets_wrong(key: str, line: str | None, problem: str) -> None:
    broken = with_line(inno.read_text(inno.VIETNAMESE_ISL), key, line)
    assert inno.translation_problems(inno.read_message_list(), broken) == [problem]


def test_every_custom_message_the_script_uses_is_defined() -> None:
    defined = {line.split("=", 1)[0].removeprefix("vietnamese.") for line in SECTIONS["custommessages"]}
    defined |= set(inno.read_message_list()["custommessages"])
    used = set(re.findall(r"\{cm:(\w+)", SCRIPT_TEXT)) | set(re.findall(r"CustomMessage\('(\w+)'\)", SCRIPT_TEXT))
    assert used and used <= defined
    assert all(line.startswith("vietnamese.") for line in SECTIONS["custommessages"])


def test_defines_follow_the_compilers_order_and_command_line() -> None:
    text = '#define A "x"\n#define B A + "\\y"\n#ifndef C\n  #define C B + "z"\n#endif\n'
    assert inno.defines(text) == {"A": "x", "B": "x\\y", "C": "x\\yz"}
    assert inno.defines(text, {"C": "given"})["C"] == "given"
    assert DEFINES["PayloadDir"] == "PAYLOAD" and DEFINES["AppMutexNames"].startswith("KTTTDesktopRunning")


def test_entries_are_split_like_inno_setup_does() -> None:
    line = 'Name: "{autoprograms}\\A; B"; Filename: "{app}\\a.exe"; Comment: "say ""hi"""; Flags: x y'
    assert inno.entry(line) == {"name": "{autoprograms}\\A; B", "filename": "{app}\\a.exe",
                                "comment": 'say "hi"', "flags": "x y"}


def test_the_compiler_is_pinned_to_the_version_whose_messages_are_listed() -> None:
    listed = inno.read_text(inno.MESSAGE_LIST).splitlines()[0]
    assert f"Inno Setup {setup_exe.NPM_INNOSETUP.split('@')[1]}'s Default.isl" in listed
