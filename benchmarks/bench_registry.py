"""Province-scale figures for the registry and the window.

Builds (or reuses) a province-sized database — about 150 communes, 10,000 organisations (about
8 members each: 85,000 members), 60,000 workers, 50,000 support records, their status decisions
and yearly results for 2023–2025 — through `kttt demo --scale province`, then prints:

- how long the demo build took and how large the file is;
- how long the member list takes to open (ids filtered and sorted in SQL, first screen
  of rows fetched), in core and in the real window;
- how long searches take (names without diacritics, ID and phone prefixes);
- how long the window takes to be ready, from launching the process.

Targets (issue "Foundation"): member list < 0.5 s, search < 50 ms, window ready < 2 s.
Run:  python benchmarks/bench_registry.py [--db PATH] [--rebuild]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kttt_desktop.core.db.queries import ListQuery  # noqa: E402
from kttt_desktop.core.registry import Registry  # noqa: E402

DEFAULT_DB = ROOT / "benchmarks" / "out" / "province.sqlite"
SEARCHES = ["nguyen van", "lo thi", "giang a pao", "ha nhi", "htx che", "0123", "0912", "sung thi mai"]


def build(db: Path) -> float:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    db.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kttt_desktop", "demo", "--db", str(db), "--scale", "province",
                    "--json"], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def timed(function, repeat: int = 5) -> tuple[float, object]:
    """Best and median wall time of `function` in seconds (first call included in the median)."""
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def core_figures(db: Path) -> dict[str, float]:
    registry = Registry.open(db, create=False)
    figures: dict[str, float] = {}

    def open_member_list():
        query = ListQuery("member")
        rids = registry.list_rids(query)
        registry.fetch_rows("member", rids[:60])
        return len(rids)

    figures["member_list_open_s"], count = timed(open_member_list)
    figures["members_listed"] = count
    figures["member_list_sorted_by_birth_date_s"], _ = timed(
        lambda: registry.list_rids(ListQuery("member", sort="birth_date")), 3)
    figures["member_list_filtered_htx_s"], _ = timed(
        lambda: registry.list_rids(ListQuery("member", filters={"organization.kind": "tht"})), 3)
    search_times = []
    for text in SEARCHES:
        seconds, rids = timed(lambda text=text: registry.fetch_rows(
            "member", registry.list_rids(ListQuery("member", search=text))[:60]), 5)
        search_times.append(seconds)
        figures[f"search_ms[{text}]"] = round(seconds * 1000, 1)
    figures["search_ms_median"] = round(statistics.median(search_times) * 1000, 1)
    figures["search_ms_worst"] = round(max(search_times) * 1000, 1)
    registry.close()
    return figures


_WINDOW_PROBE = r"""
import sys, time
started = float(sys.argv[1])
from kttt_desktop.ui.app import _application, build_main_window
from kttt_desktop.core.registry import Registry
app = _application([])
registry = Registry.open(sys.argv[2], create=False)
window = build_main_window(registry)
window.resize(1280, 800)
window.show()
app.processEvents()
ready = time.time() - started
t = time.perf_counter()
window.show_page("member")
page = window.current_list_page()
while page.model.rowCount() == 0:
    app.processEvents()
page.view.viewport().repaint()
app.processEvents()
member_page = time.perf_counter() - t
print(f"{ready:.3f} {member_page:.3f}")
# As the application does when it quits: the pages' background reads finish first.
from kttt_desktop.ui.background_read import wait_for_reads
wait_for_reads()
"""


def window_figures(db: Path) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    readies, pages = [], []
    for _ in range(3):
        output = subprocess.run([sys.executable, "-c", _WINDOW_PROBE, repr(time.time()), str(db)],
                                capture_output=True, text=True, cwd=ROOT, env=env, check=True).stdout
        ready, page = (float(x) for x in output.split()[-2:])
        readies.append(ready)
        pages.append(page)
    return {"window_ready_s": round(statistics.median(readies), 3),
            "window_member_page_open_s": round(statistics.median(pages), 3)}


def print_figures(figures: dict[str, object], as_json: bool = False) -> None:
    """The figures of a benchmark: one aligned line each, or one JSON object."""
    if as_json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
        return
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--rebuild", action="store_true", help="build the database even if it exists")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures: dict[str, float] = {}
    if args.rebuild or not args.db.exists():
        figures["demo_province_build_s"] = round(build(args.db), 1)
    figures["database_mb"] = round(args.db.stat().st_size / 1e6, 1)
    figures.update({k: (round(v, 4) if isinstance(v, float) else v) for k, v in core_figures(args.db).items()})
    figures.update(window_figures(args.db))
    print_figures(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
