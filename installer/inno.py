"""Reading Inno Setup files without Inno Setup: the script's sections and #defines, and the
message names a messages file (.isl) must carry.

The Windows setup is compiled on Windows, or under wine in CI (`build.py iss-check`); this
module lets the tests check the script and the Vietnamese messages on any machine, and lets
iss-check compare the compiler's own Default.isl with the message list the project keeps
(windows/inno-messages.txt), so a compiler with new messages is noticed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

WINDOWS_DIR = Path(__file__).resolve().parent / "windows"
SCRIPT = WINDOWS_DIR / "kttt-desktop.iss"
VIETNAMESE_ISL = WINDOWS_DIR / "Vietnamese.isl"
MESSAGE_LIST = WINDOWS_DIR / "inno-messages.txt"

# What a translation must keep from the English text: %1…%9 and the wizard's [name] forms.
PLACEHOLDER = re.compile(r"%[1-9]|\[(?:name|name/ver|gb|mb|kb)\]")
# One "&" marks a key (Alt+letter); "&&" is a literal ampersand.
ACCESS_KEY = re.compile(r"(?<!&)&(?!&)")
SECTION = re.compile(r"^\[(\w+)\]\s*$")
DEFINE = re.compile(r'^#\s*define\s+(\w+)\s+(.+?)\s*$')


def read_text(path: Path) -> str:
    """Inno Setup files are UTF-8, with or without a byte-order mark."""
    return path.read_text(encoding="utf-8-sig")


def sections(text: str) -> dict[str, list[str]]:
    """Lines of each section, keyed by the section's name in lower case. Comments, blank
    lines and preprocessor lines (#…) are left out, except in [Code], kept whole."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    in_code = False
    for raw in text.splitlines():
        line = raw.strip()
        header = SECTION.match(line)
        if header:
            name = header.group(1).lower()
            current = found.setdefault(name, [])
            in_code = name == "code"
            continue
        if current is None:
            continue
        if in_code:
            current.append(raw)
        elif line and not line.startswith((";", "#")):
            current.append(line)
    return found


def key_values(lines: list[str]) -> dict[str, str]:
    """`Key=Value` lines ([Setup], [Messages], [LangOptions]); keys as written."""
    pairs: dict[str, str] = {}
    for line in lines:
        key, sep, value = line.partition("=")
        if sep:
            pairs[key.strip()] = value.strip()
    return pairs


def setup_directives(text: str) -> dict[str, str]:
    """[Setup] directives keyed in lower case (Inno Setup ignores their case)."""
    return {key.lower(): value for key, value in key_values(sections(text).get("setup", [])).items()}


def entry(line: str) -> dict[str, str]:
    """One entry of [Files], [Icons]…: `Name: "x"; Flags: a b` → {"name": "x", "flags": "a b"}."""
    params: dict[str, str] = {}
    for match in re.finditer(r'\s*(\w+)\s*:\s*("(?:[^"]|"")*"|[^;]*)\s*(?:;|$)', line):
        value = match.group(2).strip()
        if value.startswith('"'):
            value = value[1:-1].replace('""', '"')
        params[match.group(1).lower()] = value
    return params


def defines(text: str, given: dict[str, str] | None = None) -> dict[str, str]:
    """The script's `#define NAME value` whose value is string literals and names joined by
    "+" (the only kind this script uses), evaluated in order; `given` plays iscc's /D."""
    values = dict(given or {})
    for raw in text.splitlines():
        match = DEFINE.match(raw.strip())
        if not match or match.group(1) in values:
            continue  # a /D value wins over the script's #ifndef default
        parts = [part.strip() for part in re.split(r'\+(?=(?:[^"]*"[^"]*")*[^"]*$)', match.group(2))]
        if all(p.startswith('"') and p.endswith('"') or p in values for p in parts):
            values[match.group(1)] = "".join(p[1:-1] if p.startswith('"') else values[p] for p in parts)
    return values


def expand(text: str, values: dict[str, str]) -> str:
    """Replace `{#Name}` by the define's value (unknown names are left as they are)."""
    return re.sub(r"\{#(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), text)


# --- messages -------------------------------------------------------------------------------

@dataclass(frozen=True)
class MessageRule:
    """What a translation of one message must keep."""
    placeholders: tuple[str, ...]
    access_key: bool


def message_rules(isl_text: str) -> dict[str, dict[str, MessageRule]]:
    """From a messages file (Default.isl): for [Messages] and [CustomMessages], each name's
    placeholders and whether it carries an access key."""
    found = sections(isl_text)
    return {
        section: {name: MessageRule(tuple(sorted(set(PLACEHOLDER.findall(text)))), bool(ACCESS_KEY.search(text)))
                  for name, text in key_values(found.get(section, [])).items()}
        for section in ("messages", "custommessages")
    }


def format_message_list(rules: dict[str, dict[str, MessageRule]], compiler: str) -> str:
    lines = [f"# The message names of Inno Setup {compiler}'s Default.isl, each with the placeholders",
             "# its translation must keep and \"&\" when it has an access key. Written by",
             "# `installer/build.py iss-check --write-message-list` from the compiler's own file.",
             "# Vietnamese.isl must define exactly these (tests/installer/test_inno_script.py)."]
    for section, names in rules.items():
        lines.append(f"[{section}]")
        for name in sorted(names, key=str.lower):
            rule = names[name]
            lines.append(" ".join([name, *rule.placeholders, *(["&"] if rule.access_key else [])]))
    return "\n".join(lines) + "\n"


def read_message_list(path: Path = MESSAGE_LIST) -> dict[str, dict[str, MessageRule]]:
    rules: dict[str, dict[str, MessageRule]] = {}
    current: dict[str, MessageRule] = {}
    for line in read_text(path).splitlines():
        if not line or line.startswith("#"):
            continue
        header = SECTION.match(line)
        if header:
            current = rules.setdefault(header.group(1).lower(), {})
            continue
        name, *rest = line.split()
        current[name] = MessageRule(tuple(p for p in rest if p != "&"), "&" in rest)
    return rules


def translation_problems(rules: dict[str, dict[str, MessageRule]], isl_text: str) -> list[str]:
    """Everything a messages file gets wrong against the rules: a missing or unknown name, a
    placeholder lost or added, an access key missing or doubled. Empty when all is well."""
    problems: list[str] = []
    found = sections(isl_text)
    for section, wanted in rules.items():
        have = key_values(found.get(section, []))
        problems += [f"[{section}] {name} is missing" for name in sorted(wanted.keys() - have.keys())]
        problems += [f"[{section}] {name} is not an Inno Setup message" for name in sorted(have.keys() - wanted.keys())]
        for name in sorted(wanted.keys() & have.keys()):
            text, rule = have[name], wanted[name]
            kept = tuple(sorted(set(PLACEHOLDER.findall(text))))
            if kept != rule.placeholders:
                problems.append(f"[{section}] {name} has {' '.join(kept) or 'no placeholder'}, "
                                f"needs {' '.join(rule.placeholders) or 'none'}")
            keys = len(ACCESS_KEY.findall(text))
            if keys != (1 if rule.access_key else 0):
                problems.append(f"[{section}] {name} has {keys} access keys (&), needs "
                                f"{1 if rule.access_key else 0}")
    return problems
