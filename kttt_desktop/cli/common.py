"""Small helpers shared by the sub-commands."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kttt_desktop.core.paths import default_db_path
from kttt_desktop.core.records.fields import RECORD_TYPES
from kttt_desktop.core.registry import Registry

_TABLE_NAMES = {name: rt.vi for name, rt in RECORD_TYPES.items()} | {"target": "Chỉ tiêu kế hoạch",
                                                                       "population": "Dân số"}


def table_name(name: str) -> str:
    """A record type (or the targets and population tables) by its Vietnamese label, so that
    every command names what it counted the way the window does."""
    return _TABLE_NAMES.get(name, name)


def add_db_option(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument("--db", type=Path, required=required,
                        help="tệp cơ sở dữ liệu SQLite (mặc định: tệp mà cửa sổ chương trình dùng)")


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_db_path()


def open_existing(args: argparse.Namespace) -> Registry:
    """Open a set-up database; never create one by accident from a mistyped path."""
    registry = Registry.open(db_path(args), create=False)
    try:
        registry.require_site()
    except BaseException:
        registry.close()
        raise
    return registry


def print_json(document: Any) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def stream_json_array(items: Iterable[Any]) -> None:
    """Print a JSON array item by item, so 300,000 records never sit in memory at once."""
    out = sys.stdout
    out.write("[")
    for index, item in enumerate(items):
        out.write("\n  " if index == 0 else ",\n  ")
        out.write(json.dumps(item, ensure_ascii=False))
    out.write("\n]\n")
