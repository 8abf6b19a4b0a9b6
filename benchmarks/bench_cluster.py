"""Cluster benchmark (on demand, not part of the tests): scaling of `build --cluster local`.

Usage: python benchmarks/bench_cluster.py [--reports 60] [--rounds 3] [--workdir DIR]

Builds a folder of distinct text reports of about ten pages (eight annotated reports of the
repository each, in turn, under numbered headings, each with its own title line), then runs, as whole commands
(cluster start-up and pipeline loading included, as a user would see them), in turn:

    focusfive build FOLDER --out A --cluster local --jobs 1
    focusfive build FOLDER --out B --cluster local --jobs 2

for ``--rounds`` rounds, printing each run's wall time, the median reports/s of each and the
median of the per-round ratios jobs=2 / jobs=1, and whether both builds hold the same findings.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_reports(folder: Path, n: int, parts: int = 8) -> None:
    """``n`` distinct reports of about ten pages: ``parts`` annotated reports each, under numbered headings."""
    sources = [p for p in sorted(ROOT.glob("tests/data/*/*.txt")) + sorted(ROOT.glob("corpus/*.txt"))
               if "blind" not in p.parent.name]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = "\n\n".join(f"PART {k + 1}\n\n" + sources[(i * parts + k) % len(sources)].read_text(encoding="utf-8")
                           for k in range(parts))
        (folder / f"report-{i:04d}.txt").write_text(f"Audit report {i}\n\n{body}", encoding="utf-8")


def build(folder: Path, out: Path, jobs: int) -> float:
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "focusfive_nlp", "build", str(folder), "--out", str(out), "--cluster", "local",
           "--jobs", str(jobs), "--no-progress"]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=120)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workdir", type=Path, default=None)
    args = ap.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="focusfive-bench-cluster-"))
    folder = work / "reports"
    make_reports(folder, args.reports)
    times = {1: [], 2: []}
    for r in range(args.rounds):
        for jobs in (1, 2):
            t = build(folder, work / f"ds{jobs}", jobs)
            times[jobs].append(t)
            print(f"round {r + 1} jobs={jobs}: {t:.2f} s ({args.reports / t:.1f} reports/s)")
    ratios = [a / b for a, b in zip(times[1], times[2])]
    from focusfive_nlp.dataset import FindingsDataset

    same = (FindingsDataset.load(work / "ds1").findings.drop(columns="finding_id").sort_values(["source", "start_char", "rule"])
            .reset_index(drop=True).equals(
                FindingsDataset.load(work / "ds2").findings.drop(columns="finding_id").sort_values(["source", "start_char", "rule"])
                .reset_index(drop=True)))
    print(f"median reports/s: jobs=1 {args.reports / statistics.median(times[1]):.1f}, "
          f"jobs=2 {args.reports / statistics.median(times[2]):.1f}")
    print(f"speed-up jobs=2 / jobs=1 (median of per-round ratios): {statistics.median(ratios):.2f}x; same findings: {same}")
    if args.workdir is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
