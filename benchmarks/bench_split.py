#!/usr/bin/env python
"""Where a whole ``focusfive extract --jobs 1`` run over a folder of PDFs spends its CPU.

In one process, as the command runs it: imports and the pipeline build with the collector
paused and frozen (``startup.long_lived``), then per file ``read_document``,
``extract_document`` and the JSON lines writer. Prints each part's process time. With
``--reads N`` it only reads: every file N times after one warm read, printing each pass's
time (the reader alone, start-up left out).

To set two versions of the code side by side, run this script with each one first on
``PYTHONPATH`` in turn (say, ``git archive REV | tar -x -C /tmp/rev`` and
``PYTHONPATH=/tmp/rev/src``), alternating, and compare medians.

    python benchmarks/bench_split.py FOLDER [--reader pdfium|pdfplumber] [--reads N]
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path


def split(files: list[Path], reader: str) -> dict[str, float]:
    t0 = time.process_time()
    from focusfive_nlp import startup

    startup.own_process()
    with startup.long_lived():
        import focusfive_nlp.cli  # noqa: F401  (what the command imports)
        from focusfive_nlp.export import findings_writer
        from focusfive_nlp.extract import extract_document
        from focusfive_nlp.readers import read_document

        t1 = time.process_time()
        from focusfive_nlp.pipeline import load_pipeline

        nlp = load_pipeline()
    t2 = time.process_time()
    parts = {"imports": t1 - t0, "build": t2 - t1, "read": 0.0, "rules": 0.0, "write": 0.0}
    with tempfile.TemporaryDirectory() as tmp, findings_writer(Path(tmp) / "findings.jsonl") as write:
        for f in files:
            a = time.process_time()
            doc = read_document(f, reader=reader)
            b = time.process_time()
            found = extract_document(doc, nlp=nlp)
            c = time.process_time()
            write(found)
            parts["read"] += b - a
            parts["rules"] += c - b
            parts["write"] += time.process_time() - c
    parts["total"] = time.process_time() - t0
    return parts


def reads(files: list[Path], reader: str, n: int) -> list[float]:
    from focusfive_nlp.readers import read_document

    read_document(files[0], reader=reader)  # imports and caches warm
    out = []
    for _ in range(n):
        start = time.process_time()
        for f in files:
            read_document(f, reader=reader)
        out.append(time.process_time() - start)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--reader", choices=["pdfium", "pdfplumber"], default="pdfium")
    ap.add_argument("--reads", type=int, default=0, help="only read, this many passes")
    args = ap.parse_args(argv)
    files = sorted(args.folder.glob("*.pdf"))
    if not files:
        print(f"no PDFs in {args.folder}")
        return 2
    if args.reads:
        secs = reads(files, args.reader, args.reads)
        print(f"read {len(files)} PDFs: passes {[round(s, 3) for s in secs]}, best {min(secs):.3f} s")
        return 0
    parts = split(files, args.reader)
    print("  ".join(f"{k} {v:.3f} s" for k, v in parts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
