"""`kttt gui`: open the desktop window (also what plain `kttt` does)."""

from __future__ import annotations

import argparse

from kttt_desktop.cli.common import add_db_option


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("gui", help="mở cửa sổ chương trình")
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from kttt_desktop.ui.app import main as gui_main  # Qt loads only when the window is wanted

    return gui_main([], db_path=args.db)
