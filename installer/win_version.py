"""Windows file properties (the Details tab: version, product, description) of the programs.

The PyInstaller spec writes one version-information file per program with
`write_version_file`, from kttt_desktop.__version__ only; PyInstaller embeds it in the .exe.
The smoke test reads those files back with `read_version_file` (on Linux the frozen ELF
programs carry no such resource, so the file is what is checked there) and, on Windows,
the built programs themselves with `exe_version`. Antivirus heuristics and SmartScreen look
more kindly on programs that say who made them and which version they are.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

COMPANY = "KTTT Desktop"
PRODUCT = "KTTT Desktop"
# Vietnamese (0x042A), Unicode (1200 = 0x04B0): the language the file properties are in.
LANGUAGE, CODEPAGE = 0x042A, 1200
STRING_TABLE = f"{LANGUAGE:04x}{CODEPAGE:04x}"

# The programs' names in the Windows build (the spec names them so on Windows only).
WINDOWS_EXE = {"gui": "KTTT Desktop.exe", "cli": "kttt.exe"}
DESCRIPTIONS = {
    "gui": "KTTT Desktop – Sổ theo dõi kinh tế tập thể cấp xã",
    "cli": "kttt – lệnh của KTTT Desktop",
}


def version_tuple(text: str) -> tuple[int, int, int, int]:
    """Windows wants four numbers: the release's (PEP 440), padded; a pre-release or
    development mark is left out (0.2.0rc1 → 0.2.0.0), the text versions keep it."""
    release = re.match(r"\d+(?:\.\d+)*", text.strip())
    numbers = [int(part) for part in release.group(0).split(".")[:4]] if release else []
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_strings(version: str, exe_name: str, kind: str) -> dict[str, str]:
    return {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTIONS[kind],
        "FileVersion": version,
        "InternalName": Path(exe_name).stem,
        "LegalCopyright": COMPANY,
        "OriginalFilename": exe_name,
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }


def version_file_text(version: str, exe_name: str, kind: str) -> str:
    """PyInstaller's version-file format: a Python expression over its versioninfo classes."""
    v = version_tuple(version)
    structs = ",\n          ".join(f"StringStruct({k!r}, {val!r})"
                                   for k, val in version_strings(version, exe_name, kind).items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={v}, prodvers={v}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('{STRING_TABLE}', [
          {structs}])]),
    VarFileInfo([VarStruct('Translation', [0x{LANGUAGE:04x}, {CODEPAGE}])])
  ]
)
"""


def version_file_path(workpath: Path, kind: str) -> Path:
    return Path(workpath) / f"version_info_{kind}.txt"


def write_version_file(workpath: Path, version: str, kind: str) -> Path:
    """The file for program `kind` ("gui", "cli"), written on every system so that a
    Linux build checks what the Windows build embeds."""
    path = version_file_path(workpath, kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_file_text(version, WINDOWS_EXE[kind], kind), encoding="utf-8")
    return path


def read_version_file(path: Path) -> dict[str, object]:
    """What a version file declares: {"filevers": (…), "prodvers": (…), "strings": {…},
    "translation": […]}. Parsed as a syntax tree, never executed; a file PyInstaller could
    not read raises ValueError."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), mode="eval")
    except SyntaxError as exc:
        raise ValueError(f"{path.name} is not a version file: {exc}") from exc
    found: dict[str, object] = {"strings": {}}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        if node.func.id == "FixedFileInfo":
            for keyword in node.keywords:
                if keyword.arg in ("filevers", "prodvers"):
                    found[keyword.arg] = ast.literal_eval(keyword.value)
        elif node.func.id == "StringStruct":
            key, value = (ast.literal_eval(arg) for arg in node.args)
            found["strings"][key] = value  # type: ignore[index]
        elif node.func.id == "VarStruct":
            found["translation"] = ast.literal_eval(node.args[1])
    if "filevers" not in found or not found["strings"]:
        raise ValueError(f"{path.name} has no FixedFileInfo or no strings")
    return found


def version_problems(info: dict[str, object], version: str, exe_name: str) -> list[str]:
    """How a read version file differs from what `version` and `exe_name` need."""
    problems = []
    expected = version_tuple(version)
    for field in ("filevers", "prodvers"):
        if info.get(field) != expected:
            problems.append(f"{field} is {info.get(field)}, expected {expected}")
    strings = info["strings"]
    assert isinstance(strings, dict)
    for key in ("FileVersion", "ProductVersion"):
        if strings.get(key) != version:
            problems.append(f"{key} is {strings.get(key)!r}, expected {version!r}")
    if strings.get("OriginalFilename") != exe_name:
        problems.append(f"OriginalFilename is {strings.get('OriginalFilename')!r}, expected {exe_name!r}")
    if strings.get("ProductName") != PRODUCT or not strings.get("CompanyName"):
        problems.append("ProductName or CompanyName missing")
    return problems


def exe_version(path: Path) -> dict[str, str] | None:
    """On Windows, the FileVersion and ProductVersion strings a built .exe carries (None if
    it carries no version resource). Elsewhere there is no API for it: None."""
    if sys.platform != "win32":
        return None
    import ctypes
    from ctypes import wintypes

    version = ctypes.WinDLL("version")  # type: ignore[attr-defined]
    size = version.GetFileVersionInfoSizeW(str(path), None)
    if not size:
        return None
    data = ctypes.create_string_buffer(size)
    if not version.GetFileVersionInfoW(str(path), 0, size, data):
        return None
    found = {}
    for key in ("FileVersion", "ProductVersion", "OriginalFilename"):
        pointer, length = ctypes.c_void_p(), wintypes.UINT()
        if version.VerQueryValueW(data, f"\\StringFileInfo\\{STRING_TABLE}\\{key}",
                                  ctypes.byref(pointer), ctypes.byref(length)) and length.value:
            found[key] = ctypes.wstring_at(pointer, length.value - 1)
    return found
