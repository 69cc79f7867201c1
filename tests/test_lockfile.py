"""lockfile.py, which writes constraints.txt: each target's closure is walked with that
target's markers (pip would use the machine's own), every wheel a machine may take is hashed,
and the file it writes is the one bootstrap.py and pip read. pip is stood in for: the real
run (`python3 bootstrap.py lock`) fetches from the package index."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from packaging.markers import Marker

import bootstrap
import lockfile
from lockfile import TARGETS, LockError, Release, Target

LINUX, WINDOWS = Target("linux", "3.11"), Target("win32", "3.11")


@pytest.mark.parametrize("size", range(1, len(TARGETS) + 1))
def test_the_marker_holds_on_exactly_the_targets_that_install_the_package(size: int) -> None:
    for chosen in map(set, combinations(TARGETS, size)):
        condition = lockfile.marker(chosen)
        holds = {target for target in TARGETS if not condition or Marker(condition).evaluate(target.environment())}
        assert holds == chosen, condition


def test_the_marker_is_plain_for_the_common_cases() -> None:
    assert lockfile.marker(set(TARGETS)) == ""
    assert lockfile.marker({t for t in TARGETS if t.system == "win32"}) == 'sys_platform == "win32"'
    assert lockfile.marker({t for t in TARGETS if t.python == "3.11"}) == 'python_version == "3.11"'


PINS = {
    "pytest": Release("9.2.0", ['colorama>=0.4; sys_platform == "win32"', "pluggy<2,>=1.5",
                                'exceptiongroup>=1; python_version < "3.11"', 'hypothesis>=6; extra == "dev"']),
    "pluggy": Release("1.7.0"),
    "pyinstaller": Release("6.22.3", ['pefile>=2022.5.30; sys_platform == "win32"', "altgraph"]),
    "altgraph": Release("0.17.5"),
}


def test_the_closure_follows_the_targets_markers_not_this_machines() -> None:
    roots = ["pytest>=8", "pyinstaller>=6"]
    assert lockfile.closure(roots, PINS, LINUX) == ({"pytest", "pluggy", "pyinstaller", "altgraph"}, [])
    assert lockfile.closure(roots, PINS, WINDOWS) == (
        {"pytest", "pluggy", "pyinstaller", "altgraph"}, ["colorama>=0.4", "pefile>=2022.5.30"])


def test_the_closure_follows_extras_and_refuses_a_pin_outside_a_range() -> None:
    assert lockfile.closure(["pytest[dev]"], PINS, LINUX) == ({"pytest", "pluggy"}, ["hypothesis>=6"])
    with pytest.raises(LockError, match="pluggy 1.7.0 does not satisfy"):
        lockfile.closure(["pluggy>=2"], PINS, LINUX)


def test_pinning_resolves_again_what_a_target_lacks(monkeypatch) -> None:
    index = {**PINS, "colorama": Release("0.4.6"), "pefile": Release("2024.8.26")}
    asked: list[tuple[Target, list[str]]] = []

    def resolve(requirements, target, pins, work):
        asked.append((target, list(requirements)))
        names = {bootstrap.requirement_name(line) for line in requirements}
        found = {name: index[name] for name in names}
        for release in list(found.values()):  # pip's closure as this machine sees it: no markers
            found.update({bootstrap.requirement_name(line): index[bootstrap.requirement_name(line)]
                          for line in release.requires if ";" not in line})
        return found

    monkeypatch.setattr(lockfile, "resolve", resolve)
    pins, needs = lockfile.pin_all(["pytest>=8", "pyinstaller>=6"], Path("unused"))
    assert asked == [(TARGETS[0], ["pyinstaller>=6", "pytest>=8"]), (WINDOWS, ["colorama>=0.4", "pefile>=2022.5.30"])]
    assert set(pins) == {"pytest", "pluggy", "pyinstaller", "altgraph", "colorama", "pefile"}
    for target in TARGETS:
        extra = {"colorama", "pefile"} if target.system == "win32" else set()
        assert needs[target] == {"pytest", "pluggy", "pyinstaller", "altgraph"} | extra


def test_manylinux_tags_go_from_this_glibc_down_as_pip_orders_them() -> None:
    tags = lockfile.manylinux_tags(28)
    assert tags[0] == "manylinux_2_28_x86_64" and tags[-1] == "manylinux1_x86_64"
    assert tags[tags.index("manylinux_2_17_x86_64") + 1] == "manylinux2014_x86_64"


@pytest.mark.parametrize(("wheel", "glibc"), [
    ("pynacl-1.6.2-cp38-abi3-manylinux_2_26_x86_64.manylinux_2_28_x86_64.whl", 26),
    ("cffi-2.1.1-cp311-cp311-manylinux2014_x86_64.manylinux_2_17_x86_64.whl", 17),
    ("pyside6_essentials-6.11.3-cp310-abi3-manylinux_2_34_x86_64.whl", 34),
    ("pytest-9.2.0-py3-none-any.whl", None),
    ("orjson-3.13.0-cp311-cp311-win_amd64.whl", None),
])
def test_the_oldest_glibc_a_wheel_asks_for(wheel: str, glibc: int | None) -> None:
    assert lockfile.oldest_glibc(wheel) == glibc


def test_every_wheel_an_older_glibc_would_take_is_hashed(monkeypatch, tmp_path) -> None:
    """pynacl has a wheel for glibc 2.34 and one for 2.26–2.33: a machine with 2.31 takes the
    second, so both are hashed; below 2.28 nothing is asked."""
    by_glibc = {lockfile.GLIBC_NEWEST: ["pynacl-1.6.2-cp38-abi3-manylinux_2_34_x86_64.whl",
                                        "pytest-9.2.0-py3-none-any.whl"],
                33: ["pynacl-1.6.2-cp38-abi3-manylinux_2_26_x86_64.manylinux_2_28_x86_64.whl"]}
    asked = []

    def download(target, wanted, glibc, work, check=True):
        asked.append((glibc, sorted(wanted), check))
        folder = tmp_path / str(glibc)
        folder.mkdir()
        for name in by_glibc[glibc]:
            (folder / name).write_bytes(name.encode())
        return sorted(folder.iterdir())

    monkeypatch.setattr(lockfile, "download", download)
    hashes = lockfile.wheel_hashes(LINUX, {"pynacl": "1.6.2", "pytest": "9.2.0"}, tmp_path)
    assert asked == [(lockfile.GLIBC_NEWEST, ["pynacl", "pytest"], True), (33, ["pynacl"], False)]
    assert len(hashes["pynacl"]) == 2 and len(hashes["pytest"]) == 1


def test_a_release_without_a_wheel_for_a_target_is_refused(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(lockfile, "download", lambda *args, **kwargs: [])
    with pytest.raises(LockError, match=r"Windows amd64, Python 3.11: no wheel of orjson 3.13.0"):
        lockfile.wheel_hashes(WINDOWS, {"orjson": "3.13.0"}, tmp_path)


def test_the_written_file_is_sorted_read_back_by_bootstrap_and_says_how_to_refresh() -> None:
    pins = {"pefile": Release("2024.8.26"), "orjson": Release("3.13.0"), "altgraph": Release("0.17.5")}
    windows = {t for t in TARGETS if t.system == "win32"}
    needs = {t: {"orjson", "altgraph"} | ({"pefile"} if t in windows else set()) for t in TARGETS}
    hashes = {"pefile": {"c" * 64}, "orjson": {"b" * 64, "a" * 64}, "altgraph": {"d" * 64}}
    text = lockfile.render(pins, needs, hashes)
    assert "#     python3 bootstrap.py lock\n" in text
    assert "CPython 3.11, 3.12, 3.13 on Linux x86_64 and Windows amd64" in text
    assert text.endswith('pefile==2024.8.26 ; sys_platform == "win32" \\\n    --hash=sha256:' + "c" * 64 + "\n")
    assert bootstrap.read_lock(text) == {
        "altgraph": bootstrap.Pin("altgraph", "0.17.5", "", ("d" * 64,)),
        "orjson": bootstrap.Pin("orjson", "3.13.0", "", ("a" * 64, "b" * 64)),
        "pefile": bootstrap.Pin("pefile", "2024.8.26", 'sys_platform == "win32"', ("c" * 64,)),
    }
    assert list(bootstrap.read_lock(text)) == ["altgraph", "orjson", "pefile"]
