"""Province-scale figures for reports: the Excel export against a bare openpyxl loop.

Reuses (or builds, like `bench_registry.py`) the province-sized demo database — about 10,000
organisations, 85,000 members, and yearly results of every organisation for each year of
2023–2025 it existed through — and prints, from one run:

- the time of the product's export of the member sheet (`export_workbook`, types, formats,
  labels, organisation names, temporary file and move into place);
- the time of a bare openpyxl write-only loop over the same rows: the same SQL cursor, the same
  number of columns, raw values appended as read, saved to a file;
- their ratio (wall time and CPU time), and the peak memory of the export process;
- the time to compute all indicators of the province as of today (the dashboard's and the
  printed report's figures), right after opening the file and at best of a few runs, and on
  the last day of a past year (statuses then read from the dated decisions): each in fresh
  processes, as the median and range of several runs;
- how many yearly results and status decisions the database holds.

Each run happens in its own process (so the memory figure is the export's alone); the runs
alternate, bare then product, and the fastest of each is kept, which damps the noise of other
work on the machine.

Targets: the export takes at most 1.3 times the bare loop; the indicators take under 1 s.
Run:  python benchmarks/bench_reports.py [--db PATH] [--rebuild] [--repeat N] [--json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_registry import DEFAULT_DB, build, print_figures  # noqa: E402

OUT = ROOT / "benchmarks" / "out" / "reports"
EXPORT_TARGET = 1.3
INDICATORS_TARGET_S = 1.0

# One export in a fresh process: prints its rows, wall and CPU seconds and memory as JSON.
_EXPORT_RUN = r"""
import json, resource, sys, time
from pathlib import Path
from kttt_desktop.core.registry import Registry
from kttt_desktop.core.xlsx.export import export_query, export_workbook

mode, db, out, record_type = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
registry = Registry.open(db, create=False)
rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
started, cpu = time.perf_counter(), time.process_time()
if mode == "product":
    rows = export_workbook(registry, out, record_types=[record_type])[record_type]
else:
    from openpyxl import Workbook
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(record_type)
    sql, params = export_query(record_type)
    rows = 0
    for row in registry.conn.execute(sql, params):
        sheet.append(row)
        rows += 1
    workbook.save(out)
print(json.dumps({"rows": rows, "seconds": time.perf_counter() - started,
                  "cpu_seconds": time.process_time() - cpu, "rss_before_mb": rss_before,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "file_mb": out.stat().st_size / 1e6}))
"""


def _export_run(mode: str, db: Path, record_type: str) -> dict[str, float]:
    OUT.mkdir(parents=True, exist_ok=True)
    out = OUT / f"{record_type}-{mode}.xlsx"
    output = subprocess.run([sys.executable, "-c", _EXPORT_RUN, mode, str(db), str(out), record_type],
                            capture_output=True, text=True, cwd=ROOT, check=True).stdout
    return json.loads(output.splitlines()[-1])


def bench_export(db: Path, repeat: int = 3, record_type: str = "member") -> dict[str, float]:
    """The product export of one sheet against the bare loop, fastest of `repeat` runs each."""
    runs: dict[str, list[dict[str, float]]] = {"bare": [], "product": []}
    for _ in range(repeat):
        for mode in ("bare", "product"):
            runs[mode].append(_export_run(mode, db, record_type))
    bare = min(runs["bare"], key=lambda run: run["seconds"])
    product = min(runs["product"], key=lambda run: run["seconds"])
    bare_cpu = min(run["cpu_seconds"] for run in runs["bare"])
    product_cpu = min(run["cpu_seconds"] for run in runs["product"])
    ratio = product["seconds"] / bare["seconds"]
    return {
        f"export_{record_type}_rows": int(product["rows"]),
        f"export_{record_type}_s": round(product["seconds"], 1),
        f"bare_openpyxl_{record_type}_s": round(bare["seconds"], 1),
        "export_ratio": round(ratio, 3),
        "export_ratio_cpu": round(product_cpu / bare_cpu, 3),
        "export_ratio_ok": ratio <= EXPORT_TARGET,
        "export_rows_per_s": round(product["rows"] / product["seconds"]),
        "export_peak_rss_mb": round(product["peak_rss_mb"], 1),
        "export_rss_growth_mb": round(product["peak_rss_mb"] - product["rss_before_mb"], 1),
        "bare_peak_rss_mb": round(bare["peak_rss_mb"], 1),
        "export_file_mb": round(product["file_mb"], 1),
        "export_runs_s": [round(run["seconds"], 1) for run in runs["product"]],
        "bare_runs_s": [round(run["seconds"], 1) for run in runs["bare"]],
    }


def _indicators_once(db: Path) -> dict[str, float]:
    """In a fresh process: the first computation right after opening the file, the best of
    three more, and the best of three on the last day of the year before last."""
    from datetime import date

    from kttt_desktop.core.registry import Registry

    registry = Registry.open(db, create=False)
    try:
        started = time.perf_counter()
        registry.indicators(registry.today)
        first = time.perf_counter() - started
        warm = past = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            registry.indicators(registry.today)
            warm = min(warm, time.perf_counter() - started)
        for _ in range(3):
            started = time.perf_counter()
            registry.indicators(date(registry.today.year - 2, 12, 31))
            past = min(past, time.perf_counter() - started)
    finally:
        registry.close()
    return {"first": first, "warm": warm, "past": past}


def bench_indicators(db: Path, repeat: int = 5) -> dict[str, object]:
    """All indicators of the province as of today (what the dashboard and the report compute),
    each run in a fresh process: the median and the range of `repeat` runs, since one run on a
    shared machine says little."""
    from statistics import median

    from kttt_desktop.core.registry import Registry

    code = ("import json, sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
            "from bench_reports import _indicators_once; print(json.dumps(_indicators_once(Path(sys.argv[2]))))")
    runs = [json.loads(subprocess.run([sys.executable, "-c", code, str(ROOT / "benchmarks"), str(db)], check=True,
                                      capture_output=True, text=True, cwd=ROOT).stdout) for _ in range(repeat)]
    registry = Registry.open(db, create=False)
    try:
        units = len(registry.indicators(registry.today).units)
        results = registry.conn.execute(
            "SELECT count(*), count(DISTINCT organization_id), min(year), max(year) FROM annual_report "
            "WHERE deleted = 0").fetchone()
        decisions = registry.conn.execute("SELECT count(*) FROM status_change WHERE deleted = 0").fetchone()[0]
    finally:
        registry.close()

    def spread(key: str) -> str:
        values = [run[key] for run in runs]
        return f"{median(values):.2f} ({min(values):.2f}–{max(values):.2f})"

    return {
        "indicators_units": units,
        "indicators_runs": repeat,
        "indicators_first_s": spread("first"),
        "indicators_s": spread("warm"),
        "indicators_past_year_end_s": spread("past"),
        "indicators_ok": median(run["first"] for run in runs) < INDICATORS_TARGET_S,
        "yearly_results": results[0],
        "organizations_with_results": results[1],
        "results_years": f"{results[2]}–{results[3]}",
        "status_decisions": decisions,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--rebuild", action="store_true", help="build the database even if it exists")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each export (the fastest counts)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures: dict[str, object] = {}
    if args.rebuild or not args.db.exists():
        figures["demo_province_build_s"] = round(build(args.db), 1)
    figures["database_mb"] = round(args.db.stat().st_size / 1e6, 1)
    figures.update(bench_indicators(args.db, max(args.repeat, 5)))
    figures.update(bench_export(args.db, args.repeat))
    print_figures(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
