#!/usr/bin/env python3
"""Write constraints.txt: the exact version of every package KTTT Desktop installs, with the
sha256 of each wheel a supported machine may take, so .venv and the installers are built
from the same files wherever and whenever they are built.

    python3 bootstrap.py lock   # runs this with .venv's Python

It takes the newest releases pyproject.toml allows (see bootstrap.project_requirements) and
pins them for every target below. pip resolves for the machine it runs on only: it evaluates
the dependencies' markers there, so colorama (pytest's, Windows only) or pefile (PyInstaller's,
Windows only) would be missing. So pip resolves once, and each target's closure is then walked
here with that target's markers; what a target lacks is resolved again, against the pins.
Every wheel is then fetched with `pip download` for each target and hashed. Uses the standard
library, pip, and the `packaging` that pip itself carries.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import bootstrap

try:
    from packaging.requirements import Requirement
except ImportError:  # a fresh .venv: pip's own copy
    from pip._vendor.packaging.requirements import Requirement  # type: ignore[no-redef]

PYTHONS = ("3.11", "3.12", "3.13")
# sys_platform → the marker environment of that system and the pip --platform tags of its wheels.
SYSTEMS: dict[str, dict[str, str]] = {
    "linux": {"os_name": "posix", "platform_system": "Linux", "platform_machine": "x86_64"},
    "win32": {"os_name": "nt", "platform_system": "Windows", "platform_machine": "AMD64"},
}
SYSTEM_NAMES = {"linux": "Linux x86_64", "win32": "Windows amd64"}
# glibc 2.<n> of the Linux machines covered: from 2.28, which the oldest PySide6 pyproject
# allows needs, to a recent distribution. A machine takes the newest manylinux wheel its
# glibc allows, so every wheel some glibc in this range would take is hashed.
GLIBC_OLDEST, GLIBC_NEWEST = 28, 41
LEGACY_MANYLINUX = {17: "manylinux2014", 12: "manylinux2010", 5: "manylinux1"}


class LockError(Exception):
    """The lock cannot be written as asked; the message says why."""


@dataclass(frozen=True)
class Target:
    system: str  # a key of SYSTEMS
    python: str  # "3.11"

    def __str__(self) -> str:
        return f"{SYSTEM_NAMES[self.system]}, Python {self.python}"

    def environment(self, extra: str = "") -> dict[str, str]:
        """PEP 508's marker variables as they are on this target."""
        full = f"{self.python}.0"
        return {"sys_platform": self.system, "python_version": self.python, "python_full_version": full,
                "implementation_name": "cpython", "implementation_version": full,
                "platform_python_implementation": "CPython", "platform_release": "", "platform_version": "",
                **SYSTEMS[self.system], "extra": extra}

    def pip_options(self, glibc: int = GLIBC_NEWEST) -> list[str]:
        """pip's options to choose wheels for this target (for Linux, a machine with this glibc)."""
        tags = ["win_amd64"] if self.system == "win32" else manylinux_tags(glibc)
        platforms = [option for tag in tags for option in ("--platform", tag)]
        return ["--only-binary=:all:", "--implementation", "cp", "--python-version", self.python, *platforms]


TARGETS = tuple(Target(system, python) for system in SYSTEMS for python in PYTHONS)


def manylinux_tags(glibc: int, arch: str = "x86_64") -> list[str]:
    """The manylinux tags a machine with glibc 2.<glibc> accepts, best first, as pip orders them."""
    tags: list[str] = []
    for minor in range(glibc, 4, -1):
        tags.append(f"manylinux_2_{minor}_{arch}")
        if minor in LEGACY_MANYLINUX:
            tags.append(f"{LEGACY_MANYLINUX[minor]}_{arch}")
    return tags


def oldest_glibc(wheel: str) -> int | None:
    """The lowest glibc 2.<n> this wheel's platform tags ask for, or None if it is not a
    manylinux wheel (pure Python, Windows)."""
    platform = wheel.removesuffix(".whl").split("-")[-1]
    minors = []
    for tag in platform.split("."):
        match = re.match(r"manylinux_2_(\d+)_", tag) or re.match(r"(manylinux\d+)_", tag)
        if match is None:
            continue
        value = match.group(1)
        minors.append(int(value) if value.isdigit() else
                      next(minor for minor, name in LEGACY_MANYLINUX.items() if name == value))
    return min(minors) if minors else None


