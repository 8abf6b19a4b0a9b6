#!/usr/bin/env python
"""PDF reader memory over long runs: resident memory must stay flat as documents pass.

Each reader runs in its own process, reading the same rendered reports round after round;
the process's resident memory (RSS) is printed after the first round and after the
last, with the growth per round. A reader that keeps pages, text pages or pdfminer page
objects alive (pdfplumber #1339 / #1395, pdfium handles left open) grows every round.

    python benchmarks/bench_pdf_memory.py [--rounds 20] [--files 6]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pdf import build_folder  # noqa: E402

CHILD = """
import sys, resource
from pathlib import Path
from focusfive_nlp.readers import read_document

def rss_mb():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20

reader, rounds, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
marks = []
for r in range(rounds):
    for f in files:
        read_document(Path(f), reader=reader)
    if r in (0, rounds // 2, rounds - 1):
        marks.append(rss_mb())
print(" ".join(f"{m:.1f}" for m in marks))
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--files", type=int, default=6)
    ap.add_argument("--min-pages", type=int, default=10)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench_pdf_memory_") as tmp:
        files = build_folder(Path(tmp), args.files, args.min_pages)
        print(f"{len(files)} PDFs read {args.rounds} times by each reader, one process per reader")
        for reader in ("pdfium", "pdfplumber"):
            out = subprocess.run([sys.executable, "-c", CHILD, reader, str(args.rounds), *map(str, files)],
                                 capture_output=True, text=True, check=True).stdout.split()
            first, middle, last = map(float, out)
            per_round = (last - middle) / max(args.rounds - 1 - args.rounds // 2, 1)
            print(f"  {reader:<10} RSS MB after round 1: {first:7.1f}  round {args.rounds // 2 + 1}: {middle:7.1f}  "
                  f"round {args.rounds}: {last:7.1f}  growth in the second half: {per_round:+.2f} MB/round "
                  f"(last/first {last / first:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
