"""Memory benchmark (on demand, not part of the tests): does a build's memory stay flat?

Usage: python benchmarks/bench_memory.py [--small 500] [--large 2000] [--jobs 2] [--in-memory] [--workdir DIR]
       [--format parquet|sqlite|duckdb]

Writes ``--large`` distinct ten-page text reports (pages split by form feeds, built from the
corpus reports with their figures varied, so no two are alike), then runs
``focusfive build`` as a command over the first ``--small`` of them and over all of them,
each into a new dataset, and prints the peak resident memory of the largest process of each
build (the build's own process or one of its workers: whole processes, start-up included),
their ratio (issue 8 asks <= 1.25) and whether every report is in the dataset; then the same
builds again onto their datasets (every report reused from the cache). ``--format`` builds
a SQLite or DuckDB dataset instead of a Parquet folder (converted a row group at a time).
``--in-memory`` also measures the same two builds through the in-memory path
(``FindingsDataset.from_paths(...).save(...)``, which holds every finding), side by side.
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PEAK = """
import resource, subprocess, sys
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
if code.returncode:
    sys.stderr.write(code.stderr)
    sys.exit(code.returncode)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)  # KiB: the largest finished descendant
"""

IN_MEMORY = """
import sys
from focusfive_nlp.dataset import FindingsDataset
FindingsDataset.from_paths([sys.argv[1]], jobs=int(sys.argv[3]), progress=False).save(sys.argv[2])
"""


def write_reports(folder: Path, n: int, seed: int = 8) -> None:
    """``n`` distinct ten-page text reports from the corpus texts, figures and years varied."""
    rng = random.Random(seed)
    paragraphs = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        paragraphs += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 40]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        year = 2015 + i % 10
        pages = []
        for page in range(10):
            body = "\n\n".join(rng.sample(paragraphs, 6))
            body = re.sub(r"\b\d{1,2}%", lambda m: f"{rng.randint(5, 95)}%", body)
            pages.append(f"Audit Findings Report {year}, area {i}, page {page + 1}\n\n{body}")
        (folder / f"report-{i:05d}.txt").write_text("\n\f".join(pages) + "\n", encoding="utf-8")


SUFFIX = {"parquet": "", "sqlite": ".sqlite", "duckdb": ".duckdb"}


def remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


def peak_kib(command: list[str]) -> int:
    out = subprocess.run([sys.executable, "-c", PEAK, *command], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"failed: {' '.join(command)}\n{out.stderr}")
    return int(out.stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=500)
    ap.add_argument("--large", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--in-memory", action="store_true", help="also measure the in-memory path")
    ap.add_argument("--workdir", type=Path)
    ap.add_argument("--format", choices=("parquet", "sqlite", "duckdb"), default="parquet")
    args = ap.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-memory-"))
    reports = work / "reports"
    if len(list(reports.glob("*.txt"))) != args.large:
        shutil.rmtree(reports, ignore_errors=True)
        write_reports(reports, args.large)
    small = work / "small"
    if not small.exists():
        small.mkdir()
        for path in sorted(reports.glob("*.txt"))[: args.small]:
            (small / path.name).symlink_to(path)
    from focusfive_nlp.dataset import FindingsDataset

    rows = []
    again: dict[str, int] = {}
    complete_again: dict[str, bool] = {}
    ways = [("stream (focusfive build)", None)] + ([("in memory (from_paths + save)", IN_MEMORY)] if args.in_memory else [])
    for label, script in ways:
        peaks, complete = {}, {}
        for name, folder, n in (("small", small, args.small), ("large", reports, args.large)):
            out = work / f"ds-{name}-{'mem' if script else 'stream'}{SUFFIX[args.format]}"
            remove(out)
            if script:
                command = [sys.executable, "-c", script, str(folder), str(out), str(args.jobs)]
            else:
                command = [sys.executable, "-m", "focusfive_nlp", "build", str(folder), "--out", str(out),
                           "--jobs", str(args.jobs), "--no-progress"]
            peaks[name] = peak_kib(command)
            docs = FindingsDataset.load(out).documents
            complete[name] = int((docs["status"] == "ok").sum()) == n
            if not script:  # the same build again: every report reused from the dataset as cache
                again[name] = peak_kib(command)
                docs = FindingsDataset.load(out).documents
                complete_again[name] = int((docs["status"] == "ok").sum()) == n
            remove(out)
        rows.append((label, peaks, complete))
        if not script:
            rows.append(("stream, rebuild (all reused)", dict(again), dict(complete_again)))
    print(f"{'path':32} {args.small:>6} reports {args.large:>6} reports   ratio  all reports in the dataset")
    for label, peaks, complete in rows:
        print(f"{label:32} {peaks['small'] / 1024:10.0f} MB {peaks['large'] / 1024:10.0f} MB  "
              f"{peaks['large'] / peaks['small']:6.2f}  {complete['small'] and complete['large']}")
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