def wheel_name(wheel: str) -> str:
    return bootstrap.canonical_name(wheel.split("-")[0])


def pip(*args: str, check: bool = True) -> bool:
    command = [sys.executable, "-m", "pip", *args]
    done = subprocess.run(command, check=False, stdout=subprocess.DEVNULL if not check else None,
                          stderr=subprocess.DEVNULL if not check else None)
    if check and done.returncode != 0:
        raise LockError(f"pip {args[0]} failed (its message is above)")
    return done.returncode == 0


@dataclass
class Release:
    version: str
    requires: list[str] = field(default_factory=list)


def resolve(requirements: Iterable[str], target: Target, pins: Mapping[str, Release], work: Path) -> dict[str, Release]:
    """The newest releases pip picks for these requirements on this target's wheels, the
    releases already pinned kept as they are."""
    report, constraints = work / "report.json", work / "pinned.txt"
    constraints.write_text("".join(f"{name}=={release.version}\n" for name, release in pins.items()))
    pip("install", "--dry-run", "--ignore-installed", "--quiet", "--report", str(report),
        "--target", str(work / "target"), "-c", str(constraints), *target.pip_options(), *requirements)
    installs = json.loads(report.read_text(encoding="utf-8"))["install"]
    return {bootstrap.canonical_name(item["metadata"]["name"]):
            Release(item["metadata"]["version"], list(item["metadata"].get("requires_dist") or []))
            for item in installs}


def closure(roots: Iterable[str], pins: Mapping[str, Release], target: Target) -> tuple[set[str], list[str]]:
    """(the pinned packages this target installs, the requirements no pin answers yet),
    following each requirement whose marker holds on the target, extras included."""
    needed: set[str] = set()
    missing: list[str] = []
    seen: set[tuple[str, str]] = set()
    queue = [(Requirement(root), "") for root in roots]
    while queue:
        requirement, extra = queue.pop()
        if requirement.marker is not None and not requirement.marker.evaluate(target.environment(extra)):
            continue
        name = bootstrap.canonical_name(requirement.name)
        if name not in pins:
            extras = f"[{','.join(sorted(requirement.extras))}]" if requirement.extras else ""
            missing.append(f"{requirement.name}{extras}{requirement.specifier}")
            continue
        if not requirement.specifier.contains(pins[name].version, prereleases=True):
            raise LockError(f"{target}: {name} {pins[name].version} does not satisfy «{requirement}»")
        needed.add(name)
        for wanted in ("", *sorted(requirement.extras)):
            if (name, wanted) not in seen:
                seen.add((name, wanted))
                queue += [(Requirement(line), wanted) for line in pins[name].requires]
    return needed, sorted(set(missing))


def pin_all(roots: list[str], work: Path) -> tuple[dict[str, Release], dict[Target, set[str]]]:
    """One release for each package, and which packages each target installs."""
    pins: dict[str, Release] = {}
    needs: dict[Target, set[str]] = {}
    for target in TARGETS:
        while True:
            needed, missing = closure(roots, pins, target)
            if not missing:
                break
            print(f"[lock] {target}: resolving {', '.join(missing)}", flush=True)
            found = {name: release for name, release in resolve(missing, target, pins, work).items()
                     if name not in pins}
            if not found:
                raise LockError(f"{target}: pip resolved nothing new for {', '.join(missing)}")
            pins.update(found)
        needs[target] = needed
    return pins, needs


def download(target: Target, wanted: Mapping[str, str], glibc: int, work: Path, check: bool = True) -> list[Path]:
    """The wheels pip takes for these name → version on this target, fetched into a new folder."""
    folder = Path(tempfile.mkdtemp(dir=work))
    requirements = folder / "requirements.txt"
    requirements.write_text("".join(f"{name}=={version}\n" for name, version in sorted(wanted.items())))
    if not pip("download", "--no-deps", "--quiet", "-d", str(folder), *target.pip_options(glibc),
               "-r", str(requirements), check=check):
        return []
    return sorted(folder.glob("*.whl"))


