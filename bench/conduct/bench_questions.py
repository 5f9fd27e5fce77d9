"""Throughput of `questions check` on one core after start-up: questions judged per second.

Judges every labelled question offergap has (the shared development set and the sets in this
folder), repeated to about 20,000 lines, through the same library call the command uses, after
a warm-up pass (start-up and first-use caches are not counted). Prints the figure.

    python bench/conduct/bench_questions.py
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from offergap.analysis.questions import EmployerContext, judge_questions

HERE = Path(__file__).resolve().parent
SETS = [HERE.parents[2] / "shared" / "dev" / "questions.jsonl", *sorted(HERE.glob("*.jsonl"))]
TARGET_LINES = 20_000


def questions() -> list[str]:
    found = []
    for path in SETS:
        if path.exists():
            found += [json.loads(line)["question"] for line in path.read_text().splitlines() if line.strip()]
    return found


def main() -> None:
    base = questions()
    lines = (base * (TARGET_LINES // len(base) + 1))[:TARGET_LINES]
    context = EmployerContext.from_texts(
        "Data Engineer. Build pipelines in Spark and Airflow on Databricks; publish to Snowflake.",
        "Their engineering blog says they moved to Databricks and stream GPS data from carriers.",
    )
    list(judge_questions(base, "interview", context))  # warm-up
    for label, ctx in (("without employer context", EmployerContext()), ("with employer context", context)):
        start = time.perf_counter()
        count = sum(1 for _ in judge_questions(lines, "interview", ctx))
        elapsed = time.perf_counter() - start
        print(f"{label}: {count} questions in {elapsed:.2f} s = {count / elapsed:,.0f} questions/s")
    unique = len(set(base))
    print(f"({unique} distinct questions; per-word caches are warm, as they are on a long input)")


if __name__ == "__main__":
    main()
