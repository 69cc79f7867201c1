"""Province-scale sync figures: export, import, and import against a bare insert.

Builds about 150 commune sites (the province demo data: 10,000 organisations, 300,000
members, 60,000 workers, 50,000 support records), each started from a set-up file of the
province; every commune exports one package; the province imports them all. Prints:

- export throughput (changes per second, all communes);
- import throughput (changes per second), measured in a separate process whose peak
  memory (max RSS) is reported too;
- the same rows inserted by a bare `executemany` into the same schema, and the ratio: once
  the records alone, once the records with their change-log entries (all the import writes).

Targets (issue "Sync packages"): import at least half the bare-insert rate; peak memory
under 400 MB.
Run:  python benchmarks/bench_sync.py [--communes N]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_registry import print_figures  # noqa: E402

from kttt_desktop.core.demo.generator import generate  # noqa: E402
from kttt_desktop.core.registry import Registry  # noqa: E402
from kttt_desktop.core.sync import service  # noqa: E402

OUT = ROOT / "benchmarks" / "out" / "sync"
ORDER = (("organization", "organizations"), ("member", "members"), ("worker", "workers"), ("support", "supports"))
TABLES = [name for name, _ in ORDER]

_IMPORT = r"""
import json, resource, sys, time
from pathlib import Path
from kttt_desktop.core.registry import Registry
from kttt_desktop.core.sync import service
registry = Registry.open(Path(sys.argv[1]), create=False)
files = sorted(Path(sys.argv[2]).glob("*.kttt"))
started = time.perf_counter()
results = service.import_files(registry, files, receipt_dir=Path(sys.argv[3]))
seconds = time.perf_counter() - started
changes = sum(sum(c.values()) for r in results for c in r.counts.as_json().values())
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "changes": changes, "peak_mb": peak_mb,
                  "statuses": sorted({r.status for r in results})}))
"""


def build(communes: int) -> tuple[Path, float, int]:
    """Commune sites with their data; returns the province database, export time, changes."""
    shutil.rmtree(OUT, ignore_errors=True)
    (OUT / "packages").mkdir(parents=True)
    province = Registry.open(OUT / "province.sqlite")
    province.init_site("province", "12", "Tỉnh Lai Châu", "Cán bộ tỉnh")
    export_seconds, exported = 0.0, 0
    for index, batch in enumerate(generate(1, "province", "12", date.today())):
        if index >= communes:
            break
        setup = OUT / "setup" / f"{batch.commune_code}.json"
        service.write_setup_file(province, batch.commune_code, f"Xã {batch.commune_code}", setup)
        site_path = OUT / "communes" / f"{batch.commune_code}.sqlite"
        site_path.parent.mkdir(parents=True, exist_ok=True)
        commune = Registry.open(site_path)
        service.init_from_setup_file(commune, setup, officer="Cán bộ xã")
        with commune.batch():
            for record_type, attribute in ORDER:
                records = [{k: v for k, v in r.items() if k != "owner"} for r in getattr(batch, attribute)]
                commune.create_many(record_type, records, validate_records=False)
        started = time.perf_counter()
        result = service.export_package(commune, OUT / "packages")
        export_seconds += time.perf_counter() - started
        exported += result.manifest["payload"]["items"]
        commune.close()
        print(f"\rcommunes built and exported: {index + 1}", end="", file=sys.stderr)
    print(file=sys.stderr)
    province.close()
    return OUT / "province.sqlite", export_seconds, exported


def bare_insert(source: Path, tables: list[str]) -> tuple[float, int]:
    """The rows the import wrote to `tables`, inserted with executemany into a fresh
    database of the same schema (the local row number left to SQLite)."""
    target_path = OUT / "bare.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(target_path) + suffix).unlink(missing_ok=True)
    target = Registry.open(target_path)
    source_db = Registry.open(source, create=False)
    rows_by_table = {}
    for table in tables:
        cursor = source_db.conn.execute(f"SELECT * FROM {table}")
        local = {"rid", "seq"}
        keep = [i for i, d in enumerate(cursor.description) if d[0] not in local]
        columns = [cursor.description[i][0] for i in keep]
        rows_by_table[table] = (columns, [tuple(r[i] for i in keep) for r in cursor.fetchall()])
    source_db.close()
    started = time.perf_counter()
    target.conn.execute("BEGIN")
    count = 0
    for table, (columns, rows) in rows_by_table.items():
        target.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                                rows)
        count += len(rows)
    target.conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    target.close()
    return seconds, count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--communes", type=int, default=150)
    parser.add_argument("--reuse", action="store_true",
                        help="import the packages of the previous run again (skips building the communes)")
    args = parser.parse_args()
    pristine = OUT / "province-before-import.sqlite"
    if args.reuse and pristine.exists():
        province, export_seconds, exported = OUT / "province.sqlite", float("nan"), 0
        for suffix in ("", "-wal", "-shm"):
            Path(str(province) + suffix).unlink(missing_ok=True)
        shutil.copyfile(pristine, province)
        shutil.rmtree(OUT / "receipts", ignore_errors=True)
        args.communes = len(list((OUT / "packages").glob("*.kttt")))
    else:
        province, export_seconds, exported = build(args.communes)
        shutil.copyfile(province, pristine)  # to profile or rerun the import
    output = subprocess.run([sys.executable, "-c", _IMPORT, str(province), str(OUT / "packages"),
                             str(OUT / "receipts")], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    imported = json.loads(output.strip().splitlines()[-1])
    bare_seconds, bare_rows = bare_insert(province, TABLES)
    all_seconds, all_rows = bare_insert(province, [*TABLES, "change_log"])
    import_rate = imported["changes"] / imported["seconds"]
    bare_rate = bare_rows / bare_seconds
    # Per change the import writes the record and its change-log entry: the same rows, bare.
    bare_changes_rate = bare_rows / all_seconds
    figures = {
        "communes": args.communes,
        "changes_exported": exported,
        "export_changes_per_s": round(exported / export_seconds) if exported else "(reused)",
        "changes_imported": imported["changes"],
        "import_seconds": round(imported["seconds"], 1),
        "import_changes_per_s": round(import_rate),
        "import_statuses": imported["statuses"],
        "bare_rows": bare_rows,
        "bare_executemany_rows_per_s": round(bare_rate),
        "import_to_bare_ratio": round(import_rate / bare_rate, 2),
        "bare_rows_with_change_log": all_rows,
        "bare_executemany_changes_per_s_with_change_log": round(bare_changes_rate),
        "import_to_bare_with_change_log_ratio": round(import_rate / bare_changes_rate, 2),
        "import_peak_memory_mb": round(imported["peak_mb"]),
    }
    print_figures(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
