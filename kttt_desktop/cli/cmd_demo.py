"""`kttt demo`: fill a site with realistic demo data (for training and for measuring speed)."""

from __future__ import annotations

import argparse
import sys
import time

from kttt_desktop.cli.common import add_db_option, print_json
from kttt_desktop.core.registry import Registry


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("demo", help="điền dữ liệu mẫu (dùng thử, tập huấn)")
    add_db_option(parser, required=True)
    parser.add_argument("--seed", type=int, default=1, help="cùng seed cho cùng dữ liệu (mặc định 1)")
    parser.add_argument("--scale", choices=("commune", "district", "province"), default="commune")
    parser.add_argument("--json", action="store_true", help="in số bản ghi đã tạo dạng JSON")
    parser.set_defaults(run=run)


class _Counter:
    """The demo's progress on the terminal (only there: not in JSON, not into a pipe); Ctrl+C
    is how a command line cancels, so `cancelled` is never set."""

    def __init__(self, shown: bool) -> None:
        self._shown = shown and sys.stderr.isatty()

    def report(self, done: int, total: int, label: str = "") -> None:
        if self._shown:
            print(f"\rĐang tạo dữ liệu mẫu: {done}/{total}", end="", file=sys.stderr)

    @property
    def cancelled(self) -> bool:
        return False


def run(args: argparse.Namespace) -> int:
    from kttt_desktop.core.demo.loader import DEMO_SITE, fill_demo  # loaded only when asked for

    registry = Registry.open(args.db)
    try:
        if registry.site is None:
            level, code, name = DEMO_SITE[args.scale]
            registry.init_site(level, code, name, "Cán bộ dùng thử")
        started = time.perf_counter()

        counts = fill_demo(registry, seed=args.seed, scale=args.scale, progress=_Counter(shown=not args.json))
        seconds = round(time.perf_counter() - started, 2)
    finally:
        registry.close()
    if args.json:
        print_json({"counts": counts, "seconds": seconds})
    else:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        parts = ", ".join(f"{n} {label}" for label, n in (
            ("tổ chức", counts["organization"]), ("thành viên", counts["member"]),
            ("người lao động", counts["worker"]), ("khoản hỗ trợ", counts["support"])))
        print(f"Đã tạo {parts} trong {seconds} giây.")
    return 0
