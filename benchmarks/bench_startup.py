#!/usr/bin/env python
"""Start-up: a whole ``focusfive extract`` process on one small text, beside bare spaCy.

Each run times, as whole processes and in turn (the order turning each round), the
command ``focusfive extract small.txt --out small.jsonl --jobs 1`` (imports, pipeline
built, one report read, findings written) and a process that only imports spaCy and makes
``spacy.blank("en")``: the part no change in this project can remove. Prints the medians
and the median of the paired ratios.

    python benchmarks/bench_startup.py [--runs 7]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TEXT = "Case file audit 2021\n\nIn 12 of the 20 cases the plans were good; 3 were inadequate.\n"
BARE_SPACY = "import spacy; spacy.blank('en')"


def seconds(args: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(args, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip()[-300:])
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench_startup_") as tmp:
        small = Path(tmp) / "small.txt"
        small.write_text(TEXT, encoding="utf-8")
        sides = {
            "focusfive extract (one small text)": [sys.executable, "-m", "focusfive_nlp", "extract", str(small),
                                                   "--out", str(Path(tmp) / "small.jsonl"), "--jobs", "1", "--no-progress"],
            "bare spaCy (import, blank('en'))": [sys.executable, "-c", BARE_SPACY],
        }
        names = list(sides)
        for name in names:  # warm the file cache
            seconds(sides[name])
        times: dict[str, list[float]] = {n: [] for n in names}
        for r in range(args.runs):
            for name in names[r % 2:] + names[:r % 2]:
                times[name].append(seconds(sides[name]))
    for name, secs in times.items():
        print(f"{name:<38} seconds: median {statistics.median(secs):.2f}  runs {[round(s, 2) for s in secs]}")
    a, b = names
    ratio = statistics.median(x / y for x, y in zip(times[a], times[b]))
    print(f"ratio {a} / {b}: {ratio:.2f}x (median of paired runs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
