"""Time `diagnose` on generated searches of 100, 1,000 and 5,000 opportunities.

Target: under 10 s for 1,000 opportunities on a 2-core machine, growing no worse than linearly.

    .venv/bin/python bench/diagnose/bench_diagnose.py [--sizes 100 1000 5000]
"""

from __future__ import annotations

import argparse
import time

from offergap.analysis.diagnose import diagnose
from offergap.examples import generate_workbook


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    sizes = parser.parse_args().sizes
    diagnose(generate_workbook(10, seed=99))  # warm the taxonomy cache and imports
    previous: tuple[int, float] | None = None
    for size in sizes:
        workbook = generate_workbook(size, events_per_opportunity=5, seed=7)
        started = time.perf_counter()
        diagnose(workbook).as_json()
        seconds = time.perf_counter() - started
        growth = ""
        if previous:
            growth = f"; x{size / previous[0]:.0f} opportunities took x{seconds / previous[1]:.1f} the time"
        print(f"{size:>6} opportunities: {seconds:6.2f} s ({seconds / size * 1000:.2f} ms each){growth}")
        previous = (size, seconds)


if __name__ == "__main__":
    main()