def wheel_hashes(target: Target, wanted: Mapping[str, str], work: Path) -> dict[str, set[str]]:
    """name → sha256 of every wheel of the pinned version some machine of this target takes:
    for Linux, going down from the newest glibc to each older one that takes another wheel."""
    hashes: dict[str, set[str]] = {name: set() for name in wanted}
    probes = [(GLIBC_NEWEST, dict(wanted), True)]
    while probes:
        glibc, batch, check = probes.pop()
        for wheel in download(target, batch, glibc, work, check):
            name = wheel_name(wheel.name)
            hashes[name].add(hashlib.sha256(wheel.read_bytes()).hexdigest())
            oldest = oldest_glibc(wheel.name)
            if target.system == "linux" and oldest is not None and oldest - 1 >= GLIBC_OLDEST:
                probes.append((oldest - 1, {name: wanted[name]}, False))
    absent = sorted(name for name, found in hashes.items() if not found)
    if absent:
        raise LockError(f"{target}: no wheel of " + ", ".join(f"{name} {wanted[name]}" for name in absent))
    return hashes


def marker(targets: set[Target]) -> str:
    """The PEP 508 marker that holds on exactly these of TARGETS ("" for all of them)."""
    if targets == set(TARGETS):
        return ""
    by_system = {system: [target.python for target in TARGETS if target in targets and target.system == system]
                 for system in SYSTEMS}
    by_system = {system: pythons for system, pythons in by_system.items() if pythons}

    def any_of(pythons: list[str]) -> str:
        return " or ".join(f'python_version == "{python}"' for python in pythons)

    if len(by_system) == len(SYSTEMS) and len({tuple(pythons) for pythons in by_system.values()}) == 1:
        return any_of(next(iter(by_system.values())))
    clauses = []
    for system, pythons in by_system.items():
        clause = f'sys_platform == "{system}"'
        if len(pythons) < len(PYTHONS):
            clause += " and " + (f"({any_of(pythons)})" if len(pythons) > 1 else any_of(pythons))
        clauses.append(f"({clause})" if len(by_system) > 1 and " and " in clause else clause)
    return " or ".join(clauses)


HEADER = """\
# The exact release of every package KTTT Desktop installs (the program, its tests, the
# installer build's PyInstaller, pip and setuptools), with the sha256 of each wheel, for
# CPython {pythons} on {systems}.
# bootstrap.py installs exactly this into .venv (pip --require-hashes), and the installers
# are built from it. Made from pyproject.toml's ranges; refresh to the newest releases they
# allow, then run the tests and commit this file with the change:
#     python3 bootstrap.py lock
"""


def render(pins: Mapping[str, Release], needs: Mapping[Target, set[str]], hashes: Mapping[str, set[str]]) -> str:
    text = HEADER.format(pythons=", ".join(PYTHONS), systems=" and ".join(SYSTEM_NAMES.values()))
    for name in sorted(set().union(*needs.values())):
        condition = marker({target for target, names in needs.items() if name in names})
        line = f"{name}=={pins[name].version}" + (f" ; {condition}" if condition else "")
        text += line + "".join(f" \\\n    --hash=sha256:{digest}" for digest in sorted(hashes[name])) + "\n"
    return text


def lock() -> str:
    """Resolve, hash and write constraints.txt; returns what was written."""
    roots = bootstrap.project_requirements()
    with tempfile.TemporaryDirectory(prefix="kttt-lock-") as folder:
        work = Path(folder)
        pins, needs = pin_all(roots, work)
        hashes: dict[str, set[str]] = {}
        for target in TARGETS:
            print(f"[lock] {target}: hashing {len(needs[target])} wheels", flush=True)
            wanted = {name: pins[name].version for name in needs[target]}
            for name, found in wheel_hashes(target, wanted, work).items():
                hashes.setdefault(name, set()).update(found)
    text = render(pins, needs, hashes)
    bootstrap.LOCK.write_text(text, encoding="utf-8")
    return text


def main() -> int:
    try:
        text = lock()
    except LockError as error:
        print(f"[lock] {error}", file=sys.stderr)
        return 1
    count = len(bootstrap.read_lock(text))
    print(f"[lock] {bootstrap.LOCK.name}: {count} packages. Run «python3 bootstrap.py test» and commit it.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
