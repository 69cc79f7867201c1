"""Entry point of the `kttt` command.

Exit codes are part of the contract (CLI.md): 0 done, 1 refused with a one-line
Vietnamese message on stderr and nothing written, 2 wrong usage. A user's mistake never
prints a traceback.
"""

from __future__ import annotations

import argparse
import codecs
import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from kttt_desktop import __version__
from kttt_desktop.cli import (
    cmd_backup,
    cmd_demo,
    cmd_gui,
    cmd_indicators,
    cmd_init,
    cmd_mirror,
    cmd_records,
    cmd_report,
    cmd_sync,
    cmd_xlsx,
)
from kttt_desktop.core.errors import KtttError
from kttt_desktop.core.messages import set_language
from kttt_desktop.core.text import printable

COMMANDS = (cmd_gui, cmd_init, cmd_demo, cmd_records, cmd_sync, cmd_xlsx, cmd_report, cmd_indicators, cmd_backup,
            cmd_mirror)


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors say what to do in Vietnamese (exit code stays 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"kttt: lỗi cách dùng: {message}. Xem «kttt --help».\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kttt", description="Sổ theo dõi kinh tế tập thể (HTX, THT, liên hiệp HTX).")
    parser.add_argument("--version", action="version", version=f"kttt {__version__}")
    parser.add_argument("--lang", choices=("vi", "en"), default=os.environ.get("KTTT_LANG", "vi"),
                        help="ngôn ngữ thông báo (mặc định: vi)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="LỆNH")
    for command in COMMANDS:
        command.register(sub)
    return parser


class _PrintableStream:
    """Standard output or error with every control character written as a visible escape.

    What `kttt` prints comes partly from files and packages (names, reasons, file names); an
    escape sequence among it would drive the officer's terminal. In JSON the escape stands
    for the same character, so `--json` output keeps its meaning."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(printable(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _utf8(stream: TextIO | None) -> None:
    """Write `stream` in UTF-8 whatever the console's code page.

    Windows encodes a redirected or piped standard output in the ANSI code page (cp1252,
    cp1258): `kttt … > out.json` would stop at the first «ơ» with UnicodeEncodeError, and
    standard error would print «Cơ sở» as «C\\u01a1 s\\u1edf». What cannot be encoded even in
    UTF-8 (a lone surrogate from a damaged name) is written as an escape, never a traceback."""
    reconfigure = getattr(stream, "reconfigure", None)
    encoding = getattr(stream, "encoding", None) or "ascii"
    if reconfigure is not None and codecs.lookup(encoding).name != "utf-8":
        reconfigure(encoding="utf-8", errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _utf8(sys.stdout)
    _utf8(sys.stderr)
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _PrintableStream(stdout), _PrintableStream(stderr)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    set_language(args.lang)
    if args.command is None:
        return cmd_gui.run(argparse.Namespace(db=None))
    try:
        return int(args.run(args) or 0)
    except KtttError as exc:
        print(exc.message(), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Đã dừng theo yêu cầu; không có gì được ghi dở dang.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
