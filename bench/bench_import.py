"""Import a generated workbook of 10,000 opportunities (5 events each) into SQLite and PostgreSQL.

Prints opportunities/s and peak memory (RSS of a fresh process per database).
Target: >= 2,000 opportunities/s into SQLite on a 2-core machine, < 500 MB peak.

    .venv/bin/python bench/bench_import.py [--opportunities 10000] [--postgres URL | --no-postgres]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _one_run(url: str, count: int) -> dict[str, float]:
    from offergap.examples import generate_workbook
    from offergap.store import open_store
    from offergap.workbook import dump_workbook, validate_workbook

    raw = dump_workbook(generate_workbook(count, events_per_opportunity=5, seed=1))
    started = time.perf_counter()
    workbook = validate_workbook(raw)
    validated = time.perf_counter()
    store = open_store(url)
    migrated = time.perf_counter()
    report = store.import_workbook(workbook)
    imported = time.perf_counter()
    again = store.import_workbook(workbook)
    reimported = time.perf_counter()
    store.close()
    assert len(report.added) == count and len(again.skipped) == count
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "validate_s": validated - started,
        "import_s": imported - migrated,
        "end_to_end_per_s": count / (imported - started - (migrated - validated)),
        "import_per_s": count / (imported - migrated),
        "reimport_unchanged_s": reimported - imported,
        "peak_rss_mb": peak_mb,
    }


def _pg_schema_url(base: str) -> tuple[str, str]:
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    return schema, f"{base}?options=-csearch_path%3D{schema}"


def _run_in_subprocess(url: str, count: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", url, "--opportunities", str(count)],
        check=True, capture_output=True, text=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _with_pg_schema(base: str, count: int) -> dict[str, float]:
    from sqlalchemy import create_engine, text

    schema, url = _pg_schema_url(base)
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        return _run_in_subprocess(url, count)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


def _print(name: str, figures: dict[str, float], count: int) -> None:
    print(
        f"{name:<10} {count:>6} opportunities: import {figures['import_s']:.2f} s = "
        f"{figures['import_per_s']:,.0f} opp/s (with validation {figures['end_to_end_per_s']:,.0f} opp/s); "
        f"unchanged re-import {figures['reimport_unchanged_s']:.2f} s; peak RSS {figures['peak_rss_mb']:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--opportunities", type=int, default=10_000)
    parser.add_argument("--postgres", default=PG)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_one_run(args.child, args.opportunities)))
        return
    with tempfile.TemporaryDirectory() as folder:
        sqlite = _run_in_subprocess(f"sqlite:///{Path(folder) / 'bench.db'}", args.opportunities)
    _print("SQLite", sqlite, args.opportunities)
    if not args.no_postgres:
        _print("PostgreSQL", _with_pg_schema(args.postgres, args.opportunities), args.opportunities)


if __name__ == "__main__":
    main()
