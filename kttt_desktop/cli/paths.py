"""File names on the command line with `*`, `?` and `[...]` in them, expanded by the program.

On Windows neither cmd.exe nor PowerShell expands wildcards: `kttt sync import
E:/kttt-goi-*.kttt` reaches the program as typed. Elsewhere the shell has expanded them
already, so a pattern that still arrives was quoted or matched nothing; it is treated the same
way, which gives the same Vietnamese message on every PC instead of "file not found".

A name that exists as typed is always taken as it is: on Windows a file may be called
`báo cáo [1].xlsx`, and `[1]` must not turn into a character class.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterable
from pathlib import Path

from kttt_desktop.core.errors import KtttError

WILDCARD = re.compile(r"[*?\[]")
SHOWN_NAMES = 3  # names quoted when a pattern meant for one file matches several


def is_pattern(text: str) -> bool:
    """True when `text` holds a wildcard and does not name an existing file or folder."""
    return WILDCARD.search(text) is not None and not os.path.lexists(text)


def expand(argument: str | Path) -> list[Path]:
    """The files one argument stands for, sorted by name; refused when a pattern matches
    nothing."""
    text = str(argument)
    if not is_pattern(text):
        return [Path(text)]
    matches = sorted(glob.glob(text))
    if not matches:
        raise KtttError("no_file_matches", pattern=text)
    return [Path(match) for match in matches]


def expand_file_args(arguments: Iterable[str | Path]) -> list[Path]:
    """Every argument expanded in turn, in the order given (each pattern's files sorted)."""
    return [path for argument in arguments for path in expand(argument)]


def one_file(argument: str | Path) -> Path:
    """The single file an option names (`--from`, `--setup-file`, a workbook to import): a
    pattern must match exactly one file, or the officer is told which ones it matched."""
    matches = expand(argument)
    if len(matches) > 1:
        names = ", ".join(path.name for path in matches[:SHOWN_NAMES]) + (", …" if len(matches) > SHOWN_NAMES else "")
        raise KtttError("too_many_files_match", pattern=str(argument), count=len(matches), names=names)
    return matches[0]
